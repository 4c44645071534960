//! ACT Export's record of each data-subject request, kept on this computer.
//!
//! A **case** is one request (a reference, whose data, which right, when it was received). Its
//! **due date** follows GDPR Art. 12(3) (`due`): one month, extendable by two further months.
//! Everything that happens to a case is an **event** in the journal (`store`): opened,
//! extended, export started, completed, failed, cancelled, saved, delivered, local copy
//! deleted, closed. Cases are never stored apart from their events: a case is what its events
//! say (`case`).
//!
//! Invariants:
//! - The journal is append-only: SQLite triggers refuse UPDATE and DELETE of events.
//! - Every event is chained: its hash is the SHA-256 of the previous event's hash and its own
//!   canonical JSON, so an edited, deleted or re-ordered event is found by [`Journal::verify`];
//!   a removed tail is found against a head kept elsewhere (an archive's manifest.json).
//! - It holds no personal data beyond the names the officer typed (reference, whose data,
//!   recipient), never a token, never the contents of test records.
//! - No Tauri: the desktop app and the `act-export` command share it.

pub mod case;
pub mod clock;
pub mod csv;
pub mod due;
pub mod error;
pub mod event;
pub mod store;

pub use case::{Case, Status};
pub use clock::{Clock, FixedClock, SystemClock};
pub use due::{due_date, parse_date, LocalDate};
pub use error::JournalError;
pub use event::{Channel, EventKind, Right};
pub use store::{Head, Journal, Problem, Recorded, Verification};

/// The desktop app's identifier (tauri.conf.json): its data folder is named after it.
pub const APP_IDENTIFIER: &str = "org.actexport.desktop";

/// The desktop app's data folder, where the command line finds what the app keeps (Linux:
/// `~/.local/share/org.actexport.desktop`; macOS:
/// `~/Library/Application Support/org.actexport.desktop`; Windows:
/// `%APPDATA%\org.actexport.desktop`).
pub fn app_data_folder() -> Option<std::path::PathBuf> {
    dirs::data_dir().map(|d| d.join(APP_IDENTIFIER))
}

/// Where the desktop app keeps the journal, so that the command line finds the same one:
/// `journal.sqlite` in the app's data folder ([`app_data_folder`]).
pub fn default_location() -> Option<std::path::PathBuf> {
    app_data_folder().map(|d| store::default_path(&d))
}
