//! A file as the formatter sees it: the code tokens, and between each two
//! of them a *gap* holding what the compiler ignores or reads only as a
//! clause boundary: newlines, `;` and comments, in source order.

use crate::diagnostics::FileId;
use crate::syntax::lexer::{Comment, CommentKind, Lexeme, Lexer};
use crate::syntax::token::Tok;
use std::collections::VecDeque;

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

/// The file as a stream of gaps, each with the token after it (`None`
/// after the last gap, which holds what follows the last token): a file
/// is never held as a token list, so it formats in memory near its size
/// (issue 18).
pub struct Split<'src> {
    source: &'src str,
    lexer: Lexer<'src>,
    /// Comments lexed but not yet placed, in source order.
    comments: VecDeque<Comment>,
    gap: Vec<GapItem<'src>>,
    done: bool,
}

pub fn split(source: &str) -> Split<'_> {
    Split {
        source,
        lexer: Lexer::with_comments(source, FileId(0)),
        comments: VecDeque::new(),
        gap: Vec::new(),
        done: false,
    }
}

impl<'src> Iterator for Split<'src> {
    type Item = (Vec<GapItem<'src>>, Option<Token<'src>>);

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let source = self.source;
        while let Some((start, lexeme, end)) = self.lexer.next() {
            self.comments.extend(self.lexer.take_comments());
            while let Some(comment) = self.comments.pop_front() {
                if comment.start >= start {
                    self.comments.push_front(comment);
                    break;
                }
                push_comment(&mut self.gap, source, comment);
            }
            let text = source.get(start..end).unwrap_or("");
            match lexeme {
                // A multi-line block comment is also a newline lexeme with the
                // comment's span; the comment itself stands for it.
                Lexeme::Newline if text != "\n" => {}
                Lexeme::Newline => self.gap.push(GapItem::Newline),
                Lexeme::Token(Tok::Term) => self.gap.push(GapItem::Semicolon),
                Lexeme::Token(tok) => {
                    return Some((std::mem::take(&mut self.gap), Some(Token { tok, text })));
                }
            }
        }
        self.comments.extend(self.lexer.take_comments());
        while let Some(comment) = self.comments.pop_front() {
            push_comment(&mut self.gap, source, comment);
        }
        self.done = true;
        Some((std::mem::take(&mut self.gap), None))
    }
}

fn push_comment<'src>(gap: &mut Vec<GapItem<'src>>, source: &'src str, comment: Comment) {
    let Comment { kind, start, end } = comment;
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
    gap.push(GapItem::Comment(comment));
}
