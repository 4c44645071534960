//! Everything the page and the shell say to each other, in one place: each type the page
//! receives (the answers of the commands, the progress on the channel) and each it sends (the
//! forms). The engine's and the journal's types never reach the page as they are: each has its
//! page-side shape here, so that a change in a crate below cannot change what the page reads
//! without a snapshot changing (`tests/shell/page.rs` pins every type sent, as JSON). Errors
//! have their own shape and table (`error.rs`, the one module of the shell this one imports).

use act_engine::lang::Lang;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

// ---- The app and the connection ----------------------------------------------------------

/// Name and version, as shown in the window's footer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AppInfo {
    pub name: &'static str,
    pub version: &'static str,
}

/// The page's words: the language the app speaks to the officer and its messages (Project
/// Fluent sources, formatted by the page).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AppWords {
    /// The language the app speaks (ISO 639-1).
    pub lang: String,
    /// What the officer chose: `"system"` or a language's code.
    pub choice: String,
    /// The operating system's language, as the app takes it ("en" when it is none of ours).
    pub system: String,
    pub sources: Vec<&'static str>,
}

/// Who is connected, for the greeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Greeting {
    pub display_name: String,
    pub base_url: String,
    pub sample: bool,
    /// The token is now saved in the OS keychain.
    pub remembered: bool,
    /// Why "Remember" did not work, when it did not.
    pub remember_problem: Option<String>,
}

/// An app, as the app list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AppRow {
    pub owner: String,
    pub name: String,
    pub display_name: String,
    pub owner_display_name: String,
    pub os: String,
}

// ---- An export ---------------------------------------------------------------------------

/// One app of an export and what of it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct AskApp {
    pub owner: String,
    pub app: String,
    /// `None`: the entire app.
    pub run_ids: Option<Vec<String>>,
}

impl AskApp {
    pub(crate) fn scope(self) -> act_engine::AppScope {
        act_engine::AppScope::new(
            act_api::AppRef {
                owner: self.owner,
                app: self.app,
            },
            act_engine::Scope::from_runs(self.run_ids),
        )
    }
}

/// What to export: the given runs of one or more apps (or all of an app's runs), for whom,
/// for which request, with which password. (No `Debug`: it may hold a password.)
#[derive(Clone, serde::Deserialize)]
pub struct ExportAsk {
    /// The apps, each with its runs (one archive for all of them).
    pub apps: Vec<AskApp>,
    pub subject: Option<String>,
    /// The request it answers (`None`: an export without a request, journaled all the same).
    pub reference: Option<String>,
    /// Protects the archive (AES-256); never stored.
    #[serde(default)]
    pub password: Option<String>,
}

/// What the Done screen shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportDone {
    pub file_name: String,
    pub runs: usize,
    /// The apps the runs are of, with the runs of each.
    pub each_app: Vec<AppRuns>,
    pub files: usize,
    pub missing_files: usize,
    pub bytes: u64,
    pub sha256: String,
    pub excluded_records: u64,
    /// It continued an export begun earlier (then, in words).
    pub resumed_from: Option<String>,
    /// An unfinished export of the same runs was not continued as it was, and why, in words
    /// (it was begun with another account, or another password).
    pub begun_anew: Option<String>,
    /// The request it answers (`None`: an export without a request).
    pub reference: Option<String>,
    /// Protected with a password.
    pub protected: bool,
    /// The archive is complete, but the journal could not record that it was made (why; the
    /// UI's error table words it).
    pub journal_problem: Option<AppError>,
}

/// An export that did not finish, as the app offers to continue it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnfinishedRow {
    /// Names it for `resume_export` and `discard_unfinished`.
    pub key: String,
    pub owner: String,
    pub app: String,
    pub app_name: String,
    pub runs: usize,
    /// When it began, in words.
    pub started: String,
    pub files_done: usize,
    pub files_planned: usize,
    pub subject: Option<String>,
    /// The service it reads: an address, or "sample data".
    pub service: String,
    pub sample: bool,
    /// The session in use reads that service: it can continue now.
    pub can_resume: bool,
    /// The request it answers.
    pub reference: Option<String>,
    /// It was protected with a password: continuing it needs the password again.
    pub protected: bool,
    /// It is running now elsewhere (in words: which program): neither continued nor thrown
    /// away from here meanwhile.
    pub in_use_by: Option<String>,
}

/// Where the archive went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Saved {
    pub path: String,
    /// The archive is saved, but the journal could not record it (why; the UI's error table
    /// words it).
    pub journal_problem: Option<AppError>,
}

/// How strong a typed password is, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Strength {
    pub bits: u32,
    /// "too_short", "weak", "fair" or "strong".
    pub level: &'static str,
    pub words: String,
}

// ---- The requests --------------------------------------------------------------------------

/// An archive saved from the app for a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CopyRow {
    pub path: String,
    /// When it was saved, in words.
    pub saved: String,
    pub age_days: i64,
    /// The file is still there.
    pub exists: bool,
    /// Older than the reminder setting (only a copy on this computer is reminded of).
    pub old: bool,
    /// The computer it was saved on, when another one (the team's register lists every
    /// officer's copies): it is not looked for, reminded of or deleted here.
    pub elsewhere: Option<String>,
}

/// A request as the screens show it, on `today`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseRow {
    pub reference: String,
    pub subject: String,
    pub right: Right,
    pub right_words: String,
    pub received: String,
    pub received_words: String,
    pub due: String,
    pub due_words: String,
    pub days_left: i64,
    /// "12 days left", "overdue by 3 days", "answered on time"...
    pub standing: String,
    pub overdue: bool,
    pub status: Status,
    pub status_words: String,
    pub extension_months: u8,
    /// "Extended by 2 months; the requester was told on 3 December 2026: ..."
    pub extension: Option<String>,
    pub answered: Option<String>,
    pub exports: u32,
    pub notes: Vec<String>,
    /// The local copies not deleted yet.
    pub copies: Vec<CopyRow>,
    /// Its last export from the app was protected with a password: offer it again.
    pub protect: bool,
    /// The officer it is assigned to (`None`: nobody yet).
    pub assignee: Option<String>,
    /// The language of the answer (ISO 639-1: "fr"), and its name in itself ("Français").
    pub language: String,
    pub language_name: String,
}

/// One line of a request's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventRow {
    pub seq: u64,
    pub at: String,
    pub what: String,
    /// Who wrote it, as the team's register recorded it (`None`: the journal on this computer).
    pub by: Option<String>,
}

/// A request with its history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseDetail {
    pub case: CaseRow,
    pub events: Vec<EventRow>,
    /// Where its last archive stands with the second pair of eyes (`None`: no finished export,
    /// or the team does not ask for approval and nobody reviewed it).
    pub approval: Option<ApprovalView>,
}

/// A request's last archive and the second pair of eyes, as its page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApprovalView {
    /// "Waiting for approval by another officer than ben (who exported it).", "Approved for
    /// delivery.", "Sent back, not to be delivered: ..."
    pub words: String,
    /// Its delivery may be recorded.
    pub approved: bool,
    /// The officer looking may approve it or send it back (another than its exporter, and
    /// nobody did yet).
    pub can_review: bool,
    /// What the requester will receive, without the data: the archive's letter and ledger
    /// (`None`: an export of an earlier version, which recorded none).
    pub papers: Option<PapersView>,
}

/// An archive's letter and ledger, as the reviewer reads them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PapersView {
    /// The cover letter (empty: the archive has none), and its language (ISO 639-1).
    pub letter: Vec<LetterPart>,
    pub lang: String,
    /// Each app's account.
    pub ledger: Vec<LedgerApp>,
}

/// One app's account in the ledger.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LedgerApp {
    /// "Checkout (contoso/checkout)".
    pub app: String,
    /// "3 test runs and 7 downloaded files".
    pub in_the_archive: String,
    /// Each kind of export record: received, in the archive, left out and why.
    pub records: Vec<LedgerRecords>,
    /// What App Center named that is not in the archive (files, links), in sentences.
    pub not_included: Vec<String>,
}

/// One kind of export record in the ledger.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LedgerRecords {
    pub endpoint: String,
    pub received: u64,
    pub kept: u64,
    /// "28 records of other test runs", or "none".
    pub left_out: String,
}

/// The reviewer's view of an archive's papers.
pub fn papers_view(papers: act_engine::papers::Papers, officer: Lang) -> PapersView {
    PapersView {
        lang: papers.lang.code().to_string(),
        letter: letter_parts(papers.letter),
        ledger: papers
            .apps
            .iter()
            .map(|app| LedgerApp {
                app: format!("{} ({})", app.name, app.app),
                in_the_archive: app.in_the_archive(officer),
                records: app
                    .records
                    .iter()
                    .map(|r| LedgerRecords {
                        endpoint: r.endpoint.clone(),
                        received: r.received,
                        kept: r.kept,
                        left_out: r.left_out_in_words(officer),
                    })
                    .collect(),
                not_included: app.not_included(officer),
            })
            .collect(),
    }
}

/// A local copy the reminder points out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OldCopy {
    pub reference: String,
    pub path: String,
    pub age_days: i64,
}

/// The Requests screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RequestsView {
    pub cases: Vec<CaseRow>,
    pub remind_after_days: u32,
    /// Copies older than the setting, still on this computer.
    pub old_copies: Vec<OldCopy>,
    /// Where the journal is.
    pub journal: JournalPlace,
    /// The officers requests can be given to (those the journal knows, the officer first).
    pub officers: Vec<String>,
    /// The team has another officer approve each archive before it is delivered.
    pub approval_required: bool,
    /// Today, in words.
    pub today: String,
}

/// Where the record of requests is kept: the journal on this computer, or the team's register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JournalPlace {
    /// The team's register (PostgreSQL) rather than the file on this computer.
    pub shared: bool,
    /// In words: the file's path, or `database "register" on db.example.org`.
    pub shown: String,
    /// The register's address without its password (`None`: the file).
    pub address: Option<String>,
    /// The register's database and server (`None`: the file).
    pub database: Option<String>,
    pub server: Option<String>,
    /// Who the officer is to the journal: their login on the register, or this computer's user.
    pub officer: String,
    /// How the connection to the register is protected, as the server saw it: `local` (its
    /// socket on this computer), `plain`, `unchecked` (encrypted, the certificate not checked),
    /// `authority` (encrypted, signed by the named authority, the name not checked), `checked`
    /// (`None`: the file).
    pub protection: Option<String>,
}

/// "Use the team's register": its address, and a password if the address holds none.
/// (No `Debug`: it holds a password.)
#[derive(Clone, Deserialize)]
pub struct RegisterAsk {
    pub address: String,
    #[serde(default)]
    pub password: Option<String>,
    /// Keep the password in the computer's keychain (else it is asked again at the next start).
    #[serde(default)]
    pub remember: bool,
}

/// What "Check the journal" found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JournalCheck {
    pub intact: bool,
    pub events: u64,
    /// The last event's checksum, when intact.
    pub head: Option<String>,
    /// What does not match, in a sentence: for `changed`, the first event that does not match
    /// and why ("Event 4 was changed after it was written."); for the others, the journal's
    /// state ("The journal is missing: it had 12 events when...").
    pub problem: Option<String>,
    /// What kind of problem: `changed` (inside the chain), `missing`, `shorter`, `replaced`
    /// or `rewritten`.
    pub finding: Option<act_journal::Finding>,
}

/// A new request, as the form gives it.
#[derive(Debug, Clone, Deserialize)]
pub struct NewRequest {
    pub reference: String,
    pub subject: String,
    pub right: Right,
    /// YYYY-MM-DD.
    pub received: String,
    /// The language of the answer (ISO 639-1; `None`: English).
    #[serde(default)]
    pub language: Option<String>,
}

/// A delivery, as the form gives it.
#[derive(Debug, Clone, Deserialize)]
pub struct Delivery {
    pub channel: Channel,
    pub recipient: String,
    /// YYYY-MM-DD.
    pub on: String,
    pub password_sent: Option<String>,
}

// ---- The cover letter ----------------------------------------------------------------------

/// What the letter's preview is about: the selection on the runs screen.
#[derive(Debug, Clone, Deserialize)]
pub struct PreviewAsk {
    pub reference: Option<String>,
    pub subject: Option<String>,
    /// The apps chosen (at least one), each with its runs.
    pub apps: Vec<PreviewApp>,
}

/// An app of the preview.
#[derive(Debug, Clone, Deserialize)]
pub struct PreviewApp {
    pub name: String,
    /// `owner/app`.
    pub slug: String,
    /// `None`: the entire app.
    pub runs: Option<usize>,
}

// ---- Mirrors of the crates' types --------------------------------------------------------

/// A test run, as the runs screen lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RunRow {
    pub id: String,
    pub date: String,
    pub test_series: String,
    pub app_version: String,
    pub platform: String,
    pub result: String,
}

/// The page's row of the engine's run.
pub fn run_row(run: &act_engine::readme::RunRow) -> RunRow {
    RunRow {
        id: run.id.clone(),
        date: run.date.clone(),
        test_series: run.test_series.clone(),
        app_version: run.app_version.clone(),
        platform: run.platform.clone(),
        result: run.result.clone(),
    }
}

/// How many test runs of one app an archive holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AppRuns {
    pub owner: String,
    pub app: String,
    pub display_name: String,
    pub runs: usize,
}

/// The page's count of the engine's.
pub fn app_runs(apps: &act_engine::AppRuns) -> AppRuns {
    AppRuns {
        owner: apps.owner.clone(),
        app: apps.app.clone(),
        display_name: apps.display_name.clone(),
        runs: apps.runs,
    }
}

/// Where an export is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    ListingRuns,
    ReadingRuns,
    ReadingExportRecords,
    ReadingAccountData,
    Downloading,
    Writing,
    Done,
}

/// Why a call is tried again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RetryReason {
    RateLimited,
    ServerError { status: u16 },
    Network,
}

/// The last retry, for "the server asked us to slow down".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RetryNote {
    pub reason: RetryReason,
    pub wait_seconds: u64,
    pub attempt: u32,
    pub max_attempts: u32,
}

/// One progress report, as the export screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Progress {
    pub phase: Phase,
    pub items_done: u64,
    pub items_total: u64,
    pub bytes_done: u64,
    pub bytes_total: Option<u64>,
    pub bytes_archived: u64,
    pub current: Option<String>,
    /// In an export of several apps, the app being read.
    pub app: Option<String>,
    pub retries: u32,
    pub last_retry: Option<RetryNote>,
    /// Calls wait this many seconds to stay within the service's request limit.
    pub pacing_seconds: Option<u64>,
}

/// The page's report of the engine's progress.
pub fn progress(p: &act_engine::Progress) -> Progress {
    use act_engine::Phase as P;
    Progress {
        phase: match p.phase {
            P::ListingRuns => Phase::ListingRuns,
            P::ReadingRuns => Phase::ReadingRuns,
            P::ReadingExportRecords => Phase::ReadingExportRecords,
            P::ReadingAccountData => Phase::ReadingAccountData,
            P::Downloading => Phase::Downloading,
            P::Writing => Phase::Writing,
            P::Done => Phase::Done,
        },
        items_done: p.items_done,
        items_total: p.items_total,
        bytes_done: p.bytes_done,
        bytes_total: p.bytes_total,
        bytes_archived: p.bytes_archived,
        current: p.current.clone(),
        app: p.app.clone(),
        retries: p.retries,
        last_retry: p.last_retry.as_ref().map(|r| RetryNote {
            reason: match r.reason {
                act_api::RetryReason::RateLimited => RetryReason::RateLimited,
                act_api::RetryReason::ServerError { status } => RetryReason::ServerError { status },
                act_api::RetryReason::Network => RetryReason::Network,
            },
            wait_seconds: r.wait_seconds,
            attempt: r.attempt,
            max_attempts: r.max_attempts,
        }),
        pacing_seconds: p.pacing_seconds,
    }
}

/// The right a request exercises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Right {
    Access,
    Portability,
}

impl From<act_journal::Right> for Right {
    fn from(right: act_journal::Right) -> Right {
        match right {
            act_journal::Right::Access => Right::Access,
            act_journal::Right::Portability => Right::Portability,
        }
    }
}

impl From<Right> for act_journal::Right {
    fn from(right: Right) -> act_journal::Right {
        match right {
            Right::Access => act_journal::Right::Access,
            Right::Portability => act_journal::Right::Portability,
        }
    }
}

/// Where a request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Open,
    Answered,
    Closed,
}

impl From<act_journal::Status> for Status {
    fn from(status: act_journal::Status) -> Status {
        match status {
            act_journal::Status::Open => Status::Open,
            act_journal::Status::Answered => Status::Answered,
            act_journal::Status::Closed => Status::Closed,
        }
    }
}

/// How an answer reached the requester.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Email,
    Portal,
    Post,
    Other,
}

impl From<Channel> for act_journal::Channel {
    fn from(channel: Channel) -> act_journal::Channel {
        match channel {
            Channel::Email => act_journal::Channel::Email,
            Channel::Portal => act_journal::Channel::Portal,
            Channel::Post => act_journal::Channel::Post,
            Channel::Other => act_journal::Channel::Other,
        }
    }
}

/// The organisation's details for the cover letter, as the form shows and sends them (fields
/// left out take the suggested texts).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    pub controller: String,
    pub contact: String,
    pub dpo: String,
    pub purposes: String,
    pub categories: String,
    pub recipients: String,
    pub retention: String,
    pub source: String,
    pub automated_decisions: String,
    pub transfers: String,
    pub authority: String,
    pub signature: String,
}

impl Default for Profile {
    fn default() -> Profile {
        profile(&act_engine::letter::ControllerProfile::default())
    }
}

/// The page's form of the engine's profile.
pub fn profile(p: &act_engine::letter::ControllerProfile) -> Profile {
    Profile {
        controller: p.controller.clone(),
        contact: p.contact.clone(),
        dpo: p.dpo.clone(),
        purposes: p.purposes.clone(),
        categories: p.categories.clone(),
        recipients: p.recipients.clone(),
        retention: p.retention.clone(),
        source: p.source.clone(),
        automated_decisions: p.automated_decisions.clone(),
        transfers: p.transfers.clone(),
        authority: p.authority.clone(),
        signature: p.signature.clone(),
    }
}

impl From<Profile> for act_engine::letter::ControllerProfile {
    fn from(p: Profile) -> act_engine::letter::ControllerProfile {
        act_engine::letter::ControllerProfile {
            controller: p.controller,
            contact: p.contact,
            dpo: p.dpo,
            purposes: p.purposes,
            categories: p.categories,
            recipients: p.recipients,
            retention: p.retention,
            source: p.source,
            automated_decisions: p.automated_decisions,
            transfers: p.transfers,
            authority: p.authority,
            signature: p.signature,
        }
    }
}

/// The letter's preview: its language (ISO 639-1) and its pieces.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LetterPreview {
    pub lang: String,
    pub parts: Vec<LetterPart>,
}

/// One piece of the letter's preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LetterPart {
    Heading { text: String },
    Paragraph { text: String },
    Item { term: String, text: String },
}

/// The page's pieces of the engine's letter.
pub fn letter_parts(parts: Vec<act_engine::letter::Part>) -> Vec<LetterPart> {
    use act_engine::letter::Part;
    parts
        .into_iter()
        .map(|part| match part {
            Part::Heading { text } => LetterPart::Heading { text },
            Part::Paragraph { text } => LetterPart::Paragraph { text },
            Part::Item { term, text } => LetterPart::Item { term, text },
        })
        .collect()
}
