//! Indentation, as the layout pass reads it to find a forgotten `}`.
//!
//! Indentation never changes what a correct file means; it is only evidence
//! of where a block that is never closed was meant to end. A tab has no
//! agreed width, so every indentation is measured twice, with a tab as one
//! column and as a stop every eight columns (Python's rule for mixed
//! indentation): one line is deeper than another only when both measures
//! agree. When they disagree, or a line does not start with plain spaces and
//! tabs (a block comment before the first token), the indentation is
//! unknown and no recovery relies on it.

/// The indentation of one line, measured twice (see the module text).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Indent {
    tab_as_one: usize,
    tab_stops: usize,
}

impl Indent {
    /// Measures a run of spaces and tabs; `None` if it holds anything else.
    fn measure(prefix: &str) -> Option<Indent> {
        let mut indent = Indent {
            tab_as_one: 0,
            tab_stops: 0,
        };
        for c in prefix.chars() {
            match c {
                ' ' => {
                    indent.tab_as_one += 1;
                    indent.tab_stops += 1;
                }
                '\t' => {
                    indent.tab_as_one += 1;
                    indent.tab_stops = (indent.tab_stops / 8 + 1) * 8;
                }
                _ => return None,
            }
        }
        Some(indent)
    }

    /// `self` is deeper than `other` by both measures.
    pub fn deeper_than(self, other: Indent) -> bool {
        self.tab_as_one > other.tab_as_one && self.tab_stops > other.tab_stops
    }

    /// `self` is no deeper than `other` by both measures.
    pub fn not_deeper_than(self, other: Indent) -> bool {
        self.tab_as_one <= other.tab_as_one && self.tab_stops <= other.tab_stops
    }
}

/// Where the line holding byte `at` starts (`\r` before `\n` belongs to
/// the previous line, so CRLF files measure like LF files).
fn line_start(source: &str, at: usize) -> usize {
    source
        .get(..at)
        .and_then(|before| before.rfind('\n'))
        .map_or(0, |i| i + 1)
}

/// The indentation of a token that is the first of its line: everything
/// between the line start and the token must be spaces and tabs.
pub fn of_token(source: &str, start: usize) -> Option<Indent> {
    // Back over the spaces and tabs before the token: the line must start
    // there (issue 18: searching for the line start first cost 2% of
    // `pact check`).
    let before = source.as_bytes().get(..start)?;
    let width = before
        .iter()
        .rev()
        .take_while(|&&b| b == b' ' || b == b'\t')
        .count();
    let from = start - width;
    if from > 0 && before.get(from - 1) != Some(&b'\n') {
        return None;
    }
    Indent::measure(source.get(from..start)?)
}

/// Line starts for offsets that only grow, as the layout pass reads
/// tokens: each look-up scans only the text since the previous one, so
/// many blocks opened on one long line cost one pass over it, not one each.
#[derive(Debug, Default)]
pub struct LineStarts {
    at: usize,
    start: usize,
}

impl LineStarts {
    /// [`line_start`] of `at`.
    pub fn of(&mut self, source: &str, at: usize) -> usize {
        let since_last = (at >= self.at)
            .then(|| source.get(self.at..at))
            .flatten()
            .map(|new| new.rfind('\n').map_or(self.start, |i| self.at + i + 1));
        let start = since_last.unwrap_or_else(|| line_start(source, at));
        self.at = at;
        self.start = start;
        start
    }
}

/// The indentation of the line holding byte `at`, whatever comes after it
/// on the line (the line that opens a block: `  escalation {`); `lines`
/// finds where that line starts.
pub fn of_line(source: &str, lines: &mut LineStarts, at: usize) -> Option<Indent> {
    let from = lines.of(source, at);
    let line = source.get(from..at)?;
    let width = line.len() - line.trim_start_matches([' ', '\t']).len();
    Indent::measure(line.get(..width)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabs_count_only_when_both_measures_agree() {
        let two_spaces = of_token("  a", 2).unwrap();
        let four_spaces = of_token("    a", 4).unwrap();
        let one_tab = of_token("\ta", 1).unwrap();
        let eight_spaces = of_token("        a", 8).unwrap();
        assert!(four_spaces.deeper_than(two_spaces));
        assert!(two_spaces.not_deeper_than(four_spaces));
        // A tab is one column or eight: against two spaces it is ambiguous.
        assert!(!one_tab.deeper_than(two_spaces));
        assert!(!one_tab.not_deeper_than(two_spaces));
        // Against eight spaces it is no deeper by both measures.
        assert!(one_tab.not_deeper_than(eight_spaces));
    }

    #[test]
    fn lines_are_measured_after_crlf_and_comments_make_them_unknown() {
        let source = "a {\r\n  b\r\n/* c */ d";
        assert_eq!(
            of_token(source, 7),
            Some(Indent {
                tab_as_one: 2,
                tab_stops: 2
            })
        );
        assert_eq!(of_token(source, source.len() - 1), None);
        assert_eq!(
            of_line(source, &mut LineStarts::default(), 2),
            Some(Indent {
                tab_as_one: 0,
                tab_stops: 0
            })
        );
    }

    #[test]
    fn line_starts_found_step_by_step_are_the_line_starts() {
        let source = "a {\n  b { c {\n\n    d {\r\n e";
        let mut lines = LineStarts::default();
        let offsets: Vec<usize> = (0..=source.len()).collect();
        // In order, as the layout pass asks, and then backwards.
        for &at in offsets.iter().chain(offsets.iter().rev()) {
            assert_eq!(lines.of(source, at), line_start(source, at), "at {at}");
        }
    }
}
