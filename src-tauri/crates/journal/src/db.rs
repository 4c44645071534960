//! The journal's two backends behind one set of calls: a SQLite file (`sqlite`) or the team's
//! register on PostgreSQL (`postgres`). The journal (`store`) and everything above it do not
//! know which one they have.

use crate::chain::{Identity, Next, Reading, Row, Unless};
use crate::error::JournalError;
use crate::event::Recorded;
use crate::location::Location;
use crate::postgres::Register;
use crate::sqlite::File;

pub(crate) enum Db {
    Sqlite(File),
    Postgres(Box<Register>),
}

impl Db {
    /// Opens (and makes or upgrades) the journal at `location`; a journal made now binds its
    /// identity at `at`.
    pub(crate) fn open(location: &Location, at: &str) -> Result<Db, JournalError> {
        Ok(match location {
            Location::File(path) => Db::Sqlite(File::open(path, at)?),
            Location::Postgres(address) => Db::Postgres(Box::new(Register::open(address)?)),
        })
    }

    pub(crate) fn identity(&self) -> Result<Option<Identity>, JournalError> {
        match self {
            Db::Sqlite(file) => file.identity(),
            Db::Postgres(register) => register.identity(),
        }
    }

    pub(crate) fn last(&self) -> Result<Option<(u64, String)>, JournalError> {
        match self {
            Db::Sqlite(file) => file.last(),
            Db::Postgres(register) => register.last(),
        }
    }

    /// The rows, oldest first: all, or only event `only`.
    pub(crate) fn rows(&self, only: Option<u64>) -> Result<Vec<Row>, JournalError> {
        match self {
            Db::Sqlite(file) => file.rows(only),
            Db::Postgres(register) => register.rows(only),
        }
    }

    /// The events after event `after` this version can read, oldest first, each read straight
    /// into an event as its row arrives (no row kept: what a list folds).
    pub(crate) fn recorded_after(
        &self,
        after: u64,
        reading: Reading,
    ) -> Result<Vec<Recorded>, JournalError> {
        match self {
            Db::Sqlite(file) => file.recorded_after(after, reading),
            Db::Postgres(register) => register.recorded_after(after, reading),
        }
    }

    /// The rows of the request spelt `case` (as the journal spells it), oldest first.
    pub(crate) fn rows_of(&self, case: &str) -> Result<Vec<Row>, JournalError> {
        match self {
            Db::Sqlite(file) => file.rows_of(case),
            Db::Postgres(register) => register.rows_of(case),
        }
    }

    /// Every request's reference as the journal spells it.
    pub(crate) fn references(&self) -> Result<Vec<String>, JournalError> {
        match self {
            Db::Sqlite(file) => file.references(),
            Db::Postgres(register) => register.references(),
        }
    }

    /// Who wrote each event, by number: the role the server saw (a register), or nobody
    /// recorded (a file, written by this computer's user).
    pub(crate) fn writers(&self) -> Result<Vec<(u64, String)>, JournalError> {
        match self {
            Db::Sqlite(_) => Ok(Vec::new()),
            Db::Postgres(register) => register.officers(),
        }
    }

    /// Every officer who wrote an event (a register; a file records none).
    pub(crate) fn logins(&self) -> Result<Vec<String>, JournalError> {
        match self {
            Db::Sqlite(_) => Ok(Vec::new()),
            Db::Postgres(register) => register.logins(),
        }
    }

    /// The officer this connection writes as: the register's login (`None`: a file).
    pub(crate) fn officer(&self) -> Result<Option<String>, JournalError> {
        match self {
            Db::Sqlite(_) => Ok(None),
            Db::Postgres(register) => register.login().map(Some),
        }
    }

    /// How the connection to the register is protected (`None`: a file).
    pub(crate) fn protection(&self) -> Option<crate::tls::Protection> {
        match self {
            Db::Sqlite(_) => None,
            Db::Postgres(register) => Some(register.protection()),
        }
    }

    /// Appends `events` in one transaction (all or none), after checking `unless` in it.
    pub(crate) fn append(
        &mut self,
        events: &[Next<'_>],
        unless: Unless<'_>,
    ) -> Result<Vec<Row>, JournalError> {
        match self {
            Db::Sqlite(file) => file.append(events, unless),
            Db::Postgres(register) => register.append(events, unless),
        }
    }
}
