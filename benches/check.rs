//! End-to-end `check` of large generated portfolios (issue 4).
//!
//! `cargo bench --bench check` prints the time to check 1,000 and 10,000
//! partnerships (parse, resolve, type and unit checks, each contract's
//! logic and every portfolio check), the growth factor between them, and
//! writes the 10,000-partnership portfolio to `target/portfolio-10000.pact`
//! so peak memory can be measured on the real binary:
//! `/usr/bin/time -v target/release/pact check target/portfolio-10000.pact`.
//! Targets: 10,000 partnerships in under 1 s; 10× the partnerships costs at
//! most 12× the time; peak memory under 10× the source size.

#[path = "generate.rs"]
mod generate;

use pact::source::SourceMap;
use std::time::Instant;

fn check_seconds(partnerships: usize, conflicts: bool) -> (f64, usize, usize) {
    let source = generate::portfolio(&generate::Options {
        partnerships,
        conflicts,
    });
    let size = source.len();
    let mut best = f64::MAX;
    let mut found = 0;
    for _ in 0..3 {
        let mut sources = SourceMap::new();
        sources.add("portfolio.pact", source.clone());
        let start = Instant::now();
        let analysis = pact::analyse(&mut sources, &mut pact::NoImports);
        best = best.min(start.elapsed().as_secs_f64());
        found = analysis.diagnostics.iter().filter(|d| d.is_error()).count();
    }
    (best, size, found)
}

/// Where the time goes, stage by stage, on one portfolio.
fn phases(partnerships: usize) {
    let source = generate::portfolio(&generate::Options {
        partnerships,
        conflicts: false,
    });
    let mut sources = SourceMap::new();
    sources.add("portfolio.pact", source);
    let mut diagnostics = Vec::new();
    let t = Instant::now();
    let mut resolved = pact::resolve::resolve(&mut sources, &mut pact::NoImports, &mut diagnostics);
    let parse_resolve = t.elapsed().as_secs_f64();
    let t = Instant::now();
    pact::lower::lower(&mut resolved, &mut diagnostics);
    let lower = t.elapsed().as_secs_f64();
    let t = Instant::now();
    diagnostics.append(&mut pact::link::link(&mut resolved.portfolio));
    pact::check::logic::check(&resolved.portfolio, &mut diagnostics);
    let logic = t.elapsed().as_secs_f64();
    let t = Instant::now();
    pact::check::portfolio::check(&resolved.portfolio, &mut diagnostics);
    let portfolio = t.elapsed().as_secs_f64();
    println!(
        "stages at {partnerships} partnerships: parse+resolve {parse_resolve:.3} s, expand+lower {lower:.3} s, contract checks {logic:.3} s, portfolio checks {portfolio:.3} s"
    );
}

fn main() {
    phases(10_000);
    let (small, small_size, small_errors) = check_seconds(1_000, false);
    let (large, large_size, large_errors) = check_seconds(10_000, false);
    println!(
        "check   1,000 partnerships ({:.1} MB): {:.3} s, {small_errors} errors",
        small_size as f64 / 1e6,
        small
    );
    println!(
        "check  10,000 partnerships ({:.1} MB): {:.3} s, {large_errors} errors",
        large_size as f64 / 1e6,
        large
    );
    println!(
        "growth for 10x the partnerships: {:.1}x the time",
        large / small
    );
    let (planted, _, planted_errors) = check_seconds(10_000, true);
    println!("check  10,000 partnerships with planted conflicts: {planted:.3} s, {planted_errors} errors");
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/portfolio-10000.pact");
    let source = generate::portfolio(&generate::Options {
        partnerships: 10_000,
        conflicts: false,
    });
    if std::fs::write(&path, source).is_ok() {
        println!("wrote {} for memory measurements", path.display());
    }
}
