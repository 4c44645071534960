//! The officer's record of each request, as the Requests screens show it: cases with their
//! statutory clock, delivery, local copies, and a check of the journal. The journal lives in
//! the app's data folder (the command line finds the same file); it is opened for each call,
//! so that the app and the command line can write it at the same time.

use std::path::Path;

use act_journal::due::{in_words, iso};
use act_journal::{Case, Channel, EventKind, Journal, Recorded, Right, Status};
use serde::{Deserialize, Serialize};

use crate::error::{AppError, Code};
use crate::settings::Settings;
use crate::state::AppState;

/// An archive saved from the app for a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CopyRow {
    pub path: String,
    /// When it was saved, in words.
    pub saved: String,
    pub age_days: i64,
    /// The file is still there.
    pub exists: bool,
    /// Older than the reminder setting.
    pub old: bool,
}

/// A request as the screens show it, on `today`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseRow {
    pub reference: String,
    pub subject: String,
    pub right: Right,
    pub right_words: &'static str,
    pub received: String,
    pub received_words: String,
    pub due: String,
    pub due_words: String,
    pub days_left: i64,
    /// "12 days left", "overdue by 3 days", "answered on time"...
    pub standing: String,
    pub overdue: bool,
    pub status: Status,
    pub status_words: &'static str,
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
}

/// One line of a request's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventRow {
    pub seq: u64,
    pub at: String,
    pub what: String,
}

/// A request with its history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseDetail {
    pub case: CaseRow,
    pub events: Vec<EventRow>,
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
    /// Where the journal is (the command line's `--journal` default is the same file).
    pub journal_path: String,
    /// Today, in words.
    pub today: String,
}

/// What "Check the journal" found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JournalCheck {
    pub intact: bool,
    pub events: u64,
    /// The last event's checksum, when intact.
    pub head: Option<String>,
    /// The first event that does not match, and why.
    pub problem: Option<String>,
}

/// A new request, as the form gives it.
#[derive(Debug, Clone, Deserialize)]
pub struct NewRequest {
    pub reference: String,
    pub subject: String,
    pub right: Right,
    /// YYYY-MM-DD.
    pub received: String,
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

/// Today's date (UTC, as the journal's times are).
fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

pub(crate) fn open(state: &AppState) -> Result<Journal, AppError> {
    Ok(Journal::open(state.journal_path())?)
}

fn date(text: &str) -> Result<time::Date, AppError> {
    Ok(act_journal::parse_date(text.trim())?)
}

fn age_days(rfc3339: &str, today: time::Date) -> i64 {
    time::OffsetDateTime::parse(rfc3339, &time::format_description::well_known::Rfc3339)
        .map(|t| (today - t.date()).whole_days())
        .unwrap_or(0)
}

/// `case` as the screens show it on `today`.
pub fn row(case: &Case, today: time::Date, settings: &Settings) -> CaseRow {
    let months = |n: u8| {
        if n == 1 {
            "1 month".to_string()
        } else {
            format!("{n} months")
        }
    };
    CaseRow {
        reference: case.reference.clone(),
        subject: case.subject.clone(),
        right: case.right,
        right_words: case.right.words(),
        received: iso(case.received),
        received_words: in_words(case.received),
        due: iso(case.due),
        due_words: in_words(case.due),
        days_left: case.days_left(today),
        standing: case.standing(today),
        overdue: case.overdue(today),
        status: case.status,
        status_words: case.status.words(),
        extension_months: case.extension_months,
        extension: case.extension.as_ref().map(|(told_on, reason)| {
            format!(
                "Extended by {}; the requester was told on {}: {reason}",
                months(case.extension_months),
                in_words(*told_on)
            )
        }),
        answered: case.answered_on.map(|on| {
            format!(
                "{}, {}",
                in_words(on),
                case.timeliness().unwrap_or_default()
            )
        }),
        exports: case.exports,
        notes: case.notes.clone(),
        copies: case
            .copies
            .iter()
            .filter(|c| !c.deleted)
            .map(|c| {
                let age_days = age_days(&c.saved_at, today);
                CopyRow {
                    path: c.path.clone(),
                    saved: crate::exports::in_words(&c.saved_at),
                    age_days,
                    exists: Path::new(&c.path).exists(),
                    old: age_days > i64::from(settings.remind_after_days),
                }
            })
            .collect(),
        protect: settings.protected_requests.contains(&case.reference),
    }
}

fn detail(journal: &Journal, reference: &str, settings: &Settings) -> Result<CaseDetail, AppError> {
    let case = journal.case(reference)?;
    let events = journal
        .events()?
        .into_iter()
        .filter(|e| case.events.contains(&e.seq))
        .map(|e: Recorded| EventRow {
            seq: e.seq,
            at: crate::exports::in_words(&e.at),
            what: e.event.describe(),
        })
        .collect();
    Ok(CaseDetail {
        case: row(&case, today(), settings),
        events,
    })
}

/// The request `reference` with its history (the reminder setting applied).
pub fn request(state: &AppState, reference: &str) -> Result<CaseDetail, AppError> {
    detail(
        &open(state)?,
        reference,
        &Settings::load(state.settings_path()),
    )
}

/// Every request, soonest due first, and the copies to remind about.
pub fn requests(state: &AppState) -> Result<RequestsView, AppError> {
    let journal = open(state)?;
    let settings = Settings::load(state.settings_path());
    let today = today();
    let cases: Vec<CaseRow> = journal
        .cases()?
        .iter()
        .map(|c| row(c, today, &settings))
        .collect();
    let old_copies = cases
        .iter()
        .flat_map(|c| {
            c.copies
                .iter()
                .filter(|copy| copy.old && copy.exists)
                .map(|copy| OldCopy {
                    reference: c.reference.clone(),
                    path: copy.path.clone(),
                    age_days: copy.age_days,
                })
        })
        .collect();
    Ok(RequestsView {
        cases,
        remind_after_days: settings.remind_after_days,
        old_copies,
        journal_path: journal.path().display().to_string(),
        today: in_words(today),
    })
}

/// Opens a new request.
pub fn open_request(state: &AppState, new: NewRequest) -> Result<CaseDetail, AppError> {
    let mut journal = open(state)?;
    let received = date(&new.received)?;
    if received > today() {
        return Err(AppError::new(
            Code::InvalidInput,
            "The date received is in the future: check it.",
        ));
    }
    let case = journal.open_case(&new.reference, &new.subject, new.right, received)?;
    request(state, &case.reference)
}

/// Extends a request by `months` further months in all (1 or 2).
pub fn extend_request(
    state: &AppState,
    reference: &str,
    months: u8,
    told_on: &str,
    reason: &str,
) -> Result<CaseDetail, AppError> {
    let mut journal = open(state)?;
    let case = journal.extend(reference, months, date(told_on)?, reason)?;
    request(state, &case.reference)
}

/// Records that the answer was delivered: the request becomes answered on its first delivery.
pub fn record_delivery(
    state: &AppState,
    reference: &str,
    delivery: Delivery,
) -> Result<CaseDetail, AppError> {
    let mut journal = open(state)?;
    let on = date(&delivery.on)?;
    if on > today() {
        return Err(AppError::new(
            Code::InvalidInput,
            "The delivery date is in the future: record a delivery once it is made.",
        ));
    }
    if delivery.recipient.trim().is_empty() {
        return Err(AppError::new(
            Code::InvalidInput,
            "Say to whom the answer was sent.",
        ));
    }
    let case = journal.case(reference)?;
    journal.record(
        Some(&case.reference),
        EventKind::Delivered {
            channel: delivery.channel,
            recipient: delivery.recipient.trim().to_string(),
            on: iso(on),
            password_sent: delivery
                .password_sent
                .map(|p| p.trim().to_string())
                .filter(|p| !p.is_empty()),
        },
    )?;
    request(state, &case.reference)
}

/// Adds a note to a request.
pub fn add_note(state: &AppState, reference: &str, note: &str) -> Result<CaseDetail, AppError> {
    if note.trim().is_empty() {
        return Err(AppError::new(Code::InvalidInput, "The note is empty."));
    }
    let mut journal = open(state)?;
    let case = journal.case(reference)?;
    journal.record(
        Some(&case.reference),
        EventKind::NoteAdded {
            note: note.trim().to_string(),
        },
    )?;
    request(state, &case.reference)
}

/// Closes a request.
pub fn close_request(state: &AppState, reference: &str) -> Result<CaseDetail, AppError> {
    let mut journal = open(state)?;
    let case = journal.case(reference)?;
    if case.status == Status::Closed {
        return request(state, &case.reference);
    }
    journal.record(Some(&case.reference), EventKind::Closed {})?;
    request(state, &case.reference)
}

/// Deletes a local copy the request saved (only one the journal lists: the webview cannot
/// name any other file) and journals it. A copy already gone from the disk is journaled too.
pub fn delete_local_copy(
    state: &AppState,
    reference: &str,
    path: &str,
) -> Result<CaseDetail, AppError> {
    let mut journal = open(state)?;
    let case = journal.case(reference)?;
    let Some(copy) = case.copies.iter().find(|c| !c.deleted && c.path == path) else {
        return Err(AppError::new(
            Code::CopyNotFound,
            "That file is not a copy this request saved.",
        ));
    };
    match std::fs::remove_file(&copy.path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            return Err(AppError::new(
                Code::DeleteFailed,
                format!("{} could not be deleted: {e}", copy.path),
            ));
        }
        _ => {}
    }
    journal.record(
        Some(&case.reference),
        EventKind::LocalCopyDeleted {
            path: copy.path.clone(),
        },
    )?;
    request(state, &case.reference)
}

/// Recomputes the journal's chain.
pub fn check_journal(state: &AppState) -> Result<JournalCheck, AppError> {
    let verification = open(state)?.verify()?;
    Ok(JournalCheck {
        intact: verification.is_ok(),
        events: verification.events,
        head: verification.head.map(|h| h.hash),
        problem: verification.problem.map(|p| {
            let mut what = p.what;
            if let Some(first) = what.get_mut(0..1) {
                first.make_ascii_uppercase();
            }
            format!("{what}.")
        }),
    })
}

/// Journals that the finished archive left the app (saved to `path`, or dragged out: `None`).
pub fn journal_copy(
    journal_path: &Path,
    reference: Option<&str>,
    sha256: &str,
    path: Option<&Path>,
) -> Result<(), AppError> {
    let event = match path {
        Some(path) => EventKind::Saved {
            path: path.display().to_string(),
            archive_sha256: sha256.to_string(),
        },
        None => EventKind::DraggedOut {
            archive_sha256: sha256.to_string(),
        },
    };
    Journal::open(journal_path).and_then(|mut j| j.record(reference, event))?;
    Ok(())
}
