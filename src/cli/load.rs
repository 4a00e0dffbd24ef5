//! Reading the inputs named on the command line into a [`SourceMap`].
//!
//! Folders are walked for `.pact` files in sorted order (so output never
//! depends on the file system's order), symlink loops are cut by
//! remembering canonical folders, and bytes that are not UTF-8 become a
//! diagnostic with the offset, not a crash.

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
}

/// Loads every input; `Err` is an I/O or usage problem (exit status 2).
pub fn load(paths: &[PathBuf]) -> Result<Loaded, String> {
    let mut files = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            files.push(Input::Stdin);
            continue;
        }
        files.extend(pact_files(path)?.into_iter().map(Input::File));
    }
    let roots = paths
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .filter_map(|p| {
            let dir = if p.is_dir() {
                p.clone()
            } else {
                p.parent().map(Path::to_path_buf).unwrap_or_default()
            };
            let dir = if dir.as_os_str().is_empty() {
                PathBuf::from(".")
            } else {
                dir
            };
            fs::canonicalize(dir).ok()
        })
        .collect();
    let mut loaded = Loaded {
        sources: SourceMap::new(),
        diagnostics: Vec::new(),
        roots,
    };
    let mut seen_files = BTreeSet::new();
    for input in files {
        let (name, bytes) = match input {
            Input::Stdin => {
                let mut bytes = Vec::new();
                std::io::stdin()
                    .take(MAX_FILE_BYTES + 1)
                    .read_to_end(&mut bytes)
                    .map_err(|e| format!("cannot read standard input: {}", io_reason(&e)))?;
                ("<stdin>".to_string(), bytes)
            }
            Input::File(path) => {
                // The same file named twice (or through a folder) is read once.
                let key = fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
                if !seen_files.insert(key) {
                    continue;
                }
                let bytes = read_limited(&path)?;
                (normalize(&path).display().to_string(), bytes)
            }
        };
        add_file(&mut loaded, name, bytes);
    }
    Ok(loaded)
}

enum Input {
    Stdin,
    File(PathBuf),
}

pub fn read_limited(path: &Path) -> Result<Vec<u8>, String> {
    let file = fs::File::open(path)
        .map_err(|e| format!("cannot read `{}`: {}", path.display(), io_reason(&e)))?;
    // Sized from the file's length, so a large file is not held in a buffer
    // twice its size.
    let expected = file
        .metadata()
        .map_or(0, |m| m.len())
        .min(MAX_FILE_BYTES + 1);
    let mut bytes = Vec::with_capacity(usize::try_from(expected).unwrap_or(0).saturating_add(1));
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read `{}`: {}", path.display(), io_reason(&e)))?;
    Ok(bytes)
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
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    match String::from_utf8(bytes) {
        Ok(text) => {
            loaded.sources.add(name, text);
        }
        Err(error) => {
            let offset = error.utf8_error().valid_up_to();
            let valid =
                String::from_utf8_lossy(error.as_bytes().get(..offset).unwrap_or(&[])).into_owned();
            let id: FileId = loaded.sources.add(name, valid);
            loaded.diagnostics.push(
                Diagnostic::error(
                    "E0012",
                    format!("this file is not valid UTF-8 (byte {offset})"),
                    Span::new(id, offset, offset),
                )
                .with_primary_label(format!("the first invalid byte is at offset {offset}"))
                .with_help("save the file as UTF-8"),
            );
        }
    }
}

/// A file itself, or every `.pact` file below a folder in sorted order; a
/// folder without any is a usage error.
pub fn pact_files(path: &Path) -> Result<Vec<PathBuf>, String> {
    let meta = fs::metadata(path)
        .map_err(|e| format!("cannot read `{}`: {}", path.display(), io_reason(&e)))?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut found = Vec::new();
    walk(path, &mut found, &mut BTreeSet::new())?;
    if found.is_empty() {
        return Err(format!(
            "no `.pact` files in the folder `{}`",
            path.display()
        ));
    }
    Ok(found)
}

/// Collects `.pact` files below `dir` in sorted order.
fn walk(dir: &Path, found: &mut Vec<PathBuf>, seen: &mut BTreeSet<PathBuf>) -> Result<(), String> {
    let canonical = fs::canonicalize(dir)
        .map_err(|e| format!("cannot read `{}`: {}", dir.display(), io_reason(&e)))?;
    if !seen.insert(canonical) {
        return Ok(()); // a symlink loop, or a folder reached twice
    }
    let entries = fs::read_dir(dir)
        .map_err(|e| format!("cannot read `{}`: {}", dir.display(), io_reason(&e)))?;
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        match fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk(&path, found, seen)?,
            Ok(_) if path.extension().is_some_and(|e| e == "pact") => found.push(path),
            _ => {}
        }
    }
    Ok(())
}

/// Reads `use "path"` imports, relative to the importing file, and never
/// outside the folders of the paths given on the command line.
pub struct FileLoader {
    pub roots: Vec<PathBuf>,
}

impl pact::Loader for FileLoader {
    fn load(&mut self, importer: &str, path: &str) -> Result<(String, String), String> {
        let base = Path::new(importer).parent().unwrap_or(Path::new(""));
        let joined = normalize(&base.join(path));
        let canonical = fs::canonicalize(&joined).map_err(|e| io_reason(&e))?;
        if !self.roots.iter().any(|root| canonical.starts_with(root)) {
            return Err(
                "imports may not leave the folders given on the command line; nothing was read"
                    .to_string(),
            );
        }
        if canonical.extension().is_none_or(|e| e != "pact") {
            return Err("only `.pact` files can be imported".to_string());
        }
        let bytes = read_limited(&canonical)?;
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
                if !out.pop() {
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
