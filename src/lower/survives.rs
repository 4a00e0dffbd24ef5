//! Lowering of the clauses of a partnership's life after its term
//! (design §10.3): `survives D { duties }`.
//!
//! Surviving duties get ids under `survives` so that they never collide
//! with the same duty written as a clause of the term (`Globex must not
//! share CustomerData` both during and after the term is common).

use super::*;

impl Lower<'_> {
    pub(super) fn survives(&mut self, s: &ast::Survives, span: Span) {
        let Some(length) = self.duration(&s.length) else {
            return;
        };
        let obligations = s
            .obligations
            .iter()
            .filter_map(|o| self.obligation(o, ir::Origin::Survives))
            .collect();
        self.p.survives.push(ir::Survival {
            length,
            obligations,
            span,
        });
    }
}
