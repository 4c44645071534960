//! The journal's last known head, kept outside it: after every write by the officer's desk,
//! the journal's identity, its number of events and its last hash go into a small file in
//! another folder than the journal's (the app's folder for settings, not its data folder), so
//! that a journal that is gone, shorter than it was, another one or rewritten is found
//! ([`Witnessed::compare`], [`Witnessed::missing`]), which the chain alone cannot show: a
//! chain cut at its end, or a whole other journal, is still a chain.
//!
//! One file per journal, `<first 32 hex digits of the SHA-256 of its key>.json` (the key: the
//! journal's path, or a register's address without its password), holding `{"format": 1, "journal": PATH, "id", "events", "hash", "written": RFC 3339}`;
//! written whole to a temporary file and renamed into place, private (0600, in a 0700 folder,
//! on Unix). The witness moves on only while the journal extends what it witnessed: once it
//! saw a journal that is gone, cut, replaced or rewritten, it keeps saying so.

use std::io::Write;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use crate::clock::Clock;
use crate::error::JournalError;
use crate::location::Location;
use crate::store::{Finding, Head, Journal, Problem};

/// The witness file's format.
const FORMAT: u32 = 1;

/// Where the witness files are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Witness {
    dir: PathBuf,
}

/// What the witness recorded of one journal when it was last written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Witnessed {
    pub format: u32,
    /// The journal's path (a register: its address without the password).
    pub journal: String,
    /// Its identity.
    pub id: String,
    /// Its number of events then.
    pub events: u64,
    /// The last event's hash then.
    pub hash: String,
    /// When (UTC, RFC 3339).
    pub written: String,
}

/// What a witness file is keyed by: a journal file's path made absolute, without `.` and `..`
/// (one journal, one key, however it was named); a register's address without its password.
fn key(journal: &Location) -> String {
    let path = match journal {
        Location::File(path) => path,
        Location::Postgres(address) => return address.without_password().to_string(),
    };
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut clean = PathBuf::new();
    for component in absolute.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                clean.pop();
            }
            other => clean.push(other),
        }
    }
    clean.display().to_string()
}

/// "1 event", "12 events".
fn events(n: u64) -> String {
    if n == 1 {
        "1 event".into()
    } else {
        format!("{n} events")
    }
}

impl Witness {
    /// The witness files in `dir` (made when first written).
    pub fn new(dir: impl Into<PathBuf>) -> Witness {
        Witness { dir: dir.into() }
    }

    /// The folder of the witness files.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The witness file of the journal at `journal`.
    pub fn file(&self, journal: impl Into<Location>) -> PathBuf {
        let journal = &journal.into();
        let digest = hex::encode(Sha256::digest(key(journal).as_bytes()));
        self.dir.join(format!("{}.json", &digest[..32]))
    }

    /// What was witnessed of the journal at `journal` (`None`: nothing, it was never written
    /// on this computer with a witness here). A witness file that cannot be read is an error:
    /// it was changed outside ACT Export.
    pub fn read(&self, journal: impl Into<Location>) -> Result<Option<Witnessed>, JournalError> {
        let journal = &journal.into();
        let file = self.file(journal);
        let unreadable = |why: String| JournalError::Witness {
            path: file.display().to_string(),
            why,
        };
        let bytes = match std::fs::read(&file) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(unreadable(e.to_string())),
        };
        let witnessed: Witnessed =
            serde_json::from_slice(&bytes).map_err(|e| unreadable(e.to_string()))?;
        // Another journal's whose path hashed the same: not this one's.
        Ok((witnessed.journal == key(journal)).then_some(witnessed))
    }

    /// Records `head` (with its identity) as the journal's at `written`.
    pub fn record(
        &self,
        journal: impl Into<Location>,
        head: &Head,
        id: &str,
        written: OffsetDateTime,
    ) -> Result<(), JournalError> {
        let journal = &journal.into();
        let file = self.file(journal);
        let failed = |e: std::io::Error| JournalError::Witness {
            path: file.display().to_string(),
            why: e.to_string(),
        };
        let witnessed = Witnessed {
            format: FORMAT,
            journal: key(journal),
            id: id.to_string(),
            events: head.events,
            hash: head.hash.clone(),
            written: crate::store::stamp(written),
        };
        let mut text =
            serde_json::to_vec_pretty(&witnessed).map_err(|e| failed(std::io::Error::other(e)))?;
        text.push(b'\n');
        make_private_dir(&self.dir).map_err(failed)?;
        // A name of its own per write, so that two writers never share a temporary file.
        static WRITES: AtomicU64 = AtomicU64::new(0);
        let temp = file.with_extension(format!(
            "json.{}-{}.tmp",
            std::process::id(),
            WRITES.fetch_add(1, Ordering::Relaxed)
        ));
        let done = (|| -> std::io::Result<()> {
            let mut out = private_file(&temp)?;
            out.write_all(&text)?;
            out.sync_all()?;
            drop(out);
            std::fs::rename(&temp, &file)?;
            sync_dir(&self.dir);
            Ok(())
        })();
        if done.is_err() {
            let _ = std::fs::remove_file(&temp);
        }
        done.map_err(failed)
    }

    /// After a write to `journal`: records its head, unless what this witness holds is not
    /// extended by it (a journal cut, replaced or rewritten since: that stays recorded, so that
    /// the check keeps saying so), or is further on already (another writer's, recorded
    /// first). Whether it was recorded.
    pub fn keep(&self, journal: &Journal) -> Result<bool, JournalError> {
        let (Some(head), Some(identity)) = (journal.head()?, journal.identity()?) else {
            return Ok(false);
        };
        if let Some(witnessed) = self.read(journal.location())? {
            if witnessed.compare(journal)?.is_some()
                || (witnessed.id == identity.id && witnessed.events >= head.events)
            {
                return Ok(false);
            }
        }
        self.record(
            journal.location(),
            &head,
            &identity.id,
            journal.clock().now(),
        )?;
        Ok(true)
    }
}

impl Witnessed {
    /// The day it was written, in the officer's time zone (`None`: not a time).
    pub fn written_day(&self, clock: &dyn Clock) -> Option<time::Date> {
        let at = OffsetDateTime::parse(
            &self.written,
            &time::format_description::well_known::Rfc3339,
        )
        .ok()?;
        Some(at.to_offset(clock.offset_at(at)).date())
    }

    /// The day it was written, in the officer's time zone: "4 December 2026".
    pub fn written_on(&self, clock: &dyn Clock) -> String {
        match self.written_day(clock) {
            Some(date) => format!("{} {} {}", date.day(), date.month(), date.year()),
            None => self.written.clone(),
        }
    }

    /// The journal this witnessed is not there any more.
    pub fn missing(&self, clock: &dyn Clock) -> Problem {
        Problem {
            seq: self.events,
            what: format!(
                "is missing: it had {} when this computer last wrote it, on {}",
                events(self.events),
                self.written_on(clock)
            ),
            finding: Finding::Missing,
            written_on: self.written_day(clock),
            now: None,
        }
    }

    /// What does not match between `journal` and what was witnessed of it: another identity,
    /// fewer events, or another event where the last witnessed one was.
    pub fn compare(&self, journal: &Journal) -> Result<Option<Problem>, JournalError> {
        let on = self.written_on(journal.clock().as_ref());
        let written_on = self.written_day(journal.clock().as_ref());
        let id = journal.identity()?.map(|i| i.id);
        if id.as_deref() != Some(self.id.as_str()) {
            return Ok(Some(Problem {
                seq: self.events,
                what: format!(
                    "is not the journal this computer wrote: its identity differs (the one this computer last wrote had {}, on {on})",
                    events(self.events)
                ),
                finding: Finding::Replaced,
                written_on,
                now: None,
            }));
        }
        let now = journal.head()?.map_or(0, |h| h.events);
        if now < self.events {
            return Ok(Some(Problem {
                seq: self.events,
                what: format!(
                    "is shorter than it was: it had {} when this computer last wrote it, on {on}, it now has {now}: events were removed from its end",
                    events(self.events)
                ),
                finding: Finding::Shorter,
                written_on,
                now: Some(now),
            }));
        }
        if journal.hash_of(self.events)?.as_deref() != Some(self.hash.as_str()) {
            return Ok(Some(Problem {
                seq: self.events,
                what: format!(
                    "was rewritten: event {} is not the one this computer wrote on {on} (its checksum differs)",
                    self.events
                ),
                finding: Finding::Rewritten,
                written_on,
                now: None,
            }));
        }
        Ok(None)
    }
}

/// Makes `dir` (and what is missing above it) private to this user.
#[cfg(unix)]
fn make_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)?;
    if std::fs::metadata(dir)?.permissions().mode() & 0o077 != 0 {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// On Windows the folder is in the user's profile, private to that user already.
#[cfg(not(unix))]
fn make_private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

/// A new file at `path`, readable and writable by this user only (Unix: 0600).
fn private_file(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// Syncs `dir`, so that a rename in it outlives a crash (Unix; best effort).
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = std::fs::File::open(dir) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_journal_is_one_key_however_it_is_named() {
        let here = std::env::current_dir().unwrap();
        assert_eq!(
            key(&Location::from(Path::new("a/./b/../journal.sqlite"))),
            key(&Location::from(here.join("a").join("journal.sqlite")))
        );
        let witness = Witness::new("w");
        assert_eq!(
            witness.file(Location::from(Path::new("journal.sqlite"))),
            witness.file(Location::from(here.join("journal.sqlite")))
        );
        assert_ne!(
            witness.file(Path::new("journal.sqlite")),
            witness.file(Path::new("other.sqlite"))
        );
    }

    #[test]
    fn the_witness_is_kept_outside_the_journals_folder() {
        // Deleting the app's data folder must not delete what this computer knows of its
        // journal.
        let (Some(journal), Some(witness)) = (crate::default_location(), crate::witness_location())
        else {
            return;
        };
        let data = journal.parent().unwrap();
        assert!(!witness.starts_with(data), "{}", witness.display());
        assert!(witness.ends_with(Path::new(crate::APP_IDENTIFIER).join("journal-witness")));
    }
}
