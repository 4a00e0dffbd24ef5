//! Completion: keywords where the grammar accepts them, and the names that
//! fit where the cursor is.
//!
//! Keywords come from the parser itself: the text before the word being
//! typed is parsed, and the terminals the grammar expected where it ended
//! are offered (`syntax::expected_at`), so completion never offers a
//! keyword the parser would reject. Where a name fits, the words around
//! the cursor choose which names: after `Party.` (or `label.`) that party's
//! roles, after `Partnership.` its milestones and metrics, after
//! `requires` milestones, in a condition signals and metrics, after `use`
//! templates as snippets with their parameters, elsewhere parties and
//! labels. The buffer is usually broken while typing, which is why the
//! context is read from the text and the grammar, not from the tree.

use super::index::{Scope, ScopeKind, Sym};
use super::navigate::locate;
use super::server::Context;
use super::workspace::Snapshot;
use crate::syntax::ast;
use lsp_types::{
    CompletionItem, CompletionItemKind, CompletionParams, CompletionResponse, InsertTextFormat,
};
use std::collections::BTreeMap;

/// Soft keywords (accepted as names, grammar `SoftKeyword`): when these are
/// all expected, the position takes a name, and they are not offered.
const SOFT_MARKERS: [&str; 3] = ["retainer", "venue", "anonymous"];

pub fn complete(
    snapshot: &Snapshot,
    context: &Context,
    params: &CompletionParams,
) -> Option<CompletionResponse> {
    let (file, offset) = locate(snapshot, context, &params.text_document_position)?;
    let text = snapshot.text(file);
    let offset = (offset as usize).min(text.len());
    let before = text.get(..offset)?;
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_alphanumeric() || *c == '_')
        .last()
        .map_or(offset, |(i, _)| i);
    let head_text = before.get(..word_start)?;
    let info = snapshot.file(file)?;
    let (_, parsed_scope) = info
        .index
        .scope_at(u32::try_from(offset).unwrap_or(u32::MAX));
    let written;
    let scope = if parsed_scope.kind == ScopeKind::Top {
        written = written_scope(snapshot, before);
        &written
    } else {
        parsed_scope
    };
    let mut items = Items::default();
    if let Some(head) = head_text.strip_suffix('.') {
        let qualifier = trailing_path(head);
        qualified(snapshot, scope, &qualifier, &mut items);
        return Some(CompletionResponse::Array(items.done()));
    }
    let line = head_text.rsplit('\n').next().unwrap_or("");
    let words: Vec<&str> = line
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ','))
        .filter(|w| !w.is_empty())
        .collect();
    let previous = words.last().copied().unwrap_or("");
    let expected = crate::syntax::expected_at(text, word_start);
    let wants = |name: &str| expected.iter().any(|e| e.trim_matches('"') == name);
    let word_position = SOFT_MARKERS.iter().all(|k| wants(k));
    for raw in &expected {
        let name = raw.trim_matches('"');
        let is_keyword = crate::syntax::token::Keyword::from_text(name).is_some();
        if is_keyword && !(word_position && is_soft(name)) {
            items.add(name, CompletionItemKind::KEYWORD, "keyword");
        }
    }
    let name_fits = wants("a name") || expected.is_empty();
    if previous == "use" && line.trim_start().starts_with("use") {
        templates(snapshot, &mut items);
        for (module, _) in crate::stdlib::MODULES {
            items.add(
                &format!("std.{module}"),
                CompletionItemKind::MODULE,
                "module",
            );
        }
    } else if line.contains("requires") && (previous == "requires" || previous.ends_with(',')) {
        milestones(snapshot, scope, &mut items);
    } else if name_fits && (in_condition(line) || reads_a_signal(line, previous)) {
        signals_and_metrics(snapshot, scope, &mut items);
    } else if name_fits && matches!(previous, "on" | "per") {
        let tables = snapshot.tables();
        for name in tables.of_kind(|s| matches!(s, Sym::Event(_))).keys() {
            items.add(name, CompletionItemKind::EVENT, "event");
        }
    } else if name_fits && !word_position {
        actors(snapshot, scope, &mut items);
    } else if name_fits {
        let tables = snapshot.tables();
        for name in tables.of_kind(|s| matches!(s, Sym::Resource(_))).keys() {
            items.add(name, CompletionItemKind::CONSTANT, "resource");
        }
    }
    Some(CompletionResponse::Array(items.done()))
}

/// The declaration the cursor is in, read from the text when the buffer
/// does not parse well enough to tell: the last line before the cursor
/// that starts (in the first column) a partnership, master or template.
fn written_scope(snapshot: &Snapshot, before: &str) -> Scope {
    let found = before.lines().rev().find_map(|line| {
        let mut words = line.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'));
        let kind = match words.next()? {
            "partnership" => ScopeKind::Partnership,
            "master" => ScopeKind::Master,
            "template" => ScopeKind::Template,
            "amend" => ScopeKind::Amend,
            _ => return None,
        };
        let name = words.find(|w| !w.is_empty())?;
        Some((kind, name.to_string()))
    });
    let Some((kind, owner)) = found else {
        return Scope::default();
    };
    let tables = snapshot.tables();
    Scope {
        under: tables.master_of(&owner).map(str::to_string),
        bindings: tables.bindings(&owner),
        kind,
        owner,
        ..Scope::default()
    }
}

fn is_soft(word: &str) -> bool {
    // Every keyword in a word position is soft when all the markers are.
    crate::syntax::token::Keyword::from_text(word).is_some()
}

/// The dotted name that ends `text` (`std.disputes` in `use std.disputes`).
fn trailing_path(text: &str) -> Vec<String> {
    let start = text
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_alphanumeric() || *c == '_' || *c == '.')
        .last()
        .map_or(text.len(), |(i, _)| i);
    text.get(start..)
        .unwrap_or("")
        .split('.')
        .map(str::to_string)
        .collect()
}

/// A condition is being written on this line.
/// `share 20% of |`, `success fee 2% of |`, `indexed annually by |`: a
/// pay clause's base signal (design §10.2).
fn reads_a_signal(line: &str, previous: &str) -> bool {
    let padded = format!(" {line} ");
    (previous == "of" && (padded.contains(" share ") || padded.contains(" fee ")))
        || (previous == "by" && padded.contains(" indexed "))
}

fn in_condition(line: &str) -> bool {
    let padded = format!(" {line} ");
    [
        " when ",
        " criteria ",
        " and ",
        " or ",
        " not ",
        "<",
        ">",
        "=",
    ]
    .iter()
    .any(|w| padded.contains(w))
        && !padded.contains(" must ")
        && !padded.contains(" may ")
}

#[derive(Default)]
struct Items {
    items: BTreeMap<String, CompletionItem>,
}

impl Items {
    fn add(&mut self, label: &str, kind: CompletionItemKind, detail: &str) {
        self.items
            .entry(label.to_string())
            .or_insert_with(|| CompletionItem {
                label: label.to_string(),
                kind: Some(kind),
                detail: Some(detail.to_string()),
                ..CompletionItem::default()
            });
    }

    fn add_item(&mut self, item: CompletionItem) {
        self.items.insert(item.label.clone(), item);
    }

    fn done(self) -> Vec<CompletionItem> {
        self.items.into_values().collect()
    }
}

/// After `X.`: roles, milestones, metrics, modules or templates.
fn qualified(snapshot: &Snapshot, scope: &Scope, path: &[String], items: &mut Items) {
    let tables = snapshot.tables();
    match path {
        // The built-in health score's tiers (design §10.1).
        [health] if health == "health" && !tables.exists(&Sym::Party(health.clone())) => {
            for tier in ["operational", "relational", "strategic"] {
                items.add(tier, CompletionItemKind::PROPERTY, "health tier score");
            }
        }
        [std] if std == "std" => {
            for (module, _) in crate::stdlib::MODULES {
                items.add(
                    module,
                    CompletionItemKind::MODULE,
                    "standard library module",
                );
            }
        }
        [std, module] if std == "std" => {
            let prefix = format!("std.{module}.");
            for (key, sym) in tables.of_kind(|s| matches!(s, Sym::Template(_))) {
                let _ = key;
                if let Sym::Template(full) = &sym {
                    if let Some(name) = full.strip_prefix(&prefix) {
                        items.add_item(template_item(snapshot, full, name));
                    }
                }
            }
        }
        [head] => {
            let mut parties: Vec<String> = Vec::new();
            if tables.exists(&Sym::Party(head.clone())) {
                parties.push(head.clone());
            }
            match scope.kind {
                ScopeKind::Partnership | ScopeKind::Amend => {
                    let own = scope.bindings.iter().find(|(l, _)| l == head);
                    parties.extend(
                        own.map(|(_, p)| p.as_str())
                            .or_else(|| tables.bound(&scope.owner, head))
                            .map(str::to_string),
                    );
                }
                ScopeKind::Master => {
                    for p in tables.partnerships_under(&scope.owner) {
                        parties.extend(tables.bound(p, head).map(str::to_string));
                    }
                }
                _ => {}
            }
            for party in parties {
                for sym in tables.defs.keys() {
                    if let Sym::Role(p, role) = sym {
                        if *p == party {
                            items.add(role, CompletionItemKind::FIELD, &format!("role of {party}"));
                        }
                    }
                }
            }
            let master = tables.master_of(head).map(str::to_string);
            for sym in tables.defs.keys() {
                match sym {
                    Sym::Milestone(owner, m)
                        if *owner == *head || Some(owner) == master.as_ref() =>
                    {
                        items.add(
                            m,
                            CompletionItemKind::EVENT,
                            &format!("milestone of {head}"),
                        );
                    }
                    Sym::Metric(owner, m) if *owner == *head => {
                        items.add(
                            m,
                            CompletionItemKind::PROPERTY,
                            &format!("metric of {head}"),
                        );
                    }
                    Sym::Label(owner, l) if *owner == *head => {
                        items.add(
                            l,
                            CompletionItemKind::VARIABLE,
                            &format!("party label in {head}"),
                        );
                    }
                    _ => {}
                }
            }
        }
        _ => {}
    }
}

fn templates(snapshot: &Snapshot, items: &mut Items) {
    for (_, sym) in snapshot.tables().of_kind(|s| matches!(s, Sym::Template(_))) {
        if let Sym::Template(key) = &sym {
            items.add_item(template_item(snapshot, key, key));
        }
    }
}

/// `name(param: ${1:default}, ...)` as a snippet.
fn template_item(snapshot: &Snapshot, key: &str, label: &str) -> CompletionItem {
    let params = template_params(snapshot, key);
    let snippet_args: Vec<String> = params
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let default = snapshot
                .text(p.span.file)
                .get(p.default.as_ref().map_or(p.ty.span, |d| d.span).range())
                .unwrap_or("")
                .replace(['$', '}', '\\'], "");
            format!("{}: ${{{}:{default}}}", p.name.name, i + 1)
        })
        .collect();
    let documentation: Vec<String> = params
        .iter()
        .map(|p| format!("{}: {}", p.name.name, super::hover::param_text(snapshot, p)))
        .collect();
    CompletionItem {
        label: label.to_string(),
        kind: Some(CompletionItemKind::SNIPPET),
        detail: Some(format!("template({})", documentation.join(", "))),
        insert_text: Some(format!("{label}({})", snippet_args.join(", "))),
        insert_text_format: Some(InsertTextFormat::SNIPPET),
        ..CompletionItem::default()
    }
}

fn template_params<'s>(snapshot: &'s Snapshot, key: &str) -> Vec<&'s ast::Param> {
    let Some(span) = snapshot
        .tables()
        .defs
        .get(&Sym::Template(key.to_string()))
        .and_then(|s| s.first())
    else {
        return Vec::new();
    };
    let Some(file) = snapshot.file(span.file) else {
        return Vec::new();
    };
    file.parsed
        .file
        .decls
        .iter()
        .find_map(|d| match &d.kind {
            ast::DeclKind::Template(t) if t.name.span == *span => Some(t.params.iter().collect()),
            _ => None,
        })
        .unwrap_or_default()
}

/// Milestones of this partnership (and its master) by name, others' as
/// `Partnership.milestone`.
fn milestones(snapshot: &Snapshot, scope: &Scope, items: &mut Items) {
    let tables = snapshot.tables();
    let master = scope.under.clone();
    for sym in tables.defs.keys() {
        if let Sym::Milestone(owner, m) = sym {
            if *owner == scope.owner || Some(owner) == master.as_ref() {
                items.add(m, CompletionItemKind::EVENT, "milestone");
            } else if tables.exists(&Sym::Partnership(owner.clone())) {
                items.add(
                    &format!("{owner}.{m}"),
                    CompletionItemKind::EVENT,
                    "milestone of another partnership",
                );
            }
        }
    }
}

fn signals_and_metrics(snapshot: &Snapshot, scope: &Scope, items: &mut Items) {
    let tables = snapshot.tables();
    let master = scope.under.clone();
    if matches!(scope.kind, ScopeKind::Partnership | ScopeKind::Amend) {
        items.add(
            "health",
            CompletionItemKind::VARIABLE,
            "built-in health score",
        );
    }
    for sym in tables.defs.keys() {
        match sym {
            Sym::Signal(s) => items.add(s, CompletionItemKind::VARIABLE, "signal"),
            Sym::Metric(owner, m) if *owner == scope.owner || Some(owner) == master.as_ref() => {
                items.add(m, CompletionItemKind::PROPERTY, "metric")
            }
            Sym::Param(owner, p) if *owner == scope.owner => {
                items.add(p, CompletionItemKind::VARIABLE, "parameter")
            }
            _ => {}
        }
    }
}

/// Parties and the labels of the enclosing partnership (or parameters of
/// the enclosing template).
fn actors(snapshot: &Snapshot, scope: &Scope, items: &mut Items) {
    let tables = snapshot.tables();
    for sym in tables.defs.keys() {
        match sym {
            Sym::Party(p) => items.add(p, CompletionItemKind::CLASS, "party"),
            Sym::Label(owner, l) if *owner == scope.owner => {
                items.add(l, CompletionItemKind::VARIABLE, "party label")
            }
            Sym::Param(owner, p) if *owner == scope.owner => {
                items.add(p, CompletionItemKind::VARIABLE, "parameter")
            }
            _ => {}
        }
    }
    if matches!(scope.kind, ScopeKind::Master | ScopeKind::Template) {
        for label in ["client", "provider"] {
            items.add(label, CompletionItemKind::VARIABLE, "party label");
        }
    }
    items.add(
        "neutral",
        CompletionItemKind::CLASS,
        "the built-in neutral party",
    );
}
