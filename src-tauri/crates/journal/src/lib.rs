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
//! - The journal is append-only: in a SQLite file (the default, `sqlite`) or the team's
//!   register on PostgreSQL (`postgres`), triggers refuse UPDATE and DELETE of events; the
//!   rest of the crate does not know which backend it has (`db`).
//! - Every event is chained: its hash is the SHA-256 of the previous event's hash and its own
//!   canonical JSON (RFC 8785, `jcs`; docs/journal-format.md), so an edited, deleted or re-ordered event is found by [`Journal::verify`];
//!   a removed tail is found against a head kept elsewhere (an archive's manifest.json).
//! - Every journal has an identity (128 random bits) bound into its chain, and its last known
//!   head (identity, events, last hash) is kept outside it after every write by the desk
//!   (`witness`): a journal that is gone, shorter, another one or rewritten is found.
//! - It holds no personal data beyond the names the officer typed (reference, whose data,
//!   recipient), never a token, never the contents of test records.
//! - No Tauri: the desktop app and the `act-export` command share it.

pub mod case;
mod chain;
pub mod clock;
pub mod csv;
mod db;
pub mod due;
pub mod error;
pub mod event;
pub mod jcs;
pub mod location;
mod postgres;
mod sqlite;
pub mod store;
pub mod tls;
pub mod witness;

pub use case::{team_rules, Case, Folding, Review, Status, TeamRules};
pub use clock::{Clock, FixedClock, SystemClock};
pub use due::{due_date, parse_date, LocalDate};
pub use error::JournalError;
pub use event::{Channel, EventKind, Recorded, Right};
pub use location::{Address, Location};
pub use postgres::SCHEMA as REGISTER_SCHEMA;
pub use store::{
    Beginning, Copied, Explained, Finding, Head, Identity, Journal, Problem, Verification,
};
pub use tls::{Checked, Protection, SslMode};
pub use witness::{Witness, Witnessed};

/// The desktop app's identifier (tauri.conf.json): its data folder is named after it.
pub const APP_IDENTIFIER: &str = "org.actexport.desktop";

/// The journal's file in the data folder `data_dir` (`journal.sqlite`).
pub fn path_in(data_dir: &std::path::Path) -> std::path::PathBuf {
    store::default_path(data_dir)
}

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

/// Where the desktop app and the command line keep the journal's witness (`witness`): a folder
/// `journal-witness` in the app's folder for settings, which is not the journal's data
/// folder, so that deleting the one leaves the other (Linux:
/// `~/.config/org.actexport.desktop/journal-witness`; macOS, where settings and data share
/// Application Support: `~/Library/Preferences/org.actexport.desktop/journal-witness`;
/// Windows, where they share the roaming AppData:
/// `%LOCALAPPDATA%\org.actexport.desktop\journal-witness`).
pub fn witness_location() -> Option<std::path::PathBuf> {
    let data = dirs::data_dir();
    [
        dirs::config_dir(),
        dirs::preference_dir(),
        dirs::data_local_dir(),
    ]
    .into_iter()
    .flatten()
    .find(|dir| Some(dir) != data.as_ref())
    .or_else(dirs::config_dir)
    .map(|dir| dir.join(APP_IDENTIFIER).join("journal-witness"))
}
