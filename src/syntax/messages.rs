//! Parser errors in the user's words.
//!
//! LALRPOP reports the terminals it could have accepted, by the names the
//! grammar gives them. Those names are written for people ("a name", "a
//! date", keywords as themselves), so a message is built by sorting and
//! quoting them, never by printing parser internals.

use super::expected::expected_list;
use super::token::Tok;
use crate::diagnostics::{Diagnostic, FileId, Span};
use lalrpop_util::ParseError;

pub fn describe(error: ParseError<usize, Tok<'_>, ()>, file: FileId, source: &str) -> Diagnostic {
    let source_len = source.len();
    match error {
        ParseError::UnrecognizedToken {
            token: (start, tok, end),
            expected,
        } => {
            let diagnostic = unexpected(file, start, &tok, end, &expected);
            let diagnostic = explain_repeated_keyword(diagnostic, source, start, end, &tok);
            let diagnostic = explain_unit_word(diagnostic, source, start, &tok);
            let diagnostic = explain_clause_in_block(diagnostic, source, start, &tok, &expected);
            let diagnostic =
                explain_declaration_in_block(diagnostic, source, start, &tok, &expected);
            let diagnostic = explain_misplaced_exclusive(diagnostic, source, start, &tok);
            let diagnostic = explain_continued_line(diagnostic, source, start, &tok);
            super::not_accepted::explain(diagnostic, source, start, &expected)
        }
        ParseError::ExtraToken {
            token: (start, tok, end),
        } => unexpected(file, start, &tok, end, &[]),
        ParseError::UnrecognizedEof { location, expected } => {
            let at = location.min(source_len);
            Diagnostic::error(
                "E0008",
                "the file ends in the middle of a clause",
                Span::new(file, at, at),
            )
            .with_primary_label(format!("expected {} here", expected_list(&expected)))
            .with_help("finish the clause, or remove it")
        }
        ParseError::InvalidToken { location } => Diagnostic::error(
            "E0002",
            "unexpected input",
            Span::new(file, location, location + 1),
        ),
        ParseError::User { .. } => {
            Diagnostic::error("E0002", "unexpected input", Span::new(file, 0, 0))
        }
    }
}

fn unexpected(
    file: FileId,
    start: usize,
    tok: &Tok<'_>,
    end: usize,
    expected: &[String],
) -> Diagnostic {
    let span = Span::new(file, start, end);
    let message = match tok {
        Tok::Term => "this clause ends too early".to_string(),
        _ => format!("unexpected {tok}"),
    };
    let mut diagnostic = Diagnostic::error("E0002", message, span);
    if !expected.is_empty() {
        diagnostic = diagnostic.with_primary_label(format!("expected {}", expected_list(expected)));
    }
    let wants = |name: &str| expected.iter().any(|e| e.trim_matches('"') == name);
    match tok {
        Tok::Ident(_) | Tok::Keyword(_) if wants(",") && !wants("a name") => {
            diagnostic = diagnostic
                .with_help("separate the items of a list with commas: `Acme.ops, Globex.ops`");
        }
        Tok::Keyword(kw) if wants("a name") => {
            diagnostic = diagnostic
                .with_note(format!(
                    "`{}` is a keyword of the language and cannot be a name here",
                    kw.text()
                ))
                .with_help(format!("rename it, for example `{}_`", kw.text()));
        }
        Tok::Ident(word) if expected.len() == 1 && wants("a string") => {
            diagnostic =
                diagnostic.with_help(format!("text is written in double quotes: `\"{word}\"`"));
        }
        Tok::Punct(super::token::Punct::RBrace) if expected.len() == 1 => {
            diagnostic = diagnostic.with_help("the clause is not finished before the block closes");
        }
        _ => {}
    }
    diagnostic
}

/// `must must`, `for for`: the same keyword twice in a row is a slip, and
/// the fix is to remove one, not to rename anything.
fn explain_repeated_keyword(
    diagnostic: Diagnostic,
    source: &str,
    start: usize,
    end: usize,
    tok: &Tok<'_>,
) -> Diagnostic {
    let Tok::Keyword(kw) = tok else {
        return diagnostic;
    };
    let word = kw.text();
    let Some(before) = source.get(..start) else {
        return diagnostic;
    };
    let gap = before.len() - before.trim_end_matches([' ', '\t']).len();
    let trimmed = before.trim_end_matches([' ', '\t']);
    let Some(rest) = trimmed.strip_suffix(word) else {
        return diagnostic;
    };
    let joined = rest
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.');
    if joined || gap == 0 {
        return diagnostic;
    }
    let span = diagnostic.primary.span;
    // Remove the space before the repeated word, and the word.
    let removed = Span::new(span.file, start - gap, end);
    let mut fixed = Diagnostic::error("E0002", format!("`{word}` is written twice"), span)
        .with_primary_label(format!("a second `{word}`"))
        .with_help(format!("remove the repeated `{word}`"))
        .with_suggestion(removed, "");
    fixed.secondary = diagnostic.secondary;
    fixed
}

/// A clause keyword at the start of a line where a block's item was
/// expected (`pay` inside `escalation { ... }`): the block above was most
/// likely not closed, which the layout pass could not tell from the
/// indentation. Renaming the keyword would be the wrong fix.
fn explain_clause_in_block(
    mut diagnostic: Diagnostic,
    source: &str,
    start: usize,
    tok: &Tok<'_>,
    expected: &[String],
) -> Diagnostic {
    let Tok::Keyword(kw) = tok else {
        return diagnostic;
    };
    let wants_clause = expected.iter().any(|e| e.trim_matches('"') == "parties");
    if !kw.starts_clause() || wants_clause || !starts_line(source, start) {
        return diagnostic;
    }
    diagnostic.notes.clear();
    diagnostic
        .with_note(format!(
            "`{}` starts a clause, and a clause cannot come inside this block",
            kw.text()
        ))
        .with_help(format!(
            "if the block above ends before this line, close it with `}}` after its last item; if `{0}` is meant as a name, rename it (`{0}_`)",
            kw.text()
        ))
}

/// `resource Data` (or `signal`, `event`, `party` ...) indented inside a
/// partnership: these declare names for the whole portfolio and are only
/// written at the top level of a file (design §4). The keyword note ("cannot
/// be a name here") and its rename would be the wrong fix.
fn explain_declaration_in_block(
    mut diagnostic: Diagnostic,
    source: &str,
    start: usize,
    tok: &Tok<'_>,
    expected: &[String],
) -> Diagnostic {
    let Tok::Keyword(kw) = tok else {
        return diagnostic;
    };
    let word = kw.text();
    let expected_here = expected.iter().any(|e| e.trim_matches('"') == word);
    let repeated = !diagnostic.suggestions.is_empty();
    if !kw.starts_top_level_only() || expected_here || repeated || !starts_line(source, start) {
        return diagnostic;
    }
    diagnostic.notes.clear();
    diagnostic
        .with_note(format!(
            "a `{word}` declaration belongs to the whole portfolio: it is written at the top level of a file, not inside a block"
        ))
        .with_help(format!(
            "move the `{word}` line out of the block, before the `partnership` that uses it (or, if the block above is not closed, close it with `}}`)"
        ))
}

/// `grant Globex exclusive sell Territory`: the word is in the wrong place,
/// not a name to rename (design §5: `grant [exclusive] PARTY RIGHT RESOURCE`).
fn explain_misplaced_exclusive(
    mut diagnostic: Diagnostic,
    source: &str,
    start: usize,
    tok: &Tok<'_>,
) -> Diagnostic {
    if *tok != Tok::Keyword(super::token::Keyword::Exclusive) {
        return diagnostic;
    }
    let before = source.get(..start).unwrap_or("");
    let line = before.rsplit('\n').next().unwrap_or("");
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() != 2 || words.first() != Some(&"grant") {
        return diagnostic;
    }
    let party = words.get(1).copied().unwrap_or("PARTY");
    let after = source.get(start + "exclusive".len()..).unwrap_or("");
    let rest: Vec<&str> = after
        .split('\n')
        .next()
        .unwrap_or("")
        .split("//")
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect();
    let rest = if rest.is_empty() {
        "RIGHT RESOURCE".to_string()
    } else {
        rest.join(" ")
    };
    diagnostic.notes.clear();
    diagnostic
        .with_note("`exclusive` comes right after `grant`, before the party")
        .with_help(format!("write `grant exclusive {party} {rest}`"))
}

/// The token at `start` is the first of its line (and not of the file).
/// Only the blanks before the token are looked at, not the whole line, so
/// many errors on one long line stay cheap.
fn starts_line(source: &str, start: usize) -> bool {
    source
        .get(..start)
        .unwrap_or("")
        .trim_end_matches(|c: char| c.is_whitespace() && c != '\n')
        .ends_with('\n')
}

/// A token that starts its line was read as part of the previous clause
/// because that line ended with a word that continues it (`with`, `and`,
/// `,` ...). Saying so explains the error far better than the keyword note.
fn explain_continued_line(
    mut diagnostic: Diagnostic,
    source: &str,
    start: usize,
    tok: &Tok<'_>,
) -> Diagnostic {
    if !starts_line(source, start) || matches!(tok, Tok::Term) {
        return diagnostic;
    }
    let previous = source.get(..start).unwrap_or("").trim_end();
    let last_word: String = previous
        .chars()
        .rev()
        .take_while(|c| !c.is_whitespace())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let continues = super::token::Keyword::from_text(&last_word)
        .is_some_and(|kw| kw.continues_line())
        || [",", ":", "(", "[", "->", "+", "-", "*", "/", "<", ">", "="]
            .iter()
            .any(|p| last_word.ends_with(p));
    if !continues {
        return diagnostic;
    }
    diagnostic.notes.clear();
    diagnostic.help = None;
    diagnostic
        .with_note(format!(
            "the previous line ends with `{last_word}`, so the clause continues on this line"
        ))
        .with_help(format!(
            "finish the clause after `{last_word}`, or remove `{last_word}`"
        ))
}

/// `5 calendar days`: days are calendar days already.
fn explain_calendar_days(
    diagnostic: Diagnostic,
    source: &str,
    start: usize,
    tok: &Tok<'_>,
) -> Diagnostic {
    if *tok != Tok::Keyword(super::token::Keyword::Calendar) {
        return diagnostic;
    }
    let after = source.get(start + "calendar".len()..).unwrap_or("");
    let unit: String = after
        .trim_start_matches([' ', '\t'])
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    if !crate::vocab::DURATION_WORDS.contains(&unit.as_str()) {
        return diagnostic;
    }
    let mut diagnostic = diagnostic;
    diagnostic.notes.clear();
    diagnostic
        .with_note("days are calendar days unless they are `business days`")
        .with_help(format!("leave out `calendar`: `{unit}`"))
}

/// A unit word where the clause cannot go on (`5 bussiness days`): the
/// word before it was read as the unit. Say so, and suggest the one
/// two-word unit when the word before looks like `business`.
fn explain_unit_word(
    diagnostic: Diagnostic,
    source: &str,
    start: usize,
    tok: &Tok<'_>,
) -> Diagnostic {
    let Tok::Ident(word) = tok else {
        return explain_calendar_days(diagnostic, source, start, tok);
    };
    if !crate::vocab::DURATION_WORDS.contains(word) {
        return diagnostic;
    }
    let before = source.get(..start).unwrap_or("").trim_end();
    let previous: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let diagnostic = diagnostic.with_note("a quantity is a number and one unit, like `30 days`; `business days` is the only two-word unit");
    let business = crate::diagnostics::suggest::closest(&previous, ["business"]).is_some()
        || matches!(previous.as_str(), "working" | "work");
    if previous.is_empty() {
        diagnostic
    } else if business {
        diagnostic.with_help(format!("did you mean `business {word}`?"))
    } else if previous == "calendar" {
        diagnostic.with_help(format!(
            "write `{word}` alone: days are calendar days unless they are `business days`"
        ))
    } else {
        diagnostic
    }
}
