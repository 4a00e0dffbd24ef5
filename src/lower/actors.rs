//! Parties and actors: `parties ... as label`, `Party.role`, labels.

use super::*;

impl Lower<'_> {
    pub(super) fn parties(&mut self, bindings: &[ast::PartyBinding]) {
        for binding in bindings {
            let Some(&party) = self.names.parties.get(&binding.party.name) else {
                let mut d = undefined(
                    "party",
                    &binding.party,
                    self.names.parties.keys().map(String::as_str),
                );
                if self.names.partnerships.contains_key(&binding.party.name) {
                    d = d.with_note(format!(
                        "`{}` is a partnership, not a party",
                        binding.party.name
                    ));
                }
                self.error(d);
                continue;
            };
            if let Some(first) = self.p.parties.iter().find(|b| b.party == party) {
                let first = first.span;
                self.error(
                    Diagnostic::error(
                        "E0113",
                        format!("`{}` is named twice in `parties`", binding.party.name),
                        binding.span,
                    )
                    .with_primary_label("named again here")
                    .with_label(first, "first named here"),
                );
                continue;
            }
            if let Some(label) = &binding.label {
                if let Some(first) = self
                    .p
                    .parties
                    .iter()
                    .find(|b| b.label.as_deref() == Some(label.name.as_str()))
                {
                    let first = first.span;
                    self.error(
                        Diagnostic::error(
                            "E0113",
                            format!("two parties are labelled `{}`", label.name),
                            label.span,
                        )
                        .with_primary_label("this label is taken")
                        .with_label(first, "already used here")
                        .with_help("each party of a partnership needs its own label"),
                    );
                    continue;
                }
            }
            self.p.parties.push(ir::Binding {
                party,
                label: binding.label.as_ref().map(|l| l.name.clone()),
                span: binding.span,
            });
        }
    }

    pub(super) fn party_name(&self, id: ir::PartyId) -> &str {
        self.portfolio
            .parties
            .get(id)
            .map_or("?", |p| p.name.as_str())
    }

    /// A party by label or name, which must be a party to this partnership.
    pub(super) fn party(&mut self, name: &ast::Ident) -> Option<ir::PartyId> {
        if let Some(party) = self.p.party_by_label(&name.name) {
            return Some(party);
        }
        match self.names.parties.get(&name.name) {
            Some(&party) if self.p.parties.iter().any(|b| b.party == party) => Some(party),
            Some(&party) => {
                let mut d = Diagnostic::error(
                    "E0118",
                    format!("`{}` is not a party to `{}`", name.name, self.p.name),
                    name.span,
                )
                .with_primary_label("not named in this partnership's `parties`")
                .with_label(self.p.span, "the partnership");
                if let Some(declared) = self.portfolio.parties.get(party) {
                    d = d.with_label(declared.span, "the party is declared here");
                }
                self.error(d.with_help(format!("add `{}` to `parties`", name.name)));
                None
            }
            None => {
                let labels: Vec<String> = self
                    .p
                    .parties
                    .iter()
                    .filter_map(|b| b.label.clone())
                    .collect();
                let candidates: Vec<&str> = self
                    .names
                    .parties
                    .keys()
                    .map(String::as_str)
                    .chain(labels.iter().map(String::as_str))
                    .collect();
                let mut d = undefined("party", name, candidates.iter().copied());
                if !labels.is_empty() {
                    d = d.with_note(format!(
                        "in `{}` the labels are {}",
                        self.p.name,
                        labels
                            .iter()
                            .map(|l| format!("`{l}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
                self.error(d);
                None
            }
        }
    }

    /// `Acme`, `Acme.ops`, `client.ops`, `neutral`.
    pub(super) fn actor(&mut self, path: &ast::Path) -> Option<ActorRef> {
        let span = path.span;
        match path.segments.as_slice() {
            [only] if only.name == NEUTRAL => Some(ActorRef {
                actor: Actor::Neutral,
                span,
            }),
            [only] => self.party(only).map(|party| ActorRef {
                actor: Actor::Party(party),
                span,
            }),
            [party, role] => {
                let party_id = self.party(party)?;
                let roles = &self.portfolio.parties.get(party_id)?.roles;
                match roles.iter().position(|r| r.name == role.name) {
                    Some(index) => Some(ActorRef {
                        actor: Actor::Role(party_id, index),
                        span,
                    }),
                    None => {
                        let party_name = self.party_name(party_id).to_string();
                        let declared = self.portfolio.parties.get(party_id).map(|p| p.span);
                        let mut d = Diagnostic::error(
                            "E0103",
                            format!("`{party_name}` has no role `{}`", role.name),
                            role.span,
                        )
                        .with_primary_label("no such role");
                        if let Some(declared) = declared {
                            d = d.with_label(declared, format!("`{party_name}` is declared here"));
                        }
                        let names: Vec<&str> = roles.iter().map(|r| r.name.as_str()).collect();
                        d = match suggest::closest(&role.name, names.iter().copied()) {
                            Some(name) => d.with_meant(role.span, name),
                            None if names.is_empty() => d
                                .with_note(format!("`{party_name}` declares no roles"))
                                .with_help(format!(
                                    "declare the role in the party's block, like `role {}`, or name the party alone",
                                    role.name
                                )),
                            None => d.with_note(format!(
                                "its roles are {}",
                                names
                                    .iter()
                                    .map(|n| format!("`{n}`"))
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            )),
                        };
                        self.error(d);
                        None
                    }
                }
            }
            _ => {
                self.error(
                    Diagnostic::error(
                        "E0102",
                        format!("`{}` is not a party or a role", path.text()),
                        span,
                    )
                    .with_primary_label("expected `Party`, `Party.role` or `label.role`"),
                );
                None
            }
        }
    }

    pub(super) fn actors(&mut self, paths: &[ast::Path]) -> Vec<ActorRef> {
        paths.iter().filter_map(|p| self.actor(p)).collect()
    }

    // ------------------------------------------------------------ basics
}
