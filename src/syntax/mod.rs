//! Source text to syntax tree: lexing, the layout rule, parsing with
//! recovery, and syntax diagnostics (E00xx).
//!
//! Parsing never fails: [`parse`] always returns a tree (with `Error` nodes
//! where clauses could not be read) and every syntax error of the file.

pub mod ast;
mod build;
mod expected;
mod indent;
pub mod layout;
pub mod lexer;
mod messages;
mod not_accepted;
pub mod token;

use crate::diagnostics::{Diagnostic, FileId};
use lalrpop_util::lalrpop_mod;
use std::collections::HashMap;

lalrpop_mod!(
    #[allow(
        clippy::all,
        clippy::pedantic,
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic,
        unused_imports,
        unused_parens,
        unused_variables
    )]
    grammar,
    "/pact.rs"
);

/// A parsed file and the syntax errors found in it.
#[derive(Debug, Default)]
pub struct Parsed {
    pub file: ast::File,
    pub diagnostics: Vec<Diagnostic>,
}

/// Files larger than this are parsed on every core, split between
/// top-level declarations (a portfolio is often one large generated file).
const PARALLEL_ABOVE: usize = 1 << 20;

pub fn parse(source: &str, file: FileId) -> Parsed {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    if source.len() < PARALLEL_ABOVE || threads < 2 {
        return parse_range(source, file, 0, source.len());
    }
    parse_in_pieces(source, file, threads)
}

/// The syntax errors of a file, each piece's tree dropped as soon as it
/// is parsed: for tools that only need to know whether a file parses (the
/// formatter), a large file costs the tree of one piece of about 256 KB
/// per core, not the tree of the whole file (issue 18). The same
/// errors as [`parse`]: pieces are whole declarations.
pub fn errors(source: &str, file: FileId) -> Vec<Diagnostic> {
    const PIECE: usize = 1 << 18;
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8);
    if source.len() < 2 * PARALLEL_ABOVE {
        return parse(source, file).diagnostics;
    }
    let cuts = split_points(source, source.len().div_ceil(PIECE));
    let ranges: Vec<(usize, usize)> = cuts
        .windows(2)
        .filter_map(|w| match w {
            [a, b] => Some((*a, *b)),
            _ => None,
        })
        .collect();
    let mut found: Vec<(usize, Vec<Diagnostic>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let ranges = &ranges;
                scope.spawn(move || {
                    ranges
                        .iter()
                        .enumerate()
                        .skip(t)
                        .step_by(threads)
                        .map(|(i, &(a, b))| (i, parse_range(source, file, a, b).diagnostics))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| crate::parallel::rejoin(h.join()))
            .collect()
    });
    found.sort_by_key(|(i, _)| *i);
    found.into_iter().flat_map(|(_, d)| d).collect()
}

/// [`parse`] on `pieces` threads, each parsing whole declarations.
fn parse_in_pieces(source: &str, file: FileId, pieces: usize) -> Parsed {
    let cuts = split_points(source, pieces);
    if cuts.len() <= 2 {
        return parse_range(source, file, 0, source.len());
    }
    let parts: Vec<Parsed> = std::thread::scope(|scope| {
        let handles: Vec<_> = cuts
            .windows(2)
            .filter_map(|w| match w {
                [a, b] => Some((*a, *b)),
                _ => None,
            })
            .map(|(a, b)| scope.spawn(move || parse_range(source, file, a, b)))
            .collect();
        handles
            .into_iter()
            .map(|h| crate::parallel::rejoin(h.join()))
            .collect()
    });
    let mut merged = Parsed::default();
    let mut docs = Vec::new();
    for mut part in parts {
        merged.file.decls.append(&mut part.file.decls);
        merged.diagnostics.append(&mut part.diagnostics);
        docs.extend(part.file.doc);
    }
    merged.file.doc = join_docs(docs.iter().map(String::as_str));
    merged
}

/// Where a large file can be cut so that each piece is whole declarations:
/// line starts at brace depth 0 that begin a top-level declaration (moved
/// up over the `///` lines that document it). Strings and comments are
/// skipped while counting braces. Returns `[0, cuts..., len]`.
fn split_points(source: &str, pieces: usize) -> Vec<usize> {
    const STARTS: [&str; 8] = [
        "partnership ",
        "party ",
        "master ",
        "template ",
        "coordinate ",
        "resource ",
        "signal ",
        "event ",
    ];
    let bytes = source.as_bytes();
    let mut candidates = Vec::new();
    let (mut depth, mut i) = (0i64, 0usize);
    let (mut line_start, mut doc_start) = (0usize, None::<usize>);
    while let Some(&b) = bytes.get(i) {
        // Most bytes are none of the ones below: skip them in a tight loop
        // (this scan runs before the pieces are parsed in parallel).
        if !matters(b) {
            i += 1;
            continue;
        }
        match b {
            b'"' => {
                i += 1;
                while let Some(&c) = bytes.get(i) {
                    if c == b'\\' {
                        i += 1;
                    } else if c == b'"' || c == b'\n' {
                        break;
                    }
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                let is_doc = i == line_start && bytes.get(i + 2) == Some(&b'/');
                if is_doc {
                    doc_start.get_or_insert(line_start);
                }
                while bytes.get(i).is_some_and(|&c| c != b'\n') {
                    i += 1;
                }
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while let Some(&c) = bytes.get(i) {
                    if c == b'*' && bytes.get(i + 1) == Some(&b'/') {
                        i += 1;
                        break;
                    }
                    i += 1;
                }
            }
            b'{' => depth += 1,
            b'}' => depth -= 1,
            b'\n' => {
                line_start = i + 1;
                let rest = source.get(line_start..).unwrap_or("");
                if depth == 0 && STARTS.iter().any(|k| rest.starts_with(k)) {
                    candidates.push(doc_start.unwrap_or(line_start));
                }
                if !rest.starts_with("///") {
                    doc_start = None;
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut cuts = vec![0];
    for k in 1..pieces {
        let target = source.len() * k / pieces;
        let at = candidates.partition_point(|&c| c < target);
        if let Some(&cut) = candidates.get(at) {
            if cut > *cuts.last().unwrap_or(&0) && cut < source.len() {
                cuts.push(cut);
            }
        }
    }
    cuts.push(source.len());
    cuts
}

/// Whether [`split_points`] looks at byte `b`: quotes, comments, braces
/// and line ends.
fn matters(b: u8) -> bool {
    matches!(b, b'"' | b'/' | b'{' | b'}' | b'\n')
}

/// Parses `source[start..end]`, with spans relative to the whole `source`.
fn parse_range(source: &str, file: FileId, start: usize, end: usize) -> Parsed {
    let text = source.get(..end).unwrap_or(source);
    let mut lexer = lexer::Lexer::new(text, file);
    lexer.skip_to(start);
    let mut laid = layout::Layout::new(text, file, &mut lexer);
    let mut recovered = Vec::new();
    let result = grammar::FileParser::new().parse(file, &mut recovered, &mut laid);
    let too_deep = laid.too_deep;
    let mut diagnostics = laid.diagnostics;
    diagnostics.append(&mut lexer.diagnostics);
    if too_deep {
        // The parser saw a cut-off stream: its complaints are noise.
        return Parsed {
            file: ast::File::default(),
            diagnostics,
        };
    }
    for recovery in recovered {
        if !at_inserted_closer(&recovery.error) {
            diagnostics.push(messages::describe(recovery.error, file, text));
        }
    }
    let decls = match result {
        Ok(decls) => decls,
        Err(error) => {
            if !at_inserted_closer(&error) {
                diagnostics.push(messages::describe(error, file, text));
            }
            Vec::new()
        }
    };
    let file_doc = join_docs(
        lexer
            .docs
            .iter()
            .filter(|d| d.inner)
            .map(|d| d.text.as_str()),
    );
    let mut tree = ast::File {
        doc: file_doc,
        decls,
    };
    attach_docs(&mut tree, &doc_targets(&lexer));
    Parsed {
        file: tree,
        diagnostics,
    }
}

/// The parser stumbled on a closer the layout pass inserted for a block
/// that was never closed (the only tokens of zero width). That block was
/// reported already (`E0003`); a second error there would be a follow-on.
fn at_inserted_closer(error: &lalrpop_util::ParseError<usize, token::Tok<'_>, ()>) -> bool {
    use lalrpop_util::ParseError;
    match error {
        ParseError::UnrecognizedToken {
            token: (start, tok, end),
            ..
        }
        | ParseError::ExtraToken {
            token: (start, tok, end),
        } => start == end && matches!(tok, token::Tok::Punct(p) if p.is_closer()),
        _ => false,
    }
}

/// The terminals the grammar accepts at byte `at` of `source`, by their
/// names in the grammar (`"\"meeting\""`, `"a name"`, ...): what an editor
/// may complete there. The tokens before `at` are parsed and followed by a
/// `]`, which no rule accepts, so the parser stops exactly there and says
/// what it expected (text after `at` is never read, and blocks left open
/// are not closed first).
///
/// ```
/// let expected = pact::syntax::expected_at("partnership P {\n  meeting m ", 27);
/// assert!(expected.contains(&"\"weekly\"".to_string()));
/// ```
pub fn expected_at(source: &str, at: usize) -> Vec<String> {
    let file = FileId(0);
    let prefix = source.get(..at).unwrap_or(source);
    // A word at `at` makes the layout decide whether the line before ends
    // the clause (it waits for the next token to know); it is then
    // replaced by the sentinel.
    let word = (at, lexer::Lexeme::Token(token::Tok::Ident("_")), at);
    let lexed = lexer::Lexer::new(prefix, file).chain(std::iter::once(word));
    let laid = layout::Layout::new(prefix, file, lexed);
    let sentinel = (at, token::Tok::Punct(token::Punct::RBracket), at + 1);
    // The end of line after it lets the rule that skips a broken item
    // finish, so the error it records is the sentinel's, not a later one.
    let end_of_line = (at + 1, token::Tok::Term, at + 1);
    let tokens = laid.take_while(|t| t.0 < at).chain([sentinel, end_of_line]);
    let mut recovered = Vec::new();
    let result = grammar::FileParser::new().parse(file, &mut recovered, tokens);
    recovered
        .into_iter()
        .map(|r| r.error)
        .chain(result.err())
        .find_map(|error| match error {
            lalrpop_util::ParseError::UnrecognizedToken {
                token: (start, _, _),
                expected,
            } if start >= at => Some(expected),
            _ => None,
        })
        .unwrap_or_default()
}

/// Maps the start of each documented token to the text of its `///` run.
fn doc_targets(lexer: &lexer::Lexer<'_>) -> HashMap<u32, String> {
    let mut targets: HashMap<u32, Vec<&str>> = HashMap::new();
    for &(doc, start) in &lexer.doc_targets {
        if let Some(doc) = lexer.docs.get(doc) {
            targets
                .entry(u32::try_from(start).unwrap_or(u32::MAX))
                .or_default()
                .push(&doc.text);
        }
    }
    targets
        .into_iter()
        .filter_map(|(at, lines)| Some((at, join_docs(lines.into_iter())?)))
        .collect()
}

fn join_docs<'a>(lines: impl Iterator<Item = &'a str>) -> Option<String> {
    let text = lines.collect::<Vec<_>>().join("\n");
    (!text.is_empty()).then_some(text)
}

fn attach_docs(tree: &mut ast::File, targets: &HashMap<u32, String>) {
    if targets.is_empty() {
        return;
    }
    for decl in &mut tree.decls {
        decl.doc = targets.get(&decl.span.start).cloned();
        let clauses = match &mut decl.kind {
            ast::DeclKind::Master(m) => &mut m.clauses,
            ast::DeclKind::Template(t) => &mut t.clauses,
            ast::DeclKind::Partnership(p) => &mut p.clauses,
            _ => continue,
        };
        for clause in clauses {
            clause.doc = targets.get(&clause.span.start).cloned();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parsing_in_pieces_gives_the_same_tree_and_diagnostics() {
        let one = "/// The first party.\nparty A \"A {\" { role x }\n// a comment with {\nparty B { role y }\n/* block { */\n/// Documented.\n/// Twice.\npartnership P {\n  parties A as client, B as provider\n  term 2026-01-01 for 1 year\n}\n";
        let source = format!("//! The file.\n{}", one.repeat(7)) + "partnership Broken {\n  term 2026-02-30 for 1 year\n  meeting m weekly 1 hour with A.x B.y\n}\n";
        let whole = parse_range(&source, FileId(0), 0, source.len());
        for pieces in 2..6 {
            let split = parse_in_pieces(&source, FileId(0), pieces);
            assert!(
                split_points(&source, pieces).len() > 2,
                "the source can be cut"
            );
            assert_eq!(
                format!("{:?}", split.file),
                format!("{:?}", whole.file),
                "{pieces} pieces"
            );
            assert_eq!(split.diagnostics, whole.diagnostics, "{pieces} pieces");
        }
    }
}
