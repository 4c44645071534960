//! One test per rule of what may be recorded. Before the desk, the app and the command line
//! each had their own copy of these rules, and they disagreed.

use act_desk::{Delivery, DeskError, NewRequest, Rule};
use act_journal::{Channel, JournalError, Right, Status};

use act_test_support::sha256_hex;

use crate::{berlin_desk, kinds};

fn new(reference: &str, received: &str) -> NewRequest {
    NewRequest {
        reference: reference.into(),
        subject: "Contoso Ltd".into(),
        right: Right::Access,
        received: received.into(),
        language: None,
    }
}

fn delivery(on: Option<&str>) -> Delivery {
    Delivery {
        channel: Channel::Email,
        recipient: "privacy@contoso.example".into(),
        on: on.map(str::to_string),
        password_sent: None,
        archive_password: None,
    }
}

#[test]
fn a_request_received_tomorrow_is_refused_and_today_is_the_officers_date() {
    let dir = tempfile::tempdir().unwrap();
    let (desk, _) = berlin_desk(dir.path());
    // Today in Berlin is 5 December, although UTC still says the 4th.
    let opened = desk.open_request(new("DSR-1", "2026-12-05")).unwrap();
    assert_eq!(opened.reference, "DSR-1");
    let error = desk.open_request(new("DSR-2", "2026-12-06")).unwrap_err();
    assert!(
        matches!(&error, DeskError::Rule(Rule::ReceivedInFuture(on)) if on == "2026-12-06"),
        "{error:?}"
    );
    assert_eq!(error.code(), "invalid_input");
    assert_eq!(
        error.to_string(),
        "The date received (2026-12-06) is in the future: check it."
    );
    assert_eq!(kinds(&desk), ["case_opened"], "nothing recorded");
}

#[test]
fn a_delivery_dated_in_the_future_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (desk, _) = berlin_desk(dir.path());
    desk.open_request(new("DSR-1", "2026-11-27")).unwrap();
    let error = desk
        .record_delivery("DSR-1", delivery(Some("2026-12-06")))
        .unwrap_err();
    assert!(
        matches!(error, DeskError::Rule(Rule::DeliveredInFuture(_))),
        "{error:?}"
    );
    // Today in Berlin is the 5th: a delivery made today is recorded, and "today" is the
    // default.
    let (case, on) = desk.record_delivery("DSR-1", delivery(None)).unwrap();
    assert_eq!(on.to_string(), "2026-12-05");
    assert_eq!(case.status, Status::Answered);
}

#[test]
fn a_delivery_before_the_request_was_received_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (desk, _) = berlin_desk(dir.path());
    desk.open_request(new("DSR-1", "2026-11-27")).unwrap();
    let error = desk
        .record_delivery("DSR-1", delivery(Some("2026-11-26")))
        .unwrap_err();
    assert!(
        matches!(error, DeskError::Rule(Rule::DeliveredBeforeReceived { .. })),
        "{error:?}"
    );
    assert_eq!(kinds(&desk), ["case_opened"]);
}

#[test]
fn a_delivery_to_nobody_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (desk, _) = berlin_desk(dir.path());
    desk.open_request(new("DSR-1", "2026-11-27")).unwrap();
    let mut nobody = delivery(None);
    nobody.recipient = "  ".into();
    let error = desk.record_delivery("DSR-1", nobody).unwrap_err();
    assert!(
        matches!(error, DeskError::Rule(Rule::NoRecipient)),
        "{error:?}"
    );
}

#[test]
fn an_extension_told_in_the_future_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (desk, _) = berlin_desk(dir.path());
    desk.open_request(new("DSR-1", "2026-11-27")).unwrap();
    let error = desk
        .extend("DSR-1", 1, "2026-12-06", "many apps to search")
        .unwrap_err();
    assert!(
        matches!(error, DeskError::Rule(Rule::ToldInFuture(_))),
        "{error:?}"
    );
    let case = desk
        .extend("DSR-1", 1, "2026-12-05", "many apps to search")
        .unwrap();
    assert_eq!(case.extension_months, 1);
}

#[test]
fn closing_a_closed_request_records_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (desk, _) = berlin_desk(dir.path());
    desk.open_request(new("DSR-1", "2026-11-27")).unwrap();
    let first = desk.close("dsr-1").unwrap();
    assert!(!first.already);
    assert_eq!(first.case.status, Status::Closed);
    let second = desk.close("DSR-1").unwrap();
    assert!(second.already);
    assert_eq!(second.case, first.case);
    assert_eq!(kinds(&desk), ["case_opened", "closed"]);
}

#[test]
fn an_empty_note_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (desk, _) = berlin_desk(dir.path());
    desk.open_request(new("DSR-1", "2026-11-27")).unwrap();
    let error = desk.add_note("DSR-1", " \n ").unwrap_err();
    assert!(
        matches!(error, DeskError::Rule(Rule::EmptyNote)),
        "{error:?}"
    );
    let case = desk.add_note("DSR-1", " Called the requester. ").unwrap();
    assert_eq!(case.notes, ["Called the requester."]);
}

#[test]
fn a_reference_opened_by_several_writers_at_once_is_opened_once() {
    // Eight officers (each with a journal connection of their own) open the same reference at
    // the same moment, spelled in different cases, twenty times over: the check and the write
    // are one transaction, so each time exactly one succeeds. (Checked first and written
    // after, two of them got through in about one round of three.)
    let dir = tempfile::tempdir().unwrap();
    let (desk, _) = berlin_desk(dir.path());
    desk.open_request(new("DSR-0", "2026-11-27")).unwrap(); // the journal exists
    for round in 1..=20 {
        let start = std::sync::Arc::new(std::sync::Barrier::new(8));
        let writers: Vec<_> = (0..8)
            .map(|i| {
                let desk = desk.clone();
                let start = start.clone();
                std::thread::spawn(move || {
                    let reference = if i % 2 == 0 {
                        format!("DSR-{round}")
                    } else {
                        format!(" dsr-{round}")
                    };
                    start.wait();
                    desk.open_request(new(&reference, "2026-11-27"))
                })
            })
            .collect();
        let results: Vec<_> = writers.into_iter().map(|w| w.join().unwrap()).collect();
        let opened = results.iter().filter(|r| r.is_ok()).count();
        assert_eq!(opened, 1, "round {round}: {results:?}");
        for refused in results.iter().filter_map(|r| r.as_ref().err()) {
            assert!(
                matches!(refused, DeskError::Journal(JournalError::DuplicateCase(_))),
                "{refused:?}"
            );
        }
    }
    assert_eq!(desk.cases().unwrap().len(), 21);
    assert!(desk.verify().unwrap().is_ok());
}

#[test]
fn a_copy_is_deleted_only_if_this_request_saved_it() {
    let dir = tempfile::tempdir().unwrap();
    let (desk, _) = berlin_desk(dir.path());
    desk.open_request(new("DSR-1", "2026-11-27")).unwrap();
    let saved = dir.path().join("answer.zip");
    std::fs::write(&saved, b"an archive").unwrap();
    let other = dir.path().join("other.zip");
    std::fs::write(&other, b"someone else's").unwrap();
    desk.record_copy(
        Some("DSR-1"),
        &sha256_hex(b"an archive"),
        act_desk::Copy::SavedTo(&saved),
    )
    .unwrap();
    let error = desk
        .delete_local_copy("DSR-1", &other.display().to_string())
        .unwrap_err();
    assert_eq!(error.code(), "copy_not_found");
    assert!(other.exists());
    let case = desk
        .delete_local_copy("DSR-1", &saved.display().to_string())
        .unwrap();
    assert!(!saved.exists());
    assert!(case.copies.iter().all(|c| c.deleted));
    assert_eq!(kinds(&desk), ["case_opened", "saved", "local_copy_deleted"]);
}

#[test]
fn a_copy_saved_over_by_another_request_is_not_deleted() {
    // Two requests exported the same day suggest the same file name: request B's archive was
    // saved over request A's copy. Deleting A's copy must not delete B's archive.
    let dir = tempfile::tempdir().unwrap();
    let (desk, _) = berlin_desk(dir.path());
    desk.open_request(new("DSR-A", "2026-11-27")).unwrap();
    desk.open_request(new("DSR-B", "2026-11-27")).unwrap();
    let path = dir
        .path()
        .join("ACT-Export_northwind-qa_fieldmate-android_2026-12-05.zip");
    std::fs::write(&path, b"request A's archive").unwrap();
    desk.record_copy(
        Some("DSR-A"),
        &sha256_hex(b"request A's archive"),
        act_desk::Copy::SavedTo(&path),
    )
    .unwrap();
    std::fs::write(&path, b"request B's archive").unwrap();
    desk.record_copy(
        Some("DSR-B"),
        &sha256_hex(b"request B's archive"),
        act_desk::Copy::SavedTo(&path),
    )
    .unwrap();
    let shown = path.display().to_string();
    let error = desk.delete_local_copy("DSR-A", &shown).unwrap_err();
    assert!(
        matches!(&error, DeskError::Rule(Rule::CopyChanged(p)) if *p == shown),
        "{error:?}"
    );
    assert_eq!(error.code(), "copy_changed");
    assert_eq!(std::fs::read(&path).unwrap(), b"request B's archive");
    assert!(!kinds(&desk).contains(&"local_copy_deleted"));
    // B's own copy is B's to delete.
    desk.delete_local_copy("DSR-B", &shown).unwrap();
    assert!(!path.exists());
}

#[test]
fn a_copy_saved_on_another_computer_is_listed_but_deleted_only_there() {
    // The team's register holds every officer's copies: Anna's laptop and Ben's saved one to
    // the same path. Ben's app may not delete Anna's copy (nor say it was deleted: the file
    // is on her computer, whatever is at that path on his), and deleting his own leaves hers.
    let dir = tempfile::tempdir().unwrap();
    let (desk, _) = berlin_desk(dir.path());
    let annas = desk.clone().on_computer("ANNA-LAPTOP");
    let bens = desk.clone().on_computer("ben-laptop");
    annas.open_request(new("DSR-1", "2026-11-27")).unwrap();
    let path = dir.path().join("dsr-1.zip");
    let shown = path.display().to_string();
    std::fs::write(&path, b"an archive").unwrap();
    annas
        .record_copy(
            Some("DSR-1"),
            &sha256_hex(b"an archive"),
            act_desk::Copy::SavedTo(&path),
        )
        .unwrap();
    let error = bens.delete_local_copy("DSR-1", &shown).unwrap_err();
    assert!(
        matches!(&error, DeskError::Rule(Rule::CopyElsewhere { path, computer })
            if *path == shown && computer == "ANNA-LAPTOP"),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        format!("{shown} was saved on another computer, ANNA-LAPTOP: it can be deleted only there, from ACT Export on that computer.")
    );
    assert!(path.exists(), "left as it is");
    assert_eq!(kinds(&desk), ["case_opened", "saved"], "nothing recorded");
    // Ben saves his own copy at the same path; his app deletes his, Anna's stays listed.
    bens.record_copy(
        Some("DSR-1"),
        &sha256_hex(b"an archive"),
        act_desk::Copy::SavedTo(&path),
    )
    .unwrap();
    let case = bens.delete_local_copy("DSR-1", &shown).unwrap();
    assert!(!path.exists());
    let left: Vec<(&str, bool)> = case
        .copies
        .iter()
        .map(|c| (c.computer.as_deref().unwrap(), c.deleted))
        .collect();
    assert_eq!(left, [("ANNA-LAPTOP", false), ("ben-laptop", true)]);
    // Names are compared without regard to case: Anna's laptop, as it names itself now.
    let case = desk
        .clone()
        .on_computer("anna-laptop")
        .delete_local_copy("DSR-1", &shown)
        .unwrap();
    assert!(case.copies.iter().all(|c| c.deleted));
    let (_, events) = desk.history("DSR-1").unwrap();
    let said: Vec<String> = events.iter().map(|e| e.event.describe()).collect();
    assert!(
        said.contains(&format!("Local copy deleted: {shown} on anna-laptop")),
        "{said:#?}"
    );
}

#[test]
fn the_note_of_how_the_password_was_sent_must_not_hold_the_password() {
    let dir = tempfile::tempdir().unwrap();
    let (desk, _) = berlin_desk(dir.path());
    desk.open_request(new("DSR-1", "2026-11-27")).unwrap();
    let password =
        act_engine::Password::new("acorn-actor-adult-agent-alarm-album-alley-amber").unwrap();
    let mut given_away = delivery(None);
    given_away.password_sent =
        Some("read out: acorn actor adult agent alarm album alley amber".into());
    given_away.archive_password = Some(password.clone());
    let error = desk.record_delivery("DSR-1", given_away).unwrap_err();
    assert!(
        matches!(error, DeskError::Rule(Rule::PasswordInNote)),
        "{error:?}"
    );
    assert!(error
        .to_string()
        .starts_with("Do not write the archive's password here"));
    assert_eq!(kinds(&desk), ["case_opened"], "nothing recorded");
    let mut told = delivery(None);
    told.password_sent = Some("read out by phone".into());
    told.archive_password = Some(password);
    let (case, _) = desk.record_delivery("DSR-1", told).unwrap();
    assert_eq!(case.status, Status::Answered);
}

#[test]
fn a_request_is_given_to_an_officer_handed_over_and_never_to_nobody() {
    let dir = tempfile::tempdir().unwrap();
    let (desk, _) = berlin_desk(dir.path());
    // A journal file is one officer's: opening a request gives it to nobody in particular.
    let opened = desk.open_request(new("DSR-1", "2026-12-01")).unwrap();
    assert_eq!(opened.assignee, None);
    assert_eq!(desk.officer().unwrap(), act_desk::operator());
    assert_eq!(
        desk.assign("dsr-1", " anna ").unwrap().assignee.as_deref(),
        Some("anna")
    );
    // Given again to whoever has it: nothing more is recorded.
    desk.assign("DSR-1", "anna").unwrap();
    let handed = desk.assign("DSR-1", "ben").unwrap();
    assert_eq!(handed.assignee.as_deref(), Some("ben"));
    assert_eq!(kinds(&desk), ["case_opened", "assigned", "assigned"]);
    let error = desk.assign("DSR-1", "  ").unwrap_err();
    assert_eq!(error.code(), "invalid_input", "{error}");
    assert!(error.to_string().contains("to which officer"), "{error}");
    assert!(matches!(
        desk.assign("DSR-404", "anna").unwrap_err(),
        DeskError::Journal(JournalError::NoSuchCase(_))
    ));
    assert_eq!(desk.officers().unwrap(), ["ben"]);
}
