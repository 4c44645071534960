//! What the journal records: one event per thing that happened to a request.

use serde::{Deserialize, Serialize};

/// The right the requester exercises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Right {
    /// The right of access, GDPR Art. 15.
    Access,
    /// The right to data portability, GDPR Art. 20.
    Portability,
}

impl Right {
    /// In words.
    pub fn words(self) -> &'static str {
        match self {
            Right::Access => "right of access (Art. 15)",
            Right::Portability => "right to data portability (Art. 20)",
        }
    }
}

/// How the answer reached the requester.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Email,
    Portal,
    Post,
    Other,
}

impl Channel {
    /// In words.
    pub fn words(self) -> &'static str {
        match self {
            Channel::Email => "by email",
            Channel::Portal => "through a portal",
            Channel::Post => "by post",
            Channel::Other => "another way",
        }
    }
}

/// One event. Dates are `YYYY-MM-DD`; nothing here is a token or a test record's content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum EventKind {
    CaseOpened {
        subject: String,
        right: Right,
        received: String,
        due: String,
    },
    Extended {
        /// Further months in all (1 or 2).
        months: u8,
        told_on: String,
        reason: String,
        due: String,
    },
    NoteAdded {
        note: String,
    },
    ExportStarted {
        app: String,
        /// The chosen runs' ids; empty for the whole app.
        run_ids: Vec<String>,
    },
    ExportCompleted {
        app: String,
        run_ids: Vec<String>,
        runs: u64,
        files: u64,
        entries: u64,
        excluded_records: u64,
        bytes: u64,
        archive_sha256: String,
        manifest_sha256: String,
        version: String,
        operator: String,
        /// The archive was protected with a password (never the password itself).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        protected: bool,
        /// The archive's letter and ledger (counts and reasons, never a record), as the
        /// export described them: what another officer reviews without the archive. Kept as
        /// the JSON text the export gave, a string to the journal: reading the journal (every
        /// list) copies it, and only a reviewer parses it. Journals of earlier versions have
        /// none.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        papers: Option<String>,
    },
    ExportFailed {
        app: String,
        code: String,
    },
    ExportCancelled {
        app: String,
    },
    Saved {
        path: String,
        archive_sha256: String,
        /// The name of the computer it was saved on (a register's events come from several;
        /// `None` in events written before it was recorded).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        computer: Option<String>,
    },
    DraggedOut {
        archive_sha256: String,
    },
    Delivered {
        channel: Channel,
        recipient: String,
        on: String,
        /// How a password was sent, when the archive had one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        password_sent: Option<String>,
    },
    LocalCopyDeleted {
        path: String,
        /// The computer it was deleted from (`None` in events written before it was recorded).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        computer: Option<String>,
    },
    Closed {},
    /// The request was given to an officer to handle (again: handed over to another).
    Assigned {
        officer: String,
    },
    /// The team turned the second pair of eyes on or off: with it on, an archive must be
    /// approved by another officer than the one who exported it before its delivery is
    /// recorded. Not of a request: of the whole journal.
    ApprovalRule {
        required: bool,
    },
    /// Another officer approved the request's archive (its SHA-256) for delivery.
    Approved {
        archive_sha256: String,
    },
    /// Another officer sent the request's archive back, and why: it is not to be delivered.
    SentBack {
        archive_sha256: String,
        reason: String,
    },
    /// The events that follow were copied from another journal (moving a laptop's journal
    /// into the team's register): its identity, how many events it had, its last event's
    /// checksum, and the user who wrote it. Each copied event keeps its time and request.
    JournalCopied {
        from: String,
        events: u64,
        head: String,
        officer: String,
    },
    /// The language the request is to be answered in (the cover letter and the archive's
    /// texts): an ISO 639-1 code ("fr").
    AnswerLanguage {
        language: String,
    },
    /// The journal's identity, recorded once in a journal that had events before journals had
    /// an identity (a newer journal's identity is in its first event's `prev` instead).
    JournalIdentified {
        id: String,
    },
}

impl EventKind {
    /// Its name in the journal (`case_opened`...).
    pub fn name(&self) -> &'static str {
        match self {
            EventKind::CaseOpened { .. } => "case_opened",
            EventKind::Extended { .. } => "extended",
            EventKind::NoteAdded { .. } => "note_added",
            EventKind::ExportStarted { .. } => "export_started",
            EventKind::ExportCompleted { .. } => "export_completed",
            EventKind::ExportFailed { .. } => "export_failed",
            EventKind::ExportCancelled { .. } => "export_cancelled",
            EventKind::Saved { .. } => "saved",
            EventKind::DraggedOut { .. } => "dragged_out",
            EventKind::Delivered { .. } => "delivered",
            EventKind::LocalCopyDeleted { .. } => "local_copy_deleted",
            EventKind::Closed {} => "closed",
            EventKind::Assigned { .. } => "assigned",
            EventKind::ApprovalRule { .. } => "approval_rule",
            EventKind::JournalCopied { .. } => "journal_copied",
            EventKind::Approved { .. } => "approved",
            EventKind::SentBack { .. } => "sent_back",
            EventKind::AnswerLanguage { .. } => "answer_language",
            EventKind::JournalIdentified { .. } => "journal_identified",
        }
    }

    /// One line in plain words, for lists and the CSV export.
    pub fn describe(&self) -> String {
        match self {
            EventKind::CaseOpened {
                subject,
                right,
                received,
                due,
            } => format!(
                "Request opened: data of {subject}, {}, received {received}, due {due}",
                right.words()
            ),
            EventKind::Extended {
                months,
                told_on,
                reason,
                due,
            } => format!(
                "Extended by {months} month{} (requester told on {told_on}: {reason}); now due {due}",
                if *months == 1 { "" } else { "s" }
            ),
            EventKind::NoteAdded { note } => format!("Note: {note}"),
            EventKind::ExportStarted { app, run_ids } if run_ids.is_empty() => {
                format!("Export started: {app}, all test runs")
            }
            EventKind::ExportStarted { app, run_ids } => {
                format!("Export started: {app}, {} test runs", run_ids.len())
            }
            EventKind::ExportCompleted {
                app,
                runs,
                files,
                bytes,
                archive_sha256,
                version,
                operator,
                protected,
                ..
            } => format!(
                "Export completed: {app}, {runs} runs, {files} files, {bytes} bytes, archive SHA-256 {archive_sha256}{} (ACT Export {version}, by {operator})",
                if *protected { ", protected with a password" } else { "" }
            ),
            EventKind::ExportFailed { app, code } => format!("Export failed: {app} ({code})"),
            EventKind::ExportCancelled { app } => format!("Export cancelled: {app}"),
            EventKind::Saved {
                path,
                archive_sha256,
                computer,
            } => format!(
                "Archive saved to {path}{} (SHA-256 {archive_sha256})",
                on_computer(computer.as_deref())
            ),
            EventKind::DraggedOut { archive_sha256 } => {
                format!("Archive dragged out of the app (SHA-256 {archive_sha256})")
            }
            EventKind::Delivered {
                channel,
                recipient,
                on,
                password_sent,
            } => {
                let password = password_sent
                    .as_deref()
                    .map(|how| format!("; password sent {how}"))
                    .unwrap_or_default();
                format!("Delivered {} to {recipient} on {on}{password}", channel.words())
            }
            EventKind::LocalCopyDeleted { path, computer } => format!(
                "Local copy deleted: {path}{}",
                on_computer(computer.as_deref())
            ),
            EventKind::Closed {} => "Request closed".to_string(),
            EventKind::Assigned { officer } => format!("Assigned to {officer}"),
            EventKind::AnswerLanguage { language } => {
                format!("To be answered in {}", language_name(language))
            }
            EventKind::ApprovalRule { required: true } => "From now on, an archive must be approved by a second officer before its delivery is recorded".to_string(),
            EventKind::ApprovalRule { required: false } => "From now on, archives are delivered without a second officer's approval".to_string(),
            EventKind::JournalCopied {
                from,
                events,
                head,
                officer,
            } => format!(
                "The {events} events that follow were copied from the journal {from} (written by {officer}; its last event's checksum {head})"
            ),
            EventKind::Approved { archive_sha256 } => {
                format!("Archive approved for delivery (SHA-256 {archive_sha256})")
            }
            EventKind::SentBack {
                archive_sha256,
                reason,
            } => format!("Archive sent back, not to be delivered (SHA-256 {archive_sha256}): {reason}"),
            EventKind::JournalIdentified { id } => format!(
                "The journal's identity was recorded: {id} (from now on a check tells this journal from any other)"
            ),
        }
    }
}

/// One event as recorded in the journal (`store.rs`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Recorded {
    pub seq: u64,
    pub at: String,
    pub case: Option<String>,
    pub event: EventKind,
    pub hash: String,
    /// Who wrote it, as the team's register recorded it (`None`: a journal file, which is
    /// this computer's user's, or the writer was not asked for).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub officer: Option<String>,
}

/// " on COMPUTER", or nothing for an event that does not name its computer.
fn on_computer(computer: Option<&str>) -> String {
    computer.map(|c| format!(" on {c}")).unwrap_or_default()
}

/// A language's name, in its own language, for the history ("Français"); an unknown code as
/// it is.
fn language_name(code: &str) -> &str {
    match code {
        "en" => "English",
        "de" => "Deutsch",
        "fr" => "Français",
        "es" => "Español",
        "it" => "Italiano",
        "nl" => "Nederlands",
        "pl" => "Polski",
        other => other,
    }
}
