//! What the app remembers while it runs, and the only code that changes it.
//!
//! Everything lives behind one lock in [`AppState`], changed only through its methods: the
//! session, and the export slot (idle, one export running, or one finished archive waiting to
//! be saved). The lock is poison-tolerant: a panic elsewhere never makes Cancel or Disconnect
//! silently do nothing. Folders are removed outside the lock.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError, RwLock};

use std::sync::Arc;

use act_api::{ApiToken, BaseUrl, Pacer};
use act_sample_server::SampleServer;
use tokio_util::sync::CancellationToken;

use crate::cache::InstanceCache;
use crate::error::{AppError, Code};

/// The connection in use. The token lives here (and in the keychain if the user asked), never
/// in the webview after it was typed.
#[derive(Debug, Clone)]
pub struct Session {
    pub base_url: BaseUrl,
    pub token: ApiToken,
    pub sample: bool,
    /// One pace of API calls for everything this session does (App Center counts them all).
    pub pacer: Arc<Pacer>,
}

impl Session {
    /// The service, as unfinished exports remember it: the sample server's address changes at
    /// every start, so it is "sample data".
    pub fn service(&self) -> String {
        if self.sample {
            SAMPLE_SERVICE.to_string()
        } else {
            self.base_url.to_string()
        }
    }
}

/// What unfinished exports of the sample data name their service.
pub const SAMPLE_SERVICE: &str = "sample data";

/// A finished archive, kept in the private cache folder until it is saved and the user moves on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Archive {
    pub path: PathBuf,
    pub file_name: String,
    pub saved_to: Option<PathBuf>,
    /// Its SHA-256 (the journal records it when the archive is saved or dragged out).
    pub sha256: String,
    /// The request it answers (`None`: an export without a request).
    pub reference: Option<String>,
    /// Its password, while the archive waits here (never stored, never shown in `Debug`): a
    /// delivery's note of how the password was sent must not contain it.
    pub password: Option<act_engine::Password>,
}

#[derive(Debug)]
enum Slot {
    Idle,
    Running { id: u64, cancel: CancellationToken },
    Ready { archive: Archive, folder: PathBuf },
}

#[derive(Debug)]
struct Inner {
    session: Option<Session>,
    slot: Slot,
}

/// The app's state, managed by Tauri and handed to the plain functions.
pub struct AppState {
    inner: Mutex<Inner>,
    /// The built-in sample server, started on the first "Try with sample data".
    pub(crate) sample: tokio::sync::Mutex<Option<SampleServer>>,
    cache: InstanceCache,
    /// Where exports stage their work (in the app's data folder: it survives a crash and a
    /// restart, so that an unfinished export can continue).
    unfinished: PathBuf,
    /// The officer's desk: the request journal (the file shared with the command line, or the
    /// team's register) and the rules.
    desk: RwLock<act_desk::Desk>,
    /// The journal file on this computer (the desk's, unless it keeps the team's register).
    journal_file: PathBuf,
    /// The officer's settings.
    settings: PathBuf,
    /// The pace of API calls, shared with `act-export` (one state file per service and token).
    pace: PathBuf,
    /// The operating system's locale when the app started ("de-DE"), which the app's language
    /// follows unless the officer chose one.
    system_locale: Option<String>,
    next_id: AtomicU64,
}

/// A running export's claim on the export slot. Finish it with [`ExportTicket::finish`];
/// dropped unfinished (the export failed or was cancelled), it frees the slot and removes the
/// export's folder.
pub struct ExportTicket<'a> {
    state: &'a AppState,
    id: u64,
    /// Cancels this export.
    pub cancel: CancellationToken,
    /// The export's private folder (the archive is written here).
    pub folder: PathBuf,
    /// The session the export runs with.
    pub session: Session,
    /// Handed to the slot: dropping the ticket then changes nothing.
    done: bool,
}

fn remove_folder(folder: &Path) {
    let _ = std::fs::remove_dir_all(folder);
}

impl AppState {
    /// The state of a copy of the app whose private cache is `cache`, whose data folder
    /// (unfinished exports, the journal, settings) is `data`, and which keeps the journal's
    /// last known head in `witness` (another folder than `data`:
    /// [`act_journal::witness_location`]).
    pub fn new(cache: InstanceCache, data: &Path, witness: &Path) -> AppState {
        AppState::with_clock(cache, data, witness, Arc::new(act_desk::SystemClock))
    }

    /// [`AppState::new`] on `clock` (tests fix "today").
    pub fn with_clock(
        cache: InstanceCache,
        data: &Path,
        witness: &Path,
        clock: Arc<dyn act_desk::Clock>,
    ) -> AppState {
        AppState {
            inner: Mutex::new(Inner {
                session: None,
                slot: Slot::Idle,
            }),
            sample: tokio::sync::Mutex::new(None),
            cache,
            unfinished: data.join("unfinished"),
            desk: RwLock::new(act_desk::Desk::with_clock(
                act_journal::path_in(data),
                witness,
                clock,
            )),
            journal_file: act_journal::path_in(data),
            settings: data.join("settings.json"),
            pace: data.join(act_api::PACE_FOLDER),
            system_locale: sys_locale::get_locale(),
            next_id: AtomicU64::new(1),
        }
    }

    /// This state as if the operating system's locale were `locale` (tests).
    pub fn with_system_locale(mut self, locale: Option<&str>) -> AppState {
        self.system_locale = locale.map(str::to_string);
        self
    }

    /// The operating system's locale when the app started, if it has one.
    pub fn system_locale(&self) -> Option<&str> {
        self.system_locale.as_deref()
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// This copy's private cache folder.
    pub fn cache_dir(&self) -> &Path {
        self.cache.dir()
    }

    /// Where exports stage their work, one folder each.
    pub fn unfinished_dir(&self) -> &Path {
        &self.unfinished
    }

    /// The request journal's file on this computer (the desk keeps it unless the officer
    /// chose the team's register).
    pub fn journal_path(&self) -> &Path {
        &self.journal_file
    }

    /// The officer's actions on requests and exports, over the journal in use.
    /// Reads the Requests screen's list on a thread of its own, so that the screen's first
    /// call finds it read and reads only what was written since (on a large register, reading
    /// every event takes a few hundred milliseconds: docs/benchmarks.md). What goes wrong is
    /// left for that call to say.
    pub fn warm_list(&self) -> std::thread::JoinHandle<()> {
        let desk = self.desk();
        std::thread::spawn(move || {
            if let Err(error) = desk.overview() {
                tracing::debug!(%error, "the list could not be read ahead");
            }
        })
    }

    pub fn desk(&self) -> act_desk::Desk {
        self.desk
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// From now on, the desk keeps the journal at `location` (the team's register, or the file
    /// on this computer), with the same witness and clock.
    pub fn use_journal(&self, location: act_journal::Location) {
        let mut desk = self.desk.write().unwrap_or_else(PoisonError::into_inner);
        *desk = desk.at(location);
    }

    /// The settings file.
    pub fn settings_path(&self) -> &Path {
        &self.settings
    }

    /// Where the pace of API calls is shared with the user's other processes (`act-export`).
    pub fn pace_dir(&self) -> &Path {
        &self.pace
    }

    pub(crate) fn set_session(&self, session: Session) {
        self.lock().session = Some(session);
    }

    /// The connection in use.
    pub fn session(&self) -> Result<Session, AppError> {
        self.lock()
            .session
            .clone()
            .ok_or_else(|| AppError::new(Code::NotConnected, "Connect to App Center first."))
    }

    /// Claims the export slot for a new export, or refuses while one runs. A finished archive
    /// that is still waiting is deleted first (the user started another export).
    pub fn begin_export(&self) -> Result<ExportTicket<'_>, AppError> {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let folder = self.cache.dir().join(format!("export-{id}"));
        let (session, cancel, old) = {
            let mut inner = self.lock();
            if matches!(inner.slot, Slot::Running { .. }) {
                return Err(AppError::new(
                    Code::ExportRunning,
                    "An export is already running. Wait for it to finish, or cancel it first.",
                ));
            }
            let session = inner
                .session
                .clone()
                .ok_or_else(|| AppError::new(Code::NotConnected, "Connect to App Center first."))?;
            let cancel = CancellationToken::new();
            let old = std::mem::replace(
                &mut inner.slot,
                Slot::Running {
                    id,
                    cancel: cancel.clone(),
                },
            );
            (session, cancel, old)
        };
        if let Slot::Ready { folder, .. } = old {
            remove_folder(&folder);
        }
        let ticket = ExportTicket {
            state: self,
            id,
            cancel,
            folder,
            session,
            done: false,
        };
        std::fs::create_dir(&ticket.folder).map_err(|e| {
            AppError::new(
                Code::Cache,
                format!("The app's cache folder cannot be used: {e}"),
            )
        })?;
        Ok(ticket)
    }

    /// Stops the running export, if any.
    pub fn cancel_export(&self) {
        if let Slot::Running { cancel, .. } = &self.lock().slot {
            cancel.cancel();
        }
    }

    /// True while an export runs.
    pub fn exporting(&self) -> bool {
        matches!(self.lock().slot, Slot::Running { .. })
    }

    /// The finished archive waiting to be saved.
    pub fn archive(&self) -> Result<Archive, AppError> {
        match &self.lock().slot {
            Slot::Ready { archive, .. } => Ok(archive.clone()),
            _ => Err(AppError::new(
                Code::NoArchive,
                "There is no finished export to save. Export again.",
            )),
        }
    }

    /// Remembers where `archive` was saved (unless it was discarded meanwhile).
    pub fn mark_saved(&self, archive: &Archive, to: &Path) {
        if let Slot::Ready {
            archive: current, ..
        } = &mut self.lock().slot
        {
            if current.path == archive.path {
                current.saved_to = Some(to.to_path_buf());
            }
        }
    }

    /// Deletes the waiting archive (it holds personal data), if any; a running export goes on.
    pub fn discard_archive(&self) {
        let folder = {
            let mut inner = self.lock();
            match std::mem::replace(&mut inner.slot, Slot::Idle) {
                Slot::Ready { folder, .. } => Some(folder),
                running => {
                    inner.slot = running;
                    None
                }
            }
        };
        if let Some(folder) = folder {
            remove_folder(&folder);
        }
    }

    /// Ends the session: a running export is cancelled (its folder goes when it stops) and a
    /// waiting archive is deleted. The token is forgotten by the app, not by the keychain.
    pub fn disconnect(&self) {
        let old = {
            let mut inner = self.lock();
            inner.session = None;
            std::mem::replace(&mut inner.slot, Slot::Idle)
        };
        match old {
            Slot::Running { cancel, .. } => cancel.cancel(),
            Slot::Ready { folder, .. } => remove_folder(&folder),
            Slot::Idle => {}
        }
    }

    /// When the app closes: delete this copy's cache folder (finished, unsaved archives). A
    /// running export is not cancelled: it ends with the app, and its staging folder lets it
    /// continue at the next start.
    pub fn shut_down(&self) {
        self.cache.clear();
    }
}

impl ExportTicket<'_> {
    /// Hands the finished archive to the slot. Fails (and deletes it) when the export was
    /// cancelled from elsewhere meanwhile (Disconnect).
    pub fn finish(mut self, mut archive: Archive) -> Result<Archive, AppError> {
        archive.saved_to = None;
        {
            let mut inner = self.state.lock();
            if matches!(&inner.slot, Slot::Running { id, .. } if *id == self.id) {
                inner.slot = Slot::Ready {
                    archive: archive.clone(),
                    folder: self.folder.clone(),
                };
                self.done = true;
                return Ok(archive);
            }
        }
        // Dropping `self` removes the folder.
        Err(AppError::new(
            Code::Cancelled,
            "The export was stopped; nothing was saved.",
        ))
    }
}

impl Drop for ExportTicket<'_> {
    fn drop(&mut self) {
        if self.done {
            return;
        }
        {
            let mut inner = self.state.lock();
            if matches!(&inner.slot, Slot::Running { id, .. } if *id == self.id) {
                inner.slot = Slot::Idle;
            }
        }
        remove_folder(&self.folder);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> (tempfile::TempDir, AppState) {
        let root = tempfile::tempdir().unwrap();
        let state = AppState::new(
            InstanceCache::claim(root.path()).unwrap(),
            root.path(),
            &root.path().join("witness"),
        );
        state.set_session(Session {
            base_url: BaseUrl::parse("http://127.0.0.1:9").unwrap(),
            token: ApiToken::new("t"),
            sample: true,
            pacer: Arc::new(Pacer::new(act_api::RateLimit::default())),
        });
        (root, state)
    }

    fn archive(path: PathBuf) -> Archive {
        Archive {
            file_name: "a.zip".into(),
            path,
            saved_to: None,
            sha256: "00".into(),
            reference: None,
            password: None,
        }
    }

    #[test]
    fn a_second_export_is_refused_while_one_runs_and_the_first_keeps_its_slot() {
        let (_root, state) = state();
        let first = state.begin_export().unwrap();
        let refused = state.begin_export().err().unwrap();
        assert_eq!(refused.code, Code::ExportRunning);
        assert!(!first.cancel.is_cancelled());
        let path = first.folder.join("a.zip");
        std::fs::write(&path, b"zip").unwrap();
        let archive = first.finish(archive(path.clone())).unwrap();
        assert_eq!(state.archive().unwrap(), archive);
        assert!(path.exists());
    }

    #[test]
    fn cancel_works_after_a_panic_poisoned_the_lock() {
        let (_root, state) = state();
        let ticket = state.begin_export().unwrap();
        std::thread::scope(|s| {
            let _ = s
                .spawn(|| {
                    let _guard = state.inner.lock();
                    panic!("a command panicked while holding the lock");
                })
                .join();
        });
        assert!(state.inner.is_poisoned());
        state.cancel_export();
        assert!(ticket.cancel.is_cancelled());
    }

    #[test]
    fn disconnect_cancels_the_export_and_its_archive_never_lands() {
        let (_root, state) = state();
        let ticket = state.begin_export().unwrap();
        let folder = ticket.folder.clone();
        state.disconnect();
        assert!(ticket.cancel.is_cancelled());
        assert_eq!(state.session().err().unwrap().code, Code::NotConnected);
        let path = folder.join("a.zip");
        std::fs::write(&path, b"zip").unwrap();
        let late = ticket.finish(archive(path)).err().unwrap();
        assert_eq!(late.code, Code::Cancelled);
        assert!(!folder.exists(), "the late archive is deleted");
        assert_eq!(state.archive().err().unwrap().code, Code::NoArchive);
    }

    #[test]
    fn a_failed_export_frees_the_slot_and_leaves_nothing() {
        let (_root, state) = state();
        let ticket = state.begin_export().unwrap();
        let folder = ticket.folder.clone();
        drop(ticket);
        assert!(!folder.exists());
        assert!(!state.exporting());
        state.begin_export().unwrap();
    }

    #[test]
    fn a_new_export_deletes_the_waiting_archive_and_saving_is_remembered() {
        let (_root, state) = state();
        let ticket = state.begin_export().unwrap();
        let folder = ticket.folder.clone();
        let archive = ticket.finish(archive(folder.join("a.zip"))).unwrap();
        state.mark_saved(&archive, Path::new("/saved/a.zip"));
        assert_eq!(
            state.archive().unwrap().saved_to.as_deref(),
            Some(Path::new("/saved/a.zip"))
        );
        let _next = state.begin_export().unwrap();
        assert!(!folder.exists());
    }
}
