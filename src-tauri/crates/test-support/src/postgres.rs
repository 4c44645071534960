//! A private PostgreSQL cluster for the tests of the team's register: PostgreSQL from the
//! distribution (`initdb` and `pg_ctl`; Debian keeps them in `/usr/lib/postgresql/N/bin`),
//! made in a temporary folder, listening only on a Unix socket in that folder (no port to
//! collide with), one per test binary, each test in a database of its own.
//!
//! It is stopped and its folder removed when the test binary ends, however it ends: a
//! watchdog process of its own session waits for the test binary to be gone, then stops the
//! cluster (`pg_ctl stop -m immediate`) and removes the folder.
//!
//! Where PostgreSQL is not installed, [`cluster`] says so and returns `None` (the test
//! returns early), unless `ACT_EXPORT_REQUIRE_POSTGRES` is set (`make test` and CI set it):
//! then it fails.
//!
//! [`loopback_cluster`] is another one, for the register's benchmark
//! (`examples/register_bench.rs` of act-journal): it runs as a server does (`fsync` on) and
//! listens on 127.0.0.1 at a free port besides its socket.
//!
//! [`tls_cluster`] is a third, for TLS to the register: on 127.0.0.1 at a free port, it lets
//! in only encrypted connections, with a certificate made out to `localhost` and 127.0.0.1
//! by an authority of its own ([`Cluster::authority`]); [`Cluster::other_authority`] is one
//! that signed nothing of it.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;

/// The private cluster of this test binary.
pub struct Cluster {
    /// The temporary folder: `data/` (the cluster), the socket and `log`.
    dir: PathBuf,
    /// The TCP port on 127.0.0.1 (`None`: the socket alone, on the default port).
    port: Option<u16>,
    /// It lets in only encrypted connections over TCP (its authorities' files are in `dir`).
    tls: bool,
}

/// What a cluster is for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// The tests': the socket alone, `fsync` off.
    Tests,
    /// The benchmark's: as a server runs, on 127.0.0.1 too.
    Loopback,
    /// TLS: on 127.0.0.1 too, only encrypted there, `fsync` off.
    Tls,
}

/// The superuser of the private cluster.
const SUPERUSER: &str = "postgres";

/// This test binary's cluster, started on first use (`None`: PostgreSQL is not installed and
/// not required).
pub fn cluster() -> Option<&'static Cluster> {
    static CLUSTER: OnceLock<Option<Cluster>> = OnceLock::new();
    CLUSTER.get_or_init(|| start(Kind::Tests)).as_ref()
}

/// A second private cluster of this process, started on first use, that runs as a server
/// does (`fsync` on) and listens on 127.0.0.1 at a free port as well as on its socket
/// ([`Cluster::tcp_address`]): the register's benchmark measures both. `None` as [`cluster`].
pub fn loopback_cluster() -> Option<&'static Cluster> {
    static CLUSTER: OnceLock<Option<Cluster>> = OnceLock::new();
    CLUSTER.get_or_init(|| start(Kind::Loopback)).as_ref()
}

/// A private cluster of this process for TLS, started on first use: over TCP on 127.0.0.1
/// ([`Cluster::tls_address`]) it lets in only encrypted connections, with a certificate for
/// `localhost` and 127.0.0.1 signed by [`Cluster::authority`]. `None` as [`cluster`].
pub fn tls_cluster() -> Option<&'static Cluster> {
    static CLUSTER: OnceLock<Option<Cluster>> = OnceLock::new();
    CLUSTER.get_or_init(|| start(Kind::Tls)).as_ref()
}

/// A TCP port on 127.0.0.1 that is free now.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port on 127.0.0.1")
        .port()
}

/// The folder of PostgreSQL's server programs.
fn bin_dir() -> Option<PathBuf> {
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let version = entry.file_name().to_str()?.parse::<u32>().ok()?;
            let bin = entry.path().join("bin");
            bin.join("initdb").exists().then_some((version, bin))
        })
        .collect();
    versions.sort();
    if let Some((_, bin)) = versions.pop() {
        return Some(bin);
    }
    std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path)
            .find(|dir| dir.join("initdb").exists() && dir.join("pg_ctl").exists())
    })
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).trim() == "0")
}

/// `program` of PostgreSQL's, run as the `postgres` user when this is root (initdb refuses
/// root), else as this user.
fn server_command(bin: &Path, program: &str, root: bool) -> Command {
    if root {
        let mut command = Command::new("runuser");
        command
            .args(["-u", "postgres", "--"])
            .arg(bin.join(program));
        command
    } else {
        Command::new(bin.join(program))
    }
}

/// Starts a cluster of `kind`.
fn start(kind: Kind) -> Option<Cluster> {
    let required = std::env::var_os("ACT_EXPORT_REQUIRE_POSTGRES").is_some();
    let Some(bin) = bin_dir() else {
        assert!(
            !required,
            "PostgreSQL is not installed (initdb was not found): `make test` installs it"
        );
        eprintln!(
            "PostgreSQL is not installed (initdb was not found): the register's tests are skipped"
        );
        return None;
    };
    let root = is_root();
    let dir = tempfile::Builder::new()
        .prefix("act-export-pg.")
        .tempdir()
        .expect("a temporary folder for PostgreSQL")
        .keep();
    if root {
        let status = Command::new("chown")
            .args(["-R", "postgres:postgres"])
            .arg(&dir)
            .status()
            .expect("chown");
        assert!(
            status.success(),
            "the cluster's folder could not be given to postgres"
        );
    }
    let data = dir.join("data");
    let log = dir.join("log");
    let out = server_command(&bin, "initdb", root)
        .arg("-D")
        .arg(&data)
        .args(["-U", SUPERUSER, "--auth=trust", "-E", "UTF8", "--no-sync"])
        .stdout(Stdio::null())
        .output()
        .expect("initdb");
    assert!(
        out.status.success(),
        "initdb failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Every login is trusted, but one: `carol` must give her password (the tests of a wrong
    // one).
    let hba = data.join("pg_hba.conf");
    let trusted = std::fs::read_to_string(&hba).expect("pg_hba.conf");
    // A TLS cluster lets in over TCP only what is encrypted.
    let encrypted_only = if kind == Kind::Tls {
        certificates(&dir, &data, root);
        "hostssl all all 127.0.0.1/32 trust\nhostnossl all all 127.0.0.1/32 reject\n"
    } else {
        ""
    };
    std::fs::write(
        &hba,
        format!("local all carol scram-sha-256\n{encrypted_only}{trusted}"),
    )
    .expect("pg_hba.conf");
    let port = (kind != Kind::Tests).then(free_port);
    let options = match (kind, port) {
        (Kind::Tests, _) | (_, None) => format!(
            "-c listen_addresses='' -k {} -c fsync=off -c max_connections=200",
            dir.display()
        ),
        (Kind::Loopback, Some(port)) => format!(
            "-c listen_addresses=127.0.0.1 -p {port} -k {} -c max_connections=200",
            dir.display()
        ),
        (Kind::Tls, Some(port)) => format!(
            "-c listen_addresses=127.0.0.1 -p {port} -k {} -c fsync=off -c max_connections=50 \
             -c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key",
            dir.display()
        ),
    };
    let out = server_command(&bin, "pg_ctl", root)
        .arg("-D")
        .arg(&data)
        .arg("-l")
        .arg(&log)
        .args(["-w", "-o", &options, "start"])
        .stdout(Stdio::null())
        .output()
        .expect("pg_ctl start");
    assert!(
        out.status.success(),
        "PostgreSQL did not start: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        std::fs::read_to_string(&log).unwrap_or_default()
    );
    watch(&bin, &dir, root);
    Some(Cluster {
        dir,
        port,
        tls: kind == Kind::Tls,
    })
}

/// The TLS cluster's certificates: an authority (`authority.pem` in `dir`), the server's
/// certificate for `localhost` and 127.0.0.1 signed by it and its key (in `data`, the
/// server's, readable by it alone), and another authority (`other-authority.pem`).
fn certificates(dir: &Path, data: &Path, root: bool) {
    use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair};
    let authority = |name: &str| {
        let mut params = CertificateParams::new(Vec::<String>::new()).expect("parameters");
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params
            .distinguished_name
            .push(DnType::CommonName, format!("ACT Export tests: {name}"));
        CertifiedIssuer::self_signed(params, KeyPair::generate().expect("a key"))
            .expect("an authority")
    };
    let ours = authority("the register's authority");
    let other = authority("another authority");
    let mut params = CertificateParams::new(vec!["localhost".to_string(), "127.0.0.1".to_string()])
        .expect("parameters");
    params
        .distinguished_name
        .push(DnType::CommonName, "localhost");
    let key = KeyPair::generate().expect("a key");
    let server = params
        .signed_by(&key, &ours)
        .expect("the server's certificate");
    std::fs::write(dir.join("authority.pem"), ours.pem()).expect("authority.pem");
    std::fs::write(dir.join("other-authority.pem"), other.pem()).expect("other-authority.pem");
    std::fs::write(data.join("server.crt"), server.pem()).expect("server.crt");
    let key_file = data.join("server.key");
    std::fs::write(&key_file, key.serialize_pem()).expect("server.key");
    // PostgreSQL refuses a key others may read (the tests' clusters run on Linux alone).
    #[cfg(unix)]
    std::fs::set_permissions(
        &key_file,
        <std::fs::Permissions as std::os::unix::fs::PermissionsExt>::from_mode(0o600),
    )
    .expect("server.key's permissions");
    if root {
        let status = Command::new("chown")
            .args(["postgres:postgres"])
            .arg(data.join("server.crt"))
            .arg(&key_file)
            .status()
            .expect("chown");
        assert!(
            status.success(),
            "the server's certificate could not be given to postgres"
        );
    }
}

/// Starts the watchdog that stops the cluster and removes its folder once this process is
/// gone (in a session of its own, so that killing the tests' process group leaves it).
fn watch(bin: &Path, dir: &Path, root: bool) {
    let stop = format!(
        "{} {} -D {} -m immediate stop",
        if root { "runuser -u postgres --" } else { "" },
        bin.join("pg_ctl").display(),
        dir.join("data").display()
    );
    let script = format!(
        "while kill -0 {pid} 2>/dev/null; do sleep 1; done; {stop} >/dev/null 2>&1; rm -rf {dir}",
        pid = std::process::id(),
        dir = dir.display()
    );
    // `setsid --fork` leaves the watchdog running on its own and returns at once.
    let started = Command::new("setsid")
        .args(["--fork", "sh", "-c", &script])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("the cluster's watchdog");
    assert!(started.success(), "the cluster's watchdog did not start");
}

impl Cluster {
    /// The address of `database` in the cluster, connecting as `user` (trusted: no password),
    /// over its socket.
    pub fn address(&self, user: &str, database: &str) -> String {
        match self.port {
            None => format!(
                "postgres://{user}@localhost/{database}?host={}",
                self.dir.display()
            ),
            // No server name: the socket alone, not 127.0.0.1 first.
            Some(port) => format!(
                "postgres://{user}@/{database}?host={}&port={port}",
                self.dir.display()
            ),
        }
    }

    /// The address of `database` over TCP on 127.0.0.1 (`None`: the cluster listens on its
    /// socket alone, as [`cluster`]'s does).
    pub fn tcp_address(&self, user: &str, database: &str) -> Option<String> {
        self.port
            .map(|port| format!("postgres://{user}@127.0.0.1:{port}/{database}"))
    }

    /// The address of `database` on the TLS cluster over TCP, as `localhost`, connecting as
    /// `user` (trusted), with `params` after `?` (`sslmode=verify-full&sslrootcert=...`).
    pub fn tls_address(&self, user: &str, database: &str, params: &str) -> String {
        assert!(self.tls, "tls_address is the TLS cluster's");
        let port = self.port.expect("the TLS cluster's port");
        format!("postgres://{user}@localhost:{port}/{database}?{params}")
    }

    /// The TLS cluster's port on 127.0.0.1.
    pub fn port(&self) -> Option<u16> {
        self.port
    }

    /// The file of the authority that signed the TLS cluster's certificate.
    pub fn authority(&self) -> PathBuf {
        self.dir.join("authority.pem")
    }

    /// The file of an authority that signed nothing of the TLS cluster's.
    pub fn other_authority(&self) -> PathBuf {
        self.dir.join("other-authority.pem")
    }

    /// A new, empty database of its own for one test, owned by the superuser; its name.
    pub fn database(&self) -> String {
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let name = format!("register_{}", NEXT.fetch_add(1, Ordering::Relaxed));
        self.execute("postgres", &format!("CREATE DATABASE {name}"));
        name
    }

    /// Runs `sql` in `database` as the superuser; panics on an error.
    pub fn execute(&self, database: &str, sql: &str) {
        self.try_execute(SUPERUSER, database, sql)
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    /// Runs `sql` in `database` as `user`; the server's message when it refused.
    pub fn try_execute(&self, user: &str, database: &str, sql: &str) -> Result<(), String> {
        let address = self.address(user, database);
        let sql = sql.to_string();
        // The driver runs a runtime of its own: never inside the test's.
        std::thread::spawn(move || {
            let mut client = ::postgres::Client::connect(&address, ::postgres::NoTls)
                .map_err(|e| e.to_string())?;
            client.batch_execute(&sql).map_err(|e| {
                e.as_db_error()
                    .map_or_else(|| e.to_string(), |db| db.message().to_string())
            })
        })
        .join()
        .unwrap()
    }

    /// Makes the login `name` with `options` (`PASSWORD '...'`, `IN ROLE ...`), unless it
    /// exists: logins belong to the whole cluster, which a test binary's tests share.
    pub fn login(&self, name: &str, options: &str) {
        static MAKING: std::sync::Mutex<()> = std::sync::Mutex::new(());
        let _one_at_a_time = MAKING
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        self.execute(
            "postgres",
            &format!(
                "DO $$ BEGIN
                     IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{name}') THEN
                         CREATE ROLE {name} LOGIN {options};
                     END IF;
                 END $$;"
            ),
        );
    }

    /// A team's register: a new database set up by its administrator's script
    /// (docs/register-postgres.sql), and a login in the officers' role for each of `officers`.
    pub fn team_register(&self, officers: &[&str]) -> String {
        // The script makes the officers' role, which belongs to the whole cluster: one at a time.
        static SETTING_UP: std::sync::Mutex<()> = std::sync::Mutex::new(());
        let database = self.database();
        {
            let _one_at_a_time = SETTING_UP
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            self.execute(&database, &administrators_script());
        }
        for officer in officers {
            self.login(officer, "IN ROLE act_export_officer");
        }
        database
    }
}

/// The administrator's script for the team's register (docs/register-postgres.sql).
pub fn administrators_script() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../docs/register-postgres.sql");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}
