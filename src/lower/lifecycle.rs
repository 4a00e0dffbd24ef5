//! The life of the contract: term, milestones, days of the term, renewal,
//! termination and exit.

use super::*;

impl Lower<'_> {
    pub(super) fn term(&mut self, term: &ast::Term, span: Span) {
        let start = term.start.value;
        // A malformed date was reported by the lexer and reads as MIN.
        if start == NaiveDate::MIN
            || matches!(&term.end, ast::TermEnd::To(end) if end.value == NaiveDate::MIN)
        {
            return;
        }
        let end = match &term.end {
            ast::TermEnd::To(end) => end.value,
            ast::TermEnd::For(q) => {
                let Some(d) = self.duration(q) else { return };
                self.p.term_length = Some(d);
                if d.whole().is_some_and(|n| n <= 0) {
                    self.error(
                        Diagnostic::error(
                            "E0301",
                            format!("the term `{start} for {d}` is empty: it would end the day before it starts"),
                            q.span,
                        )
                        .with_primary_label("a term lasts at least one day")
                        .with_label(term.start.span, "the start")
                        .with_note("`START for LENGTH` ends on START + LENGTH - 1 day")
                        .with_help("give a positive length, such as `1 year`"),
                    );
                    return;
                }
                let computed = match (d.unit.calendar_unit(), d.whole()) {
                    (Some(unit), Some(n)) => dates::term_end(start, n, unit),
                    _ => None,
                };
                match computed {
                    Some(end) => end,
                    None => {
                        let why = if d.whole().is_none() || d.unit.calendar_unit().is_none() {
                            "a term is a whole number of days, weeks, months, quarters or years"
                        } else {
                            "it runs past 9999-12-31, the last date the calendar can hold"
                        };
                        self.error(
                            Diagnostic::error(
                                "E0301",
                                format!("the term `{start} for {d}` has no end date"),
                                q.span,
                            )
                            .with_primary_label(why),
                        );
                        return;
                    }
                }
            }
        };
        // Longer terms are refused: every schedule and capacity count walks
        // the term, and no partnership runs for centuries.
        let limit = dates::add_calendar(start, MAX_TERM_YEARS, dates::CalendarUnit::Year);
        if limit.is_none_or(|limit| end > limit) {
            self.error(
                Diagnostic::error(
                    "E0301",
                    format!(
                        "the term runs from {start} to {end}, more than {MAX_TERM_YEARS} years"
                    ),
                    span,
                )
                .with_primary_label("too long for a contract")
                .with_note(format!("terms are limited to {MAX_TERM_YEARS} years"))
                .with_help("check the start date and the length"),
            );
            return;
        }
        if end < start {
            let end_span = match &term.end {
                ast::TermEnd::To(e) => e.span,
                ast::TermEnd::For(q) => q.span,
            };
            self.error(
                Diagnostic::error(
                    "E0301",
                    format!("the term ends on {end}, before it starts on {start}"),
                    end_span,
                )
                .with_primary_label("the end")
                .with_label(term.start.span, "the start")
                .with_help("swap the dates, or correct the end"),
            );
            return;
        }
        self.p.term = Some(ir::Term { start, end, span });
    }

    /// `day N` counts from the term's start (`day 0` is the start).
    pub(super) fn day_of_term(&mut self, day: &ast::Sp<Decimal>) -> Option<NaiveDate> {
        let start = self.p.term.map(|t| t.start)?;
        let n = i64::try_from(day.value)
            .ok()
            .filter(|_| day.value.fract().is_zero() && !day.value.is_sign_negative());
        let Some(n) = n else {
            self.error(
                Diagnostic::error(
                    "E0209",
                    format!("`day {}` is not a day of the term", day.value),
                    day.span,
                )
                .with_primary_label(
                    "expected a whole number of days from the start, like `day 30`",
                ),
            );
            return None;
        };
        super::dated::day_of_term(start, n, day.span, self.diagnostics)
    }

    pub(super) fn milestone(&mut self, m: &ast::Milestone, span: Span) {
        let due = match &m.due {
            ast::MilestoneDue::Date(d) if d.value == NaiveDate::MIN => None,
            ast::MilestoneDue::Date(d) => Some(d.value),
            ast::MilestoneDue::Day(day) => self.day_of_term(day),
        };
        let owner = m.owner.as_ref().and_then(|o| self.party(o));
        let requires = m
            .requires
            .iter()
            .filter_map(|r| match r.segments.as_slice() {
                [only] => Some((self.p.name.clone(), only.name.clone(), r.span)),
                [p, milestone] => Some((p.name.clone(), milestone.name.clone(), r.span)),
                _ => {
                    self.error(
                        Diagnostic::error(
                            "E0107",
                            format!("`{}` is not a milestone", r.text()),
                            r.span,
                        )
                        .with_primary_label("expected `milestone` or `Partnership.milestone`"),
                    );
                    None
                }
            })
            .collect();
        let Some(due) = due else { return };
        self.p.milestones.push(ir::Milestone {
            id: self.id("milestone", &m.name.name),
            name: m.name.name.clone(),
            due,
            by_day: matches!(m.due, ast::MilestoneDue::Day(_)),
            owner,
            requires,
            required: Vec::new(),
            span,
        });
    }

    pub(super) fn renewal(&mut self, items: &[ast::RenewalItem], span: Span) {
        let mut renewal = ir::Renewal {
            id: format!("{}.renewal", self.p.name),
            span,
            ..ir::Renewal::default()
        };
        for item in items {
            match item {
                ast::RenewalItem::WindowOpens { before_end, span } => {
                    renewal.window_opens = self.duration(before_end).map(|d| (d, *span));
                }
                ast::RenewalItem::DecisionDue { before_end, span } => {
                    renewal.decision_due = self.duration(before_end).map(|d| (d, *span));
                }
                ast::RenewalItem::Default {
                    renew_for,
                    renews,
                    span,
                } => {
                    renewal.default_span = Some(*span);
                    renewal.renews = if *renews {
                        Some(match renew_for {
                            Some(q) => self.duration(q),
                            None => None,
                        })
                    } else {
                        None
                    };
                }
                ast::RenewalItem::Criteria { condition, .. } => {
                    renewal.criteria = self.cond(condition);
                }
                ast::RenewalItem::Error => {}
            }
        }
        self.p.renewal = Some(renewal);
    }

    pub(super) fn termination(&mut self, items: &[ast::TerminationItem], span: Span) {
        self.p.termination.span = Some(span);
        for item in items {
            match item {
                ast::TerminationItem::ForCause { cure, .. } => {
                    self.p.termination.cure = cure
                        .as_ref()
                        .and_then(|q| units::duration(q, self.diagnostics));
                }
                ast::TerminationItem::ForConvenience { notice, .. } => {
                    self.p.termination.convenience_notice = notice
                        .as_ref()
                        .and_then(|q| units::duration(q, self.diagnostics));
                }
                ast::TerminationItem::Error => {}
            }
        }
    }

    pub(super) fn exit(&mut self, items: &[ast::ExitItem], span: Span) {
        let mut exit = ir::Exit {
            id: format!("{}.exit", self.p.name),
            notice: None,
            transition: None,
            obligations: Vec::new(),
            span,
        };
        for item in items {
            match item {
                ast::ExitItem::Notice { period, span } => {
                    exit.notice = self.duration(period).map(|d| (d, *span))
                }
                ast::ExitItem::Transition {
                    length,
                    obligations,
                    span,
                } => {
                    exit.transition = self.duration(length).map(|d| (d, *span));
                    for o in obligations {
                        if let Some(o) = self.obligation(o, ir::Origin::Exit) {
                            exit.obligations.push(o);
                        }
                    }
                }
                ast::ExitItem::Error => {}
            }
        }
        self.p.exit = Some(exit);
    }
}
