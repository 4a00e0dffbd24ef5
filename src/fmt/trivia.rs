//! A file as the formatter sees it: the code tokens, and between each two
//! of them a *gap* holding what the compiler ignores or reads only as a
//! clause boundary: newlines, `;` and comments, in source order.

use crate::diagnostics::FileId;
use crate::syntax::lexer::{lex_with_trivia, CommentKind, Lexeme};
use crate::syntax::token::Tok;

/// A token the parser sees (never `;`), with its source text.
#[derive(Debug)]
pub struct Token<'src> {
    pub tok: Tok<'src>,
    pub text: &'src str,
}

/// A comment as written.
#[derive(Clone, Debug)]
pub struct CommentPiece<'src> {
    pub kind: CommentKind,
    pub text: &'src str,
    /// A block comment over several lines (it ends the line it is on).
    pub multiline: bool,
    /// Its column in the source (characters after the last newline), for a
    /// block comment over several lines; 0 for any other comment.
    pub column: usize,
}

#[derive(Clone, Debug)]
pub enum GapItem<'src> {
    Newline,
    Semicolon,
    Comment(CommentPiece<'src>),
}

/// `gaps[i]` is what lies before `tokens[i]`; the last gap is what follows
/// the last token (there is one more gap than tokens).
#[derive(Debug, Default)]
pub struct Pieces<'src> {
    pub tokens: Vec<Token<'src>>,
    pub gaps: Vec<Vec<GapItem<'src>>>,
}

pub fn split(source: &str) -> Pieces<'_> {
    let lexed = lex_with_trivia(source, FileId(0));
    let mut pieces = Pieces {
        tokens: Vec::new(),
        gaps: vec![Vec::new()],
    };
    let mut comments = lexed.comments.iter().peekable();
    for (start, lexeme, end) in lexed.lexemes {
        while let Some(comment) = comments.next_if(|c| c.start < start) {
            push_comment(
                &mut pieces,
                source,
                comment.kind,
                comment.start,
                comment.end,
            );
        }
        let text = source.get(start..end).unwrap_or("");
        match lexeme {
            // A multi-line block comment is also a newline lexeme with the
            // comment's span; the comment itself stands for it.
            Lexeme::Newline if text != "\n" => {}
            Lexeme::Newline => push_gap(&mut pieces, GapItem::Newline),
            Lexeme::Token(Tok::Term) => push_gap(&mut pieces, GapItem::Semicolon),
            Lexeme::Token(tok) => {
                pieces.tokens.push(Token { tok, text });
                pieces.gaps.push(Vec::new());
            }
        }
    }
    for comment in comments {
        push_comment(
            &mut pieces,
            source,
            comment.kind,
            comment.start,
            comment.end,
        );
    }
    pieces
}

fn push_gap<'src>(pieces: &mut Pieces<'src>, item: GapItem<'src>) {
    if let Some(gap) = pieces.gaps.last_mut() {
        gap.push(item);
    }
}

fn push_comment<'src>(
    pieces: &mut Pieces<'src>,
    source: &'src str,
    kind: CommentKind,
    start: usize,
    end: usize,
) {
    let text = source.get(start..end).unwrap_or("");
    let multiline = kind == CommentKind::Block && text.contains('\n');
    // Only a block comment over several lines is re-indented by its column;
    // finding the line start for every comment would make a long line of
    // comments quadratic.
    let column = if multiline {
        let line_start = source
            .get(..start)
            .and_then(|before| before.rfind('\n'))
            .map_or(0, |i| i + 1);
        source
            .get(line_start..start)
            .map_or(0, |s| s.chars().count())
    } else {
        0
    };
    let comment = CommentPiece {
        kind,
        text,
        multiline,
        column,
    };
    push_gap(pieces, GapItem::Comment(comment));
}
