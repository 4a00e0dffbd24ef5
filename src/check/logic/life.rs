//! Checks of the clauses of a partnership's life (design §10.3–§10.4):
//! escalation levels with criteria (partitioned like change levels),
//! renewal criteria that need a default to decide, and surviving duties.
//!
//! Escalation criteria reuse the interval analysis of change levels, with
//! their own codes: a level without criteria is only ever raised by hand,
//! so it takes no part in the overlap and gap analysis.

use super::{overlaps, Checker};
use crate::check::intervals::{self, Formula};
use crate::diagnostics::Diagnostic;
use crate::ir::{self, Anchor, Deadline};
use rust_decimal::Decimal;

impl Checker<'_> {
    pub(super) fn life(&mut self) {
        self.escalation_levels();
        self.renewal_criteria();
        self.surviving_duties();
    }

    /// E0340 (overlap, error), E0341 (gap, warning) over escalation levels
    /// that carry criteria.
    fn escalation_levels(&mut self) {
        let levels: Vec<(&ir::EscalationLevel, &ir::Cond, Formula)> = self
            .p
            .escalation
            .iter()
            .filter_map(|l| l.condition.as_ref().map(|c| (l, c, self.formula(c))))
            .collect();
        let Some((first, first_cond, _)) = levels.first() else {
            return;
        };
        let unit = self.unit_of(first_cond);
        let show = |x: Decimal| format!("{}{unit}", x.normalize());
        let mut found = overlaps::overlaps(
            &levels
                .iter()
                .map(|(l, _, f)| overlaps::Level {
                    name: &l.name,
                    span: l.span,
                    formula: f,
                })
                .collect::<Vec<_>>(),
            &show,
            &overlaps::Words {
                code: "E0340",
                plural: "escalation levels",
                note: "escalation levels with criteria must not overlap: a reading raises exactly one level",
                help: "make the criteria meet without overlapping, like `<= 4` and `> 4`",
            },
        );
        let formulas: Vec<Formula> = levels.iter().map(|(_, _, f)| f.clone()).collect();
        if formulas.iter().all(Formula::is_analysable) {
            if let Ok(Some((var, set))) = intervals::gaps(&formulas) {
                let span = levels.last().map_or(first.span, |(l, _, _)| l.span);
                let mut d = Diagnostic::warning(
                    "E0341",
                    format!("{} matches no escalation level", set.describe(&var, &show)),
                    first.span,
                )
                .with_primary_label("no level covers these values")
                .with_label(span, "nor this one");
                if let Some(w) = set.witness() {
                    d = d.with_note(format!(
                        "for example, `{var}` = {} raises no level by itself",
                        show(w)
                    ));
                }
                found.push(d.with_help("extend a level, or add one, so every value is covered"));
            }
        }
        for d in found {
            self.error(d);
        }
    }

    /// E0342: `criteria` decide whether the default applies, so a renewal
    /// with criteria needs a `default`.
    fn renewal_criteria(&mut self) {
        let Some(renewal) = &self.p.renewal else {
            return;
        };
        if renewal.criteria.is_some() && renewal.default_span.is_none() {
            self.error(
                Diagnostic::error(
                    "E0342",
                    "renewal criteria without a default outcome",
                    renewal.span,
                )
                .with_primary_label("`criteria` decide whether the default applies, but there is none")
                .with_note("without a decision, the default applies if the criteria hold on the decision date, else the other outcome")
                .with_help("add `default renew for 1 year` (or `default expire`)"),
            );
        }
    }

    /// E0343: a surviving duty cannot be due before the term ends.
    fn surviving_duties(&mut self) {
        let mut found = Vec::new();
        for s in &self.p.survives {
            for o in &s.obligations {
                if let Some(Deadline::Before(anchor @ (Anchor::End | Anchor::RenewalDecision))) =
                    &o.deadline
                {
                    let what = if *anchor == Anchor::End {
                        "the end of the term"
                    } else {
                        "the renewal decision"
                    };
                    found.push(
                        Diagnostic::error(
                            "E0343",
                            format!("a surviving duty cannot be due before {what}"),
                            o.span,
                        )
                        .with_primary_label("this duty only starts after the term ends")
                        .with_label(s.span, "it survives the term here")
                        .with_help("give it a deadline counted from the end, like `within 30 days`, or move it out of `survives`"),
                    );
                }
            }
        }
        for d in found {
            self.error(d);
        }
    }
}
