//! Where unsaved archives wait: a folder of this running copy of the app, inside the app's
//! cache folder.
//!
//! Unsaved archives hold personal data, so what a crashed copy left behind is removed at the
//! next start. Two copies of the app may run at once, so a copy must never remove what another
//! live copy is writing or has not saved yet. Each copy therefore holds an OS file lock on
//! `exports/instance-<id>.lock` for as long as it runs, and keeps its archives under
//! `exports/instance-<id>/`. At start-up a folder whose lock can be taken belongs to a copy that
//! no longer runs: it is removed. The OS releases the lock when a process ends in any way, a
//! crash or a kill included.
//!
//! The lock file is created and locked under a hidden name and only then renamed to its real
//! name (the lock stays with the file), so a starting copy's folder never appears without a
//! held lock next to it.

use std::fs::{File, TryLockError};
use std::io;
use std::path::{Path, PathBuf};

const PREFIX: &str = "instance-";
const LOCK_SUFFIX: &str = ".lock";

/// This copy's own cache folder, held for as long as the value lives.
#[derive(Debug)]
pub struct InstanceCache {
    dir: PathBuf,
    lock_path: PathBuf,
    _lock: File,
}

impl InstanceCache {
    /// Removes the folders of copies that no longer run under `root` (the app's cache folder),
    /// then claims a new folder for this copy.
    pub fn claim(root: &Path) -> io::Result<InstanceCache> {
        let exports = root.join("exports");
        std::fs::create_dir_all(&exports)?;
        remove_stale(&exports);
        let pending = tempfile::Builder::new()
            .prefix(&format!(".{PREFIX}"))
            .suffix(".new")
            .tempfile_in(&exports)?;
        pending.as_file().lock()?;
        let (lock, pending_path) = pending.keep().map_err(|e| e.error)?;
        // The random part of the pending name makes the id unique among running copies.
        let random = pending_path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_prefix(&format!(".{PREFIX}")))
            .and_then(|n| n.strip_suffix(".new"))
            .unwrap_or("0")
            .to_string();
        let id = format!("{}-{random}", std::process::id());
        let lock_path = exports.join(format!("{PREFIX}{id}{LOCK_SUFFIX}"));
        std::fs::rename(&pending_path, &lock_path)?;
        let dir = exports.join(format!("{PREFIX}{id}"));
        std::fs::create_dir(&dir)?;
        private(&dir);
        Ok(InstanceCache {
            dir,
            lock_path,
            _lock: lock,
        })
    }

    /// The folder this copy keeps its unsaved archives in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Removes everything this copy keeps (when the app closes). On Windows the lock file,
    /// still open, is deleted once the process closes it (at exit).
    pub fn clear(&self) {
        let _ = std::fs::remove_dir_all(&self.dir);
        let _ = std::fs::remove_file(&self.lock_path);
    }
}

#[cfg(unix)]
fn private(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
}

#[cfg(not(unix))]
fn private(_: &Path) {}

/// Removes what copies that no longer run left under `exports`: folders whose lock can be
/// taken, and folders with no lock file at all (left by versions before the locks). Returns
/// how many folders were removed.
pub fn remove_stale(exports: &Path) -> usize {
    let Ok(entries) = exports.read_dir() else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
            continue;
        };
        if name.starts_with('.') {
            continue; // a copy that is starting right now
        }
        if let Some(stem) = name.strip_suffix(LOCK_SUFFIX) {
            // A lock file whose folder is gone (or never came).
            if !exports.join(stem).exists() && take_lock(&path).is_some() {
                let _ = std::fs::remove_file(&path);
            }
            continue;
        }
        if !path.is_dir() {
            continue;
        }
        let lock_path = exports.join(format!("{name}{LOCK_SUFFIX}"));
        let stale = if lock_path.exists() {
            take_lock(&lock_path)
        } else {
            None
        };
        let dead = !lock_path.exists() || stale.is_some();
        if dead && std::fs::remove_dir_all(&path).is_ok() {
            removed += 1;
            if let Some(lock) = stale {
                // Closed first: Windows does not delete a file this process holds open.
                drop(lock);
                let _ = std::fs::remove_file(&lock_path);
            }
        }
    }
    removed
}

/// The lock of a copy that no longer runs, or `None` when a live copy holds it.
fn take_lock(path: &Path) -> Option<File> {
    let file = File::options().read(true).write(true).open(path).ok()?;
    match file.try_lock() {
        Ok(()) => Some(file),
        Err(TryLockError::WouldBlock) | Err(TryLockError::Error(_)) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = dir
            .read_dir()
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_second_copy_keeps_the_first_ones_archives_and_removes_a_dead_ones() {
        let root = tempfile::tempdir().unwrap();
        let first = InstanceCache::claim(root.path()).unwrap();
        std::fs::write(first.dir().join("unsaved.zip"), b"personal data").unwrap();
        // A copy that crashed: its folder and lock file are there, and no process holds the
        // lock. Made as files, not by claiming and dropping a cache here: a process that other
        // tests fork at that moment would share the lock until it runs its program, and the
        // copy would look alive.
        let crashed_dir = root.path().join(format!("exports/{PREFIX}1-crashed"));
        std::fs::create_dir_all(&crashed_dir).unwrap();
        std::fs::write(crashed_dir.join("left.zip"), b"personal data").unwrap();
        std::fs::write(
            root.path()
                .join(format!("exports/{PREFIX}1-crashed{LOCK_SUFFIX}")),
            b"",
        )
        .unwrap();
        // A folder from before the locks.
        std::fs::create_dir_all(root.path().join("exports/export-old")).unwrap();

        let second = InstanceCache::claim(root.path()).unwrap();
        assert!(
            first.dir().join("unsaved.zip").exists(),
            "a live copy's archive stays"
        );
        assert!(!crashed_dir.exists(), "a dead copy's archive is removed");
        assert!(!root.path().join("exports/export-old").exists());
        assert_ne!(first.dir(), second.dir());

        second.clear();
        first.clear();
        // The copies end (on Windows a lock file goes once its handle is closed).
        drop((first, second));
        assert_eq!(names(&root.path().join("exports")), Vec::<String>::new());
    }

    #[test]
    fn the_folder_is_private() {
        let root = tempfile::tempdir().unwrap();
        let cache = InstanceCache::claim(root.path()).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(cache.dir()).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o700);
        }
        cache.clear();
    }
}
