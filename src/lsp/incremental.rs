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

use super::reach;
use crate::check;
use crate::diagnostics::{Diagnostic, FileId, Span};
use crate::ir::{Partnership, Portfolio};
use crate::resolve::{self, Resolved};
use crate::source::SourceMap;
use crate::syntax::ast;
use std::collections::{HashMap, HashSet};
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
    /// How many partnerships the last update changed, and how many the
    /// portfolio checks looked at again.
    pub reach: (usize, usize),
    /// Every partnership reduced to its name and milestones, for the
    /// contract checks of the changed ones (built on the first update).
    stubs: Option<Portfolio>,
}

#[derive(Default)]
struct FileState {
    range: Range<usize>,
    /// The text analysed, to tell what the next edit changed.
    text: Arc<str>,
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
    pub text: Arc<str>,
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
    let mut files: Vec<FileState> = (0..workspace_files)
        .map(|i| FileState {
            text: Arc::from(sources.text(FileId(u32::try_from(i).unwrap_or(u32::MAX)))),
            ..FileState::default()
        })
        .collect();
    // Amendments make versions of the portfolio, each checked whole
    // (design §10.6), as `pact check` does; the model kept is the
    // original version.
    let dates = crate::amend::effective_dates(&resolved.amendments);
    let mut versions = Vec::new();
    if !dates.is_empty() {
        versions = version_diagnostics(&resolved, &dates);
    }
    let incremental = resolved.coordinations.is_empty() && dates.is_empty();
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
    let mut linked = crate::link::link(&mut resolved.portfolio);
    let portfolio = &resolved.portfolio;
    let (mut contract, mut across) =
        crate::parallel::side_by_side(|| logic(portfolio), || across(portfolio));
    contract.append(&mut linked);
    if !versions.is_empty() {
        let seen: HashSet<&Diagnostic> = found.iter().chain(&contract).chain(&across).collect();
        let extra: Vec<Diagnostic> = versions.into_iter().filter(|d| !seen.contains(d)).collect();
        across.extend(extra);
    }
    State {
        resolved: Arc::new(resolved),
        resolve_diagnostics: found,
        contract,
        across,
        files,
        incremental,
        timings: Default::default(),
        reach: (0, 0),
        stubs: None,
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
        self.resolve_diagnostics = reach::apply(found, syntax.to_vec(), Vec::new());
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
        if self.stubs.is_none() {
            let portfolio = &self.resolved.portfolio;
            let stubs = portfolio.partnerships.iter().map(stub).collect();
            self.stubs = Some(reach::with_partnerships(portfolio, stubs));
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
            fresh_by_file.push((e, fresh, lowered));
        }
        let fits = fresh_by_file.iter().all(|(e, fresh, _)| {
            let range = self.files.get(e.id.0 as usize).map(|f| f.range.clone());
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
        // Which partnerships the edits changed; the others only moved.
        let mut shifts = Vec::new();
        let mut changed = Vec::new();
        let mut replaced: HashMap<usize, Partnership> = HashMap::new();
        for (e, fresh, lowered) in fresh_by_file {
            let Some(state) = self.files.get_mut(e.id.0 as usize) else {
                continue;
            };
            let shift = reach::Shift::between(e.id, &state.text, &e.text);
            // Each partnership's extent in the new text, from the end of
            // the declaration before it (its doc comment counts).
            let mut extents = Vec::new();
            let mut previous_end = 0;
            for d in &e.file.decls {
                if matches!(d.kind, ast::DeclKind::Partnership(_)) {
                    extents.push((previous_end, d.span.end));
                }
                previous_end = d.span.end;
            }
            for ((i, partnership), (from, to)) in state.range.clone().zip(fresh).zip(extents) {
                let Some(slot) = all.get_mut(i) else { continue };
                if shift.touches_new(from, to) {
                    changed.push(i);
                }
                replaced.insert(i, std::mem::replace(slot, partnership));
            }
            state.lowered = lowered;
            state.text = e.text.clone();
            shifts.push(shift);
        }
        resolved.portfolio.partnerships = all;
        // The fresh partnerships' references, resolved among all the
        // others (their diagnostics come from `among` below).
        let fresh: Vec<usize> = replaced.keys().copied().collect();
        crate::link::link_some(&mut resolved.portfolio, &fresh);
        let lowered = started.elapsed();
        let portfolio = &mut resolved.portfolio;
        let old: Vec<&Partnership> = changed.iter().filter_map(|i| replaced.get(i)).collect();
        let new: Vec<&Partnership> = changed
            .iter()
            .filter_map(|&i| portfolio.partnerships.get(i))
            .collect();
        let moved = |mut list: Vec<Diagnostic>| {
            for d in &mut list {
                for shift in &shifts {
                    shift.diagnostic(d);
                }
            }
            list
        };
        // The contract checks of the changed partnerships, old and new,
        // among stand-ins for the others (their names and milestones, for
        // the references between partnerships).
        let started = std::time::Instant::now();
        let stubs = self.stubs.as_mut()?;
        let contract_before = among(stubs, &changed, &old);
        let contract_after = among(stubs, &changed, &new);
        let contract_time = started.elapsed();
        // The portfolio checks of the changed partnerships (old, then new)
        // among the others they can be compared with; the others' versions
        // before the edit, for those that moved.
        let started = std::time::Instant::now();
        let near = reach::neighbourhood(portfolio, &changed, &old);
        let version = |i: usize, before: bool| {
            let earlier = if before { replaced.get(&i) } else { None };
            earlier.or_else(|| portfolio.partnerships.get(i)).cloned()
        };
        let near_before = near.iter().filter_map(|&i| version(i, true)).collect();
        let near_after = near.iter().filter_map(|&i| version(i, false)).collect();
        // The model itself, with only those partnerships for a moment (no
        // copy of the declarations; `coordinate` blocks, which the checks
        // read too, never take this path).
        // Linked again among themselves: the ids of `requires` are places
        // in the portfolio (the link's diagnostics are the full run's).
        let everything = std::mem::replace(&mut portfolio.partnerships, near_before);
        crate::link::link(portfolio);
        let across_before = across(portfolio);
        portfolio.partnerships = near_after;
        crate::link::link(portfolio);
        let across_after = across(portfolio);
        portfolio.partnerships = everything;
        let across_time = started.elapsed();
        self.contract = reach::apply(
            moved(std::mem::take(&mut self.contract)),
            moved(contract_before),
            contract_after,
        );
        self.across = reach::apply(
            moved(std::mem::take(&mut self.across)),
            moved(across_before),
            across_after,
        );
        self.timings = [lowered, contract_time, across_time];
        self.reach = (changed.len(), near.len());
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

/// The diagnostics of each amended version of the portfolio (lowering and
/// checks), each once.
fn version_diagnostics(resolved: &Resolved, dates: &[chrono::NaiveDate]) -> Vec<Diagnostic> {
    let mut seen: HashSet<Diagnostic> = HashSet::new();
    let mut out = Vec::new();
    for date in dates {
        let mut version = resolved.clone();
        version.version = crate::amend::Version::AsOf(*date);
        let mut found = Vec::new();
        crate::lower::lower(&mut version, &mut found);
        found.append(&mut crate::link::link(&mut version.portfolio));
        found.append(&mut crate::check_model(&version.portfolio));
        for d in found {
            if seen.insert(d.clone()) {
                out.push(d);
            }
        }
    }
    out
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

/// The contract checks of `versions` put in the places `at` of the
/// stand-ins' portfolio (which is left as it was).
fn among(stubs: &mut Portfolio, at: &[usize], versions: &[&Partnership]) -> Vec<Diagnostic> {
    let mut saved = Vec::new();
    for (&i, p) in at.iter().zip(versions) {
        if let Some(slot) = stubs.partnerships.get_mut(i) {
            saved.push((i, std::mem::replace(slot, (*p).clone())));
        }
    }
    let mut found = crate::link::link_some(stubs, at);
    found.append(&mut logic(stubs));
    for (i, p) in saved {
        if let Some(slot) = stubs.partnerships.get_mut(i) {
            *slot = p;
        }
    }
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
            required: Vec::new(),
            ..m.clone()
        })
        .collect();
    stub
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
