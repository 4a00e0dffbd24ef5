//! `pact check --summary`: each role's monthly load against its capacity,
//! and the counts of partnerships, obligations and conflicts.
//!
//! A role's average is over every month of the terms of the partnerships
//! it meets in, quiet months included (a quarterly meeting of 3 hours is
//! 1 hour a month on average, not 3). Columns are as wide as their widest
//! cell, so long role names keep the table aligned.

use chrono::Datelike;
use pact::check::portfolio::{monthly_load, RoleLoad};
use pact::ir::Portfolio;
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
        let rows: Vec<[String; 5]> = loads.iter().map(|load| load_row(portfolio, load)).collect();
        out.push_str(&table(
            ["role", "capacity", "peak", "average", "busiest month"],
            &rows,
        ));
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

/// One line of the load table: role, capacity, peak, average, busiest
/// month (with "over capacity" when the peak exceeds the capacity).
fn load_row(portfolio: &Portfolio, load: &RoleLoad<'_>) -> [String; 5] {
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
    let count = Decimal::from(term_months(load).max(1));
    let average = (total / count).round_dp(1).normalize().to_string();
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
    [
        name,
        capacity,
        peak_hours,
        average,
        format!("{month}{over}"),
    ]
}

/// How many calendar months the terms of the role's partnerships cover,
/// each month counted once however many terms overlap it.
fn term_months(load: &RoleLoad<'_>) -> usize {
    let index = |d: chrono::NaiveDate| i64::from(d.year()) * 12 + i64::from(d.month0());
    let mut spans: Vec<(i64, i64)> = load
        .meetings
        .iter()
        .filter_map(|(p, _)| p.term.map(|t| (index(t.start), index(t.end))))
        .collect();
    spans.sort_unstable();
    let mut months = 0i64;
    let mut covered_to = i64::MIN;
    for (start, end) in spans {
        let from = start.max(covered_to.saturating_add(1));
        if end >= from {
            months += end - from + 1;
            covered_to = end;
        }
    }
    usize::try_from(months).unwrap_or(0)
}

/// The rows under the header, the first column left-aligned, the numbers
/// right-aligned, the last column as it is; every column as wide as its
/// widest cell.
fn table(header: [&str; 5], rows: &[[String; 5]]) -> String {
    let mut widths = header.map(str::len);
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.len());
        }
    }
    let [w0, w1, w2, w3, _] = widths;
    let mut out = String::new();
    let mut line = |cells: [&str; 5]| {
        let [a, b, c, d, e] = cells;
        let text = format!("{a:<w0$}  {b:>w1$}  {c:>w2$}  {d:>w3$}  {e}");
        let _ = writeln!(out, "{}", text.trim_end());
    };
    line(header);
    for row in rows {
        let [a, b, c, d, e] = row;
        line([a, b, c, d, e].map(String::as_str));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_as_wide_as_their_widest_cell() {
        let rows = [
            ["A.x", "40", "16.5", "14.2", "2026-12"].map(String::from),
            [
                "AVeryLongPartyName.a_very_long_role_name",
                "6",
                "3",
                "1",
                "2026-01  over capacity",
            ]
            .map(String::from),
        ];
        let text = table(
            ["role", "capacity", "peak", "average", "busiest month"],
            &rows,
        );
        let starts: Vec<Option<usize>> = text
            .lines()
            .map(|l| l.find("  2026").or(l.find("  busiest")))
            .collect();
        assert!(starts.iter().all(|s| *s == starts[0]), "{text}");
    }
}
