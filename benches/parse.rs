//! Lex + parse throughput on a large generated portfolio.
//!
//! `cargo bench --bench parse` prints MB/s for the front end alone (lexer,
//! layout and parser, no checks). Target (issue 2): at least 100 MB/s on the
//! 2-core CI machine, release build.

#[path = "generate.rs"]
mod generate;

use pact::diagnostics::FileId;
use std::time::Instant;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let dense = generate::portfolio(&generate::Options {
        partnerships: 10_000,
        conflicts: false,
    });
    measure(
        "generated portfolio, 10,000 partnerships (dense, few comments)",
        &dense,
    );
    measure(
        "the shipped examples, repeated to the same size",
        &examples_repeated(dense.len()),
    );
}

/// The examples as users write them (with their comments), repeated.
fn examples_repeated(size: usize) -> String {
    let mut files = Vec::new();
    collect(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples")
            .as_path(),
        &mut files,
    );
    files.sort();
    let one: String = files
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .collect::<Vec<_>>()
        .join("\n");
    let mut text = String::with_capacity(size + one.len());
    while !one.is_empty() && text.len() < size {
        text.push_str(&one);
        text.push('\n');
    }
    text
}

fn collect(dir: &std::path::Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "pact") {
            files.push(path);
        }
    }
}

fn measure(what: &str, source: &str) {
    let megabytes = source.len() as f64 / 1e6;
    // Warm up once, then take the best of five (least disturbed) runs.
    let warm = pact::syntax::parse(source, FileId(0));
    assert!(warm.diagnostics.is_empty(), "{what} parses");
    let mut best = f64::MAX;
    for _ in 0..5 {
        let start = Instant::now();
        let parsed = pact::syntax::parse(source, FileId(0));
        let seconds = start.elapsed().as_secs_f64();
        std::hint::black_box(parsed);
        best = best.min(seconds);
    }
    let start = Instant::now();
    let tokens = pact::syntax::lexer::Lexer::new(source, FileId(0)).count();
    let lex = start.elapsed().as_secs_f64();
    println!("{what}:");
    println!(
        "  lex+parse {megabytes:.1} MB in {best:.3} s = {:.0} MB/s (best of 5); lexing alone {:.0} MB/s, {tokens} tokens",
        megabytes / best,
        megabytes / lex
    );
}
