//! The project's own diagnostic type, shared by every stage.
//!
//! Stages build `Diagnostic`s and never print: rendering to a terminal
//! (codespan-reporting) or to JSON lines happens only at the edge, in
//! [`render`], so both outputs come from the same data.

pub mod aggregate;
pub mod code;
pub mod codes;
pub mod render;
pub mod suggest;
mod window;

pub use code::Code;
pub use window::{escaped, is_invisible};

use serde::Serialize;

pub use crate::source::FileId;

/// A byte range in one file. Line and column are computed only when a
/// diagnostic is rendered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(file: FileId, start: usize, end: usize) -> Span {
        Span {
            file,
            start: u32::try_from(start).unwrap_or(u32::MAX),
            end: u32::try_from(end).unwrap_or(u32::MAX),
        }
    }

    /// The smallest span covering both (they must be in the same file).
    pub fn to(self, other: Span) -> Span {
        Span {
            file: self.file,
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    /// Information, such as "this could not be analysed".
    Note,
}

/// A span with the sentence that explains why it is involved.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

/// A mechanical fix: write `replacement` in place of the text at `span` (an
/// empty span inserts). Shown in `--diagnostics json` as `suggestions` and
/// applied by the language server's quick fixes; only a fix that needs no
/// judgement is a suggestion (a "did you mean" under the misspelt word, a
/// missing `}`, `override` before a clause that redefines one).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Suggestion {
    pub span: Span,
    pub replacement: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    /// A stable code such as `E0101`, explained by `pact explain`.
    pub code: &'static str,
    pub severity: Severity,
    /// A short, lowercase headline in the user's words.
    pub message: String,
    pub primary: Label,
    pub secondary: Vec<Label>,
    pub notes: Vec<String>,
    pub help: Option<String>,
    /// Fixes a tool can apply as they are, in the order offered.
    pub suggestions: Vec<Suggestion>,
}

impl Diagnostic {
    pub fn error(code: &'static str, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            code,
            severity: Severity::Error,
            message: message.into(),
            primary: Label {
                span,
                message: String::new(),
            },
            secondary: Vec::new(),
            notes: Vec::new(),
            help: None,
            suggestions: Vec::new(),
        }
    }

    pub fn warning(code: &'static str, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, message, span)
        }
    }

    pub fn note(code: &'static str, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            severity: Severity::Note,
            ..Diagnostic::error(code, message, span)
        }
    }

    pub fn is_warning(&self) -> bool {
        self.severity == Severity::Warning
    }

    /// The text under the primary span.
    pub fn with_primary_label(mut self, message: impl Into<String>) -> Diagnostic {
        self.primary.message = message.into();
        self
    }

    pub fn with_label(mut self, span: Span, message: impl Into<String>) -> Diagnostic {
        self.secondary.push(Label {
            span,
            message: message.into(),
        });
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }

    /// Adds each note given (none for `None`).
    pub fn with_notes(mut self, notes: impl IntoIterator<Item = String>) -> Diagnostic {
        self.notes.extend(notes);
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// A fix to offer: `replacement` in place of the text at `span`.
    pub fn with_suggestion(mut self, span: Span, replacement: impl Into<String>) -> Diagnostic {
        self.suggestions.push(Suggestion {
            span,
            replacement: replacement.into(),
        });
        self
    }

    /// "did you mean `NAME`?" for the name in `candidates` closest to
    /// `wrong`, if one is close enough: as the help, and as a suggestion
    /// when `span` is exactly where `wrong` is written.
    pub fn with_did_you_mean<'a>(
        self,
        span: Span,
        wrong: &str,
        candidates: impl IntoIterator<Item = &'a str>,
    ) -> Diagnostic {
        match suggest::closest(wrong, candidates) {
            Some(name) => self.with_meant(span, name),
            None => self,
        }
    }

    /// "did you mean `name`?" as the help, and `name` in place of the text
    /// at `span` as the fix.
    pub fn with_meant(self, span: Span, name: &str) -> Diagnostic {
        self.with_help(format!("did you mean `{name}`?"))
            .with_suggestion(span, name)
    }

    /// Moves the primary label to `at` (keeping the old one as a secondary
    /// label): for problems inside a template, shown where it is used.
    pub fn point_at_use(&mut self, at: Span, message: impl Into<String>) {
        if self.primary.span == at || self.secondary.iter().any(|l| l.span == at) {
            return;
        }
        let original = std::mem::replace(
            &mut self.primary,
            Label {
                span: at,
                message: message.into(),
            },
        );
        self.secondary.insert(0, original);
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The order diagnostics are printed in: by file, then position, then
    /// code, so output never depends on the order checks ran in.
    pub fn sort_key(&self) -> (FileId, u32, u32, &'static str, &str) {
        let span = self.primary.span;
        (span.file, span.start, span.end, self.code, &self.message)
    }
}

/// Sorts diagnostics into their printing order and drops exact duplicates.
pub fn sort_diagnostics(diagnostics: &mut Vec<Diagnostic>) {
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    diagnostics.dedup();
}
