//! `pact render`: each partnership as a readable document, and the
//! portfolio as one page of pictures (timeline, load map, communication
//! matrix) and conflicts.
//!
//! Built on the model and the outputs' date code, never on the syntax
//! tree: `prose/` words each clause family, `portfolio/` draws the
//! portfolio page, `doc` is the format-neutral document they build, and
//! `page/` writes it as HTML or Markdown. Like the rest of the library it
//! does no I/O: it returns the pages, and the CLI writes them.
//!
//! Anchors are given once every page is built, from the source line of
//! each paragraph (`consulting-42`), so a conflict on the portfolio page
//! can link to both clauses it names, wherever they are.

pub mod doc;
pub mod page;
mod portfolio;
pub mod prose;
pub mod words;

use crate::diagnostics::{Diagnostic, Span};
use crate::ir::Portfolio;
use crate::source::SourceMap;
use doc::{Block, Document, Para, Text, Tone};
use std::collections::{BTreeMap, BTreeSet, HashMap};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Html,
    Markdown,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Markdown => "md",
        }
    }
}

pub struct Options<'a> {
    pub format: Format,
    /// The input has errors and is rendered anyway (`--allow-errors`):
    /// every page says so.
    pub with_errors: bool,
    /// Markdown: the path of a source file seen from the output folder.
    pub source_links: page::markdown::SourceLinks<'a>,
    /// The portfolio's amendments and the versions they make, for the
    /// history on each amended partnership's page.
    pub history: Option<&'a prose::amendments::History<'a>>,
}

/// One file to write: its name in the output folder and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub path: String,
    pub text: String,
}

/// The name of the portfolio page.
pub const INDEX: &str = "index";

/// Where the paragraph that speaks for a clause is: `(span, page, anchor)`.
/// A clause spoken for on several pages (a master's, inherited) links to
/// the first.
#[derive(Default)]
pub struct Anchors {
    all: Vec<(Span, String, String)>,
    /// Indices into `all` by span (the first page for each), sorted by
    /// `(file, start)` once every page is anchored.
    sorted: Vec<usize>,
    exact: HashMap<Span, usize>,
}

/// How far back `find` looks for a clause around a span: the paragraphs
/// nested in one clause, never the whole portfolio.
const NEIGHBOURS: usize = 256;

impl Anchors {
    fn push(&mut self, span: Span, page: String, anchor: String) {
        let index = self.all.len();
        self.all.push((span, page, anchor));
        if let std::collections::hash_map::Entry::Vacant(e) = self.exact.entry(span) {
            e.insert(index);
            self.sorted.push(index);
        }
    }

    fn seal(&mut self) {
        let all = &self.all;
        self.sorted
            .sort_by_key(|i| all.get(*i).map(|(s, ..)| (s.file, s.start, s.end)));
    }

    /// The page and anchor of the smallest paragraph around `span`.
    pub fn find(&self, span: Span) -> Option<(&str, &str)> {
        let found = match self.exact.get(&span) {
            Some(i) => self.all.get(*i),
            None => {
                let key = (span.file, span.start, u32::MAX);
                let upto = self.sorted.partition_point(|i| {
                    self.all
                        .get(*i)
                        .is_some_and(|(s, ..)| (s.file, s.start, s.end) <= key)
                });
                self.sorted
                    .get(upto.saturating_sub(NEIGHBOURS)..upto)
                    .unwrap_or(&[])
                    .iter()
                    .filter_map(|i| self.all.get(*i))
                    .filter(|(s, ..)| {
                        s.file == span.file
                            && s.start <= span.start
                            && span.end <= s.end.max(s.start)
                    })
                    .min_by_key(|(s, ..)| s.end.saturating_sub(s.start))
            }
        };
        found.map(|(_, page, anchor)| (page.as_str(), anchor.as_str()))
    }
}

/// The page name of each partnership: its own name, unless that would
/// clash (with the portfolio page, or with another name on a file system
/// that ignores case).
fn page_names(portfolio: &Portfolio) -> BTreeMap<String, String> {
    let mut names: Vec<&str> = portfolio
        .partnerships
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    names.sort_unstable();
    let mut taken: BTreeSet<String> = BTreeSet::from([INDEX.to_string()]);
    let mut out = BTreeMap::new();
    for name in names {
        let mut page = name.to_string();
        let mut n = 2;
        while taken.contains(&page.to_lowercase()) || page.to_lowercase().starts_with("source-") {
            page = format!("{name}-{n}");
            n += 1;
        }
        taken.insert(page.to_lowercase());
        out.insert(name.to_string(), page);
    }
    out
}

/// Gives every paragraph with a clause an anchor from its source line,
/// unique on its page, and records where each clause is spoken for.
fn anchor(doc: &mut Document, sources: &SourceMap, anchors: &mut Anchors) {
    let mut used: BTreeSet<String> = doc.sections.iter().map(|s| s.id.clone()).collect();
    let page = doc.page.clone();
    doc.for_each_anchorable(|id, span| {
        let Some(span) = span else { return };
        if sources.get(span.file).is_none() {
            return;
        }
        let name = sources.name(span.file);
        let stem: String = name
            .rsplit('/')
            .next()
            .unwrap_or(name)
            .trim_end_matches(".pact")
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect();
        let line = sources.line_col(span.file, span.start as usize).line;
        let base = format!("{stem}-{line}");
        let mut candidate = base.clone();
        let mut n = 2;
        while used.contains(&candidate) {
            candidate = format!("{base}-{n}");
            n += 1;
        }
        used.insert(candidate.clone());
        anchors.push(span, page.clone(), candidate.clone());
        *id = Some(candidate);
    });
}

/// A diagnostic as a note, linked to where it points when that is on a page.
pub fn diagnostic_para(d: &Diagnostic, anchors: &Anchors, here: &str) -> (Tone, Para) {
    let tone = if d.is_error() {
        Tone::Error
    } else {
        Tone::Warning
    };
    let word = if d.is_error() {
        "error"
    } else if d.is_warning() {
        "warning"
    } else {
        "note"
    };
    let mut text = Text::plain(format!("{word} "))
        .c(d.code.to_string())
        .t(": ")
        .append(backticks(&d.message));
    if let Some(help) = &d.help {
        text = text.t(" (help: ").append(backticks(help)).t(")");
    }
    let mut places: Vec<Text> = Vec::new();
    for label in std::iter::once(&d.primary).chain(d.secondary.iter()) {
        if let Some((page, anchor)) = anchors.find(label.span) {
            let what = if page == here {
                "this clause".to_string()
            } else {
                format!("the clause in {page}")
            };
            let link = Text::new().link(what, page, Some(anchor));
            if !places.contains(&link) {
                places.push(link);
            }
        }
    }
    if !places.is_empty() {
        text = text.t(". See ").append(words::list_text(places));
    }
    (tone, Para::new(text.t("."), Some(d.primary.span)))
}

/// A message with its `names` as code.
fn backticks(message: &str) -> Text {
    let mut text = Text::new();
    for (i, piece) in message.split('`').enumerate() {
        text = if i % 2 == 1 {
            text.c(piece)
        } else {
            text.t(piece)
        };
    }
    text
}

/// Every page of the portfolio in `options.format`, in a fixed order.
pub fn render(
    portfolio: &Portfolio,
    sources: &SourceMap,
    diagnostics: &[Diagnostic],
    options: &Options,
) -> Vec<Page> {
    let pages = page_names(portfolio);
    let mut partnerships: Vec<&crate::ir::Partnership> = portfolio.partnerships.iter().collect();
    partnerships.sort_by(|a, b| words::natural_cmp(&a.name, &b.name));
    let mut docs: Vec<Document> = Vec::with_capacity(partnerships.len() + 1);
    for p in &partnerships {
        let cx = prose::Ctx::new(portfolio, p, &pages);
        let text = sources
            .get(p.span.file)
            .map_or("", |_| sources.text(p.span.file));
        let mut intro = Vec::new();
        if let Some(doc) = &p.doc {
            intro.push(Block::Doc(doc.clone()));
        }
        // The file's own documentation, when this is its only partnership
        // (otherwise the portfolio page shows it once).
        let alone = portfolio
            .partnerships
            .iter()
            .filter(|q| q.span.file == p.span.file)
            .count()
            == 1;
        if alone {
            for (_, doc) in portfolio
                .file_docs
                .iter()
                .filter(|(f, _)| *f == p.span.file)
            {
                intro.push(Block::Doc(doc.clone()));
            }
        }
        intro.push(Block::Para(Para::new(
            Text::plain("This document is generated from the contract ")
                .c(p.name.clone())
                .t(" and states its dates and amounts as computed by pact; the source text is the agreement. Each paragraph links to the line it comes from."),
            Some(p.span),
        )));
        let page = pages
            .get(&p.name)
            .cloned()
            .unwrap_or_else(|| p.name.clone());
        if let Some(count) = options
            .history
            .map(|h| h.amendments.of(&p.name).len())
            .filter(|n| *n > 0)
        {
            let times = match count {
                1 => "once".to_string(),
                2 => "twice".to_string(),
                n => format!("{n} times"),
            };
            intro.push(Block::Para(Para::new(
                Text::plain(format!("The contract has been amended {times} since it was agreed: the sections state it as first agreed, and "))
                    .link("the amendments", &page, Some("amendments"))
                    .t(" say what changed and from when."),
                None,
            )));
        }
        docs.push(Document {
            page: pages
                .get(&p.name)
                .cloned()
                .unwrap_or_else(|| p.name.clone()),
            title: p.name.clone(),
            intro,
            sections: prose::sections(&cx, text, options.history),
            home: Some(p.span.file),
        });
    }
    let mut anchors = Anchors::default();
    for doc in &mut docs {
        anchor(doc, sources, &mut anchors);
    }
    anchors.seal();
    // Each diagnostic on the page of the clause it points at.
    let mut notes: BTreeMap<String, Vec<Block>> = BTreeMap::new();
    for d in diagnostics
        .iter()
        .filter(|d| d.is_error() || d.is_warning())
    {
        if let Some((page, _)) = anchors.find(d.primary.span) {
            let page = page.to_string();
            let (tone, para) = diagnostic_para(d, &anchors, &page);
            notes
                .entry(page)
                .or_default()
                .push(Block::Note { tone, para });
        }
    }
    for doc in &mut docs {
        let mut intro = Vec::new();
        if options.with_errors {
            intro.push(errors_note());
        }
        intro.append(&mut doc.intro);
        if let Some(mut found) = notes.remove(&doc.page) {
            intro.push(Block::Para(Para::new(
                Text::plain("pact found these problems in this contract:"),
                None,
            )));
            intro.append(&mut found);
        }
        doc.intro = intro;
    }
    let mut index = portfolio::document(portfolio, sources, diagnostics, &anchors, &pages);
    if options.with_errors {
        index.intro.insert(0, errors_note());
    }
    if let Some(s) = options
        .history
        .and_then(|h| prose::amendments::portfolio_section(h, portfolio, &pages))
    {
        index.sections.push(s);
    }
    anchor(&mut index, sources, &mut anchors);
    anchors.seal();
    let mut nav: Vec<(String, String)> = vec![("Portfolio".to_string(), INDEX.to_string())];
    nav.extend(partnerships.iter().filter_map(|p| {
        pages
            .get(&p.name)
            .map(|page| (p.name.clone(), page.clone()))
    }));
    if nav.len() > 40 {
        // A large portfolio: the portfolio page lists them all.
        nav.truncate(1);
    }
    let ext = options.format.extension();
    let mut out = Vec::with_capacity(docs.len() + 1);
    for doc in std::iter::once(&index).chain(docs.iter()) {
        let text = match options.format {
            Format::Html => page::html::write(doc, sources, &nav),
            Format::Markdown => page::markdown::write(doc, sources, options.source_links),
        };
        out.push(Page {
            path: format!("{}.{ext}", doc.page),
            text,
        });
    }
    if options.format == Format::Html {
        // Every file a paragraph links to gets its listing.
        let mut files: BTreeSet<crate::diagnostics::FileId> = BTreeSet::new();
        for doc in docs.iter_mut().chain(std::iter::once(&mut index)) {
            doc.for_each_anchorable(|_, span| {
                if let Some(span) = span {
                    files.insert(span.file);
                }
            });
        }
        for file in files {
            if sources.get(file).is_none() {
                continue;
            }
            let name = sources.name(file);
            out.push(Page {
                path: format!("{}.html", page::source_page(name)),
                text: page::source::write(name, sources.text(file), nav.get(..1).unwrap_or(&[])),
            });
        }
    }
    out
}

fn errors_note() -> Block {
    Block::Note {
        tone: Tone::Error,
        para: Para::new(
            Text::plain("This page was rendered from contracts that have errors (pact render --allow-errors): what the errors touch may be missing or wrong."),
            None,
        ),
    }
}
