//! Reading a trace: one JSON object a line, each checked on its own against
//! the portfolio (names, units, currencies) and against the date order.
//! Every bad line is reported, not only the first.

use super::catalog::{Catalog, Fulfil};
use super::TraceError;
use crate::diagnostics::suggest::did_you_mean;
use crate::ir::values::{unit_kind, Duration, Money, Type, UnitKind, Value};
use crate::ir::Partnership;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::{Map, Value as Json};
use std::str::FromStr;

mod lines;

/// One applied line of the trace.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub line: usize,
    pub date: NaiveDate,
    pub kind: Kind,
}

#[derive(Debug, Clone)]
pub(crate) enum Kind {
    Signal {
        p: usize,
        signal: usize,
        value: Value,
    },
    Metric {
        p: usize,
        metric: usize,
        value: Value,
    },
    Event {
        p: usize,
        event: usize,
    },
    Fulfilled {
        id: String,
    },
    Raise {
        p: usize,
        level: usize,
    },
    Escalate {
        p: usize,
        ladder: LadderRef,
        to: Option<usize>,
    },
    Resolved {
        p: usize,
        ladder: LadderRef,
    },
    /// A renewal decision (`{"renewal": "renew"}` or `"expire"`).
    Renewal {
        p: usize,
        renew: bool,
    },
    /// A notice of termination by party `by`: for convenience, or for cause
    /// (naming the breached duty when given).
    Terminate {
        p: usize,
        cause: bool,
        by: usize,
        breach: Option<String>,
    },
    /// The breach of an open notice for cause is cured.
    Cured {
        p: usize,
        notice: Option<String>,
    },
    /// An amendment signed (design §10.5, §10.6), by its index among the
    /// partnership's amendments.
    Signed {
        p: usize,
        amendment: usize,
    },
    /// An invoice paid (design §10.5), by its id.
    Paid {
        id: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LadderKind {
    Dispute,
    Escalation,
}

impl LadderKind {
    pub fn word(self) -> &'static str {
        match self {
            LadderKind::Dispute => "dispute",
            LadderKind::Escalation => "escalation",
        }
    }
}

/// `dispute`, `escalation`, or one ladder by its id.
#[derive(Debug, Clone)]
pub(crate) struct LadderRef {
    pub kind: LadderKind,
    /// The full id (`Partnership.dispute@2026-03-02`) when one is named.
    pub id: Option<String>,
    /// The step or level named instead of the ladder: for `escalate`, the
    /// step to move to; for `resolved`, the step the ladder must be at.
    pub step: Option<usize>,
}

const WHAT: [&str; 12] = [
    "signal",
    "metric",
    "event",
    "fulfilled",
    "raise",
    "escalate",
    "resolved",
    "renewal",
    "terminate",
    "cured",
    "paid",
    "signed",
];
const COMMON: [&str; 7] = ["date", "partnership", "note", "value", "to", "by", "breach"];

pub(crate) type Bad = (String, Option<String>);

pub(crate) fn bad(message: impl Into<String>) -> Bad {
    (message.into(), None)
}

/// Every line of `text`, or every bad line.
pub(crate) fn parse(catalog: &Catalog<'_>, text: &str) -> Result<Vec<Entry>, Vec<TraceError>> {
    let mut entries = Vec::new();
    let mut errors = Vec::new();
    // The latest date so far and its line: later lines may not go back.
    let mut latest: Option<(NaiveDate, usize)> = None;
    let horizon = crate::ir::renewal::horizon(catalog.pf);
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            continue;
        }
        if let Err((message, help)) = super::limits::check_line(trimmed) {
            errors.push(
                TraceError::new(line, message)
                    .with_help(Some(help))
                    .with_code("E0017"),
            );
            continue;
        }
        let (date, kind) = parse_line(catalog, trimmed);
        let kind = match kind {
            Ok(kind) => Some(kind),
            Err((message, help)) => {
                errors.push(TraceError::new(line, short(message)).with_help(help));
                None
            }
        };
        let Some(date) = date else { continue };
        if let Some(error) = beyond_horizon(catalog, horizon, date, line) {
            errors.push(error);
            continue;
        }
        match latest {
            Some((before, at)) if date < before => {
                if kind.is_some() {
                    errors.push(
                        TraceError::new(
                            line,
                            format!("dates out of order: {date} comes after {before} (line {at})"),
                        )
                        .with_help(Some(
                            "events must be in date order; lines of one date keep their order"
                                .to_string(),
                        )),
                    );
                }
                continue;
            }
            _ => latest = Some((date, line)),
        }
        if let Some(kind) = kind {
            entries.push(Entry { line, date, kind });
        }
    }
    if errors.is_empty() {
        Ok(entries)
    } else {
        Err(errors)
    }
}

/// A message shortened to its first 300 characters: a line may echo a
/// value of 60,000 characters back.
fn short(message: String) -> String {
    match message.char_indices().nth(300) {
        Some((at, _)) => format!(
            "{}… ({} characters)",
            message.get(..at).unwrap_or(""),
            message.chars().count()
        ),
        None => message,
    }
}

/// E0423 for a date after the horizon (see `ir::renewal::horizon`).
fn beyond_horizon(
    catalog: &Catalog<'_>,
    horizon: Option<NaiveDate>,
    date: NaiveDate,
    line: usize,
) -> Option<TraceError> {
    let last = horizon.filter(|h| date > *h)?;
    let earliest = catalog
        .pf
        .partnerships
        .iter()
        .filter_map(|p| p.term.map(|t| t.start))
        .min()?;
    Some(
        TraceError::new(
            line,
            format!(
                "{date} is more than {} years after the earliest term starts ({earliest})",
                crate::ir::renewal::HORIZON_YEARS
            ),
        )
        .with_help(Some(format!(
            "pact follows a portfolio up to {last}: give dates up to then"
        )))
        .with_code("E0423"),
    )
}

/// The line's date (when it has a valid one) and what it says.
fn parse_line(catalog: &Catalog<'_>, text: &str) -> (Option<NaiveDate>, Result<Kind, Bad>) {
    let json: Json = match serde_json::from_str(text) {
        Ok(json) => json,
        Err(e) => {
            let mut message = e.to_string();
            if let Some(at) = message.rfind(" at line ") {
                message.truncate(at);
            }
            return (
                None,
                Err((
                    format!("malformed JSON at column {}: {message}", e.column()),
                    Some("each line is one JSON object, like {\"date\": \"2026-03-02\", \"partnership\": \"AcmeGlobex\", \"event\": \"dispute_notice\"}".to_string()),
                )),
            );
        }
    };
    let Json::Object(object) = json else {
        return (None, Err(bad("a line must be a JSON object")));
    };
    let date = match object.get("date") {
        None => return (None, Err(bad("missing \"date\""))),
        Some(value) => match parse_date(value) {
            Ok(d) => d,
            Err(e) => return (None, Err(e)),
        },
    };
    (Some(date), parse_kind(catalog, &object))
}

fn parse_date(value: &Json) -> Result<NaiveDate, Bad> {
    let Json::String(text) = value else {
        return Err(bad(format!(
            "\"date\" must be a string YYYY-MM-DD, not {value}"
        )));
    };
    date_text(text).ok_or_else(|| bad(format!("`{text}` is not a date (YYYY-MM-DD)")))
}

/// A date written `YYYY-MM-DD`, validated (`2026-02-30` is none).
pub(crate) fn date_text(text: &str) -> Option<NaiveDate> {
    let shape = text.len() == 10
        && text.char_indices().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shape {
        return None;
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

fn parse_kind(catalog: &Catalog<'_>, object: &Map<String, Json>) -> Result<Kind, Bad> {
    for key in object.keys() {
        if !WHAT.contains(&key.as_str()) && !COMMON.contains(&key.as_str()) {
            let all = WHAT.iter().chain(COMMON.iter()).copied();
            return Err((format!("unknown key `{key}`"), did_you_mean(key, all)));
        }
    }
    let said: Vec<&str> = WHAT
        .iter()
        .copied()
        .filter(|k| object.contains_key(*k))
        .collect();
    let what = match said.as_slice() {
        [one] => *one,
        [] => {
            return Err((
                "this line says nothing".to_string(),
                Some("give one of `signal`, `metric`, `event`, `fulfilled`, `raise`, `escalate`, `resolved`, `renewal`, `terminate`, `cured`, `paid`, `signed`".to_string()),
            ))
        }
        [first, second, ..] => {
            return Err(bad(format!(
                "a line says one thing, but this one has both `{first}` and `{second}`"
            )))
        }
    };
    if object.contains_key("value") && !matches!(what, "signal" | "metric") {
        return Err(bad(format!(
            "\"value\" belongs to a signal or metric reading, not to `{what}`"
        )));
    }
    if object.contains_key("to") && what != "escalate" {
        return Err(bad(format!(
            "\"to\" belongs to `escalate`, not to `{what}`"
        )));
    }
    for key in ["by", "breach"] {
        if object.contains_key(key) && what != "terminate" {
            return Err(bad(format!(
                "\"{key}\" belongs to `terminate`, not to `{what}`"
            )));
        }
    }
    let name = |key: &str| -> Result<&str, Bad> {
        match object.get(key) {
            Some(Json::String(s)) => Ok(s.as_str()),
            Some(other) => Err(bad(format!("\"{key}\" must be a string, not {other}"))),
            None => Err(bad(format!("missing \"{key}\""))),
        }
    };
    if what == "fulfilled" {
        return fulfilled(catalog, object, name("fulfilled")?);
    }
    if what == "paid" {
        // Invoices accrue with the retainers: the id is checked at the end
        // of the run (`money/invoices.rs`), where an unknown one names this line.
        return Ok(Kind::Paid {
            id: name("paid")?.to_string(),
        });
    }
    let p = partnership(catalog, object)?;
    let partnership = catalog
        .partnership(p)
        .ok_or_else(|| bad("unknown partnership"))?;
    match what {
        "signal" => {
            let signal_name = name("signal")?;
            let Some(&signal) = catalog.signals.get(signal_name) else {
                return Err((
                    format!("unknown signal `{signal_name}`"),
                    did_you_mean(signal_name, sorted(catalog.signals.keys().copied())),
                ));
            };
            let ty = catalog
                .pf
                .signals
                .get(signal)
                .map_or(Type::Number, |s| s.ty);
            let value = reading(object, ty, partnership, None, "signal", signal_name)?;
            Ok(Kind::Signal { p, signal, value })
        }
        "metric" => {
            let metric_name = name("metric")?;
            let Some(metric) = partnership.metric(metric_name) else {
                return Err((
                    format!("unknown metric `{metric_name}` of `{}`", partnership.name),
                    did_you_mean(
                        metric_name,
                        partnership.metrics.iter().map(|m| m.name.as_str()),
                    ),
                ));
            };
            let m = partnership.metrics.get(metric);
            if m.is_some_and(|m| {
                crate::ir::HEALTH_METRICS.contains(&m.name.as_str())
                    && m.tier.is_none()
                    && m.target.is_none()
            }) {
                return Err((
                    format!("`{metric_name}` is computed by pact run from the metrics' readings"),
                    Some("give readings of the metrics with targets instead".to_string()),
                ));
            }
            let ty = m.map_or(Type::Number, |m| m.ty);
            let range = m.and_then(|m| m.range);
            let value = reading(object, ty, partnership, range, "metric", metric_name)?;
            Ok(Kind::Metric { p, metric, value })
        }
        "event" => {
            let event_name = name("event")?;
            let Some(&event) = catalog.events.get(event_name) else {
                return Err((
                    format!("unknown event `{event_name}`"),
                    did_you_mean(event_name, sorted(catalog.events.keys().copied())),
                ));
            };
            Ok(Kind::Event { p, event })
        }
        "raise" => {
            let level_name = name("raise")?;
            if partnership.escalation.is_empty() {
                return Err(bad(format!(
                    "`{}` has no escalation ladder",
                    partnership.name
                )));
            }
            let Some(level) = partnership
                .escalation
                .iter()
                .position(|l| l.name == level_name)
            else {
                return Err((
                    format!(
                        "`{level_name}` is no escalation level of `{}`",
                        partnership.name
                    ),
                    did_you_mean(
                        level_name,
                        partnership.escalation.iter().map(|l| l.name.as_str()),
                    ),
                ));
            };
            Ok(Kind::Raise { p, level })
        }
        "escalate" => {
            let ladder = ladder_ref(partnership, name("escalate")?)?;
            let to = match object.get("to") {
                None => ladder.step,
                Some(_) if ladder.step.is_some() => {
                    return Err(bad(
                        "\"escalate\" names a step already; leave out \"to\" or name the ladder",
                    ))
                }
                Some(Json::String(step)) => Some(step_index(partnership, ladder.kind, step)?),
                Some(other) => return Err(bad(format!("\"to\" must be a string, not {other}"))),
            };
            Ok(Kind::Escalate { p, ladder, to })
        }
        "renewal" => lines::renewal_line(p, partnership, name("renewal")?),
        "terminate" => {
            let by = match object.get("by") {
                Some(Json::String(s)) => s.as_str(),
                Some(other) => return Err(bad(format!("\"by\" must be a string, not {other}"))),
                None => {
                    return Err((
                        "missing \"by\"".to_string(),
                        Some("name the party giving notice, like \"by\": \"Acme\"".to_string()),
                    ))
                }
            };
            let breach = match object.get("breach") {
                Some(Json::String(s)) => Some(s.as_str()),
                Some(other) => {
                    return Err(bad(format!("\"breach\" must be a string, not {other}")))
                }
                None => None,
            };
            lines::terminate_line(catalog, p, partnership, name("terminate")?, by, breach)
        }
        "cured" => lines::cured_line(p, partnership, name("cured")?),
        "signed" => lines::signed_line(p, partnership, name("signed")?),
        _ => {
            let ladder = ladder_ref(partnership, name("resolved")?)?;
            Ok(Kind::Resolved { p, ladder })
        }
    }
}

fn sorted<'a>(names: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut names: Vec<&str> = names.collect();
    names.sort_unstable();
    names
}

/// The line's partnership; it may be left out of a one-partnership portfolio.
fn partnership(catalog: &Catalog<'_>, object: &Map<String, Json>) -> Result<usize, Bad> {
    match object.get("partnership") {
        Some(Json::String(name)) => {
            catalog
                .partnerships
                .get(name.as_str())
                .copied()
                .ok_or_else(|| {
                    (
                        format!("unknown partnership `{name}`"),
                        did_you_mean(name, sorted(catalog.partnerships.keys().copied())),
                    )
                })
        }
        Some(other) => Err(bad(format!(
            "\"partnership\" must be a string, not {other}"
        ))),
        None if catalog.pf.partnerships.len() == 1 => Ok(0),
        None => Err((
            "missing \"partnership\"".to_string(),
            Some(format!(
                "the portfolio has {} partnerships; name the one this line is about",
                catalog.pf.partnerships.len()
            )),
        )),
    }
}

fn fulfilled(catalog: &Catalog<'_>, object: &Map<String, Json>, id: &str) -> Result<Kind, Bad> {
    let base = id.split('@').next().unwrap_or(id);
    let prefix = base.split('.').next().unwrap_or(base);
    if let Some(Json::String(p)) = object.get("partnership") {
        if p != prefix {
            return Err(bad(format!("`{id}` belongs to `{prefix}`, not to `{p}`")));
        }
    } else if let Some(other) = object.get("partnership") {
        return Err(bad(format!(
            "\"partnership\" must be a string, not {other}"
        )));
    }
    match catalog.fulfil.get(base) {
        Some(Fulfil::Yes) => Ok(Kind::Fulfilled { id: id.to_string() }),
        Some(Fulfil::No(why)) => Err(bad(format!("`{base}` is {why}"))),
        None => {
            let same: Vec<&str> = sorted(
                catalog
                    .fulfil
                    .iter()
                    .filter(|(k, how)| **how == Fulfil::Yes && k.split('.').next() == Some(prefix))
                    .map(|(k, _)| k.as_str()),
            );
            let help = did_you_mean(base, same.iter().copied()).or_else(|| {
                (!catalog.partnerships.contains_key(prefix)).then(|| {
                    "an id starts with its partnership's name, like `AcmeGlobex.milestone.go_live`"
                        .to_string()
                })
            });
            Err((format!("unknown obligation id `{base}`"), help))
        }
    }
}

fn ladder_ref(p: &Partnership, text: &str) -> Result<LadderRef, Bad> {
    let local = text
        .strip_prefix(p.name.as_str())
        .and_then(|r| r.strip_prefix('.'))
        .unwrap_or(text);
    let (head, instance) = match local.split_once('@') {
        Some((head, instance)) => (head, Some(instance)),
        None => (local, None),
    };
    let mut step = None;
    let kind = match head {
        "dispute" => LadderKind::Dispute,
        "escalation" => LadderKind::Escalation,
        name if instance.is_none() => {
            // A step or level name stands for its ladder.
            let dispute = step_index(p, LadderKind::Dispute, name).ok();
            let escalation = step_index(p, LadderKind::Escalation, name).ok();
            match (dispute, escalation) {
                (Some(i), None) => {
                    step = Some(i);
                    LadderKind::Dispute
                }
                (None, Some(i)) => {
                    step = Some(i);
                    LadderKind::Escalation
                }
                (Some(_), Some(_)) => {
                    return Err((
                        format!("`{name}` is both a dispute step and an escalation level"),
                        Some("name the ladder: `dispute` or `escalation`, with \"to\"".to_string()),
                    ))
                }
                (None, None) => {
                    let known: Vec<&str> = ["dispute", "escalation"]
                        .into_iter()
                        .chain(
                            p.disputes
                                .iter()
                                .flat_map(|d| &d.steps)
                                .map(|s| s.name.as_str()),
                        )
                        .chain(p.escalation.iter().map(|l| l.name.as_str()))
                        .collect();
                    return Err((
                        format!("`{text}` names no ladder of `{}`", p.name),
                        did_you_mean(name, known).or_else(|| {
                            Some("write `dispute` or `escalation`, a step of the ladder, or a ladder id like `dispute@2026-03-02`".to_string())
                        }),
                    ));
                }
            }
        }
        _ => {
            return Err((
                format!("`{text}` names no ladder"),
                Some("a ladder id is `dispute@DATE` or `escalation@DATE`".to_string()),
            ))
        }
    };
    let has = match kind {
        LadderKind::Dispute => p.disputes.as_ref().is_some_and(|d| !d.steps.is_empty()),
        LadderKind::Escalation => !p.escalation.is_empty(),
    };
    if !has {
        return Err(bad(format!("`{}` has no {} ladder", p.name, kind.word())));
    }
    Ok(LadderRef {
        kind,
        id: instance.map(|i| format!("{}.{head}@{i}", p.name)),
        step,
    })
}

fn step_index(p: &Partnership, kind: LadderKind, step: &str) -> Result<usize, Bad> {
    let names: Vec<&str> = match kind {
        LadderKind::Dispute => p
            .disputes
            .iter()
            .flat_map(|d| &d.steps)
            .map(|s| s.name.as_str())
            .collect(),
        LadderKind::Escalation => p.escalation.iter().map(|l| l.name.as_str()).collect(),
    };
    names.iter().position(|n| *n == step).ok_or_else(|| {
        (
            format!(
                "`{step}` is no step of the {} ladder of `{}`",
                kind.word(),
                p.name
            ),
            did_you_mean(step, names.iter().copied()),
        )
    })
}

/// The `value` of a signal or metric reading, typed as it is declared.
fn reading(
    object: &Map<String, Json>,
    ty: Type,
    p: &Partnership,
    range: Option<(Decimal, Decimal)>,
    what: &str,
    name: &str,
) -> Result<Value, Bad> {
    let Some(json) = object.get("value") else {
        return Err(bad(format!("missing \"value\" of the {what} `{name}`")));
    };
    let value = typed(json, ty, p.currency.as_deref()).map_err(|(message, help)| {
        (
            format!("{what} `{name}` is {}: {message}", a_type(ty)),
            help,
        )
    })?;
    if let (Some((lo, hi)), Some(x)) = (range, value.magnitude()) {
        if x < lo || x > hi {
            return Err(bad(format!(
                "{value} is outside the range of the {what} `{name}` ({}..{})",
                lo.normalize(),
                hi.normalize()
            )));
        }
    }
    Ok(value)
}

fn a_type(ty: Type) -> String {
    match ty {
        Type::Percent => "a percentage".into(),
        Type::Money => "money".into(),
        Type::Duration => "a duration".into(),
        Type::Date => "a date".into(),
        Type::Bool => "yes or no".into(),
        Type::Text => "text".into(),
        other => format!("a {}", other.name()),
    }
}

/// A JSON value read as a value of type `ty`.
pub(crate) fn typed(json: &Json, ty: Type, currency: Option<&str>) -> Result<Value, Bad> {
    match ty {
        Type::Number | Type::Count | Type::Score => {
            let n = match json {
                Json::Number(n) => {
                    json_number(n).ok_or_else(|| bad(format!("{n} is too large")))?
                }
                Json::String(s) if too_precise(s) => return Err(not_a_number(s, s)),
                Json::String(s) => number(s).ok_or_else(|| {
                    (
                        format!("found \"{s}\""),
                        Some("write a plain number, like 7".to_string()),
                    )
                })?,
                other => return Err(bad(format!("found {other}"))),
            };
            if ty == Type::Count && (n.is_sign_negative() || !n.fract().is_zero()) {
                return Err(bad(format!(
                    "a count is a whole number, not {}",
                    n.normalize()
                )));
            }
            Ok(Value::Number(n))
        }
        Type::Percent => {
            let text = string(json, "\"18%\"")?;
            let n = text
                .trim()
                .strip_suffix('%')
                .and_then(|n| number(n.trim_end()))
                .ok_or_else(|| match text.trim().strip_suffix('%') {
                    Some(n) if too_precise(n.trim_end()) => not_a_number(n.trim_end(), text),
                    _ => (
                        format!("found \"{text}\""),
                        Some("write it with %, like \"18%\"".to_string()),
                    ),
                })?;
            Ok(Value::Percent(n))
        }
        Type::Money => {
            let text = string(json, "\"3000000 USD\"")?;
            let (amount, unit) = quantity(text)?;
            match unit_kind(unit, false) {
                Some(UnitKind::Currency(code)) => {
                    if let Some(expected) = currency {
                        if expected != code {
                            return Err(bad(format!(
                                "wrong currency: found {code}, but the partnership's currency is {expected}"
                            )));
                        }
                    }
                    Ok(Value::Money(Money {
                        amount,
                        currency: code,
                    }))
                }
                _ => Err((
                    format!("`{unit}` is not a currency"),
                    crate::diagnostics::suggest::closest_ranked(
                        unit,
                        crate::ir::values::currencies_by_use(),
                    )
                    .map(|c| format!("did you mean `{c}`?"))
                    .or_else(|| {
                        Some(
                            "write the amount and its ISO 4217 code, like \"3000000 USD\""
                                .to_string(),
                        )
                    }),
                )),
            }
        }
        Type::Duration => {
            let text = string(json, "\"48 hours\"")?;
            let (amount, unit) = quantity(text)?;
            let (business, word) = match unit.split_once(char::is_whitespace) {
                Some(("business", rest)) => (true, rest.trim()),
                _ => (false, unit),
            };
            match unit_kind(word, business) {
                Some(UnitKind::Duration(u)) => Ok(Value::Duration(Duration::new(amount, u))),
                Some(UnitKind::Currency(_)) => Err((
                    format!("found money \"{text}\""),
                    Some("write a duration, like \"48 hours\"".to_string()),
                )),
                None => Err((
                    format!("unknown unit `{unit}`"),
                    did_you_mean(word, crate::ir::values::DURATION_WORDS.iter().copied()),
                )),
            }
        }
        Type::Date => {
            let text = string(json, "\"2026-03-02\"")?;
            date_text(text)
                .map(Value::Date)
                .ok_or_else(|| bad(format!("`{text}` is not a date (YYYY-MM-DD)")))
        }
        Type::Bool => match json {
            Json::Bool(b) => Ok(Value::Bool(*b)),
            Json::String(s) if s == "yes" => Ok(Value::Bool(true)),
            Json::String(s) if s == "no" => Ok(Value::Bool(false)),
            other => Err((
                format!("found {other}"),
                Some("write true or false".to_string()),
            )),
        },
        Type::Text => match json {
            Json::String(s) => Ok(Value::Text(s.clone())),
            other => Err(bad(format!("found {other}"))),
        },
    }
}

fn string<'j>(json: &'j Json, example: &str) -> Result<&'j str, Bad> {
    match json {
        Json::String(s) => Ok(s.as_str()),
        other => Err((
            format!("found {other}"),
            Some(format!(
                "write it as a string with its unit, like {example}"
            )),
        )),
    }
}

/// `NUMBER UNIT`: the amount and the rest (the unit words).
fn quantity(text: &str) -> Result<(Decimal, &str), Bad> {
    let text = text.trim();
    let (n, unit) = text.split_once(char::is_whitespace).ok_or_else(|| {
        (
            format!("found \"{text}\""),
            Some("write an amount and its unit, like \"48 hours\" or \"3000000 USD\"".to_string()),
        )
    })?;
    let amount = number(n).ok_or_else(|| not_a_number(n, text))?;
    Ok((amount, unit.trim()))
}

/// An exact decimal: optional sign, digits with `_` between them, an
/// optional fraction.
pub(crate) fn number(text: &str) -> Option<Decimal> {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    let mut previous = None;
    for c in digits.chars() {
        let ok = match c {
            '0'..='9' => true,
            '_' | '.' => previous.is_some_and(|p: char| p.is_ascii_digit()),
            _ => false,
        };
        if !ok {
            return None;
        }
        previous = Some(c);
    }
    if !previous.is_some_and(|p| p.is_ascii_digit()) || digits.matches('.').count() > 1 {
        return None;
    }
    // Never rounded: a value a 96-bit decimal cannot hold exactly is no
    // number here (design §5.1, turn-2 ruling); `too_precise` says why.
    Decimal::from_str_exact(&text.replace('_', "")).ok()
}

/// A well-formed number with more significant digits than a 96-bit
/// decimal holds exactly.
fn too_precise(text: &str) -> bool {
    let plain = text.replace('_', "");
    Decimal::from_str_exact(&plain).is_err()
        && plain
            .strip_prefix(['-', '+'])
            .unwrap_or(&plain)
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.')
        && plain.matches('.').count() <= 1
        && plain.chars().any(|c| c.is_ascii_digit())
}

fn not_a_number(n: &str, text: &str) -> Bad {
    if too_precise(n) {
        (
            format!("`{n}` has more significant digits than Pact can hold exactly (28)"),
            Some("Pact never rounds a value silently: write it with fewer digits".to_string()),
        )
    } else {
        bad(format!("`{n}` in \"{text}\" is not a number"))
    }
}

fn json_number(n: &serde_json::Number) -> Option<Decimal> {
    if let Some(i) = n.as_i64() {
        return Some(Decimal::from(i));
    }
    if let Some(u) = n.as_u64() {
        return Some(Decimal::from(u));
    }
    let f = n.as_f64().filter(|f| f.is_finite())?;
    Decimal::from_str(&f.to_string()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_exact_and_strict() {
        assert_eq!(number("3_000_000"), Some(Decimal::from(3_000_000)));
        assert_eq!(number("-2.5"), Some(Decimal::new(-25, 1)));
        assert_eq!(number("1_"), None);
        assert_eq!(number("_1"), None);
        assert_eq!(number("1._5"), None);
        assert_eq!(number("1.2.3"), None);
        assert_eq!(number("1e5"), None);
        assert_eq!(number(""), None);
        // 31 significant digits: never rounded (design §5.1, turn-2 ruling).
        assert_eq!(number("123.0500000000000000000000000001"), None);
        assert!(too_precise("123.0500000000000000000000000001"));
        assert!(!too_precise("1.2.3"));
        let money = typed(
            &Json::String("123.0500000000000000000000000001 USD".into()),
            Type::Money,
            Some("USD"),
        );
        assert!(money.is_err_and(|(m, _)| m.contains("significant digits")));
    }

    #[test]
    fn values_follow_their_type() {
        let pct = typed(&Json::String("18%".into()), Type::Percent, None);
        assert_eq!(pct.ok(), Some(Value::Percent(Decimal::from(18))));
        assert!(typed(&Json::String("18".into()), Type::Percent, None).is_err());
        let usd = typed(
            &Json::String("3_000_000 USD".into()),
            Type::Money,
            Some("USD"),
        );
        assert_eq!(
            usd.ok(),
            Some(Value::Money(Money {
                amount: Decimal::from(3_000_000),
                currency: "USD".into()
            }))
        );
        assert!(typed(&Json::String("5 EUR".into()), Type::Money, Some("USD")).is_err());
        assert!(typed(&Json::String("5 USX".into()), Type::Money, None).is_err());
        let hours = typed(&Json::String("48 hours".into()), Type::Duration, None);
        assert_eq!(
            hours.ok(),
            Some(Value::Duration(Duration::new(
                Decimal::from(48),
                crate::ir::values::DurationUnit::Hour
            )))
        );
        let business = typed(
            &Json::String("10 business days".into()),
            Type::Duration,
            None,
        );
        assert!(business.is_ok());
        assert!(typed(&serde_json::json!(7), Type::Count, None).is_ok());
        assert!(typed(&serde_json::json!(-1), Type::Count, None).is_err());
        assert!(typed(&serde_json::json!(1.5), Type::Count, None).is_err());
        assert_eq!(
            typed(&serde_json::json!(0.1), Type::Score, None).ok(),
            Some(Value::Number(Decimal::new(1, 1)))
        );
    }

    #[test]
    fn dates_are_validated() {
        assert!(date_text("2026-02-28").is_some());
        assert!(date_text("2026-02-30").is_none());
        assert!(date_text("2026-2-3").is_none());
    }
}
