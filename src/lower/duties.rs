//! Duties: obligations (with their public ids), triggers, grants and
//! governance.

use super::*;

impl Lower<'_> {
    pub(super) fn trigger(&mut self, t: &ast::Trigger, span: Span) {
        let on = match &t.on {
            ast::TriggerOn::When(condition) => match self.cond(condition) {
                Some(c) => ir::TriggerOn::Condition(c),
                None => return,
            },
            ast::TriggerOn::Event(event) => match self.event(event) {
                Some(e) => ir::TriggerOn::Event(e),
                None => return,
            },
        };
        let origin = ir::Origin::Trigger(t.name.name.clone());
        let obligations = t
            .obligations
            .iter()
            .filter_map(|o| self.obligation(o, origin.clone()))
            .collect();
        self.p.triggers.push(ir::Trigger {
            id: self.id("trigger", &t.name.name),
            name: t.name.name.clone(),
            on,
            obligations,
            span,
        });
    }

    pub(super) fn obligation(
        &mut self,
        o: &ast::Obligation,
        origin: ir::Origin,
    ) -> Option<ir::Obligation> {
        let subjects = self.actors(&o.subjects);
        if subjects.len() != o.subjects.len() {
            return None;
        }
        let deadline = match &o.deadline {
            None => None,
            Some(ast::Deadline::Within { duration, of, .. }) => Some(ir::Deadline::Within {
                duration: self.duration(duration)?,
                from: of.as_ref().map(|w| w.name.clone()),
            }),
            Some(ast::Deadline::ByDate(date)) => Some(ir::Deadline::On(date.value)),
            Some(ast::Deadline::ByDay(day)) => Some(ir::Deadline::On(self.day_of_term(day)?)),
            Some(ast::Deadline::Before(anchor)) => {
                Some(ir::Deadline::Before(match &anchor.value {
                    ast::Anchor::End => ir::Anchor::End,
                    ast::Anchor::RenewalDecision => ir::Anchor::RenewalDecision,
                    ast::Anchor::Milestone(path) => {
                        ir::Anchor::Milestone(ir::MilestoneRef::new(path.text()))
                    }
                }))
            }
        };
        let condition = match &o.condition {
            Some(c) => Some(self.cond(c)?),
            None => None,
        };
        if ["share", "read", "use"].contains(&o.action.name.as_str()) {
            for object in &o.objects {
                let name = object.text();
                if !self.names.resources.contains_key(&name) {
                    let mut d = Diagnostic::error(
                        "E0106",
                        format!("undefined resource `{name}`"),
                        object.span,
                    )
                    .with_primary_label(format!("`{}` needs a declared resource", o.action.name));
                    d = match suggest::closest(
                        &name,
                        self.names.resources.keys().map(String::as_str),
                    ) {
                        Some(near) => d.with_meant(object.span, near),
                        None => d.with_help(format!("declare it: `resource {name}`")),
                    };
                    self.error(d);
                    return None;
                }
            }
        }
        let objects: Vec<String> = o.objects.iter().map(ast::Path::text).collect();
        let modality = o.modality.value;
        let name = self.obligation_name(&origin, &subjects, modality, &o.action.name, &objects);
        Some(ir::Obligation {
            id: format!("{}.{}.{name}", self.p.name, origin.text()),
            origin,
            name,
            subjects,
            modality,
            action: o.action.name.clone(),
            objects,
            purpose: o.purpose.as_ref().map(|p| p.value.clone()),
            deadline,
            condition,
            span: o.span,
        })
    }

    /// `PARTNERSHIP.KIND.NAME`: the public id of a named item of this
    /// partnership (`super::ir::ids`).
    pub(super) fn id(&self, kind: &str, name: &str) -> String {
        ir::ids::id(&self.p.name, kind, name)
    }

    /// `subject-must-verb-objects`, the last part of the obligation's id
    /// `Partnership.ORIGIN.NAME`, unique within the partnership and origin
    /// (`-2` for a repeat); derived from the clause, so adding a clause
    /// elsewhere never renames another obligation. Not slugged: the words
    /// are names already.
    fn obligation_name(
        &mut self,
        origin: &ir::Origin,
        subjects: &[ActorRef],
        modality: ast::Modality,
        action: &str,
        objects: &[String],
    ) -> String {
        let who: Vec<String> = subjects.iter().map(|s| self.actor_name(s.actor)).collect();
        let modal = match modality {
            ast::Modality::Must => "must",
            ast::Modality::May => "may",
            ast::Modality::MustNot => "must_not",
        };
        let mut words = vec![who.join("+"), modal.to_string(), action.to_string()];
        words.extend(objects.iter().cloned());
        let base = words.join("-");
        let count = self
            .obligation_ids
            .entry(format!("{}.{}.{base}", self.p.name, origin.text()))
            .or_insert(0);
        *count += 1;
        if *count == 1 {
            base
        } else {
            format!("{base}-{count}")
        }
    }

    pub(super) fn actor_name(&self, actor: Actor) -> String {
        match actor {
            Actor::Neutral => NEUTRAL.to_string(),
            Actor::Party(p) => self.party_name(p).to_string(),
            Actor::Role(p, r) => {
                let role = self
                    .portfolio
                    .parties
                    .get(p)
                    .and_then(|x| x.roles.get(r))
                    .map_or("?", |r| r.name.as_str());
                format!("{}.{role}", self.party_name(p))
            }
        }
    }

    pub(super) fn grant(&mut self, g: &ast::Grant, span: Span) {
        let grantee = self.party(&g.grantee);
        let resource = match self.names.resources.get(&g.resource.name) {
            Some(&r) => Some(r),
            None => {
                let mut d = Diagnostic::error(
                    "E0106",
                    format!("undefined resource `{}`", g.resource.name),
                    g.resource.span,
                )
                .with_primary_label("no resource has this name");
                d = match suggest::closest(
                    &g.resource.name,
                    self.names.resources.keys().map(String::as_str),
                ) {
                    Some(near) => d.with_meant(g.resource.span, near),
                    None => d.with_help(format!("declare it: `resource {}`", g.resource.name)),
                };
                self.error(d);
                None
            }
        };
        let (Some(grantee), Some(resource)) = (grantee, resource) else {
            return;
        };
        let period = g.period.as_ref().map(|(a, b)| (a.value, b.value));
        if let Some((from, to)) = &g.period {
            if to.value < from.value {
                self.error(
                    Diagnostic::error(
                        "E0301",
                        format!(
                            "the grant ends on {}, before it starts on {}",
                            to.value, from.value
                        ),
                        to.span,
                    )
                    .with_primary_label("the end")
                    .with_label(from.span, "the start"),
                );
            }
        }
        let name = format!(
            "{}-{}-{}",
            self.party_name(grantee),
            g.right.name,
            g.resource.name
        );
        self.p.grants.push(ir::Grant {
            id: self.id("grant", &name),
            exclusive: g.exclusive.is_some(),
            grantee,
            right: g.right.name.clone(),
            resource,
            purpose: g.purpose.as_ref().map(|p| p.value.clone()),
            period,
            span,
        });
    }

    pub(super) fn governance(&mut self, items: &[ast::GovernanceItem]) {
        for item in items {
            match item {
                ast::GovernanceItem::Tier(tier) => {
                    let tier = self.governance_tier(tier, None);
                    self.p.governance.tiers.push(tier);
                }
                ast::GovernanceItem::Evolves { after, tiers, span } => {
                    let Some(after) = self.duration(after) else {
                        continue;
                    };
                    let tiers = tiers
                        .iter()
                        .map(|t| self.governance_tier(t, Some(&after)))
                        .collect();
                    self.p.governance.stages.push((after, tiers, *span));
                }
                ast::GovernanceItem::Error => {}
            }
        }
    }

    /// A tier, from the start or (`after`) from a stage of `evolves`.
    pub(super) fn governance_tier(
        &mut self,
        tier: &ast::GovernanceTier,
        after: Option<&Duration>,
    ) -> ir::GovernanceTier {
        let name = &tier.name.name;
        ir::GovernanceTier {
            id: self.id(
                "governance",
                &after.map_or_else(|| name.clone(), |d| format!("{name}.after {d}")),
            ),
            name: tier.name.name.clone(),
            members: self.actors(&tier.members),
            decides: tier.decides.iter().map(|d| d.name.clone()).collect(),
            span: tier.span,
        }
    }
}
