//! Failures: one plain line for people, an exit status for scripts.

use std::fmt;

use act_api::{ApiError, ErrorKind};
use act_desk::DeskError;
use act_engine::{ExportError, ExportFailure, VerifyError};
use act_journal::JournalError;

/// Exit statuses (documented in `act-export --help`).
pub mod exit {
    pub const OTHER: u8 = 1;
    pub const USAGE: u8 = 2;
    pub const TOKEN: u8 = 3;
    pub const NOT_FOUND: u8 = 4;
    pub const SERVICE: u8 = 5;
    pub const VERIFY: u8 = 6;
    pub const CANCELLED: u8 = 130;
}

/// The signal that stopped the program, if one did (its number; 0 for none).
pub static STOPPED_BY: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(0);

/// The exit status of a cancelled run: 128 plus the signal that stopped it (130 for Ctrl-C).
pub fn cancelled_status() -> u8 {
    match STOPPED_BY.load(std::sync::atomic::Ordering::Relaxed) {
        n @ 1..=127 => u8::try_from(128 + n).unwrap_or(exit::CANCELLED),
        _ => exit::CANCELLED,
    }
}

/// A failed command.
#[derive(Debug)]
pub struct Failure {
    pub status: u8,
    /// One plain line.
    pub message: String,
    /// What to do about it, when there is something to say.
    pub hint: Option<&'static str>,
    /// The full chain of causes, for `--verbose`.
    pub detail: Option<String>,
}

impl Failure {
    pub fn usage(message: impl Into<String>) -> Failure {
        Failure {
            status: exit::USAGE,
            message: message.into(),
            hint: None,
            detail: None,
        }
    }

    pub fn other(message: impl Into<String>) -> Failure {
        Failure {
            status: exit::OTHER,
            message: message.into(),
            hint: None,
            detail: None,
        }
    }
}

fn chain(error: &dyn std::error::Error) -> String {
    act_api::error_chain(error, "\n  caused by: ")
}

fn by_kind(kind: ErrorKind) -> (u8, Option<&'static str>) {
    match kind {
        ErrorKind::Unauthorized => (exit::TOKEN, Some("Check APPCENTER_ACCESS_TOKEN: copy the whole token, or create a new one in App Center.")),
        ErrorKind::Forbidden => (exit::TOKEN, Some("The token may not read this app. Use a token of a user who can see it.")),
        ErrorKind::NotFound => (exit::NOT_FOUND, Some("Check the app's OWNER/APP name with `act-export apps`.")),
        ErrorKind::RateLimited => (exit::SERVICE, Some("App Center kept asking us to slow down. Try again in a few minutes.")),
        ErrorKind::Server => (exit::SERVICE, Some("App Center had a problem. Try again later.")),
        ErrorKind::Network => (exit::SERVICE, Some("Check the network connection and the --base-url address.")),
        ErrorKind::InvalidResponse => (exit::SERVICE, Some("The server's answer did not look like App Center's. Check the --base-url address.")),
        ErrorKind::Cancelled => (cancelled_status(), None),
        ErrorKind::InvalidSettings => (exit::USAGE, None),
        ErrorKind::LocalWrite => (exit::OTHER, Some("Free some disk space, or choose another --out location.")),
    }
}

impl From<ApiError> for Failure {
    fn from(error: ApiError) -> Failure {
        let (status, hint) = by_kind(error.kind);
        Failure {
            status,
            message: error.to_string(),
            hint,
            detail: Some(chain(&error)),
        }
    }
}

impl From<ExportError> for Failure {
    fn from(error: ExportError) -> Failure {
        let (status, hint) = match &error {
            ExportError::Api(failure) => by_kind(failure.error.kind),
            ExportError::UnknownRun { .. } => (
                exit::NOT_FOUND,
                Some("List the app's runs with `act-export runs OWNER/APP`."),
            ),
            ExportError::NothingSelected => (exit::USAGE, None),
            ExportError::Cancelled => (cancelled_status(), None),
            ExportError::Destination { .. } | ExportError::Write { .. } => {
                (exit::OTHER, Some("Choose another --out location."))
            }
            ExportError::UnfinishedDiffers { .. } => (
                exit::USAGE,
                Some("Run that export's command again to finish it, or add --restart to start this one instead."),
            ),
            ExportError::NothingToResume { .. } => (exit::USAGE, Some("Leave out --resume to start this export.")),
            ExportError::StagingBusy { .. } => (
                exit::USAGE,
                Some("Wait until that export ends, or stop it, then run this command again."),
            ),
            ExportError::PasswordNeeded { .. } => (
                exit::USAGE,
                Some("This unfinished export is protected: give its password with --password-stdin, or add --restart to start over."),
            ),
            ExportError::ChangedAtSource { .. } => (
                exit::SERVICE,
                Some("Add --restart to export what App Center holds now."),
            ),
        };
        Failure {
            status,
            message: error.to_string(),
            hint,
            detail: Some(chain(&error)),
        }
    }
}

impl From<JournalError> for Failure {
    fn from(error: JournalError) -> Failure {
        let (status, hint) = match &error {
            JournalError::Storage { .. }
            | JournalError::Folder { .. }
            | JournalError::File { .. } => (
                exit::OTHER,
                Some("Check that the journal's folder can be written, or choose another with --journal."),
            ),
            JournalError::Witness { .. } => (
                exit::OTHER,
                Some("Check that the app's settings folder can be read and written."),
            ),
            // The message says what to do (the server, the password, the permission).
            JournalError::Register { .. }
            | JournalError::TooNew { .. }
            | JournalError::NoRandom(_) => (exit::OTHER, None),
            JournalError::BadDate(_) | JournalError::Invalid(_) | JournalError::DuplicateCase(_) => {
                (exit::USAGE, None)
            }
            JournalError::NoSuchCase(_) => (exit::NOT_FOUND, None),
            JournalError::WrittenSince => (
                exit::OTHER,
                Some("Nothing was recorded: `act-export case show` shows what the others did."),
            ),
        };
        Failure {
            status,
            message: error.to_string(),
            hint,
            detail: Some(act_api::error_chain(&error, "\n  caused by: ")),
        }
    }
}

impl From<ExportFailure> for Failure {
    /// The export's failure; when what it did is kept, how to continue it.
    fn from(failure: ExportFailure) -> Failure {
        let resumable = failure.resumable;
        let mut shown = Failure::from(failure.error);
        if resumable {
            shown.message.push_str(
                "\nWhat was done is kept: run the same command again to continue where it \
                 stopped (add --restart to start over).",
            );
        }
        shown
    }
}

impl From<DeskError> for Failure {
    fn from(error: DeskError) -> Failure {
        match error {
            DeskError::Journal(error) => error.into(),
            DeskError::Export(failure) => failure.into(),
            DeskError::Rule(rule) => Failure::usage(rule.to_string()),
            error @ DeskError::Delete { .. } => Failure {
                status: exit::OTHER,
                message: error.to_string(),
                hint: None,
                detail: Some(chain(&error)),
            },
        }
    }
}

impl From<VerifyError> for Failure {
    fn from(error: VerifyError) -> Failure {
        let hint = match error {
            VerifyError::PasswordNeeded { .. } => {
                Some("Add --password-stdin and give the password on standard input.")
            }
            VerifyError::WrongPassword { .. } => Some("Check the password, and try again."),
            _ => None,
        };
        Failure {
            status: exit::VERIFY,
            message: error.to_string(),
            hint,
            detail: Some(chain(&error)),
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "act-export: {}", self.message)?;
        if let Some(hint) = self.hint {
            write!(f, "\n{hint}")?;
        }
        Ok(())
    }
}
