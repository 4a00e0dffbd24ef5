//! The lexer: source text to tokens with exact byte spans.
//!
//! Two passes. `logos` recognises raw token shapes (fast, table driven); then
//! this module converts each literal exactly once — numbers and percentages to
//! `Decimal`, dates and times through `chrono`, strings with their escapes —
//! and looks identifiers up in the keyword table. A malformed literal is
//! reported here and still yields a token with a placeholder value, and a
//! stray character is reported and skipped, so lexing never aborts and the
//! parser sees one error, not two. Newlines are kept as raw tokens: whether
//! one ends a clause is decided by [`super::layout`], which needs the tokens
//! on both sides.

use super::token::{Keyword, Punct, Tok};
use crate::diagnostics::{escaped, Diagnostic, FileId, Span};
use chrono::{NaiveDate, NaiveTime};
use logos::Logos;
use rust_decimal::Decimal;
use std::str::FromStr;

#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
#[logos(skip r"[ \t\r\f]+")]
enum Raw {
    #[token("\n")]
    Newline,
    #[token(";")]
    Semicolon,
    #[regex(r"//[^\n]*", allow_greedy = true)]
    LineComment,
    #[regex(r"///[^\n]*", allow_greedy = true)]
    DocComment,
    #[regex(r"//![^\n]*", allow_greedy = true)]
    FileDocComment,
    #[token("/*", block_comment)]
    BlockComment,
    #[regex(r"[A-Za-z_][A-Za-z0-9_]*")]
    Ident,
    #[regex(r"[0-9][0-9_]*(\.[0-9][0-9_]*)?")]
    Number,
    #[regex(r"[0-9][0-9_]*(\.[0-9][0-9_]*)?%")]
    Percent,
    #[regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")]
    Date,
    #[regex(r"[0-9]{1,2}:[0-9]{2}")]
    Time,
    #[regex(r#""([^"\\\n]|\\[^\n])*""#)]
    Str,
    #[regex(r#""([^"\\\n]|\\[^\n])*"#)]
    UnterminatedStr,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(".")]
    Dot,
    #[token("..")]
    DotDot,
    #[token("->")]
    Arrow,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("<")]
    Lt,
    #[token("<=")]
    Le,
    #[token(">")]
    Gt,
    #[token(">=")]
    Ge,
    #[token("==")]
    EqEq,
    #[token("=")]
    Eq,
    #[token("!=")]
    Ne,
}

/// Skips a block comment; reports `false` (an error) when it never closes.
fn block_comment(lex: &mut logos::Lexer<Raw>) -> bool {
    match lex.remainder().find("*/") {
        Some(end) => {
            lex.bump(end + 2);
            true
        }
        None => {
            lex.bump(lex.remainder().len());
            false
        }
    }
}

/// A token as it leaves the lexer: a real token, or a newline marker.
#[derive(Clone, Debug, PartialEq)]
pub enum Lexeme<'src> {
    Token(Tok<'src>),
    Newline,
}

/// A documentation comment (`///` or `//!`) with its text and span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocComment {
    pub span: Span,
    pub text: String,
    /// `//!`: documents the whole file.
    pub inner: bool,
}

/// What kind of comment a [`Comment`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommentKind {
    /// `// text`
    Line,
    /// `/// text`
    Doc,
    /// `//! text`
    FileDoc,
    /// `/* text */`, possibly over several lines.
    Block,
}

/// A comment with its byte span, kept only on request (see
/// [`lex_with_trivia`]): the compiler ignores comments, tools such as the
/// formatter must not lose them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Comment {
    pub kind: CommentKind,
    pub start: usize,
    pub end: usize,
}

/// A file lexed with its comments: the lexemes as the compiler sees them
/// (a multi-line block comment is also there as a `Newline` with the
/// comment's span) and, beside them, every comment in source order.
#[derive(Debug, Default)]
pub struct LexedWithTrivia<'src> {
    pub lexemes: Vec<(usize, Lexeme<'src>, usize)>,
    pub comments: Vec<Comment>,
    pub docs: Vec<DocComment>,
    pub diagnostics: Vec<Diagnostic>,
}

/// [`lex`], keeping the comments (for the formatter). The compile path does
/// not use it; it pays one test per comment for its existence.
pub fn lex_with_trivia(source: &str, file: FileId) -> LexedWithTrivia<'_> {
    let mut lexer = Lexer::with_comments(source, file);
    let lexemes = lexer.by_ref().collect();
    LexedWithTrivia {
        lexemes,
        comments: lexer.take_comments(),
        docs: lexer.docs,
        diagnostics: lexer.diagnostics,
    }
}

/// Everything one file lexes to (used by tests and tools that want the
/// whole token list; the compiler streams through [`Lexer`] instead).
#[derive(Debug, Default)]
pub struct Lexed<'src> {
    pub lexemes: Vec<(usize, Lexeme<'src>, usize)>,
    pub docs: Vec<DocComment>,
    pub diagnostics: Vec<Diagnostic>,
}

pub fn lex(source: &str, file: FileId) -> Lexed<'_> {
    let mut lexer = Lexer::new(source, file);
    let lexemes = lexer.by_ref().collect();
    Lexed {
        lexemes,
        docs: lexer.docs,
        diagnostics: lexer.diagnostics,
    }
}

/// The lexer as an iterator, so that no token list of the whole file is
/// ever materialised: the parser pulls tokens through the layout pass.
pub struct Lexer<'src> {
    source: &'src str,
    file: FileId,
    raw: logos::Lexer<'src, Raw>,
    /// A run of stray characters is reported once, not character by character.
    stray: Option<(usize, usize)>,
    pub docs: Vec<DocComment>,
    /// For each `///` run, the start of the token it documents.
    pub doc_targets: Vec<(usize, usize)>,
    /// Index into `docs` of the first doc comment still waiting for its token.
    pending_docs: usize,
    pub diagnostics: Vec<Diagnostic>,
    /// Comments, collected only when `Some` (see [`lex_with_trivia`]).
    comments: Option<Vec<Comment>>,
}

impl<'src> Lexer<'src> {
    pub fn new(source: &'src str, file: FileId) -> Lexer<'src> {
        Lexer {
            source,
            file,
            raw: Raw::lexer(source),
            stray: None,
            docs: Vec::new(),
            doc_targets: Vec::new(),
            pending_docs: 0,
            diagnostics: Vec::new(),
            comments: None,
        }
    }

    /// A lexer that also keeps the comments it passes, for tools that
    /// stream the tokens and want the comments too (the formatter): see
    /// [`Lexer::take_comments`].
    pub fn with_comments(source: &'src str, file: FileId) -> Lexer<'src> {
        let mut lexer = Lexer::new(source, file);
        lexer.comments = Some(Vec::new());
        lexer
    }

    /// The comments passed since the last call, in source order (none
    /// unless made by [`Lexer::with_comments`]). Every comment before a
    /// lexeme is there once the lexeme has been returned.
    pub fn take_comments(&mut self) -> Vec<Comment> {
        match &mut self.comments {
            Some(comments) => std::mem::take(comments),
            None => Vec::new(),
        }
    }

    /// [`Lexer::take_comments`] without handing over the list: the comments
    /// are drained and the list keeps its room for the next ones.
    pub fn drain_comments(&mut self) -> impl Iterator<Item = Comment> + '_ {
        self.comments
            .iter_mut()
            .flat_map(|comments| comments.drain(..))
    }

    /// Starts lexing at byte `offset` (a line start), keeping spans relative
    /// to the whole source: for parsing one piece of a large file.
    pub fn skip_to(&mut self, offset: usize) {
        if offset > 0 && offset <= self.source.len() {
            self.raw.bump(offset);
        }
    }

    fn flush_stray(&mut self) {
        if let Some(run) = self.stray.take() {
            self.diagnostics
                .push(stray_diagnostic(self.source, self.file, run));
        }
    }

    fn keep_comment(&mut self, kind: CommentKind, start: usize, end: usize) {
        if let Some(comments) = &mut self.comments {
            comments.push(Comment { kind, start, end });
        }
    }

    /// The token at `start` is the one every waiting doc comment documents.
    fn claim_docs(&mut self, start: usize) {
        while self.pending_docs < self.docs.len() {
            if self.docs.get(self.pending_docs).is_some_and(|d| !d.inner) {
                self.doc_targets.push((self.pending_docs, start));
            }
            self.pending_docs += 1;
        }
    }
}

impl<'src> Iterator for Lexer<'src> {
    type Item = (usize, Lexeme<'src>, usize);

    fn next(&mut self) -> Option<Self::Item> {
        let file = self.file;
        loop {
            let Some(raw) = self.raw.next() else {
                self.flush_stray();
                return None;
            };
            let range = self.raw.span();
            let (start, end) = (range.start, range.end);
            let slice = self.raw.slice();
            let span = Span::new(file, start, end);
            let raw = match raw {
                Ok(raw) => raw,
                Err(()) if slice.starts_with("/*") => {
                    self.diagnostics.push(
                        Diagnostic::error(
                            "E0011",
                            "this comment is never closed",
                            Span::new(file, start, start + 2),
                        )
                        .with_primary_label("comment starts here")
                        .with_help("close it with `*/`"),
                    );
                    continue;
                }
                Err(()) => {
                    self.stray = match self.stray {
                        Some((s, e)) if e == start => Some((s, end)),
                        Some(run) => {
                            self.diagnostics
                                .push(stray_diagnostic(self.source, file, run));
                            Some((start, end))
                        }
                        None => Some((start, end)),
                    };
                    continue;
                }
            };
            self.flush_stray();
            if !slice.is_ascii() {
                if let Some(what) = raw.text_kind() {
                    self.diagnostics
                        .extend(bidi_warning(slice, start, file, what));
                }
            }
            let diagnostics = &mut self.diagnostics;
            let tok = match raw {
                Raw::Newline => return Some((start, Lexeme::Newline, end)),
                Raw::BlockComment => {
                    self.keep_comment(CommentKind::Block, start, end);
                    // A comment spanning lines counts as a newline (design §2).
                    if slice.contains('\n') {
                        return Some((start, Lexeme::Newline, end));
                    }
                    continue;
                }
                Raw::LineComment => {
                    self.keep_comment(CommentKind::Line, start, end);
                    continue;
                }
                Raw::DocComment | Raw::FileDocComment => {
                    let inner = raw == Raw::FileDocComment;
                    let kind = if inner {
                        CommentKind::FileDoc
                    } else {
                        CommentKind::Doc
                    };
                    self.keep_comment(kind, start, end);
                    let text = doc_text(slice).to_string();
                    self.docs.push(DocComment { span, text, inner });
                    continue;
                }
                Raw::Semicolon => Tok::Term,
                Raw::Ident => match Keyword::from_text(slice) {
                    Some(kw) => Tok::Keyword(kw),
                    None => Tok::Ident(slice),
                },
                Raw::Number => Tok::Number(decimal(slice, span, diagnostics)),
                Raw::Percent => {
                    let digits = slice.strip_suffix('%').unwrap_or(slice);
                    Tok::Percent(decimal(digits, span, diagnostics))
                }
                Raw::Date => Tok::Date(date(slice, span, diagnostics)),
                Raw::Time => Tok::Time(time(slice, span, diagnostics)),
                Raw::Str => Tok::Str(string(slice, start, file, diagnostics)),
                Raw::UnterminatedStr => {
                    diagnostics.push(
                        Diagnostic::error("E0006", "this string is never closed", span)
                            .with_primary_label(
                                "the string starts here and runs to the end of the line",
                            )
                            .with_help("close it with `\"` on the same line"),
                    );
                    Tok::Str(slice.get(1..).unwrap_or("").to_string())
                }
                Raw::LBrace => Tok::Punct(Punct::LBrace),
                Raw::RBrace => Tok::Punct(Punct::RBrace),
                Raw::LParen => Tok::Punct(Punct::LParen),
                Raw::RParen => Tok::Punct(Punct::RParen),
                Raw::LBracket => Tok::Punct(Punct::LBracket),
                Raw::RBracket => Tok::Punct(Punct::RBracket),
                Raw::Comma => Tok::Punct(Punct::Comma),
                Raw::Colon => Tok::Punct(Punct::Colon),
                Raw::Dot => Tok::Punct(Punct::Dot),
                Raw::DotDot => Tok::Punct(Punct::DotDot),
                Raw::Arrow => Tok::Punct(Punct::Arrow),
                Raw::Plus => Tok::Punct(Punct::Plus),
                Raw::Minus => Tok::Punct(Punct::Minus),
                Raw::Star => Tok::Punct(Punct::Star),
                Raw::Slash => Tok::Punct(Punct::Slash),
                Raw::Lt => Tok::Punct(Punct::Lt),
                Raw::Le => Tok::Punct(Punct::Le),
                Raw::Gt => Tok::Punct(Punct::Gt),
                Raw::Ge => Tok::Punct(Punct::Ge),
                Raw::EqEq => Tok::Punct(Punct::EqEq),
                Raw::Eq => Tok::Punct(Punct::Eq),
                Raw::Ne => Tok::Punct(Punct::Ne),
            };
            if self.pending_docs < self.docs.len() {
                self.claim_docs(start);
            }
            return Some((start, Lexeme::Token(tok), end));
        }
    }
}

/// The text of a `///` or `//!` comment (`slice` is the whole comment):
/// without its marker, one space after it and trailing whitespace.
pub fn doc_text(slice: &str) -> &str {
    let text = slice.get(3..).unwrap_or("");
    text.strip_prefix(' ').unwrap_or(text).trim_end()
}

impl Raw {
    /// "comment" or "string" for tokens whose text is free.
    fn text_kind(self) -> Option<&'static str> {
        match self {
            Raw::LineComment | Raw::DocComment | Raw::FileDocComment | Raw::BlockComment => {
                Some("comment")
            }
            Raw::Str | Raw::UnterminatedStr => Some("string"),
            _ => None,
        }
    }
}

/// The characters that change the direction text is shown in, with their
/// Unicode names: in a comment or a string they can make the source
/// display as something else than what the compiler reads (CVE-2021-42574).
const BIDI: &[(char, &str)] = &[
    ('\u{202a}', "LEFT-TO-RIGHT EMBEDDING"),
    ('\u{202b}', "RIGHT-TO-LEFT EMBEDDING"),
    ('\u{202c}', "POP DIRECTIONAL FORMATTING"),
    ('\u{202d}', "LEFT-TO-RIGHT OVERRIDE"),
    ('\u{202e}', "RIGHT-TO-LEFT OVERRIDE"),
    ('\u{2066}', "LEFT-TO-RIGHT ISOLATE"),
    ('\u{2067}', "RIGHT-TO-LEFT ISOLATE"),
    ('\u{2068}', "FIRST STRONG ISOLATE"),
    ('\u{2069}', "POP DIRECTIONAL ISOLATE"),
];

/// At most this many of them are labelled in one warning.
const BIDI_LABELS: usize = 8;

/// E0015 for a comment or string (`what`) holding direction characters.
fn bidi_warning(slice: &str, start: usize, file: FileId, what: &str) -> Option<Diagnostic> {
    let mut found = slice.char_indices().filter_map(|(i, c)| {
        BIDI.iter()
            .find(|(b, _)| *b == c)
            .map(|&(b, name)| (i, b, name))
    });
    let (first, c, name) = found.next()?;
    let span = |i: usize, c: char| Span::new(file, start + i, start + i + c.len_utf8());
    let label = |c: char, name: &str| format!("`{}` ({name})", escaped(c));
    let mut diagnostic = Diagnostic::warning(
        "E0015",
        format!("this {what} contains a character that changes the direction of text"),
        span(first, c),
    )
    .with_primary_label(label(c, name));
    let mut more = 0usize;
    for (i, c, name) in found {
        if diagnostic.secondary.len() + 1 < BIDI_LABELS {
            diagnostic = diagnostic.with_label(span(i, c), label(c, name));
        } else {
            more += 1;
        }
    }
    if more > 0 {
        diagnostic = diagnostic.with_note(format!("and {more} more in the same {what}"));
    }
    Some(
        diagnostic
            .with_note(
                "these invisible characters reorder how the text around them is shown, so the \
                 file can look different from what the compiler reads",
            )
            .with_help(format!(
                "remove them, unless the {what} really needs text written right to left"
            )),
    )
}

fn stray_diagnostic(source: &str, file: FileId, (start, end): (usize, usize)) -> Diagnostic {
    let text = source.get(start..end).unwrap_or("?");
    let shown: String = text.chars().take(16).map(escaped).collect();
    let (message, label) = if text.chars().count() == 1 {
        (
            format!("unexpected character `{shown}`"),
            "not part of any word, number or symbol of the language",
        )
    } else {
        (
            format!("unexpected characters `{shown}`"),
            "not part of any word, number or symbol of the language",
        )
    };
    let mut diagnostic =
        Diagnostic::error("E0001", message, Span::new(file, start, end)).with_primary_label(label);
    if !text.is_ascii() {
        diagnostic = diagnostic.with_note(
            "names use the letters A-Z and a-z, digits and `_`; other text belongs in a string",
        );
    }
    diagnostic.with_help("remove it, or put the text inside double quotes")
}

fn decimal(text: &str, span: Span, diagnostics: &mut Vec<Diagnostic>) -> Decimal {
    if text.ends_with('_') || text.contains("_.") {
        diagnostics.push(
            Diagnostic::error("E0005", format!("`{text}` is not a number"), span)
                .with_primary_label("`_` separates digits and cannot end a number")
                .with_help(format!(
                    "write `{}`",
                    text.trim_end_matches('_').replace("_.", ".")
                )),
        );
    }
    // Most numbers have no `_`: they are read without a copy.
    let parsed = if text.contains('_') {
        Decimal::from_str(&text.replace('_', ""))
    } else {
        Decimal::from_str(text)
    };
    match parsed {
        Ok(value) => value,
        Err(_) => {
            diagnostics.push(
                Diagnostic::error("E0005", "this number is too large", span)
                    .with_primary_label("more than 28 significant digits")
                    .with_note("amounts and percentages are exact decimals of up to 28 digits"),
            );
            Decimal::ZERO
        }
    }
}

/// A placeholder that keeps the parse going after a bad date.
fn placeholder_date() -> NaiveDate {
    NaiveDate::MIN
}

fn date(text: &str, span: Span, diagnostics: &mut Vec<Diagnostic>) -> NaiveDate {
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return date;
    }
    let month: u32 = text.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(0);
    let (label, help) = if !(1..=12).contains(&month) {
        (
            "there is no month ".to_string() + text.get(5..7).unwrap_or("?"),
            "months run from 01 to 12".to_string(),
        )
    } else {
        let year: i32 = text.get(0..4).and_then(|y| y.parse().ok()).unwrap_or(2000);
        let last = last_day_of_month(year, month);
        (
            format!(
                "{} has no day {}",
                month_name(year, month),
                text.get(8..10).unwrap_or("?")
            ),
            format!("the last day of that month is {year:04}-{month:02}-{last:02}"),
        )
    };
    diagnostics.push(
        Diagnostic::error("E0004", format!("`{text}` is not a date"), span)
            .with_primary_label(label)
            .with_help(help),
    );
    placeholder_date()
}

fn last_day_of_month(year: i32, month: u32) -> u32 {
    (28..=31)
        .rev()
        .find(|&day| NaiveDate::from_ymd_opt(year, month, day).is_some())
        .unwrap_or(28)
}

fn month_name(year: i32, month: u32) -> String {
    NaiveDate::from_ymd_opt(year, month, 1).map_or_else(
        || format!("month {month}"),
        |d| d.format("%B %Y").to_string(),
    )
}

fn time(text: &str, span: Span, diagnostics: &mut Vec<Diagnostic>) -> NaiveTime {
    if let Ok(time) = NaiveTime::parse_from_str(text, "%H:%M") {
        return time;
    }
    diagnostics.push(
        Diagnostic::error("E0007", format!("`{text}` is not a time of day"), span)
            .with_primary_label("hours run from 00 to 23 and minutes from 00 to 59")
            .with_help("write the time on a 24-hour clock, like `09:30` or `15:00`"),
    );
    NaiveTime::MIN
}

/// The value of a string literal (quotes included in `slice`).
fn string(slice: &str, start: usize, file: FileId, diagnostics: &mut Vec<Diagnostic>) -> String {
    let body = slice.get(1..slice.len().saturating_sub(1)).unwrap_or("");
    let mut value = String::with_capacity(body.len());
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            value.push(c);
            continue;
        }
        match chars.next() {
            Some((_, '"')) => value.push('"'),
            Some((_, '\\')) => value.push('\\'),
            Some((_, 'n')) => value.push('\n'),
            Some((j, other)) => {
                let at = start + 1 + i;
                diagnostics.push(
                    Diagnostic::error(
                        "E0006",
                        format!("unknown escape `\\{other}` in a string"),
                        Span::new(file, at, start + 1 + j + other.len_utf8()),
                    )
                    .with_primary_label("not an escape the language knows")
                    .with_help(
                        "the escapes are `\\\"`, `\\\\` and `\\n`; write `\\\\` for a backslash",
                    ),
                );
                value.push(other);
            }
            None => value.push('\\'),
        }
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(source: &str) -> Vec<Tok<'_>> {
        lex(source, FileId(0))
            .lexemes
            .into_iter()
            .filter_map(|(_, l, _)| match l {
                Lexeme::Token(t) => Some(t),
                Lexeme::Newline => None,
            })
            .collect()
    }

    #[test]
    fn literals_are_converted_once() {
        let toks = tokens("20_000 USD 12.5 15% 2026-01-31 09:30 \"a \\\"b\\\"\"");
        assert_eq!(toks.first(), Some(&Tok::Number(Decimal::from(20_000))));
        assert_eq!(toks.get(1), Some(&Tok::Ident("USD")));
        assert_eq!(toks.get(2), Some(&Tok::Number(Decimal::new(125, 1))));
        assert_eq!(toks.get(3), Some(&Tok::Percent(Decimal::from(15))));
        assert_eq!(
            toks.get(4),
            Some(&Tok::Date(
                NaiveDate::from_ymd_opt(2026, 1, 31).unwrap_or_default()
            ))
        );
        assert_eq!(
            toks.get(5),
            Some(&Tok::Time(
                NaiveTime::from_hms_opt(9, 30, 0).unwrap_or_default()
            ))
        );
        assert_eq!(toks.get(6), Some(&Tok::Str("a \"b\"".into())));
    }

    #[test]
    fn bad_date_is_reported_with_its_span_and_lexing_goes_on() {
        let lexed = lex("term 2026-02-30 for 1 year", FileId(0));
        let codes: Vec<_> = lexed
            .diagnostics
            .iter()
            .map(|d| (d.code, d.primary.span.start, d.primary.span.end))
            .collect();
        assert_eq!(codes, vec![("E0004", 5, 15)]);
        assert!(lexed
            .diagnostics
            .iter()
            .any(|d| d.help.as_deref() == Some("the last day of that month is 2026-02-28")));
        assert_eq!(lexed.lexemes.len(), 5);
    }

    #[test]
    fn stray_characters_are_one_error_per_run() {
        let lexed = lex("party @@ Acme # x", FileId(0));
        let spans: Vec<_> = lexed
            .diagnostics
            .iter()
            .map(|d| (d.code, d.primary.span.start))
            .collect();
        assert_eq!(spans, vec![("E0001", 6), ("E0001", 14)]);
    }

    #[test]
    fn direction_characters_in_comments_and_strings_are_warned_about() {
        let source = "// a \u{202e} b \u{2066}\nparty A \"x\u{202d}\" { role r }\n";
        let lexed = lex(source, FileId(0));
        let found: Vec<(&str, usize, usize)> = lexed
            .diagnostics
            .iter()
            .map(|d| (d.code, d.primary.span.start as usize, d.secondary.len()))
            .collect();
        assert_eq!(found, vec![("E0015", 5, 1), ("E0015", 25, 0)]);
        assert!(lexed.diagnostics.iter().all(|d| d.is_warning()));
        assert!(lex("// plain é text", FileId(0)).diagnostics.is_empty());
    }

    #[test]
    fn invisible_stray_characters_are_shown_escaped() {
        let lexed = lex("party A \u{200b} { }", FileId(0));
        let messages: Vec<&str> = lexed
            .diagnostics
            .iter()
            .map(|d| d.message.as_str())
            .collect();
        assert_eq!(messages, vec!["unexpected character `\\u{200b}`"]);
    }

    #[test]
    fn doc_comments_are_kept() {
        let lexed = lex("//! file\n/// the party\nparty A", FileId(0));
        let docs: Vec<_> = lexed
            .docs
            .iter()
            .map(|d| (d.text.as_str(), d.inner))
            .collect();
        assert_eq!(docs, vec![("file", true), ("the party", false)]);
    }

    #[test]
    fn comments_are_kept_only_on_request() {
        let source = "// a\nparty /* b */ A /* c\n d */ /// e\n//! f\n";
        let kinds: Vec<_> = lex_with_trivia(source, FileId(0))
            .comments
            .iter()
            .map(|c| (c.kind, &source[c.start..c.end]))
            .collect();
        assert_eq!(
            kinds,
            vec![
                (CommentKind::Line, "// a"),
                (CommentKind::Block, "/* b */"),
                (CommentKind::Block, "/* c\n d */"),
                (CommentKind::Doc, "/// e"),
                (CommentKind::FileDoc, "//! f"),
            ]
        );
        // The same lexemes either way.
        assert_eq!(
            lex_with_trivia(source, FileId(0)).lexemes,
            lex(source, FileId(0)).lexemes
        );
    }

    #[test]
    fn unterminated_comment_and_string_are_errors() {
        assert_eq!(
            lex("/* never", FileId(0))
                .diagnostics
                .first()
                .map(|d| d.code),
            Some("E0011")
        );
        assert_eq!(
            lex("law \"x", FileId(0))
                .diagnostics
                .first()
                .map(|d| d.code),
            Some("E0006")
        );
    }
}
