//! The journal in a SQLite file (the default: nothing to set up).
//!
//! Table `events`: `seq` (1, 2, 3... without gaps), `at` (UTC, RFC 3339, whole seconds),
//! `case_ref` (the request's reference, or NULL for an export without a request), `kind` (the
//! event's name: always the `event` of its body, which the hash covers, and `verify` checks
//! that it still is), `body` (the event's canonical JSON), `prev` (the previous event's hash;
//! for the first, the journal's genesis) and `hash` (`chain`). Triggers refuse UPDATE and
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

use std::path::Path;
use std::time::Duration;

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

use crate::chain::{new_id, next_row, Identity, Next, Reading, Row, Unless};
use crate::error::JournalError;
use crate::event::{EventKind, Recorded};

/// The schema version this code writes.
const VERSION: i64 = 2;
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

/// An open journal file.
pub(crate) struct File {
    conn: Connection,
    /// The path as shown in messages.
    shown: String,
}

impl File {
    /// Opens the journal at `path`, making it (and its folder) if needed, private to this
    /// user, and brings its schema up to date (a journal made now gets its identity, its
    /// binding stamped `at`). Several processes may have it open at once (WAL; a writer waits
    /// for another up to 10 seconds).
    pub(crate) fn open(path: &Path, at: &str) -> Result<File, JournalError> {
        make_private(path)?;
        let shown = path.display().to_string();
        let storage = |doing| failure(&shown, doing);
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
                    bind_identity(&tx, &shown, at)?;
                }
            }
            tx.pragma_update(None, "user_version", step + 1)
                .map_err(storage("upgraded"))?;
        }
        tx.commit().map_err(storage("upgraded"))?;
        Ok(File { conn, shown })
    }

    /// The journal's identity (`None` only for a journal whose identity was removed).
    pub(crate) fn identity(&self) -> Result<Option<Identity>, JournalError> {
        identity_of(&self.conn).map_err(failure(&self.shown, "read"))
    }

    /// The last event's number and hash.
    pub(crate) fn last(&self) -> Result<Option<(u64, String)>, JournalError> {
        last_event(&self.conn).map_err(failure(&self.shown, "read"))
    }

    /// Every row as stored, oldest first; with `only`, the row of that event alone.
    pub(crate) fn rows(&self, only: Option<u64>) -> Result<Vec<Row>, JournalError> {
        let storage = |doing| failure(&self.shown, doing);
        let mut statement = self
            .conn
            .prepare(
                "SELECT seq, at, case_ref, kind, body, prev, hash FROM events \
                 WHERE ?1 IS NULL OR seq = ?1 ORDER BY seq",
            )
            .map_err(storage("read"))?;
        let rows = statement
            .query_map(params![only], stored_row)
            .map_err(storage("read"))?;
        rows.collect::<Result<Vec<Row>, _>>()
            .map_err(storage("read"))
    }

    /// The events after event `after` (see [`crate::db::Db::recorded_after`]).
    pub(crate) fn recorded_after(
        &self,
        after: u64,
        reading: Reading,
    ) -> Result<Vec<Recorded>, JournalError> {
        let storage = |doing| failure(&self.shown, doing);
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT seq, at, case_ref, body, hash FROM events WHERE seq > ?1 ORDER BY seq",
            )
            .map_err(storage("read"))?;
        let mut rows = statement.query(params![after]).map_err(storage("read"))?;
        let mut read = Vec::new();
        while let Some(row) = rows.next().map_err(storage("read"))? {
            let body = row
                .get_ref(3)
                .and_then(|b| Ok(b.as_str()?))
                .map_err(storage("read"))?;
            if let Some(recorded) = crate::chain::recorded(
                row.get(0).map_err(storage("read"))?,
                row.get(1).map_err(storage("read"))?,
                row.get(2).map_err(storage("read"))?,
                body,
                row.get(4).map_err(storage("read"))?,
                reading,
            ) {
                read.push(recorded);
            }
        }
        Ok(read)
    }

    /// The rows of the request spelt `case` (as the journal spells it), oldest first, found
    /// through the index on the request.
    pub(crate) fn rows_of(&self, case: &str) -> Result<Vec<Row>, JournalError> {
        let storage = |doing| failure(&self.shown, doing);
        let mut statement = self
            .conn
            .prepare(
                "SELECT seq, at, case_ref, kind, body, prev, hash FROM events \
                 WHERE case_ref = ?1 ORDER BY seq",
            )
            .map_err(storage("read"))?;
        let rows = statement
            .query_map(params![case], stored_row)
            .map_err(storage("read"))?;
        rows.collect::<Result<Vec<Row>, _>>()
            .map_err(storage("read"))
    }

    /// Every request's reference as the journal spells it (from the index on the request).
    pub(crate) fn references(&self) -> Result<Vec<String>, JournalError> {
        let storage = |doing| failure(&self.shown, doing);
        let mut statement = self
            .conn
            .prepare("SELECT DISTINCT case_ref FROM events WHERE case_ref IS NOT NULL")
            .map_err(storage("read"))?;
        let rows = statement
            .query_map([], |row| row.get(0))
            .map_err(storage("read"))?;
        rows.collect::<Result<Vec<String>, _>>()
            .map_err(storage("read"))
    }

    /// Appends `events` in one transaction that first checks `unless` and reads the head, so
    /// that what it checked still holds when they are written (another process waits): all or
    /// none.
    pub(crate) fn append(
        &mut self,
        events: &[Next<'_>],
        unless: Unless<'_>,
    ) -> Result<Vec<Row>, JournalError> {
        let storage = |doing| failure(&self.shown, doing);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(storage("written"))?;
        let mut last = last_event(&tx).map_err(storage("read"))?;
        unless.check(
            || {
                let mut opened = tx
                    .prepare("SELECT case_ref FROM events WHERE kind = 'case_opened'")
                    .map_err(storage("read"))?;
                let references = opened
                    .query_map([], |row| row.get::<_, Option<String>>(0))
                    .map_err(storage("read"))?;
                references
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(storage("read"))
            },
            last.as_ref().map(|(seq, _)| *seq),
        )?;
        let identity = identity_of(&tx).map_err(storage("read"))?;
        let mut rows = Vec::with_capacity(events.len());
        for next in events {
            let row = insert_next(
                &tx,
                &self.shown,
                last,
                identity.as_ref(),
                next.at,
                next.case,
                next.event,
            )?;
            last = Some((u64::try_from(row.seq).unwrap_or(0), row.hash.clone()));
            rows.push(row);
        }
        tx.commit().map_err(storage("written"))?;
        Ok(rows)
    }
}

/// Maps a SQLite error of the journal shown as `shown`, while `doing`, to a [`JournalError`].
fn failure(shown: &str, doing: &'static str) -> impl Fn(rusqlite::Error) -> JournalError {
    let path = shown.to_string();
    move |source| JournalError::Storage {
        path: path.clone(),
        doing,
        source,
    }
}

/// Writes the event after `last` (the last event's number and hash; `None`: the first), its
/// first `prev` the genesis of `identity`.
fn insert_next(
    conn: &Connection,
    shown: &str,
    last: Option<(u64, String)>,
    identity: Option<&Identity>,
    at: &str,
    case: Option<&str>,
    event: &EventKind,
) -> Result<Row, JournalError> {
    let row = next_row(last, identity, at, case, event)?;
    conn.execute(
        "INSERT INTO events (seq, at, case_ref, kind, body, prev, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![row.seq, row.at, row.case, row.kind, row.body, row.prev, row.hash],
    )
    .map_err(failure(shown, "written"))?;
    Ok(row)
}

/// Gives a journal its identity (the migration to format 2): bound into the first event's
/// `prev` when it has no events yet, else recorded by an event of its own after the last.
fn bind_identity(conn: &Connection, shown: &str, at: &str) -> Result<(), JournalError> {
    let id = new_id()?;
    let storage = |doing| failure(shown, doing);
    let bound_at = match last_event(conn).map_err(storage("upgraded"))? {
        None => 0,
        Some(last) => {
            insert_next(
                conn,
                shown,
                Some(last),
                None,
                at,
                None,
                &EventKind::JournalIdentified { id: id.clone() },
            )?
            .seq
        }
    };
    conn.execute(
        "INSERT INTO identity (id, bound_at) VALUES (?1, ?2)",
        params![id, bound_at],
    )
    .map_err(storage("upgraded"))?;
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

/// A row read by `SELECT seq, at, case_ref, kind, body, prev, hash FROM events`.
fn stored_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    Ok(Row {
        seq: row.get(0)?,
        at: row.get(1)?,
        case: row.get(2)?,
        kind: row.get(3)?,
        body: row.get(4)?,
        prev: row.get(5)?,
        hash: row.get(6)?,
    })
}
