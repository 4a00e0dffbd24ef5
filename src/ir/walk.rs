//! Every condition of a partnership, and every operand of a condition,
//! visited in place: what the link pass resolves partnership names in.
//! A new place that holds a [`Cond`] is added here, or its references stay
//! unlinked.

use super::model::{Cond, Operand, Partnership, PayItem, TriggerOn};

impl Partnership {
    /// Calls `f` on every condition the partnership's clauses hold:
    /// review adjustments, escalation levels, change levels, bonus tiers,
    /// triggers, duties (of every origin), renewal criteria.
    pub fn for_each_condition_mut(&mut self, f: &mut dyn FnMut(&mut Cond)) {
        for m in &mut self.meetings {
            for a in &mut m.adjustments {
                f(&mut a.condition);
            }
        }
        for level in &mut self.escalation {
            if let Some(c) = &mut level.condition {
                f(c);
            }
        }
        for level in self.changes.iter_mut().flat_map(|c| &mut c.levels) {
            f(&mut level.condition);
        }
        for item in self.payments.iter_mut().flat_map(|p| &mut p.items) {
            if let PayItem::Bonus(bonus) = item {
                for tier in &mut bonus.tiers {
                    f(&mut tier.condition);
                }
            }
        }
        for t in &mut self.triggers {
            if let TriggerOn::Condition(c) = &mut t.on {
                f(c);
            }
        }
        let obligations = self
            .obligations
            .iter_mut()
            .chain(self.triggers.iter_mut().flat_map(|t| &mut t.obligations))
            .chain(self.exit.iter_mut().flat_map(|e| &mut e.obligations))
            .chain(self.survives.iter_mut().flat_map(|s| &mut s.obligations));
        for o in obligations {
            if let Some(c) = &mut o.condition {
                f(c);
            }
        }
        if let Some(c) = self.renewal.as_mut().and_then(|r| r.criteria.as_mut()) {
            f(c);
        }
    }
}

impl Cond {
    /// Calls `f` on every operand of the condition, computed ones and
    /// their sides included.
    pub fn for_each_operand_mut(&mut self, f: &mut dyn FnMut(&mut Operand)) {
        match self {
            Cond::Const(_) | Cond::Event(_) => {}
            Cond::And(a, b) | Cond::Or(a, b) => {
                a.for_each_operand_mut(f);
                b.for_each_operand_mut(f);
            }
            Cond::Not(a) => a.for_each_operand_mut(f),
            Cond::Compare { lhs, rhs, .. } => {
                lhs.for_each_mut(f);
                rhs.for_each_mut(f);
            }
        }
    }
}

impl Operand {
    /// `f` on this operand, then on the sides of a computation.
    fn for_each_mut(&mut self, f: &mut dyn FnMut(&mut Operand)) {
        f(self);
        if let Operand::Computed(c) = self {
            c.lhs.for_each_mut(f);
            c.rhs.for_each_mut(f);
        }
    }
}
