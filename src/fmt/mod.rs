//! `pact fmt`: one canonical layout for Pact files.
//!
//! The formatter works on tokens, not on the syntax tree: the file is
//! lexed again with its comments, and the tokens are printed with
//! canonical spacing and indentation while every comment stays where it
//! was relative to them. It never reorders, adds or removes a token, and
//! it keeps every line break the layout rule (reference §1.3) gives a
//! meaning to, so the parser reads the same clauses before and after; a
//! check at the end (module `verify`) re-lexes the result to make sure.
//!
//! # The layout
//!
//! - **Indentation**: two spaces per open `{`. A clause written over
//!   several lines keeps its line breaks; its continuation lines are
//!   indented one level deeper than its first line. Inside `(` ... `)`
//!   that spans lines, lines are one level deeper than the line that opened
//!   the parenthesis, and a line starting with `)` is at that line's level.
//! - **One clause a line**: `;` becomes a line break, so
//!   `party A { role ops; role rm }` becomes a block with one role a line.
//!   Every non-empty block is written over lines: `{` ends the line of its
//!   clause (a `{` on a line of its own moves up, unless a `//` comment
//!   stands between), each clause is on its own line, `}` is on a line of
//!   its own. An empty block is `{}`.
//! - **Blank lines** are kept where the file has them, at most one in a
//!   row; none at the start or end of a block or of the file, and none
//!   inside a clause. None are added.
//! - **Spacing**: one space between tokens, except none before `,` `:` `)`
//!   `]` `.` `..`, none after `(` `[` `.` `..`, none between the name and the
//!   `(` of a `use` or `template`, none after a negating `-` (`-5`), and
//!   none around the `-` of a weekday range (`mon-fri`). `->` and the other
//!   operators are spaced.
//! - **Numbers**: the integer part loses leading zeros and has `_` between
//!   thousands from four digits on (`20000` → `20_000`, `1000` → `1_000`);
//!   the decimal part keeps all its digits, trailing zeros included (the
//!   scale shows in the outputs), without `_`. Percentages likewise.
//!   Times of day have two-digit hours (`9:30` → `09:30`).
//! - **Durations**: the unit after an amount is singular after `1` and
//!   plural otherwise (`1 days` → `1 day`, `2 day` → `2 days`,
//!   `1 business days` → `1 business day`); currencies, `per` words and
//!   everything else keep their spelling.
//! - **Comments** stay in place: a comment after code stays at the end of
//!   that line, a comment on a line of its own stays on a line of its own,
//!   indented like the code that follows it (like the block's clauses when
//!   a `}` follows). Trailing comments of consecutive lines with the same
//!   indentation are aligned one space after the longest code among them.
//!   Comment text is kept verbatim apart from trailing whitespace; the
//!   lines of a `/* */` comment move left or right with its first line. A
//!   `/* */` comment over several lines ends its line, and comments after a
//!   `;` go with the clause that follows it.
//! - The output uses `\n` line ends (also for CRLF input), has no trailing
//!   whitespace and ends with one newline (an empty file stays empty).
//!
//! Formatting is idempotent: formatted text formats to itself.

mod diff;
mod print;
mod spelling;
mod trivia;
mod verify;

pub use diff::unified_diff;

use crate::diagnostics::{Diagnostic, FileId};
use std::sync::atomic::{AtomicBool, Ordering};

/// Why a file was not formatted.
#[derive(Debug)]
pub enum FormatError {
    /// The file has syntax errors (these diagnostics); it must be left as is.
    Syntax(Vec<Diagnostic>),
    /// The formatted text would not mean the same as the file (a bug in the
    /// formatter, caught before any text is written); says what differed.
    Unsafe(String),
}

/// The file in the canonical layout, or its syntax errors.
///
/// Should the formatter ever produce text that reads differently from the
/// input (a bug, which the final check catches), the input is returned
/// unchanged; [`try_format`] reports that case.
pub fn format(source: &str) -> Result<String, Vec<Diagnostic>> {
    match try_format(source, FileId(0)) {
        Ok(text) => Ok(text),
        Err(FormatError::Syntax(diagnostics)) => Err(diagnostics),
        Err(FormatError::Unsafe(_)) => Ok(source.to_string()),
    }
}

/// [`format()`], with diagnostics pointing into `file`, and the internal
/// check failure reported as such.
pub fn try_format(source: &str, file: FileId) -> Result<String, FormatError> {
    // Nothing of the whole file is held but its text and the output: the
    // syntax is checked a piece at a time, and the tokens stream from the
    // lexer through the printer (issue 18). A large file is printed while
    // its syntax is checked, on another thread; the text is used only when
    // there are no syntax errors.
    let size = source.len() + source.len() / 16;
    let stop = AtomicBool::new(false);
    let (diagnostics, printed) = if source.len() > THREADS_ABOVE {
        crate::parallel::side_by_side(
            || {
                let diagnostics = crate::syntax::errors(source, file);
                if diagnostics.iter().any(Diagnostic::is_error) {
                    stop.store(true, Ordering::Relaxed);
                }
                diagnostics
            },
            || print::print(trivia::split(source), size, Some(&stop)),
        )
    } else {
        (crate::syntax::errors(source, file), None)
    };
    if diagnostics.iter().any(Diagnostic::is_error) {
        return Err(FormatError::Syntax(diagnostics));
    }
    // Not printed yet (a small file), or given up on: a file that parses
    // is printed to its end.
    let text = match printed {
        Some(text) => text,
        None => print::print(trivia::split(source), size, None).unwrap_or_default(),
    };
    verify::same_meaning(source, &text).map_err(FormatError::Unsafe)?;
    Ok(text)
}

/// Files larger than this are printed on one thread while their syntax is
/// checked on others.
const THREADS_ABOVE: usize = 1 << 16;

#[cfg(test)]
mod tests;
