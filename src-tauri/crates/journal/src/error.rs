//! What can go wrong with the journal, with what was being done.

/// A journal error. Each says what to do next in its message.
#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    /// The journal file could not be opened, read or written.
    #[error("the journal at {path} could not be {doing}: {source}")]
    Storage {
        path: String,
        doing: &'static str,
        #[source]
        source: rusqlite::Error,
    },
    /// The team's register (PostgreSQL) could not be reached, read or written; `why` says
    /// what to do in words (server unreachable, password, permission...).
    #[error("the team's register ({shown}) could not be {doing}: {why}")]
    Register {
        shown: String,
        doing: &'static str,
        why: String,
    },
    /// The journal's folder could not be made.
    #[error("the journal's folder {path} could not be made: {source}")]
    Folder {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// The journal's file could not be made (or opened to be made private).
    #[error("the journal at {path} could not be made: {source}")]
    File {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// The operating system gave no random numbers for a new journal's identity.
    #[error(
        "the journal's identity could not be made: this computer gave no random numbers ({0})"
    )]
    NoRandom(String),
    /// The record of the journal's last known state (its witness) could not be read or
    /// written.
    #[error("this computer's record of the journal ({path}) could not be read or written: {why}")]
    Witness { path: String, why: String },
    /// The journal was written by a newer ACT Export.
    #[error("the journal was written by a newer version of ACT Export (format {found}); use that version")]
    TooNew { found: i64 },
    #[error("\"{0}\" is not a date: write it as YYYY-MM-DD, for example 2026-11-27")]
    BadDate(String),
    #[error("there is already a request with the reference \"{0}\": choose another reference")]
    DuplicateCase(String),
    #[error("there is no request with the reference \"{0}\": `act-export case list` shows them")]
    NoSuchCase(String),
    /// Another officer wrote to the journal after it was read for a decision (a delivery
    /// checked against the request's approval): read it again and decide again.
    #[error(
        "another officer wrote to the request at the same moment: look at it again and try again"
    )]
    WrittenSince,
    /// Something the officer gave does not fit (the message says what).
    #[error("{0}")]
    Invalid(String),
}

impl JournalError {
    /// A stable code for the error (the app's error table and the CLI's exit statuses).
    pub fn code(&self) -> &'static str {
        match self {
            JournalError::Storage { .. }
            | JournalError::Folder { .. }
            | JournalError::File { .. }
            | JournalError::NoRandom(_)
            | JournalError::Witness { .. } => "journal_storage",
            JournalError::Register { .. } => "register_unavailable",
            JournalError::TooNew { .. } => "journal_too_new",
            JournalError::BadDate(_) | JournalError::Invalid(_) => "invalid_input",
            JournalError::DuplicateCase(_) => "case_exists",
            JournalError::NoSuchCase(_) => "case_not_found",
            JournalError::WrittenSince => "journal_moved",
        }
    }
}
