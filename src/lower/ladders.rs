//! Ladders: escalation levels, dispute steps and change levels.

use super::*;

impl Lower<'_> {
    pub(super) fn escalation(&mut self, levels: &[ast::EscalationLevel]) {
        for level in levels {
            let handlers = self.actors(&level.handlers);
            let Some(within) = self.duration(&level.within) else {
                continue;
            };
            let condition = level.condition.as_ref().and_then(|c| self.cond(c));
            self.p.escalation.push(ir::EscalationLevel {
                id: self.id("escalation", &level.name.name),
                name: level.name.name.clone(),
                condition,
                handlers,
                within,
                span: level.span,
            });
        }
    }

    pub(super) fn disputes(&mut self, d: &ast::Disputes, span: Span) {
        let Some(event) = self.event(&d.event) else {
            return;
        };
        let mut steps = Vec::new();
        for step in &d.steps {
            let by = self.actors(&step.by);
            let within = match &step.within {
                Some(q) => match self.duration(q) {
                    Some(d) => Some(d),
                    None => continue,
                },
                None => None,
            };
            let from_notice = match &step.of {
                None => false,
                Some(word) if word.name == "notice" || word.name == d.event.name => true,
                Some(word) => {
                    self.error(
                        Diagnostic::error(
                            "E0105",
                            format!(
                                "`within ... of {}` counts from nothing this ladder knows",
                                word.name
                            ),
                            word.span,
                        )
                        .with_primary_label("expected `notice`")
                        .with_help("write `of notice` to count from the dispute notice"),
                    );
                    false
                }
            };
            steps.push(ir::DisputeStep {
                id: self.id("dispute", &step.name.name),
                name: step.name.name.clone(),
                by,
                within,
                from_notice,
                requires: step.requires.iter().map(ast::Path::text).collect(),
                binding: step.binding.is_some(),
                span: step.span,
            });
        }
        self.p.disputes = Some(ir::Disputes { event, steps, span });
    }

    pub(super) fn changes(&mut self, items: &[ast::ChangeItem], span: Span) {
        let mut changes = ir::Changes {
            span,
            ..ir::Changes::default()
        };
        for item in items {
            match item {
                ast::ChangeItem::Level(level) => {
                    let Some(condition) = self.cond(&level.condition) else {
                        continue;
                    };
                    let id = self.id("change", &level.name.name);
                    let mut pathway = Vec::new();
                    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
                    for step in &level.pathway {
                        let by = self.actors(&step.by);
                        let within = step.within.as_ref().and_then(|q| self.duration(q));
                        // `LEVEL_ID.ACTION`, `-2` for a repeated action.
                        let n = seen.entry(step.action.name.as_str()).or_insert(0);
                        *n += 1;
                        let step_id = match *n {
                            1 => format!("{id}.{}", step.action.name),
                            n => format!("{id}.{}-{n}", step.action.name),
                        };
                        pathway.push(ir::PathwayStep {
                            id: step_id,
                            action: step.action.name.clone(),
                            by,
                            within,
                            span: step.span,
                        });
                    }
                    changes.levels.push(ir::ChangeLevel {
                        id,
                        name: level.name.name.clone(),
                        condition,
                        pathway,
                        span: level.span,
                    });
                }
                ast::ChangeItem::Authority { who, .. } => {
                    let who = self.actors(who);
                    changes.authority.extend(who);
                }
                ast::ChangeItem::Error => {}
            }
        }
        self.p.changes = Some(changes);
    }

    // ------------------------------------------------------------ money
}
