//! # act-engine: one client's complete, verifiable archive
//!
//! [`export`] lists an app's test runs (for each app of the request), reads the selected runs
//! and their reports, follows the Test export resource list, keeps only the records that
//! belong to the selection
//! ([`scope`]: the linking rules of the contract README, applied strictly), downloads every
//! file those records and reports reference, each once, and writes one zip:
//!
//! - `README.html`: the archive in plain words, offline, every service value escaped (named,
//!   like `HOW-TO-OPEN.txt` in a protected archive, in the language of the answer:
//!   [`toplevel`]);
//! - `manifest.json`: format, tool, time, API, app, scope, every API call, the per-endpoint
//!   counts of left-out records, files missing at source, and every other entry's path, size
//!   and SHA-256;
//! - `data/`: the records as the server sent them; `files/`: the downloaded files under safe
//!   names ([`names`]); with several apps, each app's under `apps/{owner}/{app}/`.
//!
//! Requests and downloads run `parallelism` at a time; downloads stream through temporary
//! files into the archive, so memory stays flat. Progress is reported at most ten times a
//! second. Cancelling stops within a second. The archive is written beside the destination and
//! renamed into place only when complete; on failure or cancel nothing is left behind.
//!
//! [`verify`] re-reads an archive and checks every entry against the manifest.

mod ae2;
mod archive;
mod collect;
pub mod dates;
mod download;
mod durable;
mod error;
mod export;
pub mod files;
mod gate;
mod hashing;
mod html;
pub mod lang;
pub mod ledger;
pub mod letter;
pub mod links;
mod manifest;
pub mod messages;
mod model;
pub mod names;
pub mod papers;
pub mod password;
pub mod plan;
pub mod progress;
pub mod readme;
mod refresh;
mod request;
pub mod scope;
pub mod staging;
mod text;
pub mod toplevel;
mod verify;
mod words;

pub use collect::NotFollowed;
pub use durable::save_copy;
pub use error::{DestinationProblem, ExportError, ExportFailure, StepFailure};
pub use export::export;
pub use model::ManifestEntry;
pub use password::{Password, PasswordProblem};
pub use progress::{Phase, Progress, ProgressSink, RetryNote};
pub use request::{
    merge_apps, runs_in_each, AppRuns, AppScope, BegunAnew, ExportOptions, ExportRequest,
    ExportSummary, JournalHead, Scope, Staging, MANIFEST_FORMAT,
};
pub use staging::{Identity, Unfinished};
pub use verify::{
    journal_head, journal_head_with, verify, verify_with, EntryProblem, VerifyError, VerifyReport,
    MAX_MANIFEST_BYTES,
};
