//! The Requests screens' calls: a request from opening to delivery, with its journal, local
//! copies and the reminder; the journal shared with the command line.

use std::path::Path;

use act_export_desktop::error::Code;
use act_export_desktop::exports;
use act_export_desktop::page::{Channel, Delivery, NewRequest, Right};
use act_export_desktop::requests;
use act_export_desktop::session;
use act_export_desktop::settings;
use act_journal::{EventKind, Journal};

use crate::flow::{
    connected_shell, contoso_ask, contoso_runs, files_under, shell, stopped_export,
    stopped_export_with,
};

/// Today in this computer's time zone, as the app's rules read it.
fn today() -> time::Date {
    act_desk::Clock::today(&act_desk::SystemClock)
}

fn new_request(reference: &str, received: time::Date) -> NewRequest {
    NewRequest {
        reference: reference.into(),
        subject: "Contoso Ltd".into(),
        right: Right::Access,
        received: received.to_string(),
        language: None,
    }
}

fn kinds(journal: &Path, reference: Option<&str>) -> Vec<&'static str> {
    Journal::open(journal)
        .unwrap()
        .events()
        .unwrap()
        .into_iter()
        .filter(|e| e.case.as_deref() == reference)
        .map(|e| e.event.name())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_from_opening_to_an_answer_on_time_with_its_journal() {
    let shell = shell();
    let state = &shell.state;
    // The Requests screen works without a connection.
    let empty = requests::requests(state).unwrap();
    assert!(empty.cases.is_empty());
    assert_eq!(empty.remind_after_days, 30);
    assert!(!empty.journal.shared);
    assert_eq!(Path::new(&empty.journal.shown), state.journal_path());
    assert_eq!(empty.officers, [act_desk::operator()]);

    let opened = requests::open_request(state, new_request("DSR-7", today())).unwrap();
    assert_eq!(opened.case.status_words, "open");
    assert!(opened.case.days_left >= 28, "{:?}", opened.case);
    assert!(opened.case.standing.ends_with("days left"));
    assert_eq!(opened.events.len(), 1);
    let again = requests::open_request(state, new_request("dsr-7", today())).unwrap_err();
    assert_eq!(again.code, Code::CaseExists);
    let future = requests::open_request(
        state,
        new_request("DSR-8", today() + time::Duration::days(2)),
    )
    .unwrap_err();
    assert_eq!(future.code, Code::InvalidInput);
    let blank = requests::open_request(state, new_request("  ", today())).unwrap_err();
    assert_eq!(blank.code, Code::InvalidInput);

    // Its export is journaled for it; the manifest holds the journal's head.
    session::connect_sample(state).await.unwrap();
    let server_runs = session::list_runs(state, "northwind-qa".into(), "fieldmate-android".into())
        .await
        .unwrap();
    let ids: Vec<String> = server_runs
        .iter()
        .filter(|r| r.test_series == "contoso-regression")
        .map(|r| r.id.clone())
        .collect();
    let done = exports::start(state, contoso_ask(ids, Some("dsr-7")), |_| {})
        .await
        .unwrap();
    assert_eq!(done.reference.as_deref(), Some("DSR-7"));
    let archive = state.archive().unwrap();
    let head = act_engine::journal_head(&archive.path).unwrap().unwrap();
    assert_eq!(head.case.as_deref(), Some("DSR-7"));
    let intact = state.desk().verify_against(&head).unwrap();
    assert!(intact.is_ok(), "{intact:?}");

    let out = tempfile::tempdir().unwrap();
    let destination = out.path().join("DSR-7.zip");
    let saved = exports::save_to(state, &destination).await.unwrap();
    assert_eq!(saved.journal_problem, None);
    let detail = requests::request(state, "DSR-7").unwrap();
    assert_eq!(detail.case.exports, 1);
    assert_eq!(detail.case.copies.len(), 1);
    assert_eq!(Path::new(&detail.case.copies[0].path), destination);
    assert!(detail.case.copies[0].exists && !detail.case.copies[0].old);
    assert_eq!(
        kinds(state.journal_path(), Some("DSR-7")),
        ["case_opened", "export_started", "export_completed", "saved"]
    );
    let completed = Journal::open(state.journal_path())
        .unwrap()
        .events()
        .unwrap()
        .into_iter()
        .find_map(|e| match e.event {
            EventKind::ExportCompleted {
                archive_sha256,
                runs,
                ..
            } => Some((archive_sha256, runs)),
            _ => None,
        })
        .unwrap();
    assert_eq!(completed, (done.sha256.clone(), 8));

    // Delivery answers it, on time.
    let in_future = requests::record_delivery(
        state,
        "DSR-7",
        Delivery {
            channel: Channel::Email,
            recipient: "privacy@contoso.example".into(),
            on: (today() + time::Duration::days(1)).to_string(),
            password_sent: None,
        },
    )
    .unwrap_err();
    assert_eq!(in_future.code, Code::InvalidInput);
    let answered = requests::record_delivery(
        state,
        "DSR-7",
        Delivery {
            channel: Channel::Email,
            recipient: "privacy@contoso.example".into(),
            on: today().to_string(),
            password_sent: Some(" by phone ".into()),
        },
    )
    .unwrap();
    assert_eq!(answered.case.status_words, "answered");
    assert_eq!(answered.case.standing, "answered on time");
    assert!(answered
        .events
        .last()
        .unwrap()
        .what
        .ends_with("; password sent by phone"));

    // Only a copy the request saved can be deleted; deleting it is journaled.
    let elsewhere = out.path().join("other.zip");
    std::fs::write(&elsewhere, b"not ours").unwrap();
    let refused =
        requests::delete_local_copy(state, "DSR-7", &elsewhere.display().to_string()).unwrap_err();
    assert_eq!(refused.code, Code::CopyNotFound);
    assert!(elsewhere.exists());
    let deleted =
        requests::delete_local_copy(state, "DSR-7", &destination.display().to_string()).unwrap();
    assert!(deleted.case.copies.is_empty());
    assert!(!destination.exists());
    assert_eq!(files_under(out.path()), vec![elsewhere]);

    let closed = requests::close_request(state, "DSR-7").unwrap();
    assert_eq!(closed.case.status_words, "closed");
    assert_eq!(closed.case.standing, "answered on time");
    let check = requests::check_journal(state).unwrap();
    assert!(check.intact && check.problem.is_none(), "{check:?}");
    assert_eq!(check.events, 7);
}

#[test]
fn late_answers_overdue_requests_extensions_and_old_copies_are_told() {
    let shell = shell();
    let state = &shell.state;
    let long_ago = today() - time::Duration::days(70);
    let mut journal = Journal::open(state.journal_path()).unwrap();
    // Opened through the journal as the command line does: the app shows the same requests.
    journal
        .open_case(
            "OLD-1",
            "Fabrikam",
            act_journal::Right::Portability,
            long_ago,
        )
        .unwrap();
    let copy = tempfile::NamedTempFile::new().unwrap();
    let saved_at = (time::OffsetDateTime::now_utc() - time::Duration::days(40))
        .replace_nanosecond(0)
        .unwrap()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    journal
        .append_at(
            Some("OLD-1"),
            EventKind::Saved {
                path: copy.path().display().to_string(),
                archive_sha256: "ab".into(),
                computer: None,
            },
            &saved_at,
        )
        .unwrap();
    // Another officer's copy, saved on their computer (as on the team's register): listed,
    // not looked for here, not reminded of.
    journal
        .append_at(
            Some("OLD-1"),
            EventKind::Saved {
                path: "/home/ben/old-1.zip".into(),
                archive_sha256: "cd".into(),
                computer: Some("another-computer-than-this-one".into()),
            },
            &saved_at,
        )
        .unwrap();
    drop(journal);
    requests::open_request(state, new_request("NEW-1", today())).unwrap();

    let view = requests::requests(state).unwrap();
    let references: Vec<&str> = view.cases.iter().map(|c| c.reference.as_str()).collect();
    assert_eq!(references, ["OLD-1", "NEW-1"], "soonest due first");
    let old = &view.cases[0];
    assert!(
        old.overdue && old.standing.starts_with("overdue by "),
        "{old:?}"
    );
    assert_eq!(view.old_copies.len(), 1);
    assert_eq!(view.old_copies[0].age_days, 40);
    assert_eq!(view.old_copies[0].path, copy.path().display().to_string());
    let copies: Vec<(&str, Option<&str>, bool, bool)> = old
        .copies
        .iter()
        .map(|c| (c.path.as_str(), c.elsewhere.as_deref(), c.exists, c.old))
        .collect();
    assert_eq!(
        copies,
        [
            (copy.path().to_str().unwrap(), None, true, true),
            (
                "/home/ben/old-1.zip",
                Some("another-computer-than-this-one"),
                true,
                false
            )
        ]
    );
    let refused = requests::delete_local_copy(state, "OLD-1", "/home/ben/old-1.zip").unwrap_err();
    assert_eq!(refused.code, Code::CopyNotFound);
    assert_eq!(
        refused.words.as_ref().map(|w| w.id),
        Some("rule-copy-elsewhere")
    );

    // The reminder setting is kept, and checked.
    assert_eq!(
        settings::set_reminder(state, 0).unwrap_err().code,
        Code::InvalidInput
    );
    settings::set_reminder(state, 60).unwrap();
    let view = requests::requests(state).unwrap();
    assert_eq!(view.remind_after_days, 60);
    assert!(view.old_copies.is_empty());

    // An extension told within the first month moves the due date.
    let told = long_ago + time::Duration::days(10);
    let extended =
        requests::extend_request(state, "OLD-1", 2, &told.to_string(), "many systems").unwrap();
    assert_eq!(extended.case.extension_months, 2);
    assert!(!extended.case.overdue, "{:?}", extended.case);
    assert!(extended
        .case
        .extension
        .as_deref()
        .unwrap()
        .starts_with("Extended by 2 months; the requester was told on "));
    let late = requests::extend_request(state, "NEW-1", 1, &today().to_string(), "").unwrap_err();
    assert_eq!(late.code, Code::InvalidInput);

    // Answered after its due date: "answered N days late".
    let overdue_case = Journal::open(state.journal_path())
        .unwrap()
        .case("OLD-1")
        .unwrap();
    let answered = requests::record_delivery(
        state,
        "OLD-1",
        Delivery {
            channel: Channel::Post,
            recipient: "Fabrikam".into(),
            on: today().to_string(),
            password_sent: None,
        },
    )
    .unwrap();
    let late_by = (today() - overdue_case.due).whole_days();
    if late_by > 0 {
        assert_eq!(
            answered.case.standing,
            format!(
                "answered {late_by} day{} late",
                if late_by == 1 { "" } else { "s" }
            )
        );
    } else {
        assert_eq!(answered.case.standing, "answered on time");
    }
    assert_eq!(
        requests::request(state, "nobody").unwrap_err().code,
        Code::CaseNotFound
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stopped_export_continues_for_its_request_and_a_quick_export_is_journaled_too() {
    let server = act_test_support::server().await;
    let shell = connected_shell(&server).await;
    let state = &shell.state;
    requests::open_request(state, new_request("DSR-9", today())).unwrap();
    let error = stopped_export(state, &server, Some("DSR-9")).await;
    assert!(error.resumable, "{error:?}");
    let row = exports::unfinished(state).remove(0);
    assert_eq!(row.reference.as_deref(), Some("DSR-9"));
    server.controls().update(|s| s.faults.clear());
    let done = exports::resume(state, &row.key, None, |_| {})
        .await
        .unwrap();
    assert_eq!(done.reference.as_deref(), Some("DSR-9"));
    assert_eq!(
        kinds(state.journal_path(), Some("DSR-9")),
        [
            "case_opened",
            "export_started",
            "export_failed",
            "export_started",
            "export_completed"
        ]
    );
    assert_eq!(
        files_under(state.unfinished_dir()),
        Vec::<std::path::PathBuf>::new()
    );

    // Without a request: journaled without one.
    let ids = contoso_runs(&server);
    let quick = exports::start(state, contoso_ask(ids, None), |_| {})
        .await
        .unwrap();
    assert_eq!(quick.reference, None);
    assert_eq!(
        kinds(state.journal_path(), None),
        ["export_started", "export_completed"]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_finished_export_the_journal_cannot_record_is_kept_and_says_so() {
    let shell = shell();
    let state = &shell.state;
    requests::open_request(state, new_request("DSR-11", today())).unwrap();
    session::connect_sample(state).await.unwrap();
    let ids: Vec<String> =
        session::list_runs(state, "northwind-qa".into(), "fieldmate-android".into())
            .await
            .unwrap()
            .into_iter()
            .filter(|r| r.test_series == "contoso-regression")
            .map(|r| r.id)
            .collect();

    // The journal records the export's start, then cannot record its end.
    let refusal =
        act_test_support::refuse_events(state.journal_path(), &["export_completed", "saved"]);
    let done = exports::start(state, contoso_ask(ids, Some("DSR-11")), |_| {})
        .await
        .unwrap();
    let problem = done
        .journal_problem
        .clone()
        .expect("the journal's failure is told");
    assert_eq!(problem.code, Code::JournalStorage, "{problem:?}");
    assert!(done.files > 0 && done.runs > 0, "{done:?}");
    assert_eq!(done.reference.as_deref(), Some("DSR-11"));
    // The archive is kept, whole.
    let archive = state.archive().unwrap();
    assert_eq!(archive.sha256, done.sha256);
    assert!(archive.path.is_file());
    assert_eq!(
        kinds(state.journal_path(), Some("DSR-11")),
        ["case_opened", "export_started"]
    );

    // Saving while the journal still refuses: saved, and the journal's failure is told again.
    let out = tempfile::tempdir().unwrap();
    let first = out.path().join("first.zip");
    let saved = exports::save_to(state, &first).await.unwrap();
    assert_eq!(
        saved.journal_problem.map(|p| p.code),
        Some(Code::JournalStorage)
    );
    assert!(first.is_file());

    // Once the journal takes events again, the next copy is recorded.
    refusal.allow();
    let second = out.path().join("second.zip");
    let saved = exports::save_to(state, &second).await.unwrap();
    assert_eq!(saved.journal_problem, None);
    assert_eq!(
        kinds(state.journal_path(), Some("DSR-11")),
        ["case_opened", "export_started", "saved"]
    );
    assert_eq!(
        std::fs::read(&first).unwrap(),
        std::fs::read(&second).unwrap()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_protected_export_for_a_request_is_remembered_and_continues_only_with_a_password() {
    let server = act_test_support::server().await;
    let shell = connected_shell(&server).await;
    let state = &shell.state;
    requests::open_request(state, new_request("DSR-P", today())).unwrap();
    assert!(!requests::request(state, "DSR-P").unwrap().case.protect);
    let passphrase = exports::new_passphrase().unwrap();
    assert_eq!(
        exports::strength(act_engine::lang::Lang::En, &passphrase).level,
        "strong"
    );
    assert_eq!(
        exports::strength(act_engine::lang::Lang::En, "short").level,
        "too_short"
    );
    assert_eq!(
        exports::strength(act_engine::lang::Lang::En, "aaaaaaaaaaaa").level,
        "weak"
    );
    let mut ask = contoso_ask(Vec::new(), Some("DSR-P"));
    ask.password = Some(passphrase.clone());
    let error = stopped_export_with(state, &server, ask).await;
    assert!(error.resumable, "{error:?}");
    // The next export of the request is offered protected; the password is stored nowhere.
    assert!(requests::request(state, "DSR-P").unwrap().case.protect);
    let row = exports::unfinished(state).remove(0);
    assert!(
        row.protected && row.reference.as_deref() == Some("DSR-P"),
        "{row:?}"
    );
    for file in files_under(state.unfinished_dir()).into_iter().chain([
        state.settings_path().to_path_buf(),
        state.journal_path().to_path_buf(),
    ]) {
        let bytes = std::fs::read(&file).unwrap_or_default();
        assert!(
            !bytes
                .windows(passphrase.len())
                .any(|w| w == passphrase.as_bytes()),
            "{} holds the password",
            file.display()
        );
    }
    server.controls().update(|s| s.faults.clear());
    let refused = exports::resume(state, &row.key, None, |_| {})
        .await
        .unwrap_err();
    assert_eq!(refused.code, Code::PasswordNeeded);
    let done = exports::resume(state, &row.key, Some(passphrase.clone()), |_| {})
        .await
        .unwrap();
    assert!(done.protected);
    let archive = state.archive().unwrap().path;
    let password = act_engine::Password::new(&passphrase).unwrap();
    assert!(act_engine::verify_with(&archive, Some(&password))
        .unwrap()
        .is_ok());
    assert!(act_engine::verify(&archive).is_err(), "protected");
    let completed = Journal::open(state.journal_path())
        .unwrap()
        .events()
        .unwrap()
        .into_iter()
        .any(|e| {
            matches!(
                e.event,
                EventKind::ExportCompleted {
                    protected: true,
                    ..
                }
            )
        });
    assert!(completed, "the journal says it was protected");

    // While the app still knows the password, the delivery's note of how it was sent must not
    // give it away.
    let delivery = |how: &str| Delivery {
        channel: Channel::Email,
        recipient: "privacy@contoso.example".into(),
        on: today().to_string(),
        password_sent: Some(how.into()),
    };
    let refused =
        requests::record_delivery(state, "DSR-P", delivery(&format!("by phone: {passphrase}")))
            .unwrap_err();
    assert_eq!(refused.code, Code::InvalidInput);
    assert!(
        refused
            .message
            .starts_with("Do not write the archive's password here"),
        "{refused:?}"
    );
    let answered =
        requests::record_delivery(state, "DSR-P", delivery("read out by phone")).unwrap();
    assert_eq!(answered.case.status_words, "answered");
}

#[test]
fn the_check_says_a_deleted_journal_is_missing_and_the_screen_makes_no_new_one() {
    let shell = shell();
    let state = &shell.state;
    requests::open_request(state, new_request("DSR-7", today())).unwrap();
    requests::close_request(state, "DSR-7").unwrap();
    assert!(requests::check_journal(state).unwrap().intact);
    std::fs::remove_file(state.journal_path()).unwrap();
    // The Requests screen shows no request, and makes no new, empty journal...
    assert!(requests::requests(state).unwrap().cases.is_empty());
    assert!(!state.journal_path().exists());
    // ...so that "Check the journal" says the journal is gone, not that it is intact.
    let check = requests::check_journal(state).unwrap();
    assert!(!check.intact, "{check:?}");
    assert_eq!(check.finding, Some(act_journal::Finding::Missing));
    let problem = check.problem.unwrap();
    assert!(
        problem.starts_with(
            "The journal is missing: it had 2 events when this computer last wrote it, on "
        ) && problem.ends_with('.'),
        "{problem}"
    );
    assert!(!state.journal_path().exists());
}

/// The list read ahead while the window opens is the list: the screen's first call then adds
/// what was written since, and a journal written by someone else meanwhile (the command line)
/// is read as it is.
#[test]
fn the_list_read_ahead_at_start_is_the_list() {
    let shell = shell();
    let state = &shell.state;
    requests::open_request(state, new_request("DSR-1", today())).unwrap();
    let expected = requests::requests(state).unwrap();
    let fresh = crate::flow::shell();
    // The command line opens a request; the app reads ahead, then the screen asks.
    let mut journal = Journal::open(state.journal_path()).unwrap();
    journal
        .open_case(
            "DSR-2",
            "Fabrikam",
            act_journal::Right::Access,
            today() - time::Duration::days(1),
        )
        .unwrap();
    drop(journal);
    state.warm_list().join().unwrap();
    let mut journal = Journal::open(state.journal_path()).unwrap();
    journal
        .record(
            Some("DSR-1"),
            EventKind::NoteAdded {
                note: "written after the list was read ahead".into(),
            },
        )
        .unwrap();
    drop(journal);
    let view = requests::requests(state).unwrap();
    let references: Vec<&str> = view.cases.iter().map(|c| c.reference.as_str()).collect();
    assert_eq!(references, ["DSR-2", "DSR-1"], "soonest due first");
    assert_eq!(
        view.cases[1].notes,
        ["written after the list was read ahead"]
    );
    assert_eq!(expected.cases.len(), 1);
    // An app with no journal yet reads ahead nothing, and makes none.
    fresh.state.warm_list().join().unwrap();
    assert!(!fresh.state.journal_path().exists());
}
