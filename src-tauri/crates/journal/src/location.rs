//! Where a journal is: a file on this computer (the default), or the team's register in a
//! PostgreSQL database, named by its address (`postgres://user:password@server:5432/database`,
//! or `postgres:///database?host=/run/postgresql` for a local socket).

use std::fmt;
use std::path::{Path, PathBuf};

use crate::tls::Tls;

/// Where a journal is.
#[derive(Clone, PartialEq, Eq)]
pub enum Location {
    /// A SQLite file.
    File(PathBuf),
    /// A PostgreSQL database (the team's register).
    Postgres(Address),
}

/// The address of a register on PostgreSQL. Its password is never shown, logged or written
/// (its `Debug` and [`Address::shown`] leave it out).
#[derive(Clone, PartialEq, Eq)]
pub struct Address {
    url: String,
    /// The address the driver is given: without `sslmode` and `sslrootcert`, which [`Tls`]
    /// carries out.
    connect: String,
    /// The address without its password.
    public: String,
    /// What it asks of TLS (`sslmode`, `sslrootcert`).
    tls: Tls,
    database: String,
    server: String,
    /// A password given apart from the address (an environment variable, the keychain), used
    /// when the address has none.
    password: Option<String>,
}

impl Location {
    /// What an officer or a script gave: an address starting with `postgres://` or
    /// `postgresql://` is a register, anything else the path of a journal file.
    pub fn parse(given: &str) -> Result<Location, String> {
        let trimmed = given.trim();
        if Address::is_address(trimmed) {
            Address::parse(trimmed).map(Location::Postgres)
        } else {
            Ok(Location::File(PathBuf::from(given)))
        }
    }

    /// The journal file (`None`: a register).
    pub fn file(&self) -> Option<&Path> {
        match self {
            Location::File(path) => Some(path),
            Location::Postgres(_) => None,
        }
    }

    /// In words for messages: the file's path, or the register's database and server.
    pub fn shown(&self) -> String {
        match self {
            Location::File(path) => path.display().to_string(),
            Location::Postgres(address) => address.shown(),
        }
    }

    /// Whether it is the team's register.
    pub fn is_shared(&self) -> bool {
        matches!(self, Location::Postgres(_))
    }

    /// What it is, in words, for the middle of a sentence: `the journal PATH`, or `the team's
    /// register (database "register" on db.example.org:5432)`.
    pub fn named(&self) -> String {
        match self {
            Location::File(path) => format!("the journal {}", path.display()),
            Location::Postgres(address) => format!("the team's register ({})", address.shown()),
        }
    }
}

impl fmt::Debug for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::File(path) => f.debug_tuple("File").field(path).finish(),
            Location::Postgres(address) => f.debug_tuple("Postgres").field(address).finish(),
        }
    }
}

impl From<PathBuf> for Location {
    fn from(path: PathBuf) -> Location {
        Location::File(path)
    }
}

impl From<&PathBuf> for Location {
    fn from(path: &PathBuf) -> Location {
        Location::File(path.clone())
    }
}

impl From<&Path> for Location {
    fn from(path: &Path) -> Location {
        Location::File(path.to_path_buf())
    }
}

impl From<&Location> for Location {
    fn from(location: &Location) -> Location {
        location.clone()
    }
}

impl From<Address> for Location {
    fn from(address: Address) -> Location {
        Location::Postgres(address)
    }
}

impl Address {
    fn is_address(given: &str) -> bool {
        let lower = given.to_ascii_lowercase();
        lower.starts_with("postgres://") || lower.starts_with("postgresql://")
    }

    /// A register's address: `postgres://[user[:password]@][server][:port]/database[?...]`.
    pub fn parse(given: &str) -> Result<Address, String> {
        let given = given.trim();
        if !Address::is_address(given) {
            return Err(format!(
                "\"{given}\" is not a register's address: it starts with postgres://"
            ));
        }
        let scheme_end = given.find("://").map_or(0, |i| i + 3);
        let rest = &given[scheme_end..];
        let (authority, tail) = rest.split_at(rest.find(['/', '?']).unwrap_or(rest.len()));
        let (user, host_port) = match authority.rsplit_once('@') {
            Some((userinfo, host)) => (
                Some(userinfo.split_once(':').map_or(userinfo, |(name, _)| name)),
                host,
            ),
            None => (None, authority),
        };
        let (path, query) = tail.split_once('?').unwrap_or((tail, ""));
        let database = decode(path.trim_start_matches('/'));
        if database.is_empty() {
            return Err("the register's address names no database: add it after the server, as in postgres://officer@server/register".to_string());
        }
        let pairs: Vec<&str> = query.split('&').filter(|pair| !pair.is_empty()).collect();
        let server = pairs
            .iter()
            .filter_map(|pair| pair.strip_prefix("host="))
            .next_back()
            .map_or_else(|| decode(host_port), decode);
        // A parameter's key, as libpq reads it: without regard to case.
        let is = |pair: &str, key: &str| {
            pair.split_once('=')
                .is_some_and(|(k, _)| k.eq_ignore_ascii_case(key))
        };
        let param = |key: &str| {
            pairs
                .iter()
                .filter(|pair| is(pair, key))
                .filter_map(|pair| pair.split_once('='))
                .map(|(_, value)| decode(value))
                .next_back()
        };
        if let Some(key) = ["sslcert", "sslkey", "sslpassword", "sslcrl", "sslcrldir"]
            .into_iter()
            .find(|key| param(key).is_some())
        {
            return Err(format!(
                "{key}= in the register's address asks for a client certificate, which ACT Export does not use: ask the register's administrator for a login with a password, and leave {key}= out"
            ));
        }
        let tls = Tls::from_params(param("sslmode").as_deref(), param("sslrootcert").as_deref())?;
        let for_driver: Vec<&str> = pairs
            .iter()
            .copied()
            .filter(|pair| !is(pair, "sslmode") && !is(pair, "sslrootcert"))
            .collect();
        let connect = format!(
            "{}{}",
            &given[..scheme_end + authority.len() + path.len()],
            if for_driver.is_empty() {
                String::new()
            } else {
                format!("?{}", for_driver.join("&"))
            }
        );
        let kept: Vec<&str> = pairs
            .into_iter()
            .filter(|pair| !is(pair, "password"))
            .collect();
        let public = format!(
            "{}{}{host_port}{path}{}",
            &given[..scheme_end],
            user.map(|user| format!("{user}@")).unwrap_or_default(),
            if kept.is_empty() {
                String::new()
            } else {
                format!("?{}", kept.join("&"))
            }
        );
        Ok(Address {
            url: given.to_string(),
            connect,
            public,
            tls,
            database,
            server: if server.is_empty() {
                "this computer".to_string()
            } else {
                server
            },
            password: None,
        })
    }

    /// The same address, with a password given apart from it (`PGPASSWORD`, the keychain):
    /// used when the address itself holds none.
    pub fn with_password(mut self, password: impl Into<String>) -> Address {
        self.password = Some(password.into()).filter(|p: &String| !p.is_empty());
        self
    }

    /// The password given apart from the address, if any (only for connecting).
    pub(crate) fn password(&self) -> Option<&str> {
        self.password.as_deref()
    }

    /// The address the driver connects to, password included (without what [`Tls`] carries
    /// out): only for connecting.
    pub(crate) fn connect_url(&self) -> &str {
        &self.connect
    }

    /// What the address asks of TLS.
    pub fn tls(&self) -> &Tls {
        &self.tls
    }

    /// The database's name.
    pub fn database(&self) -> &str {
        &self.database
    }

    /// The server (and port), or the folder of its local socket.
    pub fn server(&self) -> &str {
        &self.server
    }

    /// The server's name without its port (the name its certificate is made out to).
    pub fn host(&self) -> &str {
        match self.server.rsplit_once(':') {
            Some((host, port)) if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) => {
                host
            }
            _ => &self.server,
        }
    }

    /// In words: `database "register" on db.example.org:5432`.
    pub fn shown(&self) -> String {
        format!("database \"{}\" on {}", self.database, self.server)
    }

    /// Whether the address itself holds a password (`user:password@`, or `password=`).
    pub fn holds_password(&self) -> bool {
        self.url != self.public
    }

    /// The address without its password (where the witness keeps what it saw of it).
    pub fn without_password(&self) -> &str {
        &self.public
    }
}

impl fmt::Debug for Address {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.public)
    }
}

/// Percent-decoding of one part of an address (a `%` not followed by two hex digits is kept
/// as it is).
fn decode(part: &str) -> String {
    let bytes = part.as_bytes();
    let hex = |b: u8| char::from(b).to_digit(16);
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if let (b'%', Some(high), Some(low)) = (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            out.push(u8::try_from(high * 16 + low).unwrap_or(b'%'));
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_is_a_file_and_an_address_a_register() {
        assert_eq!(
            Location::parse("records/journal.sqlite").unwrap(),
            Location::File("records/journal.sqlite".into())
        );
        let Location::Postgres(address) =
            Location::parse("postgres://anna:s3cret@db.example.org:5433/register").unwrap()
        else {
            panic!("not a register")
        };
        assert_eq!(address.database(), "register");
        assert_eq!(address.server(), "db.example.org:5433");
        assert_eq!(
            address.shown(),
            "database \"register\" on db.example.org:5433"
        );
    }

    #[test]
    fn the_password_is_never_shown() {
        let address =
            Address::parse("postgresql://anna:s3cret@db/register?password=x2&sslmode=disable")
                .unwrap();
        let shown = format!(
            "{address:?} {} {}",
            address.shown(),
            address.without_password()
        );
        assert!(
            !shown.contains("s3cret") && !shown.contains("x2"),
            "{shown}"
        );
        assert_eq!(
            address.without_password(),
            "postgresql://anna@db/register?sslmode=disable"
        );
        let location = Location::Postgres(address);
        assert!(!format!("{location:?}").contains("s3cret"));
    }

    #[test]
    fn a_client_certificate_is_refused_in_words() {
        for key in ["sslcert", "SSLKEY", "sslpassword", "sslcrl", "sslcrldir"] {
            let refused = Location::parse(&format!("postgres://anna@db/register?{key}=%2Fx.pem"))
                .unwrap_err();
            assert!(
                refused.contains("asks for a client certificate, which ACT Export does not use"),
                "{key}: {refused}"
            );
        }
    }

    #[test]
    fn a_local_socket_is_named_by_its_folder() {
        let address =
            Address::parse("postgres:///register?host=%2Frun%2Fpostgresql&port=5432").unwrap();
        assert_eq!(address.server(), "/run/postgresql");
        assert_eq!(address.database(), "register");
    }

    #[test]
    fn a_percent_sign_without_two_hex_digits_is_kept() {
        let address = Address::parse("postgres://db/caf%aé%2").unwrap();
        assert_eq!(address.database(), "caf%aé%2");
    }

    #[test]
    fn an_address_without_a_database_is_refused() {
        let refused = Location::parse("postgres://db.example.org").unwrap_err();
        assert!(refused.contains("names no database"), "{refused}");
    }
}
