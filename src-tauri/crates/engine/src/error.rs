//! Export errors: which step failed, and why, with a stable code for the UI and the CLI.

use std::fmt;
use std::path::PathBuf;

use act_api::{ApiError, ErrorKind};
use serde::Serialize;

use crate::progress::Phase;

/// Why an export failed. `Display` is one plain sentence naming what failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// An API call or download that still failed after its retries. The message names the
    /// operation that failed; the step says where in the export it was.
    #[error(transparent)]
    Api(StepFailure),
    /// A selected run is not one of the app's runs.
    #[error("Test run {run_id} is not one of the test runs of {app}.")]
    UnknownRun { run_id: String, app: String },
    /// Nothing was selected.
    #[error("No test runs were selected.")]
    NothingSelected,
    /// The destination cannot be written.
    #[error("{problem}: {}", path.display())]
    Destination {
        problem: DestinationProblem,
        path: PathBuf,
        #[source]
        source: Option<std::io::Error>,
    },
    /// Writing the archive failed. The cause is part of the sentence (not repeated as a
    /// source).
    #[error("While writing the archive at {}: {cause}", path.display())]
    Write {
        path: PathBuf,
        cause: std::io::Error,
    },
    /// The user cancelled.
    #[error("The export was cancelled; nothing was saved.")]
    Cancelled,
    /// The staging folder holds an unfinished export of something else.
    #[error("An unfinished export of {what} waits in {}", staging.display())]
    UnfinishedDiffers { staging: PathBuf, what: String },
    /// Another export (in this program or another) is working in the staging folder.
    #[error("Another export is working in {} ({holder}): wait until it ends, or stop it", staging.display())]
    StagingBusy { staging: PathBuf, holder: String },
    /// Resuming was asked for, and there is nothing to resume.
    #[error("There is no unfinished export to resume in {}", staging.display())]
    NothingToResume { staging: PathBuf },
    /// The unfinished export in the staging folder was protected with a password, and this
    /// run has none: continuing would write the rest unprotected.
    #[error("The unfinished export in {} is protected with a password: give its password to continue it, or start over", staging.display())]
    PasswordNeeded { staging: PathBuf },
    /// What the service returns changed since the export began: it cannot be finished as it
    /// began.
    #[error("App Center's data changed since this export began ({what}), so it cannot be finished as it began")]
    ChangedAtSource { what: String },
}

/// An API failure and the phase of the export it happened in. It reads as the API error
/// itself: its message, then that error's own causes (never the same sentence twice).
#[derive(Debug)]
pub struct StepFailure {
    pub phase: Phase,
    pub error: ApiError,
}

impl fmt::Display for StepFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.error.fmt(f)
    }
}

impl std::error::Error for StepFailure {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        std::error::Error::source(&self.error)
    }
}

/// What is wrong with the destination.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum DestinationProblem {
    IsADirectory,
    FolderMissing,
    NotWritable,
    DiskFull,
}

impl fmt::Display for DestinationProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DestinationProblem::IsADirectory => "The chosen destination is a folder, not a file",
            DestinationProblem::FolderMissing => "The folder to save in does not exist",
            DestinationProblem::NotWritable => {
                "The archive cannot be saved in this folder (no permission)"
            }
            DestinationProblem::DiskFull => {
                "There is not enough free disk space to save the archive"
            }
        })
    }
}

impl ExportError {
    pub(crate) fn api(phase: Phase, source: ApiError) -> ExportError {
        if source.kind == ErrorKind::Cancelled {
            ExportError::Cancelled
        } else {
            ExportError::Api(StepFailure {
                phase,
                error: source,
            })
        }
    }

    /// Classifies an I/O error while writing at `path`.
    pub(crate) fn io(path: &std::path::Path, source: std::io::Error) -> ExportError {
        let problem = match source.kind() {
            std::io::ErrorKind::StorageFull => Some(DestinationProblem::DiskFull),
            std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
                Some(DestinationProblem::NotWritable)
            }
            std::io::ErrorKind::NotFound => Some(DestinationProblem::FolderMissing),
            std::io::ErrorKind::IsADirectory => Some(DestinationProblem::IsADirectory),
            _ => None,
        };
        match problem {
            Some(problem) => ExportError::Destination {
                problem,
                path: path.to_path_buf(),
                source: Some(source),
            },
            None => ExportError::Write {
                path: path.to_path_buf(),
                cause: source,
            },
        }
    }

    /// The stable code the UI and the CLI branch on.
    pub fn code(&self) -> &'static str {
        match self {
            ExportError::Api(failure) => failure.error.code(),
            ExportError::UnknownRun { .. } => "unknown_run",
            ExportError::NothingSelected => "nothing_selected",
            ExportError::Destination { problem, .. } => match problem {
                DestinationProblem::IsADirectory => "destination_is_directory",
                DestinationProblem::FolderMissing => "destination_missing",
                DestinationProblem::NotWritable => "destination_not_writable",
                DestinationProblem::DiskFull => "disk_full",
            },
            ExportError::Write { .. } => "write_failed",
            ExportError::Cancelled => "cancelled",
            ExportError::UnfinishedDiffers { .. } => "unfinished_differs",
            ExportError::NothingToResume { .. } => "nothing_to_resume",
            ExportError::StagingBusy { .. } => "staging_busy",
            ExportError::PasswordNeeded { .. } => "password_needed",
            ExportError::ChangedAtSource { .. } => "changed_at_source",
        }
    }
}

/// An export that did not finish: why, and whether what it did is kept so that running the
/// same export again continues where it stopped. The engine decides that, and only the engine:
/// a host never looks into the staging folder to guess.
#[derive(Debug)]
pub struct ExportFailure {
    pub error: ExportError,
    /// Its staging folder is kept, with a plan: the same export continues.
    pub resumable: bool,
}

impl ExportFailure {
    /// A failure that left nothing to continue.
    pub fn ended(error: ExportError) -> ExportFailure {
        ExportFailure {
            error,
            resumable: false,
        }
    }

    /// The stable code of its error.
    pub fn code(&self) -> &'static str {
        self.error.code()
    }
}

/// It reads as its error: the same sentence, the same causes.
impl fmt::Display for ExportFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.error.fmt(f)
    }
}

impl std::error::Error for ExportFailure {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        std::error::Error::source(&self.error)
    }
}

impl From<ExportError> for ExportFailure {
    fn from(error: ExportError) -> ExportFailure {
        ExportFailure::ended(error)
    }
}
