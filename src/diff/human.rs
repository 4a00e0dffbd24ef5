//! The diff in words, for a steering committee: per partnership what was
//! added, removed or changed, the events that moved, and the money per
//! contract year before and after.

use super::{ClauseChange, Conflicts, Diff, EventChanges, PartnershipDiff, Status};
use crate::ir::values::grouped;
use rust_decimal::Decimal;
use serde_json::Value;
use std::fmt::Write as _;

pub fn render(diff: &Diff) -> String {
    let mut out = String::new();
    if !diff.differs {
        out.push_str("no differences\n");
        return out;
    }
    for p in &diff.partnerships {
        partnership(&mut out, p);
    }
    rest(&mut out, &diff.coordination, &diff.conflicts);
    out
}

/// One partnership's block, with the empty line after it.
pub fn partnership(out: &mut String, p: &PartnershipDiff) {
    let status = match p.status {
        Status::Added => "added",
        Status::Removed => "removed",
        Status::Changed => "changed",
    };
    let _ = writeln!(out, "partnership {} ({status})", p.name);
    for c in &p.clauses {
        clause(out, c);
    }
    events(out, &p.events);
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

/// What follows the partnerships: coordination rules, then conflicts.
pub fn rest(out: &mut String, coordination: &[ClauseChange], conflicts: &Conflicts) {
    if !coordination.is_empty() {
        out.push_str("coordination\n");
        for c in coordination {
            clause(out, c);
        }
        out.push('\n');
    }
    for (word, list) in [
        ("introduced", &conflicts.introduced),
        ("resolved", &conflicts.resolved),
    ] {
        for c in list {
            let _ = writeln!(out, "conflict {word}: {} {}", c.code, c.message);
        }
    }
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

/// Per clause, the dates added, removed, and moved (`old -> new`): how
/// many, the first few, and "and N more".
fn events(out: &mut String, e: &EventChanges) {
    for c in &e.clauses {
        let kind = c.kind.replace('_', " ");
        let label = if kind == c.name {
            kind
        } else {
            format!("{kind} {}", c.name)
        };
        for (word, tally) in [
            ("added", &c.added),
            ("removed", &c.removed),
            ("moved", &c.moved),
        ] {
            if tally.count == 0 {
                continue;
            }
            let shown = tally.shown.join(", ");
            let _ = match tally.count.saturating_sub(tally.shown.len()) {
                0 => writeln!(out, "  {label}: {} {word} ({shown})", tally.count),
                more => writeln!(
                    out,
                    "  {label}: {} {word} ({shown}, and {more} more)",
                    tally.count
                ),
            };
        }
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
