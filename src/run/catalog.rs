//! Names the trace may use, looked up once: partnerships, signals, events,
//! and the ids `fulfilled` may name.

use crate::ir::{Actor, ChangeLevel, Origin, Partnership, Portfolio};
use crate::vocab::Modality;
use std::collections::HashMap;

/// Whether an id (without its instance suffix) can be fulfilled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fulfil {
    Yes,
    /// Known, but `pact run` never instantiates it; the reason.
    No(&'static str),
}

pub(crate) struct Catalog<'a> {
    pub pf: &'a Portfolio,
    pub partnerships: HashMap<&'a str, usize>,
    pub signals: HashMap<&'a str, usize>,
    pub events: HashMap<&'a str, usize>,
    pub fulfil: HashMap<String, Fulfil>,
}

impl<'a> Catalog<'a> {
    pub fn new(pf: &'a Portfolio) -> Catalog<'a> {
        let mut fulfil = HashMap::new();
        for p in &pf.partnerships {
            for m in &p.milestones {
                fulfil.insert(m.id.clone(), Fulfil::Yes);
            }
            // Each occurrence of a report is a duty (`run::engine::lifecycle`).
            for r in &p.reports {
                fulfil.insert(r.id.clone(), Fulfil::Yes);
            }
            for o in &p.obligations {
                let how = if o.modality != Modality::Must {
                    Fulfil::No(not_a_duty(o.modality))
                } else if matches!(o.origin, Origin::Review(_)) {
                    Fulfil::Yes
                } else if o.condition.is_none() && o.deadline.is_none() {
                    Fulfil::No("a standing duty without a deadline")
                } else {
                    Fulfil::Yes
                };
                fulfil.insert(o.id.clone(), how);
            }
            for t in &p.triggers {
                for o in &t.obligations {
                    fulfil.insert(o.id.clone(), modality_fulfil(o.modality));
                }
            }
            if let Some(exit) = &p.exit {
                for o in &exit.obligations {
                    fulfil.insert(o.id.clone(), modality_fulfil(o.modality));
                }
            }
            for o in p.survives.iter().flat_map(|s| &s.obligations) {
                let how = if o.modality == Modality::Must && o.deadline.is_none() {
                    Fulfil::No("a surviving duty without a deadline, in force until it lapses")
                } else {
                    modality_fulfil(o.modality)
                };
                fulfil.insert(o.id.clone(), how);
            }
            for level in p.changes.iter().flat_map(|c| &c.levels) {
                for id in pathway_ids(level) {
                    fulfil.insert(id, Fulfil::Yes);
                }
            }
        }
        for c in &pf.coordinations {
            for r in &c.rules {
                for (_, o) in &r.obligations {
                    fulfil.insert(o.id.clone(), modality_fulfil(o.modality));
                }
            }
        }
        Catalog {
            pf,
            partnerships: pf
                .partnerships
                .iter()
                .enumerate()
                .map(|(i, p)| (p.name.as_str(), i))
                .collect(),
            signals: pf
                .signals
                .iter()
                .enumerate()
                .map(|(i, s)| (s.name.as_str(), i))
                .collect(),
            events: pf
                .events
                .iter()
                .enumerate()
                .map(|(i, e)| (e.name.as_str(), i))
                .collect(),
            fulfil,
        }
    }

    pub fn partnership(&self, p: usize) -> Option<&'a Partnership> {
        self.pf.partnerships.get(p)
    }

    pub fn party_name(&self, party: usize) -> String {
        self.pf
            .parties
            .get(party)
            .map_or_else(|| "?".to_string(), |p| p.name.clone())
    }

    pub fn actor_name(&self, actor: Actor) -> String {
        match actor {
            Actor::Neutral => crate::ir::NEUTRAL.to_string(),
            Actor::Party(p) => self.party_name(p),
            Actor::Role(p, r) => {
                let role = self
                    .pf
                    .parties
                    .get(p)
                    .and_then(|x| x.roles.get(r))
                    .map_or("?", |r| r.name.as_str());
                format!("{}.{role}", self.party_name(p))
            }
        }
    }

    pub fn signal_name(&self, s: usize) -> &'a str {
        self.pf.signals.get(s).map_or("?", |s| s.name.as_str())
    }

    pub fn event_name(&self, e: usize) -> &'a str {
        self.pf.events.get(e).map_or("?", |e| e.name.as_str())
    }
}

fn modality_fulfil(m: Modality) -> Fulfil {
    match m {
        Modality::Must => Fulfil::Yes,
        other => Fulfil::No(not_a_duty(other)),
    }
}

fn not_a_duty(m: Modality) -> &'static str {
    match m {
        Modality::May => "a permission, not a duty",
        _ => "a prohibition, which is kept rather than fulfilled",
    }
}

/// The id of the milestone `milestone` of `partnership`, named by a
/// reference (`penalty ... on Other.m`) that the link pass has not typed
/// yet: the scheme lowering gives the milestone itself.
pub(crate) fn milestone_id(partnership: &str, milestone: &str) -> String {
    crate::ir::ids::id(partnership, "milestone", milestone)
}

/// The id of the milestone a clause names, as the link pass resolved it
/// (`None` for one that names nothing).
pub(crate) fn linked_milestone_id(pf: &Portfolio, r: &crate::ir::MilestoneRef) -> Option<String> {
    let t = r.target?;
    let p = pf.partnerships.get(t.partnership)?;
    let m = p.milestones.get(t.index)?;
    Some(milestone_id(&p.name, &m.name))
}

/// The ids of a change level's pathway steps, without the instance suffix
/// (`Partnership.change.LEVEL.ACTION`, `-2` for a repeated action), as
/// lowering assigned them.
pub(crate) fn pathway_ids(level: &ChangeLevel) -> Vec<String> {
    level.pathway.iter().map(|step| step.id.clone()).collect()
}
