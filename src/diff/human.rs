//! The diff in words, for a steering committee: per partnership what was
//! added, removed or changed, the events that moved, and the money per
//! contract year before and after.

use super::{ClauseChange, Diff, EventChanges, Status};
use crate::ir::values::grouped;
use rust_decimal::Decimal;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// Dates listed per clause before "and N more".
const SHOWN_DATES: usize = 4;

pub fn render(diff: &Diff) -> String {
    let mut out = String::new();
    if !diff.differs {
        out.push_str("no differences\n");
        return out;
    }
    for p in &diff.partnerships {
        let status = match p.status {
            Status::Added => "added",
            Status::Removed => "removed",
            Status::Changed => "changed",
        };
        let _ = writeln!(out, "partnership {} ({status})", p.name);
        for c in &p.clauses {
            clause(&mut out, c);
        }
        events(&mut out, &p.events);
        for m in &p.money {
            let delta = match (m.old.parse::<Decimal>(), m.new.parse::<Decimal>()) {
                (Ok(a), Ok(b)) => b.checked_sub(a).map(|d| {
                    let sign = if d.is_sign_negative() { "" } else { "+" };
                    format!(" ({sign}{})", grouped(&d.to_string()))
                }),
                _ => None,
            }
            .unwrap_or_default();
            let _ = writeln!(
                out,
                "  retainers, contract year {}: {} {} -> {} {}{delta}",
                m.contract_year,
                grouped(&m.old),
                m.currency,
                grouped(&m.new),
                m.currency
            );
        }
        out.push('\n');
    }
    if !diff.coordination.is_empty() {
        out.push_str("coordination\n");
        for c in &diff.coordination {
            clause(&mut out, c);
        }
        out.push('\n');
    }
    for (word, list) in [
        ("introduced", &diff.conflicts.introduced),
        ("resolved", &diff.conflicts.resolved),
    ] {
        for c in list {
            let _ = writeln!(out, "conflict {word}: {} {}", c.code, c.message);
        }
    }
    out
}

fn clause(out: &mut String, c: &ClauseChange) {
    let what = match &c.id {
        Some(id) => format!("{} {id}", c.section),
        None => c.section.replace('_', " "),
    };
    match c.status {
        Status::Added => {
            let _ = writeln!(out, "  added {what}: {}", compact(c.new.as_ref()));
        }
        Status::Removed => {
            let _ = writeln!(out, "  removed {what}");
        }
        Status::Changed if c.fields.is_empty() => {
            let _ = writeln!(
                out,
                "  changed {what}: {} -> {}",
                compact(c.old.as_ref()),
                compact(c.new.as_ref())
            );
        }
        Status::Changed => {
            let _ = writeln!(out, "  changed {what}:");
            for f in &c.fields {
                let _ = writeln!(
                    out,
                    "    {}: {} -> {}",
                    f.path,
                    compact(f.old.as_ref()),
                    compact(f.new.as_ref())
                );
            }
        }
    }
}

/// Dates added, removed, and moved (`old -> new`) of one clause.
type Lists = (Vec<String>, Vec<String>, Vec<String>);

fn events(out: &mut String, e: &EventChanges) {
    let mut by_clause: BTreeMap<(&str, &str), Lists> = BTreeMap::new();
    for a in &e.added {
        by_clause
            .entry((&a.kind, &a.name))
            .or_default()
            .0
            .push(a.date.to_string());
    }
    for r in &e.removed {
        by_clause
            .entry((&r.kind, &r.name))
            .or_default()
            .1
            .push(r.date.to_string());
    }
    for m in &e.moved {
        by_clause
            .entry((&m.kind, &m.name))
            .or_default()
            .2
            .push(format!("{} -> {}", m.old, m.new));
    }
    for ((kind, name), (added, removed, moved)) in by_clause {
        let kind = kind.replace('_', " ");
        let label = if kind == name {
            kind
        } else {
            format!("{kind} {name}")
        };
        for (word, list) in [("added", added), ("removed", removed), ("moved", moved)] {
            if list.is_empty() {
                continue;
            }
            let _ = writeln!(out, "  {label}: {} {word} ({})", list.len(), dates(&list));
        }
    }
}

fn dates(list: &[String]) -> String {
    let shown: Vec<&str> = list.iter().take(SHOWN_DATES).map(String::as_str).collect();
    let more = list.len().saturating_sub(SHOWN_DATES);
    if more == 0 {
        shown.join(", ")
    } else {
        format!("{}, and {more} more", shown.join(", "))
    }
}

/// A JSON value in one short line: money as `22000 USD`, durations as
/// `30 day`, lists joined.
fn compact(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => "none".into(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Object(map)) => {
            if let (Some(Value::String(a)), Some(Value::String(c))) =
                (map.get("amount"), map.get("currency").or(map.get("unit")))
            {
                return format!("{a} {c}");
            }
            let parts: Vec<String> = map
                .iter()
                .filter(|(k, v)| !v.is_null() && k.as_str() != "id")
                .map(|(k, v)| format!("{k} {}", compact(Some(v))))
                .collect();
            parts.join(", ")
        }
        Some(Value::Array(list)) => {
            let parts: Vec<String> = list.iter().map(|v| compact(Some(v))).collect();
            format!("[{}]", parts.join("; "))
        }
        Some(other) => other.to_string(),
    }
}
