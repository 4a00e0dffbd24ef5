//! The text of every file in a run, addressed by [`FileId`].
//!
//! The map owns the text; stages borrow it. It implements codespan's `Files`
//! so diagnostics render straight from it, and computes line and column only
//! on demand (for rendering), never while compiling: the line by a binary
//! search over the line starts, the column by a subtraction. On a line with
//! some character outside ASCII the column is a difference of two character
//! counts from the file's start, each read from a mark kept every
//! [`MARK_BYTES`] bytes plus at most that many bytes counted: an 8 MB line
//! costs no more than a short one.

use codespan_reporting::files::{Error as FilesError, Files};
use serde::Serialize;
use std::ops::Range;

/// Identifies one source file in a [`SourceMap`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Default)]
pub struct FileId(pub u32);

/// The byte-order mark some editors put at the start of a UTF-8 file.
pub const BOM: &str = "\u{feff}";

#[derive(Debug)]
pub struct SourceFile {
    /// The name shown in messages: the path as the user gave it.
    pub name: String,
    pub text: String,
    line_starts: Vec<usize>,
    /// The lines (by index, sorted) with a character outside ASCII: on every
    /// other line a column is a byte difference, so finding one never
    /// counts through a long line.
    wide_lines: Vec<usize>,
    /// On a file with some character outside ASCII: every [`MARK_BYTES`]
    /// bytes (moved on to a character boundary), the byte offset and the
    /// number of characters before it. Empty on an ASCII file.
    char_marks: Vec<(usize, usize)>,
    /// The file on disk starts with a byte-order mark that `text` leaves
    /// out: offsets shown to tools are this much further on.
    skipped_prefix: usize,
}

/// How far apart the character-count marks of a non-ASCII file are.
const MARK_BYTES: usize = 4096;

/// The character-count marks of `text` (see [`SourceFile::char_marks`]).
fn char_marks(text: &str) -> Vec<(usize, usize)> {
    let mut marks = vec![(0, 0)];
    let (mut at, mut chars) = (0, 0);
    while at < text.len() {
        let mut next = (at + MARK_BYTES).min(text.len());
        while !text.is_char_boundary(next) {
            next += 1;
        }
        chars += text.get(at..next).map_or(0, |s| s.chars().count());
        marks.push((next, chars));
        at = next;
    }
    marks
}

impl SourceFile {
    /// The number of characters before a byte offset: from the nearest mark
    /// at or before it, so at most [`MARK_BYTES`] bytes are counted.
    fn chars_before(&self, offset: usize) -> usize {
        let i = self
            .char_marks
            .partition_point(|&(byte, _)| byte <= offset)
            .saturating_sub(1);
        let (byte, chars) = self.char_marks.get(i).copied().unwrap_or((0, 0));
        chars
            + self
                .text
                .get(byte..offset)
                .map_or(offset.saturating_sub(byte), |s| s.chars().count())
    }
}

#[derive(Debug, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

/// A 1-based line and column (column counted in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

impl SourceMap {
    pub fn new() -> SourceMap {
        SourceMap::default()
    }

    /// A file read from disk: a leading byte-order mark is left out of the
    /// text (the lexer would see a stray character) but remembered, so
    /// that [`SourceMap::disk_offset`] gives offsets into the file as it is.
    pub fn add_from_disk(&mut self, name: impl Into<String>, text: impl Into<String>) -> FileId {
        let text: String = text.into();
        match text.strip_prefix(BOM) {
            Some(rest) => {
                let id = self.add(name, rest);
                if let Some(file) = self.files.last_mut() {
                    file.skipped_prefix = BOM.len();
                }
                id
            }
            None => self.add(name, text),
        }
    }

    pub fn add(&mut self, name: impl Into<String>, text: impl Into<String>) -> FileId {
        let mut text: String = text.into();
        text.shrink_to_fit();
        let mut line_starts: Vec<usize> = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        line_starts.shrink_to_fit();
        let ascii = text.is_ascii();
        let char_marks = if ascii { Vec::new() } else { char_marks(&text) };
        let wide_lines = if ascii {
            Vec::new()
        } else {
            let ends = line_starts.iter().skip(1).copied().chain([text.len()]);
            line_starts
                .iter()
                .zip(ends)
                .enumerate()
                .filter(|(_, (&start, end))| text.get(start..*end).is_some_and(|l| !l.is_ascii()))
                .map(|(index, _)| index)
                .collect()
        };
        let id = FileId(u32::try_from(self.files.len()).unwrap_or(u32::MAX));
        self.files.push(SourceFile {
            name: name.into(),
            text,
            line_starts,
            wide_lines,
            char_marks,
            skipped_prefix: 0,
        });
        id
    }

    pub fn get(&self, id: FileId) -> Option<&SourceFile> {
        self.files.get(id.0 as usize)
    }

    pub fn ids(&self) -> impl Iterator<Item = FileId> + '_ {
        (0..self.files.len()).map(|i| FileId(u32::try_from(i).unwrap_or(u32::MAX)))
    }

    pub fn name(&self, id: FileId) -> &str {
        self.get(id).map_or("<unknown>", |f| f.name.as_str())
    }

    pub fn text(&self, id: FileId) -> &str {
        self.get(id).map_or("", |f| f.text.as_str())
    }

    /// A byte offset of the text as a byte offset of the file on disk.
    pub fn disk_offset(&self, id: FileId, offset: usize) -> usize {
        offset + self.get(id).map_or(0, |f| f.skipped_prefix)
    }

    /// Line and column of a byte offset (clamped to the file).
    pub fn line_col(&self, id: FileId, offset: usize) -> LineCol {
        let Some(file) = self.get(id) else {
            return LineCol { line: 1, column: 1 };
        };
        let offset = offset.min(file.text.len());
        let line_index = file
            .line_starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1);
        let line_start = file.line_starts.get(line_index).copied().unwrap_or(0);
        let column = if file.wide_lines.binary_search(&line_index).is_ok() {
            file.chars_before(offset)
                .saturating_sub(file.chars_before(line_start))
        } else {
            offset - line_start
        };
        LineCol {
            line: line_index + 1,
            column: column + 1,
        }
    }
}

impl<'a> Files<'a> for SourceMap {
    type FileId = FileId;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: FileId) -> Result<&'a str, FilesError> {
        self.get(id)
            .map(|f| f.name.as_str())
            .ok_or(FilesError::FileMissing)
    }

    fn source(&'a self, id: FileId) -> Result<&'a str, FilesError> {
        self.get(id)
            .map(|f| f.text.as_str())
            .ok_or(FilesError::FileMissing)
    }

    fn line_index(&'a self, id: FileId, byte_index: usize) -> Result<usize, FilesError> {
        let file = self.get(id).ok_or(FilesError::FileMissing)?;
        Ok(file
            .line_starts
            .partition_point(|&s| s <= byte_index)
            .saturating_sub(1))
    }

    fn line_range(&'a self, id: FileId, line_index: usize) -> Result<Range<usize>, FilesError> {
        let file = self.get(id).ok_or(FilesError::FileMissing)?;
        let start = *file
            .line_starts
            .get(line_index)
            .ok_or(FilesError::LineTooLarge {
                given: line_index,
                max: file.line_starts.len().saturating_sub(1),
            })?;
        let end = file
            .line_starts
            .get(line_index + 1)
            .copied()
            .unwrap_or(file.text.len());
        Ok(start..end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_are_one_based_and_count_characters() {
        let mut map = SourceMap::new();
        let id = map.add("a.pact", "ab\né x\n");
        assert_eq!(map.line_col(id, 0), LineCol { line: 1, column: 1 });
        assert_eq!(map.line_col(id, 3), LineCol { line: 2, column: 1 });
        // `x` is after a two-byte `é` and a space: third character.
        assert_eq!(map.line_col(id, 6), LineCol { line: 2, column: 3 });
        assert_eq!(map.line_col(id, 999), LineCol { line: 3, column: 1 });
    }

    #[test]
    fn columns_on_a_long_wide_line_match_counting() {
        // Several marks apart, with multi-byte characters across the marks.
        let line: String = (0..5_000)
            .map(|i| if i % 7 == 0 { "é€x" } else { "ab" })
            .collect();
        let text = format!("é\n{line}\nz");
        let mut map = SourceMap::new();
        let id = map.add("a.pact", text.clone());
        let start = 3; // after `é` and the newline
        for (offset, _) in text
            .char_indices()
            .filter(|(i, _)| i % 997 == 0 || *i > text.len() - 9)
        {
            let expected = if offset < start {
                text[..offset].chars().count() + 1
            } else if offset <= start + line.len() {
                text[start..offset].chars().count() + 1
            } else {
                1
            };
            assert_eq!(map.line_col(id, offset).column, expected, "at {offset}");
        }
    }

    #[test]
    fn a_byte_order_mark_is_left_out_but_counted_on_disk() {
        let mut map = SourceMap::new();
        let id = map.add_from_disk("a.pact", "\u{feff}party A");
        assert_eq!(map.text(id), "party A");
        assert_eq!(map.disk_offset(id, 6), 9);
        assert_eq!(map.line_col(id, 6), LineCol { line: 1, column: 7 });
        let plain = map.add_from_disk("b.pact", "party B");
        assert_eq!(map.disk_offset(plain, 6), 6);
    }
}
