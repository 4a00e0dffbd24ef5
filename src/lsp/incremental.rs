//! The analysis of the workspace, redone after an edit only as far as the
//! edit can reach.
//!
//! A full analysis runs the compiler's stages one by one (`resolve`, then
//! `lower` file by file, then `check_model`, as `pact::analyse` does) and keeps what each produced: the
//! resolved namespace, the model, and each file's diagnostics by stage.
//!
//! After an edit that changes only partnership bodies — every other
//! declaration of the edited files the same, spans included, the same
//! partnerships by name, the same imports — nothing the namespace holds
//! can have changed, so the edited files' partnerships are lowered again
//! and spliced into the model in place of their old versions. Their
//! contract checks are run again (old and new versions, among stand-ins
//! that give the other partnerships' names and milestones, so the
//! difference can be applied to the kept results); the portfolio checks,
//! which compare partnerships with each other, run over everything. An
//! edit that renames a milestone others may refer to takes the full path.
//! The others' parses, lowerings and lowering diagnostics are reused.
//! Anything else (a party added, a `use` changed, a file added or removed,
//! a portfolio with `coordinate` blocks, whose lowering reads every
//! partnership) falls back to the full analysis. Either way the result is
//! the one `pact::analyse` gives.
//!
//! This module is the one place that knows the compiler's stages; when
//! they move (`lower` is being split out of `check`), only it changes.

use crate::check;
use crate::diagnostics::{Diagnostic, FileId, Span};
use crate::ir::{Partnership, Portfolio};
use crate::resolve::{self, Resolved};
use crate::source::SourceMap;
use crate::syntax::ast;
use std::ops::Range;
use std::sync::Arc;

/// What a full analysis learnt, kept for the next edit.
pub struct State {
    /// The namespace and the model (every partnership lowered).
    pub resolved: Arc<Resolved>,
    /// Diagnostics of name resolution (not of parsing).
    resolve_diagnostics: Vec<Diagnostic>,
    /// Contract checks (E03xx), of every partnership.
    contract: Vec<Diagnostic>,
    /// Portfolio checks (E04xx).
    across: Vec<Diagnostic>,
    /// Per file (by id): its partnerships' place in the model and their
    /// lowering diagnostics, and what must not change for a fast update.
    files: Vec<FileState>,
    /// `false` when the model cannot be updated file by file.
    incremental: bool,
    /// How long the last update spent lowering, on the edited
    /// partnerships' contract checks, and on the portfolio checks (the
    /// two checks run side by side).
    pub timings: [std::time::Duration; 3],
}

#[derive(Default)]
struct FileState {
    range: Range<usize>,
    lowered: Vec<Diagnostic>,
    shape: Shape,
}

/// The parts of a file an edit must leave alone for a fast update.
#[derive(Default, PartialEq)]
pub struct Shape {
    /// Every declaration but partnerships, as parsed (spans included).
    declarations: Vec<ast::Decl>,
    partnerships: Vec<String>,
    /// What the file's `use`s name, in partnerships too.
    uses: Vec<String>,
}

impl Shape {
    pub fn of(file: &ast::File) -> Shape {
        let mut shape = Shape::default();
        for decl in &file.decls {
            match &decl.kind {
                ast::DeclKind::Partnership(p) => {
                    shape.partnerships.push(p.name.name.clone());
                    for clause in &p.clauses {
                        if let ast::ClauseKind::Use(u) = &clause.kind {
                            shape.uses.push(use_target(u));
                        }
                    }
                }
                _ => shape.declarations.push(decl.clone()),
            }
        }
        shape
    }
}

fn use_target(u: &ast::Use) -> String {
    match &u.target {
        ast::UseTarget::Module(path) => path.text(),
        ast::UseTarget::File(text) => format!("\"{}\"", text.value),
    }
}

/// A file's new parse, for a fast update.
pub struct Edited<'a> {
    pub id: FileId,
    pub file: &'a ast::File,
    pub shape: Shape,
}

/// Runs every stage over `sources`, the first `workspace_files` of which
/// are the workspace's (the others come from imports). Call
/// [`State::finish`] next.
pub fn full(
    sources: &mut SourceMap,
    loader: &mut dyn crate::Loader,
    workspace_files: usize,
) -> State {
    let mut found = Vec::new();
    let mut resolved = resolve::resolve(sources, loader, &mut found);
    let mut files: Vec<FileState> = (0..workspace_files).map(|_| FileState::default()).collect();
    let incremental = resolved.coordinations.is_empty();
    if incremental {
        // File by file, so each file's lowering diagnostics are known.
        let pending = std::mem::take(&mut resolved.pending);
        let mut partnerships = Vec::with_capacity(pending.len());
        for (file, group) in by_file(pending) {
            let start = partnerships.len();
            resolved.pending = group;
            let mut lowered = Vec::new();
            crate::lower::lower(&mut resolved, &mut lowered);
            partnerships.append(&mut resolved.portfolio.partnerships);
            match files.get_mut(file.0 as usize) {
                Some(state) => {
                    state.range = start..partnerships.len();
                    state.lowered = lowered;
                }
                // Imported files are never updated alone: their lowering
                // stays with the resolution's diagnostics.
                None => found.append(&mut lowered),
            }
        }
        resolved.portfolio.partnerships = partnerships;
    } else {
        crate::lower::lower(&mut resolved, &mut found);
    }
    let portfolio = &resolved.portfolio;
    let (contract, across) =
        crate::parallel::side_by_side(|| logic(portfolio), || across(portfolio));
    State {
        resolved: Arc::new(resolved),
        resolve_diagnostics: found,
        contract,
        across,
        files,
        incremental,
        timings: Default::default(),
    }
}

impl State {
    /// Completes a full analysis: each workspace file's shape, and the
    /// parse diagnostics (`syntax`, from the caller's cache) told apart from
    /// the resolution's own.
    pub fn finish(&mut self, shapes: Vec<Shape>, syntax: &[Diagnostic]) {
        for (file, shape) in self.files.iter_mut().zip(shapes) {
            file.shape = shape;
        }
        let found = std::mem::take(&mut self.resolve_diagnostics);
        self.resolve_diagnostics = without(found, syntax.to_vec());
    }

    /// Updates the model for edited files whose shape did not change;
    /// `None` (the state is left as it was) when a full analysis is needed.
    pub fn update(
        &mut self,
        edited: Vec<Edited<'_>>,
        syntax: Vec<Diagnostic>,
    ) -> Option<Vec<Diagnostic>> {
        if !self.incremental {
            return None;
        }
        for e in &edited {
            let state = self.files.get(e.id.0 as usize)?;
            let touched = |span: Span| span.file == e.id;
            let resolution_involves_it = self
                .resolve_diagnostics
                .iter()
                .any(|d| touched(d.primary.span) || d.secondary.iter().any(|l| touched(l.span)));
            if state.shape != e.shape || resolution_involves_it {
                return None;
            }
        }
        let resolved = Arc::get_mut(&mut self.resolved)?;
        let started = std::time::Instant::now();
        let mut all = std::mem::take(&mut resolved.portfolio.partnerships);
        // Lower the edited files' partnerships first: nothing changes
        // unless every one can be put in place of its old version.
        let mut fresh_by_file = Vec::new();
        for e in &edited {
            resolved.pending = e
                .file
                .decls
                .iter()
                .filter_map(|d| match &d.kind {
                    ast::DeclKind::Partnership(p) => Some((p.clone(), d.span, d.doc.clone())),
                    _ => None,
                })
                .collect();
            let mut lowered = Vec::new();
            crate::lower::lower(resolved, &mut lowered);
            let fresh = std::mem::take(&mut resolved.portfolio.partnerships);
            fresh_by_file.push((e.id, fresh, lowered));
        }
        let fits = fresh_by_file.iter().all(|(id, fresh, _)| {
            let range = self.files.get(id.0 as usize).map(|f| f.range.clone());
            // Same partnerships (names were compared) with the same
            // milestones: other partnerships' references to them stand.
            range.and_then(|r| all.get(r)).is_some_and(|old| {
                old.len() == fresh.len()
                    && old
                        .iter()
                        .zip(fresh)
                        .all(|(a, b)| milestones(a) == milestones(b))
            })
        });
        if !fits {
            resolved.portfolio.partnerships = all;
            return None;
        }
        let mut old = Vec::new();
        let mut new = Vec::new();
        let mut edited_at = vec![false; all.len()];
        for (id, fresh, lowered) in fresh_by_file {
            let Some(state) = self.files.get_mut(id.0 as usize) else {
                continue;
            };
            for (i, partnership) in state.range.clone().zip(fresh) {
                if let Some(slot) = all.get_mut(i) {
                    new.push(partnership.clone());
                    old.push(std::mem::replace(slot, partnership));
                }
                if let Some(flag) = edited_at.get_mut(i) {
                    *flag = true;
                }
            }
            state.lowered = lowered;
        }
        resolved.portfolio.partnerships = all;
        let lowered = started.elapsed();
        // The contract checks of the edited partnerships, old and new, among
        // stand-ins for the others (their names and milestones, for the
        // references between partnerships); the portfolio checks of all.
        let portfolio = &resolved.portfolio;
        let stubs: Vec<Partnership> = portfolio
            .partnerships
            .iter()
            .zip(&edited_at)
            .filter(|(_, edited)| !**edited)
            .map(|(p, _)| stub(p))
            .collect();
        let timed = |job: &dyn Fn() -> Vec<Diagnostic>| {
            let started = std::time::Instant::now();
            (job(), started.elapsed())
        };
        let ((contract, contract_time), (across, across_time)) = crate::parallel::side_by_side(
            || {
                timed(&|| {
                    let before = logic(&with_partnerships(portfolio, old.clone(), &stubs));
                    let after = logic(&with_partnerships(portfolio, new.clone(), &stubs));
                    let mut contract = without(self.contract.clone(), before);
                    contract.extend(after);
                    contract
                })
            },
            || timed(&|| across(portfolio)),
        );
        self.contract = contract;
        self.across = across;
        self.timings = [lowered, contract_time, across_time];
        Some(self.diagnostics(syntax))
    }

    /// Every diagnostic: `syntax` (all files' parse diagnostics) and the
    /// kept ones of each stage.
    pub fn diagnostics(&self, syntax: Vec<Diagnostic>) -> Vec<Diagnostic> {
        let mut diagnostics = syntax;
        diagnostics.extend(self.resolve_diagnostics.iter().cloned());
        for file in &self.files {
            diagnostics.extend(file.lowered.iter().cloned());
        }
        diagnostics.extend(self.contract.iter().cloned());
        diagnostics.extend(self.across.iter().cloned());
        diagnostics
    }
}

fn logic(portfolio: &Portfolio) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    check::logic::check(portfolio, &mut found);
    found
}

fn across(portfolio: &Portfolio) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    check::portfolio::check(portfolio, &mut found);
    found
}

fn milestones(p: &Partnership) -> Vec<&str> {
    p.milestones.iter().map(|m| m.name.as_str()).collect()
}

/// A partnership reduced to what other partnerships' contract checks read
/// of it: its name and its milestones (without their own references, so
/// the stand-in itself is never reported).
fn stub(p: &Partnership) -> Partnership {
    let mut stub = Partnership::new(p.name.clone(), p.span);
    stub.milestones = p
        .milestones
        .iter()
        .map(|m| crate::ir::Milestone {
            requires: Vec::new(),
            ..m.clone()
        })
        .collect();
    stub
}

/// The portfolio's declarations with other partnerships.
fn with_partnerships(
    portfolio: &Portfolio,
    first: Vec<Partnership>,
    rest: &[Partnership],
) -> Portfolio {
    Portfolio {
        parties: portfolio.parties.clone(),
        resources: portfolio.resources.clone(),
        signals: portfolio.signals.clone(),
        events: portfolio.events.clone(),
        partnerships: first.into_iter().chain(rest.iter().cloned()).collect(),
        coordinations: Vec::new(),
        file_docs: Vec::new(),
    }
}

/// Pending partnerships grouped by their file, keeping their order.
fn by_file(pending: Vec<resolve::Pending>) -> Vec<(FileId, Vec<resolve::Pending>)> {
    let mut groups: Vec<(FileId, Vec<resolve::Pending>)> = Vec::new();
    for item in pending {
        let file = item.1.file;
        match groups.last_mut() {
            Some((last, group)) if *last == file => group.push(item),
            _ => groups.push((file, vec![item])),
        }
    }
    groups
}

/// `all` without one copy of each of `remove`.
fn without(all: Vec<Diagnostic>, remove: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut remove = remove;
    let mut kept = Vec::with_capacity(all.len());
    for d in all {
        match remove.iter().position(|r| *r == d) {
            Some(i) => {
                remove.swap_remove(i);
            }
            None => kept.push(d),
        }
    }
    kept
}
