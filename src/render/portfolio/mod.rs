//! The portfolio page: the partnerships with their key dates, the timeline,
//! each role's monthly load against its capacity, who meets whom, the
//! coordination rules, and every problem found — conflicts across
//! partnerships first, each linked to the clauses it names.

mod load;
mod matrix;
mod timeline;

use super::doc::{Block, Document, Para, Section, Table, Text};
use super::{diagnostic_para, words, Anchors, INDEX};
use crate::diagnostics::Diagnostic;
use crate::ir::Portfolio;
use crate::source::SourceMap;
use std::collections::BTreeMap;

pub fn document(
    portfolio: &Portfolio,
    sources: &SourceMap,
    diagnostics: &[Diagnostic],
    anchors: &Anchors,
    pages: &BTreeMap<String, String>,
) -> Document {
    let rows = timeline::rows(portfolio);
    let mut intro = Vec::new();
    let parties = portfolio.parties.len();
    let mut summary = Text::plain(format!(
        "{} partnership{} among {} part{}",
        portfolio.partnerships.len(),
        if portfolio.partnerships.len() == 1 {
            ""
        } else {
            "s"
        },
        parties,
        if parties == 1 { "y" } else { "ies" }
    ));
    if let (Some(first), Some(last)) = (
        rows.iter().map(|r| r.start).min(),
        rows.iter().map(|r| r.end).max(),
    ) {
        summary = summary
            .t(", in force from ")
            .b(words::date(first))
            .t(" to ")
            .b(words::date(last));
    }
    intro.push(Block::Para(Para::new(summary.t("."), None)));
    let mut sections = Vec::new();

    let mut list = Section::new("Partnerships", "partnerships");
    let mut table = Table::new(
        "Each partnership's term and the dates to act on",
        &[
            "partnership",
            "parties",
            "term",
            "renewal decision",
            "last day for notice",
        ],
    );
    let mut sorted: Vec<&crate::ir::Partnership> = portfolio.partnerships.iter().collect();
    sorted.sort_by(|a, b| words::natural_cmp(&a.name, &b.name));
    let row_of: BTreeMap<&str, &timeline::Row> =
        rows.iter().map(|r| (r.p.name.as_str(), r)).collect();
    for p in sorted {
        let name = match pages.get(&p.name) {
            Some(page) => Text::new().link(p.name.clone(), page, None),
            None => Text::plain(p.name.clone()),
        };
        let parties: Vec<String> = p
            .parties
            .iter()
            .map(|b| words::party_name(portfolio, b.party))
            .collect();
        let r = row_of.get(p.name.as_str());
        let date = |d: Option<chrono::NaiveDate>| {
            d.map_or_else(|| Text::plain("—"), |d| Text::new().b(words::date(d)))
        };
        list_row(
            &mut table,
            vec![
                name,
                Text::plain(words::list(&parties)),
                match r {
                    Some(r) => Text::plain(format!(
                        "{} to {}",
                        words::date(r.start),
                        words::date(r.end)
                    )),
                    None => Text::plain("no term"),
                },
                date(r.and_then(|r| r.decision)),
                date(r.and_then(|r| r.notice)),
            ],
        );
    }
    list.blocks.push(Block::Table(table));
    sections.push(list);

    if let Some(svg) = timeline::svg(&rows, pages) {
        let mut s = Section::new("Timeline", "timeline");
        let mut dates = Table::new(
            "Milestones and their dependencies",
            &["milestone", "partnership", "due", "requires"],
        );
        let mut milestones: Vec<(&crate::ir::Partnership, &crate::ir::Milestone)> = portfolio
            .partnerships
            .iter()
            .flat_map(|p| p.milestones.iter().map(move |m| (p, m)))
            .collect();
        milestones.sort_by(|a, b| a.1.due.cmp(&b.1.due).then(a.0.name.cmp(&b.0.name)));
        for (p, m) in milestones {
            let requires: Vec<String> = m
                .requires
                .iter()
                .map(|(q, r, _)| {
                    if *q == p.name {
                        words::spoken(r)
                    } else {
                        format!("{} of {q}", words::spoken(r))
                    }
                })
                .collect();
            let link = anchors
                .find(m.span)
                .map(|(page, anchor)| Text::new().link(words::spoken(&m.name), page, Some(anchor)))
                .unwrap_or_else(|| Text::plain(words::spoken(&m.name)));
            list_row(
                &mut dates,
                vec![
                    link,
                    Text::plain(p.name.clone()),
                    Text::new().b(words::date(m.due)),
                    Text::plain(if requires.is_empty() {
                        "—".to_string()
                    } else {
                        words::list(&requires)
                    }),
                ],
            );
        }
        let mut fallback = Vec::new();
        if !dates.rows.is_empty() {
            fallback.push(Block::Table(dates));
        }
        s.blocks.push(Block::Figure {
            svg,
            caption: "Terms, renewal windows, decision dates, notice deadlines, exit transitions and milestones of every partnership; the table of partnerships above gives the same dates in words.".to_string(),
            fallback,
        });
        sections.push(s);
    }

    let load = load::blocks(portfolio);
    if !load.is_empty() {
        let mut s = Section::new("Load on each role", "load");
        s.blocks = load;
        sections.push(s);
    }

    if let Some(s) = matrix::section(portfolio, pages) {
        sections.push(s);
    }

    if !portfolio.coordinations.is_empty() {
        let mut s = Section::new("Coordination across partnerships", "coordination");
        for c in &portfolio.coordinations {
            for rule in &c.rules {
                // The condition reads signals of other partnerships: word it
                // against an empty partnership so every one is qualified.
                let none = crate::ir::Partnership::new(String::new(), c.span);
                s.blocks.push(Block::Para(Para::new(
                    Text::plain("When ")
                        .append(words::condition(portfolio, &none, &rule.condition))
                        .t(" (")
                        .c(c.name.clone())
                        .t("):"),
                    Some(rule.span),
                )));
                let items: Vec<Para> = rule
                    .obligations
                    .iter()
                    .map(|(partnership, o)| {
                        let p = partnership
                            .target
                            .and_then(|i| portfolio.partnerships.get(i));
                        let text = match p {
                            Some(p) => {
                                let cx = super::prose::Ctx::new(portfolio, p, pages);
                                let t = super::prose::obligation(&cx, o, Some("that day"));
                                Text::plain("in ")
                                    .append(match pages.get(&partnership.name) {
                                        Some(page) => {
                                            Text::new().link(partnership.name.clone(), page, None)
                                        }
                                        None => Text::plain(partnership.name.clone()),
                                    })
                                    .t(": ")
                                    .append(t)
                            }
                            None => Text::plain(format!("in {partnership}: an obligation")),
                        };
                        Para::new(text, Some(o.span))
                    })
                    .collect();
                s.list(false, items);
            }
        }
        sections.push(s);
    }

    let mut problems = Section::new("Conflicts and other problems", "conflicts");
    let shown: Vec<&Diagnostic> = diagnostics
        .iter()
        .filter(|d| d.is_error() || d.is_warning())
        .collect();
    let (across, within): (Vec<&Diagnostic>, Vec<&Diagnostic>) = shown
        .iter()
        .partition(|d| d.code.to_string().starts_with("E04"));
    if shown.is_empty() {
        problems.blocks.push(Block::Para(Para::new(
            Text::plain("pact found no conflict across these partnerships and no problem in them."),
            None,
        )));
    }
    for (title, list) in [
        ("Across partnerships:", across),
        ("Within one contract:", within),
    ] {
        if list.is_empty() {
            continue;
        }
        problems
            .blocks
            .push(Block::Para(Para::new(Text::plain(title), None)));
        for d in list {
            let (tone, para) = diagnostic_para(d, anchors, INDEX);
            problems.blocks.push(Block::Note { tone, para });
        }
    }
    sections.push(problems);

    if !portfolio.file_docs.is_empty() {
        let mut about = Section::new("About these files", "files");
        let mut docs: Vec<&(crate::diagnostics::FileId, String)> =
            portfolio.file_docs.iter().collect();
        docs.sort_by(|a, b| sources.name(a.0).cmp(sources.name(b.0)));
        for (file, doc) in docs {
            about.blocks.push(Block::Para(Para::new(
                Text::new().c(sources.name(*file).to_string()).t(":"),
                None,
            )));
            about.blocks.push(Block::Doc(doc.clone()));
        }
        sections.push(about);
    }

    Document {
        page: INDEX.to_string(),
        title: "Portfolio".to_string(),
        intro,
        sections,
        home: None,
    }
}

fn list_row(table: &mut Table, cells: Vec<Text>) {
    table.row(cells, None);
}
