//! A document as one self-contained HTML page: inline CSS (screen and
//! print), inline SVG figures with titles for screen readers, no script,
//! no external URL. Every paragraph that speaks for a clause ends with a
//! link to the clause's line in the source listing.

use super::{source_page, SourceRef};
use crate::render::doc::{Block, Document, Inline, Para, Table, Text, Tone};
use crate::source::SourceMap;
use std::fmt::Write;

pub const STYLE: &str = r#"
:root { color-scheme: light; --ink: #1d232b; --muted: #5b6570; --line: #d5dae0; --accent: #1f5fa8; --warn: #8a5a00; --warn-bg: #fff6e0; --err: #a4161a; --err-bg: #fdecec; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink); background: #fff; }
header.site { background: #f3f5f8; border-bottom: 1px solid var(--line); padding: .5rem 1.5rem; font-size: .88rem; }
header.site nav { display: flex; flex-wrap: wrap; gap: .2rem 1rem; max-width: 60rem; margin: 0 auto; }
header.site a { color: var(--accent); }
header.site a:first-child { font-weight: 600; }
header.site a[aria-current] { color: var(--ink); text-decoration: none; font-weight: 600; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.8rem; margin: 1rem 0 .5rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; padding-bottom: .2rem; border-bottom: 1px solid var(--line); }
p, li { max-width: 48rem; }
a { color: var(--accent); }
a.src { font-size: .78rem; color: var(--muted); text-decoration: none; white-space: nowrap; margin-left: .4rem; }
a.src:hover, a.src:focus { text-decoration: underline; }
code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .88em; background: #f1f3f5; padding: 0 .2em; border-radius: 3px; }
.doc { border-left: 3px solid var(--line); padding-left: .8rem; color: #2d3640; }
.doc.lines { white-space: pre-line; }
table { border-collapse: collapse; margin: .6rem 0 1rem; font-size: .92rem; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; color: var(--muted); }
th, td { border: 1px solid var(--line); padding: .3rem .55rem; text-align: left; vertical-align: top; }
th { background: #f3f5f8; }
td strong { white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.note { padding: .5rem .8rem; border-radius: 4px; margin: .5rem 0; }
.note.warning { background: var(--warn-bg); border-left: 4px solid var(--warn); }
.note.error { background: var(--err-bg); border-left: 4px solid var(--err); }
.note.info { background: #eef4fb; border-left: 4px solid var(--accent); }
figure { margin: 1rem 0; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { color: var(--muted); font-size: .9rem; margin-top: .3rem; }
.listing { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .85rem; line-height: 1.45; border: 1px solid var(--line); }
.listing div { white-space: pre-wrap; word-break: break-word; padding-left: 4.2em; text-indent: -4.2em; }
.listing div:target { background: #fff3b8; }
.listing span.n { display: inline-block; width: 3.6em; margin-right: .6em; text-align: right; color: var(--muted); user-select: none; text-indent: 0; }
@media print {
  header.site, a.src { display: none; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  table, figure, li { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"#;

pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The opening of every page: doctype, language, title, style, navigation.
pub fn head(out: &mut String, title: &str, nav: &[(String, String)], current: &str) {
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(title)
    );
    if !nav.is_empty() {
        out.push_str("<header class=\"site\"><nav aria-label=\"Pages\">");
        for (text, page) in nav {
            let here = if page == current {
                " aria-current=\"page\""
            } else {
                ""
            };
            let _ = write!(
                out,
                "<a href=\"{}.html\"{here}>{}</a>",
                escape(page),
                escape(text)
            );
        }
        out.push_str("</nav></header>\n");
    }
    out.push_str("<main>\n");
}

pub fn foot(out: &mut String) {
    out.push_str("</main>\n</body>\n</html>\n");
}

fn inline(out: &mut String, text: &Text) {
    for piece in &text.0 {
        match piece {
            Inline::Text(s) => out.push_str(&escape(s)),
            Inline::Code(s) => {
                let _ = write!(out, "<code>{}</code>", escape(s));
            }
            Inline::Strong(s) => {
                let _ = write!(out, "<strong>{}</strong>", escape(s));
            }
            Inline::Link { text, page, anchor } => {
                let href = match anchor {
                    Some(a) => format!("{page}.html#{a}"),
                    None => format!("{page}.html"),
                };
                let _ = write!(out, "<a href=\"{}\">{}</a>", escape(&href), escape(text));
            }
        }
    }
}

/// The file the current page is about (links into it say only the line).
type Home = Option<crate::diagnostics::FileId>;

fn source_link(
    out: &mut String,
    sources: &SourceMap,
    home: Home,
    span: Option<crate::diagnostics::Span>,
) {
    let Some(span) = span else { return };
    if let Some(at) = SourceRef::of(sources, span) {
        let text = if home == Some(span.file) {
            format!("line {}", at.line)
        } else {
            format!("{}, line {}", at.name, at.line)
        };
        let _ = write!(
            out,
            "<a class=\"src\" href=\"{}.html#L{}\" title=\"{}, line {}\">{}</a>",
            escape(&source_page(&at.name)),
            at.line,
            escape(&at.name),
            at.line,
            escape(&text)
        );
    }
}

fn id_attr(id: &Option<String>) -> String {
    match id {
        Some(id) => format!(" id=\"{}\"", escape(id)),
        None => String::new(),
    }
}

fn para(out: &mut String, sources: &SourceMap, home: Home, tag: &str, p: &Para) {
    let _ = write!(out, "<{tag}{}>", id_attr(&p.id));
    inline(out, &p.text);
    source_link(out, sources, home, p.span);
    let _ = writeln!(out, "</{tag}>");
}

fn table(out: &mut String, sources: &SourceMap, home: Home, t: &Table) {
    out.push_str("<table>\n");
    let _ = writeln!(out, "<caption>{}</caption>", escape(&t.caption));
    out.push_str("<thead><tr>");
    for h in &t.head {
        let _ = write!(out, "<th scope=\"col\">{}</th>", escape(h));
    }
    let sourced = t.has_sources();
    if sourced {
        out.push_str("<th scope=\"col\">source</th>");
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &t.rows {
        let _ = write!(out, "<tr{}>", id_attr(&row.id));
        for (i, cell) in row.cells.iter().enumerate() {
            if i == 0 {
                out.push_str("<th scope=\"row\">");
                inline(out, cell);
                out.push_str("</th>");
            } else {
                out.push_str("<td>");
                inline(out, cell);
                out.push_str("</td>");
            }
        }
        if sourced {
            out.push_str("<td>");
            source_link(out, sources, home, row.span);
            out.push_str("</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

fn block(out: &mut String, sources: &SourceMap, home: Home, b: &Block) {
    match b {
        Block::Para(p) => para(out, sources, home, "p", p),
        Block::Doc(text) => {
            for (lines, text) in crate::render::words::doc_paragraphs(text) {
                let class = if lines { "doc lines" } else { "doc" };
                let _ = writeln!(out, "<p class=\"{class}\">{}</p>", escape(&text));
            }
        }
        Block::List { ordered, items } => {
            let tag = if *ordered { "ol" } else { "ul" };
            let _ = writeln!(out, "<{tag}>");
            for item in items {
                para(out, sources, home, "li", item);
            }
            let _ = writeln!(out, "</{tag}>");
        }
        Block::Table(t) => table(out, sources, home, t),
        Block::Figure {
            svg,
            caption,
            fallback,
        } => {
            let _ = writeln!(
                out,
                "<figure>\n{svg}\n<figcaption>{}</figcaption>\n</figure>",
                escape(caption)
            );
            // The same facts as text, for every reader.
            for b in fallback {
                block(out, sources, home, b);
            }
        }
        Block::Note { tone, para: p } => {
            let class = match tone {
                Tone::Warning => "warning",
                Tone::Error => "error",
                Tone::Info => "info",
            };
            let _ = write!(out, "<div class=\"note {class}\"{}><p>", id_attr(&p.id));
            inline(out, &p.text);
            source_link(out, sources, home, p.span);
            out.push_str("</p></div>\n");
        }
    }
}

pub fn write(doc: &Document, sources: &SourceMap, nav: &[(String, String)]) -> String {
    let mut out = String::new();
    head(&mut out, &doc.title, nav, &doc.page);
    let home = doc.home;
    let _ = writeln!(out, "<h1>{}</h1>", escape(&doc.title));
    for b in &doc.intro {
        block(&mut out, sources, home, b);
    }
    for section in &doc.sections {
        let _ = writeln!(
            out,
            "<section aria-labelledby=\"{id}\">\n<h2 id=\"{id}\">{}</h2>",
            escape(&section.title),
            id = escape(&section.id)
        );
        for b in &section.blocks {
            block(&mut out, sources, home, b);
        }
        out.push_str("</section>\n");
    }
    foot(&mut out);
    out
}
