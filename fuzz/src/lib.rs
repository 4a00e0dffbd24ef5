//! The bodies of the Pact fuzz targets, shared by the libFuzzer entry points
//! in `fuzz_targets/` (nightly, `cargo fuzz`) and by the `replay` tool and the
//! regression test (stable, no libFuzzer).
//!
//! Every function takes arbitrary bytes, turns them into text with
//! `String::from_utf8_lossy` (the compiler itself only ever sees `&str`), and
//! panics only when it finds a bug: a panic inside the compiler, or a broken
//! property checked here (see each function).

use pact::diagnostics::{render, sort_diagnostics, Diagnostic, FileId};
use pact::source::SourceMap;
use std::borrow::Cow;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

mod lsp;
mod trace;
pub use lsp::lsp;
pub use trace::{portfolios, trace};

/// Inputs longer than this are skipped, whatever `-max_len` says, so that a
/// replayed corpus from elsewhere cannot make a target slow.
pub const MAX_INPUT: usize = 64 * 1024;

/// How much of an emitted document a target keeps before it stops the writer.
pub const SINK_LIMIT: usize = 1 << 20;

/// How many diagnostics are rendered as text (the CLI shows at most 200).
const RENDERED: usize = 200;

/// The name the single fuzzed file gets in its source map.
const NAME: &str = "fuzz.pact";

/// One fuzz target: its name (as in `fuzz_targets/`) and its body.
pub struct Target {
    pub name: &'static str,
    pub run: fn(&[u8]),
}

/// Every target that is compiled in, in the order `replay` runs them.
pub const TARGETS: &[Target] = &[
    Target {
        name: "parse",
        run: parse,
    },
    Target {
        name: "check",
        run: check,
    },
    #[cfg(feature = "fmt")]
    Target {
        name: "fmt_roundtrip",
        run: fmt_roundtrip,
    },
    Target {
        name: "schedule",
        run: schedule,
    },
    Target {
        name: "literals",
        run: literals,
    },
    Target {
        name: "trace",
        run: trace,
    },
    Target {
        name: "lsp",
        run: lsp,
    },
];

pub(crate) fn text(data: &[u8]) -> Option<Cow<'_, str>> {
    if data.len() > MAX_INPUT {
        return None;
    }
    Some(String::from_utf8_lossy(data))
}

/// `parse`: lexing, the layout rule and the parser with recovery never panic,
/// and every diagnostic's span lies inside the file on character boundaries.
pub fn parse(data: &[u8]) {
    if let Some(source) = text(data) {
        parse_text(&source);
    }
}

pub fn parse_text(source: &str) {
    let parsed = pact::syntax::parse(&source, FileId(0));
    for d in &parsed.diagnostics {
        check_spans(&source, d);
    }
}

/// `check`: the full analysis (resolve, lower, the contract and portfolio
/// checks) never panics; every diagnostic renders as text (the first 200, as
/// the CLI shows them) and as JSON; and two analyses of the same input print
/// the same diagnostics in the same order (determinism: hash maps are seeded
/// differently each time).
pub fn check(data: &[u8]) {
    if let Some(source) = text(data) {
        check_text(&source);
    }
}

pub fn check_text(source: &str) {
    let (sources, first) = analysed(source);
    let (_, second) = analysed(source);
    let printed = print(&sources, &first.diagnostics);
    for d in &first.diagnostics {
        if d.primary.span.file == FileId(0) {
            check_spans(source, d);
        }
    }
    assert_eq!(
        printed,
        print(&sources, &second.diagnostics),
        "two analyses of the same input printed different diagnostics"
    );
}

/// `schedule`: for input without errors, the obligations document, the
/// schedule and the iCalendar export are written (each into a sink that
/// stops the writer after 1 MiB) without a panic, and the schedule is the
/// same bytes when written twice.
pub fn schedule(data: &[u8]) {
    if let Some(source) = text(data) {
        schedule_text(&source);
    }
}

pub fn schedule_text(source: &str) {
    let (sources, analysis) = analysed(source);
    if analysis.diagnostics.iter().any(Diagnostic::is_error) {
        return;
    }
    let portfolio = &analysis.portfolio;

    let document = pact::emit::obligations::document(portfolio, &sources);
    let mut sink = Sink::default();
    let _ = serde_json::to_writer(&mut sink, &document);

    let mut first = Sink::default();
    let written = pact::emit::schedule::write(portfolio, &sources, &mut first);
    let mut second = Sink::default();
    let again = pact::emit::schedule::write(portfolio, &sources, &mut second);
    assert_eq!(
        written.is_ok(),
        again.is_ok(),
        "writing the schedule twice ended differently"
    );
    assert!(
        first.bytes == second.bytes,
        "writing the schedule twice gave different bytes"
    );

    let mut ics = Sink::default();
    let _ = pact::emit::ics::write(portfolio, &sources, &mut ics);
}

/// `fmt_roundtrip`: for a file without syntax errors the formatter never
/// panics, never trips its own "same meaning" check
/// (`FormatError::Unsafe`, which `format` hides by returning the input), and
/// is idempotent (`format(format(x)) == format(x)`); a file that parses
/// without any diagnostic still does after formatting.
#[cfg(feature = "fmt")]
pub fn fmt_roundtrip(data: &[u8]) {
    if let Some(source) = text(data) {
        fmt_text(&source);
    }
}

#[cfg(feature = "fmt")]
pub fn fmt_text(source: &str) {
    use pact::fmt::{try_format, FormatError};
    let diagnostics = pact::syntax::parse(source, FileId(0)).diagnostics;
    let clean = diagnostics.is_empty();
    let once = match try_format(source, FileId(0)) {
        Ok(once) => once,
        Err(FormatError::Syntax(_)) if diagnostics.iter().any(Diagnostic::is_error) => return,
        Err(FormatError::Syntax(found)) => panic!(
            "format reported {} syntax error(s) that parse did not",
            found.len()
        ),
        Err(FormatError::Unsafe(why)) => {
            panic!("format changed the meaning of the file: {why}")
        }
    };
    let reparsed = pact::syntax::parse(&once, FileId(0)).diagnostics;
    assert!(
        !clean || reparsed.is_empty(),
        "formatting a clean file introduced {} diagnostic(s), first: {:?}",
        reparsed.len(),
        reparsed.first().map(|d| (d.code, &d.message)),
    );
    match try_format(&once, FileId(0)) {
        Ok(twice) => assert!(twice == once, "format is not idempotent"),
        Err(FormatError::Syntax(found)) => panic!(
            "the formatted file has {} syntax error(s): {:?}",
            found.len(),
            found.first().map(|d| (d.code, &d.message)),
        ),
        Err(FormatError::Unsafe(why)) => {
            panic!("formatting the formatted file changed its meaning: {why}")
        }
    }
    // The public entry point agrees.
    assert!(
        pact::fmt::format(source).ok().as_deref() == Some(once.as_str()),
        "format and try_format disagree"
    );
}

pub(crate) fn analysed(source: &str) -> (SourceMap, pact::Analysis) {
    let mut sources = SourceMap::new();
    sources.add(NAME, source);
    let analysis = pact::analyse(&mut sources, &mut pact::NoImports);
    (sources, analysis)
}

/// What the CLI would print: sorted, the first 200 as text, all as JSON.
fn print(sources: &SourceMap, diagnostics: &[Diagnostic]) -> Vec<String> {
    let mut sorted = diagnostics.to_vec();
    sort_diagnostics(&mut sorted);
    let mut out = Vec::with_capacity(sorted.len() + RENDERED);
    for d in sorted.iter().take(RENDERED) {
        out.push(render::human_plain(sources, d));
    }
    for d in &sorted {
        out.push(render::json_line(sources, d));
    }
    out
}

fn check_spans(source: &str, d: &Diagnostic) {
    let labels = std::iter::once(&d.primary).chain(d.secondary.iter());
    for label in labels {
        let span = label.span;
        if span.file != FileId(0) {
            continue;
        }
        let (start, end) = (span.start as usize, span.end as usize);
        assert!(
            start <= end && end <= source.len(),
            "{} has span {start}..{end} outside a file of {} bytes",
            d.code,
            source.len()
        );
        assert!(
            source.is_char_boundary(start) && source.is_char_boundary(end),
            "{} has span {start}..{end} inside a character",
            d.code
        );
    }
}

/// A writer that keeps at most [`SINK_LIMIT`] bytes, then fails every write,
/// so a runaway emitter stops instead of filling memory.
#[derive(Default)]
pub struct Sink {
    pub bytes: Vec<u8>,
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.bytes.len() + buf.len() > SINK_LIMIT {
            return Err(io::Error::other("fuzz sink full (1 MiB)"));
        }
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// `literals`: a structured target for the limits of dates, numbers and
/// recurring events. The input picks one of the repository's files that check
/// without errors (examples and `pass` fixtures, read at first use) and
/// replaces some of its number, percentage, date and time literals with
/// extreme values; the result goes through `check`, `schedule` and (with the
/// `fmt` feature) `fmt_roundtrip`. Use `replay --expand FILE` to see the text
/// an input stands for; keep that text, not the input, as a regression.
pub fn literals(data: &[u8]) {
    if let Some(text) = expand_literals(data) {
        check_text(&text);
        schedule_text(&text);
        #[cfg(feature = "fmt")]
        fmt_text(&text);
    }
}

/// The text a `literals` input stands for. Layout of the input: two bytes
/// choose the seed file, then records of four bytes `[literal index (2),
/// choice, extra]` each replace one literal of the seed.
pub fn expand_literals(data: &[u8]) -> Option<String> {
    let seeds = valid_seeds();
    let (head, records) = (data.get(..2)?, data.get(2..)?);
    if seeds.is_empty() || data.len() > MAX_INPUT {
        return None;
    }
    let seed = &seeds[usize::from(u16::from_le_bytes([head[0], head[1]])) % seeds.len()];
    let literals = find_literals(seed);
    if literals.is_empty() {
        return Some(seed.clone());
    }
    let mut replaced: Vec<Option<String>> = vec![None; literals.len()];
    for record in records.chunks_exact(4) {
        let index = usize::from(u16::from_le_bytes([record[0], record[1]])) % literals.len();
        let (kind, _) = literals[index];
        replaced[index] = Some(extreme(kind, record[2], record[3]));
    }
    let mut out = String::with_capacity(seed.len() + 64);
    let mut at = 0;
    for ((_, range), new) in literals.iter().zip(replaced) {
        out.push_str(&seed[at..range.start]);
        match new {
            Some(new) => out.push_str(&new),
            None => out.push_str(&seed[range.clone()]),
        }
        at = range.end;
    }
    out.push_str(&seed[at..]);
    Some(out)
}

/// The files the `literals` target starts from: every single-file example
/// and `pass` fixture of the repository that checks without errors.
pub fn valid_seeds() -> &'static [String] {
    static SEEDS: OnceLock<Vec<String>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut paths = Vec::new();
        pact_files(&root.join("examples"), false, &mut paths);
        pact_files(&root.join("tests/fixtures"), true, &mut paths);
        paths.retain(|p| {
            p.parent()
                .and_then(Path::file_name)
                .is_some_and(|n| n == "pass" || n == "examples")
        });
        paths.sort();
        paths
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .filter(|text| {
                let (_, analysis) = analysed(text);
                !analysis.diagnostics.iter().any(Diagnostic::is_error)
            })
            .collect()
    })
}

pub(crate) fn pact_files(dir: &Path, recurse: bool, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if recurse {
                pact_files(&path, recurse, out);
            }
        } else if path.extension().is_some_and(|e| e == "pact") {
            out.push(path);
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Lit {
    Number,
    Percent,
    Date,
    Time,
}

/// The number, percentage, date and time literals of a file (outside
/// comments and strings), as the lexer would split them.
fn find_literals(text: &str) -> Vec<(Lit, std::ops::Range<usize>)> {
    let b = text.as_bytes();
    let digits = |from: usize| {
        (from..b.len())
            .take_while(|&i| b[i].is_ascii_digit())
            .count()
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'/' && b.get(i + 1) == Some(&b'/') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if c == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' && b[i] != b'\n' {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i += 1;
        } else if c.is_ascii_alphabetic() || c == b'_' {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
        } else if c.is_ascii_digit() {
            let start = i;
            let run = digits(i);
            if run == 4
                && b.get(i + 4) == Some(&b'-')
                && digits(i + 5) == 2
                && b.get(i + 7) == Some(&b'-')
                && digits(i + 8) == 2
            {
                i += 10;
                found.push((Lit::Date, start..i));
            } else if run <= 2 && b.get(i + run) == Some(&b':') && digits(i + run + 1) == 2 {
                i += run + 3;
                found.push((Lit::Time, start..i));
            } else {
                while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
                    i += 1;
                }
                if b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
                    i += 1;
                    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
                        i += 1;
                    }
                }
                if b.get(i) == Some(&b'%') {
                    i += 1;
                    found.push((Lit::Percent, start..i));
                } else {
                    found.push((Lit::Number, start..i));
                }
            }
        } else {
            i += 1;
        }
    }
    found
}

#[rustfmt::skip]
const NUMBERS: &[&str] = &[
    "0", "1", "2", "3", "4", "5", "6", "7", "11", "12", "13", "23", "24", "25", "27", "28", "29",
    "30", "31", "32", "48", "52", "53", "59", "60", "61", "90", "99", "100", "101", "120", "364",
    "365", "366", "367", "999", "1000", "1200", "9999", "10000", "36500", "65535", "65536",
    "100000", "1000000", "2147483647", "2147483648", "4294967295", "4294967296",
    "9223372036854775807", "9223372036854775808", "18446744073709551615", "18446744073709551616",
    "79228162514264337593543950335", "79228162514264337593543950336",
    "99999999999999999999999999999999999999", "0.5", "0.0000000000000000000000000001",
    "0.00000000000000000000000000001", "1.5", "99.99", "1_000_000_000_000", "00", "007",
];

/// An extreme value for a literal of `kind`; `choice` picks a listed value,
/// or (past the list) a value built from `extra`.
fn extreme(kind: Lit, choice: u8, extra: u8) -> String {
    let pick = |list: &[&str]| -> Option<String> {
        list.get(usize::from(choice)).map(|s| (*s).to_string())
    };
    match kind {
        Lit::Number => pick(NUMBERS).unwrap_or_else(|| (u32::from(extra) * 97).to_string()),
        Lit::Percent => format!(
            "{}%",
            pick(NUMBERS).unwrap_or_else(|| u32::from(extra).to_string())
        ),
        Lit::Date => {
            const YEARS: &[u32] = &[
                0, 1, 1582, 1899, 1900, 1970, 2000, 2024, 2025, 2026, 2027, 2100, 2262, 9998, 9999,
            ];
            let year = YEARS[usize::from(choice) % YEARS.len()];
            let month = u32::from(extra % 14); // 00..=13
            let day = u32::from(choice / 16) * 2 + u32::from(extra / 128); // 00..=31
            let day = if choice % 5 == 0 {
                [1, 28, 29, 30, 31][usize::from(extra) % 5]
            } else {
                day
            };
            let month = if choice % 3 == 0 {
                [1, 2, 12][usize::from(extra) % 3]
            } else {
                month
            };
            format!("{year:04}-{month:02}-{day:02}")
        }
        Lit::Time => format!("{}:{:02}", choice % 26, extra % 62),
    }
}
