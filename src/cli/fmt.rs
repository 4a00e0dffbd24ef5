//! `pact fmt`: the canonical layout.
//!
//! Files are formatted in place, each written only when it changes, and
//! atomically (a temporary file beside it, then a rename), so an
//! interrupted run never leaves half a file. `--check` writes nothing: it
//! prints a unified diff of each file that is not formatted and exits 1.
//! A file with syntax errors is left untouched and its diagnostics are
//! printed (exit 1). I/O problems exit 2. `-` formats stdin to stdout.

use super::{ColorChoice, DiagnosticFormat, OutputArgs};
use pact::diagnostics::{Diagnostic, Span};
use pact::fmt::{try_format, unified_diff, FormatError};
use pact::source::SourceMap;
use std::collections::BTreeSet;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Larger files are refused, as by `pact check`.
use super::load::MAX_FILE_BYTES;

const BOM: &str = "\u{feff}";

#[derive(clap::Args)]
pub struct FmtArgs {
    /// Files or folders to format; `-` formats stdin to stdout.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
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
        let files = match files_of(path) {
            Ok(files) => files,
            Err(message) => {
                eprintln!("error: {message}");
                outcome.io_error = true;
                continue;
            }
        };
        for file in files {
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
        eprintln!("error: {files} not formatted (`pact fmt PATHS` formats them)");
    }
    if outcome.io_error {
        ExitCode::from(super::EXIT_USAGE)
    } else if outcome.failed {
        ExitCode::from(super::EXIT_INPUT_ERRORS)
    } else {
        ExitCode::SUCCESS
    }
}

/// A file itself, or every `.pact` file below a folder in sorted order.
fn files_of(path: &Path) -> Result<Vec<PathBuf>, String> {
    super::load::pact_files(path)
}

fn format_stdin(check: bool, outcome: &mut Outcome) {
    let mut bytes = Vec::new();
    if let Err(e) = std::io::stdin()
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
    {
        eprintln!("error: cannot read standard input: {}", io_reason(&e));
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
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout
        .write_all(formatted.as_bytes())
        .and_then(|()| stdout.flush())
    {
        eprintln!("error: cannot write the output: {}", io_reason(&e));
        outcome.io_error = true;
    }
}

fn format_path(path: &Path, check: bool, outcome: &mut Outcome) {
    let name = path.display().to_string();
    let bytes = match read_limited(path) {
        Ok(bytes) => bytes,
        Err(message) => {
            eprintln!("error: {message}");
            outcome.io_error = true;
            return;
        }
    };
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
    let formatted = if bom {
        format!("{BOM}{formatted}")
    } else {
        formatted
    };
    if let Err(e) = write_atomically(path, &formatted) {
        eprintln!("error: cannot write `{name}`: {}", io_reason(&e));
        outcome.io_error = true;
    }
}

fn print_diff(diff: &str, outcome: &mut Outcome) {
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout
        .write_all(diff.as_bytes())
        .and_then(|()| stdout.flush())
    {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("error: cannot write the output: {}", io_reason(&e));
            outcome.io_error = true;
        }
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
    super::report::print(&sources, &[diagnostic], &human_output());
    outcome.failed = true;
    None
}

/// The formatted text, or `None` after printing why the file was left as is.
fn format_text(name: &str, text: &str, outcome: &mut Outcome) -> Option<String> {
    let mut sources = SourceMap::new();
    let id = sources.add(name, text);
    match try_format(text, id) {
        Ok(formatted) => Some(formatted),
        Err(FormatError::Syntax(diagnostics)) => {
            let mut diagnostics = diagnostics;
            pact::diagnostics::sort_diagnostics(&mut diagnostics);
            super::report::print(&sources, &diagnostics, &human_output());
            eprintln!("`{name}` has syntax errors and was not formatted");
            outcome.failed = true;
            None
        }
        Err(FormatError::Unsafe(reason)) => {
            eprintln!(
                "error: `{name}` was not formatted: the formatted text would not read the same \
                 ({reason}). This is a bug in `pact fmt`; please report it with the file."
            );
            outcome.failed = true;
            None
        }
    }
}

fn human_output() -> OutputArgs {
    OutputArgs {
        diagnostics: DiagnosticFormat::Human,
        deny: None,
        color: ColorChoice::Auto,
    }
}

fn read_limited(path: &Path) -> Result<Vec<u8>, String> {
    let file = fs::File::open(path).map_err(|e| cannot_read(path, &e))?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| cannot_read(path, &e))?;
    Ok(bytes)
}

/// Writes `text` to a temporary file in the same folder, with the
/// original's permissions, and renames it over `path`.
fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let file_name = path
        .file_name()
        .map_or_else(|| "file".into(), |n| n.to_string_lossy().into_owned());
    let temp = dir.join(format!(".{file_name}.{}.fmt-tmp", std::process::id()));
    let result = (|| {
        let mut file = fs::File::create(&temp)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        drop(file);
        if let Ok(meta) = fs::metadata(path) {
            fs::set_permissions(&temp, meta.permissions())?;
        }
        fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

fn cannot_read(path: &Path, error: &std::io::Error) -> String {
    format!("cannot read `{}`: {}", path.display(), io_reason(error))
}

use super::load::io_reason;
