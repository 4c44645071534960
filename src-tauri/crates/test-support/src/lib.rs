//! # act-test-support: what the workspace's test binaries share
//!
//! Only ever a dev-dependency. It starts sample servers, gives the quick retry policy tests
//! use, reads archives, mounts a tmpfs (a full disk, a read-only folder), waits for conditions
//! and makes a journal refuse events; starts a private PostgreSQL cluster (`postgres`).
//!
//! Tests do not depend on how fast the machine is: they wait for a condition (the sample
//! server's own state: [`act_sample_server::Controls::held`], a file that appears...), never
//! for a time, and every wait has a deadline only a hang reaches ([`HANG`]).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::future::Future;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use act_api::{ApiToken, AppRef, BaseUrl, RetryPolicy};
use act_engine::{AppScope, ExportOptions, ExportRequest, Scope};
use act_sample_server::{SampleServer, ServerConfig, SAMPLE_TOKEN};

pub mod postgres;

/// How long a test waits for a condition before it calls the wait a hang: far longer than
/// anything takes on a loaded machine, so that only a real hang reaches it.
pub const HANG: Duration = Duration::from_secs(120);

/// A sample server with the sample data, on free ports of 127.0.0.1.
pub async fn server() -> SampleServer {
    SampleServer::start(ServerConfig::default()).await.unwrap()
}

/// Quick retries, so that tests of giving up stay short: three attempts, 10 to 50 ms apart,
/// and a server's own delay (`Retry-After`) honoured up to 5 seconds.
pub fn quick_retries() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 3,
        base_delay: Duration::from_millis(10),
        max_delay: Duration::from_millis(50),
        max_server_delay: Duration::from_secs(5),
    }
}

/// Quick retries, so that tests of giving up stay short. The timeouts are the product's own
/// (a minute without bytes is a stall): a test that needs a stall caught sooner says so.
pub fn options() -> ExportOptions {
    ExportOptions {
        retry: quick_retries(),
        ..ExportOptions::default()
    }
}

/// An export of app number `app_index` of the sample data.
pub fn request(
    server: &SampleServer,
    app_index: usize,
    scope: Scope,
    destination: PathBuf,
) -> ExportRequest {
    let app = &server.dataset().apps[app_index];
    ExportRequest {
        base_url: BaseUrl::parse(&server.api_url()).unwrap(),
        token: ApiToken::new(SAMPLE_TOKEN),
        apps: vec![AppScope::new(
            AppRef {
                owner: app.owner.name.clone(),
                app: app.name.clone(),
            },
            scope,
        )],
        destination,
        options: options(),
        staging: None,
    }
}

/// The runs of one client (test series) of an app.
pub fn client_runs(server: &SampleServer, app_index: usize, series: &str) -> Vec<String> {
    server.dataset().apps[app_index]
        .runs
        .iter()
        .filter(|r| r.series == series)
        .map(|r| r.id.clone())
        .collect()
}

/// Every entry of the zip at `path`: name -> bytes (of an archive without a password).
pub fn read_zip(path: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut entry = zip.by_index(i).unwrap();
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes).unwrap();
            (entry.name().unwrap().to_string(), bytes)
        })
        .collect()
}

/// Every entry of the archive at `path` with its SHA-256, but the README (`README.html`, or its
/// name in the answer's language: no other entry has one of those names) and `manifest.json`
/// (they say when and how it was made): what two exports of the same data must have alike.
pub fn content(path: &Path) -> BTreeMap<String, String> {
    use act_engine::toplevel::{TopFile, MANIFEST};
    read_zip(path)
        .into_iter()
        .filter(|(name, _)| {
            name != MANIFEST && TopFile::named(name).is_none_or(|(file, _)| file != TopFile::Readme)
        })
        .map(|(name, bytes)| (name, sha256_hex(&bytes)))
        .collect()
}

/// The SHA-256 of `bytes`, lowercase hex, as the manifest and the journal write it.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(bytes))
}

/// Every file under `dir`, in no particular order (none when it is gone: temporary folders
/// vanish while watched).
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// Waits until `condition` holds, looking every 10 ms; panics ("timed out waiting until
/// `what`") only after [`HANG`].
pub async fn wait_for(what: &str, mut condition: impl FnMut() -> bool) {
    let deadline = Instant::now() + HANG;
    while !condition() {
        assert!(Instant::now() < deadline, "timed out waiting until {what}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// [`wait_for`] on a thread that is not async.
pub fn wait_for_blocking(what: &str, mut condition: impl FnMut() -> bool) {
    let deadline = Instant::now() + HANG;
    while !condition() {
        assert!(Instant::now() < deadline, "timed out waiting until {what}");
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Awaits `future` (e.g. `controls.held()`); panics ("timed out waiting until `what`") only
/// after [`HANG`].
pub async fn until<F: Future>(what: &str, future: F) -> F::Output {
    match tokio::time::timeout(HANG, future).await {
        Ok(output) => output,
        Err(_) => panic!("timed out waiting until {what}"),
    }
}

/// A tmpfs mounted for the test, unmounted when dropped; `None` (after saying so) where
/// mounting is not allowed. CI runs as root, where it must work.
pub struct Mount {
    pub path: PathBuf,
    _dir: tempfile::TempDir,
}

impl Mount {
    /// A tmpfs mounted with `options` (as `mount -o` takes them, e.g. `size=4m`).
    pub fn new(options: &str) -> Option<Mount> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("mnt");
        std::fs::create_dir(&path).unwrap();
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", options, "tmpfs"])
            .arg(&path)
            .output()
            .is_ok_and(|o| o.status.success());
        if !mounted {
            assert!(
                std::env::var("CI").is_err(),
                "CI runs as root and must be able to mount a tmpfs"
            );
            eprintln!("SKIPPED: cannot mount a tmpfs here (needs root)");
            return None;
        }
        Some(Mount { path, _dir: dir })
    }

    /// A disk of `size` (`4m`, `512k`): full once that much is written.
    pub fn small_disk(size: &str) -> Option<Mount> {
        Mount::new(&format!("size={size}"))
    }

    /// A folder nothing can be written in (root included).
    pub fn read_only() -> Option<Mount> {
        Mount::new("ro,size=1m")
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.path).status();
    }
}

/// A journal refusing events, made by [`refuse_events`].
#[derive(Debug)]
pub struct Refusal {
    journal: PathBuf,
}

/// Makes the journal at `journal` (created if missing) refuse to append events of the kinds
/// `kinds` (`export_completed`, `saved`...), as a journal on a full disk would, until
/// [`Refusal::allow`]; events of other kinds are appended as usual. Done with an SQL trigger,
/// since file permissions do not stop root.
///
/// A refusal lasts until it is ended: it cannot count the appends it refused, because the
/// journal appends each event in a transaction that the refusal rolls back, a count included.
pub fn refuse_events(journal: &Path, kinds: &[&str]) -> Refusal {
    drop(act_journal::Journal::open(journal).unwrap());
    let kinds: Vec<String> = kinds
        .iter()
        .map(|kind| format!("'{}'", kind.replace('\'', "''")))
        .collect();
    rusqlite::Connection::open(journal)
        .unwrap()
        .execute_batch(&format!(
            "CREATE TRIGGER test_refuses BEFORE INSERT ON events \
             WHEN NEW.kind IN ({}) \
             BEGIN SELECT RAISE(ABORT, 'the test refuses this event'); END;",
            kinds.join(", ")
        ))
        .unwrap();
    Refusal {
        journal: journal.to_path_buf(),
    }
}

impl Refusal {
    /// The journal appends every event again.
    pub fn allow(self) {
        allow_events(&self.journal);
    }
}

/// Ends the refusal [`refuse_events`] began on the journal at `journal` (for a test that does
/// not keep the [`Refusal`] at hand).
pub fn allow_events(journal: &Path) {
    rusqlite::Connection::open(journal)
        .unwrap()
        .execute_batch("DROP TRIGGER test_refuses;")
        .unwrap();
}

#[cfg(test)]
mod tests {
    use super::*;
    use act_journal::{EventKind, Journal};

    #[test]
    fn a_refusing_journal_refuses_only_those_kinds_until_allowed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.sqlite");
        let refusal = refuse_events(&path, &["note_added"]);
        let note = || EventKind::NoteAdded { note: "n".into() };
        let mut journal = Journal::open(&path).unwrap();
        let refused = journal.append(Some("DSR-1"), note()).unwrap_err();
        assert!(
            refused.to_string().contains("the test refuses this event"),
            "{refused}"
        );
        journal.append(Some("DSR-1"), EventKind::Closed {}).unwrap();
        refusal.allow();
        journal.append(Some("DSR-1"), note()).unwrap();
        let kinds: Vec<_> = journal
            .events()
            .unwrap()
            .into_iter()
            .map(|e| e.event.name())
            .collect();
        assert_eq!(kinds, ["closed", "note_added"]);
        assert!(journal.verify().unwrap().is_ok());
    }

    #[tokio::test]
    async fn waits_end_when_their_condition_holds() {
        let mut looked = 0;
        wait_for("looked three times", || {
            looked += 1;
            looked == 3
        })
        .await;
        assert_eq!(until("a ready future", async { 7 }).await, 7);
    }
}
