//! Reading the inputs named on the command line into a [`SourceMap`].
//!
//! Inputs are read in the sorted order of their names, whatever the order
//! on the command line, so file ids (and with them the order of
//! diagnostics) never depend on it. Folders are walked for `.pact` files
//! in sorted order, staying inside the project (see [`project_root`]): a
//! symbolic link that leads out of it is not followed (imports are
//! confined the same way), and a
//! link to nothing, a loop of links or anything that is not a regular file
//! (a FIFO would block the read forever) is reported with `E0014` and
//! skipped. A file named on the command line is read whatever it is (a
//! pipe such as `<(...)` works). Bytes that are not UTF-8 become a
//! diagnostic with the offset, not a crash.

use super::files::{self, Identity};
use pact::diagnostics::{Diagnostic, FileId, Span};
use pact::source::SourceMap;
use std::collections::BTreeSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Larger input files are refused with a diagnostic.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

pub struct Loaded {
    pub sources: SourceMap,
    pub diagnostics: Vec<Diagnostic>,
    /// Imports may read files only below these folders.
    pub roots: Vec<PathBuf>,
    /// Every file read, so that no output is written over one of them.
    pub read: Vec<Identity>,
}

/// The project a path belongs to, the folder that imports and the folder
/// walk may not leave: `--root` when given (the path must be inside it);
/// else the nearest folder holding the path that has a `.git` entry (a
/// repository or a worktree); else the current folder when the path is
/// inside it (and the current folder is not the file system's root); else
/// the path's own folder (the path itself when it is a folder). Canonical,
/// so symbolic links cannot lead out of it.
pub fn project_root(path: &Path, root: Option<&Path>) -> Result<PathBuf, String> {
    let folder = if path.is_dir() {
        path.to_path_buf()
    } else {
        path.parent().map(Path::to_path_buf).unwrap_or_default()
    };
    let folder = if folder.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        folder
    };
    let folder = fs::canonicalize(&folder)
        .map_err(|e| format!("cannot read `{}`: {}", folder.display(), io_reason(&e)))?;
    if let Some(root) = root {
        let canonical = fs::canonicalize(root)
            .map_err(|e| format!("cannot read `{}`: {}", root.display(), io_reason(&e)))?;
        if !folder.starts_with(&canonical) {
            return Err(format!(
                "`{}` is not inside the project folder `{}` given by `--root`",
                path.display(),
                root.display()
            ));
        }
        return Ok(canonical);
    }
    if let Some(marked) = folder
        .ancestors()
        .find(|a| a.parent().is_some() && fs::symlink_metadata(a.join(".git")).is_ok())
    {
        return Ok(marked.to_path_buf());
    }
    let current = std::env::current_dir().and_then(fs::canonicalize);
    match current {
        Ok(current) if current.parent().is_some() && folder.starts_with(&current) => Ok(current),
        _ => Ok(folder),
    }
}

/// Loads every input; `Err` is an I/O or usage problem (exit status 2).
/// `root` is `--root`, the project folder (see [`project_root`]).
pub fn load(paths: &[PathBuf], root: Option<&Path>) -> Result<Loaded, String> {
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    let mut roots: Vec<PathBuf> = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            files.push(Input::Stdin);
            continue;
        }
        let project = project_root(path, root)?;
        let walked = pact_files(path, &project)?;
        if !roots.contains(&project) {
            roots.push(project);
        }
        skipped.extend(walked.skipped);
        files.extend(walked.files.into_iter().map(|file| {
            if walked.named {
                Input::Named(file)
            } else {
                Input::Found(file)
            }
        }));
    }
    files.sort_by_cached_key(Input::name);
    let mut loaded = Loaded {
        sources: SourceMap::new(),
        diagnostics: Vec::new(),
        roots,
        read: Vec::new(),
    };
    let mut seen_files = BTreeSet::new();
    for input in files {
        if let Input::Named(path) | Input::Found(path) = &input {
            // The same file named twice (or through a folder) is read once.
            if !seen_files.insert(key(path)) {
                continue;
            }
        }
        let name = input.name();
        let bytes = match input {
            Input::Stdin => {
                let mut bytes = Vec::new();
                std::io::stdin()
                    .take(MAX_FILE_BYTES + 1)
                    .read_to_end(&mut bytes)
                    .map_err(|e| format!("cannot read standard input: {}", io_reason(&e)))?;
                bytes
            }
            Input::Named(path) => read_named(&path, &mut loaded.read)?,
            Input::Found(path) => match read_regular(&path, &mut loaded.read) {
                Ok(bytes) => bytes,
                Err(reason) => {
                    skipped.push(Skipped { path, reason });
                    continue;
                }
            },
        };
        add_file(&mut loaded, name, bytes);
    }
    skipped.sort_by(|a, b| a.path.cmp(&b.path));
    for skip in skipped {
        let id = loaded
            .sources
            .add(normalize(&skip.path).display().to_string(), String::new());
        loaded.diagnostics.push(
            Diagnostic::warning(
                "E0014",
                format!("`{}` was not read: {}", skip.path.display(), skip.reason),
                Span::new(id, 0, 0),
            )
            .with_note("a folder's portfolio is the regular `.pact` files inside it")
            .with_help("remove it, or replace it with the file it stands for"),
        );
    }
    Ok(loaded)
}

enum Input {
    Stdin,
    /// Named on the command line: read whatever it is.
    Named(PathBuf),
    /// Found in a folder: read only if it is a regular file.
    Found(PathBuf),
}

impl Input {
    /// The name shown in messages, which is also the order of reading.
    fn name(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".to_string(),
            Input::Named(path) | Input::Found(path) => normalize(path).display().to_string(),
        }
    }
}

/// What identifies a file for "named twice".
fn key(path: &Path) -> PathBuf {
    fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

fn read_named(path: &Path, read: &mut Vec<Identity>) -> Result<Vec<u8>, String> {
    let cannot = |e: std::io::Error| format!("cannot read `{}`: {}", path.display(), io_reason(&e));
    let file = files::open_named(path).map_err(cannot)?;
    let meta = file.metadata().ok();
    read.extend(meta.as_ref().and_then(files::identity));
    files::read_up_to(file, meta.as_ref(), MAX_FILE_BYTES).map_err(cannot)
}

/// The bytes of a regular file, or why it was not read.
fn read_regular(path: &Path, read: &mut Vec<Identity>) -> Result<Vec<u8>, String> {
    let (file, meta) = files::open_regular(path).map_err(|e| io_reason(&e))?;
    read.extend(files::identity(&meta));
    files::read_up_to(file, Some(&meta), MAX_FILE_BYTES).map_err(|e| io_reason(&e))
}

/// A file of the language server's workspace: regular files only (a FIFO
/// must not block the server), at most the size `pact check` reads.
pub fn read_limited(path: &Path) -> Result<Vec<u8>, String> {
    read_regular(path, &mut Vec::new())
        .map_err(|reason| format!("cannot read `{}`: {}", path.display(), reason))
}

fn add_file(loaded: &mut Loaded, name: String, bytes: Vec<u8>) {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        let id = loaded.sources.add(name, String::new());
        loaded.diagnostics.push(
            Diagnostic::error(
                "E0013",
                "this file is too large to be a contract",
                Span::new(id, 0, 0),
            )
            .with_note(format!(
                "the limit is {} MiB a file",
                MAX_FILE_BYTES / (1024 * 1024)
            ))
            .with_help("split the portfolio into several files"),
        );
        return;
    }
    match String::from_utf8(bytes) {
        Ok(text) => {
            loaded.sources.add_from_disk(name, text);
        }
        Err(error) => {
            // Offsets count from the start of the file, a byte-order mark
            // included (as every offset shown to tools does).
            let offset = error.utf8_error().valid_up_to();
            let valid =
                String::from_utf8_lossy(error.as_bytes().get(..offset).unwrap_or(&[])).into_owned();
            let id: FileId = loaded.sources.add_from_disk(name, valid);
            let at = offset - loaded.sources.disk_offset(id, 0);
            loaded.diagnostics.push(
                Diagnostic::error(
                    "E0012",
                    format!("this file is not valid UTF-8 (byte {offset})"),
                    Span::new(id, at, at),
                )
                .with_primary_label(format!("the first invalid byte is at offset {offset}"))
                .with_help("save the file as UTF-8"),
            );
        }
    }
}

/// The files of one path on the command line.
pub struct Walked {
    pub files: Vec<PathBuf>,
    /// What a folder held that is not read.
    pub skipped: Vec<Skipped>,
    /// The path named a file itself, not a folder.
    pub named: bool,
}

pub struct Skipped {
    pub path: PathBuf,
    pub reason: String,
}

/// A file itself, or every `.pact` file below a folder in sorted order,
/// following symbolic links only inside `root` (canonical); a folder
/// without any is a usage error.
pub fn pact_files(path: &Path, root: &Path) -> Result<Walked, String> {
    let meta = fs::metadata(path)
        .map_err(|e| format!("cannot read `{}`: {}", path.display(), io_reason(&e)))?;
    if !meta.is_dir() {
        return Ok(Walked {
            files: vec![path.to_path_buf()],
            skipped: Vec::new(),
            named: true,
        });
    }
    let mut walked = Walked {
        files: Vec::new(),
        skipped: Vec::new(),
        named: false,
    };
    walk(root, path, &mut walked, &mut BTreeSet::new())?;
    if walked.files.is_empty() && walked.skipped.is_empty() {
        return Err(format!(
            "no `.pact` files in the folder `{}`",
            path.display()
        ));
    }
    Ok(walked)
}

/// Collects `.pact` files below `dir` in sorted order, never leaving `root`.
fn walk(
    root: &Path,
    dir: &Path,
    walked: &mut Walked,
    seen: &mut BTreeSet<PathBuf>,
) -> Result<(), String> {
    let canonical = fs::canonicalize(dir)
        .map_err(|e| format!("cannot read `{}`: {}", dir.display(), io_reason(&e)))?;
    if !seen.insert(canonical) {
        return Ok(()); // a folder reached twice (through a link inside the folder)
    }
    let entries = fs::read_dir(dir)
        .map_err(|e| format!("cannot read `{}`: {}", dir.display(), io_reason(&e)))?;
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let is_pact = path.extension().is_some_and(|e| e == "pact");
        let mut skip = |reason: String| {
            walked.skipped.push(Skipped {
                path: path.clone(),
                reason,
            })
        };
        let Ok(own) = fs::symlink_metadata(&path) else {
            continue; // gone since the folder was listed
        };
        if own.file_type().is_symlink() {
            let target = match fs::canonicalize(&path) {
                Ok(target) => target,
                Err(e) if is_pact => {
                    skip(link_problem(&e));
                    continue;
                }
                Err(_) => continue,
            };
            let Ok(meta) = fs::metadata(&target) else {
                continue;
            };
            if !(meta.is_dir() || is_pact) {
                continue;
            }
            if !target.starts_with(root) {
                skip(format!(
                    "it is a symbolic link that leads out of the folder `{}`",
                    root.display()
                ));
                continue;
            }
        }
        match fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk(root, &path, walked, seen)?,
            Ok(meta) if is_pact && meta.is_file() => walked.files.push(path),
            Ok(_) if is_pact => skip("it is not a regular file".to_string()),
            _ => {}
        }
    }
    Ok(())
}

/// Why a symbolic link leads nowhere.
fn link_problem(error: &std::io::Error) -> String {
    // ELOOP has no stable `ErrorKind` yet.
    #[cfg(unix)]
    let looped = error.raw_os_error() == Some(libc::ELOOP);
    #[cfg(not(unix))]
    let looped = false;
    if error.kind() == std::io::ErrorKind::NotFound {
        "it is a symbolic link to nothing".to_string()
    } else if looped {
        "it is a loop of symbolic links".to_string()
    } else {
        format!(
            "its symbolic link cannot be followed ({})",
            io_reason(error)
        )
    }
}

/// Reads `use "path"` imports, relative to the importing file, and never
/// outside the project folders of the paths given on the command line
/// ([`project_root`]); only regular files.
pub struct FileLoader {
    pub roots: Vec<PathBuf>,
    /// Every file imported, added to [`Loaded::read`].
    pub read: Vec<Identity>,
}

impl pact::Loader for FileLoader {
    fn load(&mut self, importer: &str, path: &str) -> Result<(String, String), String> {
        let base = Path::new(importer).parent().unwrap_or(Path::new(""));
        let joined = normalize(&base.join(path));
        let canonical = fs::canonicalize(&joined).map_err(|e| io_reason(&e))?;
        if !self.roots.iter().any(|root| canonical.starts_with(root)) {
            return Err(
                "imports may not leave the project folder (`--root`, else the \
                 repository, else the current folder or the folder checked); nothing was read"
                    .to_string(),
            );
        }
        if canonical.extension().is_none_or(|e| e != "pact") {
            return Err("only `.pact` files can be imported".to_string());
        }
        let bytes = read_regular(&canonical, &mut self.read)?;
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err("the file is too large to be a contract".to_string());
        }
        let text = String::from_utf8(bytes).map_err(|e| {
            format!(
                "the file is not valid UTF-8 (byte {})",
                e.utf8_error().valid_up_to()
            )
        })?;
        Ok((joined.display().to_string(), text))
    }
}

/// `a/./b/../c` as `a/c`, without touching the file system, so a file has
/// the same name however it is reached.
fn normalize(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                // `../..` stays two levels up: a `..` is never popped.
                let up = matches!(out.components().next_back(), Some(Component::ParentDir));
                if up || !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

pub fn io_reason(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => error.to_string(),
    }
}
