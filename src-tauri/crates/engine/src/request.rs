//! What an export is asked to do, and what it made. It imports only what a request carries
//! (the cover letter, the password).

use std::path::PathBuf;

use std::sync::Arc;

use act_api::{ApiToken, AppRef, BaseUrl, Pacer, RateLimit, RetryPolicy};
use serde::Serialize;

/// The manifest's format identifier. Version 2 added the reconciliation ledger; version 3
/// holds one section per app (`apps`), each with its runs and reconciliation.
pub const MANIFEST_FORMAT: &str = "act-export-manifest/3";

/// What to export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Scope {
    /// These test runs (a client's share of a shared app).
    Runs { run_ids: Vec<String> },
    /// Every test run and record of the app.
    WholeApp,
}

impl Scope {
    /// These runs, or (`None`) the whole app: how the command line, the app and the staging
    /// folder write a scope.
    pub fn from_runs(run_ids: Option<Vec<String>>) -> Scope {
        match run_ids {
            Some(run_ids) => Scope::Runs { run_ids },
            None => Scope::WholeApp,
        }
    }

    /// The runs, or `None` for the whole app ([`Scope::from_runs`] the other way round).
    pub fn into_runs(self) -> Option<Vec<String>> {
        match self {
            Scope::Runs { run_ids } => Some(run_ids),
            Scope::WholeApp => None,
        }
    }
}

/// How apps are told apart: App Center's owner and app names ignore case.
pub(crate) fn app_key(app: &AppRef) -> (String, String) {
    (app.owner.to_lowercase(), app.app.to_lowercase())
}

/// One app of a request and what of it to export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AppScope {
    pub app: AppRef,
    pub scope: Scope,
}

impl AppScope {
    pub fn new(app: AppRef, scope: Scope) -> AppScope {
        AppScope { app, scope }
    }
}

/// The apps of a request, each once: an app named twice (its names compare without regard to
/// case, as App Center's do) is one app with the runs of both, or the whole app if either
/// asks for it. They come sorted by owner and name.
pub fn merge_apps(apps: Vec<AppScope>) -> Vec<AppScope> {
    let mut merged: Vec<AppScope> = Vec::new();
    for part in apps {
        let same = merged
            .iter_mut()
            .find(|m| app_key(&m.app) == app_key(&part.app));
        match same {
            None => merged.push(part),
            Some(m) => {
                m.scope = match (std::mem::replace(&mut m.scope, Scope::WholeApp), part.scope) {
                    (Scope::Runs { mut run_ids }, Scope::Runs { run_ids: more }) => {
                        run_ids.extend(more);
                        Scope::Runs { run_ids }
                    }
                    _ => Scope::WholeApp,
                }
            }
        }
    }
    // One order whatever order they were chosen in: the same request is the same archive (and
    // an unfinished export of it continues).
    merged.sort_by_key(|m| app_key(&m.app));
    merged
}

/// How to export.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    /// The most requests and downloads in flight at once. Downloads adapt below it to what
    /// the link gives (starting at 16); API calls run up to this many at once, paced by
    /// `rate_limit`.
    pub parallelism: usize,
    /// Downloads exactly `parallelism` at once: no adapting (for measurements).
    pub steady: bool,
    /// The pace of API calls (App Center's documented 500 per 5 minutes by default).
    pub rate_limit: RateLimit,
    /// A pacer shared with other work against the same service (the app's other calls), so
    /// that they keep to one budget; `None`: a pacer of this export's own.
    pub pacer: Option<Arc<Pacer>>,
    /// Without `pacer`: the folder where the pace is shared with the user's other processes
    /// (`ClientConfig::pace_folder`); `None`: this export paces alone.
    pub pace_folder: Option<std::path::PathBuf>,
    /// Download the files the records point at (on by default).
    pub include_files: bool,
    /// Also export the token owner's own account-level data (off by default: it is not a
    /// client's data).
    pub include_account_data: bool,
    /// Whose data this is, for the README ("Contoso Ltd").
    pub subject: Option<String>,
    /// The language of the answer: the cover letter's, README.html's and HOW-TO-OPEN.txt's
    /// (their names too: [`crate::toplevel`]), recorded in manifest.json.
    pub lang: crate::lang::Lang,
    pub retry: RetryPolicy,
    /// Longest wait for more bytes of an answer.
    pub read_timeout: std::time::Duration,
    /// Longest wait for an answer to start.
    pub answer_timeout: std::time::Duration,
    /// The request journal's head when the export began (the request it answers was journaled):
    /// kept in manifest.json, so that the archive proves the state of the journal.
    pub journal_head: Option<JournalHead>,
    /// Protects every entry but `HOW-TO-OPEN.txt` with AES-256 (WinZip AE-2: the contents are
    /// encrypted, the entries' names, sizes and dates are not).
    pub password: Option<crate::Password>,
    /// Opens README.html with a cover letter to the requester (`None`: no letter).
    pub letter: Option<crate::letter::Letter>,
    /// The reference of the request the export answers (`None`: none), as the officer's
    /// record spells it. An unfinished export keeps it in its plan, so that continuing it
    /// answers the same request; the same runs for another request are another export.
    pub reference: Option<String>,
    /// How often a staged export checkpoints its zip (2 seconds by default): once this long
    /// has passed since the last checkpoint, the next entry written is followed by one, and a
    /// writer left waiting (the next file is slow to come) checkpoints what it wrote when the
    /// interval is up. So a checkpoint follows the last write within this interval.
    /// `Duration::ZERO` checkpoints after every entry (and every file's outcome); each
    /// checkpoint rewrites the central directory, whose size grows with the entries.
    pub checkpoint_every: std::time::Duration,
}

/// A request journal's last event: how many events it had and the last one's hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct JournalHead {
    pub events: u64,
    pub hash: String,
    /// The request's reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case: Option<String>,
    /// The journal's identity (absent in archives made before journals had one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

impl Default for ExportOptions {
    fn default() -> Self {
        let client = act_api::ClientConfig::default();
        ExportOptions {
            parallelism: 64,
            steady: false,
            rate_limit: RateLimit::default(),
            pacer: None,
            pace_folder: None,
            include_files: true,
            include_account_data: false,
            subject: None,
            lang: crate::lang::Lang::En,
            retry: RetryPolicy::default(),
            read_timeout: client.read_timeout,
            answer_timeout: client.answer_timeout,
            journal_head: None,
            password: None,
            letter: None,
            reference: None,
            checkpoint_every: std::time::Duration::from_secs(2),
        }
    }
}

/// One export.
#[derive(Debug)]
pub struct ExportRequest {
    pub base_url: BaseUrl,
    pub token: ApiToken,
    /// The apps and what of each (one archive; with more than one app, each app's data goes
    /// under `apps/{owner}/{app}/`).
    pub apps: Vec<AppScope>,
    /// The `.zip` to write. It appears only when complete.
    pub destination: PathBuf,
    pub options: ExportOptions,
    /// Where to stage the work so that it can be resumed (`None`: temporary files beside the
    /// destination, gone when the export ends whatever the outcome).
    pub staging: Option<Staging>,
}

/// Where and how an export stages its work (the folder itself: `staging.rs`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Staging {
    pub dir: PathBuf,
    /// The service the export reads, as the caller names it (its address, or "sample data"
    /// for a sample server whose address changes at every start).
    pub service: String,
    /// Throw an unfinished export in the folder away and start over.
    pub restart: bool,
    /// Only continue an unfinished export; fail when there is none.
    pub resume_only: bool,
}

impl ExportRequest {
    /// What can be told wrong with the request before anything is done: no apps, or an app
    /// whose runs are none. (The export checks it first; a host that journals its exports
    /// checks it before journaling the start.)
    pub fn check(&self) -> Result<(), crate::ExportError> {
        let nothing = |scope: &AppScope| matches!(&scope.scope, Scope::Runs { run_ids } if run_ids.is_empty());
        if self.apps.is_empty() || self.apps.iter().any(nothing) {
            return Err(crate::ExportError::NothingSelected);
        }
        Ok(())
    }
}

/// How many test runs of one app an archive holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AppRuns {
    pub owner: String,
    pub app: String,
    /// The app's name as App Center shows it.
    pub display_name: String,
    pub runs: usize,
}

/// "8 in FieldMate for Android, 5 in FieldMate for iOS".
pub fn runs_in_each(apps: &[AppRuns]) -> String {
    apps.iter()
        .map(|a| format!("{} in {}", a.runs, a.display_name))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What a finished export made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportSummary {
    pub path: PathBuf,
    /// Protected with a password (AES-256).
    pub protected: bool,
    /// The README's name in the archive, in the language of the answer (`README.html`,
    /// `LISEZMOI.html`...).
    pub readme: String,
    /// The archive's size.
    pub bytes: u64,
    /// The archive's SHA-256, lowercase hex.
    pub sha256: String,
    /// manifest.json's SHA-256, lowercase hex.
    pub manifest_sha256: String,
    pub runs: usize,
    /// The apps exported.
    pub apps: usize,
    /// The runs of each app, in the archive's order (by owner and name).
    pub each_app: Vec<AppRuns>,
    /// Downloaded files in the archive.
    pub files: usize,
    /// Files the service listed but no longer had.
    pub missing_files: usize,
    pub entries: usize,
    /// Records of other test runs (and records that could not be tied to any), only counted.
    pub excluded_records: u64,
    /// It continued an export an earlier run began (at this time, RFC 3339).
    pub resumed_from: Option<String>,
    /// What of an unfinished export was not continued, and why (it is said, never silent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub begun_anew: Option<BegunAnew>,
    /// The letter and the ledger as the archive gives them, without the data (for the journal,
    /// where another officer reviews the archive).
    #[serde(skip)]
    pub papers: crate::papers::Papers,
}

/// Why an unfinished export of the same runs was not continued as it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BegunAnew {
    /// It was begun with another App Center account: nothing of it was kept.
    OtherAccount,
    /// It was begun with another password: its archive was begun anew (downloads not yet in it
    /// were kept).
    OtherPassword,
}

impl BegunAnew {
    /// In words, for the officer.
    pub fn words(self) -> &'static str {
        match self {
            BegunAnew::OtherAccount => {
                "The unfinished export of these test runs was begun with another App Center \
                 account: nothing of it was kept, and the export was begun anew with this one."
            }
            BegunAnew::OtherPassword => {
                "The password is not the one the unfinished export was begun with: its archive \
                 was begun anew, and the files already in it were downloaded again."
            }
        }
    }
}
