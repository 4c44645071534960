//! The team's register on PostgreSQL: the same journal, chain and rules as the file, written
//! by several officers at once, each event named with the login that wrote it, nothing ever
//! changed, and a register that cannot be used said in words. Each test has a database of
//! its own in the test binary's private cluster (`act_test_support::postgres`).

use act_journal::{EventKind, Journal, JournalError, Location, Right, REGISTER_SCHEMA};
use act_test_support::postgres::{administrators_script, cluster, Cluster};
use sha2::{Digest, Sha256};

use crate::{d, ODD_TEXT};

/// A new, empty database in the private cluster (`None`: PostgreSQL is not installed here,
/// and the test returns).
fn register() -> Option<(&'static Cluster, String)> {
    let cluster = cluster()?;
    let database = cluster.database();
    Some((cluster, database))
}

fn open(cluster: &Cluster, user: &str, database: &str) -> Result<Journal, JournalError> {
    Journal::open(Location::parse(&cluster.address(user, database)).unwrap())
}

fn note(text: String) -> EventKind {
    EventKind::NoteAdded { note: text }
}

/// A connection of the test's own to `database`, as `user`, without the journal's code.
fn connect(cluster: &Cluster, user: &str, database: &str) -> postgres::Client {
    postgres::Client::connect(&cluster.address(user, database), postgres::NoTls).unwrap()
}

/// Runs an administrator's script in `database`. The officers' role it makes belongs to the
/// whole cluster, which this binary's tests share: one script at a time.
fn administer(cluster: &Cluster, database: &str, script: &str) {
    static ADMINISTERING: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _one_at_a_time = ADMINISTERING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    cluster.execute(database, script);
}

/// The administrator's script that upgrades a register of format 1 (docs/).
fn administrators_upgrade() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../docs/register-postgres-upgrade-2.sql");
    std::fs::read_to_string(&path).unwrap()
}

/// The register's schema in `database` in words, to compare: its tables' columns, its
/// constraints, indexes, functions and triggers as the server would write them again, and its
/// formats. Not the rights given, which only the administrator's script gives.
fn schema_of(cluster: &Cluster, database: &str) -> String {
    connect(cluster, "postgres", database)
        .query_one(
            "SELECT string_agg(line, E'\\n' ORDER BY line) FROM (
                 SELECT format('table %s: %s', table_name, string_agg(
                     format('%s %s %s %s', column_name, data_type, is_nullable, column_default),
                     ', ' ORDER BY ordinal_position))
                 FROM information_schema.columns WHERE table_schema = 'act_export'
                 GROUP BY table_name
                 UNION ALL
                 SELECT format('constraint %s on %s: %s', conname, conrelid::regclass,
                               pg_get_constraintdef(oid))
                 FROM pg_constraint WHERE connamespace = 'act_export'::regnamespace
                 UNION ALL
                 SELECT indexdef FROM pg_indexes WHERE schemaname = 'act_export'
                 UNION ALL
                 SELECT pg_get_functiondef(oid) FROM pg_proc
                 WHERE pronamespace = 'act_export'::regnamespace
                 UNION ALL
                 SELECT pg_get_triggerdef(oid) FROM pg_trigger
                 WHERE tgrelid IN (SELECT oid FROM pg_class
                                   WHERE relnamespace = 'act_export'::regnamespace)
                 UNION ALL
                 SELECT format('formats %s', string_agg(version::text, ', ' ORDER BY version))
                 FROM act_export.schema_version
             ) AS schema (line)",
            &[],
        )
        .unwrap()
        .get(0)
}

/// The schema the app makes in a new database, connected as its owner.
fn schema_the_app_makes(cluster: &Cluster) -> String {
    let database = cluster.database();
    drop(open(cluster, "postgres", &database).unwrap());
    schema_of(cluster, &database)
}

/// A register of format 1, made as ACT Export made one before format 2 (format 1's script, in
/// one transaction, as the database's owner), with the rows it wrote for a request opened, a
/// note and an export's start; its database.
fn register_of_format_1(cluster: &Cluster) -> String {
    let database = cluster.database();
    cluster.execute(&database, REGISTER_SCHEMA[0]);
    let mut client = connect(cluster, "postgres", &database);
    let id: String = client
        .query_one("SELECT id FROM act_export.identity", &[])
        .unwrap()
        .get(0);
    let mut last = hex::encode(Sha256::digest(format!("ACT Export journal\n{id}")));
    let events = [
        EventKind::CaseOpened {
            subject: "Contoso Ltd".into(),
            right: Right::Access,
            received: "2026-11-02".into(),
            due: "2026-12-02".into(),
        },
        note("asked by phone".into()),
        EventKind::ExportStarted {
            app: "northwind-qa/fieldmate-android".into(),
            run_ids: vec!["5A1E".into()],
        },
    ];
    for (seq, event) in (1..).zip(&events) {
        let (seq, at, case, kind, body, prev, hash) =
            crate::forged_row(&last, seq, Some("DSR-1"), event);
        client
            .execute(
                "INSERT INTO act_export.events (seq, at, case_ref, kind, body, prev, hash) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
                &[
                    &i64::try_from(seq).unwrap(),
                    &at,
                    &case,
                    &kind,
                    &body,
                    &prev,
                    &hash,
                ],
            )
            .unwrap();
        last = hash;
    }
    database
}

/// The format of the register in `database`, as it records it.
fn format_of(cluster: &Cluster, database: &str) -> i32 {
    connect(cluster, "postgres", database)
        .query_one("SELECT max(version) FROM act_export.schema_version", &[])
        .unwrap()
        .get(0)
}

#[test]
fn a_register_is_set_up_by_its_owner_and_keeps_the_same_chain_and_rules() {
    let Some((cluster, database)) = register() else {
        return;
    };
    let mut journal = open(cluster, "postgres", &database).unwrap();
    assert!(journal.location().is_shared());
    journal
        .open_case("DSR-1", "Contoso Ltd", Right::Access, d("2026-11-02"))
        .unwrap();
    journal
        .record(Some("dsr-1"), note("asked by phone".into()))
        .unwrap();
    // A reference is unique without regard to case, in the register as in the file.
    let again = journal.open_case("dsr-1", "Fabrikam", Right::Access, d("2026-11-03"));
    assert!(
        matches!(again, Err(JournalError::DuplicateCase(_))),
        "{again:?}"
    );

    let verification = journal.verify().unwrap();
    assert!(verification.is_ok(), "{verification:?}");
    assert_eq!(verification.events, 2);
    let head = journal.head().unwrap().unwrap();
    assert_eq!(head.id, journal.identity().unwrap().map(|i| i.id));
    assert_eq!(head.id.as_ref().map(String::len), Some(32));
    assert_eq!(
        journal.writers().unwrap(),
        [(1, "postgres".to_string()), (2, "postgres".to_string())]
    );
    let case = journal.case("DSR-1").unwrap();
    assert_eq!(case.subject, "Contoso Ltd");

    // Opened again (another officer's computer), it is the same register.
    let other = open(cluster, "postgres", &database).unwrap();
    assert_eq!(other.head().unwrap().unwrap(), head);
    assert!(other.verify_against(&head).unwrap().is_ok());
    let explained = other.explain(1).unwrap().unwrap();
    assert!(explained.matches() && explained.follows, "{explained:?}");
}

/// Not a test of its own: the body of each appending process of
/// [`four_processes_appending_at_once_keep_one_chain`], which runs this test binary four
/// times with `ACT_TEST_APPEND_TO` and `ACT_TEST_APPENDER` set (ignored in a plain run).
#[test]
#[ignore = "the body of each appending process of four_processes_appending_at_once_keep_one_chain"]
fn appending_process() {
    let address = std::env::var("ACT_TEST_APPEND_TO").expect("ACT_TEST_APPEND_TO");
    let who = std::env::var("ACT_TEST_APPENDER").expect("ACT_TEST_APPENDER");
    let location = Location::parse(&address).unwrap();
    for n in 0..50 {
        // Each event on a connection of its own, as the app and the CLI open the journal for
        // each action.
        let mut journal = Journal::open(location.clone()).unwrap();
        journal
            .record(Some("TEAM-1"), note(format!("{who} {n}")))
            .unwrap();
    }
}

#[test]
fn four_processes_appending_at_once_keep_one_chain() {
    let Some((cluster, database)) = register() else {
        return;
    };
    let address = cluster.address("postgres", &database);
    let mut journal = open(cluster, "postgres", &database).unwrap();
    journal
        .open_case("TEAM-1", "Contoso Ltd", Right::Access, d("2026-11-02"))
        .unwrap();
    let children: Vec<_> = (0..4)
        .map(|who| {
            std::process::Command::new(std::env::current_exe().unwrap())
                .args(["register::appending_process", "--exact", "--ignored"])
                .env("ACT_TEST_APPEND_TO", &address)
                .env("ACT_TEST_APPENDER", format!("officer-{who}"))
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut child in children {
        assert!(
            child.wait().unwrap().success(),
            "an appending process failed"
        );
    }
    let journal = open(cluster, "postgres", &database).unwrap();
    let verification = journal.verify().unwrap();
    assert!(verification.is_ok(), "{verification:?}");
    assert_eq!(verification.events, 1 + 4 * 50);
    let mut notes: Vec<String> = journal
        .events()
        .unwrap()
        .into_iter()
        .filter_map(|e| match e.event {
            EventKind::NoteAdded { note } => Some(note),
            _ => None,
        })
        .collect();
    notes.sort();
    let mut expected: Vec<String> = (0..4)
        .flat_map(|who| (0..50).map(move |n| format!("officer-{who} {n}")))
        .collect();
    expected.sort();
    assert_eq!(notes, expected, "an event was lost or written twice");
}

#[test]
fn an_officer_adds_events_and_can_never_change_them() {
    let Some((cluster, database)) = register() else {
        return;
    };
    administer(cluster, &database, &administrators_script());
    cluster.login("anna", "IN ROLE act_export_officer");
    cluster.login("ben", "IN ROLE act_export_officer");
    // Opened by officer A, written to by officer B: the register names both.
    let mut anna = open(cluster, "anna", &database).unwrap();
    anna.open_case("DSR-7", "Contoso Ltd", Right::Portability, d("2026-11-02"))
        .unwrap();
    let mut ben = open(cluster, "ben", &database).unwrap();
    ben.record(Some("DSR-7"), note("exported".into())).unwrap();
    assert_eq!(
        ben.writers().unwrap(),
        [(1, "anna".to_string()), (2, "ben".to_string())]
    );

    for sql in [
        "UPDATE act_export.events SET body = body",
        "DELETE FROM act_export.events",
        "TRUNCATE act_export.events",
        "UPDATE act_export.identity SET id = id",
        "INSERT INTO act_export.identity (one, id) VALUES (true, 'x')",
    ] {
        let refused = cluster.try_execute("ben", &database, sql).unwrap_err();
        assert!(refused.contains("permission denied"), "{sql}: {refused}");
    }
    // Not even the owner changes an event: the triggers refuse it.
    for sql in [
        "UPDATE act_export.events SET case_ref = 'DSR-8'",
        "UPDATE act_export.events SET officer = 'someone else'",
        "DELETE FROM act_export.events WHERE seq = 2",
        "TRUNCATE act_export.events",
        "DELETE FROM act_export.identity",
    ] {
        let refused = cluster.try_execute("postgres", &database, sql).unwrap_err();
        assert!(refused.contains("append-only"), "{sql}: {refused}");
    }
    // Nor writes an event in another's name or out of turn.
    let refused = cluster
        .try_execute(
            "postgres",
            &database,
            "INSERT INTO act_export.events (seq, at, kind, body, prev, hash)
             VALUES (9, 'x', 'closed', '{\"event\":\"closed\"}', 'x', 'x')",
        )
        .unwrap_err();
    assert!(
        refused.contains("can only follow the last one"),
        "{refused}"
    );
    assert!(ben.verify().unwrap().is_ok());
}

#[test]
fn the_administrators_script_makes_the_schema_the_app_makes() {
    let script = administrators_script();
    let scripts = REGISTER_SCHEMA.join("\n");
    assert!(
        script.contains(&scripts),
        "docs/register-postgres.sql must hold the register's schema (src-tauri/crates/journal/sql/postgres-N.sql, each in turn, a line feed between) as it is"
    );
    assert!(
        administrators_upgrade().contains(REGISTER_SCHEMA[1]),
        "docs/register-postgres-upgrade-2.sql must hold src-tauri/crates/journal/sql/postgres-2.sql as it is"
    );
    let Some((cluster, database)) = register() else {
        return;
    };
    administer(cluster, &database, &script);
    assert_eq!(schema_of(cluster, &database), schema_the_app_makes(cluster));
}

#[test]
fn an_officer_without_the_right_to_set_up_a_register_is_told_so() {
    let Some((cluster, database)) = register() else {
        return;
    };
    cluster.login("carl", "");
    let refused = open(cluster, "carl", &database).err().unwrap();
    assert_eq!(refused.code(), "register_unavailable");
    let said = refused.to_string();
    assert!(said.contains("may not"), "{said}");
    assert!(said.contains(&format!("database \"{database}\"")), "{said}");
}

#[test]
fn a_register_that_cannot_be_used_is_said_in_words() {
    let Some((cluster, database)) = register() else {
        return;
    };
    let said = |address: &str| {
        let error = Journal::open(Location::parse(address).unwrap())
            .err()
            .unwrap();
        assert_eq!(error.code(), "register_unavailable", "{error}");
        error.to_string()
    };
    let missing = said(&cluster.address("postgres", "no_such_register"));
    assert!(missing.contains("no such database"), "{missing}");
    let unreachable = said("postgres://anna@localhost/register?host=/nonexistent-folder");
    assert!(
        unreachable.contains("could not be reached"),
        "{unreachable}"
    );

    cluster.login("carol", "PASSWORD 'the right one'");
    let address = cluster
        .address("carol", &database)
        .replacen("carol@", "carol:wrong@", 1);
    let wrong = said(&address);
    assert!(wrong.contains("password was not accepted"), "{wrong}");
    assert!(
        !wrong.contains("wrong"),
        "the password is never shown: {wrong}"
    );
}

#[test]
fn a_register_of_a_newer_format_is_refused() {
    let Some((cluster, database)) = register() else {
        return;
    };
    drop(open(cluster, "postgres", &database).unwrap());
    cluster.execute(
        &database,
        "INSERT INTO act_export.schema_version (version) VALUES (3)",
    );
    let refused = open(cluster, "postgres", &database).err().unwrap();
    assert!(
        matches!(refused, JournalError::TooNew { found: 3 }),
        "{refused:?}"
    );
}

#[test]
fn a_register_that_records_no_format_is_refused_in_words() {
    let Some((cluster, database)) = register() else {
        return;
    };
    drop(open(cluster, "postgres", &database).unwrap());
    cluster.execute(&database, "DELETE FROM act_export.schema_version");
    let refused = open(cluster, "postgres", &database).err().unwrap();
    assert_eq!(refused.code(), "register_unavailable");
    let said = refused.to_string();
    assert!(said.contains("records no format"), "{said}");
}

#[test]
fn a_register_of_format_1_is_upgraded_by_its_owner_and_takes_any_text() {
    let Some(cluster) = cluster() else {
        return;
    };
    let database = register_of_format_1(cluster);
    // Format 1 refuses an event that holds U+0000, as the journal writes it.
    let odd = note(ODD_TEXT.into());
    let mut client = connect(cluster, "postgres", &database);
    let last: String = client
        .query_one("SELECT hash FROM act_export.events WHERE seq = 3", &[])
        .unwrap()
        .get(0);
    let (_, at, case, kind, body, prev, hash) = crate::forged_row(&last, 4, Some("DSR-1"), &odd);
    let refused = client
        .execute(
            "INSERT INTO act_export.events (seq, at, case_ref, kind, body, prev, hash) \
             VALUES (4, $1, $2, $3, $4, $5, $6)",
            &[&at, &case, &kind, &body, &prev, &hash],
        )
        .unwrap_err();
    assert!(
        refused
            .as_db_error()
            .is_some_and(|e| e.message() == "unsupported Unicode escape sequence"),
        "{refused:?}"
    );
    drop(client);

    let mut journal = open(cluster, "postgres", &database).unwrap();
    assert_eq!(format_of(cluster, &database), 2);
    assert_eq!(schema_of(cluster, &database), schema_the_app_makes(cluster));
    let verification = journal.verify().unwrap();
    assert!(verification.is_ok(), "{verification:?}");
    assert_eq!(verification.events, 3);
    assert_eq!(journal.case("dsr-1").unwrap().subject, "Contoso Ltd");

    journal.record(Some("DSR-1"), odd.clone()).unwrap();
    let again = open(cluster, "postgres", &database).unwrap();
    assert_eq!(again.events().unwrap()[3].event, odd);
    let verification = again.verify().unwrap();
    assert!(verification.is_ok(), "{verification:?}");
    assert_eq!(verification.events, 4);
    // An event's kind is still the one its body names, U+0000 or not.
    let refused = cluster
        .try_execute(
            "postgres",
            &database,
            "INSERT INTO act_export.events (seq, at, kind, body, prev, hash)
             VALUES (5, 'x', 'closed', '{\"n\":\"\\u0000\",\"event\":\"note_added\"}', 'x', 'x')",
        )
        .unwrap_err();
    assert!(refused.contains("the one its body names"), "{refused}");
}

#[test]
fn an_officer_is_told_that_a_register_of_format_1_needs_its_owner_to_upgrade_it() {
    let Some((cluster, database)) = register() else {
        return;
    };
    // The administrator's script of format 1 is today's without format 2.
    let format_1 = administrators_script().replace(REGISTER_SCHEMA[1], "");
    administer(cluster, &database, &format_1);
    assert_eq!(format_of(cluster, &database), 1);
    cluster.login("anna", "IN ROLE act_export_officer");

    let refused = open(cluster, "anna", &database).err().unwrap();
    assert_eq!(refused.code(), "register_unavailable");
    let said = refused.to_string();
    for words in [
        "could not be upgraded",
        "format 1",
        "needs format 2",
        "only the database's owner",
        "docs/register-postgres.sql",
    ] {
        assert!(said.contains(words), "{words}: {said}");
    }
    assert_eq!(format_of(cluster, &database), 1, "nothing changed");

    // The administrator runs the upgrade, and the officer writes any text.
    administer(cluster, &database, &administrators_upgrade());
    assert_eq!(schema_of(cluster, &database), schema_the_app_makes(cluster));
    let mut anna = open(cluster, "anna", &database).unwrap();
    anna.open_case("DSR-1", ODD_TEXT, Right::Access, d("2026-11-02"))
        .unwrap();
    assert_eq!(anna.case("DSR-1").unwrap().subject, ODD_TEXT);
    assert_eq!(anna.writers().unwrap(), [(1, "anna".to_string())]);
    assert!(anna.verify().unwrap().is_ok());
    // The upgrade is for a register of format 1 alone: run again, it changes nothing.
    let again = cluster
        .try_execute("postgres", &database, &administrators_upgrade())
        .unwrap_err();
    assert!(
        again.contains("upgrades a register of format 1, and this one is of format 2"),
        "{again}"
    );
}

#[test]
fn a_decision_is_recorded_only_if_no_officer_wrote_since_it_was_read() {
    let Some((cluster, database)) = register() else {
        return;
    };
    let mut anna = open(cluster, "postgres", &database).unwrap();
    anna.open_case("DSR-1", "Contoso Ltd", Right::Access, d("2026-11-02"))
        .unwrap();
    let read = anna.head().unwrap().unwrap().events;
    open(cluster, "postgres", &database)
        .unwrap()
        .record(Some("DSR-1"), note("sent back meanwhile".into()))
        .unwrap();
    let refused = anna.record_unless_written_since("DSR-1", note("decided".into()), read);
    assert!(
        matches!(refused, Err(JournalError::WrittenSince)),
        "{refused:?}"
    );
    assert_eq!(
        anna.events().unwrap().len(),
        read as usize + 1,
        "nothing written"
    );
    let read = anna.head().unwrap().unwrap().events;
    anna.record_unless_written_since("DSR-1", note("decided again".into()), read)
        .unwrap();
    assert!(anna.verify().unwrap().is_ok());
}

#[test]
fn an_export_s_letter_and_ledger_are_kept_as_they_came() {
    let Some((cluster, database)) = register() else {
        return;
    };
    let papers = serde_json::json!({
        "letter": [{"kind": "paragraph", "text": "Zoë \"Müller\" </script> \u{2028} 中文"}],
        "apps": [{"app": "contoso/checkout", "numbers": [0, -1, 9007199254740991_u64, null, false], "nested": {"b": [], "a": {}}}],
    });
    let completed = EventKind::ExportCompleted {
        app: "contoso/checkout".into(),
        run_ids: vec!["5A1E".into()],
        runs: 1,
        files: 2,
        entries: 5,
        excluded_records: 3,
        bytes: 1234,
        archive_sha256: "0".repeat(64),
        manifest_sha256: "f".repeat(64),
        version: "1.0.0".into(),
        operator: "anna".into(),
        protected: false,
        papers: Some(papers.to_string()),
    };
    let mut journal = open(cluster, "postgres", &database).unwrap();
    journal.append(None, completed.clone()).unwrap();
    let other = open(cluster, "postgres", &database).unwrap();
    assert_eq!(other.events().unwrap().last().unwrap().event, completed);
    assert!(other.verify().unwrap().is_ok());
}

#[test]
fn odd_text_is_kept_as_it_came_in_the_register() {
    let Some((cluster, database)) = register() else {
        return;
    };
    let mut journal = open(cluster, "postgres", &database).unwrap();
    crate::odd_text_is_kept_as_it_came(&mut journal);
}

#[test]
fn a_request_read_alone_is_what_the_whole_register_makes_of_it() {
    let Some((cluster, database)) = register() else {
        return;
    };
    let mut journal = open(cluster, "postgres", &database).unwrap();
    crate::each_request_reads_as_the_whole_journal_makes_it(&mut journal);
}

#[test]
fn a_list_of_the_register_reads_what_the_whole_register_says() {
    let Some((cluster, database)) = register() else {
        return;
    };
    let mut journal = open(cluster, "postgres", &database).unwrap();
    crate::a_list_reads_what_the_whole_journal_says(&mut journal);
}
