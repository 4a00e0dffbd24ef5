//! `pact render` at size (issue 17).
//!
//! `cargo bench --bench render` renders a generated portfolio of 1,000
//! partnerships as HTML and as Markdown in the library (best of three),
//! prints the time, the pages and their bytes, and writes the portfolio to
//! `target/portfolio-render-1000.pact` so the real binary can be measured:
//! `/usr/bin/time -v target/release/pact render target/portfolio-render-1000.pact -o target/render-1000`.

#[path = "generate.rs"]
mod generate;

use pact::render::{render, Format, Options};
use pact::source::SourceMap;
use std::time::Instant;

fn main() {
    let partnerships = 1000;
    let source = generate::portfolio(&generate::Options {
        partnerships,
        conflicts: false,
    });
    let _ = std::fs::create_dir_all("target");
    let _ = std::fs::write("target/portfolio-render-1000.pact", &source);
    let mut sources = SourceMap::new();
    sources.add("portfolio.pact", source);
    let analysis = pact::analyse(&mut sources, &mut pact::NoImports);
    let links = |_: &str| -> Option<String> { None };
    for format in [Format::Html, Format::Markdown] {
        let options = Options {
            format,
            with_errors: false,
            source_links: &links,
            history: None,
        };
        let mut best = f64::MAX;
        let mut pages = Vec::new();
        for _ in 0..3 {
            let start = Instant::now();
            pages = render(
                &analysis.portfolio,
                &sources,
                &analysis.diagnostics,
                &options,
            );
            best = best.min(start.elapsed().as_secs_f64());
        }
        let bytes: usize = pages.iter().map(|p| p.text.len()).sum();
        let index = pages
            .iter()
            .find(|p| p.path.starts_with("index."))
            .map_or(0, |p| p.text.len());
        println!(
            "render {partnerships} partnerships as {}: {best:.3} s, {} pages, {:.1} MB in all, portfolio page {:.1} MB",
            format.extension(),
            pages.len(),
            bytes as f64 / 1e6,
            index as f64 / 1e6
        );
    }
}
