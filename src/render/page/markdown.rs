//! A document as GitHub-flavoured Markdown for review in a repository:
//! the same sentences and tables, figures replaced by their tables, and a
//! link after each paragraph to the clause's line in the `.pact` file.

use super::SourceRef;
use crate::diagnostics::Span;
use crate::render::doc::{Block, Document, Inline, Para, Table, Text, Tone};
use crate::source::SourceMap;
use std::fmt::Write;

/// Where a source file is, seen from the output folder (`None`: not on disk).
pub type SourceLinks<'a> = &'a dyn Fn(&str) -> Option<String>;

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '`' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn inline(text: &Text) -> String {
    let mut out = String::new();
    for piece in &text.0 {
        match piece {
            Inline::Text(s) => out.push_str(&escape(s)),
            Inline::Code(s) => {
                let _ = write!(out, "`{s}`");
            }
            Inline::Strong(s) => {
                let _ = write!(out, "**{}**", escape(s));
            }
            Inline::Link { text, page, anchor } => {
                let href = match anchor {
                    Some(a) => format!("{page}.md#{a}"),
                    None => format!("{page}.md"),
                };
                let _ = write!(out, "[{}]({href})", escape(text));
            }
        }
    }
    out
}

fn source_link(sources: &SourceMap, links: SourceLinks, span: Option<Span>) -> String {
    let Some(at) = span.and_then(|s| SourceRef::of(sources, s)) else {
        return String::new();
    };
    match links(&at.name) {
        Some(path) => format!(
            " ([{}, line {}]({path}#L{}))",
            escape(file_name(&at.name)),
            at.line,
            at.line
        ),
        None => format!(" ({}, line {})", escape(&at.name), at.line),
    }
}

/// `consulting.pact` of `examples/consulting.pact`.
fn file_name(name: &str) -> &str {
    name.rsplit('/').next().unwrap_or(name)
}

fn anchor(id: &Option<String>) -> String {
    match id {
        Some(id) => format!("<a id=\"{id}\"></a>"),
        None => String::new(),
    }
}

fn para(sources: &SourceMap, links: SourceLinks, p: &Para) -> String {
    format!(
        "{}{}{}",
        anchor(&p.id),
        inline(&p.text),
        source_link(sources, links, p.span)
    )
}

fn table(out: &mut String, sources: &SourceMap, links: SourceLinks, t: &Table) {
    let _ = writeln!(out, "*{}*\n", escape(&t.caption));
    let sourced = t.has_sources();
    let mut head: Vec<String> = t.head.iter().map(|h| escape(h)).collect();
    if sourced {
        head.push("source".into());
    }
    let _ = writeln!(out, "| {} |", head.join(" | "));
    let _ = writeln!(out, "|{}", "---|".repeat(head.len()));
    for row in &t.rows {
        let mut cells: Vec<String> = row
            .cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                if i == 0 {
                    format!("{}{}", anchor(&row.id), inline(c))
                } else {
                    inline(c)
                }
            })
            .collect();
        if sourced {
            cells.push(source_link(sources, links, row.span).trim().to_string());
        }
        let _ = writeln!(out, "| {} |", cells.join(" | ").replace('\n', " "));
    }
    out.push('\n');
}

fn block(out: &mut String, sources: &SourceMap, links: SourceLinks, b: &Block) {
    match b {
        Block::Para(p) => {
            let _ = writeln!(out, "{}\n", para(sources, links, p));
        }
        Block::Doc(text) => {
            for (i, (lines, text)) in crate::render::words::doc_paragraphs(text)
                .into_iter()
                .enumerate()
            {
                if i > 0 {
                    out.push_str(">\n");
                }
                // Kept line breaks: two spaces at the end of each line.
                let end = if lines { "  " } else { "" };
                for line in text.lines() {
                    let _ = writeln!(out, "> {}{end}", escape(line));
                }
            }
            out.push('\n');
        }
        Block::List { ordered, items } => {
            for (i, item) in items.iter().enumerate() {
                let bullet = if *ordered {
                    format!("{}.", i + 1)
                } else {
                    "-".to_string()
                };
                let _ = writeln!(out, "{bullet} {}", para(sources, links, item));
            }
            out.push('\n');
        }
        Block::Table(t) => table(out, sources, links, t),
        Block::Figure { fallback, .. } => {
            for b in fallback {
                block(out, sources, links, b);
            }
        }
        Block::Note { tone, para: p } => {
            let label = match tone {
                Tone::Warning => "**Warning:** ",
                Tone::Error => "**Error:** ",
                Tone::Info => "",
            };
            let _ = writeln!(out, "> {label}{}\n", para(sources, links, p));
        }
    }
}

pub fn write(doc: &Document, sources: &SourceMap, links: SourceLinks) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", escape(&doc.title));
    for b in &doc.intro {
        block(&mut out, sources, links, b);
    }
    for section in &doc.sections {
        let _ = writeln!(
            out,
            "<a id=\"{}\"></a>\n## {}\n",
            section.id,
            escape(&section.title)
        );
        for b in &section.blocks {
            block(&mut out, sources, links, b);
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}
