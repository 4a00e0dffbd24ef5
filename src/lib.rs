//! Pact: a compiler for partnership contracts.
//!
//! The library is pure: it never reads files or prints. [`analyse`] runs
//! the stages: parse → load → declare (`resolve`) → expand → lower
//! (`lower`, into the model of `ir`) → link (`link`) → check (`check`);
//! `emit` and `run` read the model. See ARCHITECTURE.md. The binary in `main.rs` does the I/O.

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

pub mod amend;
pub mod check;
pub mod diagnostics;
pub mod diff;
pub mod emit;
pub mod fmt;
pub mod graph;
pub mod ir;
pub mod link;
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
pub mod versions;
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
    diagnostics.append(&mut link::link(&mut resolved.portfolio));
    diagnostics.append(&mut check_model(&resolved.portfolio));
    Analysis {
        portfolio: resolved.portfolio,
        diagnostics,
    }
}

/// [`analyse`] of one version of the portfolio: every partnership with the
/// amendments `version` includes (design §10.6).
pub fn analyse_at(
    sources: &mut SourceMap,
    loader: &mut dyn Loader,
    version: amend::Version,
) -> Analysis {
    let mut diagnostics = Vec::new();
    let mut resolved = resolve::resolve(sources, loader, &mut diagnostics);
    resolved.version = version;
    lower::lower(&mut resolved, &mut diagnostics);
    diagnostics.append(&mut link::link(&mut resolved.portfolio));
    diagnostics.append(&mut check_model(&resolved.portfolio));
    Analysis {
        portfolio: resolved.portfolio,
        diagnostics,
    }
}

/// Every version of a portfolio: the original contracts, then the
/// portfolio as of each distinct effective date of its amendments.
#[derive(Debug)]
pub struct Versions {
    /// The original contracts; `diagnostics` holds those of every version,
    /// each once.
    pub original: Analysis,
    /// The portfolio in force from each effective date, in date order.
    pub amended: Vec<(chrono::NaiveDate, ir::Portfolio)>,
    pub amendments: amend::Amendments,
}

/// Checks every version of a portfolio (design §10.6: every check runs on
/// every version). Resolution runs once; lowering and the checks once per
/// version, so a portfolio without amendments costs what [`analyse`] does.
pub fn analyse_versions(sources: &mut SourceMap, loader: &mut dyn Loader) -> Versions {
    let mut diagnostics = Vec::new();
    let resolved = resolve::resolve(sources, loader, &mut diagnostics);
    let dates = amend::effective_dates(&resolved.amendments);
    let amendments = resolved.amendments.clone();
    let lower_at = |mut resolved: resolve::Resolved, version| {
        let mut found = Vec::new();
        resolved.version = version;
        lower::lower(&mut resolved, &mut found);
        found.append(&mut link::link(&mut resolved.portfolio));
        found.append(&mut check_model(&resolved.portfolio));
        (resolved.portfolio, found)
    };
    let mut amended = Vec::with_capacity(dates.len());
    let mut seen: std::collections::HashSet<Diagnostic> = match dates.is_empty() {
        true => std::collections::HashSet::new(),
        false => diagnostics.iter().cloned().collect(),
    };
    for date in &dates {
        let (portfolio, found) = lower_at(resolved.clone(), amend::Version::AsOf(*date));
        for d in found {
            if seen.insert(d.clone()) {
                diagnostics.push(d);
            }
        }
        amended.push((*date, portfolio));
    }
    let (portfolio, found) = lower_at(resolved, amend::Version::Original);
    if dates.is_empty() {
        // One version: nothing to take twice, and no set of every
        // diagnostic to hash (issue 18).
        diagnostics.extend(found);
    } else {
        for d in found {
            if seen.insert(d.clone()) {
                diagnostics.push(d);
            }
        }
    }
    Versions {
        original: Analysis {
            portfolio,
            diagnostics,
        },
        amended,
        amendments,
    }
}

/// The contract checks and the portfolio checks of a lowered and linked
/// model ([`link::link`]). They
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
