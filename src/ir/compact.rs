//! A lowered partnership's lists sized to what they hold.
//!
//! Lowering builds every list by pushing, and a `Vec`'s first allocation
//! holds four elements: a partnership's one trigger duty kept the room of
//! four obligations (408 bytes each). The model of the 10,000-partnership
//! benchmark portfolio took 200 MB, a third of it empty room (issue 18,
//! `cargo bench --bench memory`). Lowering calls [`compact`] on each
//! partnership it finishes; the lists that stay small and short-lived are
//! left alone.

use super::model::*;

/// Gives back the unused room of `p`'s lists, nested ones included.
pub fn compact(p: &mut Partnership) {
    p.parties.shrink_to_fit();
    p.metrics.shrink_to_fit();
    p.weights.shrink_to_fit();
    for stage in &mut p.weights {
        stage.weights.shrink_to_fit();
    }
    p.meetings.shrink_to_fit();
    for meeting in &mut p.meetings {
        meeting.participants.shrink_to_fit();
        meeting.adjustments.shrink_to_fit();
        meeting.duties.shrink_to_fit();
    }
    p.escalation.shrink_to_fit();
    for level in &mut p.escalation {
        level.handlers.shrink_to_fit();
    }
    if let Some(disputes) = &mut p.disputes {
        disputes.steps.shrink_to_fit();
    }
    if let Some(changes) = &mut p.changes {
        changes.levels.shrink_to_fit();
        changes.authority.shrink_to_fit();
        for level in &mut changes.levels {
            level.pathway.shrink_to_fit();
            for step in &mut level.pathway {
                step.by.shrink_to_fit();
            }
        }
    }
    p.payments.shrink_to_fit();
    for payments in &mut p.payments {
        payments.items.shrink_to_fit();
        payments.shares.shrink_to_fit();
        payments.early_bonuses.shrink_to_fit();
        payments.indexations.shrink_to_fit();
        for item in &mut payments.items {
            if let PayItem::Bonus(bonus) = item {
                bonus.tiers.shrink_to_fit();
            }
        }
    }
    p.invoices.shrink_to_fit();
    p.triggers.shrink_to_fit();
    for trigger in &mut p.triggers {
        obligations(&mut trigger.obligations);
    }
    obligations(&mut p.obligations);
    p.grants.shrink_to_fit();
    p.milestones.shrink_to_fit();
    for milestone in &mut p.milestones {
        milestone.requires.shrink_to_fit();
        milestone.required.shrink_to_fit();
    }
    for recurring in p.surveys.iter_mut().chain(p.reports.iter_mut()) {
        recurring.by.shrink_to_fit();
    }
    p.surveys.shrink_to_fit();
    p.reports.shrink_to_fit();
    p.governance.tiers.shrink_to_fit();
    p.governance.stages.shrink_to_fit();
    if let Some(exit) = &mut p.exit {
        obligations(&mut exit.obligations);
    }
    p.survives.shrink_to_fit();
    for survival in &mut p.survives {
        obligations(&mut survival.obligations);
    }
    p.renewed.shrink_to_fit();
    p.origins.shrink_to_fit();
    p.docs.shrink_to_fit();
}

fn obligations(list: &mut Vec<Obligation>) {
    list.shrink_to_fit();
    for obligation in list {
        obligation.subjects.shrink_to_fit();
        obligation.objects.shrink_to_fit();
    }
}
