//! Help for the forms the reference lists as not accepted (§6.3): when a
//! parse error is one of them, the message names the accepted form, written
//! out from the user's own line where that can be done exactly.
//!
//! The parser only knows the token it could not take. The forms are
//! recognised from the tokens of the error's line, re-lexed here: the error
//! path is rare, and a line is short, so this costs nothing on correct
//! files and keeps the grammar free of productions for forms it rejects.
//! A line longer than [`MAX_LINE`] is not re-lexed (every error on a long
//! line of hostile input would lex the whole line again).

use super::lexer::{lex, Lexeme};
use super::token::{Keyword, Punct, Tok};
use crate::diagnostics::{Diagnostic, FileId, Span};

/// Longer lines get no help: no form of §6.3 needs a line this long.
const MAX_LINE: usize = 1_000;

/// One token of the error's line, with its span relative to the line.
struct Word<'a> {
    start: usize,
    end: usize,
    tok: Tok<'a>,
}

/// The line holding the error, cut into tokens, and which one is the error.
struct Line<'a> {
    text: &'a str,
    /// Where the line starts in the file.
    from: usize,
    words: Vec<Word<'a>>,
    at: usize,
    /// The edits of the last [`Line::rewritten`]: the accepted form as a
    /// fix a tool can apply (relative to the line).
    edits: std::cell::RefCell<Vec<(usize, usize, String)>>,
}

impl<'a> Line<'a> {
    fn of(source: &'a str, start: usize) -> Option<Line<'a>> {
        // Both ends are looked for only as far as a line may reach.
        let mut window = start.saturating_sub(MAX_LINE)..(start + MAX_LINE).min(source.len());
        while !source.is_char_boundary(window.start) {
            window.start -= 1;
        }
        while !source.is_char_boundary(window.end) {
            window.end += 1;
        }
        let before = source.get(window.start..start)?;
        let from = match before.rfind('\n') {
            Some(i) => window.start + i + 1,
            None if window.start == 0 => 0,
            None => return None,
        };
        let to = match source.get(start..window.end)?.find('\n') {
            Some(i) => start + i,
            None if window.end == source.len() => source.len(),
            None => return None,
        };
        if to - from > MAX_LINE {
            return None;
        }
        let text = source.get(from..to)?;
        let words: Vec<Word<'a>> = lex(text, FileId(0))
            .lexemes
            .into_iter()
            .filter_map(|(start, lexeme, end)| match lexeme {
                Lexeme::Token(tok) => Some(Word { start, end, tok }),
                Lexeme::Newline => None,
            })
            .collect();
        let at = words
            .iter()
            .position(|w| Some(w.start) == start.checked_sub(from))?;
        Some(Line {
            text,
            from,
            words,
            at,
            edits: Default::default(),
        })
    }

    fn tok(&self, i: usize) -> Option<&Tok<'a>> {
        self.words.get(i).map(|w| &w.tok)
    }

    fn before(&self) -> &[Word<'a>] {
        self.words.get(..self.at).unwrap_or(&[])
    }

    fn after(&self) -> &[Word<'a>] {
        self.words.get(self.at + 1..).unwrap_or(&[])
    }

    fn has_before(&self, kw: Keyword) -> bool {
        self.before().iter().any(|w| w.tok == Tok::Keyword(kw))
    }

    /// The first token of the line, skipping `override`.
    fn head(&self) -> Option<&Tok<'a>> {
        match self.tok(0) {
            Some(Tok::Keyword(Keyword::Override)) => self.tok(1),
            other => other,
        }
    }

    /// The text of the words `from..to` (indices), as written.
    fn slice(&self, from: usize, to: usize) -> &'a str {
        let start = self.words.get(from).map_or(0, |w| w.start);
        let end = to
            .checked_sub(1)
            .and_then(|last| self.words.get(last))
            .map_or(start, |w| w.end);
        self.text.get(start..end.max(start)).unwrap_or("")
    }

    /// The error's clause (its part of the line, between `{` or `;` and
    /// `;`, `{` or `}`), with `edits` (replacing spans of the line) applied.
    fn rewritten(&self, edits: &[(usize, usize, &str)]) -> String {
        let bound =
            |w: &Word<'_>| matches!(w.tok, Tok::Term | Tok::Punct(Punct::LBrace | Punct::RBrace));
        let first = self.before().iter().rposition(bound).map_or(0, |i| i + 1);
        let last = self
            .after()
            .iter()
            .position(bound)
            .map_or(self.words.len(), |i| self.at + 1 + i);
        let start = self.words.get(first).map_or(0, |w| w.start);
        let end = last
            .checked_sub(1)
            .and_then(|i| self.words.get(i))
            .map_or(self.text.len(), |w| w.end);
        *self.edits.borrow_mut() = edits
            .iter()
            .map(|&(s, e, with)| (s, e, with.to_string()))
            .collect();
        let mut out = String::new();
        let mut from = start;
        for &(edit_start, edit_end, with) in edits {
            out.push_str(self.text.get(from..edit_start).unwrap_or(""));
            out.push_str(with);
            from = edit_end;
        }
        out.push_str(self.text.get(from..end).unwrap_or(""));
        out.trim().to_string()
    }
}

/// Replaces the notes and help of `diagnostic` when the error is one of
/// the forms of reference §6.3.
pub fn explain(
    diagnostic: Diagnostic,
    source: &str,
    start: usize,
    expected: &[String],
) -> Diagnostic {
    let Some(line) = Line::of(source, start) else {
        return diagnostic;
    };
    let wants_clause = expected.iter().any(|e| e.trim_matches('"') == "parties");
    let found = may_not(&line)
        .or_else(|| role_as_grantee(&line))
        .or_else(|| commas_between_objects(&line))
        .or_else(|| chained_comparison(&line))
        .or_else(|| cadence_on_rate(&line))
        .or_else(|| schedule_on_survey(&line))
        .or_else(|| planned(&line, wants_clause));
    match found {
        Some((note, help)) => {
            let mut diagnostic = diagnostic;
            diagnostic.notes.clear();
            let file = diagnostic.primary.span.file;
            let mut diagnostic = diagnostic.with_note(note).with_help(help);
            // The accepted form written out from the line is a fix as it is.
            for (start, end, with) in line.edits.take() {
                let span = Span::new(file, line.from + start, line.from + end);
                diagnostic = diagnostic.with_suggestion(span, with);
            }
            diagnostic
        }
        None => diagnostic,
    }
}

type Explained = (String, String);

/// `Globex may not share R`: only `must not` forbids.
fn may_not(line: &Line<'_>) -> Option<Explained> {
    let may = line.words.get(line.at.checked_sub(1)?)?;
    if line.tok(line.at)? != &Tok::Keyword(Keyword::Not) || may.tok != Tok::Keyword(Keyword::May) {
        return None;
    }
    Some((
        "`may not` is not a modality: `may` permits, `must not` forbids".to_string(),
        format!(
            "write `{}`",
            line.rewritten(&[(may.start, may.end, "must")])
        ),
    ))
}

/// `grant Acme.ops read R`: the grantee is a party.
fn role_as_grantee(line: &Line<'_>) -> Option<Explained> {
    if line.tok(line.at)? != &Tok::Punct(Punct::Dot)
        || line.head()? != &Tok::Keyword(Keyword::Grant)
    {
        return None;
    }
    let party = line.words.get(line.at.checked_sub(1)?)?;
    let role = line.words.get(line.at + 1)?;
    let (Tok::Ident(party_name), Tok::Ident(_)) = (&party.tok, &role.tok) else {
        return None;
    };
    let dot = line.words.get(line.at)?;
    Some((
        "a grant is given to a party, not to one of its roles".to_string(),
        format!(
            "name the party: `{}` (its roles act for `{party_name}`)",
            line.rewritten(&[(dot.start, role.end, "")])
        ),
    ))
}

/// `must deliver code, documentation`: objects are joined with `and`.
fn commas_between_objects(line: &Line<'_>) -> Option<Explained> {
    if line.tok(line.at)? != &Tok::Punct(Punct::Comma)
        || !(line.has_before(Keyword::Must) || line.has_before(Keyword::May))
    {
        return None;
    }
    let commas: Vec<(usize, usize, &str)> = std::iter::once(line.words.get(line.at)?)
        .chain(
            line.after()
                .iter()
                .take_while(|w| !ends_objects(&w.tok))
                .filter(|w| w.tok == Tok::Punct(Punct::Comma)),
        )
        .map(|w| (w.start, w.end, " and"))
        .collect();
    Some((
        "the objects of a duty are joined with `and`; commas separate only its subjects"
            .to_string(),
        format!("write `{}`", line.rewritten(&commas)),
    ))
}

/// Where the objects of an obligation end.
fn ends_objects(tok: &Tok<'_>) -> bool {
    matches!(
        tok,
        Tok::Keyword(
            Keyword::For | Keyword::Within | Keyword::By | Keyword::Before | Keyword::When
        )
    )
}

fn comparison(tok: &Tok<'_>) -> Option<Punct> {
    match tok {
        Tok::Punct(
            p @ (Punct::Lt
            | Punct::Le
            | Punct::Gt
            | Punct::Ge
            | Punct::Eq
            | Punct::EqEq
            | Punct::Ne),
        ) => Some(*p),
        _ => None,
    }
}

/// `0% < x < 5%`: comparisons do not chain.
fn chained_comparison(line: &Line<'_>) -> Option<Explained> {
    let second = comparison(line.tok(line.at)?)?;
    // The comparison before, in the same operand of `and`/`or`.
    let from = line
        .before()
        .iter()
        .rposition(|w| starts_operand(&w.tok))
        .map_or(0, |i| i + 1);
    let first_at = (from..line.at).find(|&i| line.tok(i).and_then(comparison).is_some())?;
    let first = line.tok(first_at).and_then(comparison)?;
    let to = (line.at + 1..line.words.len())
        .find(|&i| line.tok(i).is_some_and(ends_operand))
        .unwrap_or(line.words.len());
    let (left, middle, right) = (
        line.slice(from, first_at),
        line.slice(first_at + 1, line.at),
        line.slice(line.at + 1, to),
    );
    if left.is_empty() || middle.is_empty() || right.is_empty() {
        return None;
    }
    Some((
        "comparisons do not chain".to_string(),
        format!(
            "compare twice and join with `and`: `{middle} {} {left} and {middle} {} {right}`",
            flipped(first).text(),
            second.text()
        ),
    ))
}

fn starts_operand(tok: &Tok<'_>) -> bool {
    matches!(
        tok,
        Tok::Keyword(Keyword::When | Keyword::And | Keyword::Or | Keyword::Not | Keyword::Target)
            | Tok::Punct(Punct::LParen | Punct::Comma | Punct::Colon)
    ) || matches!(tok, Tok::Punct(Punct::Eq))
}

fn ends_operand(tok: &Tok<'_>) -> bool {
    matches!(
        tok,
        Tok::Keyword(Keyword::And | Keyword::Or | Keyword::Pays | Keyword::Then)
            | Tok::Punct(Punct::LBrace | Punct::RParen | Punct::Arrow | Punct::Comma)
            | Tok::Term
    )
}

/// `a < x` read the other way round: `x > a`.
fn flipped(p: Punct) -> Punct {
    match p {
        Punct::Lt => Punct::Gt,
        Punct::Le => Punct::Ge,
        Punct::Gt => Punct::Lt,
        Punct::Ge => Punct::Le,
        other => other,
    }
}

/// `capacity 60 hours monthly`, `capped at 100_000 USD annually`: these
/// take no cadence; a capacity is per month, a cap per year (or, without
/// `per`, for the whole term).
fn cadence_on_rate(line: &Line<'_>) -> Option<Explained> {
    if !matches!(
        line.tok(line.at)?,
        Tok::Keyword(
            Keyword::Daily
                | Keyword::Weekly
                | Keyword::Monthly
                | Keyword::Quarterly
                | Keyword::Annually
        )
    ) {
        return None;
    }
    let (note, per) = if line.has_before(Keyword::Capacity) {
        (
            "a capacity takes no cadence: it is hours per calendar month",
            "per month",
        )
    } else if line.has_before(Keyword::Capped) {
        ("a cap takes no cadence: it is per contract year (`per year`) or, without `per`, for the whole term", "per year")
    } else {
        return None;
    };
    let word = line.words.get(line.at)?;
    Some((
        note.to_string(),
        format!("write `{}`", line.rewritten(&[(word.start, word.end, per)])),
    ))
}

/// `survey health quarterly at 10:00`: surveys and reports take a cadence
/// and a day (`on`), not a time or an adjustment.
fn schedule_on_survey(line: &Line<'_>) -> Option<Explained> {
    let clause = match line.head()? {
        Tok::Keyword(kw @ (Keyword::Survey | Keyword::Report)) => kw.text(),
        _ => return None,
    };
    if !matches!(
        line.tok(line.at)?,
        Tok::Keyword(Keyword::At | Keyword::Adjusted)
    ) {
        return None;
    }
    let from = line.words.get(line.at)?.start;
    let to = line
        .after()
        .iter()
        .find(|w| {
            matches!(
                w.tok,
                Tok::Keyword(Keyword::By | Keyword::Anonymous) | Tok::Str(_)
            )
        })
        .map_or(line.text.trim_end().len(), |w| w.start);
    Some((
        format!("a `{clause}` takes a cadence and a day (`on`): `at` and `adjusted` belong to meetings and reviews"),
        format!("write `{}`", line.rewritten(&[(from, to, "")])),
    ))
}

/// Clauses of design §10 written where they do not belong.
fn planned(line: &Line<'_>, wants_clause: bool) -> Option<Explained> {
    match (line.head()?, line.at) {
        (Tok::Keyword(Keyword::Amend), 0) if wants_clause => Some((
            "an `amend` is a declaration of its own, not a clause of the partnership".to_string(),
            "close the partnership first, then write `amend PARTNERSHIP effective DATE as LEVEL approved by ROLES { ... }`".to_string(),
        )),
                (Tok::Keyword(Keyword::Share), 0) if wants_clause => Some((
            "a `share` is a pay item: it says what one party is paid".to_string(),
            "move it into the `pay` block of the party it pays: `pay Globex { share 20% of savings up to 1_000_000 USD, 30% above }`".to_string(),
        )),
        (Tok::Keyword(Keyword::Adjust), 0) if wants_clause => Some((
            "an indexation is written on the retainer it indexes".to_string(),
            "inside `pay`, write `retainer 20_000 USD monthly indexed annually by cpi capped at 3%`; `adjust X when COND` belongs in a `review` block".to_string(),
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Span;

    fn help(line: &str, at: &str) -> Option<String> {
        let start = line.find(at).unwrap();
        let wants = vec!["\"parties\"".to_string()];
        let d = explain(
            Diagnostic::error("E0002", "x", Span::default()),
            line,
            start,
            if at == "adjust" || at == "share" || at == "amend" {
                &wants
            } else {
                &[]
            },
        );
        d.help
    }

    #[test]
    fn each_form_names_the_accepted_one() {
        assert_eq!(
            help("  Globex may not share R", "not").as_deref(),
            Some("write `Globex must not share R`")
        );
        assert_eq!(
            help("  grant exclusive Acme.ops read R for \"x\"", ".").as_deref(),
            Some("name the party: `grant exclusive Acme read R for \"x\"` (its roles act for `Acme`)")
        );
        assert_eq!(
            help(
                "  A.x, B must deliver code, docs, tests within 5 days",
                ", docs"
            )
            .as_deref(),
            Some("write `A.x, B must deliver code and docs and tests within 5 days`")
        );
        assert_eq!(
            help("  trigger t when 0% < x <= 5% { A must b }", "<= 5%").as_deref(),
            Some("compare twice and join with `and`: `x > 0% and x <= 5%`")
        );
        assert_eq!(
            help(
                "party A { role ops capacity 60 hours weekly; role rm }",
                "weekly"
            )
            .as_deref(),
            Some("write `role ops capacity 60 hours per month`")
        );
        assert_eq!(
            help(
                "    success fee 2% of g capped at 100 USD annually",
                "annually"
            )
            .as_deref(),
            Some("write `success fee 2% of g capped at 100 USD per year`")
        );
        assert_eq!(
            help("  survey health quarterly on day 1 at 09:00 by A.rm", "at").as_deref(),
            Some("write `survey health quarterly on day 1 by A.rm`")
        );
        assert_eq!(
            help("  report r monthly at 10:00", "at").as_deref(),
            Some("write `report r monthly`")
        );
        assert!(help("  amend pricing effective 2026-06-01 {", "amend").is_some());
        assert!(help("  adjust annually by CPI capped at 3%", "adjust").is_some());
        assert!(help("  share 20% of savings up to 5 USD, 30% above", "share").is_some());
    }
}
