//! The journal file: SQLite, append-only, hash-chained.
//!
//! Table `events`: `seq` (1, 2, 3... without gaps), `at` (UTC, RFC 3339, whole seconds),
//! `case_ref` (the request's reference, or NULL for an export without a request), `kind` (the
//! event's name: always the `event` of its body, which the hash covers, and `verify` checks
//! that it still is), `body` (the event's canonical JSON), `prev` (the previous event's hash;
//! for the first, the journal's genesis, below) and `hash` = SHA-256 of `prev`, a line feed
//! and the canonical JSON (RFC 8785, `jcs`) of `{"at", "body", "case", "seq"}`
//! (docs/journal-format.md says it byte by byte). Triggers refuse UPDATE and
//! DELETE, and an INSERT of any event but the next one (so that `INSERT OR REPLACE` cannot
//! swap an event either) or of one whose `kind` is not its body's.
//!
//! Table `identity` (format 2): one row, the journal's `id` (128 random bits from the
//! operating system, as 32 hex digits, made when the journal is made) and `bound_at`, the
//! event that binds it into the chain: 0 when the first event's `prev` is the genesis, the
//! SHA-256 of `ACT Export journal`, a line feed and the id (a journal made with an identity);
//! N when event N is a `journal_identified` event naming it (a journal that had events before
//! journals had an identity: its first event's `prev` is 64 zeros, and it gets its identity
//! when it is brought to format 2). Triggers refuse a second row, UPDATE and DELETE.
//!
//! The schema's version is SQLite's `user_version`; each migration moves it one step, in one
//! transaction.

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
use crate::jcs::{canonical, NotCanonical};

pub use crate::event::Recorded;

/// The schema version this code writes.
const VERSION: i64 = 2;
/// The `prev` of the first event of a journal made before journals had an identity.
const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";
/// What the genesis of a journal with an identity hashes before its id.
const GENESIS_PREFIX: &[u8] = b"ACT Export journal\n";

/// Format 1: the events, append-only.
const EVENTS: &str = r"
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
";

/// Format 2: the journal's identity; an event is only ever the next one, and its kind is its
/// body's.
const IDENTITY: &str = r"
    CREATE TABLE identity (
        id TEXT NOT NULL,
        bound_at INTEGER NOT NULL
    );
    CREATE TRIGGER identity_once BEFORE INSERT ON identity
        WHEN (SELECT count(*) FROM identity) > 0
        BEGIN SELECT RAISE(ABORT, 'the journal has its identity already'); END;
    CREATE TRIGGER identity_no_update BEFORE UPDATE ON identity
        BEGIN SELECT RAISE(ABORT, 'the journal''s identity cannot change'); END;
    CREATE TRIGGER identity_no_delete BEFORE DELETE ON identity
        BEGIN SELECT RAISE(ABORT, 'the journal''s identity cannot change'); END;
    CREATE TRIGGER events_only_next BEFORE INSERT ON events
        WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM events)
        BEGIN SELECT RAISE(ABORT, 'the journal is append-only: an event can only follow the last one'); END;
    CREATE TRIGGER events_kind_is_the_bodys BEFORE INSERT ON events
        WHEN NEW.kind IS NOT json_extract(NEW.body, '$.event')
        BEGIN SELECT RAISE(ABORT, 'an event''s kind must be the one its body names'); END;
";

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
}

impl Problem {
    /// A problem inside the chain.
    pub fn changed(seq: u64, what: String) -> Problem {
        Problem {
            seq,
            what,
            finding: Finding::Changed,
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

/// The journal's identity and the event that binds it into the chain (0: the first event's
/// `prev`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub id: String,
    pub bound_at: u64,
}

impl Verification {
    pub fn is_ok(&self) -> bool {
        self.problem.is_none()
    }
}

/// How a journal's first event's `prev` is made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Beginning {
    /// The SHA-256 of `ACT Export journal`, a line feed and the journal's identity `id`.
    Identity { id: String },
    /// 64 zeros: a journal made before journals had an identity (a later
    /// `journal_identified` event records it).
    Zeros,
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

/// One row of `events`, as stored.
struct Row {
    seq: i64,
    at: String,
    case: Option<String>,
    kind: String,
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

/// The `prev` of the first event of the journal whose identity is `id`.
fn genesis(id: &str) -> String {
    sha256_hex(&[GENESIS_PREFIX, id.as_bytes()].concat())
}

impl Beginning {
    /// How the first event of the journal with `identity` begins: with its identity when it
    /// was made with one (bound at 0), else with zeros.
    fn of(identity: Option<&Identity>) -> Beginning {
        match identity {
            Some(identity) if identity.bound_at == 0 => Beginning::Identity {
                id: identity.id.clone(),
            },
            _ => Beginning::Zeros,
        }
    }

    /// The first event's `prev`.
    fn prev(&self) -> String {
        match self {
            Beginning::Identity { id } => genesis(id),
            Beginning::Zeros => GENESIS.to_string(),
        }
    }
}

/// The bytes an event's hash is the SHA-256 of: `prev`, a line feed, the event in canonical
/// JSON ([`canonical_event`]).
fn hashed_bytes(prev: &str, event: &str) -> String {
    format!("{prev}\n{event}")
}

/// A new identity: 128 random bits from the operating system, as 32 hex digits.
fn new_id() -> Result<String, JournalError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| JournalError::NoRandom(e.to_string()))?;
    Ok(hex::encode(bytes))
}

/// The last event's number and hash.
fn last_event(conn: &Connection) -> rusqlite::Result<Option<(u64, String)>> {
    conn.query_row(
        "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1",
        [],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )
    .optional()
}

/// The journal's identity as stored (`None`: none, or no table for it yet).
fn identity_of(conn: &Connection) -> rusqlite::Result<Option<Identity>> {
    let table: bool = conn.query_row(
        "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'identity'",
        [],
        |row| row.get(0),
    )?;
    if !table {
        return Ok(None);
    }
    conn.query_row(
        "SELECT id, bound_at FROM identity ORDER BY rowid LIMIT 1",
        [],
        |row| {
            Ok(Identity {
                id: row.get(0)?,
                bound_at: row.get(1)?,
            })
        },
    )
    .optional()
}

/// Writes the event after `last` (the last event's number and hash; `None`: the first), its
/// first `prev` the genesis of `identity`.
fn insert_next(
    conn: &Connection,
    path: &str,
    last: Option<(u64, String)>,
    identity: Option<&Identity>,
    at: &str,
    case: Option<&str>,
    event: &EventKind,
) -> Result<(u64, String), JournalError> {
    let body = serde_json::to_value(event)
        .map_err(|e| JournalError::Invalid(format!("the event could not be written: {e}")))?;
    let written = canonical(&body)
        .map_err(|e| JournalError::Invalid(format!("the event could not be written: {e}")))?;
    let (seq, prev) = match last {
        Some((seq, hash)) => (seq + 1, hash),
        None => (1, Beginning::of(identity).prev()),
    };
    let hash = chain_hash(&prev, seq, at, case, &body)
        .map_err(|e| JournalError::Invalid(format!("the event could not be written: {e}")))?;
    conn.execute(
        "INSERT INTO events (seq, at, case_ref, kind, body, prev, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![seq, at, case, event.name(), written, prev, hash],
    )
    .map_err(|source| JournalError::Storage {
        path: path.to_string(),
        doing: "written",
        source,
    })?;
    Ok((seq, hash))
}

/// Gives a journal its identity (the migration to format 2): bound into the first event's
/// `prev` when it has no events yet, else recorded by an event of its own after the last.
fn bind_identity(conn: &Connection, path: &str, at: &str) -> Result<(), JournalError> {
    let id = new_id()?;
    let storage = |source| JournalError::Storage {
        path: path.to_string(),
        doing: "upgraded",
        source,
    };
    let bound_at = match last_event(conn).map_err(storage)? {
        None => 0,
        Some(last) => {
            insert_next(
                conn,
                path,
                Some(last),
                None,
                at,
                None,
                &EventKind::JournalIdentified { id: id.clone() },
            )?
            .0
        }
    };
    conn.execute(
        "INSERT INTO identity (id, bound_at) VALUES (?1, ?2)",
        params![id, bound_at],
    )
    .map_err(storage)?;
    Ok(())
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

/// An event as the chain hashes it after its `prev` and a line feed: the canonical JSON
/// (RFC 8785) of `{"at", "body", "case", "seq"}`.
fn canonical_event(
    seq: u64,
    at: &str,
    case: Option<&str>,
    body: &Value,
) -> Result<String, NotCanonical> {
    canonical(&serde_json::json!({"seq": seq, "at": at, "case": case, "body": body}))
}

/// The hash of an event: the SHA-256 of `prev`, a line feed and [`canonical_event`], in
/// lower-case hex.
fn chain_hash(
    prev: &str,
    seq: u64,
    at: &str,
    case: Option<&str>,
    body: &Value,
) -> Result<String, NotCanonical> {
    let event = canonical_event(seq, at, case, body)?;
    Ok(sha256_hex(hashed_bytes(prev, &event).as_bytes()))
}

fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// `at` as the journal writes times: UTC, RFC 3339, whole seconds.
pub(crate) fn stamp(at: OffsetDateTime) -> String {
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
    /// user, and brings its schema up to date (a journal made now gets its identity). Several
    /// processes may have it open at once (WAL; a writer waits for another up to 10 seconds).
    /// Events are stamped with the computer's clock.
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
        for step in version.max(0)..VERSION {
            match step {
                0 => tx.execute_batch(EVENTS).map_err(storage("upgraded"))?,
                _ => {
                    tx.execute_batch(IDENTITY).map_err(storage("upgraded"))?;
                    bind_identity(&tx, &shown, &stamp(clock.now()))?;
                }
            }
            tx.pragma_update(None, "user_version", step + 1)
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
        let last = last_event(&tx).map_err(storage("read"))?;
        let identity = identity_of(&tx).map_err(storage("read"))?;
        let (seq, hash) = insert_next(&tx, &path, last, identity.as_ref(), at, case, &event)?;
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
        self.rows_where("", [])
    }

    /// The rows (as stored, oldest first) that `filter` (SQL after `WHERE`, or nothing) keeps.
    fn rows_where<P: rusqlite::Params>(
        &self,
        filter: &str,
        params: P,
    ) -> Result<Vec<Row>, JournalError> {
        let filter = if filter.is_empty() {
            String::new()
        } else {
            format!("WHERE {filter} ")
        };
        let mut statement = self
            .conn
            .prepare(&format!(
                "SELECT seq, at, case_ref, kind, body, prev, hash FROM events {filter}ORDER BY seq"
            ))
            .map_err(self.storage("read"))?;
        let rows = statement
            .query_map(params, |row| {
                Ok(Row {
                    seq: row.get(0)?,
                    at: row.get(1)?,
                    case: row.get(2)?,
                    kind: row.get(3)?,
                    body: row.get(4)?,
                    prev: row.get(5)?,
                    hash: row.get(6)?,
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

    /// The last event's hash and the number of events, with the journal's identity (`None`:
    /// no events yet).
    pub fn head(&self) -> Result<Option<Head>, JournalError> {
        let id = self.identity()?.map(|i| i.id);
        Ok(last_event(&self.conn)
            .map_err(self.storage("read"))?
            .map(|(events, hash)| Head { events, hash, id }))
    }

    /// The journal's identity (`None` only for a journal whose identity was removed).
    pub fn identity(&self) -> Result<Option<Identity>, JournalError> {
        identity_of(&self.conn).map_err(self.storage("read"))
    }

    /// The hash of event `seq` (`None`: there is no such event).
    pub fn hash_of(&self, seq: u64) -> Result<Option<String>, JournalError> {
        self.conn
            .query_row(
                "SELECT hash FROM events WHERE seq = ?1",
                params![seq],
                |row| row.get(0),
            )
            .optional()
            .map_err(self.storage("read"))
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
        let Some(row) = self.rows_where("seq = ?1", [seq])?.into_iter().next() else {
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
