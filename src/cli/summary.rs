//! `pact check --summary`: each role's monthly load against its capacity,
//! and the counts of partnerships, obligations and conflicts.

use pact::check::portfolio::monthly_load;
use pact::Analysis;
use rust_decimal::Decimal;
use std::fmt::Write;

pub fn render(analysis: &Analysis) -> String {
    let portfolio = &analysis.portfolio;
    let mut out = String::new();
    let loads = monthly_load(portfolio);
    if !loads.is_empty() {
        let _ = writeln!(
            out,
            "Monthly load of each role (hours of meetings and reviews):\n"
        );
        let _ = writeln!(
            out,
            "{:<28} {:>9} {:>9} {:>9}  busiest month",
            "role", "capacity", "peak", "average"
        );
        for load in &loads {
            let name = portfolio
                .parties
                .get(load.party)
                .and_then(|p| {
                    p.roles
                        .get(load.role)
                        .map(|r| format!("{}.{}", p.name, r.name))
                })
                .unwrap_or_default();
            let peak = load
                .months
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)));
            let total = load
                .months
                .values()
                .fold(Decimal::ZERO, |sum, h| sum.saturating_add(*h));
            let count = Decimal::from(load.months.len().max(1));
            let average = (total / count).round_dp(1);
            let capacity = load
                .capacity
                .map_or("-".to_string(), |c| c.normalize().to_string());
            let (peak_hours, month) = match peak {
                Some(((y, m), h)) => (h.normalize().to_string(), format!("{y}-{m:02}")),
                None => ("0".to_string(), String::new()),
            };
            let over = match (load.capacity, peak) {
                (Some(c), Some((_, h))) if *h > c => "  over capacity",
                _ => "",
            };
            let _ = writeln!(
                out,
                "{name:<28} {capacity:>9} {peak_hours:>9} {:>9}  {month}{over}",
                average.normalize()
            );
        }
        out.push('\n');
    }
    let obligations: usize = portfolio
        .partnerships
        .iter()
        .map(|p| {
            p.obligations.len()
                + p.triggers
                    .iter()
                    .map(|t| t.obligations.len())
                    .sum::<usize>()
                + p.exit.as_ref().map_or(0, |e| e.obligations.len())
        })
        .sum();
    let errors = analysis.diagnostics.iter().filter(|d| d.is_error()).count();
    let conflicts = analysis
        .diagnostics
        .iter()
        .filter(|d| d.code.starts_with("E04"))
        .count();
    let _ = writeln!(out, "partnerships: {}", portfolio.partnerships.len());
    let _ = writeln!(out, "obligations:  {obligations}");
    let _ = writeln!(out, "conflicts across partnerships: {conflicts}");
    let _ = writeln!(out, "errors: {errors}");
    out
}
