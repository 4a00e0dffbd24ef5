//! The text of every file in a run, addressed by [`FileId`].
//!
//! The map owns the text; stages borrow it. It implements codespan's `Files`
//! so diagnostics render straight from it, and computes line and column only
//! on demand (for rendering), never while compiling: the line by a binary
//! search over the line starts, the column by a subtraction (characters are
//! counted only on a line that has some outside ASCII).

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
    /// The file on disk starts with a byte-order mark that `text` leaves
    /// out: offsets shown to tools are this much further on.
    skipped_prefix: usize,
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
        let wide_lines = if text.is_ascii() {
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
            file.text
                .get(line_start..offset)
                .map_or(offset - line_start, |s| s.chars().count())
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
