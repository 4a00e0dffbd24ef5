//! Pact: a compiler for partnership contracts.
//!
//! The library is pure: it never reads files or prints. The pipeline is
//! `syntax` (text to tree) → `resolve` → `check` → `ir` → `emit`/`run`; see
//! ARCHITECTURE.md. The binary in `main.rs` does the I/O.

// Input can never make the compiler panic: no unwrap, expect, indexing or
// panic outside tests.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

pub mod check;
pub mod diagnostics;
pub mod emit;
pub mod fmt;
pub mod graph;
pub mod ir;
pub mod lower;
pub mod lsp;
pub mod parallel;
pub mod render;
pub mod resolve;
pub mod run;
pub mod source;
pub mod stdlib;
pub mod syntax;
pub mod units;
pub mod vocab;

use diagnostics::Diagnostic;
use source::SourceMap;

pub use parallel::side_by_side;
pub use resolve::{Loader, NoImports};

/// What checking a portfolio found: the model and every diagnostic.
#[derive(Debug)]
pub struct Analysis {
    pub portfolio: ir::Portfolio,
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks every file of a portfolio together: parsing, resolution, types,
/// each contract's logic. Imported files are read through `loader` and
/// added to `sources`. Diagnostics come in no particular order (callers
/// sort them for printing).
pub fn analyse(sources: &mut SourceMap, loader: &mut dyn Loader) -> Analysis {
    let mut diagnostics = Vec::new();
    let mut resolved = resolve::resolve(sources, loader, &mut diagnostics);
    lower::lower(&mut resolved, &mut diagnostics);
    diagnostics.append(&mut check_model(&resolved.portfolio));
    Analysis {
        portfolio: resolved.portfolio,
        diagnostics,
    }
}

/// The contract checks and the portfolio checks of a lowered model. They
/// read the model only, so they run side by side.
pub fn check_model(portfolio: &ir::Portfolio) -> Vec<Diagnostic> {
    let (mut contract, mut across) = side_by_side(
        || {
            let mut found = Vec::new();
            check::logic::check(portfolio, &mut found);
            found
        },
        || {
            let mut found = Vec::new();
            check::portfolio::check(portfolio, &mut found);
            found
        },
    );
    contract.append(&mut across);
    contract
}

/// [`analyse`] for sources that import no files.
pub fn check(sources: &SourceMap) -> Vec<Diagnostic> {
    let mut sources_copy = SourceMap::new();
    for id in sources.ids() {
        sources_copy.add(sources.name(id), sources.text(id));
    }
    analyse(&mut sources_copy, &mut NoImports).diagnostics
}
