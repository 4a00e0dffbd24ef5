//! `pact lsp`: the language server on stdio (the server itself is
//! `pact::lsp`). This module gives it the file system, with the rules of
//! `pact check`: the same folder walk, size limit and import checks.
//!
//! Read-only copies of the standard library and the `pact explain` texts
//! (which editors open for "go to definition" and diagnostic links) are
//! written to `$XDG_CACHE_HOME/pact/VERSION/` (else `~/.cache/pact/VERSION/`),
//! because every editor can open a file, while a custom URI scheme needs
//! editor-specific support.

use super::load::{self, FileLoader};
use pact::Loader;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub fn lsp() -> ExitCode {
    let log = |line: &str| eprintln!("pact lsp: {line}");
    let (connection, threads) =
        pact::lsp::transport::connect(std::io::stdin(), std::io::stdout(), log);
    let disk = RealDisk {
        cache: cache_folder(),
    };
    let result = pact::lsp::serve(&connection, &disk, &log);
    drop(connection);
    threads.join();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(super::EXIT_USAGE)
        }
    }
}

fn cache_folder() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    Some(base.join("pact").join(env!("CARGO_PKG_VERSION")))
}

struct RealDisk {
    cache: Option<PathBuf>,
}

impl pact::lsp::Disk for RealDisk {
    fn pact_files(&self, folder: &Path) -> Vec<PathBuf> {
        load::project_root(folder, None)
            .and_then(|root| load::pact_files(folder, &root))
            .map(|walked| walked.files)
            .unwrap_or_default()
    }

    fn read(&self, path: &Path) -> Option<String> {
        let bytes = load::read_limited(path).ok()?;
        if bytes.len() as u64 > load::MAX_FILE_BYTES {
            return None;
        }
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        String::from_utf8(bytes.to_vec()).ok()
    }

    fn import(
        &self,
        roots: &[PathBuf],
        importer: &str,
        path: &str,
    ) -> Result<(String, String), String> {
        // The project folder of each workspace folder, as `pact check`
        // finds it (its repository, say), so both accept the same imports.
        let roots = roots
            .iter()
            .filter_map(|r| load::project_root(r, None).ok())
            .collect();
        FileLoader {
            roots,
            read: Vec::new(),
        }
        .load(importer, path)
    }

    fn cache(&self, relative: &str, text: &str) -> Option<PathBuf> {
        let path = self.cache.as_ref()?.join(relative);
        if fs::read_to_string(&path).is_ok_and(|old| old == text) {
            return Some(path);
        }
        let folder = path.parent()?;
        fs::create_dir_all(folder).ok()?;
        // A new copy beside it, then a rename: a reader never sees half a file.
        let temporary = folder.join(format!(
            ".{}.{}",
            std::process::id(),
            path.file_name()?.to_string_lossy()
        ));
        fs::write(&temporary, text).ok()?;
        let mut permissions = fs::metadata(&temporary).ok()?.permissions();
        permissions.set_readonly(true);
        fs::set_permissions(&temporary, permissions).ok()?;
        let _ = fs::remove_file(&path);
        fs::rename(&temporary, &path).ok()?;
        Some(path)
    }
}
