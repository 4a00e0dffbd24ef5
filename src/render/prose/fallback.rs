//! The safety net: a clause of the partnership's body that no family put
//! into words is still named, with a link to its line, so a document never
//! drops a clause silently (a clause kind added to the language before its
//! wording is the usual reason).
//!
//! It walks the body's top-level clauses in the source text (braces,
//! strings and comments understood) and names each one that no paragraph,
//! table row or section covers. Only the clause's keyword is shown, never
//! its text. Inherited and templated clauses are covered through the
//! `use` that brought them (`Partnership::origin_of`).

use super::Ctx;
use crate::diagnostics::Span;
use crate::render::doc::{Para, Section, Text};

/// Clauses the model keeps without a span; the Parties section states them.
const WITHOUT_SPAN: &[&str] = &["currency", "calendar", "timezone"];

pub fn section(cx: &Ctx, sections: &[Section], text: &str) -> Option<Section> {
    let p = cx.p;
    let mut covered: Vec<Span> = sections.iter().flat_map(Section::spans).collect();
    let origins: Vec<Span> = covered.iter().filter_map(|s| p.origin_of(*s)).collect();
    covered.extend(origins);
    covered.retain(|s| s.file == p.span.file);
    let mut items = Vec::new();
    for (start, end) in top_level_clauses(text, p.span.end as usize) {
        let overlaps = covered.iter().any(|s| {
            (s.start as usize) < end && start < (s.end as usize).max(s.start as usize + 1)
        });
        if overlaps {
            continue;
        }
        let keyword: String = text
            .get(start..end)
            .unwrap_or("")
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if WITHOUT_SPAN.contains(&keyword.as_str()) {
            continue;
        }
        let what = if keyword.is_empty() {
            Text::plain("A clause")
        } else {
            Text::plain("A ").c(keyword).t(" clause")
        };
        items.push(Para::new(
            what.t(" that this document does not put into words yet; read it in the source."),
            Some(Span::new(p.span.file, start, end)),
        ));
    }
    if items.is_empty() {
        return None;
    }
    let mut s = Section::new("Other clauses", "other");
    s.list(false, items);
    Some(s)
}

/// Byte ranges of the clauses directly inside the first `{ ... }` block
/// after `from`: one range per line at depth one (a block clause runs to
/// the line that closes it).
pub fn top_level_clauses(text: &str, from: usize) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut i = from.min(bytes.len());
    let mut clause: Option<usize> = None;
    let mut opened = false;
    // The end of the last byte of code (comments and blanks excluded).
    let mut last = i;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while bytes.get(i).is_some_and(|c| *c != b'\n') {
                    i += 1;
                }
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i < bytes.len()
                    && !(bytes.get(i) == Some(&b'*') && bytes.get(i + 1) == Some(&b'/'))
                {
                    i += 1;
                }
                i += 2;
                continue;
            }
            b'"' => {
                if depth == 1 && clause.is_none() {
                    clause = Some(i);
                }
                i += 1;
                while let Some(&c) = bytes.get(i) {
                    i += 1;
                    if c == b'\\' {
                        i += 1;
                    } else if c == b'"' || c == b'\n' {
                        break;
                    }
                }
                last = i;
                continue;
            }
            b'{' | b'(' | b'[' => {
                if depth == 1 && clause.is_none() {
                    clause = Some(i);
                }
                depth += 1;
                opened = true;
            }
            b'}' | b')' | b']' => {
                if depth <= 1 {
                    if let Some(start) = clause.take() {
                        out.push((start, last));
                    }
                    if opened {
                        break;
                    }
                }
                depth = depth.saturating_sub(1);
            }
            b'\n' | b';' if depth == 1 => {
                if let Some(start) = clause.take() {
                    out.push((start, last));
                }
            }
            c if depth == 1 && clause.is_none() && !c.is_ascii_whitespace() => clause = Some(i),
            _ => {}
        }
        if !b.is_ascii_whitespace() {
            last = i + 1;
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::top_level_clauses;
    use crate::render::doc::Block;
    use crate::source::SourceMap;
    use std::collections::BTreeMap;

    #[test]
    fn a_clause_no_family_words_is_named_with_its_line() {
        let text = "party A { role x }\nparty B { role y }\npartnership P {\n  parties A as client, B as provider\n  term 2026-01-01 for 1 year\n  law \"Scotland\"\n}\n";
        let mut sources = SourceMap::new();
        sources.add("p.pact", text);
        let analysis = crate::analyse(&mut sources, &mut crate::NoImports);
        assert!(
            analysis.diagnostics.is_empty(),
            "{:?}",
            analysis.diagnostics
        );
        let p = analysis.portfolio.partnerships.first().expect("P");
        let pages = BTreeMap::new();
        let cx = super::Ctx::new(&analysis.portfolio, p, &pages);
        // As if no family had words for anything: every clause is named.
        let none = super::section(&cx, &[], text).expect("the fallback section");
        let Some(Block::List { items, .. }) = none.blocks.first() else {
            panic!("a list: {none:?}");
        };
        let named: Vec<String> = items.iter().map(|i| i.text.plain_text()).collect();
        assert_eq!(named.len(), 3, "{named:?}");
        assert!(named.iter().all(|n| n.contains("does not put into words")));
        assert!(named
            .first()
            .is_some_and(|n| n.starts_with("A parties clause")));
        // With the families, nothing is left over.
        let all = super::super::sections(&cx, text, None);
        assert!(all.iter().all(|s| s.id != "other"), "{all:?}");
    }

    #[test]
    fn finds_the_clauses_of_the_body() {
        let text = "partnership P {\n  term 2026-01-01 for 1 year // x { \n  renewal {\n    window opens 1 day before end\n  }\n  law \"a } b\"; venue \"c\"\n}\nparty Q {}";
        let found: Vec<&str> = top_level_clauses(text, 13)
            .into_iter()
            .map(|(s, e)| text.get(s..e).unwrap_or("").trim())
            .collect();
        assert_eq!(
            found,
            vec![
                "term 2026-01-01 for 1 year",
                "renewal {\n    window opens 1 day before end\n  }",
                "law \"a } b\"",
                "venue \"c\"",
            ]
        );
    }
}
