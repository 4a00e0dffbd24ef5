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

use super::lexer::Lexeme;
use super::token::{Punct, Tok};
use crate::diagnostics::{Diagnostic, FileId, Span};

/// Deeper nesting than this is refused: no contract needs it, and it keeps
/// every later recursive pass far from the stack limit.
pub const MAX_NESTING: usize = 64;

/// Operators allowed in one clause. Expressions nest as deep as they have
/// operators (`a and b and c ...` is a left-leaning tree), so bounding
/// their number bounds the depth of every tree later passes walk.
pub const MAX_OPERATORS_PER_CLAUSE: usize = 256;

pub type Spanned<'src> = (usize, Tok<'src>, usize);

struct Open {
    punct: Punct,
    start: usize,
    end: usize,
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
    /// Tokens ready for the parser (closers inserted during recovery).
    ready: std::collections::VecDeque<Spanned<'src>>,
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
}

impl<'src, I: Iterator<Item = (usize, Lexeme<'src>, usize)>> Layout<'src, I> {
    pub fn new(source: &'src str, file: FileId, input: I) -> Self {
        Layout {
            source,
            file,
            input,
            ready: std::collections::VecDeque::new(),
            pending: None,
            last: Last::Nothing,
            open: Vec::new(),
            newline: None,
            operators: 0,
            finished: false,
            diagnostics: Vec::new(),
            too_deep: false,
        }
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

    fn close_all(&mut self, at: usize, place: &str) {
        while let Some(inner) = self.open.pop() {
            self.diagnostics
                .push(unclosed(self.file, &inner, place, at, at));
            self.emit(at, Tok::Punct(closer_of(inner.punct)), at);
        }
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
            let Some((start, lexeme, end)) = self.input.next() else {
                self.finished = true;
                let eof = self.source.len();
                self.close_all(eof, "at the end of the file");
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
        if at_line_start(self.source, start) && starts_top_level(&tok) && !self.open.is_empty() {
            self.close_all(start, "before this declaration");
            self.newline = Some(start);
        }
        if let Some(at) = self.newline.take() {
            if newline_ends_clause(self.last, &tok, &self.open) {
                self.terminate(at);
            }
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
                    self.diagnostics
                        .push(unclosed(file, &inner, "before this", start, end));
                    self.emit(start, Tok::Punct(closer_of(inner.punct)), start);
                }
                self.emit(start, tok, end);
            }
            _ => self.emit(start, tok, end),
        }
    }
}

impl<'src, I: Iterator<Item = (usize, Lexeme<'src>, usize)>> Iterator for Layout<'src, I> {
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

fn unclosed(file: FileId, inner: &Open, place: &str, at: usize, at_end: usize) -> Diagnostic {
    let closer = closer_of(inner.punct).text();
    let what = if inner.punct == Punct::LBrace {
        "block"
    } else {
        "parenthesis"
    };
    Diagnostic::error(
        "E0003",
        format!("this {what} is never closed"),
        Span::new(file, inner.start, inner.end),
    )
    .with_primary_label(format!("`{}` opened here", inner.punct.text()))
    .with_label(
        Span::new(file, at, at_end),
        format!("expected `{closer}` {place}"),
    )
    .with_help(format!("add `{closer}` where the {what} ends"))
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
