//! `pact fmt`: the canonical layout.
//!
//! Files are formatted in place, each written only when it changes, through
//! the file itself (see [`super::files::rewrite_in_place`]): a symbolic
//! link stays a link, hard links stay linked, mode and owner stay as they
//! were, and a read-only file is refused (exit 2). Only regular files are
//! formatted; a folder's other entries are reported as by `pact check`.
//! `--check` writes nothing: it prints a unified diff of each file that is
//! not formatted and exits 1. A file with syntax errors is left untouched
//! and its diagnostics are printed (exit 1). I/O problems exit 2. `-`
//! formats stdin to stdout.

use super::files::{self, Identity, RewriteError};
use super::report::Stream;
use super::{out, ColorChoice, DiagnosticFormat, OutputArgs};
use pact::diagnostics::{Diagnostic, FileId, Span};
use pact::fmt::{try_format, unified_diff, FormatError};
use pact::source::{SourceMap, BOM};
use std::collections::BTreeSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Larger files are refused, as by `pact check`.
use super::load::MAX_FILE_BYTES;

#[derive(clap::Args)]
pub struct FmtArgs {
    /// Files or folders to format; `-` formats stdin to stdout; default:
    /// the current folder.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// The project folder: symbolic links met in folders may not lead out
    /// of it (as for `pact check`).
    #[arg(long)]
    pub root: Option<PathBuf>,
    /// Do not write: exit 1 and show a diff when a file is not formatted.
    #[arg(long)]
    pub check: bool,
}

/// What happened over all inputs.
#[derive(Default)]
struct Outcome {
    /// A file has syntax errors, or is not formatted under `--check`.
    failed: bool,
    io_error: bool,
    unformatted: usize,
}

pub fn fmt(args: &FmtArgs) -> ExitCode {
    let mut outcome = Outcome::default();
    let mut seen = BTreeSet::new();
    for path in &args.paths {
        if path.as_os_str() == "-" {
            format_stdin(args.check, &mut outcome);
            continue;
        }
        let walked = match super::load::project_root(path, args.root.as_deref())
            .and_then(|root| super::load::pact_files(path, &root))
        {
            Ok(walked) => walked,
            Err(message) => {
                say!("error: {message}");
                outcome.io_error = true;
                continue;
            }
        };
        for skipped in walked.skipped {
            say!(
                "warning: `{}` was not formatted: {}",
                skipped.path.display(),
                skipped.reason
            );
        }
        for file in walked.files {
            // The same file named twice (or through a folder) is done once.
            let key = fs::canonicalize(&file).unwrap_or_else(|_| file.clone());
            if seen.insert(key) {
                format_path(&file, args.check, &mut outcome);
            }
        }
    }
    if args.check && outcome.unformatted > 0 {
        let files = if outcome.unformatted == 1 {
            "1 file is".to_string()
        } else {
            format!("{} files are", outcome.unformatted)
        };
        say!("error: {files} not formatted (`pact fmt PATHS` formats them)");
    }
    if outcome.io_error {
        ExitCode::from(super::EXIT_USAGE)
    } else if outcome.failed {
        ExitCode::from(super::EXIT_INPUT_ERRORS)
    } else {
        ExitCode::SUCCESS
    }
}

fn format_stdin(check: bool, outcome: &mut Outcome) {
    // Read into room of the right size when stdin is a file: grown by
    // doubling, the buffer would hold up to twice the text (issue 18).
    let size = fs::metadata("/dev/stdin")
        .ok()
        .filter(fs::Metadata::is_file)
        .map_or(0, |meta| meta.len().min(MAX_FILE_BYTES + 1));
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    if let Err(e) = std::io::stdin()
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
    {
        say!("error: cannot read standard input: {}", io_reason(&e));
        outcome.io_error = true;
        return;
    }
    let Some((text, _)) = decode("<stdin>", bytes, outcome) else {
        return;
    };
    let Some(formatted) = format_text("<stdin>", &text, outcome) else {
        return;
    };
    if check {
        if formatted != text {
            print_diff(
                &unified_diff(
                    &text,
                    &formatted,
                    "<stdin> (as it is)",
                    "<stdin> (formatted)",
                ),
                outcome,
            );
            outcome.unformatted += 1;
            outcome.failed = true;
        }
        return;
    }
    if out::written(out::print(&formatted), "the output").is_err() {
        outcome.io_error = true;
    }
}

fn format_path(path: &Path, check: bool, outcome: &mut Outcome) {
    let name = path.display().to_string();
    let (bytes, read) = match read_limited(path) {
        Ok(read) => read,
        Err(message) => {
            say!("error: {message}");
            outcome.io_error = true;
            return;
        }
    };
    // The text is the bytes (after a byte-order mark): they are not copied.
    let Some((text, bom)) = decode(&name, bytes, outcome) else {
        return;
    };
    let Some(formatted) = format_text(&name, &text, outcome) else {
        return;
    };
    if formatted == text {
        return;
    }
    if check {
        let diff = unified_diff(
            &text,
            &formatted,
            &format!("{name} (as it is)"),
            &format!("{name} (formatted)"),
        );
        print_diff(&diff, outcome);
        outcome.unformatted += 1;
        outcome.failed = true;
        return;
    }
    let (bytes, formatted) = if bom {
        (format!("{BOM}{text}"), format!("{BOM}{formatted}"))
    } else {
        (text, formatted)
    };
    let problem = match files::rewrite_in_place(path, read, bytes.as_bytes(), formatted.as_bytes())
    {
        Ok(()) => return,
        Err(RewriteError::ReadOnly) => format!(
            "`{name}` is read-only, so it was not formatted (make it writable, or use `--check`)"
        ),
        Err(RewriteError::Changed) => {
            format!("`{name}` changed while it was being formatted; it was left as it is")
        }
        Err(RewriteError::Io(e)) => format!(
            "cannot write `{name}`: {}; it was left as it was",
            io_reason(&e)
        ),
        Err(RewriteError::Damaged(e)) => format!(
            "cannot write `{name}`: {}, and its old text could not be put back: check the file",
            io_reason(&e)
        ),
    };
    say!("error: {problem}");
    outcome.io_error = true;
}

fn print_diff(diff: &str, outcome: &mut Outcome) {
    if out::written(out::print(diff), "the output").is_err() {
        outcome.io_error = true;
    }
}

/// The text of a file and whether it starts with a byte-order mark (the
/// text is without it, and it is kept when the file is written), or `None`
/// after reporting why it cannot be read as a contract.
fn decode(name: &str, bytes: Vec<u8>, outcome: &mut Outcome) -> Option<(String, bool)> {
    let mut sources = SourceMap::new();
    let diagnostic = if bytes.len() as u64 > MAX_FILE_BYTES {
        let id = sources.add(name, String::new());
        Diagnostic::error(
            "E0013",
            "this file is too large to be a contract",
            Span::new(id, 0, 0),
        )
        .with_note(format!(
            "the limit is {} MiB a file",
            MAX_FILE_BYTES / (1024 * 1024)
        ))
    } else {
        match String::from_utf8(bytes) {
            Ok(text) => {
                return Some(match text.strip_prefix(BOM) {
                    Some(rest) => (rest.to_string(), true),
                    None => (text, false),
                });
            }
            Err(error) => {
                let offset = error.utf8_error().valid_up_to();
                let valid = String::from_utf8_lossy(error.as_bytes().get(..offset).unwrap_or(&[]))
                    .into_owned();
                let id = sources.add(name, valid);
                Diagnostic::error(
                    "E0012",
                    format!("this file is not valid UTF-8 (byte {offset})"),
                    Span::new(id, offset, offset),
                )
                .with_primary_label(format!("the first invalid byte is at offset {offset}"))
                .with_help("save the file as UTF-8")
            }
        }
    };
    print_diagnostics(&sources, &[diagnostic], outcome);
    outcome.failed = true;
    None
}

/// The formatted text, or `None` after printing why the file was left as is.
fn format_text(name: &str, text: &str, outcome: &mut Outcome) -> Option<String> {
    // The text goes into a source map (a copy, with its line starts) only
    // when there are diagnostics to show: the first file of a map is 0.
    match try_format(text, FileId(0)) {
        Ok(formatted) => Some(formatted),
        Err(FormatError::Syntax(diagnostics)) => {
            let mut sources = SourceMap::new();
            let id = sources.add(name, text);
            debug_assert_eq!(id, FileId(0));
            let mut diagnostics = diagnostics;
            pact::diagnostics::sort_diagnostics(&mut diagnostics);
            print_diagnostics(&sources, &diagnostics, outcome);
            say!("`{name}` has syntax errors and was not formatted");
            outcome.failed = true;
            None
        }
        Err(FormatError::Unsafe(reason)) => {
            say!(
                "error: `{name}` was not formatted: the formatted text would not read the same \
                 ({reason}). This is a bug in `pact fmt`; please report it with the file."
            );
            outcome.failed = true;
            None
        }
    }
}

/// Diagnostics as `pact check` prints them by default.
fn print_diagnostics(sources: &SourceMap, diagnostics: &[Diagnostic], outcome: &mut Outcome) {
    let output = OutputArgs {
        diagnostics: DiagnosticFormat::Human,
        deny: None,
        color: ColorChoice::Auto,
        as_of: None,
        root: None,
    };
    let printed = super::report::print(sources, diagnostics, &output, Stream::Stderr);
    if out::written(printed, "the diagnostics").is_err() {
        outcome.io_error = true;
    }
}

/// The bytes of a regular file, and which file it is (to check it is still
/// the same one when it is written back).
fn read_limited(path: &Path) -> Result<(Vec<u8>, Option<Identity>), String> {
    let (file, meta) = files::open_regular(path).map_err(|e| {
        let hint = if e.kind() == std::io::ErrorKind::Other {
            " (`pact fmt -` formats standard input)"
        } else {
            ""
        };
        format!("{}{hint}", cannot_read(path, &e))
    })?;
    let bytes =
        files::read_up_to(file, Some(&meta), MAX_FILE_BYTES).map_err(|e| cannot_read(path, &e))?;
    Ok((bytes, files::identity(&meta)))
}

fn cannot_read(path: &Path, error: &std::io::Error) -> String {
    format!("cannot read `{}`: {}", path.display(), io_reason(error))
}

use super::load::io_reason;
