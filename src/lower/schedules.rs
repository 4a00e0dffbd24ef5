//! Dates that recur: the business calendar, cadences, meetings, reviews,
//! surveys and reports.

use super::*;

impl Lower<'_> {
    pub(super) fn calendar(&mut self, calendar: &ast::Calendar) {
        let mut workdays = [true, true, true, true, true, false, false];
        match &calendar.workdays {
            None => {}
            Some(ast::Workdays::Range(from, to)) => {
                if let (Some(a), Some(b)) = (self.weekday(from), self.weekday(to)) {
                    workdays = [false; 7];
                    let mut day = a;
                    for _ in 0..7 {
                        if let Some(slot) = workdays.get_mut(day.num_days_from_monday() as usize) {
                            *slot = true;
                        }
                        if day == b {
                            break;
                        }
                        day = day.succ();
                    }
                }
            }
            Some(ast::Workdays::List(days)) => {
                workdays = [false; 7];
                for day in days {
                    if let Some(w) = self.weekday(day) {
                        if let Some(slot) = workdays.get_mut(w.num_days_from_monday() as usize) {
                            *slot = true;
                        }
                    }
                }
            }
        }
        self.p.calendar =
            BusinessCalendar::new(workdays, calendar.holidays.iter().map(|h| h.value));
    }

    pub(super) fn weekday(&mut self, name: &ast::Ident) -> Option<Weekday> {
        let day = match name.name.to_ascii_lowercase().as_str() {
            "mon" | "monday" => Weekday::Mon,
            "tue" | "tuesday" => Weekday::Tue,
            "wed" | "wednesday" => Weekday::Wed,
            "thu" | "thursday" => Weekday::Thu,
            "fri" | "friday" => Weekday::Fri,
            "sat" | "saturday" => Weekday::Sat,
            "sun" | "sunday" => Weekday::Sun,
            _ => {
                let days = [
                    "monday",
                    "tuesday",
                    "wednesday",
                    "thursday",
                    "friday",
                    "saturday",
                    "sunday",
                    "mon",
                    "tue",
                    "wed",
                    "thu",
                    "fri",
                    "sat",
                    "sun",
                ];
                let mut d = Diagnostic::error(
                    "E0209",
                    format!("`{}` is not a day of the week", name.name),
                    name.span,
                )
                .with_primary_label("expected `monday` ... `sunday` or `mon` ... `sun`");
                d = d.with_did_you_mean(name.span, &name.name, days);
                self.error(d);
                return None;
            }
        };
        Some(day)
    }

    // ------------------------------------------------------------ metrics

    pub(super) fn schedule(&mut self, s: &ast::Schedule) -> Option<(Cadence, Adjust)> {
        let on = match &s.on {
            None => None,
            Some(on) => Some((self.on_day(&on.value)?, on.span)),
        };
        let cadence = self.cadence(&s.cadence, on)?;
        let adjust = match s.adjust.as_ref().map(|a| a.value) {
            None => Adjust::None,
            Some(ast::Adjustment::Following) => Adjust::Following,
            Some(ast::Adjustment::Preceding) => Adjust::Preceding,
        };
        Some((cadence, adjust))
    }

    pub(super) fn on_day(&mut self, on: &ast::OnDay) -> Option<OnDay> {
        match on {
            ast::OnDay::Weekday(day) => self.weekday(day).map(OnDay::Weekday),
            ast::OnDay::NthWeekday(ordinal, day) => {
                let ordinal = match ordinal.value {
                    ast::Ordinal::First => dates::Ordinal::First,
                    ast::Ordinal::Second => dates::Ordinal::Second,
                    ast::Ordinal::Third => dates::Ordinal::Third,
                    ast::Ordinal::Fourth => dates::Ordinal::Fourth,
                    ast::Ordinal::Last => dates::Ordinal::Last,
                };
                self.weekday(day).map(|d| OnDay::Nth(ordinal, d))
            }
            ast::OnDay::DayOfMonth(n) => {
                let day = u32::try_from(n.value)
                    .ok()
                    .filter(|d| (1..=31).contains(d) && n.value.fract().is_zero());
                match day {
                    Some(day) => Some(OnDay::Day(day)),
                    None => {
                        self.error(
                            Diagnostic::error(
                                "E0209",
                                format!("there is no day {} in a month", n.value),
                                n.span,
                            )
                            .with_primary_label("expected a day from 1 to 31")
                            .with_note("a day past the end of a short month falls on its last day"),
                        );
                        None
                    }
                }
            }
        }
    }

    pub(super) fn cadence(
        &mut self,
        c: &ast::Cadence,
        on: Option<(OnDay, Span)>,
    ) -> Option<Cadence> {
        let monthly = |on: Option<(OnDay, Span)>| match on {
            None => Ok(MonthlyOn::StartDay),
            Some((OnDay::Day(d), _)) => Ok(MonthlyOn::DayOfMonth(d)),
            Some((OnDay::Nth(o, w), _)) => Ok(MonthlyOn::NthWeekday(o, w)),
            Some((OnDay::Weekday(_), span)) => Err(span),
        };
        let result = match &c.value {
            ast::CadenceKind::Daily => match on {
                None => Ok(Cadence::Daily),
                Some((_, span)) => Err(span),
            },
            ast::CadenceKind::Weekly => match on {
                None => Ok(Cadence::Weekly { on: None }),
                Some((OnDay::Weekday(w), _)) => Ok(Cadence::Weekly { on: Some(w) }),
                Some((_, span)) => Err(span),
            },
            ast::CadenceKind::Monthly => monthly(on).map(|on| Cadence::Monthly { on }),
            ast::CadenceKind::Quarterly => monthly(on).map(|on| Cadence::Quarterly { on }),
            ast::CadenceKind::Annually => match on {
                None => Ok(Cadence::Annually),
                Some((_, span)) => Err(span),
            },
            // A bad date was reported by the lexer.
            ast::CadenceKind::Once(d) if d.value == NaiveDate::MIN => return None,
            ast::CadenceKind::Once(d) => Ok(Cadence::Once(d.value)),
            ast::CadenceKind::Every(q) => {
                let d = self.duration(q)?;
                let n = d.whole().and_then(|n| u32::try_from(n).ok());
                let Some(n) = n.filter(|&n| n > 0) else {
                    self.error(
                        Diagnostic::error(
                            "E0209",
                            format!("`every {d}` never comes round"),
                            q.span,
                        )
                        .with_primary_label("expected a whole number of days or weeks above zero"),
                    );
                    return None;
                };
                match (d.unit, on) {
                    (DurationUnit::Day, None) => Ok(Cadence::EveryNDays { n }),
                    (DurationUnit::Week, None) => Ok(Cadence::EveryNWeeks { n, on: None }),
                    (DurationUnit::Week, Some((OnDay::Weekday(w), _))) => {
                        Ok(Cadence::EveryNWeeks { n, on: Some(w) })
                    }
                    // §5.1: `every 1 month` is `monthly` in every form.
                    (DurationUnit::Month, on) if n == 1 => {
                        monthly(on).map(|on| Cadence::Monthly { on })
                    }
                    (DurationUnit::Month, on) if n == 3 => {
                        monthly(on).map(|on| Cadence::Quarterly { on })
                    }
                    (DurationUnit::Year, None) if n == 1 => Ok(Cadence::Annually),
                    (_, Some((_, span))) => Err(span),
                    (_, None) => {
                        self.error(
                            Diagnostic::error(
                                "E0209",
                                format!("`every {d}` is not a cadence the language knows"),
                                q.span,
                            )
                            .with_primary_label("expected days or weeks")
                            .with_help(
                                "use `monthly`, `quarterly` or `annually`, or `every N weeks`",
                            ),
                        );
                        return None;
                    }
                }
            }
        };
        match result {
            Ok(cadence) => Some(cadence),
            Err(span) => {
                self.error(
                    Diagnostic::error("E0209", "this day does not fit the cadence", span)
                        .with_primary_label("not a day this cadence can fall on")
                        .with_label(c.span, "the cadence")
                        .with_note("`weekly on monday`, `every 2 weeks on friday`, `monthly on first tuesday`, `monthly on day 15`, `quarterly on day 1`"),
                );
                None
            }
        }
    }

    pub(super) fn meeting(
        &mut self,
        name: &ast::Ident,
        s: &ast::Schedule,
        kind: ir::MeetingKind,
        items: &[ast::ReviewItem],
        span: Span,
    ) -> Option<ir::Meeting> {
        let (cadence, adjust) = self.schedule(s)?;
        let length = match &s.length {
            Some(q) => {
                let d = self.duration(q)?;
                if d.hours().is_none_or(|h| h > Decimal::from(7 * 24)) {
                    self.error(
                        Diagnostic::error(
                            "E0202",
                            format!("a meeting lasts at most a week, not {d}"),
                            q.span,
                        )
                        .with_primary_label("too long for one sitting")
                        .with_help("write its length in hours, minutes or days, like `2 hours`"),
                    );
                    return None;
                }
                Some(d)
            }
            None => None,
        };
        let participants = self.actors(&s.with);
        let what = match kind {
            ir::MeetingKind::Meeting => "meeting",
            ir::MeetingKind::Review => "review",
        };
        let channel = self.channel(s.via.as_ref(), what);
        let (mut adjustments, mut duties) = (Vec::new(), Vec::new());
        for item in items {
            match item {
                ast::ReviewItem::Adjust {
                    objects,
                    condition,
                    span,
                } => {
                    if let Some(condition) = self.cond(condition) {
                        adjustments.push(ir::Adjustment {
                            objects: objects.iter().map(ast::Path::text).collect(),
                            condition,
                            span: *span,
                        });
                    }
                }
                ast::ReviewItem::Obligation(o) => {
                    let origin = ir::Origin::Review(name.name.clone());
                    if let Some(o) = self.obligation(o, origin) {
                        duties.push(self.p.obligations.len());
                        self.p.obligations.push(o);
                    }
                }
                ast::ReviewItem::Error => {}
            }
        }
        let word = if kind == ir::MeetingKind::Review {
            "review"
        } else {
            "meeting"
        };
        Some(ir::Meeting {
            id: self.id(word, &name.name),
            name: name.name.clone(),
            kind,
            cadence,
            adjust,
            at: s.at.as_ref().map(|a| a.value),
            length,
            participants,
            channel,
            adjustments,
            duties,
            span,
        })
    }

    /// A meeting's channel: `None` without `via`, and for a blank one
    /// (E0123, a warning: it names nothing).
    fn channel(&mut self, via: Option<&ast::Via>, what: &str) -> Option<String> {
        let text = match &via?.channel {
            ast::Channel::Text(text) => text,
            ast::Channel::Param(name) => {
                self.error(
                    Diagnostic::error(
                        "E0124",
                        format!("a channel is a string, not the name `{}`", name.name),
                        name.span,
                    )
                    .with_primary_label("not a string")
                    .with_note("a bare name stands for a channel only inside a template, where it names a `text` parameter")
                    .with_help(format!("write the channel in quotes, like `via \"{}\"`", name.name)),
                );
                return None;
            }
        };
        if text.value.trim().is_empty() {
            self.error(
                Diagnostic::warning(
                    "E0123",
                    format!("this {what}'s channel is empty"),
                    text.span,
                )
                .with_primary_label("no channel named here")
                .with_note(format!("the {what} is treated as having no channel"))
                .with_help("name the platform, like `via \"Teams\"`, or leave `via` out"),
            );
            return None;
        }
        Some(text.value.clone())
    }

    /// A `survey` or `report` (`kind`) named `name`.
    pub(super) fn recurring(
        &mut self,
        (kind, name): (&str, &ast::Ident),
        (cadence, on): (&ast::Cadence, Option<&ast::Sp<ast::OnDay>>),
        by: &[ast::Path],
        anonymous: bool,
        description: Option<String>,
        span: Span,
    ) -> Option<ir::Recurring> {
        let on = match on {
            None => None,
            Some(on) => Some((self.on_day(&on.value)?, on.span)),
        };
        let cadence = self.cadence(cadence, on)?;
        let by = self.actors(by);
        Some(ir::Recurring {
            id: self.id(kind, &name.name),
            name: name.name.clone(),
            cadence,
            by,
            anonymous,
            description,
            span,
        })
    }

    pub(super) fn period(&mut self, c: &ast::Cadence) -> Option<ir::Period> {
        Some(match &c.value {
            ast::CadenceKind::Daily => ir::Period::Daily,
            ast::CadenceKind::Weekly => ir::Period::Weekly,
            ast::CadenceKind::Monthly => ir::Period::Monthly,
            ast::CadenceKind::Quarterly => ir::Period::Quarterly,
            ast::CadenceKind::Annually => ir::Period::Annually,
            ast::CadenceKind::Every(q) => ir::Period::Every(self.duration(q)?),
            ast::CadenceKind::Once(_) => return None, // only meetings have one-off dates
        })
    }

    // ------------------------------------------------------------ ladders
}

/// A day a cadence can fall on.
#[derive(Clone, Copy)]
pub(super) enum OnDay {
    Weekday(Weekday),
    Nth(dates::Ordinal, Weekday),
    Day(u32),
}
