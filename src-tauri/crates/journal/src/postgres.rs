//! The journal in a PostgreSQL database: the team's register, shared by several officers.
//!
//! The same rows and chain as the journal file (`sqlite`), in the schema `act_export`
//! ([`SCHEMA`]: `sql/postgres-1.sql` and the upgrades after it, which
//! docs/register-postgres.sql repeats for an administrator). Two officers appending at once
//! never fork the chain: every append takes the transaction-scoped advisory lock
//! [`APPEND_LOCK`] before it reads the head, and `seq` is the primary key as a backstop. The
//! server records who wrote each event (`officer`, the role connected) and when (`written`);
//! triggers refuse UPDATE, DELETE and TRUNCATE.
//!
//! The driver is `postgres`, the blocking client over `tokio-postgres`. It runs its own
//! runtime, which may not be started from inside another: every call runs on a thread of its
//! own ([`Register::call`]), so that the journal can be used the same way from async code (the
//! app's commands, the CLI's export) and from plain functions.

use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use postgres::error::SqlState;
use postgres::fallible_iterator::FallibleIterator;
use postgres::{Client, Transaction};

use crate::chain::{next_row, Identity, Next, Reading, Row, Unless};
use crate::error::JournalError;
use crate::event::Recorded;
use crate::location::Address;
use crate::tls::Protection;

/// The register's schema: the script of each format in turn, the first making format 1 in a
/// database without a register, each next one upgrading the format before it. A register of
/// format N is brought up to date by the scripts after the Nth. A script is never changed
/// once released, since registers made by it exist: a change is the script of a new format.
pub const SCHEMA: [&str; 2] = [
    include_str!("../sql/postgres-1.sql"),
    include_str!("../sql/postgres-2.sql"),
];
/// The register format this code writes: the last script's.
const VERSION: i32 = SCHEMA.len() as i32;
/// The advisory lock that serialises appends and the schema's set-up and upgrades ("ACTX" in
/// ASCII; docs/register-postgres-upgrade-2.sql takes it too).
const APPEND_LOCK: i64 = 0x4143_5458;
/// How long connecting may take before the server counts as unreachable.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// An open connection to the register.
pub(crate) struct Register {
    /// Always there until the register is dropped (then closed on a thread of its own).
    client: Mutex<Option<Client>>,
    address: Address,
    /// How the connection is protected, as the server saw it when it was made.
    protection: Protection,
}

impl Register {
    /// Connects to the register at `address` and, connected as a role that may, sets up its
    /// schema when the database has none yet.
    pub(crate) fn open(address: &Address) -> Result<Register, JournalError> {
        let refused = |why: String| JournalError::Register {
            shown: address.shown(),
            doing: "reached",
            why,
        };
        let mut config: postgres::Config = address.connect_url().parse().map_err(|e| {
            refused(format!(
                "its address is not one PostgreSQL understands ({e})"
            ))
        })?;
        config.ssl_mode(address.tls().driver_mode());
        let tls = address.tls().connector().map_err(refused)?;
        if let (None, Some(password)) = (config.get_password(), address.password()) {
            config.password(password);
        }
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(CONNECT_TIMEOUT);
        }
        if config.get_application_name().is_none() {
            config.application_name("ACT Export");
        }
        let mut client = on_own_thread(move || config.connect(tls))
            .map_err(|e| failure(address, "reached", &e))?;
        // The server's view: a local socket has no client address; pg_stat_ssl says whether
        // this backend's connection is encrypted (any role may read its own row).
        let (local, encrypted): (bool, bool) = on_own_thread(|| {
            client
                .query_one(
                    "SELECT inet_client_addr() IS NULL, coalesce((SELECT ssl FROM pg_stat_ssl \
                     WHERE pid = pg_backend_pid()), false)",
                    &[],
                )
                .map(|row| (row.get(0), row.get(1)))
        })
        .map_err(|e| failure(address, "reached", &e))?;
        let protection = match (encrypted, local) {
            (true, _) => Protection::Encrypted(address.tls().checked()),
            (false, true) => Protection::LocalSocket,
            (false, false) => Protection::Plain,
        };
        let register = Register {
            client: Mutex::new(Some(client)),
            address: address.clone(),
            protection,
        };
        register.migrate()?;
        Ok(register)
    }

    /// How the connection is protected.
    pub(crate) fn protection(&self) -> Protection {
        self.protection
    }

    /// Runs `f` with the connection on a thread of its own (see the module's note).
    fn call<T: Send>(
        &self,
        f: impl FnOnce(&mut Client) -> Result<T, JournalError> + Send,
    ) -> Result<T, JournalError> {
        let mut client = self.client.lock().unwrap_or_else(PoisonError::into_inner);
        match client.as_mut() {
            Some(client) => on_own_thread(move || f(client)),
            None => Err(JournalError::Register {
                shown: self.address.shown(),
                doing: "read",
                why: "its connection was closed".into(),
            }),
        }
    }

    /// Maps a driver error met while `doing`.
    fn failed(&self, doing: &'static str) -> impl Fn(postgres::Error) -> JournalError + '_ {
        move |e| failure(&self.address, doing, &e)
    }

    /// Sets up the schema when there is none, upgrades an older one, and refuses one newer
    /// than this code, in one transaction that holds the append lock (so that no event is
    /// written meanwhile). Only the database's owner can set up or upgrade the schema; any
    /// other role is told so, and uses a register that is up to date as it is.
    fn migrate(&self) -> Result<(), JournalError> {
        let failed = self.failed("set up");
        self.call(|client| {
            let mut tx = client.transaction().map_err(&failed)?;
            tx.execute("SELECT pg_advisory_xact_lock($1)", &[&APPEND_LOCK])
                .map_err(&failed)?;
            let exists: bool = tx
                .query_one(
                    "SELECT to_regclass('act_export.schema_version') IS NOT NULL",
                    &[],
                )
                .map_err(&failed)?
                .get(0);
            let found = if exists {
                tx.query_one("SELECT max(version) FROM act_export.schema_version", &[])
                    .map_err(&failed)?
                    .get::<_, Option<i32>>(0)
                    .ok_or_else(|| JournalError::Register {
                        shown: self.address.shown(),
                        doing: "read",
                        why: "it records no format (act_export.schema_version is empty): \
                              ask the register's administrator to put its format back"
                            .into(),
                    })?
            } else {
                0
            };
            if found > VERSION {
                return Err(JournalError::TooNew {
                    found: i64::from(found),
                });
            }
            let missing = SCHEMA.iter().skip(usize::try_from(found).unwrap_or(0));
            for script in missing {
                tx.batch_execute(script)
                    .map_err(|e| self.not_migrated(found, &e))?;
            }
            tx.commit().map_err(&failed)
        })
    }

    /// A driver error met while setting up the schema (`found`: 0) or upgrading it from
    /// format `found`; a role that may not upgrade it is told who can.
    fn not_migrated(&self, found: i32, error: &postgres::Error) -> JournalError {
        if found == 0 {
            return failure(&self.address, "set up", error);
        }
        if error.code() == Some(&SqlState::INSUFFICIENT_PRIVILEGE) {
            return JournalError::Register {
                shown: self.address.shown(),
                doing: "upgraded",
                why: format!(
                    "it is of format {found}, this version of ACT Export needs format \
                     {VERSION}, and only the database's owner can make that change: ask \
                     the register's administrator to upgrade it (docs/register-postgres.sql \
                     says how), or connect once as the owner"
                ),
            };
        }
        failure(&self.address, "upgraded", error)
    }

    /// The register's identity.
    pub(crate) fn identity(&self) -> Result<Option<Identity>, JournalError> {
        let failed = self.failed("read");
        self.call(|client| {
            let mut tx = client.transaction().map_err(&failed)?;
            identity_of(&mut tx).map_err(&failed)
        })
    }

    /// The last event's number and hash.
    pub(crate) fn last(&self) -> Result<Option<(u64, String)>, JournalError> {
        let failed = self.failed("read");
        self.call(|client| {
            let mut tx = client.transaction().map_err(&failed)?;
            last_event(&mut tx).map_err(&failed)
        })
    }

    /// Every login that wrote an event, sorted.
    pub(crate) fn logins(&self) -> Result<Vec<String>, JournalError> {
        let failed = self.failed("read");
        self.call(|client| {
            Ok(client
                .query(
                    "SELECT DISTINCT officer::text FROM act_export.events ORDER BY 1",
                    &[],
                )
                .map_err(&failed)?
                .into_iter()
                .map(|row| row.get(0))
                .collect())
        })
    }

    /// The login this connection writes as (what the server records as each event's officer).
    pub(crate) fn login(&self) -> Result<String, JournalError> {
        let failed = self.failed("read");
        self.call(|client| {
            Ok(client
                .query_one("SELECT current_user::text", &[])
                .map_err(&failed)?
                .get(0))
        })
    }

    /// Every row as stored, oldest first; with `only`, the row of that event alone.
    pub(crate) fn rows(&self, only: Option<u64>) -> Result<Vec<Row>, JournalError> {
        let failed = self.failed("read");
        let only = only.map(|seq| i64::try_from(seq).unwrap_or(i64::MAX));
        self.call(|client| {
            let rows = client
                .query(
                    "SELECT seq, at, case_ref, kind, body, prev, hash FROM act_export.events \
                     WHERE $1::bigint IS NULL OR seq = $1 ORDER BY seq",
                    &[&only],
                )
                .map_err(&failed)?;
            Ok(rows.into_iter().map(stored_row).collect())
        })
    }

    /// The events after event `after` (see [`crate::db::Db::recorded_after`]). The rows are
    /// taken as they arrive: the driver's thread receives the next ones while this one parses.
    pub(crate) fn recorded_after(
        &self,
        after: u64,
        reading: Reading,
    ) -> Result<Vec<Recorded>, JournalError> {
        let failed = self.failed("read");
        let after = i64::try_from(after).unwrap_or(i64::MAX);
        self.call(|client| {
            let mut rows = client
                .query_raw(
                    "SELECT seq, at, case_ref, body, hash FROM act_export.events \
                     WHERE seq > $1 ORDER BY seq",
                    [&after],
                )
                .map_err(&failed)?;
            let mut read = Vec::new();
            while let Some(row) = rows.next().map_err(&failed)? {
                if let Some(recorded) = crate::chain::recorded(
                    row.get(0),
                    row.get(1),
                    row.get(2),
                    row.get(3),
                    row.get(4),
                    reading,
                ) {
                    read.push(recorded);
                }
            }
            Ok(read)
        })
    }

    /// The rows of the request spelt `case` (as the register spells it), oldest first, found
    /// through the index on the request.
    pub(crate) fn rows_of(&self, case: &str) -> Result<Vec<Row>, JournalError> {
        let failed = self.failed("read");
        self.call(|client| {
            let rows = client
                .query(
                    "SELECT seq, at, case_ref, kind, body, prev, hash FROM act_export.events \
                     WHERE case_ref = $1 ORDER BY seq",
                    &[&case],
                )
                .map_err(&failed)?;
            Ok(rows.into_iter().map(stored_row).collect())
        })
    }

    /// Every request's reference as the register spells it (from the index on the request).
    pub(crate) fn references(&self) -> Result<Vec<String>, JournalError> {
        let failed = self.failed("read");
        self.call(|client| {
            let rows = client
                .query(
                    "SELECT DISTINCT case_ref FROM act_export.events WHERE case_ref IS NOT NULL",
                    &[],
                )
                .map_err(&failed)?;
            Ok(rows.into_iter().map(|row| row.get(0)).collect())
        })
    }

    /// Who wrote each event (the role the server saw), by event number.
    pub(crate) fn officers(&self) -> Result<Vec<(u64, String)>, JournalError> {
        let failed = self.failed("read");
        self.call(|client| {
            let rows = client
                .query(
                    "SELECT seq, officer FROM act_export.events ORDER BY seq",
                    &[],
                )
                .map_err(&failed)?;
            Ok(rows
                .into_iter()
                .map(|row| (u64::try_from(row.get::<_, i64>(0)).unwrap_or(0), row.get(1)))
                .collect())
        })
    }

    /// Appends `event` in one transaction that holds the append lock, checks `unless` and
    /// reads the head, so that what it checked still holds when the event is written.
    /// Appends `events` in one transaction, after checking `unless` in it: all or none.
    pub(crate) fn append(
        &self,
        events: &[Next<'_>],
        unless: Unless<'_>,
    ) -> Result<Vec<Row>, JournalError> {
        let failed = self.failed("written");
        self.call(|client| {
            let mut tx = client.transaction().map_err(&failed)?;
            tx.execute("SELECT pg_advisory_xact_lock($1)", &[&APPEND_LOCK])
                .map_err(&failed)?;
            let mut last = last_event(&mut tx).map_err(&failed)?;
            unless.check(
                || {
                    let opened = tx
                        .query(
                            "SELECT case_ref FROM act_export.events WHERE kind = 'case_opened'",
                            &[],
                        )
                        .map_err(&failed)?;
                    Ok(opened.iter().map(|row| row.get(0)).collect())
                },
                last.as_ref().map(|(seq, _)| *seq),
            )?;
            let identity = identity_of(&mut tx).map_err(&failed)?;
            let mut rows = Vec::with_capacity(events.len());
            for next in events {
                let row = next_row(last, identity.as_ref(), next.at, next.case, next.event)?;
                tx.execute(
                    "INSERT INTO act_export.events (seq, at, case_ref, kind, body, prev, hash) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7)",
                    &[
                        &row.seq, &row.at, &row.case, &row.kind, &row.body, &row.prev, &row.hash,
                    ],
                )
                .map_err(&failed)?;
                last = Some((u64::try_from(row.seq).unwrap_or(0), row.hash.clone()));
                rows.push(row);
            }
            tx.commit().map_err(&failed)?;
            Ok(rows)
        })
    }
}

/// Runs `f` on a thread of its own and returns what it returned.
impl Drop for Register {
    /// The driver closes its connection by blocking on its own runtime, which is not
    /// allowed on a thread that drives another (the app's, the command line's): it is closed
    /// on a thread of its own, as every call is made.
    fn drop(&mut self) {
        let client = self
            .client
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        on_own_thread(move || drop(client));
    }
}

fn on_own_thread<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|scope| match scope.spawn(f).join() {
        Ok(value) => value,
        Err(panic) => std::panic::resume_unwind(panic),
    })
}

fn last_event(tx: &mut Transaction<'_>) -> Result<Option<(u64, String)>, postgres::Error> {
    Ok(tx
        .query_opt(
            "SELECT seq, hash FROM act_export.events ORDER BY seq DESC LIMIT 1",
            &[],
        )?
        .map(|row| (u64::try_from(row.get::<_, i64>(0)).unwrap_or(0), row.get(1))))
}

fn identity_of(tx: &mut Transaction<'_>) -> Result<Option<Identity>, postgres::Error> {
    Ok(tx
        .query_opt("SELECT id, bound_at FROM act_export.identity", &[])?
        .map(|row| Identity {
            id: row.get(0),
            bound_at: u64::try_from(row.get::<_, i64>(1)).unwrap_or(0),
        }))
}

/// A driver error in words an officer can act on.
fn failure(address: &Address, doing: &'static str, error: &postgres::Error) -> JournalError {
    let certificate = crate::tls::certificate_refused(error, address.host());
    let why = match error.code() {
        Some(code) if *code == SqlState::INVALID_PASSWORD => {
            "the password was not accepted: check the user name and password in the register's address".to_string()
        }
        Some(code)
            if *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION
                && address.tls().mode() == crate::tls::SslMode::Disable =>
        {
            "the server does not let this user in without encryption: remove sslmode=disable from the register's address, or ask the register's administrator".to_string()
        }
        Some(code) if *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION => {
            "the server does not let this user in: ask the register's administrator to allow it".to_string()
        }
        Some(code) if *code == SqlState::INVALID_CATALOG_NAME => {
            "there is no such database on the server: check the database's name in the address".to_string()
        }
        Some(code) if *code == SqlState::INSUFFICIENT_PRIVILEGE => {
            "this user may not do that: ask the register's administrator to make it an officer (docs/register-postgres.sql)".to_string()
        }
        Some(code) if *code == SqlState::UNIQUE_VIOLATION => {
            "another officer wrote an event at the same moment: try again".to_string()
        }
        Some(_) => match error.as_db_error() {
            Some(db) => db.message().to_string(),
            None => error.to_string(),
        },
        None if certificate.is_some() => certificate.unwrap_or_default(),
        None if tls_missing(error) => {
            "the server does not offer an encrypted connection, and the address asks for one (sslmode): ask the register's administrator to turn on TLS on the server".to_string()
        }
        None if error.is_closed() => {
            "the connection to the server was lost: check the network and try again".to_string()
        }
        None => format!(
            "the server could not be reached: check its name, its port and the network ({})",
            std::error::Error::source(error)
                .map(ToString::to_string)
                .unwrap_or_else(|| error.to_string())
        ),
    };
    JournalError::Register {
        shown: address.shown(),
        doing,
        why,
    }
}

/// Whether the driver refused because the server offers no TLS and the address asks for it.
fn tls_missing(error: &postgres::Error) -> bool {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(e) = cause {
        if e.to_string() == "server does not support TLS" {
            return true;
        }
        cause = e.source();
    }
    false
}

/// A row read by `SELECT seq, at, case_ref, kind, body, prev, hash FROM act_export.events`.
fn stored_row(row: postgres::Row) -> Row {
    Row {
        seq: row.get(0),
        at: row.get(1),
        case: row.get(2),
        kind: row.get(3),
        body: row.get(4),
        prev: row.get(5),
        hash: row.get(6),
    }
}
