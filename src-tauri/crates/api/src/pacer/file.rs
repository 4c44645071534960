//! The pace's state file: one per service and account, shared by every ACT Export process of
//! the user (the desktop app, each `act-export` run).
//!
//! `<folder>/<key>.json`, where the key is the first 128 bits of SHA-256 over the service's
//! address and the token (the token itself is never written). The folder is private (0700),
//! the file too (0600). Every read-modify-write holds an OS lock on the file (`flock` on Unix,
//! `LockFileEx` on Windows) and waits for it: the others hold it only to read and write a small
//! file, and the system lets it go when a holder dies, so a wait is short, and a call is never
//! paced on a partial view of the budget (a process that gave up on a busy file and paced
//! alone would start calls the others had already used). A file that cannot be opened or read
//! counts as empty and is written anew; files untouched for 30 days are removed.
//!
//! **Who is still there.** Each pace holds, for its lifetime, an OS lock on a file of its own,
//! `<folder>/owners/<owner>.lock`, `owner` being a random number that its calls carry in the
//! book. A call still open whose owner's file is gone or can be locked will never be
//! answered: its process ended (killed, crashed) with the call in flight. The book then ends
//! it ([`Book::close_gone`]), so that it no longer holds a place among the calls in flight.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::book::Book;

/// The file's format; another one is read as empty.
const FORMAT: u32 = 1;
/// A larger file is not read (it is no file of ours).
const MOST_BYTES: u64 = 4 * 1024 * 1024;
/// The folder of the owners' lock files.
const OWNERS: &str = "owners";
/// State files untouched this long are removed.
const FORGOTTEN_AFTER: Duration = Duration::from_secs(30 * 24 * 3600);

#[derive(Serialize, Deserialize)]
struct OnDisk {
    format: u32,
    /// The service's address (for whoever looks at the folder; never the token).
    service: String,
    #[serde(flatten)]
    book: Book,
}

/// Where the pace of one service and account is kept.
#[derive(Debug)]
pub(crate) struct StateFile {
    path: PathBuf,
    service: String,
    /// This pace's owner number and its lock file (held while the pace lives).
    owner: u64,
    owners: PathBuf,
    alive: std::sync::Mutex<Option<File>>,
}

/// The file, locked, with the book it held.
pub(crate) struct Held {
    file: File,
    text: String,
    pub book: Book,
}

impl StateFile {
    /// The state file of `service` used with `token`, in `folder` (created private if needed).
    pub fn new(folder: &Path, service: &str, token: &str) -> io::Result<StateFile> {
        std::fs::create_dir_all(folder)?;
        private(folder, 0o700)?;
        forget_old(folder);
        let path = folder.join(format!("{}.json", key(service, token)));
        if path.exists() {
            private(&path, 0o600)?;
        }
        let owners = folder.join(OWNERS);
        std::fs::create_dir_all(&owners)?;
        private(&owners, 0o700)?;
        // Zero means "unknown" in the book.
        let owner = fastrand::u64(1..);
        let alive = open(&owner_file(&owners, owner))?;
        alive.lock()?;
        Ok(StateFile {
            path,
            service: service.to_string(),
            owner,
            owners,
            alive: std::sync::Mutex::new(Some(alive)),
        })
    }

    /// The number this pace's calls carry as their owner.
    pub fn owner(&self) -> u64 {
        self.owner
    }

    /// True when the pace `owner` has ended: its lock file is gone, or free (then removed).
    /// When it cannot be told, it lives.
    pub fn gone(&self, owner: u64) -> bool {
        if owner == self.owner {
            return false;
        }
        let path = owner_file(&self.owners, owner);
        let file = match OpenOptions::new().read(true).write(true).open(&path) {
            Ok(file) => file,
            Err(e) => return e.kind() == io::ErrorKind::NotFound,
        };
        match file.try_lock() {
            Ok(()) => {
                drop(file);
                let _ = std::fs::remove_file(&path);
                true
            }
            Err(_) => false,
        }
    }

    /// Where it is.
    #[cfg(test)]
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Opens and locks the file (waiting for others to let it go) and reads its book (empty
    /// when unreadable); `None` when the file cannot be opened or locked.
    pub fn load(&self) -> Option<Held> {
        let mut file = open(&self.path)
            .inspect_err(|e| tracing::debug!(path = %self.path.display(), error = %e, "the pace's state file cannot be opened"))
            .ok()?;
        if let Err(e) = file.lock() {
            tracing::debug!(path = %self.path.display(), error = %e, "the pace's state file cannot be locked");
            return None;
        }
        let mut text = String::new();
        let read = (&mut file).take(MOST_BYTES).read_to_string(&mut text);
        let book = read
            .ok()
            .and_then(|_| serde_json::from_str::<OnDisk>(&text).ok())
            .filter(|d| d.format == FORMAT)
            .map(|d| d.book)
            .unwrap_or_default();
        Some(Held { file, text, book })
    }

    /// Writes the book back (when it changed) and unlocks the file.
    pub fn store(&self, held: Held) {
        let Held {
            mut file,
            text,
            book,
        } = held;
        let on_disk = OnDisk {
            format: FORMAT,
            service: self.service.clone(),
            book,
        };
        let Ok(new) = serde_json::to_string(&on_disk) else {
            return;
        };
        if new != text {
            let written = file
                .seek(SeekFrom::Start(0))
                .and_then(|_| file.write_all(new.as_bytes()))
                .and_then(|()| file.set_len(new.len() as u64));
            if let Err(e) = written {
                tracing::debug!(path = %self.path.display(), error = %e, "the pace's state file could not be written");
            }
        }
        let _ = file.unlock();
    }
}

/// The file's name: SHA-256 over the service and the token, never the token.
fn key(service: &str, token: &str) -> String {
    let mut hash = Sha256::new();
    hash.update(b"act-export pace\0");
    hash.update(service.as_bytes());
    hash.update(b"\0");
    hash.update(token.as_bytes());
    hash.finalize()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn open(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

#[cfg(test)]
impl StateFile {
    /// Lets the owner's lock go as the system does for a process that is killed: its handle
    /// is closed, its file stays.
    pub fn die(&self) {
        drop(self.alive.lock().unwrap().take());
    }
}

impl Drop for StateFile {
    /// The pace ends: its owner file goes (closed first: Windows removes no open file).
    fn drop(&mut self) {
        let alive = self.alive.get_mut().unwrap_or_else(|p| p.into_inner());
        drop(alive.take());
        let _ = std::fs::remove_file(owner_file(&self.owners, self.owner));
    }
}

fn owner_file(owners: &Path, owner: u64) -> PathBuf {
    owners.join(format!("{owner:016x}.lock"))
}

#[cfg(unix)]
fn private(path: &Path, mode: u32) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let current = std::fs::metadata(path)?.permissions().mode() & 0o777;
    if current == mode {
        return Ok(());
    }
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn private(_: &Path, _: u32) -> io::Result<()> {
    Ok(())
}

/// Removes the state files nobody used for [`FORGOTTEN_AFTER`] (other services, old tokens),
/// and the owner files of paces that ended without removing theirs (killed).
fn forget_old(folder: &Path) {
    if let Ok(owners) = folder.join(OWNERS).read_dir() {
        for entry in owners.flatten() {
            let free = File::open(entry.path()).is_ok_and(|file| file.try_lock().is_ok());
            if free {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    let Ok(entries) = folder.read_dir() else {
        return;
    };
    let now = SystemTime::now();
    for entry in entries.flatten() {
        let path = entry.path();
        let ours = path.extension().is_some_and(|e| e == "json");
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age > FORGOTTEN_AFTER);
        if ours && old {
            let _ = std::fs::remove_file(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_never_holds_the_token_and_differs_per_account_and_service() {
        let a = key("https://api.appcenter.ms", "secret-token-1");
        assert_eq!(a.len(), 32);
        assert!(!a.contains("secret"));
        assert_ne!(a, key("https://api.appcenter.ms", "secret-token-2"));
        assert_ne!(a, key("https://other.example", "secret-token-1"));
        assert_eq!(a, key("https://api.appcenter.ms", "secret-token-1"));
    }

    #[test]
    fn an_unreadable_file_counts_as_empty_and_is_written_anew() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("pace");
        let state = StateFile::new(&folder, "https://x.example", "t").unwrap();
        std::fs::write(state.path(), "{ not json").unwrap();
        let mut held = state.load().unwrap();
        assert_eq!(held.book, Book::default());
        held.book.paused_until = 7;
        state.store(held);
        let text = std::fs::read_to_string(state.path()).unwrap();
        assert!(text.contains("\"paused_until\":7"), "{text}");
        assert!(!text.contains("\"t\""), "{text}");
        assert_eq!(state.load().unwrap().book.paused_until, 7);
    }

    #[cfg(unix)]
    #[test]
    fn folder_and_file_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("pace");
        let state = StateFile::new(&folder, "https://x.example", "t").unwrap();
        state.store(state.load().unwrap());
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&folder), 0o700);
        assert_eq!(mode(state.path()), 0o600);
    }

    #[test]
    fn a_file_held_by_another_is_waited_for_not_passed_by() {
        let dir = tempfile::tempdir().unwrap();
        let state = StateFile::new(dir.path(), "https://x.example", "t").unwrap();
        let held = state.load().unwrap();
        let waiting = std::thread::scope(|s| {
            let waiting = s.spawn(|| state.load().map(|h| h.book.paused_until));
            // Whenever the other reads, it reads what the holder wrote.
            let mut held = held;
            held.book.paused_until = 7;
            state.store(held);
            waiting.join().unwrap()
        });
        assert_eq!(waiting, Some(7));
    }

    #[test]
    fn a_pace_is_gone_once_it_ends_or_its_process_dies() {
        let dir = tempfile::tempdir().unwrap();
        let us = StateFile::new(dir.path(), "https://x.example", "t").unwrap();
        let other = StateFile::new(dir.path(), "https://x.example", "t").unwrap();
        assert_ne!(us.owner(), other.owner());
        assert!(!us.gone(other.owner()));
        assert!(!us.gone(us.owner()));
        // A process that dies lets its lock go, its file stays.
        let owner = other.owner();
        let file = owner_file(&dir.path().join(OWNERS), owner);
        other.die();
        assert!(us.gone(owner));
        assert!(!file.exists(), "removed by whoever found it free");
        // One that ends removes its file.
        let third = StateFile::new(dir.path(), "https://x.example", "t").unwrap();
        let owner = third.owner();
        drop(third);
        assert!(!owner_file(&dir.path().join(OWNERS), owner).exists());
        assert!(us.gone(owner));
        drop(other);
    }
}
