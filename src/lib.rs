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

pub mod diagnostics;
pub mod ir;
pub mod source;
pub mod syntax;

use diagnostics::Diagnostic;
use source::SourceMap;

/// Checks every file of a portfolio together and returns all diagnostics,
/// in no particular order (callers sort them for printing).
pub fn check(sources: &SourceMap) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    for id in sources.ids() {
        let parsed = syntax::parse(sources.text(id), id);
        diagnostics.extend(parsed.diagnostics);
    }
    diagnostics
}
