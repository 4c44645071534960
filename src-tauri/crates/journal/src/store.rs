//! The journal: append-only, hash-chained, in a file or the team's register (`db`).
//!
//! Each event's hash is the SHA-256 of the previous event's hash, a line feed and the
//! canonical JSON (RFC 8785, `jcs`) of `{"at", "body", "case", "seq"}` (`chain`;
//! docs/journal-format.md says it byte by byte). The backends refuse UPDATE and DELETE of
//! events and any INSERT but the next event; `verify` recomputes the chain.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use time::OffsetDateTime;

use crate::case::{Case, Folding};
use crate::chain::{
    canonical_event, chain_hash, hashed_bytes, sha256_hex, Next, Reading, Row, Unless,
};
use crate::clock::Clock;
use crate::db::Db;
use crate::due::{due_date, iso};
use crate::error::JournalError;
use crate::event::{EventKind, Right};
use crate::location::Location;

pub use crate::chain::{Beginning, Identity};

pub use crate::event::Recorded;

/// The journal's last event: its hash and how many events there are, and the journal's
/// identity. An archive's manifest keeps the head at the time it was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Head {
    pub events: u64,
    pub hash: String,
    /// The journal's identity (`None`: a head kept before journals had one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// What kind of thing does not match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Finding {
    /// Inside the chain: an event was changed, removed, added or moved (or the journal no longer
    /// holds the head an archive recorded of it).
    Changed,
    /// The journal's file is gone, although this computer wrote it.
    Missing,
    /// Events were removed from its end since this computer last wrote it.
    Shorter,
    /// Another journal is in its place: its identity is not the one this computer (or the
    /// archive) recorded.
    Replaced,
    /// The event this computer last wrote is not there any more: the journal was rewritten.
    Rewritten,
}

/// The first thing that does not match in a journal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The event where it shows (for a removed tail: the last one there should be; for a
    /// missing journal: the events it had).
    pub seq: u64,
    /// In words, without a capital or a full stop. For [`Finding::Changed`] a sentence of its
    /// own ("event 4 was changed after it was written"); for the others what follows "The
    /// journal" or "The journal at PATH" ("is missing: it had 12 events when...").
    pub what: String,
    pub finding: Finding,
    /// For what this computer witnessed: the day it last wrote the journal (in the officer's
    /// time zone), for the app to say in the officer's language.
    #[serde(skip)]
    pub written_on: Option<time::Date>,
    /// For a journal shorter than witnessed: the events it has now.
    #[serde(skip)]
    pub now: Option<u64>,
}

impl Problem {
    /// A problem inside the chain.
    pub fn changed(seq: u64, what: String) -> Problem {
        Problem {
            seq,
            what,
            finding: Finding::Changed,
            written_on: None,
            now: None,
        }
    }
}

/// What [`Journal::verify`] found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verification {
    pub events: u64,
    pub head: Option<Head>,
    pub problem: Option<Problem>,
    /// The journal's identity (`None`: no journal, or its identity is missing).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

impl Verification {
    pub fn is_ok(&self) -> bool {
        self.problem.is_none()
    }
}

/// What the chain hashes for one event ([`Journal::explain`]), for an auditor who recomputes
/// it without ACT Export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Explained {
    pub seq: u64,
    /// The `prev` the event holds.
    pub prev: String,
    /// For event 1: how its `prev` is made.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub beginning: Option<Beginning>,
    /// Whether `prev` is the hash of the event before (for event 1: the journal's beginning).
    pub follows: bool,
    /// The event as hashed after `prev` and a line feed: the canonical JSON (RFC 8785) of
    /// `{"at", "body", "case", "seq"}` (`None`: its body is no longer JSON the journal can
    /// hash).
    pub canonical: Option<String>,
    /// The SHA-256 of `prev`, a line feed and `canonical`, computed now.
    pub computed: Option<String>,
    /// The hash the journal holds for the event.
    pub recorded: String,
}

impl Explained {
    /// The exact bytes the hash is the SHA-256 of: `prev`, a line feed, `canonical`.
    pub fn hashed(&self) -> Option<String> {
        self.canonical
            .as_ref()
            .map(|event| hashed_bytes(&self.prev, event))
    }

    /// Whether the hash computed now is the one the journal holds.
    pub fn matches(&self) -> bool {
        self.computed.as_deref() == Some(self.recorded.as_str())
    }
}

/// What [`Journal::copy_from`] copied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Copied {
    /// Events copied (the source's, but its identity's own event).
    pub events: u64,
    /// Requests among them.
    pub requests: u64,
    /// The number of the event that records where they came from (the copies follow it).
    pub first: u64,
}

/// The journal, open.
pub struct Journal {
    db: Db,
    location: Location,
    /// What stamps each event's time.
    clock: Arc<dyn Clock>,
}

/// Where the desktop app and the command line keep the journal: `journal.sqlite` in the app's
/// data folder (`identifier` is the app's, as in tauri.conf.json).
pub fn default_path(data_dir: &Path) -> PathBuf {
    data_dir.join("journal.sqlite")
}

/// `at` as the journal writes times: UTC, RFC 3339, whole seconds.
pub(crate) fn stamp(at: OffsetDateTime) -> String {
    let at = at.to_offset(time::UtcOffset::UTC);
    let at = at.replace_nanosecond(0).unwrap_or(at);
    at.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

impl Journal {
    /// Opens the journal at `location` (a path: a journal file; an address: the team's
    /// register), making it if needed (a file and its folder private to this user) and
    /// bringing its schema up to date (a journal made now gets its identity). Several
    /// processes may have it open at once; appends wait for one another. Events are stamped
    /// with the computer's clock.
    pub fn open(location: impl Into<Location>) -> Result<Journal, JournalError> {
        Journal::open_with_clock(location, crate::clock::system())
    }

    /// [`Journal::open`], stamping events with `clock`.
    pub fn open_with_clock(
        location: impl Into<Location>,
        clock: Arc<dyn Clock>,
    ) -> Result<Journal, JournalError> {
        let location = location.into();
        let db = Db::open(&location, &stamp(clock.now()))?;
        Ok(Journal {
            db,
            location,
            clock,
        })
    }

    /// Where the journal is.
    pub fn location(&self) -> &Location {
        &self.location
    }

    /// Every event, oldest first, each with who wrote it when the register recorded that.
    pub fn events_with_officers(&self) -> Result<Vec<Recorded>, JournalError> {
        let writers: std::collections::HashMap<u64, String> =
            self.db.writers()?.into_iter().collect();
        let mut events = self.events()?;
        for event in &mut events {
            event.officer = writers.get(&event.seq).cloned();
        }
        Ok(events)
    }

    /// Every officer who wrote an event, sorted (the register; a journal file records none).
    pub fn logins(&self) -> Result<Vec<String>, JournalError> {
        self.db.logins()
    }

    /// The officer this journal writes as: the register's login, or (a journal file) `None`.
    pub fn officer(&self) -> Result<Option<String>, JournalError> {
        self.db.officer()
    }

    /// How the connection to the team's register is protected, as the server saw it when it
    /// was made (`None`: a journal file).
    pub fn protection(&self) -> Option<crate::tls::Protection> {
        self.db.protection()
    }

    /// Who wrote each event, by number, as the server recorded it (the team's register; a
    /// journal file records no writer: it is this computer's user's).
    pub fn writers(&self) -> Result<Vec<(u64, String)>, JournalError> {
        self.db.writers()
    }

    /// Appends an event, now.
    pub fn append(
        &mut self,
        case: Option<&str>,
        event: EventKind,
    ) -> Result<Recorded, JournalError> {
        let at = stamp(self.clock.now());
        self.append_checked(case, event, &at, Unless::Nothing)
    }

    /// Appends an event with the time `at` (RFC 3339).
    pub fn append_at(
        &mut self,
        case: Option<&str>,
        event: EventKind,
        at: &str,
    ) -> Result<Recorded, JournalError> {
        self.append_checked(case, event, at, Unless::Nothing)
    }

    /// Appends an event in one transaction that first checks `unless` and reads the head, so
    /// that what it checked still holds when the event is written (another process waits).
    fn append_checked(
        &mut self,
        case: Option<&str>,
        event: EventKind,
        at: &str,
        unless: Unless<'_>,
    ) -> Result<Recorded, JournalError> {
        let next = Next {
            at,
            case,
            event: &event,
        };
        let row = self
            .db
            .append(&[next], unless)?
            .pop()
            .ok_or_else(|| JournalError::Invalid("the event was not written".into()))?;
        Ok(Recorded {
            seq: u64::try_from(row.seq).unwrap_or(0),
            at: row.at,
            case: row.case,
            event,
            hash: row.hash,
            officer: None,
        })
    }

    /// Every row of the journal as stored, oldest first.
    fn rows(&self) -> Result<Vec<Row>, JournalError> {
        self.db.rows(None)
    }

    /// Every event, oldest first. Events this version cannot read are left out (`verify`
    /// still covers them).
    pub fn events(&self) -> Result<Vec<Recorded>, JournalError> {
        self.events_after(0)
    }

    /// The events after event `seq`, oldest first (as [`Journal::events`]).
    pub fn events_after(&self, seq: u64) -> Result<Vec<Recorded>, JournalError> {
        self.db.recorded_after(seq, Reading::Whole)
    }

    /// The events of `rows` this version can read.
    fn recorded(rows: Vec<Row>) -> Vec<Recorded> {
        rows.into_iter()
            .filter_map(|row| {
                crate::chain::recorded(
                    row.seq,
                    row.at,
                    row.case,
                    &row.body,
                    row.hash,
                    Reading::Whole,
                )
            })
            .collect()
    }

    /// The last event's hash and the number of events, with the journal's identity (`None`:
    /// no events yet).
    pub fn head(&self) -> Result<Option<Head>, JournalError> {
        let id = self.identity()?.map(|i| i.id);
        Ok(self
            .db
            .last()?
            .map(|(events, hash)| Head { events, hash, id }))
    }

    /// The journal's identity (`None` only for a journal whose identity was removed).
    pub fn identity(&self) -> Result<Option<Identity>, JournalError> {
        self.db.identity()
    }

    /// The hash of event `seq` (`None`: there is no such event).
    pub fn hash_of(&self, seq: u64) -> Result<Option<String>, JournalError> {
        Ok(self
            .db
            .rows(Some(seq))?
            .into_iter()
            .next()
            .map(|row| row.hash))
    }

    /// The clock that stamps events (and tells the officer's time zone).
    pub fn clock(&self) -> &Arc<dyn Clock> {
        &self.clock
    }

    /// Recomputes the chain from the first event: names the first event that was changed,
    /// is missing, or is out of place, and checks that the chain holds the journal's identity
    /// (in the first event's `prev`, or in the event that recorded it) and that each event's
    /// `kind` is the one its hashed body names.
    pub fn verify(&self) -> Result<Verification, JournalError> {
        let identity = self.identity()?;
        let mut expected_prev = Beginning::of(identity.as_ref()).prev();
        let mut count = 0u64;
        let mut problem = match &identity {
            None => Some(Problem::changed(
                1,
                "the journal's identity is missing: it was removed outside ACT Export".into(),
            )),
            Some(_) => None,
        };
        let rows = if problem.is_some() {
            Vec::new()
        } else {
            self.rows()?
        };
        for Row {
            seq,
            at,
            case,
            kind,
            body,
            prev,
            hash,
        } in rows
        {
            let expected_seq = count + 1;
            let seq = u64::try_from(seq).unwrap_or(0);
            if seq != expected_seq {
                problem = Some(Problem::changed(
                    expected_seq,
                    format!(
                        "event {expected_seq} is missing (the next one is event {seq}): events were removed"
                    ),
                ));
                break;
            }
            if prev != expected_prev {
                problem = Some(Problem::changed(
                    seq,
                    if seq == 1 {
                        "event 1 does not begin this journal: it was written for another journal, or the journal's identity was changed".into()
                    } else {
                        format!("event {seq} does not follow event {count}: events were removed, added or moved")
                    },
                ));
                break;
            }
            let body = serde_json::from_str::<Value>(&body).ok();
            let recomputed = body
                .as_ref()
                .and_then(|body| chain_hash(&prev, seq, &at, case.as_deref(), body).ok());
            let named = body.as_ref().and_then(|b| b.get("event")?.as_str());
            if recomputed.as_deref() != Some(hash.as_str()) || named != Some(kind.as_str()) {
                problem = Some(Problem::changed(
                    seq,
                    format!("event {seq} was changed after it was written"),
                ));
                break;
            }
            if let Some(identity) = identity.as_ref().filter(|i| i.bound_at == seq) {
                let recorded = body
                    .and_then(|b| serde_json::from_value::<EventKind>(b).ok())
                    .and_then(|e| match e {
                        EventKind::JournalIdentified { id } => Some(id),
                        _ => None,
                    });
                if recorded.as_deref() != Some(identity.id.as_str()) {
                    problem = Some(Problem::changed(
                        seq,
                        format!("event {seq} does not record this journal's identity: the identity was changed"),
                    ));
                    break;
                }
            }
            expected_prev = hash;
            count = seq;
        }
        if let Some(identity) = identity.as_ref().filter(|i| i.bound_at > count) {
            problem = problem.or_else(|| {
                Some(Problem::changed(
                    identity.bound_at,
                    format!(
                        "event {}, which recorded the journal's identity, is missing: events were removed",
                        identity.bound_at
                    ),
                ))
            });
        }
        let id = identity.map(|i| i.id);
        let head = (count > 0 && problem.is_none()).then(|| Head {
            events: count,
            hash: expected_prev.clone(),
            id: id.clone(),
        });
        Ok(Verification {
            events: count,
            head,
            problem,
            id,
        })
    }

    /// [`Journal::verify`], and the journal must still be the one `head` was kept of (in an
    /// archive's manifest when it was made: its identity, when the archive has it) and still
    /// hold it: a journal cut short after that, or another journal, is found.
    pub fn verify_against(&self, head: &Head) -> Result<Verification, JournalError> {
        let mut verification = self.verify()?;
        if verification.problem.is_some() {
            return Ok(verification);
        }
        if head.id.is_some() && head.id != verification.id {
            verification.problem = Some(Problem {
                seq: head.events,
                what: "is not the journal the archive was made with: its identity differs".into(),
                finding: Finding::Replaced,
                written_on: None,
                now: None,
            });
            verification.head = None;
            return Ok(verification);
        }
        verification.problem = match self.hash_of(head.events)? {
            None => Some(Problem::changed(
                head.events,
                format!(
                    "the journal ends at event {}, but it had {} events when the archive was made: events were removed",
                    verification.events, head.events
                ),
            )),
            Some(hash) if hash != head.hash => Some(Problem::changed(
                head.events,
                format!(
                    "event {} is not the one the archive recorded: the journal was rewritten",
                    head.events
                ),
            )),
            Some(_) => None,
        };
        if verification.problem.is_some() {
            verification.head = None;
        }
        Ok(verification)
    }

    /// What the chain hashes for event `seq`, and whether it still gives the hash the journal
    /// holds (`None`: there is no such event).
    pub fn explain(&self, seq: u64) -> Result<Option<Explained>, JournalError> {
        let Some(row) = self.db.rows(Some(seq))?.into_iter().next() else {
            return Ok(None);
        };
        let (beginning, follows) = if seq == 1 {
            let beginning = Beginning::of(self.identity()?.as_ref());
            let follows = row.prev == beginning.prev();
            (Some(beginning), follows)
        } else {
            (
                None,
                self.hash_of(seq - 1)?.as_deref() == Some(row.prev.as_str()),
            )
        };
        let canonical = serde_json::from_str::<Value>(&row.body)
            .ok()
            .and_then(|body| canonical_event(seq, &row.at, row.case.as_deref(), &body).ok());
        let computed = canonical
            .as_ref()
            .map(|event| sha256_hex(hashed_bytes(&row.prev, event).as_bytes()));
        Ok(Some(Explained {
            seq,
            prev: row.prev,
            beginning,
            follows,
            canonical,
            computed,
            recorded: row.hash,
        }))
    }

    /// Brings `folding` up to this journal's last event, reading only the events after the
    /// last one it holds, unless that event is no longer this journal's (another journal, or
    /// one rewritten: it is folded again from the start).
    pub fn refresh(&self, folding: &mut Folding) -> Result<(), JournalError> {
        let after = match folding.last() {
            Some((seq, hash)) if self.hash_of(*seq)?.as_deref() == Some(hash.as_str()) => *seq,
            Some(_) => {
                *folding = Folding::default();
                0
            }
            None => 0,
        };
        // A list shows no export's papers: they are not read (half of a journal's bytes).
        for recorded in self.db.recorded_after(after, Reading::WithoutPapers)? {
            folding.add(&recorded);
        }
        Ok(())
    }

    /// Every request, soonest due first.
    pub fn cases(&self) -> Result<Vec<Case>, JournalError> {
        let mut folding = Folding::default();
        self.refresh(&mut folding)?;
        Ok(folding.cases())
    }

    /// The request with this reference.
    pub fn case(&self, reference: &str) -> Result<Case, JournalError> {
        // Only that request's events are read (through the index on the request), after its
        // spelling in the journal was found among the references: a request's events are all
        // it is folded from.
        let spelt = self
            .db
            .references()?
            .into_iter()
            .find(|r| crate::chain::same_reference(r, reference))
            .ok_or_else(|| JournalError::NoSuchCase(reference.trim().to_string()))?;
        let mut folding = Folding::default();
        for recorded in &Journal::recorded(self.db.rows_of(&spelt)?) {
            folding.add(recorded);
        }
        folding.case(reference)
    }

    /// Opens a request: its reference (unique, without regard to case: checked inside the
    /// transaction that records it, so that two writers cannot both open it), whose data, which
    /// right and when it was received.
    pub fn open_case(
        &mut self,
        reference: &str,
        subject: &str,
        right: Right,
        received: time::Date,
    ) -> Result<Case, JournalError> {
        let (reference, subject) = (reference.trim(), subject.trim());
        if reference.is_empty() {
            return Err(JournalError::Invalid(
                "a request needs a reference (a ticket number, for example)".into(),
            ));
        }
        if subject.is_empty() {
            return Err(JournalError::Invalid(
                "say whose data the request is about (a client or a person)".into(),
            ));
        }
        let at = stamp(self.clock.now());
        self.append_checked(
            Some(reference),
            EventKind::CaseOpened {
                subject: subject.to_string(),
                right,
                received: iso(received),
                due: iso(due_date(received, 0)),
            },
            &at,
            Unless::Opened(reference),
        )?;
        self.case(reference)
    }

    /// Extends a request's period to `months` further months (1 or 2 in all); the requester
    /// must have been told within the first month.
    pub fn extend(
        &mut self,
        reference: &str,
        months: u8,
        told_on: time::Date,
        reason: &str,
    ) -> Result<Case, JournalError> {
        let case = self.case(reference)?;
        if !(1..=2).contains(&months) {
            return Err(JournalError::Invalid(
                "an extension is 1 or 2 further months (GDPR Art. 12(3))".into(),
            ));
        }
        if months <= case.extension_months {
            return Err(JournalError::Invalid(format!(
                "this request is extended by {} month(s) already",
                case.extension_months
            )));
        }
        if told_on > due_date(case.received, 0) || told_on < case.received {
            return Err(JournalError::Invalid(
                "the requester must be told of an extension within the first month".into(),
            ));
        }
        if reason.trim().is_empty() {
            return Err(JournalError::Invalid(
                "say why the request needs more time (the requester must be told why)".into(),
            ));
        }
        self.append(
            Some(&case.reference),
            EventKind::Extended {
                months,
                told_on: iso(told_on),
                reason: reason.trim().to_string(),
                due: iso(due_date(case.received, months)),
            },
        )?;
        self.case(&case.reference)
    }

    /// Gives the request `reference` to `officer` (again: hands it over). Giving it to the
    /// officer who has it records nothing.
    pub fn assign(&mut self, reference: &str, officer: &str) -> Result<Case, JournalError> {
        let officer = officer.trim();
        if officer.is_empty() {
            return Err(JournalError::Invalid(
                "say to which officer the request goes".into(),
            ));
        }
        let case = self.case(reference)?;
        if case.assignee.as_deref() == Some(officer) {
            return Ok(case);
        }
        self.append(
            Some(&case.reference),
            EventKind::Assigned {
                officer: officer.to_string(),
            },
        )?;
        self.case(&case.reference)
    }

    /// Says in which language the request `reference` is to be answered (an ISO 639-1 code,
    /// which the hosts check); saying the language it has records nothing.
    pub fn set_language(&mut self, reference: &str, language: &str) -> Result<Case, JournalError> {
        let case = self.case(reference)?;
        if case.language.as_deref() == Some(language) {
            return Ok(case);
        }
        self.append(
            Some(&case.reference),
            EventKind::AnswerLanguage {
                language: language.to_string(),
            },
        )?;
        self.case(&case.reference)
    }

    /// Copies every event of `source` (another journal: a laptop's file, say) into this one,
    /// in one transaction: first an event that records where they came from (its identity,
    /// events and head, and `officer`, who wrote it), then each event with its own time and
    /// request. Refused, with nothing written: a source that does not pass its check, holds
    /// events this version cannot read, was copied here before, or opened a request whose
    /// reference this journal has.
    pub fn copy_from(&mut self, source: &Journal, officer: &str) -> Result<Copied, JournalError> {
        let refused = |why: String| JournalError::Invalid(why);
        let checked = source.verify()?;
        if let Some(problem) = checked.problem {
            return Err(refused(format!(
                "{} does not pass its check, so it was not copied: {}",
                source.location.named(),
                problem.what
            )));
        }
        let (Some(head), Some(from)) = (checked.head, checked.id) else {
            return Err(refused(format!(
                "{} has no events to copy",
                source.location.named()
            )));
        };
        let events = source.events()?;
        if u64::try_from(events.len()).unwrap_or(0) != head.events {
            return Err(refused(format!(
                "{} holds events this version of ACT Export cannot read: copy it with the version that wrote them",
                source.location.named()
            )));
        }
        let copied_before = self.events()?.into_iter().any(|e| {
            matches!(&e.event, EventKind::JournalCopied { from: earlier, .. } if *earlier == from)
        });
        if copied_before {
            return Err(refused(format!(
                "{} was copied into {} before: it is not copied twice",
                source.location.named(),
                self.location.named()
            )));
        }
        let references: Vec<String> = events
            .iter()
            .filter(|e| matches!(e.event, EventKind::CaseOpened { .. }))
            .filter_map(|e| e.case.clone())
            .collect();
        let copying: Vec<&Recorded> = events
            .iter()
            .filter(|e| !matches!(e.event, EventKind::JournalIdentified { .. }))
            .collect();
        let origin = EventKind::JournalCopied {
            from,
            events: u64::try_from(copying.len()).unwrap_or(0),
            head: head.hash,
            officer: officer.to_string(),
        };
        let now = stamp(self.clock.now());
        let batch: Vec<Next<'_>> = std::iter::once(Next {
            at: &now,
            case: None,
            event: &origin,
        })
        .chain(copying.iter().map(|e| Next {
            at: &e.at,
            case: e.case.as_deref(),
            event: &e.event,
        }))
        .collect();
        let rows = self.db.append(&batch, Unless::AnyOpened(&references))?;
        Ok(Copied {
            events: u64::try_from(copying.len()).unwrap_or(0),
            requests: u64::try_from(references.len()).unwrap_or(0),
            first: rows
                .first()
                .map_or(0, |r| u64::try_from(r.seq).unwrap_or(0)),
        })
    }

    /// Records an event of the request `reference` (as the journal spells it) unless an event
    /// was written after the event numbered `seq`, which the decision to record it was taken
    /// on: checked inside the transaction that appends it ([`JournalError::WrittenSince`]
    /// otherwise, and nothing is written).
    pub fn record_unless_written_since(
        &mut self,
        reference: &str,
        event: EventKind,
        seq: u64,
    ) -> Result<Recorded, JournalError> {
        let at = stamp(self.clock.now());
        self.append_checked(Some(reference), event, &at, Unless::WrittenSince(seq))
    }

    /// Records an event of an existing request (`None`: an export without a request).
    pub fn record(
        &mut self,
        reference: Option<&str>,
        event: EventKind,
    ) -> Result<Recorded, JournalError> {
        match reference {
            Some(reference) => {
                let case = self.case(reference)?;
                self.append(Some(&case.reference), event)
            }
            None => self.append(None, event),
        }
    }
}
