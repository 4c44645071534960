//! The journal file: SQLite, append-only, hash-chained.
//!
//! Table `events`: `seq` (1, 2, 3... without gaps), `at` (UTC, RFC 3339, whole seconds),
//! `case_ref` (the request's reference, or NULL for an export without a request), `kind`,
//! `body` (the event's canonical JSON), `prev` (the previous event's hash; 64 zeros for the
//! first) and `hash` = SHA-256 of `prev`, a line feed and the canonical JSON of
//! `{"at", "body", "case", "seq"}`. Triggers refuse UPDATE and DELETE. The schema's version is
//! SQLite's `user_version`; each migration moves it one step, in one transaction.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use crate::case::{self, Case};
use crate::clock::Clock;
use crate::due::{due_date, iso};
use crate::error::JournalError;
use crate::event::{EventKind, Right};

pub use crate::event::Recorded;

/// The schema version this code writes.
const VERSION: i64 = 1;
/// The `prev` of the first event.
const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

const MIGRATIONS: [&str; 1] = [r"
    CREATE TABLE events (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        case_ref TEXT,
        kind TEXT NOT NULL,
        body TEXT NOT NULL,
        prev TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE
    );
    CREATE INDEX events_by_case ON events(case_ref);
    CREATE TRIGGER events_no_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
    CREATE TRIGGER events_no_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
"];

/// The journal's last event: its hash and how many events there are. An archive's
/// manifest keeps the head at the time it was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Head {
    pub events: u64,
    pub hash: String,
}

/// The first thing that does not match in a journal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The event where it shows (for a removed tail: the last one there should be).
    pub seq: u64,
    pub what: String,
}

/// What [`Journal::verify`] found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verification {
    pub events: u64,
    pub head: Option<Head>,
    pub problem: Option<Problem>,
}

impl Verification {
    pub fn is_ok(&self) -> bool {
        self.problem.is_none()
    }
}

/// One row of `events`, as stored.
struct Row {
    seq: i64,
    at: String,
    case: Option<String>,
    body: String,
    prev: String,
    hash: String,
}

/// The journal, open.
pub struct Journal {
    conn: Connection,
    path: PathBuf,
    /// What stamps each event's time.
    clock: Arc<dyn Clock>,
}

/// What must still hold inside the transaction that appends an event.
enum Unless<'a> {
    Nothing,
    /// A request with this reference was opened already (compared as [`same_reference`]).
    Opened(&'a str),
}

/// Where the desktop app and the command line keep the journal: `journal.sqlite` in the app's
/// data folder (`identifier` is the app's, as in tauri.conf.json).
pub fn default_path(data_dir: &Path) -> PathBuf {
    data_dir.join("journal.sqlite")
}

/// `value` as canonical JSON: object keys sorted, no spaces.
pub fn canonical(value: &Value) -> String {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            let items: Vec<String> = keys
                .into_iter()
                .map(|k| {
                    format!(
                        "{}:{}",
                        Value::String(k.clone()),
                        canonical(map.get(k).unwrap_or(&Value::Null))
                    )
                })
                .collect();
            format!("{{{}}}", items.join(","))
        }
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(canonical).collect();
            format!("[{}]", items.join(","))
        }
        other => other.to_string(),
    }
}

/// Makes the journal's folder (0700) and file (0600) before SQLite opens it, so that nothing
/// of it is ever readable by others: SQLite gives the `-wal` and `-shm` files the main
/// file's mode. A journal file (or its `-wal`, `-shm`) that is broader is narrowed, and so is
/// the app's own data folder (named after its identifier); a folder named with `--journal` is
/// the user's and is left as it is (the file in it is private all the same).
#[cfg(unix)]
fn make_private(path: &Path) -> Result<(), JournalError> {
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
    /// Narrows `path` to `mode` if it is broader. Best effort: a file this user may not
    /// change the mode of is still the journal.
    fn narrow(path: &Path, mode: u32) {
        if let Ok(meta) = std::fs::metadata(path) {
            if meta.permissions().mode() & 0o777 & !mode != 0 {
                let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode));
            }
        }
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(parent)
            .map_err(|source| JournalError::Folder {
                path: parent.display().to_string(),
                source,
            })?;
        if parent.file_name() == Some(std::ffi::OsStr::new(crate::APP_IDENTIFIER)) {
            narrow(parent, 0o700);
        }
    }
    // Made here, empty, if it is not there (an existing one is left to SQLite, which also
    // opens a journal this user may only read).
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
    {
        Err(source) if source.kind() != std::io::ErrorKind::AlreadyExists => {
            return Err(JournalError::File {
                path: path.display().to_string(),
                source,
            })
        }
        _ => {}
    }
    for suffix in ["", "-wal", "-shm"] {
        let mut file = path.as_os_str().to_owned();
        file.push(suffix);
        narrow(Path::new(&file), 0o600);
    }
    Ok(())
}

/// On Windows the journal lives in the user's profile (AppData), which only that user (and
/// administrators) can read already: the folder is made, the file left to SQLite.
#[cfg(not(unix))]
fn make_private(path: &Path) -> Result<(), JournalError> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|source| JournalError::Folder {
            path: parent.display().to_string(),
            source,
        })?;
    }
    Ok(())
}

fn chain_hash(prev: &str, seq: u64, at: &str, case: Option<&str>, body: &Value) -> String {
    let content = serde_json::json!({"seq": seq, "at": at, "case": case, "body": body});
    let mut hasher = Sha256::new();
    hasher.update(prev.as_bytes());
    hasher.update(b"\n");
    hasher.update(canonical(&content).as_bytes());
    hex::encode(hasher.finalize())
}

/// `at` as the journal writes times: UTC, RFC 3339, whole seconds.
fn stamp(at: OffsetDateTime) -> String {
    let at = at.to_offset(time::UtcOffset::UTC);
    let at = at.replace_nanosecond(0).unwrap_or(at);
    at.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// The reference as compared: trimmed, without regard to case.
fn same_reference(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

impl Journal {
    /// Opens the journal at `path`, making it (and its folder) if needed, private to this
    /// user, and brings its
    /// schema up to date. Several processes may have it open at once (WAL; a writer waits for
    /// another up to 10 seconds). Events are stamped with the computer's clock.
    pub fn open(path: &Path) -> Result<Journal, JournalError> {
        Journal::open_with_clock(path, crate::clock::system())
    }

    /// [`Journal::open`], stamping events with `clock`.
    pub fn open_with_clock(path: &Path, clock: Arc<dyn Clock>) -> Result<Journal, JournalError> {
        make_private(path)?;
        let shown = path.display().to_string();
        let storage = |doing: &'static str| {
            let path = shown.clone();
            move |source| JournalError::Storage {
                path: path.clone(),
                doing,
                source,
            }
        };
        let mut conn = Connection::open(path).map_err(storage("opened"))?;
        conn.busy_timeout(Duration::from_secs(10))
            .map_err(storage("opened"))?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(storage("opened"))?;
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(storage("opened"))?;
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(storage("opened"))?;
        let version: i64 = tx
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .map_err(storage("read"))?;
        if version > VERSION {
            return Err(JournalError::TooNew { found: version });
        }
        for (index, migration) in MIGRATIONS
            .iter()
            .enumerate()
            .skip(usize::try_from(version).unwrap_or(0))
        {
            tx.execute_batch(migration).map_err(storage("upgraded"))?;
            tx.pragma_update(None, "user_version", index as i64 + 1)
                .map_err(storage("upgraded"))?;
        }
        tx.commit().map_err(storage("upgraded"))?;
        Ok(Journal {
            conn,
            path: path.to_path_buf(),
            clock,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn storage(&self, doing: &'static str) -> impl Fn(rusqlite::Error) -> JournalError + '_ {
        move |source| JournalError::Storage {
            path: self.path.display().to_string(),
            doing,
            source,
        }
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
        let path = self.path.display().to_string();
        let storage = |doing: &'static str| {
            let path = path.clone();
            move |source| JournalError::Storage {
                path: path.clone(),
                doing,
                source,
            }
        };
        let body = serde_json::to_value(&event)
            .map_err(|e| JournalError::Invalid(format!("the event could not be written: {e}")))?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(storage("written"))?;
        if let Unless::Opened(reference) = unless {
            let mut opened = tx
                .prepare("SELECT case_ref FROM events WHERE kind = 'case_opened'")
                .map_err(storage("read"))?;
            let references = opened
                .query_map([], |row| row.get::<_, Option<String>>(0))
                .map_err(storage("read"))?;
            for existing in references {
                let existing = existing.map_err(storage("read"))?;
                if existing.is_some_and(|e| same_reference(&e, reference)) {
                    return Err(JournalError::DuplicateCase(reference.to_string()));
                }
            }
        }
        let last: Option<(u64, String)> = tx
            .query_row(
                "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1",
                [],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()
            .map_err(storage("read"))?;
        let (seq, prev) = match last {
            Some((seq, hash)) => (seq + 1, hash),
            None => (1, GENESIS.to_string()),
        };
        let hash = chain_hash(&prev, seq, at, case, &body);
        tx.execute(
            "INSERT INTO events (seq, at, case_ref, kind, body, prev, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![seq, at, case, event.name(), canonical(&body), prev, hash],
        )
        .map_err(storage("written"))?;
        tx.commit().map_err(storage("written"))?;
        Ok(Recorded {
            seq,
            at: at.to_string(),
            case: case.map(str::to_string),
            event,
            hash,
        })
    }

    /// Every row of the journal as stored, oldest first.
    fn rows(&self) -> Result<Vec<Row>, JournalError> {
        let mut statement = self
            .conn
            .prepare("SELECT seq, at, case_ref, body, prev, hash FROM events ORDER BY seq")
            .map_err(self.storage("read"))?;
        let rows = statement
            .query_map([], |row| {
                Ok(Row {
                    seq: row.get(0)?,
                    at: row.get(1)?,
                    case: row.get(2)?,
                    body: row.get(3)?,
                    prev: row.get(4)?,
                    hash: row.get(5)?,
                })
            })
            .map_err(self.storage("read"))?;
        rows.collect::<Result<Vec<Row>, _>>()
            .map_err(self.storage("read"))
    }

    /// Every event, oldest first. Events this version cannot read are left out (`verify`
    /// still covers them).
    pub fn events(&self) -> Result<Vec<Recorded>, JournalError> {
        Ok(self
            .rows()?
            .into_iter()
            .filter_map(|row| {
                let event = serde_json::from_str::<EventKind>(&row.body).ok()?;
                Some(Recorded {
                    seq: u64::try_from(row.seq).ok()?,
                    at: row.at,
                    case: row.case,
                    event,
                    hash: row.hash,
                })
            })
            .collect())
    }

    /// The last event's hash and the number of events (`None`: no events yet).
    pub fn head(&self) -> Result<Option<Head>, JournalError> {
        self.conn
            .query_row(
                "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1",
                [],
                |row| {
                    Ok(Head {
                        events: row.get(0)?,
                        hash: row.get(1)?,
                    })
                },
            )
            .optional()
            .map_err(self.storage("read"))
    }

    /// Recomputes the chain from the first event: names the first event that was changed,
    /// is missing, or is out of place.
    pub fn verify(&self) -> Result<Verification, JournalError> {
        let mut expected_prev = GENESIS.to_string();
        let mut count = 0u64;
        let mut problem = None;
        for Row {
            seq,
            at,
            case,
            body,
            prev,
            hash,
        } in self.rows()?
        {
            let expected_seq = count + 1;
            let seq = u64::try_from(seq).unwrap_or(0);
            if seq != expected_seq {
                problem = Some(Problem {
                    seq: expected_seq,
                    what: format!(
                        "event {expected_seq} is missing (the next one is event {seq}): events were removed"
                    ),
                });
                break;
            }
            if prev != expected_prev {
                problem = Some(Problem {
                    seq,
                    what: format!("event {seq} does not follow event {count}: events were removed, added or moved"),
                });
                break;
            }
            let recomputed = serde_json::from_str::<Value>(&body)
                .ok()
                .map(|body| chain_hash(&prev, seq, &at, case.as_deref(), &body));
            if recomputed.as_deref() != Some(hash.as_str()) {
                problem = Some(Problem {
                    seq,
                    what: format!("event {seq} was changed after it was written"),
                });
                break;
            }
            expected_prev = hash;
            count = seq;
        }
        let head = (count > 0 && problem.is_none()).then(|| Head {
            events: count,
            hash: expected_prev.clone(),
        });
        Ok(Verification {
            events: count,
            head,
            problem,
        })
    }

    /// [`Journal::verify`], and the journal must still hold `head` (kept in an archive's
    /// manifest when it was made): a journal cut short after that is found.
    pub fn verify_against(&self, head: &Head) -> Result<Verification, JournalError> {
        let mut verification = self.verify()?;
        if verification.problem.is_some() {
            return Ok(verification);
        }
        let found: Option<String> = self
            .conn
            .query_row(
                "SELECT hash FROM events WHERE seq = ?1",
                params![head.events],
                |row| row.get(0),
            )
            .optional()
            .map_err(self.storage("read"))?;
        verification.problem = match found {
            None => Some(Problem {
                seq: head.events,
                what: format!(
                    "the journal ends at event {}, but it had {} events when the archive was made: events were removed",
                    verification.events, head.events
                ),
            }),
            Some(hash) if hash != head.hash => Some(Problem {
                seq: head.events,
                what: format!(
                    "event {} is not the one the archive recorded: the journal was rewritten",
                    head.events
                ),
            }),
            Some(_) => None,
        };
        if verification.problem.is_some() {
            verification.head = None;
        }
        Ok(verification)
    }

    /// Every request, soonest due first.
    pub fn cases(&self) -> Result<Vec<Case>, JournalError> {
        Ok(case::fold(&self.events()?))
    }

    /// The request with this reference.
    pub fn case(&self, reference: &str) -> Result<Case, JournalError> {
        self.cases()?
            .into_iter()
            .find(|c| same_reference(&c.reference, reference))
            .ok_or_else(|| JournalError::NoSuchCase(reference.trim().to_string()))
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
