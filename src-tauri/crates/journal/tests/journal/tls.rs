//! TLS to the team's register, with libpq's `sslmode` and `sslrootcert`: encrypted and checked
//! as the address asks, and every refusal in words that say what to do. Against the test
//! binary's TLS cluster (`act_test_support::postgres::tls_cluster`: over TCP it lets in only
//! encrypted connections, its certificate made out to `localhost` and 127.0.0.1 by an
//! authority of its own), the socket of the tests' cluster and the benchmark's cluster on
//! 127.0.0.1 without TLS.

use act_journal::{Checked, EventKind, Journal, JournalError, Location, Protection};
use act_test_support::postgres::{cluster, loopback_cluster, tls_cluster, Cluster};

/// A new database on the TLS cluster (`None`: PostgreSQL is not installed here).
fn tls_register() -> Option<(&'static Cluster, String)> {
    let cluster = tls_cluster()?;
    let database = cluster.database();
    Some((cluster, database))
}

fn open(address: &str) -> Result<Journal, JournalError> {
    Journal::open(Location::parse(address).map_err(JournalError::Invalid)?)
}

/// Why opening `address` was refused, in words.
fn refused(address: &str) -> String {
    match open(address) {
        Ok(_) => panic!("{address} was opened"),
        Err(error) => error.to_string(),
    }
}

#[test]
fn a_register_checked_against_its_authority_is_encrypted_and_used_as_any_other() {
    let Some((cluster, database)) = tls_register() else {
        return;
    };
    let authority = cluster.authority();
    let address = cluster.tls_address(
        "postgres",
        &database,
        &format!("sslmode=verify-full&sslrootcert={}", authority.display()),
    );
    let mut journal = open(&address).unwrap();
    assert_eq!(
        journal.protection(),
        Some(Protection::Encrypted(Checked::AuthorityAndName))
    );
    journal
        .record(
            None,
            EventKind::NoteAdded {
                note: "over TLS".into(),
            },
        )
        .unwrap();
    drop(journal);
    let journal = open(&address).unwrap();
    assert_eq!(journal.events().unwrap().len(), 1);
    assert!(journal.verify().unwrap().is_ok());
    // verify-ca with the same authority: encrypted, the authority checked.
    let address = cluster.tls_address(
        "postgres",
        &database,
        &format!("sslmode=verify-ca&sslrootcert={}", authority.display()),
    );
    assert_eq!(
        open(&address).unwrap().protection(),
        Some(Protection::Encrypted(Checked::Authority))
    );
    // sslrootcert=system: this computer's authorities, which do not include the tests' own.
    let address = cluster.tls_address("postgres", &database, "sslrootcert=system");
    let said = refused(&address);
    assert!(
        said.contains("not signed by an authority this connection trusts"),
        "{said}"
    );
}

#[test]
fn without_sslmode_or_with_require_the_connection_is_encrypted_but_the_server_not_checked() {
    let Some((cluster, database)) = tls_register() else {
        return;
    };
    for params in ["", "sslmode=prefer", "sslmode=allow", "sslmode=require"] {
        let address = cluster.tls_address("postgres", &database, params);
        assert_eq!(
            open(&address).unwrap().protection(),
            Some(Protection::Encrypted(Checked::Not)),
            "{params}"
        );
    }
    // require with an authority: checked, as libpq does (verify-ca).
    let address = cluster.tls_address(
        "postgres",
        &database,
        &format!(
            "sslmode=require&sslrootcert={}",
            cluster.authority().display()
        ),
    );
    assert_eq!(
        open(&address).unwrap().protection(),
        Some(Protection::Encrypted(Checked::Authority))
    );
}

#[test]
fn a_certificate_of_another_authority_or_for_another_name_is_refused_in_words() {
    let Some((cluster, database)) = tls_register() else {
        return;
    };
    let other = cluster.other_authority();
    for mode in ["verify-full", "verify-ca", "require"] {
        let address = cluster.tls_address(
            "postgres",
            &database,
            &format!("sslmode={mode}&sslrootcert={}", other.display()),
        );
        let said = refused(&address);
        assert!(
            said.contains(
                "the server's certificate is not signed by an authority this connection trusts"
            ) && said.contains("sslrootcert="),
            "{mode}: {said}"
        );
    }
    // The server reached at 127.0.0.1 under a name its certificate is not made out to.
    let port = cluster.port().unwrap();
    let authority = cluster.authority();
    let elsewhere = |mode: &str| {
        format!(
            "postgres://postgres@db.example.org:{port}/{database}?hostaddr=127.0.0.1&sslmode={mode}&sslrootcert={}",
            authority.display()
        )
    };
    let said = refused(&elsewhere("verify-full"));
    assert!(
        said.contains("the server's certificate is not made out to db.example.org"),
        "{said}"
    );
    assert!(
        said.contains("database \"register_"),
        "names the register: {said}"
    );
    assert_eq!(
        open(&elsewhere("verify-ca")).unwrap().protection(),
        Some(Protection::Encrypted(Checked::Authority)),
        "verify-ca checks the authority, not the name"
    );
}

#[test]
fn a_server_and_an_address_that_disagree_on_encryption_are_said_in_words() {
    let Some((cluster, database)) = tls_register() else {
        return;
    };
    // The server lets in only what is encrypted.
    let said = refused(&cluster.tls_address("postgres", &database, "sslmode=disable"));
    assert!(
        said.contains("does not let this user in without encryption: remove sslmode=disable"),
        "{said}"
    );
    // The address asks for encryption; a local socket has none.
    let local = cluster.address("postgres", &database);
    let said = refused(&format!("{local}&sslmode=require"));
    assert!(
        said.contains(
            "the server does not offer an encrypted connection, and the address asks for one"
        ),
        "{said}"
    );
}

#[test]
fn a_local_socket_and_a_plain_connection_are_told_apart() {
    let Some(tests) = cluster() else {
        return;
    };
    let database = tests.database();
    assert_eq!(
        open(&tests.address("postgres", &database))
            .unwrap()
            .protection(),
        Some(Protection::LocalSocket)
    );
    let loopback = loopback_cluster().unwrap();
    let database = loopback.database();
    let address = loopback.tcp_address("postgres", &database).unwrap();
    assert_eq!(
        open(&address).unwrap().protection(),
        Some(Protection::Plain)
    );
    // A journal file has no connection.
    let dir = tempfile::tempdir().unwrap();
    let file = Journal::open(dir.path().join("journal.sqlite")).unwrap();
    assert_eq!(file.protection(), None);
}

#[test]
fn sslmode_and_sslrootcert_never_reach_the_driver_as_they_are_and_bad_values_are_refused() {
    for (address, said) in [
        (
            "postgres://anna@db/register?sslmode=verify",
            "sslmode=verify in the register's address is not one PostgreSQL knows",
        ),
        (
            "postgres://anna@db/register?sslmode=verify-ca",
            "needs the certificate of the authority",
        ),
    ] {
        let refused = Location::parse(address).unwrap_err();
        assert!(refused.contains(said), "{address}: {refused}");
    }
    // The address without its password keeps what it asks of TLS.
    let Location::Postgres(address) = Location::parse(
        "postgres://anna:pw@db.example.org:5433/register?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.pem",
    )
    .unwrap() else {
        panic!("a register")
    };
    assert_eq!(
        address.without_password(),
        "postgres://anna@db.example.org:5433/register?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.pem"
    );
    assert_eq!(address.host(), "db.example.org");
    assert_eq!(
        address.tls().root_file(),
        Some(std::path::Path::new("/etc/ca.pem"))
    );
}
