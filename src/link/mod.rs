//! The link pass: between lowering and the checks, every milestone a clause
//! names — `requires P.m`, `penalty ... on m`, early bonuses, `before m`
//! and `before Other.m` deadlines — is resolved once to a typed
//! [`MilestoneId`], and the names that resolve to nothing are reported
//! (E0107). So is every partnership a clause names: `Other.signal` and
//! `Sup.on_time` in conditions, the partnerships a coordination rule reads
//! and binds ([`PartnershipRef::target`]; lowering has reported the names
//! that resolve to nothing).
//!
//! Lowering runs partnership by partnership, in parallel, so it cannot see
//! another partnership's milestones; this pass is the first that sees the
//! whole portfolio. It is also the last that reads a written `"P.m"` or
//! looks a partnership up by name: checks, outputs and `pact run` follow
//! `MilestoneRef::target`, the `Milestone::required` ids and
//! `PartnershipRef::target`, and keep the written text only for display.
//! Ids are positions (a partnership's index in the portfolio, a
//! milestone's among its partnership's), so a portfolio is linked again
//! whenever its partnerships are replaced or reordered (each amended
//! version is linked on its own).

use crate::diagnostics::{suggest::did_you_mean, Diagnostic, Span};
use crate::ir::{
    Cond, MilestoneId, MilestoneRef, Obligation, Operand, PartnershipId, PartnershipRef, PayItem,
    Portfolio,
};
use std::collections::HashMap;

/// Resolves every milestone reference of the portfolio in place and
/// returns the diagnostics of those that name nothing.
pub fn link(portfolio: &mut Portfolio) -> Vec<Diagnostic> {
    let all: Vec<PartnershipId> = (0..portfolio.partnerships.len()).collect();
    link_some(portfolio, &all)
}

/// [`link`] for the partnerships at `which` only (the language server's
/// incremental path, after replacing them); the others are read, not
/// touched.
pub fn link_some(portfolio: &mut Portfolio, which: &[PartnershipId]) -> Vec<Diagnostic> {
    let names = Names::of(portfolio);
    let mut diagnostics = Vec::new();
    for &i in which {
        if let Some(p) = portfolio.partnerships.get_mut(i) {
            let mut linker = Linker {
                names: &names,
                here: i,
                diagnostics: &mut diagnostics,
            };
            linker.partnership(p);
            p.for_each_condition_mut(&mut |c| names.conditions(c));
        }
    }
    // Coordination rules read and bind partnerships by name; their duties'
    // `before m` is a milestone of the partnership bound.
    if which.len() == portfolio.partnerships.len() {
        for c in &mut portfolio.coordinations {
            for rule in &mut c.rules {
                names.conditions(&mut rule.condition);
                for read in &mut rule.reads {
                    names.partnership(read);
                }
                for (bound, o) in &mut rule.obligations {
                    names.partnership(bound);
                    if let Some(c) = &mut o.condition {
                        names.conditions(c);
                    }
                    let Some(here) = bound.target else {
                        continue;
                    };
                    let mut linker = Linker {
                        names: &names,
                        here,
                        diagnostics: &mut diagnostics,
                    };
                    linker.obligation(o);
                }
            }
        }
    }
    diagnostics
}

/// The portfolio's partnership and milestone names, looked up once (the
/// first of a repeated name wins, as a search in order would find).
struct Names {
    partnerships: HashMap<String, PartnershipId>,
    milestones: HashMap<(PartnershipId, String), usize>,
    /// Each partnership's name, span and milestone names, for messages.
    shown: Vec<(String, Span, Vec<String>)>,
}

impl Names {
    fn of(portfolio: &Portfolio) -> Names {
        let mut partnerships = HashMap::with_capacity(portfolio.partnerships.len());
        let mut milestones = HashMap::new();
        let mut shown = Vec::with_capacity(portfolio.partnerships.len());
        for (i, p) in portfolio.partnerships.iter().enumerate() {
            partnerships.entry(p.name.clone()).or_insert(i);
            for (j, m) in p.milestones.iter().enumerate() {
                milestones.entry((i, m.name.clone())).or_insert(j);
            }
            let names = p.milestones.iter().map(|m| m.name.clone()).collect();
            shown.push((p.name.clone(), p.span, names));
        }
        Names {
            partnerships,
            milestones,
            shown,
        }
    }
}

impl Names {
    /// The partnership a clause names, or `None` when none has the name
    /// (lowering reported it).
    fn partnership(&self, r: &mut PartnershipRef) {
        r.target = self.partnerships.get(r.name.as_str()).copied();
    }

    /// The partnerships the operands of `cond` name (`Other.signal`,
    /// `Sup.on_time`).
    fn conditions(&self, cond: &mut Cond) {
        cond.for_each_operand_mut(&mut |operand| match operand {
            Operand::Signal {
                partnership: Some(r),
                ..
            }
            | Operand::PartnerMetric { partnership: r, .. } => self.partnership(r),
            _ => {}
        });
    }
}

struct Linker<'a> {
    names: &'a Names,
    /// The partnership whose clauses are being linked.
    here: PartnershipId,
    diagnostics: &'a mut Vec<Diagnostic>,
}

impl Linker<'_> {
    /// In the order the references were always reported: each milestone's
    /// `requires`, penalties and early bonuses, then the duties' deadlines.
    fn partnership(&mut self, p: &mut crate::ir::Partnership) {
        for m in &mut p.milestones {
            m.required = m
                .requires
                .iter()
                .map(|(partnership, milestone, span)| {
                    self.resolve(Some(partnership), milestone, *span)
                })
                .collect();
        }
        for payments in &mut p.payments {
            for item in &mut payments.items {
                if let PayItem::Penalty {
                    milestone, span, ..
                } = item
                {
                    self.reference(milestone, *span);
                }
            }
            for bonus in &mut payments.early_bonuses {
                self.reference(&mut bonus.milestone, bonus.span);
            }
        }
        let obligations = p
            .obligations
            .iter_mut()
            .chain(p.triggers.iter_mut().flat_map(|t| &mut t.obligations))
            .chain(p.exit.iter_mut().flat_map(|e| &mut e.obligations))
            .chain(p.survives.iter_mut().flat_map(|s| &mut s.obligations));
        for o in obligations {
            self.obligation(o);
        }
    }

    fn obligation(&mut self, o: &mut Obligation) {
        if let Some(crate::ir::Deadline::Before(crate::ir::Anchor::Milestone(m))) = &mut o.deadline
        {
            self.reference(m, o.span);
        }
    }

    /// `m` or `Partnership.m`, as written in a clause.
    fn reference(&mut self, r: &mut MilestoneRef, span: Span) {
        let (partnership, milestone) = match r.written.split_once('.') {
            Some((p, m)) => (Some(p), m),
            None => (None, r.written.as_str()),
        };
        r.target = self.resolve(partnership, milestone, span);
        r.local = r.target.is_some_and(|t| t.partnership == self.here);
    }

    /// The milestone `milestone` of `partnership` (this one when `None`),
    /// or E0107.
    fn resolve(
        &mut self,
        partnership: Option<&str>,
        milestone: &str,
        span: Span,
    ) -> Option<MilestoneId> {
        let names = self.names;
        let here = names
            .shown
            .get(self.here)
            .map_or("", |(n, _, _)| n.as_str());
        let partnership = partnership.unwrap_or(here);
        let Some(&p) = names.partnerships.get(partnership) else {
            let mut d = Diagnostic::error(
                "E0107",
                format!("undefined partnership `{partnership}`"),
                span,
            )
            .with_primary_label("no partnership has this name");
            let known = names.shown.iter().map(|(n, _, _)| n.as_str());
            if let Some(hint) = did_you_mean(partnership, known) {
                d = d.with_help(hint);
            }
            self.diagnostics.push(d);
            return None;
        };
        if let Some(&index) = names.milestones.get(&(p, milestone.to_string())) {
            return Some(MilestoneId {
                partnership: p,
                index,
            });
        }
        let (target_span, milestones) = names
            .shown
            .get(p)
            .map_or((span, &[][..]), |(_, s, m)| (*s, m.as_slice()));
        let mut d = Diagnostic::error(
            "E0107",
            format!("`{partnership}` has no milestone `{milestone}`"),
            span,
        )
        .with_primary_label("no such milestone")
        .with_label(target_span, format!("the partnership `{partnership}`"));
        if let Some(hint) = did_you_mean(milestone, milestones.iter().map(String::as_str)) {
            d = d.with_help(hint);
        }
        self.diagnostics.push(d);
        None
    }
}
