//! `pact build --emit obligations`: what every clause implies, as JSON.
//!
//! Ids are stable: derived from the partnership and the clause (its name,
//! or for obligations their subject, verb and objects), never from a
//! position, so adding a clause elsewhere renames nothing. Conditions are
//! structured JSON, money is exact decimal strings with the currency. The
//! document's types are in `json.rs`; this module only fills them in, and
//! [`write`] prints them one partnership at a time.

mod second_wave;

use super::calendar::{actor_json, cadence_text, calendar_json};
use super::json::*;
use super::Source;
use crate::ir::values::Value;
use crate::ir::{self, Cond, Operand, Partnership, Portfolio};
use crate::source::SourceMap;
use crate::vocab::{CmpOp, Modality};
use chrono::NaiveDate;
use std::io::{self, Write};

/// The obligations document of a portfolio.
pub fn document(portfolio: &Portfolio, sources: &SourceMap) -> Document {
    Document {
        format: FORMAT.to_string(),
        partnerships: sorted(portfolio)
            .into_iter()
            .map(|p| partnership(portfolio, sources, p))
            .collect(),
        coordination: coordination(portfolio, sources),
        files: files(portfolio, sources),
        declarations: declarations(portfolio, sources),
    }
}

/// A report's text and its clause's documentation, in one description.
pub fn described(text: Option<&str>, doc: Option<String>) -> Option<String> {
    match (text, doc) {
        (Some(t), Some(d)) => Some(format!("{t}\n\n{d}")),
        (Some(t), None) => Some(t.to_string()),
        (None, d) => d,
    }
}

/// The `//!` documentation of each file, by file name.
fn files(portfolio: &Portfolio, sources: &SourceMap) -> Vec<FileDocJson> {
    let mut out: Vec<FileDocJson> = portfolio
        .file_docs
        .iter()
        .map(|(file, doc)| FileDocJson {
            file: sources.name(*file).to_string(),
            description: doc.clone(),
        })
        .collect();
    out.sort_by(|a, b| a.file.cmp(&b.file));
    out
}

/// The documented parties, resources, signals and events, by name in each.
fn declarations(portfolio: &Portfolio, sources: &SourceMap) -> Vec<DeclarationJson> {
    let mut out = Vec::new();
    let mut add = |kind: &str, list: Vec<(&str, &Option<String>, crate::diagnostics::Span)>| {
        let mut documented: Vec<DeclarationJson> = list
            .into_iter()
            .filter_map(|(name, doc, span)| {
                Some(DeclarationJson {
                    kind: kind.to_string(),
                    name: name.to_string(),
                    description: doc.clone()?,
                    source: Source::of(sources, span),
                })
            })
            .collect();
        documented.sort_by(|a, b| (&a.name, &a.source).cmp(&(&b.name, &b.source)));
        out.extend(documented);
    };
    add(
        "party",
        portfolio
            .parties
            .iter()
            .map(|x| (x.name.as_str(), &x.doc, x.span))
            .collect(),
    );
    add(
        "resource",
        portfolio
            .resources
            .iter()
            .map(|x| (x.name.as_str(), &x.doc, x.span))
            .collect(),
    );
    add(
        "signal",
        portfolio
            .signals
            .iter()
            .map(|x| (x.name.as_str(), &x.doc, x.span))
            .collect(),
    );
    add(
        "event",
        portfolio
            .events
            .iter()
            .map(|x| (x.name.as_str(), &x.doc, x.span))
            .collect(),
    );
    out
}

/// The document's `format`.
const FORMAT: &str = "pact.obligations/1";

/// Writes the document as `serde_json::to_writer_pretty` writes
/// [`document`], followed by a newline, byte for byte, but one partnership
/// at a time: only one partnership's JSON is in memory at once.
pub fn write(portfolio: &Portfolio, sources: &SourceMap, out: &mut dyn Write) -> io::Result<()> {
    write!(out, "{{\n  \"format\": ")?;
    serde_json::to_writer(&mut *out, FORMAT).map_err(io::Error::from)?;
    out.write_all(b",\n  \"partnerships\": ")?;
    let mut buffer = Vec::new();
    write_array(
        out,
        &mut buffer,
        sorted(portfolio)
            .into_iter()
            .map(|p| partnership(portfolio, sources, p)),
    )?;
    out.write_all(b",\n  \"coordination\": ")?;
    write_array(
        out,
        &mut buffer,
        coordination(portfolio, sources).into_iter(),
    )?;
    let files = files(portfolio, sources);
    if !files.is_empty() {
        out.write_all(b",\n  \"files\": ")?;
        write_array(out, &mut buffer, files.into_iter())?;
    }
    let declarations = declarations(portfolio, sources);
    if !declarations.is_empty() {
        out.write_all(b",\n  \"declarations\": ")?;
        write_array(out, &mut buffer, declarations.into_iter())?;
    }
    out.write_all(b"\n}\n")
}

/// An array one level inside the document, as the pretty printer lays it
/// out: each item printed on its own and indented by two levels. Strings
/// in JSON never hold a raw newline, so every line break is layout.
fn write_array<T: serde::Serialize>(
    out: &mut dyn Write,
    buffer: &mut Vec<u8>,
    items: impl Iterator<Item = T>,
) -> io::Result<()> {
    let mut empty = true;
    for item in items {
        out.write_all(if empty { b"[\n" } else { b",\n" })?;
        empty = false;
        buffer.clear();
        serde_json::to_writer_pretty(&mut *buffer, &item).map_err(io::Error::from)?;
        for (i, line) in buffer.split(|&b| b == b'\n').enumerate() {
            out.write_all(if i == 0 { b"    " } else { b"\n    " })?;
            out.write_all(line)?;
        }
    }
    out.write_all(if empty { b"[]" } else { b"\n  ]" })
}

/// The partnerships in the order the document lists them: by name.
fn sorted(portfolio: &Portfolio) -> Vec<&Partnership> {
    let mut partnerships: Vec<&Partnership> = portfolio.partnerships.iter().collect();
    partnerships.sort_by(|a, b| a.name.cmp(&b.name));
    partnerships
}

/// One partnership's object of the document (`pact diff` compares them
/// one at a time).
pub fn partnership(portfolio: &Portfolio, sources: &SourceMap, p: &Partnership) -> PartnershipJson {
    Writer {
        portfolio,
        sources,
        p,
    }
    .partnership()
}

/// The coordination blocks, by name.
pub fn coordination(portfolio: &Portfolio, sources: &SourceMap) -> Vec<CoordinationJson> {
    let mut coordination: Vec<CoordinationJson> = portfolio
        .coordinations
        .iter()
        .map(|c| {
            let scratch = Partnership::new(c.name.clone(), c.span);
            let w = Writer {
                portfolio,
                sources,
                p: &scratch,
            };
            CoordinationJson {
                name: c.name.clone(),
                rules: c
                    .rules
                    .iter()
                    .map(|r| CoordinationRuleJson {
                        condition: w.condition(&r.condition),
                        reads: r.reads.iter().map(|p| p.name.clone()).collect(),
                        obligations: r
                            .obligations
                            .iter()
                            .map(|(p, o)| (p.name.clone(), w.obligation(o)))
                            .collect(),
                    })
                    .collect(),
            }
        })
        .collect();
    coordination.sort_by(|a, b| a.name.cmp(&b.name));
    coordination
}

struct Writer<'a> {
    portfolio: &'a Portfolio,
    sources: &'a SourceMap,
    p: &'a Partnership,
}

impl Writer<'_> {
    /// The `///` documentation of the clause at `span`.
    fn doc(&self, span: crate::diagnostics::Span) -> Option<String> {
        self.p.doc_of(span).map(str::to_string)
    }

    fn source(&self, span: crate::diagnostics::Span) -> Source {
        Source::of(self.sources, span)
    }

    fn party(&self, id: usize) -> String {
        self.portfolio
            .parties
            .get(id)
            .map_or_else(|| "?".to_string(), |p| p.name.clone())
    }

    fn actor(&self, a: &ir::ActorRef) -> ActorJson {
        actor_json(self.portfolio, a)
    }

    fn actors(&self, list: &[ir::ActorRef]) -> Vec<ActorJson> {
        list.iter().map(|a| self.actor(a)).collect()
    }

    fn condition(&self, c: &Cond) -> ConditionJson {
        match c {
            Cond::Const(v) => ConditionJson::Constant { value: *v },
            Cond::And(a, b) => ConditionJson::And {
                args: vec![self.condition(a), self.condition(b)],
            },
            Cond::Or(a, b) => ConditionJson::Or {
                args: vec![self.condition(a), self.condition(b)],
            },
            Cond::Not(a) => ConditionJson::Not {
                arg: Box::new(self.condition(a)),
            },
            Cond::Event(e) => ConditionJson::Event {
                event: self
                    .portfolio
                    .events
                    .get(*e)
                    .map_or_else(String::new, |e| e.name.clone()),
            },
            Cond::Compare { op, lhs, rhs, .. } => ConditionJson::Compare {
                comparison: op.text().to_string(),
                left: self.operand(lhs),
                right: self.operand(rhs),
            },
        }
    }

    fn operand(&self, o: &Operand) -> OperandJson {
        match o {
            Operand::Signal {
                signal,
                partnership,
            } => OperandJson::Signal {
                signal: self
                    .portfolio
                    .signals
                    .get(*signal)
                    .map_or_else(String::new, |s| s.name.clone()),
                partnership: partnership.as_ref().map(|p| p.name.clone()),
            },
            Operand::Metric(i) => OperandJson::Metric {
                metric: self
                    .p
                    .metrics
                    .get(*i)
                    .map_or_else(String::new, |m| m.name.clone()),
                partnership: None,
            },
            Operand::PartnerMetric {
                partnership, name, ..
            } => OperandJson::Metric {
                metric: name.clone(),
                partnership: Some(partnership.name.clone()),
            },
            Operand::Value(v) => value_json(v),
            Operand::Computed(c) => OperandJson::Computed {
                of_type: c.ty.name().to_string(),
                op: c.op.text().to_string(),
                lhs: Box::new(self.operand(&c.lhs)),
                rhs: Box::new(self.operand(&c.rhs)),
            },
        }
    }

    /// The day before the anchor; a milestone of another partnership
    /// (`Other.m`) is looked up there.
    fn anchor_date(&self, anchor: &ir::Anchor) -> Option<NaiveDate> {
        match anchor {
            ir::Anchor::RenewalDecision => self.renewal_dates().1.and_then(|d| d.pred_opt()),
            _ => super::duties::anchor_date(self.portfolio, self.p, anchor),
        }
    }

    fn obligation(&self, o: &ir::Obligation) -> ObligationJson {
        let origin = o.origin.text();
        let deadline = o.deadline.as_ref().map(|d| match d {
            ir::Deadline::On(date) => DeadlineJson::Date { date: *date },
            ir::Deadline::Within { duration, from } => DeadlineJson::Relative {
                anchor: from.clone().unwrap_or_else(|| {
                    if o.origin == ir::Origin::Clause {
                        "term_start".into()
                    } else {
                        origin.clone()
                    }
                }),
                duration: duration.into(),
                calendar: self.p.name.clone(),
            },
            ir::Deadline::Before(anchor) => DeadlineJson::Before {
                anchor: match anchor {
                    ir::Anchor::End => "end".into(),
                    ir::Anchor::RenewalDecision => "renewal_decision".into(),
                    ir::Anchor::Milestone(m) => format!("milestone:{m}"),
                },
                date: self.anchor_date(anchor),
            },
        });
        ObligationJson {
            id: o.id.clone(),
            kind: match o.modality {
                Modality::Must => ModalityJson::Must,
                Modality::May => ModalityJson::May,
                Modality::MustNot => ModalityJson::MustNot,
            },
            origin,
            subjects: self.actors(&o.subjects),
            action: o.action.clone(),
            objects: o.objects.clone(),
            purpose: o.purpose.clone(),
            deadline,
            condition: o.condition.as_ref().map(|c| self.condition(c)),
            description: self.doc(o.span).filter(|_| o.origin == ir::Origin::Clause),
            source: self.source(o.span),
        }
    }

    /// (window opens, decision due, notice deadline).
    fn renewal_dates(&self) -> (Option<NaiveDate>, Option<NaiveDate>, Option<NaiveDate>) {
        let Some(term) = self.p.term else {
            return (None, None, None);
        };
        let cal = &self.p.calendar;
        let renewal = self.p.renewal.as_ref();
        let window = renewal
            .and_then(|r| r.window_opens.as_ref())
            .and_then(|(d, _)| d.before(term.end, cal));
        let decision = renewal
            .and_then(|r| r.decision_due.as_ref())
            .and_then(|(d, _)| d.before(term.end, cal));
        let notice = self
            .p
            .exit
            .as_ref()
            .and_then(|e| e.notice.as_ref())
            .and_then(|(d, _)| d.before(term.end, cal));
        (window, decision, notice)
    }

    fn partnership(&self) -> PartnershipJson {
        let p = self.p;
        let mut obligations: Vec<ObligationJson> =
            p.obligations.iter().map(|o| self.obligation(o)).collect();
        let mut triggers = Vec::new();
        for t in &p.triggers {
            let ids = t.obligations.iter().map(|o| o.id.clone()).collect();
            let fires = || match &t.on {
                ir::TriggerOn::Condition(c) => self.condition(c),
                ir::TriggerOn::Event(e) => self.condition(&Cond::Event(*e)),
            };
            // Each duty carries the condition it arises on, so a reader of
            // one obligation need not find its trigger (design §7).
            obligations.extend(t.obligations.iter().map(|o| {
                let mut json = self.obligation(o);
                json.condition = Some(match json.condition.take() {
                    None => fires(),
                    Some(own) => ConditionJson::And {
                        args: vec![fires(), own],
                    },
                });
                json
            }));
            triggers.push(TriggerJson {
                id: t.id.clone(),
                name: t.name.clone(),
                condition: fires(),
                obligations: ids,
                description: self.doc(t.span),
                source: self.source(t.span),
            });
        }
        let exit = p.exit.as_ref().map(|e| {
            obligations.extend(e.obligations.iter().map(|o| self.obligation(o)));
            ExitJson {
                id: e.id.clone(),
                source: self.source(e.span),
                notice: e.notice.as_ref().map(|(d, _)| d.into()),
                transition: e.transition.as_ref().map(|(d, _)| d.into()),
                transition_obligations: e.obligations.iter().map(|o| o.id.clone()).collect(),
                description: self.doc(e.span),
            }
        });
        let survives = p
            .survives
            .iter()
            .map(|sv| {
                obligations.extend(sv.obligations.iter().map(|o| self.obligation(o)));
                SurvivesJson {
                    length: (&sv.length).into(),
                    obligations: sv.obligations.iter().map(|o| o.id.clone()).collect(),
                    description: self.doc(sv.span),
                    source: self.source(sv.span),
                }
            })
            .collect();
        let (window, decision, notice) = self.renewal_dates();
        PartnershipJson {
            name: p.name.clone(),
            master: p.master.clone(),
            description: p.doc.clone(),
            parties: p
                .parties
                .iter()
                .map(|b| PartyJson {
                    party: self.party(b.party),
                    label: b.label.clone(),
                })
                .collect(),
            term: p.term.map(|t| TermJson {
                start: t.start,
                end: t.end,
            }),
            currency: p.currency.clone(),
            calendar: calendar_json(&p.calendar),
            law: p.law.as_ref().map(|(l, _)| l.clone()),
            venue: p.venue.as_ref().map(|(v, _)| v.clone()),
            obligations,
            triggers,
            change_levels: p
                .changes
                .iter()
                .flat_map(|c| &c.levels)
                .map(|l| ChangeLevelJson {
                    id: l.id.clone(),
                    name: l.name.clone(),
                    condition: self.condition(&l.condition),
                    pathway: l
                        .pathway
                        .iter()
                        .map(|s| PathwayStepJson {
                            action: s.action.clone(),
                            by: self.actors(&s.by),
                            within: s.within.as_ref().map(Into::into),
                        })
                        .collect(),
                    source: self.source(l.span),
                })
                .collect(),
            change_authority: p
                .changes
                .as_ref()
                .map(|c| self.actors(&c.authority))
                .unwrap_or_default(),
            escalation: p
                .escalation
                .iter()
                .map(|l| EscalationJson {
                    id: l.id.clone(),
                    level: l.name.clone(),
                    handlers: self.actors(&l.handlers),
                    within: (&l.within).into(),
                    condition: l.condition.as_ref().map(|c| self.condition(c)),
                    description: self.doc(l.span),
                    source: self.source(l.span),
                })
                .collect(),
            disputes: p.disputes.as_ref().map(|d| DisputesJson {
                event: self
                    .portfolio
                    .events
                    .get(d.event)
                    .map_or_else(String::new, |e| e.name.clone()),
                steps: d
                    .steps
                    .iter()
                    .map(|s| DisputeStepJson {
                        id: s.id.clone(),
                        name: s.name.clone(),
                        by: self.actors(&s.by),
                        within: s.within.as_ref().map(Into::into),
                        counted_from: if s.from_notice {
                            "notice".into()
                        } else {
                            "previous_step".into()
                        },
                        requires: s.requires.clone(),
                        binding: s.binding,
                        source: self.source(s.span),
                    })
                    .collect(),
                description: self.doc(d.span),
            }),
            payments: self.payments(),
            grants: p
                .grants
                .iter()
                .map(|g| {
                    let resource = self
                        .portfolio
                        .resources
                        .get(g.resource)
                        .map_or_else(String::new, |r| r.name.clone());
                    GrantJson {
                        id: g.id.clone(),
                        grantee: self.party(g.grantee),
                        right: g.right.clone(),
                        resource,
                        exclusive: g.exclusive,
                        purpose: g.purpose.clone(),
                        from: g.period.map(|x| x.0),
                        to: g.period.map(|x| x.1),
                        description: self.doc(g.span),
                        source: self.source(g.span),
                    }
                })
                .collect(),
            milestones: p
                .milestones
                .iter()
                .map(|m| MilestoneJson {
                    id: m.id.clone(),
                    name: m.name.clone(),
                    due: m.due,
                    owner: m.owner.map(|o| self.party(o)),
                    // The ids of the milestones the link pass resolved
                    // `requires` to (one that names nothing is E0107).
                    requires: m
                        .required
                        .iter()
                        .flatten()
                        .filter_map(|t| {
                            let q = self.portfolio.partnerships.get(t.partnership)?;
                            q.milestones.get(t.index).map(|x| x.id.clone())
                        })
                        .collect(),
                    description: self.doc(m.span),
                    source: self.source(m.span),
                })
                .collect(),
            metrics: p
                .metrics
                .iter()
                .map(|m| MetricJson {
                    id: m.id.clone(),
                    source: self.source(m.span),
                    name: m.name.clone(),
                    ty: m.ty.name().to_string(),
                    tier: m.tier.clone(),
                    lower_is_better: m.direction == crate::vocab::Direction::LowerIsBetter,
                    target: m.target.as_ref().map(|(op, v)| ConditionJson::Compare {
                        comparison: op.text().to_string(),
                        left: OperandJson::Metric {
                            metric: m.name.clone(),
                            partnership: None,
                        },
                        right: value_json(v),
                    }),
                    description: self.doc(m.span),
                })
                .collect(),
            health: self.health(),
            weights: p
                .weights
                .iter()
                .map(|w| WeightStageJson {
                    id: w.id.clone(),
                    source: self.source(w.span),
                    after: w.after.as_ref().map(Into::into),
                    weights: w
                        .weights
                        .iter()
                        .map(|(t, v)| (t.clone(), v.normalize().to_string()))
                        .collect(),
                })
                .collect(),
            recurring: self.recurring(),
            governance: p
                .governance
                .tiers
                .iter()
                .map(|t| (None, t))
                .chain(
                    p.governance
                        .stages
                        .iter()
                        .flat_map(|(after, tiers, _)| tiers.iter().map(move |t| (Some(after), t))),
                )
                .map(|(after, t)| GovernanceTierJson {
                    id: t.id.clone(),
                    source: self.source(t.span),
                    name: t.name.clone(),
                    members: self.actors(&t.members),
                    decides: t.decides.clone(),
                    from: after.map(Into::into),
                })
                .collect(),
            renewal: p.renewal.as_ref().map(|r| RenewalJson {
                id: r.id.clone(),
                source: self.source(r.span),
                window_opens: window,
                decision_due: decision,
                notice_deadline: notice,
                renews_by_default: r.renews.is_some(),
                renew_for: r.renews.as_ref().and_then(|d| d.as_ref()).map(Into::into),
                criteria: r.criteria.as_ref().map(|c| self.condition(c)),
            }),
            termination: TerminationJson {
                id: p.termination.id.clone(),
                source: p.termination.span.map(|s| self.source(s)),
                for_cause_cure: p.termination.cure.as_ref().map(Into::into),
                for_convenience_notice: p.termination.convenience_notice.as_ref().map(Into::into),
            },
            exit,
            survives,
            source: self.source(p.span),
        }
    }

    fn payments(&self) -> Vec<PaymentJson> {
        let mut out = Vec::new();
        for invoice in &self.p.invoices {
            out.push(self.invoice(invoice));
        }
        for pay in &self.p.payments {
            let payee = self.party(pay.payee);
            for (index, item) in pay.items.iter().enumerate() {
                out.push(match item {
                    ir::PayItem::Retainer {
                        amount,
                        period,
                        span,
                    } => PaymentJson::Retainer {
                        id: pay.retainer_id.clone(),
                        payee: payee.clone(),
                        amount: amount.into(),
                        period: period.text(),
                        payer: pay.payer.map(|x| self.party(x)),
                        indexed: pay
                            .indexations
                            .iter()
                            .find(|(i, _)| *i == index)
                            .map(|(_, ix)| self.indexation(ix)),
                        description: self.doc(*span),
                        source: self.source(*span),
                    },
                    ir::PayItem::Invoice(invoice) => self.invoice(invoice),
                    ir::PayItem::Fee {
                        id,
                        name,
                        amount,
                        per_event,
                        span,
                    } => {
                        let event = self
                            .portfolio
                            .events
                            .get(*per_event)
                            .map_or_else(String::new, |e| e.name.clone());
                        PaymentJson::Fee {
                            id: id.clone(),
                            payee: payee.clone(),
                            name: name.clone(),
                            amount: amount.into(),
                            per_event: event,
                            description: self.doc(*span),
                            source: self.source(*span),
                        }
                    }
                    ir::PayItem::Bonus(b) => PaymentJson::Bonus {
                        id: b.id.clone(),
                        payee: payee.clone(),
                        name: b.name.clone(),
                        period: b.period.text(),
                        metric: self
                            .p
                            .metrics
                            .get(b.metric)
                            .map_or_else(String::new, |m| m.name.clone()),
                        tiers: b
                            .tiers
                            .iter()
                            .map(|t| BonusTierJson {
                                name: t.name.clone(),
                                condition: self.condition(&t.condition),
                                pays: match &t.pays {
                                    ir::Amount::Money(m) => AmountJson::Money { amount: m.into() },
                                    ir::Amount::PercentOfRetainer(p) => {
                                        AmountJson::PercentOfRetainer {
                                            percent: p.normalize().to_string(),
                                        }
                                    }
                                },
                            })
                            .collect(),
                        description: self.doc(b.span),
                        source: self.source(b.span),
                    },
                    ir::PayItem::SuccessFee {
                        id,
                        share,
                        base,
                        cap,
                        span,
                    } => {
                        let signal = self
                            .portfolio
                            .signals
                            .get(*base)
                            .map_or_else(String::new, |s| s.name.clone());
                        PaymentJson::SuccessFee {
                            id: id.clone(),
                            payee: payee.clone(),
                            rate_percent: share.normalize().to_string(),
                            of_signal: signal,
                            cap: cap.as_ref().map(cap_json),
                            description: self.doc(*span),
                            source: self.source(*span),
                        }
                    }
                    ir::PayItem::Penalty {
                        id,
                        name,
                        milestone,
                        per_day,
                        cap,
                        span,
                    } => PaymentJson::Penalty {
                        id: id.clone(),
                        payee: payee.clone(),
                        name: name.clone(),
                        milestone: milestone.written.clone(),
                        per_day: per_day.into(),
                        cap: cap.as_ref().map(cap_json),
                        description: self.doc(*span),
                        source: self.source(*span),
                    },
                });
            }
            out.extend(self.second_wave_payments(pay, &payee));
        }
        out
    }

    fn invoice(&self, invoice: &ir::Invoice) -> PaymentJson {
        PaymentJson::Invoice {
            id: invoice.id.clone(),
            period: invoice.period.text(),
            timing: if invoice.in_advance {
                "advance".into()
            } else {
                "arrears".into()
            },
            net: invoice.net.as_ref().map(Into::into),
            description: self.doc(invoice.span),
            source: self.source(invoice.span),
        }
    }

    fn recurring(&self) -> Vec<RecurringJson> {
        let mut out = Vec::new();
        for m in &self.p.meetings {
            let kind = if m.kind == ir::MeetingKind::Review {
                "review"
            } else {
                "meeting"
            };
            out.push(RecurringJson {
                id: m.id.clone(),
                kind: kind.into(),
                name: m.name.clone(),
                cadence: cadence_text(&m.cadence),
                adjusted: AdjustedJson::of(m.adjust),
                at: m.at.map(|t| t.format("%H:%M").to_string()),
                length: m.length.as_ref().map(Into::into),
                participants: self.actors(&m.participants),
                channel: m.channel.clone(),
                anonymous: false,
                description: self.doc(m.span),
                adjustments: m
                    .adjustments
                    .iter()
                    .map(|a| AdjustmentJson {
                        adjust: a.objects.clone(),
                        condition: self.condition(&a.condition),
                    })
                    .collect(),
                source: self.source(m.span),
            });
        }
        for (kind, list) in [("survey", &self.p.surveys), ("report", &self.p.reports)] {
            for r in list {
                out.push(RecurringJson {
                    id: r.id.clone(),
                    kind: kind.into(),
                    name: r.name.clone(),
                    cadence: cadence_text(&r.cadence),
                    adjusted: None,
                    at: None,
                    length: None,
                    participants: self.actors(&r.by),
                    channel: None,
                    anonymous: r.anonymous,
                    description: described(r.description.as_deref(), self.doc(r.span)),
                    adjustments: Vec::new(),
                    source: self.source(r.span),
                });
            }
        }
        out
    }
}

fn cap_json(c: &ir::Cap) -> CapJson {
    CapJson {
        amount: (&c.amount).into(),
        per: if c.per_year {
            "contract_year".into()
        } else {
            "term".into()
        },
    }
}

fn value_json(v: &Value) -> OperandJson {
    let (value, unit) = match v {
        Value::Number(n) => (n.normalize().to_string(), "number".to_string()),
        Value::Percent(p) => (p.normalize().to_string(), "percent".to_string()),
        Value::Money(m) => (m.amount.normalize().to_string(), m.currency.clone()),
        Value::Duration(d) => (
            d.amount.normalize().to_string(),
            d.unit.word(true).replace(' ', "_"),
        ),
        Value::Date(d) => (d.to_string(), "date".to_string()),
        Value::Bool(b) => (b.to_string(), "bool".to_string()),
        Value::Text(t) => (t.clone(), "text".to_string()),
    };
    OperandJson::Value { value, unit }
}

#[allow(dead_code)]
fn op_text(op: CmpOp) -> &'static str {
    op.text()
}

#[cfg(test)]
mod tests {
    /// `write` prints what serde prints for the whole [`super::document`].
    #[test]
    fn written_one_partnership_at_a_time_as_the_whole_document_prints() {
        let mut sources = crate::source::SourceMap::new();
        for (name, text) in [
            (
                "four.pact",
                include_str!("../../examples/integration_four_orgs.pact"),
            ),
            (
                "api/declarations.pact",
                include_str!("../../examples/api_providers/declarations.pact"),
            ),
            (
                "api/api_one.pact",
                include_str!("../../examples/api_providers/api_one.pact"),
            ),
            (
                "api/api_two.pact",
                include_str!("../../examples/api_providers/api_two.pact"),
            ),
            (
                "api/api_three.pact",
                include_str!("../../examples/api_providers/api_three.pact"),
            ),
            (
                "api/coordinate.pact",
                include_str!("../../examples/api_providers/coordinate.pact"),
            ),
        ] {
            sources.add(name, text);
        }
        let analysis = crate::analyse(&mut sources, &mut crate::NoImports);
        let document = super::document(&analysis.portfolio, &sources);
        assert!(!document.partnerships.is_empty() && !document.coordination.is_empty());
        let mut whole = serde_json::to_vec_pretty(&document).unwrap_or_default();
        whole.push(b'\n');
        let mut streamed = Vec::new();
        assert!(super::write(&analysis.portfolio, &sources, &mut streamed).is_ok());
        assert_eq!(
            String::from_utf8_lossy(&streamed),
            String::from_utf8_lossy(&whole)
        );
    }
}
