//! Loading what `use` names: standard library modules (embedded) and files
//! outside the portfolio (through a [`Loader`], so the library itself never
//! touches the file system).
//!
//! Every file is parsed once, however many files import it. Import cycles
//! are reported, with the whole chain, even though loading itself is safe
//! (each file is loaded once): a cycle is almost always a mistake in how a
//! contract collection is organised.

use crate::diagnostics::{Diagnostic, FileId, Span};
use crate::source::SourceMap;
use crate::stdlib;
use crate::syntax::{self, ast};
use std::collections::BTreeMap;

/// Reads files named by `use "path"`.
pub trait Loader {
    /// Reads `path` as written in a `use` of the file named `importer`.
    /// Returns the new file's name (as shown in messages, and its identity:
    /// the same file must always get the same name) and its text.
    fn load(&mut self, importer: &str, path: &str) -> Result<(String, String), String>;

    /// Parses a file of the run (given, imported or of the standard
    /// library). A caller that keeps trees between runs (the language
    /// server) answers from its cache; the tree must be the one
    /// `syntax::parse(text, file)` would give.
    fn parse(&mut self, _name: &str, text: &str, file: FileId) -> syntax::Parsed {
        syntax::parse(text, file)
    }
}

/// A loader for inputs that cannot import files (stdin, tests).
pub struct NoImports;

impl Loader for NoImports {
    fn load(&mut self, _importer: &str, _path: &str) -> Result<(String, String), String> {
        Err("files cannot be imported here".to_string())
    }
}

#[derive(Debug)]
pub struct LoadedFile {
    #[allow(dead_code)] // kept for diagnostics that name the file
    pub id: FileId,
    pub name: String,
    pub ast: ast::File,
    pub std_module: Option<String>,
}

/// Imports deeper than this are refused (a chain, not a cycle, that long is
/// a generated attack, not a contract collection).
const MAX_IMPORT_DEPTH: usize = 64;

pub fn load_all(
    sources: &mut SourceMap,
    loader: &mut dyn Loader,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<LoadedFile> {
    let mut files: Vec<LoadedFile> = Vec::new();
    let mut by_name: BTreeMap<String, usize> = BTreeMap::new();
    // (file index, depth) still to scan for imports.
    let mut queue: Vec<(usize, usize)> = Vec::new();
    let ids: Vec<FileId> = sources.ids().collect();
    for id in ids {
        let parsed = loader.parse(sources.name(id), sources.text(id), id);
        diagnostics.extend(parsed.diagnostics);
        let name = sources.name(id).to_string();
        by_name.insert(name.clone(), files.len());
        queue.push((files.len(), 0));
        files.push(LoadedFile {
            id,
            name,
            ast: parsed.file,
            std_module: None,
        });
    }
    // Edges of the import graph between files, for cycle detection.
    let mut edges: BTreeMap<usize, Vec<(usize, Span)>> = BTreeMap::new();
    while let Some((index, depth)) = queue.pop() {
        let Some(file) = files.get(index) else {
            continue;
        };
        let importer = file.name.clone();
        let uses: Vec<ast::Use> = uses_of(&file.ast).cloned().collect();
        for used in uses {
            let target = match &used.target {
                ast::UseTarget::Module(path) => {
                    module_of(path, &used, diagnostics).map(|m| (m, true))
                }
                ast::UseTarget::File(path) => Some((path.value.clone(), false)),
            };
            let Some((target, is_module)) = target else {
                continue;
            };
            let loaded = if is_module {
                let name = stdlib::file_name(&target);
                by_name.get(&name).copied().map(Ok).unwrap_or_else(|| {
                    let text = stdlib::module(&target).unwrap_or_default();
                    Ok(add(
                        sources,
                        loader,
                        &mut files,
                        &mut by_name,
                        diagnostics,
                        name,
                        text.to_string(),
                        Some(target.clone()),
                    ))
                })
            } else if depth >= MAX_IMPORT_DEPTH {
                Err(format!(
                    "imports are nested more than {MAX_IMPORT_DEPTH} deep"
                ))
            } else {
                loader
                    .load(&importer, &target)
                    .map(|(name, text)| match by_name.get(&name) {
                        Some(&existing) => existing,
                        None => {
                            let new = add(
                                sources,
                                loader,
                                &mut files,
                                &mut by_name,
                                diagnostics,
                                name,
                                text,
                                None,
                            );
                            queue.push((new, depth + 1));
                            new
                        }
                    })
            };
            match loaded {
                Ok(imported) if !is_module => {
                    edges.entry(index).or_default().push((imported, used.span))
                }
                Ok(_) => {}
                Err(reason) => diagnostics.push(
                    Diagnostic::error("E0109", format!("cannot import `{target}`"), used.span)
                        .with_primary_label(reason)
                        .with_note("an imported path is relative to the file that imports it"),
                ),
            }
        }
    }
    report_cycles(&files, &edges, diagnostics);
    files
}

#[allow(clippy::too_many_arguments)]
fn add(
    sources: &mut SourceMap,
    loader: &mut dyn Loader,
    files: &mut Vec<LoadedFile>,
    by_name: &mut BTreeMap<String, usize>,
    diagnostics: &mut Vec<Diagnostic>,
    name: String,
    text: String,
    std_module: Option<String>,
) -> usize {
    let id = sources.add_from_disk(name.clone(), text);
    let parsed = loader.parse(&name, sources.text(id), id);
    diagnostics.extend(parsed.diagnostics);
    by_name.insert(name.clone(), files.len());
    files.push(LoadedFile {
        id,
        name,
        ast: parsed.file,
        std_module,
    });
    files.len() - 1
}

/// Every `use` in a file: declarations and clauses of masters, templates
/// and partnerships.
fn uses_of(file: &ast::File) -> impl Iterator<Item = &ast::Use> {
    file.decls.iter().flat_map(|decl| {
        let (own, clauses): (Option<&ast::Use>, &[ast::Clause]) = match &decl.kind {
            ast::DeclKind::Use(u) => (Some(u), &[]),
            ast::DeclKind::Master(m) => (None, &m.clauses),
            ast::DeclKind::Template(t) => (None, &t.clauses),
            ast::DeclKind::Partnership(p) => (None, &p.clauses),
            _ => (None, &[]),
        };
        own.into_iter()
            .chain(clauses.iter().filter_map(|c| match &c.kind {
                ast::ClauseKind::Use(u) => Some(&**u),
                _ => None,
            }))
    })
}

/// The standard-library module a `use std.x[.y]` names; `None` for a local
/// template (`use my_template(...)`), which expansion handles.
fn module_of(
    path: &ast::Path,
    used: &ast::Use,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<String> {
    let mut segments = path.segments.iter();
    let first = segments.next()?;
    if first.name != "std" {
        return None;
    }
    let Some(module) = segments.next() else {
        diagnostics.push(
            Diagnostic::error("E0109", "`use std` names no module", used.span)
                .with_primary_label("expected `std.MODULE`")
                .with_note(format!("the modules are {}", module_list())),
        );
        return None;
    };
    if stdlib::module(&module.name).is_none() {
        let mut diagnostic = Diagnostic::error(
            "E0109",
            format!("there is no standard module `std.{}`", module.name),
            module.span,
        )
        .with_primary_label("not a module of the standard library")
        .with_note(format!("the modules are {}", module_list()));
        diagnostic = diagnostic.with_did_you_mean(
            module.span,
            &module.name,
            stdlib::MODULES.iter().map(|(n, _)| *n),
        );
        diagnostics.push(diagnostic);
        return None;
    }
    Some(module.name.clone())
}

fn module_list() -> String {
    stdlib::MODULES
        .iter()
        .map(|(n, _)| format!("`std.{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn report_cycles(
    files: &[LoadedFile],
    edges: &BTreeMap<usize, Vec<(usize, Span)>>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let adjacency: Vec<Vec<(usize, Span)>> = (0..files.len())
        .map(|i| edges.get(&i).cloned().unwrap_or_default())
        .collect();
    for cycle in crate::graph::cycles(&adjacency) {
        let names: Vec<&str> = cycle
            .nodes
            .iter()
            .chain(cycle.nodes.first())
            .filter_map(|&i| files.get(i).map(|f| f.name.as_str()))
            .collect();
        diagnostics.push(
            Diagnostic::error("E0110", "these imports form a cycle", cycle.closing)
                .with_primary_label("this import closes the cycle")
                .with_note(format!("the cycle: {}", names.join(" → ")))
                .with_help("move what the files share into a third file that both import"),
        );
    }
}
