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

pub struct Layout<'src> {
    pub tokens: Vec<Spanned<'src>>,
    pub diagnostics: Vec<Diagnostic>,
    /// Nesting went past [`MAX_NESTING`]; the file must not be parsed.
    pub too_deep: bool,
}

struct Open {
    punct: Punct,
    start: usize,
    end: usize,
}

pub fn layout<'src>(
    source: &str,
    file: FileId,
    lexemes: Vec<(usize, Lexeme<'src>, usize)>,
) -> Layout<'src> {
    let mut tokens: Vec<Spanned<'src>> = Vec::with_capacity(lexemes.len());
    let mut diagnostics = Vec::new();
    let mut open: Vec<Open> = Vec::new();
    let mut newline: Option<usize> = None;
    let mut operators = 0usize;
    for (start, lexeme, end) in lexemes {
        let tok = match lexeme {
            Lexeme::Newline => {
                newline.get_or_insert(start);
                continue;
            }
            Lexeme::Token(tok) => tok,
        };
        if at_line_start(source, start) && starts_top_level(&tok) && !open.is_empty() {
            close_all(
                &mut open,
                &mut tokens,
                &mut diagnostics,
                file,
                start,
                "before this declaration",
            );
            newline = Some(start);
        }
        if let Some(at) = newline.take() {
            if newline_ends_clause(&tokens, &tok, &open) {
                tokens.push((at, Tok::Term, at));
                operators = 0;
            }
        }
        if is_operator(&tok) {
            operators += 1;
            if operators > MAX_OPERATORS_PER_CLAUSE {
                diagnostics.push(
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
                return Layout {
                    tokens: Vec::new(),
                    diagnostics,
                    too_deep: true,
                };
            }
        } else if matches!(tok, Tok::Term | Tok::Punct(Punct::LBrace | Punct::RBrace)) {
            operators = 0;
        }
        match tok {
            Tok::Term => push_terminator(&mut tokens, start, end),
            Tok::Punct(p @ (Punct::LBrace | Punct::LParen | Punct::LBracket)) => {
                open.push(Open {
                    punct: p,
                    start,
                    end,
                });
                if open.len() > MAX_NESTING {
                    diagnostics.push(
                        Diagnostic::error(
                            "E0010",
                            "blocks and parentheses nest too deeply",
                            Span::new(file, start, end),
                        )
                        .with_primary_label(format!("more than {MAX_NESTING} levels deep here"))
                        .with_note("the rest of this file is not analysed"),
                    );
                    return Layout {
                        tokens: Vec::new(),
                        diagnostics,
                        too_deep: true,
                    };
                }
                tokens.push((start, tok, end));
            }
            Tok::Punct(p @ (Punct::RBrace | Punct::RParen | Punct::RBracket)) => {
                let opener = opener_of(p);
                if !open.iter().any(|o| o.punct == opener) {
                    diagnostics.push(
                        Diagnostic::error(
                            "E0009",
                            format!("this `{}` closes nothing", p.text()),
                            Span::new(file, start, end),
                        )
                        .with_primary_label("no open `".to_string() + opener.text() + "` to close")
                        .with_help("remove it"),
                    );
                    continue;
                }
                // Close whatever was left open inside, reporting each.
                while let Some(inner) = open.pop() {
                    if inner.punct == opener {
                        break;
                    }
                    diagnostics.push(unclosed(file, &inner, "before this", start, end));
                    drop_trailing_terminator(&mut tokens);
                    tokens.push((start, Tok::Punct(closer_of(inner.punct)), start));
                }
                if p == Punct::RBrace {
                    drop_trailing_terminator(&mut tokens);
                }
                tokens.push((start, tok, end));
            }
            _ => tokens.push((start, tok, end)),
        }
    }
    let eof = source.len();
    close_all(
        &mut open,
        &mut tokens,
        &mut diagnostics,
        file,
        eof,
        "at the end of the file",
    );
    drop_trailing_terminator(&mut tokens);
    Layout {
        tokens,
        diagnostics,
        too_deep: false,
    }
}

fn push_terminator(tokens: &mut Vec<Spanned<'_>>, start: usize, end: usize) {
    match tokens.last() {
        None | Some((_, Tok::Term, _)) | Some((_, Tok::Punct(Punct::LBrace), _)) => {}
        Some(_) => tokens.push((start, Tok::Term, end)),
    }
}

fn drop_trailing_terminator(tokens: &mut Vec<Spanned<'_>>) {
    if matches!(tokens.last(), Some((_, Tok::Term, _))) {
        tokens.pop();
    }
}

fn close_all(
    open: &mut Vec<Open>,
    tokens: &mut Vec<Spanned<'_>>,
    diagnostics: &mut Vec<Diagnostic>,
    file: FileId,
    at: usize,
    place: &str,
) {
    while let Some(inner) = open.pop() {
        diagnostics.push(unclosed(file, &inner, place, at, at));
        drop_trailing_terminator(tokens);
        tokens.push((at, Tok::Punct(closer_of(inner.punct)), at));
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

fn newline_ends_clause(tokens: &[Spanned<'_>], next: &Tok<'_>, open: &[Open]) -> bool {
    if open.iter().any(|o| o.punct != Punct::LBrace) {
        return false;
    }
    let continues = match tokens.last() {
        None | Some((_, Tok::Term, _)) => true,
        Some((_, Tok::Punct(p), _)) => p.continues_line(),
        Some((_, Tok::Keyword(kw), _)) => kw.continues_line(),
        Some(_) => false,
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
