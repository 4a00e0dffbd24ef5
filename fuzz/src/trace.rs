//! `trace`: `pact run` on hostile traces. The first byte of the input picks
//! a contract (the `tests/run/` portfolios, then every seed of `literals`);
//! the rest is the trace, as JSON lines. The run never panics, two runs of
//! the same trace give the same report (or the same errors), and a report
//! prints as text and as JSON.

use crate::{analysed, pact_files, text, valid_seeds};
use pact::diagnostics::Diagnostic;
use pact::ir::Portfolio;
use std::path::Path;
use std::sync::OnceLock;

/// The last day of the runs that stop early (`--until`), so that both paths
/// of the engine (a given date, the trace's last date) are fuzzed.
const UNTIL: (i32, u32, u32) = (2026, 6, 30);

pub fn trace(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Some(trace) = text(rest) else {
        return;
    };
    let portfolios = portfolios();
    let Some(portfolio) = portfolios.get(usize::from(pick) % portfolios.len().max(1)) else {
        return;
    };
    let until = chrono::NaiveDate::from_ymd_opt(UNTIL.0, UNTIL.1, UNTIL.2);
    for until in [None, until] {
        let first = pact::run::run(portfolio, &trace, until);
        let second = pact::run::run(portfolio, &trace, until);
        match (first, second) {
            (Ok(a), Ok(b)) => {
                assert!(a.to_json() == b.to_json(), "two runs gave different reports");
                assert!(a.human() == b.human(), "two runs printed different reports");
            }
            (Err(a), Err(b)) => {
                assert!(a == b, "two runs reported different trace errors");
                for error in &a {
                    let _ = error.to_string();
                }
            }
            _ => panic!("one run of the trace failed and the other did not"),
        }
    }
}

/// The contracts a trace runs against, analysed once, those without errors.
pub fn portfolios() -> &'static [Portfolio] {
    static PORTFOLIOS: OnceLock<Vec<Portfolio>> = OnceLock::new();
    PORTFOLIOS.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/run");
        let mut paths = Vec::new();
        pact_files(&root, true, &mut paths);
        paths.sort();
        let run_contracts = paths
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok());
        run_contracts
            .chain(valid_seeds().iter().cloned())
            .filter_map(|text| {
                let (_, analysis) = analysed(&text);
                let clean = !analysis.diagnostics.iter().any(Diagnostic::is_error);
                clean.then_some(analysis.portfolio)
            })
            .collect()
    })
}
