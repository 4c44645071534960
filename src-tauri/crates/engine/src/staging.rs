//! Staging: an export works in a folder of its own, so that after a crash, a kill, a closed app
//! or a network loss that outlasts the retries, the same export continues where it stopped.
//!
//! ```text
//! plan.json         what is exported (the request's identity), a fingerprint of what the
//!                   service returned, and a summary for people ("8 runs of FieldMate...")
//! archive.partial   the zip being written
//! checkpoint.json   the entries the zip holds up to `cd_offset`, each file's outcome, and the
//! checkpoint.cd     zip's central directory at that point (so the prefix can be made a valid
//!                   zip again); written every few seconds
//! downloads/        files being downloaded (`N.part`) and how to continue them (`N.json`)
//! ```
//!
//! The folder is private (0700) and never holds the token. It is removed when the export
//! succeeds or is cancelled; any other failure leaves it to be resumed (or discarded).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use act_api::{AppRef, CallRecord};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::ExportError;
use crate::links::LinkId;
use crate::model::ManifestEntry;
use crate::plan::Plan;
use crate::request::{merge_apps, AppScope, BegunAnew, ExportRequest, Scope};

pub use crate::request::Staging;

/// The staging format.
const FORMAT: &str = "act-export-staging/1";
pub(crate) const PLAN: &str = "plan.json";
const CHECKPOINT: &str = "checkpoint.json";
const CENTRAL_DIRECTORY: &str = "checkpoint.cd";
/// The zip being written.
pub(crate) const PARTIAL: &str = "archive.partial";
/// Downloads in progress.
pub(crate) const DOWNLOADS: &str = "downloads";
/// Held (an OS file lock) by the one export working in the folder.
const LOCK: &str = "lock";
/// Who holds the lock, in words (a file of its own: Windows keeps others from reading a locked
/// file).
const HOLDER: &str = "lock-holder";

/// The one export working in a staging folder holds its lock (an OS file lock, released by the
/// system when the program ends however it ends): a second program, or a second export of the
/// same app, is told who holds it instead of appending to the same files or removing them.
#[derive(Debug)]
pub(crate) struct StagingLock {
    dir: PathBuf,
    file: Option<std::fs::File>,
}

impl StagingLock {
    /// Takes the lock of the staging folder `dir` (made, private, if missing).
    pub(crate) fn take(dir: &Path) -> Result<StagingLock, ExportError> {
        let io = |e| ExportError::io(dir, e);
        make_private_dir(dir).map_err(io)?;
        let file = private_file(&dir.join(LOCK), false).map_err(io)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                let holder = std::fs::read_to_string(dir.join(HOLDER))
                    .ok()
                    .filter(|h| !h.trim().is_empty())
                    .unwrap_or_else(|| "another ACT Export".to_string());
                return Err(ExportError::StagingBusy {
                    staging: dir.to_path_buf(),
                    holder: holder.trim().to_string(),
                });
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(io(e)),
        }
        let program = std::env::current_exe()
            .ok()
            .and_then(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "ACT Export".into());
        let since = time::OffsetDateTime::now_utc();
        let holder = format!(
            "{program} (process {}), since {:02}:{:02} UTC on {}",
            std::process::id(),
            since.hour(),
            since.minute(),
            since.date()
        );
        std::io::Write::write_all(
            &mut private_file(&dir.join(HOLDER), true).map_err(io)?,
            holder.as_bytes(),
        )
        .map_err(io)?;
        Ok(StagingLock {
            dir: dir.to_path_buf(),
            file: Some(file),
        })
    }

    /// Removes the folder and everything in it, lock included, and lets the lock go.
    pub(crate) async fn remove(mut self) {
        // Everything but the lock first, so that no other export begins here meanwhile.
        let dir = self.dir.clone();
        let cleared = tokio::task::spawn_blocking(move || clear(&dir, true)).await;
        if let Ok(Err(error)) = cleared {
            tracing::warn!(folder = %self.dir.display(), %error, "the staging folder could not be emptied at once");
        }
        // A file can be removed while it is open on Unix, not on Windows: there the lock goes
        // first.
        if cfg!(windows) {
            drop(self.file.take());
        }
        remove_patiently(&self.dir).await;
    }
}

impl Drop for StagingLock {
    /// Lets the lock go explicitly, not only by closing the file: the lock belongs to the
    /// file as opened, which a child process that another thread starts at that moment shares
    /// until it runs its program, so that closing this copy would leave the folder locked a
    /// little longer (and the next export of it was told that "another export is working").
    fn drop(&mut self) {
        if let Some(file) = &self.file {
            let _ = file.unlock();
        }
    }
}

/// Who works in the staging folder `dir` now, if anyone (it is looked at, never changed).
fn holder_of(dir: &Path) -> Option<String> {
    let file = std::fs::File::open(dir.join(LOCK)).ok()?;
    match file.try_lock_shared() {
        // Let go at once (see `StagingLock`'s drop), so that looking never blocks an export.
        Ok(()) => {
            let _ = file.unlock();
            None
        }
        Err(std::fs::TryLockError::WouldBlock) => Some(
            std::fs::read_to_string(dir.join(HOLDER))
                .ok()
                .map(|h| h.trim().to_string())
                .filter(|h| !h.is_empty())
                .unwrap_or_else(|| "another ACT Export".to_string()),
        ),
        _ => None,
    }
}

/// Removes what `dir` holds; with `keep_lock`, its lock and holder stay.
fn clear(dir: &Path, keep_lock: bool) -> std::io::Result<()> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name();
        if keep_lock && (name == LOCK || name == HOLDER) {
            continue;
        }
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            std::fs::remove_dir_all(&path)?;
        } else {
            std::fs::remove_file(&path)?;
        }
    }
    Ok(())
}

/// Makes `dir` (and its missing parents) private to the user from the start: 0700 on Unix (an
/// existing folder is narrowed to it); on Windows the user's profile folders are private.
pub(crate) fn make_private_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)?;
    }
    #[cfg(not(unix))]
    std::fs::create_dir_all(dir)?;
    private(dir)
}

/// Opens (creating, 0600 on Unix) the file at `path` for writing; `truncate` empties it.
pub(crate) fn private_file(path: &Path, truncate: bool) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options
        .read(true)
        .write(true)
        .create(true)
        .truncate(truncate);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// What an export is, for telling whether an unfinished one is the same.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    pub service: String,
    /// The first app (sorted by owner and name).
    pub app: AppRef,
    /// The selected runs' ids, trimmed, lower case, sorted; `None` for the whole app.
    pub runs: Option<Vec<String>>,
    /// The other apps of an export of several, in order (empty, and left out of `plan.json`
    /// and the key, for one app: an unfinished export of one app keeps its identity).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<AppIdentity>,
    pub subject: Option<String>,
    pub include_files: bool,
    pub include_account_data: bool,
    /// The request it answers, as the officer's record spells it (left out of `plan.json` and
    /// the key when there is none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// The App Center account it reads with (the user's id; left out of the key: the same
    /// export, the same folder, whoever runs it). Another account's run begins it anew.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
}

/// One more app of an export of several apps, for [`Identity`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppIdentity {
    pub app: AppRef,
    /// As [`Identity::runs`].
    pub runs: Option<Vec<String>>,
}

impl AppIdentity {
    fn of(scope: &AppScope) -> AppIdentity {
        let runs = match &scope.scope {
            Scope::WholeApp => None,
            Scope::Runs { run_ids } => {
                let mut ids: Vec<String> = run_ids
                    .iter()
                    .filter_map(|id| LinkId::from_text(id))
                    .map(|id| id.shown().to_ascii_lowercase())
                    .collect();
                ids.sort();
                ids.dedup();
                Some(ids)
            }
        };
        AppIdentity {
            app: scope.app.clone(),
            runs,
        }
    }

    /// The app and what of it, as a request takes it.
    pub fn scope(&self) -> AppScope {
        AppScope::new(self.app.clone(), Scope::from_runs(self.runs.clone()))
    }
}

impl Identity {
    /// The identity of `request` against `service`.
    pub fn of(request: &ExportRequest, service: &str) -> Identity {
        let mut apps = merge_apps(request.apps.clone())
            .iter()
            .map(AppIdentity::of)
            .collect::<Vec<_>>()
            .into_iter();
        let first = apps.next().unwrap_or(AppIdentity {
            app: AppRef {
                owner: String::new(),
                app: String::new(),
            },
            runs: Some(Vec::new()),
        });
        Identity {
            service: service.to_string(),
            app: first.app,
            runs: first.runs,
            also: apps.collect(),
            subject: request.options.subject.clone(),
            include_files: request.options.include_files,
            include_account_data: request.options.include_account_data,
            reference: request.options.reference.clone(),
            account: None,
        }
    }

    /// This identity, read with the App Center account `account` (its user's id).
    pub fn with_account(mut self, account: Option<String>) -> Identity {
        self.account = account;
        self
    }

    /// Every app and what of it, in order.
    fn each(&self) -> Vec<AppIdentity> {
        std::iter::once(AppIdentity {
            app: self.app.clone(),
            runs: self.runs.clone(),
        })
        .chain(self.also.iter().cloned())
        .collect()
    }

    /// Every app and what of it, in order, as a request takes them.
    pub fn apps(&self) -> Vec<AppScope> {
        self.each().iter().map(AppIdentity::scope).collect()
    }

    /// A short name for this export's staging folder: the same export, the same name (its
    /// request's reference compared as the officer's record compares it: without regard to
    /// case or surrounding spaces).
    pub fn key(&self) -> String {
        let mut named = self.clone();
        named.reference = named.reference.map(|r| r.trim().to_lowercase());
        named.account = None;
        let text = serde_json::to_vec(&named).unwrap_or_default();
        crate::hashing::sha256_bytes(&text)[..16].to_string()
    }

    /// What differs from `other`, in words.
    fn differences(&self, other: &Identity) -> String {
        let mut what = Vec::new();
        if self.service != other.service {
            what.push(format!("another service ({})", other.service));
        }
        let apps = |i: &Identity| -> Vec<AppRef> { i.each().into_iter().map(|a| a.app).collect() };
        if apps(self) != apps(other) {
            let theirs: Vec<String> = apps(other).iter().map(ToString::to_string).collect();
            what.push(match theirs.as_slice() {
                [one] => format!("another app ({one})"),
                _ => format!("other apps ({})", theirs.join(", ")),
            });
        } else if self.runs != other.runs || self.also != other.also {
            what.push(match (&other.runs, other.also.is_empty()) {
                (None, true) => "the whole app".to_string(),
                (Some(runs), true) => format!("other test runs ({})", runs.len()),
                (_, false) => "other test runs".to_string(),
            });
        }
        if self.subject != other.subject {
            what.push("another \"whose data\"".into());
        }
        if self.reference != other.reference {
            what.push(match &other.reference {
                Some(reference) => format!("another request ({reference})"),
                None => "no request".to_string(),
            });
        }
        if (self.include_files, self.include_account_data)
            != (other.include_files, other.include_account_data)
        {
            what.push("other options".into());
        }
        what.join(", ")
    }
}

/// An unfinished export, as a person would recognise it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unfinished {
    pub identity: Identity,
    /// The app's name as App Center shows it.
    pub app_name: String,
    pub runs: usize,
    /// When it began (RFC 3339).
    pub started_at: String,
    pub files_planned: usize,
    /// Files that were archived (or found missing) when it stopped.
    pub files_done: usize,
    /// The archive is protected with a password (never the password): continuing it needs the
    /// password again.
    #[serde(default)]
    pub protected: bool,
    /// An export is working in it now (who, in words): it is not to be continued or thrown
    /// away from elsewhere meanwhile.
    #[serde(skip)]
    pub in_use_by: Option<String>,
    /// The staging folder.
    #[serde(skip)]
    pub dir: PathBuf,
}

#[derive(Debug, Serialize, Deserialize)]
struct PlanFile {
    format: String,
    tool_version: String,
    unfinished: Unfinished,
    fingerprint: String,
}

/// A file's outcome as a checkpoint keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub(crate) enum SavedOutcome {
    Archived,
    SameContent { path: String },
    Missing { status: Option<u16> },
}

/// What the zip held at a checkpoint.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct Checkpoint {
    /// Where the central directory starts: the zip's entries end here.
    pub cd_offset: u64,
    /// SHA-256 of `checkpoint.cd`.
    pub cd_sha256: String,
    /// The entries written before `cd_offset`, with sizes and checksums.
    pub entries: Vec<ManifestEntry>,
    /// Planned files by index whose outcome is known (archived ones among `entries`).
    pub outcomes: BTreeMap<usize, SavedOutcome>,
    /// The calls made by the runs before this one.
    pub calls: Vec<CallRecord>,
}

/// The staging folder of a running export.
#[derive(Debug)]
pub(crate) struct StagingDir {
    pub dir: PathBuf,
}

/// What an earlier run left to continue.
#[derive(Debug)]
pub(crate) struct Earlier {
    pub fingerprint: String,
    pub started_at: String,
    pub checkpoint: Option<(Checkpoint, Vec<u8>)>,
}

#[cfg(unix)]
fn private(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
}

#[cfg(not(unix))]
fn private(_: &Path) -> std::io::Result<()> {
    Ok(())
}

/// Writes `bytes` to `path` through a temporary file, synced, renamed.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let folder = path.parent().unwrap_or(Path::new("."));
    let mut temp = tempfile::NamedTempFile::new_in(folder)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    crate::durable::replace_with(temp, path)
}

fn read_json<T: for<'de> Deserialize<'de>>(path: &Path) -> Option<T> {
    let bytes = std::fs::read(path).ok()?;
    serde_json::from_slice(&bytes).ok()
}

impl StagingDir {
    /// Opens the staging folder for `identity`: what an earlier run of the same export left, or
    /// a fresh start. An earlier run of another export is an error unless `restart`.
    pub(crate) fn open(
        staging: &Staging,
        identity: &Identity,
        protected: bool,
    ) -> Result<(StagingDir, Option<Earlier>, Option<BegunAnew>), ExportError> {
        let dir = staging.dir.clone();
        let io = |e| ExportError::io(&dir, e);
        let mut earlier: Option<PlanFile> = read_json(&dir.join(PLAN));
        let mut begun_anew = None;
        // The same export read with another account: what it holds is that account's, and
        // nothing of it may go into this one's archive. Begun anew, and said so.
        if let Some(plan) = &earlier {
            let same_but_account = plan
                .unfinished
                .identity
                .clone()
                .with_account(identity.account.clone())
                == *identity;
            if plan.format == FORMAT
                && same_but_account
                && plan.unfinished.identity.account != identity.account
                && !staging.restart
            {
                clear(&dir, true).map_err(io)?;
                earlier = None;
                begun_anew = Some(BegunAnew::OtherAccount);
            }
        }
        if staging.restart {
            clear(&dir, true).map_err(io)?;
        } else if let Some(plan) = &earlier {
            if plan.format != FORMAT || plan.unfinished.identity != *identity {
                return Err(ExportError::UnfinishedDiffers {
                    staging: dir.clone(),
                    what: if plan.format == FORMAT {
                        identity.differences(&plan.unfinished.identity)
                    } else {
                        "a format this version cannot read".into()
                    },
                });
            }
            // Continued without its password, the rest would be written unprotected.
            if plan.unfinished.protected && !protected {
                return Err(ExportError::PasswordNeeded {
                    staging: dir.clone(),
                });
            }
        }
        let earlier = earlier.filter(|_| !staging.restart);
        if earlier.is_none() && staging.resume_only {
            return Err(ExportError::NothingToResume { staging: dir });
        }
        if earlier.is_none() {
            // Whatever a run that never got as far as its plan left: not to be continued.
            clear(&dir, true).map_err(io)?;
        }
        make_private_dir(&dir.join(DOWNLOADS)).map_err(io)?;
        let staged = StagingDir { dir: dir.clone() };
        let earlier = earlier.map(|plan| {
            let checkpoint = staged.checkpoint();
            Earlier {
                fingerprint: plan.fingerprint,
                started_at: plan.unfinished.started_at,
                checkpoint,
            }
        });
        Ok((staged, earlier, begun_anew))
    }

    /// The last checkpoint, when its central directory is intact.
    fn checkpoint(&self) -> Option<(Checkpoint, Vec<u8>)> {
        let checkpoint: Checkpoint = read_json(&self.dir.join(CHECKPOINT))?;
        let cd = std::fs::read(self.dir.join(CENTRAL_DIRECTORY)).ok()?;
        (crate::hashing::sha256_bytes(&cd) == checkpoint.cd_sha256).then_some((checkpoint, cd))
    }

    /// Records what is exported and what the service returned, before anything is written.
    pub(crate) fn write_plan(
        &self,
        unfinished: &Unfinished,
        fingerprint: &str,
    ) -> Result<(), ExportError> {
        let plan = PlanFile {
            format: FORMAT.into(),
            tool_version: env!("CARGO_PKG_VERSION").into(),
            unfinished: unfinished.clone(),
            fingerprint: fingerprint.into(),
        };
        let bytes =
            serde_json::to_vec_pretty(&plan).map_err(|e| ExportError::io(&self.dir, e.into()))?;
        write_atomically(&self.dir.join(PLAN), &bytes).map_err(|e| ExportError::io(&self.dir, e))
    }

    /// Records a checkpoint of the zip (the central directory first, then what it covers).
    pub(crate) fn write_checkpoint(
        &self,
        checkpoint: &Checkpoint,
        central_directory: &[u8],
    ) -> std::io::Result<()> {
        write_atomically(&self.dir.join(CENTRAL_DIRECTORY), central_directory)?;
        let bytes = serde_json::to_vec(checkpoint).map_err(std::io::Error::other)?;
        write_atomically(&self.dir.join(CHECKPOINT), &bytes)?;
        // Keep the plan's count of finished files current, for "resume" offers.
        if let Some(mut plan) = read_json::<PlanFile>(&self.dir.join(PLAN)) {
            plan.unfinished.files_done = checkpoint.outcomes.len();
            if let Ok(bytes) = serde_json::to_vec_pretty(&plan) {
                write_atomically(&self.dir.join(PLAN), &bytes)?;
            }
        }
        Ok(())
    }
}

/// The unfinished exports in the staging folders under `root` (one folder each).
pub fn unfinished(root: &Path) -> Vec<Unfinished> {
    let Ok(entries) = std::fs::read_dir(root) else {
        return Vec::new();
    };
    let mut found: Vec<Unfinished> = entries
        .flatten()
        .filter_map(|e| {
            let plan: PlanFile = read_json(&e.path().join(PLAN))?;
            (plan.format == FORMAT).then(|| Unfinished {
                in_use_by: holder_of(&e.path()),
                dir: e.path(),
                ..plan.unfinished
            })
        })
        .collect();
    found.sort_by(|a, b| a.started_at.cmp(&b.started_at));
    found
}

/// Throws an unfinished export away: removes its staging folder (it holds personal data),
/// unless an export is working in it (then the error says who).
pub fn discard(dir: &Path) -> std::io::Result<()> {
    if !dir.exists() {
        return Ok(());
    }
    let lock = match StagingLock::take(dir) {
        Ok(lock) => lock,
        Err(ExportError::StagingBusy { holder, .. }) => {
            return Err(std::io::Error::new(
                std::io::ErrorKind::ResourceBusy,
                format!("it is in use by {holder}"),
            ))
        }
        Err(error) => return Err(std::io::Error::other(error.to_string())),
    };
    clear(dir, true)?;
    drop(lock);
    remove_folder(dir)
}

/// Removes `dir` and what it holds, trying again a while on any failure (a file still open
/// for a moment, on Windows) but a folder already gone.
fn remove_folder(dir: &Path) -> std::io::Result<()> {
    let removed = crate::durable::patiently(
        dir,
        |e| e.kind() != std::io::ErrorKind::NotFound,
        |_| std::fs::remove_dir_all(dir),
    );
    match removed {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        done => done,
    }
}

/// [`remove_folder`], on the blocking pool, logging a folder that cannot be removed.
pub(crate) async fn remove_patiently(dir: &Path) {
    let owned = dir.to_path_buf();
    let removed = tokio::task::spawn_blocking(move || remove_folder(&owned)).await;
    match removed {
        Ok(Ok(())) => {}
        Ok(Err(error)) => tracing::error!(
            folder = %dir.display(),
            %error,
            "an export's staging folder (personal data) could not be removed: remove it by hand"
        ),
        Err(error) => {
            tracing::error!(folder = %dir.display(), %error, "removing the staging folder stopped")
        }
    }
}

/// A JSON value with every web address in it cut before its query string (pre-signed links
/// are signed anew at every read; the rest must be what it was).
fn without_queries(value: &Value) -> Value {
    match value {
        Value::String(s) if s.contains("://") || s.starts_with("//") => {
            let cut = s.find(['?', '#']).map_or(s.as_str(), |i| &s[..i]);
            Value::String(cut.to_string())
        }
        Value::Array(items) => Value::Array(items.iter().map(without_queries).collect()),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), without_queries(v)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// A fingerprint of what the service returned, as far as the archive's content depends on it:
/// the runs and reports, the kept records and their rules, the counts left out, and the files
/// planned. Pre-signed links' query strings are left out. Also says which parts there are, to
/// tell what changed.
/// With several apps, each app's parts are named with its `label`.
pub(crate) fn fingerprint_of(plans: &[(String, &Plan)]) -> String {
    let several = plans.len() > 1;
    let parts: Vec<(String, String)> = plans
        .iter()
        .flat_map(|(label, plan)| {
            fingerprint_parts(plan).into_iter().map(move |(name, sha)| {
                let name = if several {
                    format!("{name} of {label}")
                } else {
                    name
                };
                (name, sha)
            })
        })
        .collect();
    let joined: Vec<String> = parts
        .iter()
        .map(|(name, sha)| format!("{name}={sha}"))
        .collect();
    joined.join(";")
}

fn fingerprint_parts(plan: &Plan) -> Vec<(String, String)> {
    let sha = |v: &Value| {
        crate::hashing::sha256_bytes(&serde_json::to_vec(&without_queries(v)).unwrap_or_default())
    };
    let mut parts = Vec::new();
    let runs: Vec<Value> = plan
        .runs
        .iter()
        .map(|r| serde_json::json!([r.input.id, r.input.run, r.input.report]))
        .chain(plan.listings.iter().map(|(l, _)| l.clone()))
        .collect();
    parts.push(("the app's test runs".to_string(), sha(&Value::Array(runs))));
    for (source, scoped) in &plan.scoped {
        let kept: Vec<Value> = scoped
            .kept
            .iter()
            .map(|k| serde_json::json!([k.record, k.rule.to_string()]))
            .collect();
        let excluded: BTreeMap<String, u64> = scoped
            .excluded
            .iter()
            .map(|(why, n)| (why.to_string(), *n))
            .collect();
        parts.push((
            format!("the {source} records"),
            sha(&serde_json::json!([kept, excluded])),
        ));
    }
    let files: Vec<Value> = plan
        .files
        .files
        .iter()
        .map(|f| serde_json::json!([f.path, f.kind, act_api::strip_query(&f.url)]))
        .collect();
    parts.push(("the files".to_string(), sha(&Value::Array(files))));
    parts
}

/// What differs between two fingerprints, in words.
pub(crate) fn changed(before: &str, now: &str) -> String {
    let split = |f: &str| -> BTreeMap<String, String> {
        f.split(';')
            .filter_map(|p| p.split_once('='))
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    };
    let (before, now) = (split(before), split(now));
    let mut names: Vec<&String> = before.keys().chain(now.keys()).collect();
    names.sort();
    names.dedup();
    let differ: Vec<&str> = names
        .into_iter()
        .filter(|n| before.get(*n) != now.get(*n))
        .map(String::as_str)
        .collect();
    differ.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_lock_let_go_is_free_although_a_copy_of_its_file_is_still_open() {
        let root = tempfile::tempdir().unwrap();
        let lock = StagingLock::take(root.path()).unwrap();
        // What a child process started by another thread holds until it runs its program.
        let inherited = lock.file.as_ref().unwrap().try_clone().unwrap();
        drop(lock);
        let again = StagingLock::take(root.path());
        assert!(again.is_ok(), "{again:?}");
        drop(inherited);
    }

    #[test]
    fn addresses_lose_only_their_queries() {
        let value = json!({"a": "https://s/x.apk?sig=1&se=2", "b": "//s/y?z", "c": "plain ? text",
            "d": [ "http://h/p#frag" ], "e": 5});
        assert_eq!(
            without_queries(&value),
            json!({"a": "https://s/x.apk", "b": "//s/y", "c": "plain ? text", "d": ["http://h/p"], "e": 5})
        );
    }

    #[test]
    fn an_unfinished_export_is_listed_until_discarded() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("abc");
        std::fs::create_dir_all(&dir).unwrap();
        let staged = StagingDir { dir: dir.clone() };
        let unfinished = Unfinished {
            identity: Identity {
                service: "http://127.0.0.1:9".into(),
                app: AppRef::parse("o/a").unwrap(),
                runs: Some(vec!["r1".into()]),
                also: Vec::new(),
                subject: None,
                include_files: true,
                include_account_data: false,
                reference: Some("DSR-7".into()),
                account: Some("a-user-id".into()),
            },
            app_name: "A".into(),
            runs: 1,
            started_at: "2026-11-27T23:01:00Z".into(),
            files_planned: 3,
            files_done: 0,
            protected: true,
            in_use_by: None,
            dir: dir.clone(),
        };
        staged.write_plan(&unfinished, "x=1").unwrap();
        let listed = super::unfinished(root.path());
        assert_eq!(listed, vec![unfinished]);
        discard(&dir).unwrap();
        assert!(super::unfinished(root.path()).is_empty());
    }

    #[test]
    fn changes_are_named() {
        assert_eq!(changed("a=1;b=2;c=3", "a=1;b=9;c=3"), "b");
        assert_eq!(changed("a=1", "a=1;d=4"), "d");
        assert_eq!(changed("a=1", "a=1"), "");
    }
}
