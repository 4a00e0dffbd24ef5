//! The workspace: which files form the portfolio, their text (an open
//! buffer overrides the file on disk), and the analysis of all of them.
//!
//! Every `.pact` file below the workspace folders is one portfolio, as
//! with `pact check FOLDER` (several folders are checked together, like
//! `pact check A B`). Without a folder, the open documents are the
//! portfolio. A file's [`FileId`] is its place in `files` and never
//! changes while the server runs (a deleted file keeps its slot, empty),
//! so the parse of an unchanged file stays valid: each analysis re-parses
//! only the files whose text changed and clones the others' trees from the
//! cache (`Loader::parse`).
//!
//! The server does no I/O of its own here: the file system is reached
//! through [`Disk`], which `pact lsp` implements with the same walker and
//! import rules as `pact check`, and tests implement in memory.

use super::incremental::{self, Edited, Shape, State};
use super::index::FileIndex;
use super::position::LineIndex;
use super::tables::Tables;
use crate::diagnostics::{Diagnostic, FileId};
use crate::source::SourceMap;
use crate::syntax::{self, Parsed};
use lsp_types::Uri;
use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// The file system, as the server sees it.
pub trait Disk {
    /// Every `.pact` file below `folder`, in sorted order.
    fn pact_files(&self, folder: &Path) -> Vec<PathBuf>;
    /// A file's text; `None` when it cannot be read as UTF-8 text.
    fn read(&self, path: &Path) -> Option<String>;
    /// A file named by `use "path"` in the file `importer`, read as `pact
    /// check` would (relative to the importer, never outside the project
    /// folders of `roots`):
    /// its name (a path) and text.
    fn import(
        &self,
        roots: &[PathBuf],
        importer: &str,
        path: &str,
    ) -> Result<(String, String), String>;
    /// Writes a read-only copy of `text` at `relative` in a cache folder of
    /// this version of pact, and returns its path; `None` when there is no
    /// usable cache folder.
    fn cache(&self, relative: &str, text: &str) -> Option<PathBuf>;
}

/// A file system in memory (for tests, benchmarks and embedding): `.pact`
/// files by path; nothing can be imported and nothing is cached.
pub struct MemoryDisk(pub std::collections::BTreeMap<PathBuf, String>);

impl Disk for MemoryDisk {
    fn pact_files(&self, folder: &Path) -> Vec<PathBuf> {
        self.0
            .keys()
            .filter(|p| p.starts_with(folder))
            .cloned()
            .collect()
    }

    fn read(&self, path: &Path) -> Option<String> {
        self.0.get(path).cloned()
    }

    fn import(&self, _: &[PathBuf], _: &str, _: &str) -> Result<(String, String), String> {
        Err("files cannot be imported here".to_string())
    }

    fn cache(&self, _: &str, _: &str) -> Option<PathBuf> {
        None
    }
}

/// One file of the workspace.
#[derive(Debug)]
pub struct File {
    pub path: PathBuf,
    pub text: String,
    /// The URI the client opened it with, while it is open.
    pub open: Option<Uri>,
    /// Part of the portfolio (else kept only so its id stays taken).
    pub member: bool,
    /// Bumped by every change, so an analysis knows what changed.
    pub generation: u64,
}

/// A parse kept between analyses, with what is derived from it.
struct Cached {
    hash: u64,
    id: FileId,
    parsed: Arc<Parsed>,
    lines: Arc<LineIndex>,
    index: Arc<FileIndex>,
}

pub struct Workspace {
    pub roots: Vec<PathBuf>,
    pub files: Vec<File>,
    by_path: HashMap<PathBuf, usize>,
    cache: HashMap<String, Cached>,
    /// Where the standard library's modules are, once written out.
    std_paths: HashMap<String, Option<PathBuf>>,
    /// The last analysis, for the next one (see `incremental`).
    state: Option<State>,
    /// `(generation, member)` of each file at the last analysis.
    analysed: Vec<(u64, bool)>,
    /// Files the last full analysis added (imports, the standard library):
    /// `(name, text, hash)` by id, after the workspace's own.
    extra: Vec<(String, Arc<str>, u64)>,
    /// `(generation, text, hash)` of each workspace file in the last
    /// snapshot.
    texts: Vec<(u64, Arc<str>, u64)>,
    generation: u64,
    /// How many analyses were fast updates, and how many full.
    pub counts: (u64, u64),
}

/// Everything a query needs, from one analysis of the whole workspace.
pub struct Snapshot {
    /// The namespace and the model, shared with the incremental state.
    resolved: Arc<crate::resolve::Resolved>,
    /// Sorted, duplicates removed.
    pub diagnostics: Vec<Diagnostic>,
    /// By `FileId`: workspace files, then imported and standard files.
    pub files: Vec<SnapFile>,
    tables: OnceLock<Tables>,
}

pub struct SnapFile {
    /// The text (of the buffer, for an open document outside the
    /// portfolio: formatting, outline and completion still work on it).
    pub text: Arc<str>,
    /// The URI replies use; `None` for a file no client can open.
    pub uri: Option<Uri>,
    /// `Some(module)` for the standard library.
    pub std_module: Option<String>,
    pub member: bool,
    pub parsed: Arc<Parsed>,
    pub lines: Arc<LineIndex>,
    pub index: Arc<FileIndex>,
}

impl Snapshot {
    pub fn tables(&self) -> &Tables {
        self.tables.get_or_init(|| {
            Tables::build(
                self.files
                    .iter()
                    .enumerate()
                    .map(|(i, f)| (FileId(u32::try_from(i).unwrap_or(u32::MAX)), &*f.index)),
            )
        })
    }

    pub fn file(&self, id: FileId) -> Option<&SnapFile> {
        self.files.get(id.0 as usize)
    }

    pub fn text(&self, id: FileId) -> &str {
        self.file(id).map_or("", |f| &f.text)
    }

    pub fn portfolio(&self) -> &crate::ir::Portfolio {
        &self.resolved.portfolio
    }

    pub fn parsed(&self, id: FileId) -> Option<&Parsed> {
        self.file(id).map(|f| &*f.parsed)
    }

    /// The file a URI names (an open document, a file on disk, or a module
    /// of the standard library).
    pub fn file_of(&self, uri: &Uri) -> Option<FileId> {
        let path = super::uri::to_path(uri);
        let module = super::uri::std_module(uri);
        let names = |f: &SnapFile| {
            f.uri.as_ref() == Some(uri)
                || (module.is_some() && f.std_module == module)
                || (path.is_some() && f.uri.as_ref().and_then(super::uri::to_path) == path)
        };
        // The copy of a standard module opened in the editor is known
        // twice: as an open buffer outside the portfolio and as the module
        // itself, which is the one that resolves.
        let analysed = |f: &SnapFile| f.member || f.std_module.is_some();
        let found = self
            .files
            .iter()
            .position(|f| names(f) && analysed(f))
            .or_else(|| self.files.iter().position(names))?;
        Some(FileId(u32::try_from(found).ok()?))
    }
}

impl Workspace {
    pub fn new(roots: Vec<PathBuf>) -> Workspace {
        Workspace {
            roots,
            files: Vec::new(),
            by_path: HashMap::new(),
            cache: HashMap::new(),
            std_paths: HashMap::new(),
            state: None,
            analysed: Vec::new(),
            extra: Vec::new(),
            texts: Vec::new(),
            generation: 0,
            counts: (0, 0),
        }
    }

    /// Reads every `.pact` file below the roots.
    pub fn scan(&mut self, disk: &dyn Disk) {
        let roots = self.roots.clone();
        for root in &roots {
            for path in disk.pact_files(root) {
                if self.is_std_copy(&path) {
                    continue;
                }
                let text = disk.read(&path).unwrap_or_default();
                self.set(path, text, None, true);
            }
        }
    }

    fn is_std_copy(&self, path: &Path) -> bool {
        self.std_paths.values().any(|p| p.as_deref() == Some(path))
    }

    /// Whether `path` belongs to the portfolio.
    pub fn is_member(&self, path: &Path) -> bool {
        if self.is_std_copy(path) {
            return false;
        }
        if self.roots.is_empty() {
            return true;
        }
        path.extension().is_some_and(|e| e == "pact")
            && self.roots.iter().any(|root| path.starts_with(root))
    }

    fn set(&mut self, path: PathBuf, text: String, open: Option<Uri>, member: bool) {
        self.generation += 1;
        let generation = self.generation;
        match self.by_path.get(&path) {
            Some(&i) => {
                if let Some(file) = self.files.get_mut(i) {
                    file.text = text;
                    file.member = member;
                    file.generation = generation;
                    if open.is_some() {
                        file.open = open;
                    }
                }
            }
            None => {
                self.by_path.insert(path.clone(), self.files.len());
                self.files.push(File {
                    path,
                    text,
                    open,
                    member,
                    generation,
                });
            }
        }
    }

    /// Changes a file's text in place (an edit of an open document).
    pub fn edit(&mut self, path: &Path, change: impl FnOnce(&mut String)) {
        self.generation += 1;
        let generation = self.generation;
        if let Some(file) = self.get_mut(path) {
            change(&mut file.text);
            file.generation = generation;
        }
    }

    pub fn get_mut(&mut self, path: &Path) -> Option<&mut File> {
        let i = *self.by_path.get(path)?;
        self.files.get_mut(i)
    }

    pub fn open(&mut self, path: PathBuf, uri: Uri, text: String) {
        let member = self.is_member(&path);
        self.set(path, text, Some(uri), member);
    }

    /// The buffer is closed: the file on disk counts again (or nothing,
    /// when it is not part of the portfolio).
    pub fn close(&mut self, path: &Path, disk: &dyn Disk) {
        let member = self.is_member(path) && !self.roots.is_empty();
        let text = if member {
            disk.read(path).unwrap_or_default()
        } else {
            String::new()
        };
        self.generation += 1;
        let generation = self.generation;
        if let Some(file) = self.get_mut(path) {
            file.open = None;
            file.member = member;
            file.text = text;
            file.generation = generation;
        }
    }

    /// A file changed, appeared or went away on disk; open buffers win.
    pub fn disk_changed(&mut self, path: &Path, disk: &dyn Disk) {
        if self.get_mut(path).is_some_and(|f| f.open.is_some()) {
            return;
        }
        let text = disk.read(path);
        let member = text.is_some() && self.is_member(path) && !self.roots.is_empty();
        self.set(path.to_path_buf(), text.unwrap_or_default(), None, member);
    }

    /// The path of the standard library module's read-only copy, written
    /// on first use.
    fn std_path(&mut self, module: &str, disk: &dyn Disk) -> Option<PathBuf> {
        if let Some(path) = self.std_paths.get(module) {
            return path.clone();
        }
        let path = crate::stdlib::module(module)
            .and_then(|text| disk.cache(&format!("std/{module}.pact"), text));
        self.std_paths.insert(module.to_string(), path.clone());
        path
    }

    /// Checks the whole portfolio: only the edited files' partnerships
    /// again when the edits allow it (`incremental`), else every stage.
    pub fn analyse(&mut self, disk: &dyn Disk) -> Snapshot {
        let changed: Vec<usize> = (0..self.files.len())
            .filter(|&i| {
                let now = self.files.get(i).map(|f| (f.generation, f.member));
                now != self.analysed.get(i).copied()
            })
            .collect();
        let fast = self.update(&changed);
        let diagnostics = match fast {
            Some(diagnostics) => {
                self.counts.0 += 1;
                diagnostics
            }
            None => {
                self.counts.1 += 1;
                self.full(disk)
            }
        };
        self.analysed = self
            .files
            .iter()
            .map(|f| (f.generation, f.member))
            .collect();
        self.snapshot(disk, diagnostics)
    }

    /// How long the last fast update spent lowering, on contract checks
    /// and on portfolio checks.
    /// With how many partnerships changed, and how many the portfolio
    /// checks saw again.
    pub fn timings(&self) -> Option<([std::time::Duration; 3], (usize, usize))> {
        self.state.as_ref().map(|s| (s.timings, s.reach))
    }

    /// The workspace file's parse, from the cache or parsed now.
    fn parse_member(&mut self, id: usize) -> Option<Arc<Parsed>> {
        let file = self.files.get(id)?;
        let name = file.path.display().to_string();
        let text = if file.member { file.text.as_str() } else { "" };
        let file_id = FileId(u32::try_from(id).ok()?);
        let hash = hash_of(text);
        if let Some(c) = self.cache.get(&name) {
            if c.hash == hash && c.id == file_id {
                return Some(c.parsed.clone());
            }
        }
        let cached = Cached::new(text, file_id, syntax::parse(text, file_id), None, hash);
        let parsed = cached.parsed.clone();
        self.cache.insert(name, cached);
        Some(parsed)
    }

    /// The fast update; `None` when a full analysis is needed.
    fn update(&mut self, changed: &[usize]) -> Option<Vec<Diagnostic>> {
        self.state.as_ref()?;
        if self.analysed.len() != self.files.len() {
            return None; // a file was added
        }
        let mut parses = Vec::new();
        for &i in changed {
            let file = self.files.get(i)?;
            let was_member = self.analysed.get(i).is_some_and(|a| a.1);
            if !file.member || !was_member {
                return None;
            }
            let text: Arc<str> = Arc::from(file.text.as_str());
            parses.push((i, text, self.parse_member(i)?));
        }
        let edited: Vec<Edited<'_>> = parses
            .iter()
            .map(|(i, text, parsed)| Edited {
                id: FileId(u32::try_from(*i).unwrap_or(u32::MAX)),
                text: text.clone(),
                file: &parsed.file,
                shape: Shape::of(&parsed.file),
            })
            .collect();
        let syntax = self.syntax_diagnostics();
        self.state.as_mut()?.update(edited, syntax)
    }

    /// The parse diagnostics of every file of the last full analysis.
    fn syntax_diagnostics(&self) -> Vec<Diagnostic> {
        let names = self
            .files
            .iter()
            .map(|f| f.path.display().to_string())
            .chain(self.extra.iter().map(|(n, _, _)| n.clone()));
        names
            .filter_map(|n| self.cache.get(&n))
            .flat_map(|c| c.parsed.diagnostics.iter().cloned())
            .collect()
    }

    fn full(&mut self, disk: &dyn Disk) -> Vec<Diagnostic> {
        self.state = None; // frees the old model before building the new one
        let mut sources = SourceMap::new();
        for file in &self.files {
            let text = if file.member { file.text.as_str() } else { "" };
            sources.add(file.path.display().to_string(), text);
        }
        let open: HashMap<String, String> = self
            .files
            .iter()
            .filter(|f| f.open.is_some())
            .map(|f| (f.path.display().to_string(), f.text.clone()))
            .collect();
        let workspace_files = self.files.len();
        let mut loader = CachingLoader {
            cache: &mut self.cache,
            disk,
            roots: &self.roots,
            open: &open,
            used: HashSet::new(),
        };
        let mut state = incremental::full(&mut sources, &mut loader, workspace_files);
        let used = std::mem::take(&mut loader.used);
        // Files gone from the run leave the cache.
        self.cache.retain(|name, _| used.contains(name));
        self.extra = sources
            .ids()
            .skip(workspace_files)
            .map(|id| {
                let text = sources.text(id);
                (sources.name(id).to_string(), Arc::from(text), hash_of(text))
            })
            .collect();
        let shapes = self
            .files
            .iter()
            .map(|f| {
                self.cache
                    .get(&f.path.display().to_string())
                    .map(|c| Shape::of(&c.parsed.file))
                    .unwrap_or_default()
            })
            .collect();
        let syntax = self.syntax_diagnostics();
        state.finish(shapes, &syntax);
        let diagnostics = state.diagnostics(syntax);
        self.state = Some(state);
        diagnostics
    }

    /// The snapshot of the current state.
    fn snapshot(&mut self, disk: &dyn Disk, mut diagnostics: Vec<Diagnostic>) -> Snapshot {
        crate::diagnostics::sort_diagnostics(&mut diagnostics);
        let workspace_files = self.files.len();
        // Texts are shared with the previous snapshot while unchanged.
        self.texts
            .resize_with(self.files.len(), || (u64::MAX, Arc::from(""), 0));
        let mut names: Vec<(String, Arc<str>, u64, Option<usize>)> = Vec::new();
        for (i, (f, memo)) in self.files.iter().zip(self.texts.iter_mut()).enumerate() {
            if memo.0 != f.generation {
                let text = if f.member || f.open.is_some() {
                    f.text.as_str()
                } else {
                    ""
                };
                *memo = (f.generation, Arc::from(text), hash_of(text));
            }
            names.push((
                f.path.display().to_string(),
                memo.1.clone(),
                memo.2,
                Some(i),
            ));
        }
        names.extend(
            self.extra
                .iter()
                .map(|(n, t, h)| (n.clone(), t.clone(), *h, None)),
        );
        let mut files = Vec::with_capacity(names.len());
        for (i, (name, text, hash, workspace)) in names.into_iter().enumerate() {
            let id = FileId(u32::try_from(i).unwrap_or(u32::MAX));
            let std_module = name
                .strip_prefix("std/")
                .and_then(|n| n.strip_suffix(".pact"))
                .filter(|_| i >= workspace_files)
                .map(str::to_string);
            let std_path = match &std_module {
                Some(module) => self.std_path(module, disk),
                None => None,
            };
            let file = workspace.and_then(|w| self.files.get(w));
            let uri = match (&std_module, file) {
                (_, Some(f)) => f.open.clone().or_else(|| super::uri::from_path(&f.path)),
                (Some(module), None) => std_path
                    .and_then(|p| super::uri::from_path(&p))
                    .or_else(|| super::uri::std_uri(module)),
                (None, None) => super::uri::from_path(Path::new(&name)),
            };
            let member = file.is_some_and(|f| f.member);
            let cached = self
                .cache
                .get(&name)
                .filter(|c| c.id == id && c.hash == hash);
            let cached = match cached {
                Some(c) => (c.parsed.clone(), c.lines.clone(), c.index.clone()),
                None => {
                    let parsed = syntax::parse(&text, id);
                    let c = Cached::new(&text, id, parsed, std_module.as_deref(), hash);
                    (c.parsed, c.lines, c.index)
                }
            };
            files.push(SnapFile {
                text,
                uri,
                std_module,
                member,
                parsed: cached.0,
                lines: cached.1,
                index: cached.2,
            });
        }
        let resolved = self
            .state
            .as_ref()
            .map(|s| s.resolved.clone())
            .unwrap_or_default();
        Snapshot {
            resolved,
            diagnostics,
            files,
            tables: OnceLock::new(),
        }
    }
}

fn hash_of(text: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}

impl Cached {
    fn new(text: &str, id: FileId, parsed: Parsed, std_module: Option<&str>, hash: u64) -> Cached {
        let index = FileIndex::build(&parsed.file, std_module);
        Cached {
            hash,
            id,
            parsed: Arc::new(parsed),
            lines: Arc::new(LineIndex::new(text)),
            index: Arc::new(index),
        }
    }
}

/// Reads imports like `pact check` (open buffers first) and answers parses
/// from the cache when a file's text and id are unchanged.
struct CachingLoader<'a> {
    cache: &'a mut HashMap<String, Cached>,
    disk: &'a dyn Disk,
    roots: &'a [PathBuf],
    open: &'a HashMap<String, String>,
    used: HashSet<String>,
}

impl crate::Loader for CachingLoader<'_> {
    fn load(&mut self, importer: &str, path: &str) -> Result<(String, String), String> {
        let (name, text) = self.disk.import(self.roots, importer, path)?;
        let text = self.open.get(&name).cloned().unwrap_or(text);
        Ok((name, text))
    }

    fn parse(&mut self, name: &str, text: &str, file: FileId) -> Parsed {
        self.used.insert(name.to_string());
        let hash = hash_of(text);
        let cached = match self.cache.get(name) {
            Some(c) if c.hash == hash && c.id == file => c,
            _ => {
                let std_module = name
                    .strip_prefix("std/")
                    .and_then(|n| n.strip_suffix(".pact"));
                let parsed = syntax::parse(text, file);
                self.cache.insert(
                    name.to_string(),
                    Cached::new(text, file, parsed, std_module, hash),
                );
                match self.cache.get(name) {
                    Some(c) => c,
                    None => return syntax::parse(text, file),
                }
            }
        };
        Parsed {
            file: cached.parsed.file.clone(),
            diagnostics: cached.parsed.diagnostics.clone(),
        }
    }
}
