//! The lifecycle lines of a trace, checked against the model (design
//! §10.5): `renewal`, `terminate` (with `by` and `breach`), `cured`,
//! `signed`.

use super::{bad, Bad, Kind};
use crate::ir::Partnership;
use crate::run::catalog::Catalog;

/// `{"renewal": "renew" | "expire"}`.
pub(crate) fn renewal_line(p: usize, partnership: &Partnership, word: &str) -> Result<Kind, Bad> {
    if partnership.renewal.is_none() {
        return Err(bad(format!(
            "`{}` has no `renewal` clause: there is no renewal to decide",
            partnership.name
        )));
    }
    match word {
        "renew" => Ok(Kind::Renewal { p, renew: true }),
        "expire" => Ok(Kind::Renewal { p, renew: false }),
        other => Err((
            format!("a renewal decision is `renew` or `expire`, not `{other}`"),
            crate::diagnostics::suggest::did_you_mean(other, ["renew", "expire"]),
        )),
    }
}

/// `{"terminate": "convenience" | "cause", "by": PARTY, "breach"?: ID}`.
pub(crate) fn terminate_line(
    catalog: &Catalog<'_>,
    p: usize,
    partnership: &Partnership,
    word: &str,
    by: &str,
    breach: Option<&str>,
) -> Result<Kind, Bad> {
    let cause = match word {
        "cause" => true,
        "convenience" => false,
        other => {
            return Err((
                format!("a termination is for `convenience` or for `cause`, not `{other}`"),
                crate::diagnostics::suggest::did_you_mean(other, ["convenience", "cause"]),
            ))
        }
    };
    let t = &partnership.termination;
    let allowed = cause || t.convenience_notice.is_some();
    if t.span.is_none() {
        return Err(bad(format!(
            "`{}` has no `termination` clause: it cannot be terminated early",
            partnership.name
        )));
    }
    if !allowed {
        return Err(bad(format!(
            "`{}` allows no termination for convenience (its `termination` clause has no `for convenience notice ...`)",
            partnership.name
        )));
    }
    let names: Vec<String> = partnership
        .parties
        .iter()
        .map(|b| catalog.party_name(b.party))
        .collect();
    let Some(by) = partnership
        .parties
        .iter()
        .find(|b| catalog.party_name(b.party) == by || b.label.as_deref() == Some(by))
        .map(|b| b.party)
    else {
        return Err((
            format!("`{by}` is no party of `{}`", partnership.name),
            crate::diagnostics::suggest::did_you_mean(by, names.iter().map(String::as_str))
                .or_else(|| Some(format!("its parties: {}", names.join(", ")))),
        ));
    };
    if breach.is_some() && !cause {
        return Err(bad(
            "\"breach\" names the breach of a termination for cause, not for convenience",
        ));
    }
    Ok(Kind::Terminate {
        p,
        cause,
        by,
        breach: breach.map(str::to_string),
    })
}

/// `{"cured": "cause" | NOTICE_ID}`.
pub(crate) fn cured_line(p: usize, partnership: &Partnership, word: &str) -> Result<Kind, Bad> {
    if word == "cause" {
        return Ok(Kind::Cured { p, notice: None });
    }
    let local = word
        .strip_prefix(partnership.name.as_str())
        .and_then(|r| r.strip_prefix('.'))
        .unwrap_or(word);
    if local.starts_with("termination@") {
        return Ok(Kind::Cured {
            p,
            notice: Some(format!("{}.{local}", partnership.name)),
        });
    }
    Err((
        format!("`{word}` is no notice for cause"),
        Some("write \"cause\" (the open notice for cause) or its id, like \"termination@2026-05-04\"".into()),
    ))
}

/// `{"signed": AMENDMENT}`: the amendment's effective date, or its id
/// (`amendment@2026-07-01`, with or without the partnership in front).
pub(crate) fn signed_line(p: usize, partnership: &Partnership, word: &str) -> Result<Kind, Bad> {
    let local = word
        .strip_prefix(partnership.name.as_str())
        .and_then(|r| r.strip_prefix('.'))
        .unwrap_or(word);
    let date = local.strip_prefix("amendment@").unwrap_or(local);
    let ids: Vec<String> = partnership
        .amendments
        .iter()
        .map(|a| a.effective.to_string())
        .collect();
    if let Some(amendment) = ids.iter().position(|d| d == date) {
        return Ok(Kind::Signed { p, amendment });
    }
    let message = format!("`{word}` is no amendment of `{}`", partnership.name);
    let help = if ids.is_empty() {
        Some(format!("`{}` has no `amend` declaration", partnership.name))
    } else {
        crate::diagnostics::suggest::did_you_mean(date, ids.iter().map(String::as_str)).or_else(
            || {
                Some(format!(
                    "name an amendment by its effective date: {}",
                    ids.join(", ")
                ))
            },
        )
    };
    Err((message, help))
}
