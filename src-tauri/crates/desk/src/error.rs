//! What an action can fail with: the journal, the export, or one of the rules.

use act_engine::ExportFailure;
use act_journal::JournalError;

/// A rule the officer's input broke. Each says what to change.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Rule {
    #[error("The date received ({0}) is in the future: check it.")]
    ReceivedInFuture(String),
    #[error("The delivery date ({0}) is in the future: record a delivery once it is made.")]
    DeliveredInFuture(String),
    #[error("The delivery date ({on}) is before the request was received ({received}): check it.")]
    DeliveredBeforeReceived { on: String, received: String },
    #[error("The date the requester was told ({0}) is in the future: record the extension once they are told.")]
    ToldInFuture(String),
    #[error("Say to whom the answer was sent.")]
    NoRecipient,
    #[error("Do not write the archive's password here: say only how it was sent (for example: read out by phone).")]
    PasswordInNote,
    #[error("The note is empty.")]
    EmptyNote,
    #[error("That file is not a copy this request saved: {0}")]
    NotACopy(String),
    #[error("{0} is no longer the copy this request saved (its contents changed since): it was left as it is.")]
    CopyChanged(String),
    #[error("{path} was saved on another computer, {computer}: it can be deleted only there, from ACT Export on that computer.")]
    CopyElsewhere { path: String, computer: String },
    #[error("This request has no finished export to approve: export its data first.")]
    NothingToReview,
    #[error("You exported this archive yourself: another officer of your team approves it or sends it back.")]
    OwnArchive,
    #[error("Say why the archive is sent back, so that whoever exported it knows what to change.")]
    NoReason,
    #[error("Your team has another officer approve each archive before it is delivered, and this request's last archive (exported by {exported_by}) is not approved yet: ask a colleague to approve it, then record the delivery.")]
    AwaitingApproval { exported_by: String },
    #[error("This request's last archive was sent back ({reason}): export it again, have the new archive approved, then record the delivery.")]
    WasSentBack { reason: String },
}

/// Why an action failed.
#[derive(Debug, thiserror::Error)]
pub enum DeskError {
    /// The journal could not be read or written, or refused what was asked (a reference that
    /// exists, a request that does not...).
    #[error(transparent)]
    Journal(#[from] JournalError),
    /// The export failed (and whether what it did is kept to continue).
    #[error(transparent)]
    Export(#[from] ExportFailure),
    /// What the officer gave breaks a rule.
    #[error(transparent)]
    Rule(#[from] Rule),
    /// A local copy could not be deleted.
    #[error("{path} could not be deleted: {source}")]
    Delete {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

impl DeskError {
    /// The stable code the app's error table and the command line's exit statuses branch on.
    pub fn code(&self) -> &'static str {
        match self {
            DeskError::Journal(error) => error.code(),
            DeskError::Export(failure) => failure.code(),
            DeskError::Rule(Rule::NotACopy(_) | Rule::CopyElsewhere { .. }) => "copy_not_found",
            DeskError::Rule(Rule::CopyChanged(_)) => "copy_changed",
            DeskError::Rule(Rule::AwaitingApproval { .. } | Rule::WasSentBack { .. }) => {
                "approval_needed"
            }
            DeskError::Rule(_) => "invalid_input",
            DeskError::Delete { .. } => "delete_failed",
        }
    }
}
