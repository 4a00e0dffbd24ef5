//! Public ids: the names other systems keep for a partnership's items
//! (`AcmeGlobex.milestone.go_live`, `AcmeGlobex.clause.Globex-must-notify-Acme.rm`),
//! and where each obligation comes from.
//!
//! Lowering assigns every id once, with [`id`] and the obligation scheme in
//! `lower/duties.rs`; the outputs and `pact run` only read the `id` fields
//! and [`Origin`], never take an id apart or build one again. That is the
//! point of this module: the outputs, a run's `fulfilled` lines and
//! `pact diff` must agree on every id, so the scheme exists in one place.

/// The clause an obligation belongs to; the obligations document writes
/// it as `origin` ([`Origin::text`]) and it is the second part of the
/// obligation's id.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Origin {
    /// A duty written as a clause of the partnership: in force from the
    /// term start.
    Clause,
    /// A duty of the review `NAME`, instantiated at each occurrence.
    Review(String),
    /// A duty of the trigger `NAME`, instantiated when it fires.
    Trigger(String),
    /// A duty of the exit transition.
    Exit,
    /// A duty of a `survives` block, in force after the term.
    Survives,
    /// A duty the coordination block `NAME` puts on a partnership.
    Coordinate(String),
}

impl Origin {
    /// `clause`, `review`, `trigger`, `exit`, `survives`, `coordinate`.
    pub fn kind(&self) -> &'static str {
        match self {
            Origin::Clause => "clause",
            Origin::Review(_) => "review",
            Origin::Trigger(_) => "trigger",
            Origin::Exit => "exit",
            Origin::Survives => "survives",
            Origin::Coordinate(_) => "coordinate",
        }
    }

    /// As the obligations document writes it, and as it appears in the
    /// obligation's id: `clause`, `review.qbr`, `trigger.cost_spike`, ...
    pub fn text(&self) -> String {
        match self {
            Origin::Review(name) | Origin::Trigger(name) | Origin::Coordinate(name) => {
                format!("{}.{name}", self.kind())
            }
            Origin::Clause | Origin::Exit | Origin::Survives => self.kind().to_string(),
        }
    }
}

/// A name as it appears in an id: ASCII letters, digits, `_` and `.` kept,
/// anything else (a space in `every 2 weeks`) a `-`.
pub fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_slug(&mut out, text);
    out
}

/// [`slug`], written onto `out`.
fn push_slug(out: &mut String, text: &str) {
    out.extend(text.chars().map(|c| {
        if c.is_ascii_alphanumeric() || c == '_' || c == '.' {
            c
        } else {
            '-'
        }
    }));
}

/// `PARTNERSHIP.KIND.NAME`, the name slugged: the id of a named item
/// (`milestone`, `retainer`, `bonus`, ...). Called by lowering only.
pub fn id(partnership: &str, kind: &str, name: &str) -> String {
    // Built by hand, not with `format!`: lowering makes one for nearly
    // every clause (issue 18).
    let mut id = String::with_capacity(partnership.len() + kind.len() + name.len() + 2);
    id.push_str(partnership);
    id.push('.');
    id.push_str(kind);
    id.push('.');
    push_slug(&mut id, name);
    id
}

/// The iCalendar `UID` of the component of an item with a public id (a
/// meeting, review, survey, report, milestone, a retainer's invoices):
/// the id and `@pact`, so a calendar that imported the file once updates
/// the same events when the contract changes.
pub fn uid(id: &str) -> String {
    format!("{id}@pact")
}

/// The `UID` of a date the outputs derive from a partnership after
/// lowering (its term, renewal and exit dates, a renewed term's, an
/// invoice's due date, a dated duty, a governance change, a survival
/// period): `PARTNERSHIP.KIND@pact`, or `PARTNERSHIP.KIND.PART@pact` where
/// `PART` tells the dates of one kind apart (`term-2-end`, a duty's or
/// survival block's name, `PAYEE.PERIOD-START` for an invoice).
pub fn dated_uid(partnership: &str, kind: &str, part: Option<&str>) -> String {
    match part {
        Some(part) => format!("{partnership}.{kind}.{part}@pact"),
        None => format!("{partnership}.{kind}@pact"),
    }
}

/// The `UID` of version `version` of an amended partnership's component:
/// the first version keeps `uid`, version N > 1 ends `.vN@pact`.
pub fn versioned_uid(uid: &str, version: usize) -> String {
    match (version, uid.strip_suffix("@pact")) {
        (2.., Some(base)) => format!("{base}.v{version}@pact"),
        _ => uid.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_read_as_the_document_writes_them() {
        assert_eq!(Origin::Clause.text(), "clause");
        assert_eq!(Origin::Review("qbr".into()).text(), "review.qbr");
        assert_eq!(Origin::Trigger("spike".into()).text(), "trigger.spike");
        assert_eq!(Origin::Coordinate("Api".into()).text(), "coordinate.Api");
        assert_eq!(Origin::Exit.text(), "exit");
        assert_eq!(Origin::Survives.text(), "survives");
    }

    #[test]
    fn slugs_keep_dots_and_underscores() {
        assert_eq!(slug("every 2 weeks"), "every-2-weeks");
        assert_eq!(slug("Acme.rm_x"), "Acme.rm_x");
        assert_eq!(id("P", "weights", "after 1 year"), "P.weights.after-1-year");
    }

    #[test]
    fn uids_read_the_ids() {
        assert_eq!(
            uid(&id("P", "milestone", "go_live")),
            "P.milestone.go_live@pact"
        );
        assert_eq!(dated_uid("P", "term_end", None), "P.term_end@pact");
        assert_eq!(
            dated_uid("P", "term_end", Some("term-2-end")),
            "P.term_end.term-2-end@pact"
        );
        assert_eq!(
            versioned_uid("P.meeting.sync@pact", 1),
            "P.meeting.sync@pact"
        );
        assert_eq!(
            versioned_uid("P.meeting.sync@pact", 3),
            "P.meeting.sync.v3@pact"
        );
    }
}
