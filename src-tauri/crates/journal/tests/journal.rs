//! The journal: chained and append-only, tampering found, several writers at once, a crash
//! in the middle of a write, requests and their clock.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use act_journal::{parse_date, Channel, EventKind, Head, Journal, JournalError, Right, Status};
use rusqlite::Connection;

fn d(text: &str) -> time::Date {
    parse_date(text).unwrap()
}

fn sample(path: &std::path::Path) -> Journal {
    let mut journal = Journal::open(path).unwrap();
    journal
        .open_case("DSR-1", "Contoso Ltd", Right::Access, d("2026-11-02"))
        .unwrap();
    journal
        .record(
            Some("dsr-1"),
            EventKind::ExportStarted {
                app: "northwind-qa/fieldmate-android".into(),
                run_ids: vec!["5a1e…".into()],
            },
        )
        .unwrap();
    journal
        .record(
            Some("DSR-1"),
            EventKind::Delivered {
                channel: Channel::Email,
                recipient: "privacy@contoso.example".into(),
                on: "2026-11-20".into(),
                password_sent: Some("by phone".into()),
            },
        )
        .unwrap();
    journal.record(Some("DSR-1"), EventKind::Closed {}).unwrap();
    journal
}

/// The same file, opened without the journal's rules (as a meddler would).
fn raw(path: &std::path::Path) -> Connection {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch("DROP TRIGGER events_no_update; DROP TRIGGER events_no_delete;")
        .unwrap();
    conn
}

/// The hash an event after `prev` has, as docs/journal-format.md says and as an auditor would
/// compute it: the SHA-256 of `prev`, a line feed and the RFC 8785 form of the event (by a
/// maintained implementation, not the journal's own), so that a forger's event is as well made
/// as the journal's own.
fn chain_hash(
    prev: &str,
    seq: u64,
    at: &str,
    case: Option<&str>,
    body: &serde_json::Value,
) -> String {
    use sha2::{Digest, Sha256};
    let content = serde_json::json!({"seq": seq, "at": at, "case": case, "body": body});
    let mut hasher = Sha256::new();
    hasher.update(prev.as_bytes());
    hasher.update(b"\n");
    hasher.update(
        serde_json_canonicalizer::to_string(&content)
            .unwrap()
            .as_bytes(),
    );
    hex::encode(hasher.finalize())
}

/// `event` as the row that would follow the event whose hash is `prev` as event `seq`:
/// (seq, at, case, kind, body, prev, hash), hash and all.
fn forged_row(
    prev: &str,
    seq: u64,
    case: Option<&str>,
    event: &EventKind,
) -> (u64, String, Option<String>, String, String, String, String) {
    let at = "2026-11-30T10:00:00Z";
    let body = serde_json::to_value(event).unwrap();
    let hash = chain_hash(prev, seq, at, case, &body);
    (
        seq,
        at.into(),
        case.map(str::to_string),
        event.name().into(),
        serde_json_canonicalizer::to_string(&body).unwrap(),
        prev.into(),
        hash,
    )
}

/// The hash of event `seq`, read without the journal's rules.
fn hash_of(conn: &Connection, seq: u64) -> String {
    conn.query_row("SELECT hash FROM events WHERE seq = ?1", [seq], |r| {
        r.get(0)
    })
    .unwrap()
}

#[test]
fn an_intact_journal_verifies_and_names_its_head() {
    let dir = tempfile::tempdir().unwrap();
    let journal = sample(&dir.path().join("j.sqlite"));
    let v = journal.verify().unwrap();
    assert!(v.is_ok(), "{v:?}");
    assert_eq!(v.events, 4);
    assert_eq!(v.head, journal.head().unwrap());
    // Every event's hash is its own.
    let events = journal.events().unwrap();
    let mut hashes: Vec<&str> = events.iter().map(|e| e.hash.as_str()).collect();
    hashes.dedup();
    assert_eq!(hashes.len(), 4);
}

/// Text that canonical JSON must write exactly: quotes, backslashes, controls, characters
/// beyond U+FFFF, the line separators, letters of other scripts.
pub(crate) const ODD_TEXT: &str =
    "Zoë \"Müller\" \\ C:\\x\t\n\u{0}\u{1f}\u{7f}\u{2028} \u{1f600} \u{fb33} 中文 </script>";

/// An export's end, as the journal records it, with `files` and `bytes`.
pub(crate) fn completed(files: u64, bytes: u64) -> EventKind {
    EventKind::ExportCompleted {
        app: ODD_TEXT.into(),
        run_ids: vec![ODD_TEXT.into(), "5A1E".into()],
        runs: 3,
        files,
        entries: 0,
        excluded_records: 1,
        bytes,
        archive_sha256: "0".repeat(64),
        manifest_sha256: "f".repeat(64),
        version: "1.0.0".into(),
        operator: ODD_TEXT.into(),
        protected: true,
        papers: Some(
            serde_json::json!({
                "letter": [{"kind": "item", "term": ODD_TEXT, "text": ODD_TEXT}],
                "apps": [{"app": ODD_TEXT, "runs": 3, "left out": {"why": [0, -9_007_199_254_740_991_i64, 9_007_199_254_740_991_i64, null, true]}}],
            })
            .to_string(),
        ),
    }
}

#[test]
fn each_hash_is_sha256_of_the_previous_a_line_feed_and_the_event_in_rfc_8785() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.sqlite");
    let mut journal = sample(&path);
    journal
        .open_case(ODD_TEXT, ODD_TEXT, Right::Portability, d("2026-11-03"))
        .unwrap();
    journal
        .record(
            Some(ODD_TEXT),
            EventKind::NoteAdded {
                note: ODD_TEXT.into(),
            },
        )
        .unwrap();
    journal
        .record(
            Some(ODD_TEXT),
            completed(9_007_199_254_740_991, 123_456_789_012),
        )
        .unwrap();
    assert!(journal.verify().unwrap().is_ok());
    drop(journal);
    // Every row, recomputed without the journal's code.
    let conn = Connection::open(&path).unwrap();
    let mut statement = conn
        .prepare("SELECT seq, at, case_ref, body, prev, hash FROM events ORDER BY seq")
        .unwrap();
    type Stored = (u64, String, Option<String>, String, String, String);
    let rows: Vec<Stored> = statement
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(rows.len(), 7);
    let mut prev = None;
    for (seq, at, case, stored, stored_prev, hash) in rows {
        let body: serde_json::Value = serde_json::from_str(&stored).unwrap();
        // The body is stored in its canonical form.
        assert_eq!(
            stored,
            serde_json_canonicalizer::to_string(&body).unwrap(),
            "event {seq}"
        );
        if let Some(prev) = &prev {
            assert_eq!(&stored_prev, prev, "event {seq}");
        }
        assert_eq!(
            chain_hash(&stored_prev, seq, &at, case.as_deref(), &body),
            hash,
            "event {seq}"
        );
        prev = Some(hash);
    }
}

#[test]
fn a_number_json_readers_disagree_on_is_refused_and_nothing_is_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let mut journal = sample(&dir.path().join("j.sqlite"));
    let refused = journal.record(Some("DSR-1"), completed(1, 9_007_199_254_740_992));
    assert!(
        matches!(&refused, Err(JournalError::Invalid(why)) if why.contains("9007199254740992")),
        "{refused:?}"
    );
    let v = journal.verify().unwrap();
    assert!(v.is_ok());
    assert_eq!(v.events, 4);
}

#[test]
fn explain_gives_the_bytes_that_were_hashed() {
    use sha2::{Digest, Sha256};
    let sha256 = |text: &str| hex::encode(Sha256::digest(text.as_bytes()));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.sqlite");
    let journal = sample(&path);
    let (id, _) = identity_row(&path);
    for seq in 1..=4u64 {
        let explained = journal.explain(seq).unwrap().unwrap();
        let hashed = explained.hashed().unwrap();
        assert_eq!(Some(sha256(&hashed)), journal.hash_of(seq).unwrap());
        assert!(explained.matches() && explained.follows, "{explained:?}");
        assert_eq!(
            hashed,
            format!(
                "{}\n{}",
                explained.prev,
                explained.canonical.as_deref().unwrap()
            )
        );
        if seq == 1 {
            assert_eq!(
                explained.beginning,
                Some(act_journal::Beginning::Identity { id: id.clone() })
            );
            assert_eq!(explained.prev, sha256(&format!("ACT Export journal\n{id}")));
        } else {
            assert_eq!(explained.beginning, None);
            assert_eq!(
                Some(explained.prev.clone()),
                journal.hash_of(seq - 1).unwrap()
            );
        }
    }
    let at = journal.events().unwrap()[1].at.clone();
    assert_eq!(
        journal.explain(2).unwrap().unwrap().canonical.unwrap(),
        format!(
            r#"{{"at":"{at}","body":{{"app":"northwind-qa/fieldmate-android","event":"export_started","run_ids":["5a1e…"]}},"case":"DSR-1","seq":2}}"#
        )
    );
    assert_eq!(journal.explain(5).unwrap(), None);
    assert_eq!(journal.explain(0).unwrap(), None);
    drop(journal);
    // A changed event is explained as no longer giving its hash.
    raw(&path)
        .execute(
            "UPDATE events SET body = replace(body, 'by phone', 'by post') WHERE seq = 3",
            [],
        )
        .unwrap();
    let journal = Journal::open(&path).unwrap();
    let explained = journal.explain(3).unwrap().unwrap();
    assert!(explained.follows);
    assert!(!explained.matches());
    assert!(explained.canonical.unwrap().contains("by post"));
}

#[test]
fn the_journal_refuses_updates_and_deletes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.sqlite");
    drop(sample(&path));
    let conn = Connection::open(&path).unwrap();
    let update = conn.execute("UPDATE events SET body = '{}' WHERE seq = 1", []);
    assert!(update.unwrap_err().to_string().contains("append-only"));
    let delete = conn.execute("DELETE FROM events WHERE seq = 4", []);
    assert!(delete.unwrap_err().to_string().contains("append-only"));
}

#[test]
fn an_edited_event_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.sqlite");
    drop(sample(&path));
    raw(&path)
        .execute(
            "UPDATE events SET body = replace(body, 'privacy@contoso.example', 'someone@else.example') WHERE seq = 3",
            [],
        )
        .unwrap();
    let v = Journal::open(&path).unwrap().verify().unwrap();
    let problem = v.problem.unwrap();
    assert_eq!(problem.seq, 3);
    assert!(problem.what.contains("changed"), "{}", problem.what);
}

#[test]
fn a_deleted_event_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.sqlite");
    drop(sample(&path));
    raw(&path)
        .execute("DELETE FROM events WHERE seq = 2", [])
        .unwrap();
    let problem = Journal::open(&path)
        .unwrap()
        .verify()
        .unwrap()
        .problem
        .unwrap();
    assert_eq!(problem.seq, 2);
    assert!(problem.what.contains("missing"), "{}", problem.what);
}

#[test]
fn re_ordered_events_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.sqlite");
    drop(sample(&path));
    let conn = raw(&path);
    // Swap events 2 and 3, renumbering them as if they had come in that order.
    conn.execute_batch(
        "UPDATE events SET seq = 100 WHERE seq = 2;
         UPDATE events SET seq = 2 WHERE seq = 3;
         UPDATE events SET seq = 3 WHERE seq = 100;",
    )
    .unwrap();
    let problem = Journal::open(&path)
        .unwrap()
        .verify()
        .unwrap()
        .problem
        .unwrap();
    assert_eq!(problem.seq, 2);
    assert!(problem.what.contains("does not follow"), "{}", problem.what);
}

#[test]
fn a_cut_tail_is_found_against_the_head_an_archive_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.sqlite");
    let journal = sample(&path);
    let kept: Head = journal.head().unwrap().unwrap();
    assert!(journal.verify_against(&kept).unwrap().is_ok());
    drop(journal);
    raw(&path)
        .execute("DELETE FROM events WHERE seq >= 3", [])
        .unwrap();
    let journal = Journal::open(&path).unwrap();
    // On its own a shorter chain is still a chain...
    assert!(journal.verify().unwrap().is_ok());
    // ...but not the one the archive saw.
    let problem = journal.verify_against(&kept).unwrap().problem.unwrap();
    assert_eq!(problem.seq, 4);
    assert!(problem.what.contains("removed"), "{}", problem.what);
    // A rewritten journal of the same length is found too.
    let mut journal = journal;
    journal.record(Some("DSR-1"), EventKind::Closed {}).unwrap();
    journal.record(Some("DSR-1"), EventKind::Closed {}).unwrap();
    let problem = journal.verify_against(&kept).unwrap().problem.unwrap();
    assert!(problem.what.contains("rewritten"), "{}", problem.what);
}

#[test]
fn insert_or_replace_cannot_swap_an_event() {
    // `INSERT OR REPLACE` with an existing `seq` deletes the row it replaces without firing
    // the DELETE trigger. A forger who swaps the last event for one of their own, chained to
    // the one before with a correct hash, would leave a journal that still verifies.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.sqlite");
    drop(sample(&path));
    let conn = Connection::open(&path).unwrap();
    let swap = forged_row(
        &hash_of(&conn, 3),
        4,
        Some("DSR-1"),
        &EventKind::NoteAdded {
            note: "no delivery was ever recorded".into(),
        },
    );
    let refused = conn.execute(
        "INSERT OR REPLACE INTO events (seq, at, case_ref, kind, body, prev, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        rusqlite::params![swap.0, swap.1, swap.2, swap.3, swap.4, swap.5, swap.6],
    );
    assert!(
        refused
            .as_ref()
            .is_err_and(|e| e.to_string().contains("append-only")),
        "{refused:?}"
    );
    // Nor can an event be added out of turn.
    let ahead = forged_row(&hash_of(&conn, 4), 6, None, &EventKind::Closed {});
    assert!(conn
        .execute(
            "INSERT INTO events (seq, at, case_ref, kind, body, prev, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            rusqlite::params![ahead.0, ahead.1, ahead.2, ahead.3, ahead.4, ahead.5, ahead.6],
        )
        .is_err());
    drop(conn);
    let journal = Journal::open(&path).unwrap();
    assert!(journal.verify().unwrap().is_ok());
    assert_eq!(
        journal.events().unwrap()[3].event,
        EventKind::Closed {},
        "the last event is the one the journal wrote"
    );
}

#[test]
fn a_changed_kind_column_is_found() {
    // Queries read `kind` (the reference check reads `kind = 'case_opened'`): it must be the
    // event the hashed body names, or verify says the event was changed.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.sqlite");
    drop(sample(&path));
    raw(&path)
        .execute("UPDATE events SET kind = 'case_opened' WHERE seq = 2", [])
        .unwrap();
    let problem = Journal::open(&path)
        .unwrap()
        .verify()
        .unwrap()
        .problem
        .expect("the changed kind is found");
    assert_eq!(problem.seq, 2);
    assert!(problem.what.contains("changed"), "{}", problem.what);
    // And a new event whose kind is not its body's is refused.
    let conn = Connection::open(&path).unwrap();
    let row = forged_row(&hash_of(&conn, 4), 5, Some("DSR-1"), &EventKind::Closed {});
    let refused = conn.execute(
        "INSERT INTO events (seq, at, case_ref, kind, body, prev, hash) VALUES (?1, ?2, ?3, 'case_opened', ?4, ?5, ?6)",
        rusqlite::params![row.0, row.1, row.2, row.4, row.5, row.6],
    );
    assert!(refused.is_err(), "{refused:?}");
}

/// The identity row of the journal at `path`, read without the journal's rules.
fn identity_row(path: &std::path::Path) -> (String, u64) {
    Connection::open(path)
        .unwrap()
        .query_row("SELECT id, bound_at FROM identity", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap()
}

#[test]
fn each_journal_has_its_own_identity_in_its_first_event() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.sqlite"), dir.path().join("b.sqlite"));
    drop(sample(&a));
    drop(sample(&b));
    let (id_a, bound_a) = identity_row(&a);
    let (id_b, _) = identity_row(&b);
    assert_eq!(id_a.len(), 32);
    assert!(id_a.chars().all(|c| c.is_ascii_hexdigit()), "{id_a}");
    assert_ne!(id_a, id_b, "128 random bits each");
    assert_eq!(bound_a, 0, "bound into the first event");
    // The first event follows the journal's genesis: SHA-256 of a fixed prefix and the id.
    let genesis = {
        use sha2::{Digest, Sha256};
        hex::encode(Sha256::digest(format!("ACT Export journal\n{id_a}")))
    };
    let prev: String = Connection::open(&a)
        .unwrap()
        .query_row("SELECT prev FROM events WHERE seq = 1", [], |r| r.get(0))
        .unwrap();
    assert_eq!(prev, genesis);
    let v = Journal::open(&a).unwrap().verify().unwrap();
    assert!(v.is_ok(), "{v:?}");
    // The identity cannot be changed...
    let conn = Connection::open(&a).unwrap();
    assert!(conn
        .execute("UPDATE identity SET id = ?1", [&id_b])
        .is_err());
    assert!(conn.execute("DELETE FROM identity", []).is_err());
    assert!(conn
        .execute(
            "INSERT INTO identity (id, bound_at) VALUES (?1, 0)",
            [&id_b]
        )
        .is_err());
    // ...and when it is (the triggers dropped), the first event no longer begins the chain.
    conn.execute_batch("DROP TRIGGER identity_no_update;")
        .unwrap();
    conn.execute("UPDATE identity SET id = ?1", [&id_b])
        .unwrap();
    drop(conn);
    let problem = Journal::open(&a)
        .unwrap()
        .verify()
        .unwrap()
        .problem
        .unwrap();
    assert_eq!(problem.seq, 1);
    assert!(
        problem.what.contains("does not begin this journal"),
        "{}",
        problem.what
    );
}

/// Format 1, as journals were made before they had an identity.
const FORMAT_1: &str = r"
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
    PRAGMA user_version = 1;
";

#[test]
fn a_journal_from_before_identities_gets_one_bound_by_an_event_and_keeps_verifying() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.sqlite");
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch(FORMAT_1).unwrap();
    let mut prev = "0".repeat(64);
    for (seq, event) in [
        EventKind::CaseOpened {
            subject: "Contoso Ltd".into(),
            right: Right::Access,
            received: "2026-11-02".into(),
            due: "2026-12-02".into(),
        },
        EventKind::NoteAdded {
            note: "Called the requester.".into(),
        },
    ]
    .iter()
    .enumerate()
    {
        let row = forged_row(&prev, seq as u64 + 1, Some("DSR-1"), event);
        conn.execute(
            "INSERT INTO events (seq, at, case_ref, kind, body, prev, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            rusqlite::params![row.0, row.1, row.2, row.3, row.4, row.5, row.6],
        )
        .unwrap();
        prev = row.6;
    }
    drop(conn);
    let old_hashes: Vec<String> = {
        let conn = Connection::open(&path).unwrap();
        vec![hash_of(&conn, 1), hash_of(&conn, 2)]
    };

    // Opened by this version: its two events stay as they were, a third records its
    // identity, and it verifies.
    let mut journal = Journal::open(&path).unwrap();
    let v = journal.verify().unwrap();
    assert!(v.is_ok(), "{v:?}");
    assert_eq!(v.events, 3);
    let (id, bound_at) = identity_row(&path);
    assert_eq!(bound_at, 3);
    let (kind, case, body): (String, Option<String>, String) = Connection::open(&path)
        .unwrap()
        .query_row(
            "SELECT kind, case_ref, body FROM events WHERE seq = 3",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(kind, "journal_identified");
    assert_eq!(case, None);
    assert_eq!(
        body,
        format!(r#"{{"event":"journal_identified","id":"{id}"}}"#)
    );
    let events = journal.events().unwrap();
    assert_eq!(
        [events[0].hash.clone(), events[1].hash.clone()],
        old_hashes[..]
    );
    assert_eq!(
        journal.cases().unwrap()[0].notes.len(),
        1,
        "the request is as it was"
    );
    journal.record(Some("DSR-1"), EventKind::Closed {}).unwrap();
    assert!(journal.verify().unwrap().is_ok());
    drop(journal);
    // Opened again: nothing more is added.
    assert_eq!(Journal::open(&path).unwrap().verify().unwrap().events, 4);

    // The identity changed (its triggers dropped) no longer matches the event that recorded it.
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch("DROP TRIGGER identity_no_update;")
        .unwrap();
    conn.execute(
        "UPDATE identity SET id = ?1",
        ["0123456789abcdef0123456789abcdef"],
    )
    .unwrap();
    drop(conn);
    let problem = Journal::open(&path)
        .unwrap()
        .verify()
        .unwrap()
        .problem
        .unwrap();
    assert_eq!(problem.seq, 3);
    assert!(problem.what.contains("identity"), "{}", problem.what);
    // Nor can the event that recorded it be cut off.
    let conn = raw(&path);
    conn.execute_batch("DROP TRIGGER identity_no_update;").ok();
    conn.execute("UPDATE identity SET id = ?1", [&id]).unwrap();
    conn.execute("DELETE FROM events WHERE seq >= 3", [])
        .unwrap();
    drop(conn);
    let problem = Journal::open(&path)
        .unwrap()
        .verify()
        .unwrap()
        .problem
        .unwrap();
    assert_eq!(problem.seq, 3);
    assert!(problem.what.contains("is missing"), "{}", problem.what);
}

#[test]
fn a_decision_taken_on_a_reading_is_recorded_only_if_nothing_was_written_since() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.sqlite");
    let mut journal = Journal::open(&path).unwrap();
    journal
        .open_case("DSR-1", "Contoso Ltd", Right::Access, d("2026-11-02"))
        .unwrap();
    let read = journal.head().unwrap().unwrap().events;
    // Another officer (another connection) writes after the reading.
    Journal::open(&path)
        .unwrap()
        .record(
            Some("DSR-1"),
            EventKind::NoteAdded {
                note: "the requester called".into(),
            },
        )
        .unwrap();
    let decided = EventKind::NoteAdded {
        note: "decided on what was read".into(),
    };
    let refused = journal.record_unless_written_since("DSR-1", decided.clone(), read);
    assert!(
        matches!(refused, Err(JournalError::WrittenSince)),
        "{refused:?}"
    );
    assert_eq!(refused.unwrap_err().code(), "journal_moved");
    assert_eq!(
        journal.events().unwrap().len(),
        read as usize + 1,
        "nothing written"
    );
    // Taken again on a fresh reading, it is recorded.
    let read = journal.head().unwrap().unwrap().events;
    let recorded = journal
        .record_unless_written_since("DSR-1", decided, read)
        .unwrap();
    assert_eq!(recorded.seq, read + 1);
    assert!(journal.verify().unwrap().is_ok());
}

#[test]
fn several_writers_at_once_keep_one_chain() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.sqlite");
    drop(Journal::open(&path).unwrap());
    let writers: Vec<_> = (0..3)
        .map(|w| {
            let path = path.clone();
            std::thread::spawn(move || {
                let mut journal = Journal::open(&path).unwrap();
                for i in 0..60 {
                    journal
                        .append(
                            None,
                            EventKind::NoteAdded {
                                note: format!("writer {w}, note {i}"),
                            },
                        )
                        .unwrap();
                }
            })
        })
        .collect();
    for writer in writers {
        writer.join().unwrap();
    }
    let v = Journal::open(&path).unwrap().verify().unwrap();
    assert!(v.is_ok(), "{v:?}");
    assert_eq!(v.events, 180);
}

/// The child of `a_crash_in_the_middle_of_a_write_leaves_a_valid_journal`: begins a write and
/// dies before it commits.
#[test]
fn crash_child() {
    let Ok(path) = std::env::var("ACT_JOURNAL_CRASH_CHILD") else {
        return;
    };
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch(
        "BEGIN IMMEDIATE;
         INSERT INTO events (seq, at, case_ref, kind, body, prev, hash)
         VALUES (5, '2026-11-27T00:00:00Z', NULL, 'closed', '{\"event\":\"closed\"}', 'x', 'y');",
    )
    .unwrap();
    std::process::abort();
}

#[test]
fn a_crash_in_the_middle_of_a_write_leaves_a_valid_journal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.sqlite");
    drop(sample(&path));
    let status = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "crash_child", "--nocapture"])
        .env("ACT_JOURNAL_CRASH_CHILD", &path)
        .status()
        .unwrap();
    assert!(!status.success(), "the child died");
    let mut journal = Journal::open(&path).unwrap();
    let v = journal.verify().unwrap();
    assert!(v.is_ok(), "{v:?}");
    assert_eq!(v.events, 4, "the unfinished write left nothing");
    journal.record(Some("DSR-1"), EventKind::Closed {}).unwrap();
    assert!(journal.verify().unwrap().is_ok());
}

#[test]
fn requests_follow_the_clock() {
    let dir = tempfile::tempdir().unwrap();
    let mut journal = Journal::open(dir.path().join("j.sqlite")).unwrap();
    let case = journal
        .open_case(" DSR-7 ", "Jane Doe", Right::Portability, d("2026-11-27"))
        .unwrap();
    assert_eq!(case.reference, "DSR-7");
    assert_eq!(case.due, d("2026-12-28"));
    assert_eq!(case.status, Status::Open);
    assert_eq!(case.standing(d("2026-12-18")), "10 days left");
    assert_eq!(case.standing(d("2026-12-30")), "overdue by 2 days");
    assert!(case.overdue(d("2026-12-29")));
    // The same reference again, in another case: refused.
    assert!(matches!(
        journal.open_case("dsr-7", "Someone", Right::Access, d("2026-11-27")),
        Err(JournalError::DuplicateCase(_))
    ));
    // An extension told too late, or without a reason: refused.
    assert!(journal
        .extend("DSR-7", 2, d("2026-12-29"), "complex")
        .is_err());
    assert!(journal.extend("DSR-7", 2, d("2026-12-01"), " ").is_err());
    assert!(journal
        .extend("DSR-7", 3, d("2026-12-01"), "complex")
        .is_err());
    let case = journal
        .extend("DSR-7", 2, d("2026-12-01"), "several apps to search")
        .unwrap();
    assert_eq!(case.due, d("2027-03-01"), "27 February 2027 is a Saturday");
    // Delivered after the first month but within the extension: on time.
    journal
        .record(
            Some("DSR-7"),
            EventKind::Delivered {
                channel: Channel::Portal,
                recipient: "Jane Doe".into(),
                on: "2027-02-10".into(),
                password_sent: None,
            },
        )
        .unwrap();
    let case = journal.case("dsr-7").unwrap();
    assert_eq!(case.status, Status::Answered);
    assert_eq!(case.timeliness().as_deref(), Some("answered on time"));

    let late = journal
        .open_case("DSR-8", "Fabrikam", Right::Access, d("2026-10-01"))
        .unwrap();
    assert_eq!(late.due, d("2026-11-02"));
    journal
        .record(
            Some("DSR-8"),
            EventKind::Delivered {
                channel: Channel::Post,
                recipient: "Fabrikam, legal".into(),
                on: "2026-11-05".into(),
                password_sent: None,
            },
        )
        .unwrap();
    assert_eq!(
        journal.case("DSR-8").unwrap().timeliness().as_deref(),
        Some("answered 3 days late")
    );
    // Soonest due first.
    let order: Vec<String> = journal
        .cases()
        .unwrap()
        .into_iter()
        .map(|c| c.reference)
        .collect();
    assert_eq!(order, ["DSR-8", "DSR-7"]);
    assert!(matches!(
        journal.case("DSR-9"),
        Err(JournalError::NoSuchCase(_))
    ));
}

#[test]
fn a_journal_from_a_newer_version_is_not_touched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.sqlite");
    drop(Journal::open(&path).unwrap());
    Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    assert!(matches!(
        Journal::open(&path),
        Err(JournalError::TooNew { found: 99 })
    ));
}

#[test]
fn the_csv_export_has_one_row_per_event_and_no_formulas() {
    let dir = tempfile::tempdir().unwrap();
    let mut journal = sample(&dir.path().join("j.sqlite"));
    journal
        .open_case(
            "=cmd|' /C calc'!A0",
            "@SUM(1+1)",
            Right::Access,
            d("2026-11-27"),
        )
        .unwrap();
    let mut out = Vec::new();
    act_journal::csv::write(&journal.events().unwrap(), &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.starts_with('\u{feff}'), "a byte-order mark");
    let lines: Vec<&str> = text.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 1 + 5);
    for line in &lines[1..] {
        for cell in line.split(',') {
            let cell = cell.trim_start_matches('"');
            assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell} in {line}");
        }
    }
    assert!(lines[5].contains("'=cmd"), "{}", lines[5]);
}

/// The cells a spreadsheet program that separates cells with `;` (German or French Excel)
/// makes of `text`: it splits at each `;` and line break outside double quotes, a quote
/// opening or closing a quoted stretch wherever it stands.
fn cells_with_semicolons(text: &str) -> Vec<String> {
    let (mut cells, mut cell, mut quoted) = (Vec::new(), String::new(), false);
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            ';' | '\n' | '\r' if !quoted => cells.push(std::mem::take(&mut cell)),
            c => cell.push(c),
        }
    }
    cells.push(cell);
    cells
}

#[test]
fn the_csv_export_reads_back_cell_for_cell_and_quotes_every_cell_for_semicolon_spreadsheets() {
    let dir = tempfile::tempdir().unwrap();
    let mut journal = Journal::open(dir.path().join("j.sqlite")).unwrap();
    journal
        .open_case(
            "DSR-5",
            "Zoë Müller, \"ZM\"; Łódź",
            Right::Access,
            d("2026-11-27"),
        )
        .unwrap();
    for note in [
        "x;=1+2",
        "a, b and \"c\"",
        "line one\nline two\r\n=line three",
        "Grüße; 東京 — ok",
        "-5 days",
    ] {
        journal
            .record(Some("DSR-5"), EventKind::NoteAdded { note: note.into() })
            .unwrap();
    }
    journal
        .open_case("=1+2;x", "@Someone", Right::Access, d("2026-11-27"))
        .unwrap();
    let events = journal.events().unwrap();
    let mut out = Vec::new();
    act_journal::csv::write(&events, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let body = text.strip_prefix('\u{feff}').expect("a byte-order mark");

    // Read back with the same crate: one row per event, each cell as written, a formula's
    // first character behind an apostrophe.
    let guarded = |t: &str| {
        if t.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            format!("'{t}")
        } else {
            t.to_string()
        }
    };
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "Event",
            "Time (UTC)",
            "Request",
            "What",
            "Details",
            "Hash",
            "Data (JSON)"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), events.len());
    for (row, event) in rows.iter().zip(&events) {
        assert_eq!(&row[0], event.seq.to_string());
        assert_eq!(&row[1], event.at);
        assert_eq!(row[2], guarded(event.case.as_deref().unwrap()));
        assert_eq!(&row[3], event.event.name());
        assert_eq!(row[4], guarded(&event.event.describe()));
        assert_eq!(&row[5], event.hash);
        let data: EventKind = serde_json::from_str(&row[6]).unwrap();
        assert_eq!(data, event.event);
    }
    assert_eq!(&rows[1][4], "Note: x;=1+2");
    assert_eq!(&rows[3][4], "Note: line one\nline two\r\n=line three");
    assert_eq!(&rows[6][2], "'=1+2;x");

    // Every cell is quoted: split at `;`, no cell is a formula (nor begins a line as one).
    for cell in &cells_with_semicolons(body) {
        assert!(
            !cell.starts_with(['=', '+', '-', '@']),
            "{cell:?} would be a formula in:\n{body}"
        );
    }
}

#[test]
fn the_command_line_finds_the_apps_journal() {
    // The desktop app's data folder is named after its identifier in tauri.conf.json.
    let conf = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tauri.conf.json");
    let conf: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(conf).unwrap()).unwrap();
    assert_eq!(conf["identifier"], act_journal::APP_IDENTIFIER);
    if let Some(path) = act_journal::default_location() {
        assert!(path.ends_with(format!("{}/journal.sqlite", act_journal::APP_IDENTIFIER)));
    }
}

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
fn with_suffix(path: &std::path::Path, suffix: &str) -> std::path::PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    name.into()
}

#[cfg(unix)]
#[test]
fn the_journal_and_its_folder_are_private_from_creation() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("share");
    let folder = data.join(act_journal::APP_IDENTIFIER);
    let path = folder.join("journal.sqlite");
    let mut journal = Journal::open(&path).unwrap();
    journal
        .append(None, EventKind::NoteAdded { note: "x".into() })
        .unwrap();
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&folder), 0o700);
    // SQLite's write-ahead log and shared memory files, there while the journal is open,
    // take the journal's own mode.
    for suffix in ["", "-wal", "-shm"] {
        let file = with_suffix(&path, suffix);
        assert_eq!(mode(&file), 0o600, "{}", file.display());
    }
}

#[cfg(unix)]
#[test]
fn a_journal_others_could_read_is_made_private() {
    use std::os::unix::fs::PermissionsExt;
    let chmod = |path: &std::path::Path, mode: u32| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap()
    };
    let dir = tempfile::tempdir().unwrap();
    // As the app made it before: 0644 in a 0755 folder.
    let folder = dir.path().join(act_journal::APP_IDENTIFIER);
    let path = folder.join("journal.sqlite");
    drop(sample(&path));
    chmod(&folder, 0o755);
    chmod(&path, 0o644);
    let journal = Journal::open(&path).unwrap();
    assert_eq!(mode(&folder), 0o700);
    for suffix in ["", "-wal", "-shm"] {
        let file = with_suffix(&path, suffix);
        assert_eq!(mode(&file), 0o600, "{}", file.display());
    }
    assert!(journal.verify().unwrap().is_ok());
    drop(journal);
    // A folder the officer chose for the journal (the command line's --journal) is theirs:
    // left as it is, with the journal in it private all the same.
    let chosen = dir.path().join("records");
    std::fs::create_dir(&chosen).unwrap();
    chmod(&chosen, 0o755);
    let path = chosen.join("journal.sqlite");
    drop(sample(&path));
    chmod(&path, 0o644);
    drop(Journal::open(&path).unwrap());
    assert_eq!(mode(&chosen), 0o755);
    assert_eq!(mode(&path), 0o600);
}

/// The Python script of docs/journal-format.md, as it is written there.
fn documented_script() -> String {
    let doc =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../docs/journal-format.md");
    let doc = std::fs::read_to_string(&doc).unwrap();
    let start = doc
        .find("```python\n")
        .expect("the document has a Python script")
        + 10;
    let length = doc[start..].find("```").unwrap();
    doc[start..start + length].to_string()
}

#[test]
fn the_documented_script_checks_a_journal_without_act_export() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.sqlite");
    let mut journal = sample(&path);
    journal
        .open_case(ODD_TEXT, ODD_TEXT, Right::Access, d("2026-11-03"))
        .unwrap();
    journal
        .record(Some(ODD_TEXT), completed(7, 9_007_199_254_740_991))
        .unwrap();
    let hashes: Vec<String> = journal
        .events()
        .unwrap()
        .into_iter()
        .map(|e| e.hash)
        .collect();
    drop(journal);
    let script = dir.path().join("check-journal.py");
    std::fs::write(&script, documented_script()).unwrap();
    let run = |journal: &std::path::Path| {
        std::process::Command::new("python3")
            .arg(&script)
            .arg(journal)
            .output()
            .expect("python3 runs (make test installs it)")
    };
    let output = run(&path);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), hashes.len() + 1, "{stdout}");
    for (seq, (line, hash)) in (1..).zip(lines.iter().zip(&hashes)) {
        assert_eq!(*line, format!("{seq} {hash} ok"));
    }
    assert_eq!(
        lines[hashes.len()],
        "6 events, each following the one before"
    );

    // A changed event fails it, at that event.
    raw(&path)
        .execute(
            "UPDATE events SET body = replace(body, 'by phone', 'by post') WHERE seq = 3",
            [],
        )
        .unwrap();
    let output = run(&path);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.ends_with("DOES NOT MATCH\n") && stdout.starts_with("1 "),
        "{stdout}"
    );
    assert_eq!(stdout.lines().count(), 3, "{stdout}");
}

#[path = "journal/register.rs"]
mod register;
#[path = "journal/tls.rs"]
mod tls;

/// Requests interleaved in one journal (with events of no request between them): each, read
/// alone by any spelling of its reference, is what folding the whole journal makes of it.
pub(crate) fn each_request_reads_as_the_whole_journal_makes_it(journal: &mut Journal) {
    let references = ["DSR-1", "Fabrikam-ÄÖ-2", "dsr-10"];
    for (i, reference) in references.iter().enumerate() {
        journal
            .open_case(reference, "Contoso Ltd", Right::Access, d("2026-11-02"))
            .unwrap();
        journal
            .record(
                Some(reference),
                EventKind::NoteAdded {
                    note: format!("note {i}"),
                },
            )
            .unwrap();
    }
    journal
        .record(None, EventKind::ApprovalRule { required: true })
        .unwrap();
    journal.assign("dsr-1", "anna").unwrap();
    journal.set_language("FABRIKAM-äö-2", "fr").unwrap();
    journal
        .extend("DSR-10", 1, d("2026-11-20"), "a large request")
        .unwrap();
    journal
        .record(
            Some("DSR-1"),
            EventKind::Saved {
                path: "/archives/dsr-1.zip".into(),
                archive_sha256: "0".repeat(64),
                computer: None,
            },
        )
        .unwrap();
    journal
        .record(
            Some("Fabrikam-ÄÖ-2"),
            EventKind::Delivered {
                channel: Channel::Post,
                recipient: "Fabrikam".into(),
                on: "2026-11-25".into(),
                password_sent: None,
            },
        )
        .unwrap();
    journal.record(Some("DSR-1"), EventKind::Closed {}).unwrap();
    let whole = journal.cases().unwrap();
    assert_eq!(whole.len(), 3);
    for case in &whole {
        for spelling in [
            case.reference.clone(),
            case.reference.to_lowercase(),
            format!(" {} ", case.reference.to_uppercase()),
        ] {
            assert_eq!(&journal.case(&spelling).unwrap(), case, "{spelling}");
        }
    }
    assert!(matches!(
        journal.case("DSR-2"),
        Err(JournalError::NoSuchCase(r)) if r == "DSR-2"
    ));
}

#[test]
fn a_request_read_alone_is_what_the_whole_journal_makes_of_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut journal = Journal::open(dir.path().join("j.sqlite")).unwrap();
    each_request_reads_as_the_whole_journal_makes_it(&mut journal);
}

/// Events whose text holds every odd character ([`ODD_TEXT`], U+0000 included, as a service's
/// data may) are written, read back as they came and verified, by the journal and by another
/// connection to it. A reference is typed by an officer and stays plain here: PostgreSQL's
/// text, which the register keeps references in, holds no U+0000.
pub(crate) fn odd_text_is_kept_as_it_came(journal: &mut Journal) {
    let opened = journal
        .open_case("DSR-1", ODD_TEXT, Right::Access, d("2026-11-02"))
        .unwrap();
    assert_eq!(opened.subject, ODD_TEXT);
    let events = [
        EventKind::NoteAdded {
            note: ODD_TEXT.into(),
        },
        completed(3, 9_007_199_254_740_991),
    ];
    for event in &events {
        journal.record(Some("dsr-1"), event.clone()).unwrap();
    }
    let again = Journal::open(journal.location().clone()).unwrap();
    for reader in [&*journal, &again] {
        let recorded: Vec<EventKind> = reader
            .events()
            .unwrap()
            .into_iter()
            .skip(1)
            .map(|e| e.event)
            .collect();
        assert_eq!(recorded, events);
        assert_eq!(reader.case("DSR-1").unwrap().subject, ODD_TEXT);
        let verification = reader.verify().unwrap();
        assert!(verification.is_ok(), "{verification:?}");
        assert_eq!(verification.events, 3);
    }
}

#[test]
fn odd_text_is_kept_as_it_came_in_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut journal = Journal::open(dir.path().join("j.sqlite")).unwrap();
    odd_text_is_kept_as_it_came(&mut journal);
}

/// A list reads the journal without the exports' papers (which it does not show): the requests
/// it folds are those of every event read whole, on a journal file and on the register.
pub(crate) fn a_list_reads_what_the_whole_journal_says(journal: &mut Journal) {
    journal
        .open_case("DSR-1", ODD_TEXT, Right::Access, d("2026-11-02"))
        .unwrap();
    journal.record(Some("DSR-1"), completed(3, 42)).unwrap();
    let mut unprotected = completed(4, 43);
    if let EventKind::ExportCompleted { protected, .. } = &mut unprotected {
        *protected = false;
    }
    journal.record(Some("DSR-1"), unprotected).unwrap();
    journal
        .open_case("DSR-2", "Fabrikam", Right::Portability, d("2026-11-03"))
        .unwrap();
    journal.record(Some("DSR-2"), completed(5, 44)).unwrap();
    let whole = act_journal::case::fold(&journal.events().unwrap());
    assert_eq!(whole.iter().map(|c| c.exports).sum::<u32>(), 3);
    assert_eq!(journal.cases().unwrap(), whole);
    let mut folding = act_journal::Folding::default();
    journal.refresh(&mut folding).unwrap();
    assert_eq!(folding.cases(), whole);
    // The papers are still there for whoever reads the request itself.
    let events = journal.events().unwrap();
    assert!(events.iter().any(|e| matches!(&e.event, EventKind::ExportCompleted { papers: Some(p), .. } if p.contains("\"letter\""))));
}

#[test]
fn a_list_of_a_journal_file_reads_what_the_whole_journal_says() {
    let dir = tempfile::tempdir().unwrap();
    let mut journal = Journal::open(dir.path().join("journal.sqlite")).unwrap();
    a_list_reads_what_the_whole_journal_says(&mut journal);
}
