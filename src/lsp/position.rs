//! Byte offsets (the compiler's spans) to LSP positions and back.
//!
//! A position's `character` counts code units of the negotiated encoding:
//! UTF-16 unless the client offers UTF-8 (`positionEncoding`). Positions
//! from the client are never trusted: a line past the end means the end of
//! the text, a character past the end of its line means the end of that
//! line, and a position inside a character (half a surrogate pair, the
//! middle of a UTF-8 sequence) moves back to the character's start. So no
//! request can index out of bounds, whatever it sends.

use crate::diagnostics::Span;
use lsp_types::{Position, Range};

/// How `Position::character` counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
}

/// Where each line of a text starts (byte offsets).
#[derive(Clone, Debug, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex {
            starts,
            len: text.len(),
        }
    }

    /// The byte offset of `position` in `text` (clamped as the module says).
    pub fn offset(&self, text: &str, position: Position, encoding: Encoding) -> usize {
        let line = usize::try_from(position.line).unwrap_or(usize::MAX);
        let Some(&start) = self.starts.get(line) else {
            return self.len.min(text.len());
        };
        let end = self
            .starts
            .get(line + 1)
            .map_or(text.len(), |&next| next.saturating_sub(1));
        let line_text = text.get(start..end).unwrap_or("");
        let line_text = line_text.strip_suffix('\r').unwrap_or(line_text);
        let wanted = usize::try_from(position.character).unwrap_or(usize::MAX);
        let mut units = 0;
        for (i, c) in line_text.char_indices() {
            let width = match encoding {
                Encoding::Utf8 => c.len_utf8(),
                Encoding::Utf16 => c.len_utf16(),
            };
            if units + width > wanted {
                return start + i;
            }
            units += width;
        }
        start + line_text.len()
    }

    /// The position of byte `offset` (clamped to the text, and back to a
    /// character boundary).
    pub fn position(&self, text: &str, offset: usize, encoding: Encoding) -> Position {
        let mut offset = offset.min(text.len());
        while offset > 0 && !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self
            .starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1);
        let start = self.starts.get(line).copied().unwrap_or(0).min(offset);
        let before = text.get(start..offset).unwrap_or("");
        let character = match encoding {
            Encoding::Utf8 => before.len(),
            Encoding::Utf16 => before.encode_utf16().count(),
        };
        Position {
            line: u32::try_from(line).unwrap_or(u32::MAX),
            character: u32::try_from(character).unwrap_or(u32::MAX),
        }
    }

    pub fn range(&self, text: &str, span: Span, encoding: Encoding) -> Range {
        Range {
            start: self.position(text, span.start as usize, encoding),
            end: self.position(text, span.end as usize, encoding),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(line: u32, character: u32) -> Position {
        Position { line, character }
    }

    #[test]
    fn utf16_counts_surrogate_pairs_as_two() {
        // `😀` is 4 bytes in UTF-8 and 2 units in UTF-16; `é` is 2 and 1.
        let text = "ab\n😀é x\n";
        let index = LineIndex::new(text);
        let x = text.find('x').unwrap_or(0);
        assert_eq!(index.position(text, x, Encoding::Utf16), pos(1, 4));
        assert_eq!(index.position(text, x, Encoding::Utf8), pos(1, 7));
        assert_eq!(index.offset(text, pos(1, 4), Encoding::Utf16), x);
        assert_eq!(index.offset(text, pos(1, 7), Encoding::Utf8), x);
    }

    #[test]
    fn out_of_range_positions_are_clamped() {
        let text = "ab\n😀é x\r\nlast";
        let index = LineIndex::new(text);
        // Past the end of a line: the end of that line (before `\r\n`).
        let line_end = text.find('\r').unwrap_or(0);
        assert_eq!(index.offset(text, pos(1, 999), Encoding::Utf16), line_end);
        // Past the last line: the end of the text.
        assert_eq!(index.offset(text, pos(99, 0), Encoding::Utf16), text.len());
        assert_eq!(
            index.offset(text, pos(u32::MAX, u32::MAX), Encoding::Utf8),
            text.len()
        );
        // Half a surrogate pair, or inside a UTF-8 sequence: the character's start.
        assert_eq!(index.offset(text, pos(1, 1), Encoding::Utf16), 3);
        assert_eq!(index.offset(text, pos(1, 2), Encoding::Utf8), 3);
        // An offset inside a character or past the end never panics.
        assert_eq!(index.position(text, 4, Encoding::Utf16), pos(1, 0));
        assert_eq!(index.position(text, 9999, Encoding::Utf16), pos(2, 4));
        let empty = LineIndex::new("");
        assert_eq!(empty.offset("", pos(3, 3), Encoding::Utf16), 0);
        assert_eq!(empty.position("", 5, Encoding::Utf16), pos(0, 0));
    }
}
