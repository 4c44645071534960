//! The one error shape the webview sees: `{code, message, detail}`. `ui/js/errors.js` decides
//! how each code is shown (a test holds the two lists equal); `detail` is the technical text
//! behind "Show details" (never the token: no error type can contain it).

use act_api::{ApiError, ErrorKind};
use act_desk::{DeskError, Rule};
use act_engine::{DestinationProblem, ExportError, ExportFailure};
use act_journal::JournalError;
use std::collections::BTreeMap;

use serde::{Serialize, Serializer};

/// Declares [`Code`] with its wire names and the list of all of them, from one table.
macro_rules! codes {
    ($($(#[$doc:meta])* $variant:ident = $wire:literal,)*) => {
        /// Every error code the app sends to the webview, snake_case on the wire.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Code {
            $($(#[$doc])* $variant,)*
        }

        impl Code {
            /// Every code, in declaration order.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The code as the webview receives it.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $wire,)*
                }
            }
        }
    };
}

codes! {
    // What the API client reports (`act_api::ErrorKind`).
    Unauthorized = "unauthorized",
    Forbidden = "forbidden",
    NotFound = "not_found",
    RateLimited = "rate_limited",
    Server = "server",
    Network = "network",
    InvalidResponse = "invalid_response",
    Cancelled = "cancelled",
    InvalidSettings = "invalid_settings",
    LocalWrite = "local_write",
    // What the export engine reports (`act_engine::ExportError`).
    UnknownRun = "unknown_run",
    NothingSelected = "nothing_selected",
    DestinationIsDirectory = "destination_is_directory",
    DestinationMissing = "destination_missing",
    DestinationNotWritable = "destination_not_writable",
    DiskFull = "disk_full",
    WriteFailed = "write_failed",
    UnfinishedDiffers = "unfinished_differs",
    NothingToResume = "nothing_to_resume",
    /// Another export is working in the same staging folder.
    StagingBusy = "staging_busy",
    ChangedAtSource = "changed_at_source",
    // What the request journal reports (`act_journal::JournalError`).
    JournalStorage = "journal_storage",
    JournalTooNew = "journal_too_new",
    /// The team's register (PostgreSQL) cannot be reached, read or written.
    RegisterUnavailable = "register_unavailable",
    InvalidInput = "invalid_input",
    CaseExists = "case_exists",
    CaseNotFound = "case_not_found",
    /// Other officers kept writing to the request while a decision was taken on it.
    JournalMoved = "journal_moved",
    // The desktop shell's own.
    InvalidAddress = "invalid_address",
    TokenMissing = "token_missing",
    Keychain = "keychain",
    SampleServer = "sample_server",
    NotConnected = "not_connected",
    /// A second export was asked for while one runs.
    ExportRunning = "export_running",
    NoArchive = "no_archive",
    NotSaved = "not_saved",
    OpenFolder = "open_folder",
    Drag = "drag",
    /// The app's private cache folder cannot be used.
    Cache = "cache",
    /// A local copy to delete is not one this request saved.
    CopyNotFound = "copy_not_found",
    /// A local copy could not be deleted.
    DeleteFailed = "delete_failed",
    /// A local copy to delete is no longer the archive that was saved there.
    CopyChanged = "copy_changed",
    /// A protected export continues only with its password.
    PasswordNeeded = "password_needed",
    /// The team has a second officer approve each archive, and this one is not approved.
    ApprovalNeeded = "approval_needed",
    /// Something the app itself could not do (no random numbers...).
    Internal = "internal_error",
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<ErrorKind> for Code {
    fn from(kind: ErrorKind) -> Code {
        match kind {
            ErrorKind::Unauthorized => Code::Unauthorized,
            ErrorKind::Forbidden => Code::Forbidden,
            ErrorKind::NotFound => Code::NotFound,
            ErrorKind::RateLimited => Code::RateLimited,
            ErrorKind::Server => Code::Server,
            ErrorKind::Network => Code::Network,
            ErrorKind::InvalidResponse => Code::InvalidResponse,
            ErrorKind::Cancelled => Code::Cancelled,
            ErrorKind::InvalidSettings => Code::InvalidSettings,
            ErrorKind::LocalWrite => Code::LocalWrite,
        }
    }
}

impl From<&ExportError> for Code {
    fn from(error: &ExportError) -> Code {
        match error {
            ExportError::Api(failure) => failure.error.kind.into(),
            ExportError::UnknownRun { .. } => Code::UnknownRun,
            ExportError::NothingSelected => Code::NothingSelected,
            ExportError::Destination { problem, .. } => match problem {
                DestinationProblem::IsADirectory => Code::DestinationIsDirectory,
                DestinationProblem::FolderMissing => Code::DestinationMissing,
                DestinationProblem::NotWritable => Code::DestinationNotWritable,
                DestinationProblem::DiskFull => Code::DiskFull,
            },
            ExportError::Write { .. } => Code::WriteFailed,
            ExportError::Cancelled => Code::Cancelled,
            ExportError::UnfinishedDiffers { .. } => Code::UnfinishedDiffers,
            ExportError::NothingToResume { .. } => Code::NothingToResume,
            ExportError::StagingBusy { .. } => Code::StagingBusy,
            ExportError::PasswordNeeded { .. } => Code::PasswordNeeded,
            ExportError::ChangedAtSource { .. } => Code::ChangedAtSource,
        }
    }
}

impl From<&JournalError> for Code {
    fn from(error: &JournalError) -> Code {
        match error {
            JournalError::Storage { .. }
            | JournalError::Folder { .. }
            | JournalError::File { .. }
            | JournalError::NoRandom(_)
            | JournalError::Witness { .. } => Code::JournalStorage,
            JournalError::TooNew { .. } => Code::JournalTooNew,
            JournalError::Register { .. } => Code::RegisterUnavailable,
            JournalError::BadDate(_) | JournalError::Invalid(_) => Code::InvalidInput,
            JournalError::DuplicateCase(_) => Code::CaseExists,
            JournalError::NoSuchCase(_) => Code::CaseNotFound,
            JournalError::WrittenSince => Code::JournalMoved,
        }
    }
}

/// An error as the UI receives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{code}: {message}")]
pub struct AppError {
    /// A stable code (`unauthorized`, `network`, `disk_full`...).
    pub code: Code,
    /// One plain sentence.
    pub message: String,
    /// The technical chain of causes.
    pub detail: String,
    /// What was done is kept: the same export, started again, continues where it stopped.
    pub resumable: bool,
    /// The message, as the page writes it in the officer's language: one of the app's
    /// messages and its values (`None`: `message` is shown as it is, the error table's
    /// words around it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub words: Option<Words>,
}

/// A message of the app's catalogue and its values (texts, or counts, which choose a plural
/// form), for the page to write.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Words {
    pub id: &'static str,
    pub args: BTreeMap<&'static str, serde_json::Value>,
}

impl Words {
    /// The message `id` with texts as its values.
    pub fn new(id: &'static str, args: &[(&'static str, &str)]) -> Words {
        Words {
            id,
            args: args.iter().map(|(k, v)| (*k, (*v).into())).collect(),
        }
    }

    /// With the count `n` as its value `name`.
    pub fn count(mut self, name: &'static str, n: u64) -> Words {
        self.args.insert(name, n.into());
        self
    }
}

impl AppError {
    pub fn new(code: Code, message: impl Into<String>) -> AppError {
        let message = message.into();
        AppError {
            code,
            detail: message.clone(),
            message,
            resumable: false,
            words: None,
        }
    }

    /// An error the page writes as the message `words` in the officer's language; `message`
    /// is the same in English, for the details and the log.
    pub fn said(code: Code, message: impl Into<String>, words: Words) -> AppError {
        AppError {
            words: Some(words),
            ..AppError::new(code, message)
        }
    }

    /// An error with its own message and the chain of causes behind `cause` as the detail.
    pub fn with_cause(code: Code, cause: &dyn std::error::Error) -> AppError {
        AppError {
            code,
            message: cause.to_string(),
            detail: act_api::error_chain(cause, "\ncaused by: "),
            resumable: false,
            words: None,
        }
    }
}

impl From<ApiError> for AppError {
    fn from(error: ApiError) -> AppError {
        AppError::with_cause(error.kind.into(), &error)
    }
}

impl From<JournalError> for AppError {
    fn from(error: JournalError) -> AppError {
        let mut shown = AppError::with_cause(Code::from(&error), &error);
        // The journal's own words name command-line commands: the app says it in its own.
        if let JournalError::NoSuchCase(reference) = &error {
            shown.message = format!("There is no request with the reference \"{reference}\".");
        }
        shown
    }
}

impl From<ExportError> for AppError {
    fn from(error: ExportError) -> AppError {
        AppError::with_cause(Code::from(&error), &error)
    }
}

impl From<ExportFailure> for AppError {
    /// The export's error; `resumable` as the engine decided.
    fn from(failure: ExportFailure) -> AppError {
        let mut shown = AppError::from(failure.error);
        shown.resumable = failure.resumable;
        shown
    }
}

impl From<&DeskError> for Code {
    fn from(error: &DeskError) -> Code {
        match error {
            DeskError::Journal(error) => error.into(),
            DeskError::Export(failure) => (&failure.error).into(),
            DeskError::Rule(act_desk::Rule::NotACopy(_) | act_desk::Rule::CopyElsewhere { .. }) => {
                Code::CopyNotFound
            }
            DeskError::Rule(act_desk::Rule::CopyChanged(_)) => Code::CopyChanged,
            DeskError::Rule(
                act_desk::Rule::AwaitingApproval { .. } | act_desk::Rule::WasSentBack { .. },
            ) => Code::ApprovalNeeded,
            DeskError::Rule(_) => Code::InvalidInput,
            DeskError::Delete { .. } => Code::DeleteFailed,
        }
    }
}

/// A rule the officer's input broke, as a message of `app-rules.ftl`.
fn rule_words(rule: &Rule) -> Words {
    match rule {
        Rule::ReceivedInFuture(on) => Words::new("rule-received-in-future", &[("date", on)]),
        Rule::DeliveredInFuture(on) => Words::new("rule-delivered-in-future", &[("date", on)]),
        Rule::DeliveredBeforeReceived { on, received } => Words::new(
            "rule-delivered-before-received",
            &[("date", on), ("received", received)],
        ),
        Rule::ToldInFuture(on) => Words::new("rule-told-in-future", &[("date", on)]),
        Rule::NoRecipient => Words::new("rule-no-recipient", &[]),
        Rule::PasswordInNote => Words::new("rule-password-in-note", &[]),
        Rule::EmptyNote => Words::new("rule-empty-note", &[]),
        Rule::NotACopy(path) => Words::new("rule-not-a-copy", &[("path", path)]),
        Rule::CopyChanged(path) => Words::new("rule-copy-changed", &[("path", path)]),
        Rule::CopyElsewhere { path, computer } => Words::new(
            "rule-copy-elsewhere",
            &[("path", path), ("computer", computer)],
        ),
        Rule::NothingToReview => Words::new("rule-nothing-to-review", &[]),
        Rule::OwnArchive => Words::new("rule-own-archive", &[]),
        Rule::NoReason => Words::new("rule-no-reason", &[]),
        Rule::AwaitingApproval { exported_by } => {
            Words::new("rule-awaiting-approval", &[("exporter", exported_by)])
        }
        Rule::WasSentBack { reason } => Words::new("rule-was-sent-back", &[("reason", reason)]),
    }
}

impl From<DeskError> for AppError {
    fn from(error: DeskError) -> AppError {
        match error {
            DeskError::Journal(error) => error.into(),
            DeskError::Export(failure) => failure.into(),
            // The rules speak to the officer in full sentences already, each a message the
            // page writes in the officer's language.
            DeskError::Rule(rule) => {
                let words = rule_words(&rule);
                let mut shown =
                    AppError::with_cause(Code::from(&DeskError::Rule(rule.clone())), &rule);
                shown.words = Some(words);
                shown
            }
            error @ DeskError::Delete { .. } => AppError::with_cause(Code::from(&error), &error),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_names_are_unique_snake_case() {
        let mut seen = std::collections::HashSet::new();
        for code in Code::ALL {
            let wire = code.as_str();
            assert!(seen.insert(wire), "{wire} twice");
            assert!(
                wire.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                "{wire}"
            );
            assert_eq!(serde_json::to_value(code).unwrap(), wire);
        }
    }

    #[test]
    fn engine_and_client_codes_read_the_same_here() {
        let io = || std::io::Error::other("x");
        let errors = [
            ExportError::NothingSelected,
            ExportError::Cancelled,
            ExportError::UnknownRun {
                run_id: "r".into(),
                app: "o/a".into(),
            },
            ExportError::Write {
                path: "a".into(),
                cause: io(),
            },
            ExportError::Destination {
                problem: DestinationProblem::DiskFull,
                path: "a".into(),
                source: None,
            },
            ExportError::Destination {
                problem: DestinationProblem::NotWritable,
                path: "a".into(),
                source: None,
            },
            ExportError::Destination {
                problem: DestinationProblem::FolderMissing,
                path: "a".into(),
                source: None,
            },
            ExportError::Destination {
                problem: DestinationProblem::IsADirectory,
                path: "a".into(),
                source: None,
            },
        ];
        for error in &errors {
            assert_eq!(Code::from(error).as_str(), error.code(), "{error}");
        }
        let journal_errors = [
            JournalError::TooNew { found: 9 },
            JournalError::BadDate("x".into()),
            JournalError::Invalid("x".into()),
            JournalError::DuplicateCase("x".into()),
            JournalError::NoSuchCase("x".into()),
            JournalError::Folder {
                path: "a".into(),
                source: io(),
            },
            JournalError::File {
                path: "a".into(),
                source: io(),
            },
            JournalError::NoRandom("x".into()),
            JournalError::Register {
                shown: "database \"register\" on db".into(),
                doing: "reached",
                why: "x".into(),
            },
            JournalError::Witness {
                path: "a".into(),
                why: "x".into(),
            },
        ];
        for error in &journal_errors {
            assert_eq!(Code::from(error).as_str(), error.code(), "{error}");
        }
        for kind in [
            ErrorKind::Unauthorized,
            ErrorKind::Forbidden,
            ErrorKind::NotFound,
            ErrorKind::RateLimited,
            ErrorKind::Server,
            ErrorKind::Network,
            ErrorKind::InvalidResponse,
            ErrorKind::Cancelled,
            ErrorKind::InvalidSettings,
            ErrorKind::LocalWrite,
        ] {
            assert_eq!(Code::from(kind).as_str(), kind.code());
        }
    }
}
