//! E0423 for a date given on the command line (`--through`, `--until`)
//! beyond the horizon: pact follows a portfolio for 100 years from its
//! earliest term start (`pact::ir::renewal::horizon`), so that a date
//! such as 9999-12-31 cannot ask for millions of renewed terms. The dates
//! of a trace are checked the same way, line by line, in `pact::run`.

use super::EXIT_USAGE;
use chrono::NaiveDate;
use pact::ir::renewal::{horizon, too_many_renewals, HORIZON_YEARS, MAX_RENEWALS};
use pact::ir::Portfolio;
use std::process::ExitCode;

/// `Err` (exit 2, the error printed) when `date`, given as `--FLAG`, is
/// beyond the horizon of `portfolio`.
pub fn within(portfolio: &Portfolio, flag: &str, date: Option<NaiveDate>) -> Result<(), ExitCode> {
    let (Some(date), Some(last)) = (date, horizon(portfolio)) else {
        return Ok(());
    };
    if date <= last {
        return Ok(());
    }
    let earliest = portfolio
        .partnerships
        .iter()
        .filter_map(|p| p.term.map(|t| t.start))
        .min()
        .unwrap_or(last);
    let code = "E0423";
    say!(
        "error[{code}]: `--{flag} {date}` is more than {HORIZON_YEARS} years after the earliest term starts ({earliest})\n  \
         = note: pact follows a portfolio for {HORIZON_YEARS} years from its earliest start, the longest a term may last\n  \
         = help: give a date up to {last}"
    );
    Err(ExitCode::from(EXIT_USAGE))
}

/// `Err` (exit 2, the error printed) when `--through DATE` would renew a
/// partnership more than `MAX_RENEWALS` times (E0424).
pub fn renewals(portfolio: &Portfolio, through: Option<NaiveDate>) -> Result<(), ExitCode> {
    let Some(date) = through else {
        return Ok(());
    };
    let found = too_many_renewals(portfolio, date);
    let Some((name, last)) = found.first() else {
        return Ok(());
    };
    let code = "E0424";
    let others = match found.len() - 1 {
        0 => String::new(),
        1 => " (and 1 more partnership)".to_string(),
        n => format!(" (and {n} more partnerships)"),
    };
    say!(
        "error[{code}]: `--through {date}` needs more than {MAX_RENEWALS} renewed terms of `{name}`{others}\n  \
         = note: pact schedules at most {MAX_RENEWALS} renewed terms of a partnership (a monthly renewal for {HORIZON_YEARS} years)\n  \
         = help: give a date up to {last}, or renew for longer terms"
    );
    Err(ExitCode::from(EXIT_USAGE))
}
