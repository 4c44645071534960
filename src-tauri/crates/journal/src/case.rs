//! A request as its events tell it.

use serde::Serialize;
use time::Date;

use crate::due::{days_between, due_date, parse_date};
use crate::error::JournalError;
use crate::event::Recorded;
use crate::event::{EventKind, Right};

/// Where a request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Not answered yet.
    Open,
    /// Delivered at least once.
    Answered,
    Closed,
}

impl Status {
    pub fn words(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Answered => "answered",
            Status::Closed => "closed",
        }
    }
}

/// An archive saved from the app for this request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocalCopy {
    pub path: String,
    pub saved_at: String,
    pub archive_sha256: String,
    pub deleted: bool,
    /// The computer it was saved on (`None`: its event does not say, as before it was
    /// recorded).
    pub computer: Option<String>,
}

impl LocalCopy {
    /// Whether it was saved on the computer named `here` (or its event does not say where:
    /// then it is taken to be here, as it always was).
    pub fn is_on(&self, here: &str) -> bool {
        same_computer(self.computer.as_deref(), Some(here))
    }
}

/// Whether two computers' names (`None`: not said) may be the same computer: names are
/// compared without regard to case, and a name not said matches any.
fn same_computer(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
        _ => true,
    }
}

/// One request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Case {
    pub reference: String,
    pub subject: String,
    pub right: Right,
    pub received: Date,
    /// Further months (0, 1 or 2).
    pub extension_months: u8,
    /// Told on, and why.
    pub extension: Option<(Date, String)>,
    pub due: Date,
    pub status: Status,
    /// The first delivery's date.
    pub answered_on: Option<Date>,
    pub opened_at: String,
    pub notes: Vec<String>,
    pub exports: u32,
    pub copies: Vec<LocalCopy>,
    /// Its events' numbers in the journal.
    pub events: Vec<u64>,
    /// The officer it is assigned to (`None`: nobody yet).
    pub assignee: Option<String>,
    /// Its last finished export: the archive's SHA-256, and the event that recorded it.
    pub last_archive: Option<(String, u64)>,
    /// What a second officer said of that archive (`None`: nothing yet).
    pub review: Option<Review>,
    /// The language it is to be answered in, as an ISO 639-1 code (`None`: never said).
    pub language: Option<String>,
}

/// A second officer's word on a request's last archive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "review", rename_all = "snake_case")]
pub enum Review {
    /// Approved for delivery (in the event numbered `seq`).
    Approved { seq: u64 },
    /// Sent back, and why (in the event numbered `seq`).
    SentBack { seq: u64, reason: String },
}

/// The rules a team set for the whole journal.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct TeamRules {
    /// An archive must be approved by a second officer before its delivery is recorded.
    pub approval_required: bool,
}

/// The team's rules as the journal's events last set them.
pub fn team_rules(events: &[Recorded]) -> TeamRules {
    let mut folding = Folding::default();
    for recorded in events.iter().filter(|e| e.case.is_none()) {
        folding.add(recorded);
    }
    folding.rules()
}

impl Case {
    /// Days from `today` to the due date (negative: overdue).
    pub fn days_left(&self, today: Date) -> i64 {
        days_between(today, self.due)
    }

    /// Not answered, and past its due date.
    pub fn overdue(&self, today: Date) -> bool {
        self.status == Status::Open && today > self.due
    }

    /// "answered on time" or "answered N days late", once answered.
    pub fn timeliness(&self) -> Option<String> {
        let on = self.answered_on?;
        let late = days_between(self.due, on);
        Some(match late {
            i64::MIN..=0 => "answered on time".to_string(),
            1 => "answered 1 day late".to_string(),
            n => format!("answered {n} days late"),
        })
    }

    /// Where it stands, in words, on `today`.
    pub fn standing(&self, today: Date) -> String {
        if let Some(timeliness) = self.timeliness() {
            return timeliness;
        }
        if self.status == Status::Closed {
            return "closed without an answer".to_string();
        }
        match self.days_left(today) {
            0 => "due today".to_string(),
            1 => "1 day left".to_string(),
            n if n > 1 => format!("{n} days left"),
            -1 => "overdue by 1 day".to_string(),
            n => format!("overdue by {} days", -n),
        }
    }
}

/// Folds the journal's events into requests, soonest due first (closed ones last).
pub fn fold(events: &[Recorded]) -> Vec<Case> {
    let mut folding = Folding::default();
    for recorded in events {
        folding.add(recorded);
    }
    folding.cases()
}

/// Requests and the team's rules as the events so far tell them, to which later events are
/// added one by one (the desk keeps one between calls, and reads only what is new).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Folding {
    cases: Vec<Case>,
    /// Where each request is in `cases`, by reference: a journal of 10,000 requests and
    /// 100,000 events is folded in one pass, not by searching the list for every event.
    index: std::collections::HashMap<String, usize>,
    rules: TeamRules,
    /// The last event added: its number and hash.
    last: Option<(u64, String)>,
}

impl Folding {
    /// The last event added (`None`: none yet).
    pub fn last(&self) -> Option<&(u64, String)> {
        self.last.as_ref()
    }

    /// The team's rules so far.
    pub fn rules(&self) -> TeamRules {
        self.rules
    }

    /// The request with this reference (compared trimmed, without regard to case).
    pub fn case(&self, reference: &str) -> Result<Case, JournalError> {
        self.cases
            .iter()
            .find(|c| crate::chain::same_reference(&c.reference, reference))
            .cloned()
            .ok_or_else(|| JournalError::NoSuchCase(reference.trim().to_string()))
    }

    /// Every request, soonest due first (closed ones last).
    pub fn cases(&self) -> Vec<Case> {
        let mut cases = self.cases.clone();
        cases.sort_by(|a, b| {
            (a.status == Status::Closed, a.due, &a.reference).cmp(&(
                b.status == Status::Closed,
                b.due,
                &b.reference,
            ))
        });
        cases
    }

    /// Adds the next event.
    pub fn add(&mut self, recorded: &Recorded) {
        self.last = Some((recorded.seq, recorded.hash.clone()));
        if let EventKind::ApprovalRule { required } = recorded.event {
            self.rules.approval_required = required;
        }
        let (cases, index) = (&mut self.cases, &mut self.index);
        let Some(reference) = recorded.case.as_deref() else {
            return;
        };
        if let EventKind::CaseOpened {
            subject,
            right,
            received,
            ..
        } = &recorded.event
        {
            let Ok(received) = parse_date(received) else {
                return;
            };
            index.entry(reference.to_string()).or_insert(cases.len());
            cases.push(Case {
                reference: reference.to_string(),
                subject: subject.clone(),
                right: *right,
                received,
                extension_months: 0,
                extension: None,
                due: due_date(received, 0),
                status: Status::Open,
                answered_on: None,
                opened_at: recorded.at.clone(),
                notes: Vec::new(),
                exports: 0,
                copies: Vec::new(),
                events: vec![recorded.seq],
                assignee: None,
                last_archive: None,
                review: None,
                language: None,
            });
            return;
        }
        let Some(case) = index.get(reference).and_then(|&i| cases.get_mut(i)) else {
            return;
        };
        case.events.push(recorded.seq);
        match &recorded.event {
            EventKind::Extended {
                months,
                told_on,
                reason,
                ..
            } => {
                case.extension_months = (*months).min(2);
                case.due = due_date(case.received, case.extension_months);
                if let Ok(told_on) = parse_date(told_on) {
                    case.extension = Some((told_on, reason.clone()));
                }
            }
            EventKind::NoteAdded { note } => case.notes.push(note.clone()),
            EventKind::ExportCompleted { archive_sha256, .. } => {
                case.exports += 1;
                case.last_archive = Some((archive_sha256.clone(), recorded.seq));
                case.review = None;
            }
            EventKind::Approved { archive_sha256 }
                if case.last_archive.as_ref().map(|(a, _)| a) == Some(archive_sha256) =>
            {
                case.review = Some(Review::Approved { seq: recorded.seq });
            }
            EventKind::SentBack {
                archive_sha256,
                reason,
            } if case.last_archive.as_ref().map(|(a, _)| a) == Some(archive_sha256) => {
                case.review = Some(Review::SentBack {
                    seq: recorded.seq,
                    reason: reason.clone(),
                });
            }
            EventKind::Saved {
                path,
                archive_sha256,
                computer,
            } => case.copies.push(LocalCopy {
                path: path.clone(),
                saved_at: recorded.at.clone(),
                archive_sha256: archive_sha256.clone(),
                deleted: false,
                computer: computer.clone(),
            }),
            EventKind::LocalCopyDeleted { path, computer } => {
                for copy in case.copies.iter_mut().filter(|c| {
                    &c.path == path && same_computer(c.computer.as_deref(), computer.as_deref())
                }) {
                    copy.deleted = true;
                }
            }
            EventKind::Delivered { on, .. } => {
                if case.answered_on.is_none() {
                    case.answered_on = parse_date(on).ok();
                }
                if case.status == Status::Open {
                    case.status = Status::Answered;
                }
            }
            EventKind::Closed {} => case.status = Status::Closed,
            EventKind::Assigned { officer } => case.assignee = Some(officer.clone()),
            EventKind::AnswerLanguage { language } => case.language = Some(language.clone()),
            _ => {}
        }
    }
}
