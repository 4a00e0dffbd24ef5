//! Long lines and invisible characters in human diagnostics: only a window
//! around each label of a long line is shown, with `…` where text was left
//! out, and characters that show as nothing are shown escaped.
//!
//! codespan-reporting prints every labelled line whole, so one error on a
//! line of a megabyte printed a megabyte, and three hundred of them three
//! hundred. Here a diagnostic whose labels touch a line longer than
//! [`LONG_LINE`] bytes is rendered from a small stand-in file: the lines
//! codespan would show, each long one cut to windows around the label ends,
//! with the labels moved to the same characters in the cut text (so carets
//! stay under what they point at). The stand-in keeps the real line numbers
//! and the real line and column in the `┌─ file:line:column` header; lines
//! that are not shown become two empty lines, which codespan prints as `·`
//! as it does for any gap. Lines holding invisible characters (a zero-width
//! space, the direction characters of E0015) are shown through the same
//! stand-in with those characters written `\u{200b}`, so a snippet never
//! hides or reorders text, and a caret under such a character has
//! something to stand under. Diagnostics on ordinary lines use the real
//! file.

use super::FileId;
use crate::source::SourceMap;
use codespan_reporting::diagnostic::Diagnostic as CsDiagnostic;
use codespan_reporting::files::{Error as FilesError, Files, Location};
use std::ops::Range;

/// Lines longer than this many bytes are cut.
pub const LONG_LINE: usize = 320;

/// Bytes kept on either side of a label's start and end.
const CONTEXT: usize = 80;

/// Windows closer than this are joined: `…` would hide almost nothing.
const JOIN: usize = 8;

const ELLIPSIS: &str = "…";

/// What codespan's default configuration shows of a label spread over
/// several lines: this many lines after its first, and before its last.
const START_CONTEXT_LINES: usize = 3;
const END_CONTEXT_LINES: usize = 1;

/// The files a diagnostic is rendered from: the real ones, except those
/// with a long labelled line, which are replaced by cut copies.
pub struct View<'a> {
    sources: &'a SourceMap,
    cut: Vec<CutFile>,
}

struct CutFile {
    id: FileId,
    text: String,
    starts: Vec<usize>,
    /// The real (1-based) line number of each line of `text`.
    numbers: Vec<usize>,
    /// Pieces of the real file copied into `text`: (real range, range in
    /// `text`). They have the same length, except for an escaped character.
    pieces: Vec<(Range<usize>, Range<usize>)>,
}

/// The view to render `diagnostic` from; labels on cut files are moved to
/// their place in the cut text.
pub fn view<'a>(sources: &'a SourceMap, diagnostic: &mut CsDiagnostic<FileId>) -> View<'a> {
    let mut files: Vec<FileId> = diagnostic.labels.iter().map(|l| l.file_id).collect();
    files.sort();
    files.dedup();
    let mut cut = Vec::new();
    for id in files {
        let ranges: Vec<Range<usize>> = diagnostic
            .labels
            .iter()
            .filter(|l| l.file_id == id)
            .map(|l| l.range.clone())
            .collect();
        if let Some(file) = cut_file(sources, id, &ranges) {
            for label in diagnostic.labels.iter_mut().filter(|l| l.file_id == id) {
                let start = file.to_cut(label.range.start);
                label.range = start..file.to_cut(label.range.end).max(start);
            }
            cut.push(file);
        }
    }
    View { sources, cut }
}

/// The cut copy of a file, or `None` when no line codespan would show is long.
fn cut_file(sources: &SourceMap, id: FileId, ranges: &[Range<usize>]) -> Option<CutFile> {
    let text = sources.text(id);
    let line_of = |offset: usize| Files::line_index(sources, id, offset).ok();
    let range_of = |line: usize| Files::line_range(sources, id, line).ok();
    // The lines codespan shows, with what each shows a label at.
    let mut shown: Vec<usize> = Vec::new();
    let mut points: Vec<usize> = Vec::new();
    for range in ranges {
        let (first, last) = (line_of(range.start)?, line_of(range.end)?);
        shown.extend([first, last]);
        if last > first {
            shown.extend((first + 1..last).take(START_CONTEXT_LINES));
            shown.extend(last.saturating_sub(END_CONTEXT_LINES).max(first + 1)..last);
        }
        points.extend([range.start, range.end]);
    }
    shown.sort_unstable();
    shown.dedup();
    // A single line between two shown ones is shown too (codespan prints it
    // rather than a `·`).
    let gaps: Vec<usize> = shown
        .windows(2)
        .filter_map(|pair| match pair {
            [a, b] if *b == a + 2 => Some(a + 1),
            _ => None,
        })
        .collect();
    shown.extend(gaps);
    shown.sort_unstable();
    let special = |line: &usize| {
        range_of(*line).is_some_and(|r| {
            r.len() > LONG_LINE || text.get(r).is_some_and(|l| l.chars().any(is_invisible))
        })
    };
    if !shown.iter().any(special) {
        return None;
    }
    points.sort_unstable();
    let mut file = CutFile {
        id,
        text: String::new(),
        starts: Vec::new(),
        numbers: Vec::new(),
        pieces: Vec::new(),
    };
    let mut previous: Option<usize> = None;
    for &line in &shown {
        if previous.is_some_and(|p| line > p + 1) {
            // Two empty lines: codespan prints a gap of more than one line as `·`.
            for _ in 0..2 {
                file.new_line(line);
                file.text.push('\n');
            }
        }
        previous = Some(line);
        let range = range_of(line)?;
        file.new_line(line + 1);
        let content_end = text.get(range.clone()).map_or(range.end, |l| {
            range.start + l.trim_end_matches(['\n', '\r']).len()
        });
        if range.len() <= LONG_LINE {
            file.copy(text, range);
            continue;
        }
        let at: Vec<usize> = points
            .iter()
            .copied()
            .filter(|p| range.contains(p) || *p == range.end)
            .collect();
        let windows = windows(text, range.start..content_end, &at);
        let mut end = range.start;
        for window in windows {
            if window.start > end {
                file.text.push_str(ELLIPSIS);
            }
            end = window.end;
            file.copy(text, window);
        }
        if end < content_end {
            file.text.push_str(ELLIPSIS);
        }
        file.copy(text, content_end..range.end);
    }
    Some(file)
}

/// Byte ranges of `line` to keep: [`CONTEXT`] either side of each point,
/// on character boundaries, joined when they (nearly) touch.
fn windows(text: &str, line: Range<usize>, points: &[usize]) -> Vec<Range<usize>> {
    let floor = |mut i: usize| {
        while i > line.start && !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let ceil = |mut i: usize| {
        while i < line.end && !text.is_char_boundary(i) {
            i += 1;
        }
        i
    };
    let mut out: Vec<Range<usize>> = Vec::new();
    for &p in points {
        let p = p.clamp(line.start, line.end);
        let window =
            floor(p.saturating_sub(CONTEXT).max(line.start))..ceil((p + CONTEXT).min(line.end));
        match out.last_mut() {
            Some(last) if window.start <= last.end + JOIN => last.end = last.end.max(window.end),
            _ => out.push(window),
        }
    }
    out
}

impl CutFile {
    fn new_line(&mut self, number: usize) {
        self.starts.push(self.text.len());
        self.numbers.push(number);
    }

    /// Copies `range` of the real text, invisible characters escaped.
    fn copy(&mut self, text: &str, range: Range<usize>) {
        let slice = text.get(range.clone()).unwrap_or("");
        let mut from = 0;
        if !slice.is_ascii() {
            for (i, c) in slice.char_indices().filter(|&(_, c)| is_invisible(c)) {
                self.piece(
                    range.start + from..range.start + i,
                    slice.get(from..i).unwrap_or(""),
                );
                let real = range.start + i..range.start + i + c.len_utf8();
                self.piece(real, &escaped(c));
                from = i + c.len_utf8();
            }
        }
        self.piece(
            range.start + from..range.end,
            slice.get(from..).unwrap_or(""),
        );
    }

    fn piece(&mut self, real: Range<usize>, shown: &str) {
        let at = self.text.len();
        self.text.push_str(shown);
        self.pieces.push((real, at..self.text.len()));
    }

    /// Where a real offset is in the cut text (every label end is in a piece).
    fn to_cut(&self, offset: usize) -> usize {
        self.pieces
            .iter()
            .find(|(real, _)| real.contains(&offset) || real.end == offset)
            .map_or(self.text.len(), |(real, cut)| {
                if offset == real.end {
                    cut.end
                } else {
                    (cut.start + (offset - real.start)).min(cut.end)
                }
            })
    }

    /// Where an offset of the cut text is in the real file.
    fn to_real(&self, offset: usize) -> Option<usize> {
        self.pieces
            .iter()
            .find(|(_, cut)| (cut.start..=cut.end).contains(&offset))
            .map(|(real, cut)| {
                if offset == cut.end {
                    real.end
                } else {
                    (real.start + (offset - cut.start)).min(real.end)
                }
            })
    }

    fn line_index(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }
}

impl<'a> View<'a> {
    fn cut(&self, id: FileId) -> Option<&CutFile> {
        self.cut.iter().find(|f| f.id == id)
    }
}

impl<'a> Files<'a> for View<'_> {
    type FileId = FileId;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: FileId) -> Result<&'a str, FilesError> {
        Files::name(self.sources, id)
    }

    fn source(&'a self, id: FileId) -> Result<&'a str, FilesError> {
        match self.cut(id) {
            Some(file) => Ok(file.text.as_str()),
            None => Files::source(self.sources, id),
        }
    }

    fn line_index(&'a self, id: FileId, byte_index: usize) -> Result<usize, FilesError> {
        match self.cut(id) {
            Some(file) => Ok(file.line_index(byte_index)),
            None => Files::line_index(self.sources, id, byte_index),
        }
    }

    fn line_number(&'a self, id: FileId, line_index: usize) -> Result<usize, FilesError> {
        match self.cut(id) {
            Some(file) => Ok(file
                .numbers
                .get(line_index)
                .copied()
                .unwrap_or(line_index + 1)),
            None => Files::line_number(self.sources, id, line_index),
        }
    }

    fn location(&'a self, id: FileId, byte_index: usize) -> Result<Location, FilesError> {
        let real = match self.cut(id) {
            Some(file) => file.to_real(byte_index).unwrap_or(0),
            None => byte_index,
        };
        let at = self.sources.line_col(id, real);
        Ok(Location {
            line_number: at.line,
            column_number: at.column,
        })
    }

    fn line_range(&'a self, id: FileId, line_index: usize) -> Result<Range<usize>, FilesError> {
        let Some(file) = self.cut(id) else {
            return Files::line_range(self.sources, id, line_index);
        };
        let start = *file
            .starts
            .get(line_index)
            .ok_or(FilesError::LineTooLarge {
                given: line_index,
                max: file.starts.len().saturating_sub(1),
            })?;
        let end = file
            .starts
            .get(line_index + 1)
            .copied()
            .unwrap_or(file.text.len());
        Ok(start..end)
    }
}

/// Quoted names (and paths) longer than this many characters are shortened
/// in messages.
const LONG_NAME: usize = 100;

/// `text` with every `quoted` part longer than [`LONG_NAME`] characters cut
/// to its ends around a `…`: a message quotes what it is about, and a name
/// of a megabyte would make every message about it a megabyte.
pub fn shorten(text: &str) -> std::borrow::Cow<'_, str> {
    if text.len() <= LONG_NAME {
        return text.into();
    }
    let mut parts = text.split('`');
    let mut out = String::with_capacity(text.len().min(4 * LONG_NAME));
    out.push_str(parts.next().unwrap_or(""));
    let mut quoted = true;
    let mut changed = false;
    for part in parts {
        out.push('`');
        let chars = part.chars().count();
        if quoted && chars > LONG_NAME {
            let keep = LONG_NAME / 2;
            out.extend(part.chars().take(keep));
            out.push_str(ELLIPSIS);
            out.extend(part.chars().skip(chars - keep));
            changed = true;
        } else {
            out.push_str(part);
        }
        quoted = !quoted;
    }
    if changed {
        out.into()
    } else {
        text.into()
    }
}

/// Characters that show as nothing, or as a blank other than a space.
pub fn is_invisible(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t' && c != '\r'
        || (c.is_whitespace() && !matches!(c, ' ' | '\n' | '\t' | '\r'))
        || matches!(c,
            '\u{ad}' | '\u{61c}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206f}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}')
}

/// `c` as it is shown in messages and snippets: `\u{200b}` for an
/// invisible character, itself otherwise.
pub fn escaped(c: char) -> String {
    if is_invisible(c) {
        format!("\\u{{{:x}}}", u32::from(c))
    } else {
        c.to_string()
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostics::{render, Diagnostic, Span};
    use crate::source::SourceMap;

    /// Random text with long lines, wide and invisible characters, and
    /// random labels: rendering never panics, and no line it prints is
    /// anywhere near as long as the long lines of the text.
    #[test]
    fn any_labels_on_any_lines_render() {
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let pieces = [
            "a", "é", "\u{202e}", "\u{200b}", " ", "\n", "\t", "日本", "\r\n",
        ];
        for _ in 0..300 {
            let len = next(20_000);
            let text: String = (0..len)
                .map(|_| match next(100) {
                    i @ 91.. => pieces[i - 91],
                    _ => "a",
                })
                .collect();
            let boundaries: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            let mut sources = SourceMap::new();
            let id = sources.add("t.pact", text.clone());
            let at = |next: &mut dyn FnMut(usize) -> usize| boundaries[next(boundaries.len())];
            let (a, b) = (at(&mut next), at(&mut next));
            let mut diagnostic = Diagnostic::error("E0001", "x", Span::new(id, a.min(b), a.max(b)));
            for _ in 0..next(4) {
                let (a, b) = (at(&mut next), at(&mut next));
                diagnostic = diagnostic.with_label(Span::new(id, a.min(b), a.max(b)), "here");
            }
            let shown = render::human_plain(&sources, &diagnostic);
            for line in shown.lines() {
                assert!(line.chars().count() < 12 * super::LONG_LINE, "{line}");
            }
        }
    }
}
