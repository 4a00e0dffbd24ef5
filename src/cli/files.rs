//! The file system, carefully: what the commands read and what they write.
//!
//! - A file named on the command line is read whatever it is (a pipe such
//!   as `<(...)` works), but a FIFO nobody writes to reads as empty rather
//!   than blocking.
//! - Files found in a folder or imported are read only when they are
//!   regular files. They are opened without blocking (a FIFO named
//!   `x.pact` would otherwise wait for a writer forever) and checked on the
//!   open handle, so a file swapped after the check is still refused.
//! - An output (`-o`) goes through a fresh temporary file in the target's
//!   folder, created exclusively (a name planted in advance, or a symbolic
//!   link in its place, makes the creation fail rather than be followed),
//!   given the mode and owner of the file it replaces, then renamed over
//!   it. A symbolic link given as the output is written through: its
//!   target is replaced, the link stays. A device or a FIFO (`/dev/null`)
//!   is written straight into. An output that is one of the inputs (the
//!   same device and inode, however it is named) is refused.
//! - `pact fmt` rewrites a file in place, through the handle it opens: a
//!   symbolic link, hard links, the mode and the owner all stay as they
//!   were. A read-only file is refused. The new text is written so that a
//!   full disk fails before the old text is touched, and the old text is
//!   put back if a write fails half-way.

use super::load::io_reason;
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// A file as the system knows it: the same file however it is named
/// (through symbolic links, folders or hard links).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Identity {
    device: u64,
    inode: u64,
}

#[cfg(unix)]
pub fn identity(meta: &fs::Metadata) -> Option<Identity> {
    use std::os::unix::fs::MetadataExt;
    Some(Identity {
        device: meta.dev(),
        inode: meta.ino(),
    })
}

#[cfg(not(unix))]
pub fn identity(_meta: &fs::Metadata) -> Option<Identity> {
    None
}

fn not_regular() -> io::Error {
    io::Error::other("not a regular file")
}

/// Opens `path` for reading if (and only if) it is a regular file, without
/// ever waiting on a FIFO or a device.
pub fn open_regular(path: &Path) -> io::Result<(File, fs::Metadata)> {
    // Checked before opening (opening a device can have effects) and again
    // on the handle (the file may have been swapped in between).
    if !fs::metadata(path)?.is_file() {
        return Err(not_regular());
    }
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let file = options.open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(not_regular());
    }
    Ok((file, meta))
}

/// Opens a file named on the command line, whatever it is. A FIFO that no
/// program writes to reads as empty instead of blocking forever: it is
/// opened without waiting for a writer, then read normally (so a pipe such
/// as `<(...)` still delivers everything written to it).
pub fn open_named(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        use std::os::unix::io::AsRawFd;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
        let file = options.open(path)?;
        let fd = file.as_raw_fd();
        // SAFETY: `fd` is the open descriptor `file` owns for this whole
        // block; F_GETFL and F_SETFL only read and set its status flags.
        let blocking = unsafe {
            let flags = libc::fcntl(fd, libc::F_GETFL);
            flags >= 0 && libc::fcntl(fd, libc::F_SETFL, flags & !libc::O_NONBLOCK) >= 0
        };
        if !blocking {
            return Err(io::Error::last_os_error());
        }
        Ok(file)
    }
    #[cfg(not(unix))]
    {
        options.open(path)
    }
}

/// Reads at most `limit` bytes of an open file (one more tells the caller
/// it is too large), sized from its length so a large file is not held in
/// a buffer twice its size.
pub fn read_up_to(file: File, meta: Option<&fs::Metadata>, limit: u64) -> io::Result<Vec<u8>> {
    let expected = meta.map_or(0, fs::Metadata::len).min(limit + 1);
    let mut bytes = Vec::with_capacity(usize::try_from(expected).unwrap_or(0).saturating_add(1));
    file.take(limit + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Where `path` leads once every symbolic link on its last component is
/// followed (the target need not exist yet).
fn follow_links(path: &Path) -> Result<PathBuf, String> {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = fs::read_link(&current).map_err(|e| {
                    format!("cannot read `{}`: {}", current.display(), io_reason(&e))
                })?;
                current = match current.parent() {
                    Some(parent) if target.is_relative() => parent.join(target),
                    _ => target,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(format!(
        "cannot write `{}`: its symbolic links form a loop",
        path.display()
    ))
}

/// Writes an output file as the module explains; `inputs` are the files
/// that were read, which it must not be. `Err` is the whole message.
pub fn write_output(
    path: &Path,
    inputs: &[Identity],
    body: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), String> {
    let shown = path.display();
    let target = follow_links(path)?;
    let existing = match fs::metadata(&target) {
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(format!("cannot write `{shown}`: {}", io_reason(&e))),
    };
    if let Some(meta) = &existing {
        if meta.is_dir() {
            return Err(format!("cannot write `{shown}`: it is a folder"));
        }
        if identity(meta).is_some_and(|id| inputs.contains(&id)) {
            return Err(format!(
                "`{shown}` is one of the inputs; the output must go to another file"
            ));
        }
        if !meta.is_file() {
            // A device or a FIFO: written into, never replaced.
            let file = OpenOptions::new()
                .write(true)
                .open(&target)
                .map_err(|e| format!("cannot write `{shown}`: {}", io_reason(&e)))?;
            let mut w = BufWriter::new(file);
            return body(&mut w)
                .and_then(|()| w.flush())
                .map_err(|e| format!("cannot write `{shown}`: {}", io_reason(&e)));
        }
    }
    let folder = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !folder.is_dir() {
        return Err(format!(
            "cannot write `{shown}`: the folder `{}` does not exist",
            folder.display()
        ));
    }
    let (file, temporary) = create_temporary(&folder, &target)
        .map_err(|e| format!("cannot write `{shown}`: {}", io_reason(&e)))?;
    let result = (|| {
        if let Some(meta) = &existing {
            keep_mode_and_owner(&file, meta)?;
        }
        let mut w = BufWriter::new(file);
        body(&mut w)?;
        let file = w.into_inner().map_err(io::IntoInnerError::into_error)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&temporary, &target)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    result.map_err(|e| format!("cannot write `{shown}`: {}", io_reason(&e)))
}

/// A new file beside `target`, under a name nobody else has (created with
/// `O_EXCL`, so an existing file or link of that name is never opened).
fn create_temporary(folder: &Path, target: &Path) -> io::Result<(File, PathBuf)> {
    let name = target
        .file_name()
        .map_or_else(|| "output".into(), |n| n.to_string_lossy().into_owned());
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let mut last = io::Error::other("no temporary name was free");
    for attempt in 0..100u32 {
        let candidate = folder.join(format!(
            ".{name}.{}-{nanos:x}-{attempt}.pact-tmp",
            std::process::id()
        ));
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&candidate)
        {
            Ok(file) => return Ok((file, candidate)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = e,
            Err(e) => return Err(e),
        }
    }
    Err(last)
}

/// Gives `file` the permissions (and, where allowed, the owner) of the
/// file it is about to replace.
fn keep_mode_and_owner(file: &File, replaced: &fs::Metadata) -> io::Result<()> {
    // The owner first: changing it clears set-user-id bits, which the
    // mode then restores.
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // Only a privileged user may give a file away; anyone else keeps
        // the new file as their own, which is what they could write anyway.
        let _ = std::os::unix::fs::fchown(file, Some(replaced.uid()), Some(replaced.gid()));
    }
    file.set_permissions(replaced.permissions())
}

/// Why [`rewrite_in_place`] left a file as it was.
pub enum RewriteError {
    /// The file has no write permission for anyone.
    ReadOnly,
    /// The file is not the one that was read, or its text changed since.
    Changed,
    Io(io::Error),
    /// The write failed half-way and the old text could not be put back
    /// either: the file may be damaged.
    Damaged(io::Error),
}

/// Replaces the text of the file at `path` (that was read as `old`, from
/// the file `read`) with `new`, in place.
pub fn rewrite_in_place(
    path: &Path,
    read: Option<Identity>,
    old: &[u8],
    new: &[u8],
) -> Result<(), RewriteError> {
    let meta = fs::metadata(path).map_err(RewriteError::Io)?;
    if meta.permissions().readonly() {
        return Err(RewriteError::ReadOnly);
    }
    let mut options = OpenOptions::new();
    options.read(true).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let mut file = options.open(path).map_err(RewriteError::Io)?;
    let meta = file.metadata().map_err(RewriteError::Io)?;
    if !meta.is_file() || identity(&meta) != read {
        return Err(RewriteError::Changed);
    }
    let mut current = Vec::with_capacity(old.len());
    (&mut file)
        .take(old.len() as u64 + 1)
        .read_to_end(&mut current)
        .map_err(RewriteError::Io)?;
    if current != old {
        return Err(RewriteError::Changed);
    }
    // The part past the old end first: when the disk is full, that fails
    // before any of the old text is overwritten.
    let grows = new.len() > old.len();
    if grows {
        let tail = new.get(old.len()..).unwrap_or(&[]);
        let written = file
            .seek(SeekFrom::Start(old.len() as u64))
            .and_then(|_| file.write_all(tail));
        if let Err(e) = written {
            return match file.set_len(old.len() as u64) {
                Ok(()) => Err(RewriteError::Io(e)),
                Err(_) => Err(RewriteError::Damaged(e)),
            };
        }
    }
    let head = new.get(..old.len().min(new.len())).unwrap_or(new);
    let written = file
        .seek(SeekFrom::Start(0))
        .and_then(|_| file.write_all(head))
        .and_then(|()| file.set_len(new.len() as u64))
        .and_then(|()| file.sync_data());
    match written {
        Ok(()) => Ok(()),
        Err(e) => {
            let restored = file
                .seek(SeekFrom::Start(0))
                .and_then(|_| file.write_all(old))
                .and_then(|()| file.set_len(old.len() as u64));
            match restored {
                Ok(()) => Err(RewriteError::Io(e)),
                Err(_) => Err(RewriteError::Damaged(e)),
            }
        }
    }
}
