//! The standard-library section of docs/reference.md (§7) is generated
//! from `stdlib/*.pact`: each module's `//!` text, the events and signals it
//! declares, and each template with its parameters, their types and
//! defaults read from the declarations themselves. The meaning of a
//! parameter comes from its `- \`name\` (type, default ...): meaning` line in
//! the template's `///` text, and that line must state the declared type and
//! default, so the stdlib's own documentation cannot drift either.
//!
//! The section sits between two HTML comments in the reference. To rewrite
//! it after changing the stdlib: `UPDATE_DOCS=1 cargo test --test e2e
//! reference` (or `INSTA_UPDATE=always`, as for snapshots), then review the
//! diff.

use super::root;
use pact::diagnostics::{FileId, Span};
use pact::syntax::ast::{DeclKind, Template};

const BEGIN: &str =
    "<!-- stdlib: generated from stdlib/*.pact by tests/e2e/reference.rs; do not edit -->\n";
const END: &str = "<!-- stdlib: end -->\n";

fn text(source: &str, span: Span) -> &str {
    source.get(span.range()).unwrap_or("")
}

/// Markdown for one module.
fn module(name: &str, source: &str, problems: &mut Vec<String>) -> String {
    let parsed = pact::syntax::parse(source, FileId(0));
    let mut out = format!("### std.{name}\n\n");
    if let Some(doc) = &parsed.file.doc {
        out.push_str(doc.trim());
        out.push_str("\n\n");
    }
    let mut declares = Vec::new();
    for decl in &parsed.file.decls {
        match &decl.kind {
            DeclKind::Event(e) => declares.push(format!(
                "`event {}`{}",
                e.name.name,
                e.title
                    .as_ref()
                    .map_or(String::new(), |t| format!(": {}", t.value))
            )),
            DeclKind::Signal(s) => declares.push(format!(
                "`signal {}: {}`{}",
                s.name.name,
                text(source, s.ty.span),
                s.title
                    .as_ref()
                    .map_or(String::new(), |t| format!(": {}", t.value))
            )),
            _ => {}
        }
    }
    if !declares.is_empty() {
        out.push_str(&format!("Declares (visible after `use std.{name}`):\n\n"));
        for declared in declares {
            out.push_str(&format!("- {declared}\n"));
        }
        out.push('\n');
    }
    for decl in &parsed.file.decls {
        if let DeclKind::Template(t) = &decl.kind {
            out.push_str(&template(
                name,
                source,
                t,
                decl.doc.as_deref().unwrap_or(""),
                problems,
            ));
        }
    }
    out
}

/// Markdown for one template: its description and its parameter table.
fn template(
    module: &str,
    source: &str,
    t: &Template,
    doc: &str,
    problems: &mut Vec<String>,
) -> String {
    let (description, parameters) = doc.split_once("Parameters:").unwrap_or((doc, ""));
    let mut out = format!("#### `std.{module}.{}`\n\n", t.name.name);
    if !description.trim().is_empty() {
        out.push_str(description.trim());
        out.push_str("\n\n");
    }
    if t.params.is_empty() {
        out.push_str("No parameters.\n\n");
        return out;
    }
    out.push_str("| parameter | type | default | meaning |\n|---|---|---|---|\n");
    for p in &t.params {
        let ty = text(source, p.ty.span);
        let default = p.default.as_ref().map_or("", |d| text(source, d.span));
        let (stated, meaning) = meaning_of(parameters, &p.name.name);
        let declared = format!("({ty}, default `{default}`)");
        match stated {
            Some(stated) if stated == declared => {}
            Some(stated) => problems.push(format!(
                "std.{module}.{}: `{}` is documented as {stated} but declared {declared}",
                t.name.name, p.name.name
            )),
            None => problems.push(format!(
                "std.{module}.{}: `{}` has no `- `{}` (type, default ...): meaning` line",
                t.name.name, p.name.name, p.name.name
            )),
        }
        let default = if default.is_empty() {
            "(required)".to_string()
        } else {
            format!("`{default}`")
        };
        out.push_str(&format!(
            "| `{}` | {ty} | {default} | {meaning} |\n",
            p.name.name
        ));
    }
    out.push('\n');
    out
}

/// From the `Parameters:` list of a template's doc, the `(type, default
/// ...)` part and the meaning of `name` (its lines joined).
fn meaning_of(parameters: &str, name: &str) -> (Option<String>, String) {
    let head = format!("- `{name}` ");
    let mut lines = parameters.lines().skip_while(|l| !l.starts_with(&head));
    let Some(first) = lines.next() else {
        return (None, String::new());
    };
    let mut item = first.trim_start_matches(&head).to_string();
    for line in lines.take_while(|l| l.starts_with("  ")) {
        item.push(' ');
        item.push_str(line.trim());
    }
    match item.split_once("): ") {
        Some((stated, meaning)) => (
            Some(format!("{stated})")),
            meaning.trim_end_matches('.').replace('|', "\\|"),
        ),
        None => (None, item),
    }
}

fn generated(problems: &mut Vec<String>) -> String {
    let mut out = String::new();
    for (name, source) in pact::stdlib::MODULES {
        out.push_str(&module(name, source, problems));
    }
    out
}

#[test]
fn the_reference_describes_the_standard_library_as_it_is() {
    let path = root().join("docs/reference.md");
    let reference = std::fs::read_to_string(&path).expect("docs/reference.md is readable");
    let mut problems = Vec::new();
    let section = generated(&mut problems);
    assert!(
        problems.is_empty(),
        "the stdlib's docs disagree with its declarations:\n{}",
        problems.join("\n")
    );
    let (before, rest) = reference
        .split_once(BEGIN)
        .expect("the reference has the stdlib markers");
    let (current, after) = rest
        .split_once(END)
        .expect("the reference has the stdlib end marker");
    if current == section {
        return;
    }
    let update = std::env::var("UPDATE_DOCS").is_ok_and(|v| v == "1")
        || std::env::var("INSTA_UPDATE").is_ok_and(|v| v == "always");
    if update {
        std::fs::write(&path, format!("{before}{BEGIN}{section}{END}{after}"))
            .expect("docs/reference.md is writable");
        return;
    }
    panic!("docs/reference.md §7 is out of date with stdlib/*.pact: run `UPDATE_DOCS=1 cargo test --test e2e reference` and review the diff");
}
