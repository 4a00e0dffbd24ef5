//! `pact diff` on two versions of the generated 10,000-partnership
//! portfolio where 1% of the partnerships changed (issue 15).
//!
//! `cargo bench --bench diff` times, in the library (best of 3):
//! - files: OLD and NEW, where NEW's partnerships P0, P100, P200 ... have a
//!   retainer of 21,000 instead of 20,000 and their tactical meeting on
//!   Tuesdays instead of Mondays: both analysed, then diffed;
//! - versions: OLD plus 100 `amend` declarations making the same change six
//!   months into each term, diffed `--as-of` the earliest and the latest
//!   effective dates; and `pact check` of it, which checks every version.
//!
//! It writes `target/diff-old.pact`, `target/diff-new.pact` and
//! `target/diff-amended.pact`, for the binary:
//! `time target/release/pact diff target/diff-old.pact target/diff-new.pact -o /dev/null`.

#[path = "generate.rs"]
mod generate;

use pact::diff::{self, Side};
use pact::source::SourceMap;
use pact::versions::Versioned;
use std::time::Instant;

const PARTNERSHIPS: usize = 10_000;

/// The generator's start of partnership `i` (year, month).
fn start(i: usize) -> (usize, usize) {
    (2026 + (i % 3), 1 + (i % 12))
}

fn changed(old: &str) -> String {
    let mut out = String::with_capacity(old.len());
    let mut current: Option<usize> = None;
    for line in old.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix("partnership P") {
            current = rest.split(' ').next().and_then(|n| n.parse().ok());
        }
        let hit = current.is_some_and(|i| i % 100 == 0);
        if hit && line.contains("retainer 20_000 USD monthly") {
            out.push_str(&line.replace("20_000", "21_000"));
        } else if hit && line.contains("meeting tactical weekly on monday") {
            out.push_str(&line.replace("on monday", "on tuesday"));
        } else {
            out.push_str(line);
        }
    }
    out
}

fn amended(old: &str) -> String {
    let mut out = old.to_string();
    let parties = (PARTNERSHIPS / 4).max(2);
    for i in (0..PARTNERSHIPS).step_by(100) {
        let client = i % parties;
        let provider = (i * 7 + 1) % parties;
        let provider = if provider == client {
            (provider + 1) % parties
        } else {
            provider
        };
        let (year, month) = start(i);
        let (year, month) = if month > 6 {
            (year + 1, month - 6)
        } else {
            (year, month + 6)
        };
        out.push_str(&format!(
            "amend P{i} effective {year}-{month:02}-01 as significant approved by Org{client}.rm, Org{provider}.rm {{\n  \
             override meeting tactical weekly on tuesday for 1 hour with Org{client}.rm, Org{provider}.rm\n  \
             override pay Org{provider} {{\n    retainer 21_000 USD monthly\n    invoice monthly in arrears net 30 days\n  }}\n}}\n\n"
        ));
    }
    out
}

fn analysed(name: &str, text: &str) -> (SourceMap, pact::Versions) {
    let mut sources = SourceMap::new();
    sources.add(name, text.to_string());
    let versions = pact::analyse_versions(&mut sources, &mut pact::NoImports);
    (sources, versions)
}

fn side<'a>(sources: &'a SourceMap, v: &'a pact::Versions) -> Side<'a> {
    Side {
        versions: Versioned::new(&v.original.portfolio, &v.amended, &v.amendments),
        sources,
        diagnostics: &v.original.diagnostics,
    }
}

fn best(mut f: impl FnMut()) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..3 {
        let start = Instant::now();
        f();
        best = best.min(start.elapsed().as_secs_f64());
    }
    best
}

fn main() {
    let old = generate::portfolio(&generate::Options {
        partnerships: PARTNERSHIPS,
        conflicts: false,
    });
    let new = changed(&old);
    let with_amendments = amended(&old);
    let target = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    let _ = std::fs::write(target.join("diff-old.pact"), &old);
    let _ = std::fs::write(target.join("diff-new.pact"), &new);
    let _ = std::fs::write(target.join("diff-amended.pact"), &with_amendments);

    let mut changed_partnerships = 0;
    let files = best(|| {
        let (sa, a) = analysed("old.pact", &old);
        let (sb, b) = analysed("new.pact", &new);
        let d = diff::diff(&side(&sa, &a), &side(&sb, &b));
        changed_partnerships = d.partnerships.len();
    });
    println!(
        "diff OLD NEW, {PARTNERSHIPS} partnerships, {changed_partnerships} changed: {files:.2} s (both analysed and diffed)"
    );

    let check = best(|| {
        let (_, v) = analysed("amended.pact", &with_amendments);
        assert!(v.original.diagnostics.iter().all(|d| !d.is_error()));
    });
    println!("check with 100 amendments (every version): {check:.2} s");

    let as_of = best(|| {
        let at = |date: &str| {
            let mut sources = SourceMap::new();
            sources.add("amended.pact", with_amendments.clone());
            let date = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap_or_default();
            let analysis = pact::analyse_at(
                &mut sources,
                &mut pact::NoImports,
                pact::amend::Version::AsOf(date),
            );
            (sources, analysis)
        };
        let (sa, a) = at("2026-06-30");
        let (sb, b) = at("2029-12-31");
        let no_versions: Vec<(chrono::NaiveDate, pact::ir::Portfolio)> = Vec::new();
        let none = pact::amend::Amendments::default();
        let d = diff::diff(
            &Side {
                versions: Versioned::new(&a.portfolio, &no_versions, &none),
                sources: &sa,
                diagnostics: &a.diagnostics,
            },
            &Side {
                versions: Versioned::new(&b.portfolio, &no_versions, &none),
                sources: &sb,
                diagnostics: &b.diagnostics,
            },
        );
        changed_partnerships = d.partnerships.len();
    });
    println!("diff --as-of 2026-06-30 --as-of 2029-12-31 with 100 amendments: {as_of:.2} s ({changed_partnerships} partnerships differ)");
}
