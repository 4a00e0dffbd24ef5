//! The layout rule: which newlines end a clause (design §2).
//!
//! The rule is purely lexical so that editors can apply it too. A newline
//! ends the clause unless the line's last token continues it (`,`, `{`, an
//! operator, a word like `and` or `within`), a `(` or `[` is still open, or
//! the next line starts with `{`, `->`, `then`, `and` or `or`. Repeated
//! terminators collapse, and none is kept after `{` or before `}`, so the
//! grammar can treat a block as clauses separated by terminators.
//!
//! This pass also balances delimiters, which gives the parser a much better
//! chance to recover: an unmatched `}` is reported and dropped, and a block
//! still open when a line starts with a top-level keyword (`partnership`,
//! `party`, ...) in the first column is reported as unclosed and closed
//! there, so one forgotten `}` costs one error, not a cascade.
//!
//! Inside a declaration a forgotten `}` is found by indentation, but only
//! when the declaration really is short of closers: indentation is evidence
//! of where a block ends, never a rule, so a correct file with odd
//! indentation is never touched. When a line that is no deeper than the line
//! opening the innermost block starts a new clause (or is a `}` belonging to
//! an outer block), the pass looks ahead to the end of the declaration,
//! counts the braces it still lacks, and closes at most that many blocks
//! there. The look-ahead happens only at such a line, so correct files are
//! streamed as before.

use super::indent::{self, Indent};
use super::lexer::Lexeme;
use super::token::{Keyword, Punct, Tok};
use crate::diagnostics::{Diagnostic, FileId, Span};
use std::collections::VecDeque;

/// Deeper nesting than this is refused: no contract needs it, and it keeps
/// every later recursive pass far from the stack limit.
pub const MAX_NESTING: usize = 64;

/// Operators allowed in one clause. Expressions nest as deep as they have
/// operators (`a and b and c ...` is a left-leaning tree), so bounding
/// their number bounds the depth of every tree later passes walk.
pub const MAX_OPERATORS_PER_CLAUSE: usize = 256;

/// How far the pass reads ahead to count the braces a declaration lacks.
/// A declaration longer than this gets no indentation recovery (its
/// blocks are still closed at the next declaration); the bound keeps the
/// memory of a pathological file small.
const MAX_LOOKAHEAD: usize = 1 << 18;

pub type Spanned<'src> = (usize, Tok<'src>, usize);

type Lexed<'src> = (usize, Lexeme<'src>, usize);

struct Open {
    punct: Punct,
    start: usize,
    end: usize,
    /// The indentation of the line the opener is on.
    indent: Option<Indent>,
    /// Whether the block's contents are indented deeper than that line (or
    /// start on the opener's line); `None` until its first content token.
    /// Only such blocks are closed by indentation.
    indented: Option<bool>,
    /// The keyword that starts the clause the block belongs to
    /// (`escalation`, `evolves`, `pay`), to name it in messages.
    head: Option<Keyword>,
}

/// Why an open block was closed by the pass.
enum Closed {
    /// A line no deeper than the block's opening line starts a new clause.
    Dedent(Span),
    /// A `}` less indented than the block closes an outer block.
    OuterCloser(Span),
    /// A first-column declaration keyword.
    Declaration(Span),
    /// A closer of an outer delimiter: `)` with a `[` still open inside.
    Closer(Span),
    EndOfFile,
}

/// What the last token handed to the parser was, as far as the layout rule
/// cares.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    Nothing,
    Punct(Punct),
    Keyword(super::token::Keyword),
    Other,
}

/// The layout pass as an iterator between the lexer and the parser.
///
/// A terminator is never emitted at once: it waits in `pending` until the
/// next token shows whether it is needed (none before `}` or at the end).
pub struct Layout<'src, I> {
    source: &'src str,
    file: FileId,
    input: I,
    /// Lexemes read ahead of the one being laid out (see the module text).
    lookahead: VecDeque<Lexed<'src>>,
    /// How many more blocks of the current declaration may be closed by
    /// indentation; `None` until a line asks (the look-ahead is not done).
    budget: Option<usize>,
    /// The end of the last real token: where a missing `}` belongs.
    last_end: usize,
    clause_head: Option<Keyword>,
    /// The last token was `override` at the start of a clause.
    after_override: bool,
    /// Tokens ready for the parser (closers inserted during recovery).
    ready: VecDeque<Spanned<'src>>,
    pending: Option<usize>,
    last: Last,
    open: Vec<Open>,
    newline: Option<usize>,
    operators: usize,
    finished: bool,
    pub diagnostics: Vec<Diagnostic>,
    /// Nesting went past a limit; the tokens stopped there and the file
    /// must not be analysed further.
    pub too_deep: bool,
    /// Where the lines of block openers start (see [`indent::LineStarts`]).
    line_starts: indent::LineStarts,
}

impl<'src, I: Iterator<Item = Lexed<'src>>> Layout<'src, I> {
    pub fn new(source: &'src str, file: FileId, input: I) -> Self {
        Layout {
            source,
            file,
            input,
            lookahead: VecDeque::new(),
            budget: None,
            last_end: 0,
            clause_head: None,
            after_override: false,
            ready: VecDeque::new(),
            pending: None,
            last: Last::Nothing,
            open: Vec::new(),
            newline: None,
            operators: 0,
            finished: false,
            diagnostics: Vec::new(),
            too_deep: false,
            line_starts: indent::LineStarts::default(),
        }
    }

    /// Where the lexemes come from, for a caller that also reads what that
    /// source gathers on the way (the formatter's check reads comments).
    pub fn input_mut(&mut self) -> &mut I {
        &mut self.input
    }

    /// The source of the lexemes, once the layout is over (the lexemes it
    /// did not read are still there).
    pub fn into_input(self) -> I {
        self.input
    }

    /// Hands a token to the parser, first flushing a waiting terminator
    /// unless the token makes it unnecessary.
    fn emit(&mut self, start: usize, tok: Tok<'src>, end: usize) {
        let closes_block = matches!(tok, Tok::Punct(Punct::RBrace));
        if let Some(at) = self.pending.take() {
            if !closes_block {
                self.ready.push_back((at, Tok::Term, at));
            }
        }
        self.last = match &tok {
            Tok::Punct(p) => Last::Punct(*p),
            Tok::Keyword(kw) => Last::Keyword(*kw),
            _ => Last::Other,
        };
        self.ready.push_back((start, tok, end));
    }

    fn terminate(&mut self, at: usize) {
        if !matches!(self.last, Last::Nothing | Last::Punct(Punct::LBrace))
            && self.pending.is_none()
        {
            self.pending = Some(at);
        }
        self.operators = 0;
    }

    fn close_all(&mut self, at: usize, why: &Closed) {
        while let Some(inner) = self.open.pop() {
            self.report_unclosed(&inner, why);
            self.emit(at, Tok::Punct(closer_of(inner.punct)), at);
        }
    }

    fn report_unclosed(&mut self, inner: &Open, why: &Closed) {
        let diagnostic = unclosed(self.source, self.file, inner, self.last_end, why);
        self.diagnostics.push(diagnostic);
    }

    /// Remembers the keyword a clause starts with (after `override`), which
    /// names the blocks the clause opens.
    fn note_clause_head(&mut self, tok: &Tok<'src>) {
        if matches!(tok, Tok::Term) {
            return;
        }
        let starts_clause = self.after_override
            || self.pending.is_some()
            || matches!(self.last, Last::Nothing | Last::Punct(Punct::LBrace));
        if !starts_clause {
            return;
        }
        self.after_override = matches!(tok, Tok::Keyword(Keyword::Override));
        self.clause_head = match tok {
            Tok::Keyword(kw) if !self.after_override => Some(*kw),
            _ => None,
        };
    }

    /// The first token of a line decides whether the innermost block's
    /// contents are indented (see [`Open::indented`]).
    fn note_contents(&mut self, first_on_line: bool, start: usize, tok: &Tok<'src>) {
        let source = self.source;
        let Some(top) = self.open.last_mut() else {
            return;
        };
        if top.indented.is_some() || matches!(tok, Tok::Punct(p) if p.is_closer()) {
            return;
        }
        top.indented = Some(
            !first_on_line || {
                match (indent::of_token(source, start), top.indent) {
                    (Some(line), Some(opened)) => line.deeper_than(opened),
                    _ => false,
                }
            },
        );
    }

    /// Closes the blocks a line shows to be over: the line is no deeper
    /// than the line that opened the innermost block and starts a new
    /// clause, or it is a `}` less indented than that block while an outer
    /// block is open. Each block closed so uses up one brace the
    /// declaration lacks; with none lacking, nothing is closed.
    fn close_by_indent(&mut self, start: usize, tok: &Tok<'src>, end: usize) {
        let indented_block = self
            .open
            .last()
            .is_some_and(|top| top.punct == Punct::LBrace && top.indented == Some(true));
        if !indented_block {
            return;
        }
        let Some(line) = indent::of_token(self.source, start) else {
            return;
        };
        let closer = matches!(tok, Tok::Punct(Punct::RBrace));
        if !closer && !newline_ends_clause(self.last, tok, &self.open) {
            return;
        }
        let span = Span::new(self.file, start, end);
        loop {
            let Some(top) = self.open.last() else {
                return;
            };
            let Some(opened) = top.indent.filter(|_| top.indented == Some(true)) else {
                return;
            };
            let over = if closer {
                opened.deeper_than(line) && self.open.len() >= 2
            } else {
                line.not_deeper_than(opened)
            };
            if top.punct != Punct::LBrace || !over || self.lacking(tok) == 0 {
                return;
            }
            self.budget = self.budget.map(|b| b.saturating_sub(1));
            let Some(inner) = self.open.pop() else {
                return;
            };
            let why = if closer {
                Closed::OuterCloser(span)
            } else {
                Closed::Dedent(span)
            };
            self.report_unclosed(&inner, &why);
            let at = self.last_end;
            self.emit(at, Tok::Punct(Punct::RBrace), at);
        }
    }

    /// How many `}` the current declaration lacks, from here to its end
    /// (the next first-column declaration keyword, or the end of the
    /// input), counting `current` and reading ahead once per declaration.
    fn lacking(&mut self, current: &Tok<'src>) -> usize {
        if let Some(budget) = self.budget {
            return budget;
        }
        let mut depth = self
            .open
            .iter()
            .filter(|o| o.punct == Punct::LBrace)
            .count();
        count_brace(&mut depth, current);
        let mut complete = false;
        for (start, lexeme, _) in &self.lookahead {
            if let Lexeme::Token(tok) = lexeme {
                if starts_declaration(self.source, *start, tok) {
                    complete = true;
                    break;
                }
                count_brace(&mut depth, tok);
            }
        }
        while !complete && self.lookahead.len() < MAX_LOOKAHEAD {
            let Some(next) = self.input.next() else {
                complete = true;
                break;
            };
            if let (start, Lexeme::Token(tok), _) = &next {
                if starts_declaration(self.source, *start, tok) {
                    complete = true;
                } else {
                    count_brace(&mut depth, tok);
                }
            }
            self.lookahead.push_back(next);
        }
        let budget = if complete { depth } else { 0 };
        self.budget = Some(budget);
        budget
    }

    fn refuse(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
        self.too_deep = true;
        self.finished = true;
        self.ready.clear();
    }

    /// Reads input until at least one token is ready or the input ends.
    fn fill(&mut self) {
        while self.ready.is_empty() && !self.finished {
            let next = self.lookahead.pop_front().or_else(|| self.input.next());
            let Some((start, lexeme, end)) = next else {
                self.finished = true;
                let eof = self.source.len();
                self.close_all(eof, &Closed::EndOfFile);
                return;
            };
            let tok = match lexeme {
                Lexeme::Newline => {
                    self.newline.get_or_insert(start);
                    continue;
                }
                Lexeme::Token(tok) => tok,
            };
            self.step(start, tok, end);
        }
    }

    fn step(&mut self, start: usize, tok: Tok<'src>, end: usize) {
        let file = self.file;
        let first_on_line = self.newline.is_some();
        if starts_declaration(self.source, start, &tok) {
            self.budget = None;
            if !self.open.is_empty() {
                self.close_all(start, &Closed::Declaration(Span::new(file, start, end)));
                self.newline = Some(start);
            }
        }
        self.note_contents(first_on_line, start, &tok);
        if first_on_line {
            self.close_by_indent(start, &tok, end);
        }
        if let Some(at) = self.newline.take() {
            if newline_ends_clause(self.last, &tok, &self.open) {
                self.terminate(at);
            }
        }
        self.note_clause_head(&tok);
        if !matches!(tok, Tok::Term) {
            self.last_end = end;
        }
        if is_operator(&tok) {
            self.operators += 1;
            if self.operators > MAX_OPERATORS_PER_CLAUSE {
                self.refuse(
                    Diagnostic::error(
                        "E0010",
                        "this clause has too many operators",
                        Span::new(file, start, end),
                    )
                    .with_primary_label(format!(
                        "more than {MAX_OPERATORS_PER_CLAUSE} operators in one clause"
                    ))
                    .with_note("the rest of this file is not analysed"),
                );
                return;
            }
        } else if matches!(tok, Tok::Punct(Punct::LBrace | Punct::RBrace)) {
            self.operators = 0;
        }
        match tok {
            Tok::Term => self.terminate(start),
            Tok::Punct(p @ (Punct::LBrace | Punct::LParen | Punct::LBracket)) => {
                self.open.push(Open {
                    punct: p,
                    start,
                    end,
                    indent: indent::of_line(self.source, &mut self.line_starts, start),
                    indented: None,
                    head: self.clause_head,
                });
                if self.open.len() > MAX_NESTING {
                    self.refuse(
                        Diagnostic::error(
                            "E0010",
                            "blocks and parentheses nest too deeply",
                            Span::new(file, start, end),
                        )
                        .with_primary_label(format!("more than {MAX_NESTING} levels deep here"))
                        .with_note("the rest of this file is not analysed"),
                    );
                    return;
                }
                self.emit(start, tok, end);
            }
            Tok::Punct(p @ (Punct::RBrace | Punct::RParen | Punct::RBracket)) => {
                let opener = opener_of(p);
                if !self.open.iter().any(|o| o.punct == opener) {
                    self.diagnostics.push(
                        Diagnostic::error(
                            "E0009",
                            format!("this `{}` closes nothing", p.text()),
                            Span::new(file, start, end),
                        )
                        .with_primary_label("no open `".to_string() + opener.text() + "` to close")
                        .with_help("remove it"),
                    );
                    return;
                }
                // Close whatever was left open inside, reporting each.
                while let Some(inner) = self.open.pop() {
                    if inner.punct == opener {
                        break;
                    }
                    self.report_unclosed(&inner, &Closed::Closer(Span::new(file, start, end)));
                    self.emit(start, Tok::Punct(closer_of(inner.punct)), start);
                }
                self.emit(start, tok, end);
            }
            _ => self.emit(start, tok, end),
        }
    }
}

impl<'src, I: Iterator<Item = Lexed<'src>>> Iterator for Layout<'src, I> {
    type Item = Spanned<'src>;

    fn next(&mut self) -> Option<Spanned<'src>> {
        self.fill();
        self.ready.pop_front()
    }
}

/// The whole file at once (for tests and tools).
pub struct Laid<'src> {
    pub tokens: Vec<Spanned<'src>>,
    pub diagnostics: Vec<Diagnostic>,
    pub too_deep: bool,
}

pub fn layout<'src>(
    source: &'src str,
    file: FileId,
    lexemes: Vec<(usize, Lexeme<'src>, usize)>,
) -> Laid<'src> {
    let mut laid = Layout::new(source, file, lexemes.into_iter());
    let tokens = laid.by_ref().collect();
    let too_deep = laid.too_deep;
    Laid {
        tokens: if too_deep { Vec::new() } else { tokens },
        diagnostics: laid.diagnostics,
        too_deep,
    }
}

fn unclosed(
    source: &str,
    file: FileId,
    inner: &Open,
    insert_at: usize,
    why: &Closed,
) -> Diagnostic {
    let closer = closer_of(inner.punct).text();
    let what = match (inner.punct, inner.head) {
        (Punct::LBrace, Some(head)) => format!("`{}` block", head.text()),
        (Punct::LBrace, None) => "block".to_string(),
        _ => "parenthesis".to_string(),
    };
    let mut diagnostic = Diagnostic::error(
        "E0003",
        format!("this {what} is never closed"),
        Span::new(file, inner.start, inner.end),
    )
    .with_primary_label(format!("`{}` opened here", inner.punct.text()))
    .with_label(
        Span::new(file, insert_at, insert_at),
        format!("add `{closer}` here"),
    );
    diagnostic = match why {
        Closed::Dedent(at) => diagnostic.with_label(
            *at,
            "this line is not indented deeper than the line that opens the block, so the block ends before it",
        ),
        Closed::OuterCloser(at) => diagnostic.with_label(
            *at,
            "this `}` is indented like an outer block, so it closes that one",
        ),
        Closed::Declaration(at) => diagnostic.with_label(
            *at,
            "a declaration starts here in the first column, so every open block ends before it",
        ),
        Closed::Closer(at) => diagnostic.with_label(*at, format!("expected `{closer}` before this")),
        Closed::EndOfFile => diagnostic.with_note("the file ends before the block is closed"),
    };
    let multi_line = source
        .get(inner.end..insert_at)
        .is_some_and(|between| between.contains('\n'));
    // The indentation of the line that opens the block.
    let line_start = source
        .get(..inner.start)
        .and_then(|before| before.rfind('\n'))
        .map_or(0, |i| i + 1);
    let indent: String = source
        .get(line_start..)
        .unwrap_or("")
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    let (help, insert) = if inner.punct != Punct::LBrace {
        (
            format!("add `{closer}` where the list ends"),
            closer.to_string(),
        )
    } else if multi_line {
        (
            format!("add `{closer}` on a line of its own after the block's last line, indented like the line that opens it"),
            format!("\n{indent}{closer}"),
        )
    } else {
        (
            format!("add `{closer}` at the end of the block's line"),
            format!(" {closer}"),
        )
    };
    diagnostic
        .with_help(help)
        .with_suggestion(Span::new(file, insert_at, insert_at), insert)
}

fn opener_of(p: Punct) -> Punct {
    match p {
        Punct::RParen => Punct::LParen,
        Punct::RBracket => Punct::LBracket,
        _ => Punct::LBrace,
    }
}

fn closer_of(p: Punct) -> Punct {
    match p {
        Punct::LParen => Punct::RParen,
        Punct::LBracket => Punct::RBracket,
        _ => Punct::RBrace,
    }
}

fn is_operator(tok: &Tok<'_>) -> bool {
    use super::token::Keyword;
    match tok {
        Tok::Keyword(kw) => matches!(kw, Keyword::And | Keyword::Or | Keyword::Not | Keyword::Of),
        Tok::Punct(p) => !matches!(
            p,
            Punct::LBrace
                | Punct::RBrace
                | Punct::RParen
                | Punct::RBracket
                | Punct::Comma
                | Punct::Colon
                | Punct::Dot
        ),
        _ => false,
    }
}

fn at_line_start(source: &str, start: usize) -> bool {
    start == 0 || source.as_bytes().get(start.wrapping_sub(1)) == Some(&b'\n')
}

fn starts_top_level(tok: &Tok<'_>) -> bool {
    matches!(tok, Tok::Keyword(kw) if kw.starts_top_level_only())
}

/// A top-level keyword in the first column: a new declaration starts, and
/// every block still open ends before it.
fn starts_declaration(source: &str, start: usize, tok: &Tok<'_>) -> bool {
    at_line_start(source, start) && starts_top_level(tok)
}

fn count_brace(depth: &mut usize, tok: &Tok<'_>) {
    match tok {
        Tok::Punct(Punct::LBrace) => *depth += 1,
        Tok::Punct(Punct::RBrace) => *depth = depth.saturating_sub(1),
        _ => {}
    }
}

fn newline_ends_clause(last: Last, next: &Tok<'_>, open: &[Open]) -> bool {
    if open.iter().any(|o| o.punct != Punct::LBrace) {
        return false;
    }
    let continues = match last {
        Last::Nothing => true,
        Last::Punct(p) => p.continues_line(),
        Last::Keyword(kw) => kw.continues_line(),
        Last::Other => false,
    };
    let next_continues = match next {
        Tok::Punct(Punct::LBrace | Punct::Arrow | Punct::RBrace) | Tok::Term => true,
        Tok::Keyword(kw) => kw.continues_previous_line(),
        _ => false,
    };
    !(continues || next_continues)
}

#[cfg(test)]
mod tests {
    use super::super::lexer::lex;
    use super::*;

    fn shape(source: &str) -> String {
        let lexed = lex(source, FileId(0));
        let laid = layout(source, FileId(0), lexed.lexemes);
        laid.tokens
            .iter()
            .map(|(_, t, _)| match t {
                Tok::Term => ";".to_string(),
                Tok::Ident(s) => s.to_string(),
                Tok::Keyword(k) => k.text().to_string(),
                Tok::Punct(p) => p.text().to_string(),
                other => format!("{other}"),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn newlines_end_clauses_except_after_continuations() {
        assert_eq!(
            shape("party A {\n  role ops\n  role rm\n}\n"),
            "party A { role ops ; role rm }"
        );
        assert_eq!(shape("x must\n  deliver y\n\n\nz"), "x must deliver y ; z");
        assert_eq!(
            shape("a when b >\n c\n  -> approve\n  then d"),
            "a when b > c -> approve then d"
        );
        assert_eq!(
            shape("party A\n{\n role ops; role rm }"),
            "party A { role ops ; role rm }"
        );
        assert_eq!(shape("f(a,\n b\n c)"), "f ( a , b c )");
    }

    #[test]
    fn a_forgotten_brace_is_closed_at_the_next_declaration() {
        let source = "party A {\n  role ops\n\npartnership P {\n}\n";
        let lexed = lex(source, FileId(0));
        let laid = layout(source, FileId(0), lexed.lexemes);
        assert_eq!(laid.diagnostics.len(), 1);
        assert_eq!(shape(source), "party A { role ops } ; partnership P { }");
    }

    fn unclosed_count(source: &str) -> usize {
        let lexed = lex(source, FileId(0));
        let laid = layout(source, FileId(0), lexed.lexemes);
        laid.diagnostics
            .iter()
            .filter(|d| d.code == "E0003")
            .count()
    }

    #[test]
    fn a_forgotten_brace_closes_where_the_indentation_drops() {
        let source = "partnership P {\n  escalation {\n    minor handled by a within 1 day\n\n  changes {\n    authority a\n  }\n}\n";
        assert_eq!(
            shape(source),
            "partnership P { escalation { minor handled by a within number `1` day } ; changes { authority a } }"
        );
        assert_eq!(unclosed_count(source), 1);
        // The same with tabs, and with CRLF line ends.
        let tabs = source.replace("  ", "\t");
        assert_eq!(shape(&tabs), shape(source));
        assert_eq!(shape(&source.replace('\n', "\r\n")), shape(source));
    }

    #[test]
    fn a_closer_indented_like_an_outer_block_closes_the_inner_ones() {
        let source = "partnership P {\n  governance {\n    evolves after d {\n      tier t a decides x\n  }\n  law \"x\"\n}\n";
        assert_eq!(
            shape(source),
            "partnership P { governance { evolves after d { tier t a decides x } } ; law a string }"
        );
        assert_eq!(unclosed_count(source), 1);
    }

    #[test]
    fn a_one_line_block_without_its_closer_ends_at_the_next_line() {
        let source = "partnership P {\n  escalation { minor handled by a within d; major handled by b within d\n  law \"x\"\n}\n";
        assert_eq!(
            shape(source),
            "partnership P { escalation { minor handled by a within d ; major handled by b within d } ; law a string }"
        );
    }

    #[test]
    fn odd_indentation_is_never_taken_for_a_missing_brace() {
        for source in [
            // Closers too deep, too shallow, contents not indented.
            "partnership P {\n  escalation {\n    minor handled by a within d\n    }\n  law \"x\"\n  }\n",
            "partnership P {\n  escalation {\n    minor handled by a within d\n}\n  law \"x\"\n}\n",
            "partnership P {\nescalation {\nminor handled by a within d\n}\nlaw \"x\"\n}\n",
            // A content line as shallow as the block's opening line.
            "partnership P {\n  escalation {\n    minor handled by a within d\n  major handled by a within d\n  }\n}\n",
            // One-line blocks.
            "party A { role ops; role rm }\nparty B {\n  role x }\n",
        ] {
            assert_eq!(unclosed_count(source), 0, "{source}");
        }
    }

    #[test]
    fn ambiguous_tabs_are_no_evidence() {
        // The contents are deeper by one measure of a tab and shallower by
        // the other, so the forgotten brace is found only at the end.
        let source = "partnership P {\n        escalation {\n\t\tminor handled by a within d\n        law \"x\"\n}\n";
        assert_eq!(unclosed_count(source), 1);
        assert!(
            shape(source).ends_with("law a string } }"),
            "{}",
            shape(source)
        );
    }

    #[test]
    fn no_more_blocks_are_closed_than_braces_are_missing() {
        // Two lines look like the end of a block, one brace is missing:
        // the first such line takes it.
        let source = "partnership P {\n  pay X {\n    retainer r\n  law \"x\"\n  exit {\n    notice n\n  venue \"y\"\n  }\n}\n";
        assert_eq!(unclosed_count(source), 1);
        assert_eq!(
            shape(source),
            "partnership P { pay X { retainer r } ; law a string ; exit { notice n ; venue a string } }"
        );
    }

    #[test]
    fn deep_nesting_is_refused_without_recursion() {
        let source = "(".repeat(100_000);
        let lexed = lex(&source, FileId(0));
        let laid = layout(&source, FileId(0), lexed.lexemes);
        assert!(laid.too_deep);
        assert_eq!(laid.diagnostics.len(), 1);
    }

    #[test]
    fn stray_closer_is_dropped() {
        assert_eq!(shape("party A { role ops } }"), "party A { role ops }");
    }
}
