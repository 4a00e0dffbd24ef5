//! Clauses compared by section and stable id, on the obligations output.
//!
//! Every array of objects with an `id` is matched by id; any other value
//! is compared whole. `source` (file, line, column) and `description` (doc
//! comments) are left out first: moving a clause or reformatting the file
//! changes neither.

use super::{ClauseChange, FieldChange, Side, Status};
use crate::emit::obligations;
use crate::ir::Partnership;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// The partnerships of the side's latest version by name, as the
/// obligations document lists them (of two with one name, the later).
/// Their objects are made one at a time by [`object`], so a diff never
/// holds either side's whole document.
pub fn partnerships<'a>(side: &Side<'a>) -> BTreeMap<&'a str, &'a Partnership> {
    side.latest()
        .partnerships
        .iter()
        .map(|p| (p.name.as_str(), p))
        .collect()
}

/// One partnership's object of the obligations document, without its
/// name, positions and doc comments.
pub fn object(side: &Side<'_>, p: &Partnership) -> Map<String, Value> {
    let json = obligations::partnership(side.latest(), side.sources, p);
    match serde_json::to_value(&json) {
        Ok(Value::Object(mut map)) => {
            map.remove("name");
            map.values_mut().for_each(strip);
            map.remove("source");
            map.remove("description");
            map
        }
        _ => Map::new(),
    }
}

/// The coordination blocks, without positions and doc comments.
pub fn coordination(side: &Side<'_>) -> Vec<Value> {
    let mut list = obligations::coordination(side.latest(), side.sources)
        .iter()
        .filter_map(|c| serde_json::to_value(c).ok())
        .collect::<Vec<_>>();
    list.iter_mut().for_each(strip);
    list
}

/// Removes positions and doc comments everywhere.
fn strip(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.remove("source");
            map.remove("description");
            for v in map.values_mut() {
                strip(v);
            }
        }
        Value::Array(list) => list.iter_mut().for_each(strip),
        _ => {}
    }
}

pub fn compare(
    old: Option<&Map<String, Value>>,
    new: Option<&Map<String, Value>>,
) -> Vec<ClauseChange> {
    let empty = Map::new();
    let (a, b) = (old.unwrap_or(&empty), new.unwrap_or(&empty));
    let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
    keys.sort();
    keys.dedup();
    let mut out = Vec::new();
    for key in keys {
        let (x, y) = (a.get(key), b.get(key));
        if x == y {
            continue;
        }
        match (x, y) {
            (Some(Value::Array(xs)), Some(Value::Array(ys))) if has_ids(xs) || has_ids(ys) => {
                by_id(key, xs, ys, &mut out);
            }
            (Some(Value::Array(xs)), None) if has_ids(xs) => by_id(key, xs, &[], &mut out),
            (None, Some(Value::Array(ys))) if has_ids(ys) => by_id(key, &[], ys, &mut out),
            _ => {
                if is_empty(x) && is_empty(y) {
                    continue;
                }
                out.push(change(key, None, x, y));
            }
        }
    }
    out
}

pub fn compare_coordination(old: &[Value], new: &[Value]) -> Vec<ClauseChange> {
    let mut out = Vec::new();
    for i in 0..old.len().max(new.len()) {
        let (x, y) = (old.get(i), new.get(i));
        if x != y {
            let name = x.or(y).and_then(|v| v.get("name")).and_then(Value::as_str);
            out.push(change("coordination", name, x, y));
        }
    }
    out
}

fn is_empty(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => true,
        Some(Value::Array(a)) => a.is_empty(),
        // A clause the outputs always carry (`termination` with every field
        // null when the contract has none): nothing is written there.
        Some(Value::Object(map)) => map.iter().all(|(k, v)| k == "id" || is_empty(Some(v))),
        _ => false,
    }
}

fn has_ids(list: &[Value]) -> bool {
    list.first()
        .is_some_and(|v| v.get("id").is_some_and(Value::is_string))
}

fn id_of(v: &Value) -> Option<&str> {
    v.get("id").and_then(Value::as_str)
}

fn by_id(section: &str, old: &[Value], new: &[Value], out: &mut Vec<ClauseChange>) {
    let index = |list: &[Value]| -> BTreeMap<String, Value> {
        list.iter()
            .enumerate()
            .map(|(i, v)| {
                (
                    id_of(v).map_or_else(|| format!("#{i}"), str::to_string),
                    v.clone(),
                )
            })
            .collect()
    };
    let (a, b) = (index(old), index(new));
    let mut ids: Vec<&String> = a.keys().chain(b.keys()).collect();
    ids.sort();
    ids.dedup();
    for id in ids {
        let (x, y) = (a.get(id), b.get(id));
        if x != y {
            out.push(change(section, Some(id), x, y));
        }
    }
}

fn change(
    section: &str,
    id: Option<&str>,
    old: Option<&Value>,
    new: Option<&Value>,
) -> ClauseChange {
    let status = match (old, new) {
        (None, _) => Status::Added,
        (_, None) => Status::Removed,
        _ => Status::Changed,
    };
    let mut fields = Vec::new();
    if let (Some(a), Some(b)) = (old, new) {
        leaves("", a, b, &mut fields);
    }
    ClauseChange {
        section: section.to_string(),
        id: id.map(str::to_string),
        status,
        fields,
        old: old.cloned(),
        new: new.cloned(),
    }
}

/// The paths inside a clause whose values differ.
fn leaves(path: &str, a: &Value, b: &Value, out: &mut Vec<FieldChange>) {
    if a == b {
        return;
    }
    let join = |k: &str| {
        if path.is_empty() {
            k.to_string()
        } else {
            format!("{path}.{k}")
        }
    };
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let mut keys: Vec<&String> = x.keys().chain(y.keys()).collect();
            keys.sort();
            keys.dedup();
            for k in keys {
                match (x.get(k), y.get(k)) {
                    (Some(p), Some(q)) => leaves(&join(k), p, q, out),
                    (p, q) => out.push(FieldChange {
                        path: join(k),
                        old: p.cloned(),
                        new: q.cloned(),
                    }),
                }
            }
        }
        _ => out.push(FieldChange {
            path: if path.is_empty() {
                "value".into()
            } else {
                path.to_string()
            },
            old: Some(a.clone()),
            new: Some(b.clone()),
        }),
    }
}
