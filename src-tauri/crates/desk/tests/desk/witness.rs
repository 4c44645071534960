//! What this computer last wrote of the journal (its witness, kept in another folder), and the
//! check that compares the journal with it: a journal that is gone, shorter than it was,
//! another one or rewritten is said so in words, which the chain alone cannot tell (a cut
//! chain, or another journal, is still a chain).

use std::path::{Path, PathBuf};

use act_desk::{Desk, DeskError};
use act_journal::{EventKind, Finding, Journal, JournalError, Problem};
use rusqlite::Connection;

use crate::{berlin_desk, open};

/// A desk (in `dir`) whose journal has 4 events, each written through the desk.
fn four_events(dir: &Path) -> Desk {
    let (desk, _) = berlin_desk(dir);
    open(&desk, "DSR-1");
    desk.add_note("DSR-1", "Called the requester.").unwrap();
    desk.add_note("DSR-1", "Sent the archive.").unwrap();
    desk.close("DSR-1").unwrap();
    desk
}

/// The journal's file and SQLite's files beside it.
pub fn remove_journal(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(name));
    }
}

/// What the check finds wrong.
fn problem(desk: &Desk) -> Problem {
    let v = desk.verify().unwrap();
    assert!(v.head.is_none(), "{v:?}");
    v.problem.expect("the check finds a problem")
}

/// Cuts the journal back to its first `keep` events, as a meddler would.
fn cut(path: &Path, keep: u64) {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch("DROP TRIGGER events_no_delete;")
        .unwrap();
    conn.execute("DELETE FROM events WHERE seq > ?1", [keep])
        .unwrap();
}

#[test]
fn every_write_of_the_desk_is_witnessed_privately_in_another_folder() {
    let dir = tempfile::tempdir().unwrap();
    let desk = four_events(dir.path());
    let path = desk.journal_path().unwrap();
    let head = Journal::open(path).unwrap().head().unwrap().unwrap();
    let witnessed = desk.witness().read(path).unwrap().expect("witnessed");
    assert_eq!(witnessed.events, 4);
    assert_eq!(witnessed.hash, head.hash);
    assert_eq!(Some(&witnessed.id), head.id.as_ref());
    assert_eq!(witnessed.journal, path.display().to_string());
    assert_eq!(witnessed.written, "2026-12-04T23:30:00Z");
    // One file, renamed into place: no temporary file is left.
    let files: Vec<PathBuf> = std::fs::read_dir(desk.witness().dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files, [desk.witness().file(path)]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&files[0]), 0o600);
        assert_eq!(mode(desk.witness().dir()), 0o700);
    }
    assert!(desk.verify().unwrap().is_ok());
}

#[test]
fn a_deleted_journal_is_missing_not_a_new_empty_one() {
    let dir = tempfile::tempdir().unwrap();
    let desk = four_events(dir.path());
    let path = desk.journal_path().unwrap().to_path_buf();
    remove_journal(&path);
    // Reading makes no new journal...
    assert!(desk.cases().unwrap().is_empty());
    assert!(desk.events().unwrap().is_empty());
    assert!(matches!(
        desk.history("DSR-1"),
        Err(DeskError::Journal(JournalError::NoSuchCase(_)))
    ));
    assert!(!path.exists());
    // ...and the check says what is gone, and makes none either.
    let v = desk.verify().unwrap();
    assert!(!v.is_ok());
    assert_eq!(v.events, 0);
    let problem = v.problem.unwrap();
    assert_eq!(problem.finding, Finding::Missing);
    assert_eq!(
        problem.what,
        "is missing: it had 4 events when this computer last wrote it, on 5 December 2026",
        "the day in the officer's time zone (Berlin), not UTC's"
    );
    assert!(!path.exists());

    // A first start (no journal, nothing witnessed) is no problem, and makes nothing.
    let first = tempfile::tempdir().unwrap();
    let (fresh, _) = berlin_desk(first.path());
    let v = fresh.verify().unwrap();
    assert!(v.is_ok(), "{v:?}");
    assert_eq!(v.events, 0);
    assert!(!fresh.journal_path().unwrap().exists());
}

#[test]
fn a_journal_cut_at_its_end_is_shorter_than_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let desk = four_events(dir.path());
    cut(desk.journal_path().unwrap(), 2);
    // The chain alone is still a chain.
    assert!(Journal::open(desk.journal_path().unwrap())
        .unwrap()
        .verify()
        .unwrap()
        .is_ok());
    let problem = problem(&desk);
    assert_eq!(problem.finding, Finding::Shorter);
    assert_eq!(
        problem.what,
        "is shorter than it was: it had 4 events when this computer last wrote it, on 5 December 2026, it now has 2: events were removed from its end"
    );
}

#[test]
fn an_older_copy_put_back_is_shorter_than_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let (desk, clock) = berlin_desk(dir.path());
    open(&desk, "DSR-1");
    desk.add_note("DSR-1", "Called the requester.").unwrap();
    let backup = dir.path().join("backup.sqlite");
    std::fs::copy(desk.journal_path().unwrap(), &backup).unwrap();
    clock.advance(time::Duration::days(3));
    desk.add_note("DSR-1", "Sent the archive.").unwrap();
    desk.close("DSR-1").unwrap();
    remove_journal(desk.journal_path().unwrap());
    std::fs::copy(&backup, desk.journal_path().unwrap()).unwrap();
    let problem = problem(&desk);
    assert_eq!(problem.finding, Finding::Shorter);
    assert!(
        problem.what.contains(
            "it had 4 events when this computer last wrote it, on 8 December 2026, it now has 2"
        ),
        "{}",
        problem.what
    );
}

#[test]
fn another_journal_in_its_place_is_not_the_one_this_computer_wrote() {
    let dir = tempfile::tempdir().unwrap();
    let desk = four_events(dir.path());
    let elsewhere = tempfile::tempdir().unwrap();
    let other = four_events(elsewhere.path());
    other.add_note("DSR-1", "One more.").unwrap();
    remove_journal(desk.journal_path().unwrap());
    std::fs::copy(other.journal_path().unwrap(), desk.journal_path().unwrap()).unwrap();
    let problem = problem(&desk);
    assert_eq!(problem.finding, Finding::Replaced);
    assert_eq!(
        problem.what,
        "is not the journal this computer wrote: its identity differs (the one this computer last wrote had 4 events, on 5 December 2026)"
    );
    // Writing to it does not make it the one: the witness keeps what it saw.
    desk.add_note("DSR-1", "Written to the other journal.")
        .unwrap();
    assert_eq!(crate::witness::problem(&desk).finding, Finding::Replaced);
    // Nor does deleting it and letting the next write make a new journal.
    remove_journal(desk.journal_path().unwrap());
    open(&desk, "DSR-2");
    assert_eq!(crate::witness::problem(&desk).finding, Finding::Replaced);
}

#[test]
fn a_rewritten_journal_is_found_at_the_event_last_witnessed() {
    let dir = tempfile::tempdir().unwrap();
    let desk = four_events(dir.path());
    cut(desk.journal_path().unwrap(), 2);
    // Two other events in place of the two cut off: as long as before, a sound chain.
    let mut journal = Journal::open(desk.journal_path().unwrap()).unwrap();
    for note in ["Nothing was sent.", "Nothing to add."] {
        journal
            .record(Some("DSR-1"), EventKind::NoteAdded { note: note.into() })
            .unwrap();
    }
    assert!(journal.verify().unwrap().is_ok());
    drop(journal);
    let problem = problem(&desk);
    assert_eq!(problem.finding, Finding::Rewritten);
    assert_eq!(
        problem.what,
        "was rewritten: event 4 is not the one this computer wrote on 5 December 2026 (its checksum differs)"
    );
}

#[test]
fn a_journal_that_grew_without_the_witness_still_checks() {
    // Written by another program (or another witness folder) in between: it extends what was
    // witnessed, which is all the witness asks; the desk's next write moves the witness on.
    let dir = tempfile::tempdir().unwrap();
    let desk = four_events(dir.path());
    Journal::open(desk.journal_path().unwrap())
        .unwrap()
        .record(
            Some("DSR-1"),
            EventKind::NoteAdded {
                note: "From elsewhere.".into(),
            },
        )
        .unwrap();
    assert!(desk.verify().unwrap().is_ok());
    desk.add_note("DSR-1", "Back at the desk.").unwrap();
    let witnessed = desk
        .witness()
        .read(desk.journal_path().unwrap())
        .unwrap()
        .unwrap();
    assert_eq!(witnessed.events, 6);
}

#[test]
fn a_journal_gone_with_its_witness_is_still_missing_against_an_archive() {
    // The data folder and the settings folder deleted together: alone, that is a first start;
    // an archive made from the journal still says there was one.
    let dir = tempfile::tempdir().unwrap();
    let desk = four_events(dir.path());
    let head = Journal::open(desk.journal_path().unwrap())
        .unwrap()
        .head()
        .unwrap()
        .unwrap();
    let kept: act_engine::JournalHead =
        serde_json::from_value(serde_json::json!({"events": 4, "hash": head.hash, "id": head.id}))
            .unwrap();
    remove_journal(desk.journal_path().unwrap());
    std::fs::remove_dir_all(desk.witness().dir()).unwrap();
    assert!(
        desk.verify().unwrap().is_ok(),
        "a first start, as far as it can tell"
    );
    let problem = desk.verify_against(&kept).unwrap().problem.unwrap();
    assert_eq!(problem.finding, Finding::Missing);
    assert_eq!(
        problem.what,
        "is missing: it had 4 events when the archive was made"
    );
    assert!(!desk.journal_path().unwrap().exists());
}

#[test]
fn the_requests_list_reads_only_what_is_new_and_all_again_for_another_journal() {
    let dir = tempfile::tempdir().unwrap();
    let (desk, _) = berlin_desk(dir.path());
    let references = |desk: &act_desk::Desk| -> Vec<String> {
        let mut shown: Vec<String> = desk
            .overview()
            .unwrap()
            .cases
            .into_iter()
            .map(|c| format!("{} {}", c.reference, c.assignee.unwrap_or_default()))
            .collect();
        shown.sort();
        shown
    };
    open(&desk, "DSR-1");
    assert_eq!(references(&desk), ["DSR-1 "]);
    // Another writer (the command line, another officer) adds events: the list has them.
    let other = desk.at(desk.location().clone());
    open(&other, "DSR-2");
    other.assign("DSR-1", "anna").unwrap();
    assert_eq!(references(&desk), ["DSR-1 anna", "DSR-2 "]);
    // Another journal with as many events in its place: read again from its start.
    let elsewhere = tempfile::tempdir().unwrap();
    let (another, _) = berlin_desk(elsewhere.path());
    for reference in ["OTHER-1", "OTHER-2", "OTHER-3"] {
        open(&another, reference);
    }
    let path = desk.journal_path().unwrap().to_path_buf();
    remove_journal(&path);
    std::fs::copy(another.journal_path().unwrap(), &path).unwrap();
    assert_eq!(references(&desk), ["OTHER-1 ", "OTHER-2 ", "OTHER-3 "]);
}
