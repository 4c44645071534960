//! End-to-end tests of the desktop app through WebDriver (one test binary: `gui`), against the
//! sample server: the built-in one (sample-data mode) or one started here.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod accessibility;
mod harness;
mod keyboard;
mod language;
mod officer_language;
mod register;
mod seeing;

use std::path::Path;

use act_sample_server::{Hold, SampleServer, SAMPLE_TOKEN};
use act_test_support::{files_under, read_zip, server, until, wait_for};
use harness::Gui;

const GREETING: &str = "[data-testid=greeting]";

/// From the Requests screen (the first one) to the Connect screen, for an export that answers
/// no request.
async fn quick_export(gui: &Gui) {
    gui.click("#quick-export").await;
    gui.wait_text("#connect-title", |t| t == "Connect to App Center")
        .await;
}

/// Goes to the Connect screen, types the sample token and `server`'s address, and connects.
async fn connect_to(gui: &Gui, server: &SampleServer, token: &str) {
    quick_export(gui).await;
    gui.type_into("#token", token).await;
    gui.click("#advanced summary").await;
    gui.type_into("#base-url", &server.api_url()).await;
    gui.click("#connect").await;
}

/// On the runs screen: shows only Contoso's runs, and waits until `shown` says how many.
async fn show_contoso_series(gui: &Gui, shown: &str) {
    gui.find("#filter-series option[value='contoso-regression']")
        .await
        .click()
        .await
        .unwrap();
    gui.wait_text("#shown-count", |t| t == shown).await;
}

/// On the apps screen: opens FieldMate for Android and selects Contoso's 8 runs.
async fn select_contoso_runs(gui: &Gui) {
    gui.click("[data-testid='app-northwind-qa/fieldmate-android']")
        .await;
    gui.wait_text("#shown-count", |t| t == "24 test runs").await;
    show_contoso_series(gui, "8 of 24 test runs shown").await;
    gui.click("#select-shown").await;
    gui.wait_text("[data-testid=selected-count]", |t| {
        t == "8 test runs selected"
    })
    .await;
}

/// Goes back to the Requests screen and waits until its list was read again (until then it
/// shows what it showed before).
async fn back_to_requests(gui: &Gui) {
    gui.click("#back-to-requests").await;
    gui.find("#requests-table[aria-busy='false']").await;
}

/// Presses Export and waits for the archive.
async fn export_until_done(gui: &Gui) {
    gui.click("#export").await;
    gui.wait_text("#done-title", |t| t == "The archive is ready")
        .await;
}

/// Presses Save as (the tests' save folder stands in for the dialog); returns the saved file.
async fn save(gui: &Gui) -> std::path::PathBuf {
    gui.click("#save").await;
    let status = gui
        .wait_text("[data-testid=save-status]", |t| t.starts_with("Saved to "))
        .await;
    Path::new(status.trim_start_matches("Saved to ")).to_path_buf()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_opens_and_shows_the_version_from_rust() {
    let Some(gui) = Gui::start().await else {
        return;
    };
    let expected = format!("ACT Export version {}", env!("CARGO_PKG_VERSION"));
    let text = gui
        .wait_text("[data-testid=app-version]", |t| t.contains("version "))
        .await;
    assert_eq!(text, expected);
    assert_eq!(gui.client.title().await.unwrap(), "ACT Export");
    let heading = gui.find("h1").await.text().await.unwrap();
    assert_eq!(heading, "ACT Export");
    assert!(
        !gui.visible("#screen-runs").await && gui.visible("#screen-requests").await,
        "only the first screen, the requests, shows"
    );
    gui.wait_text("#requests-today", |t| t.starts_with("Today is "))
        .await;
    gui.screenshot("requests-empty").await;
    quick_export(&gui).await;
    gui.screenshot("connect").await;
    gui.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sample_data_flow_from_connect_to_a_saved_archive() {
    let saves = tempfile::tempdir().unwrap();
    let save_dir = saves.path().display().to_string();
    let Some(gui) = Gui::start_with_env(&[("ACT_EXPORT_E2E_SAVE_DIR", &save_dir)]).await else {
        return;
    };
    quick_export(&gui).await;
    gui.click("#try-sample").await;
    gui.wait_text(GREETING, |t| t == "Hello, Alex Morgan").await;
    assert!(
        gui.visible("[data-testid=sample-badge]").await,
        "sample mode is labelled"
    );
    gui.wait_text("#apps-status", |t| t == "3 of 3 apps").await;
    gui.screenshot("apps").await;
    gui.type_into("#app-search", "android").await;
    gui.wait_text("#apps-status", |t| t == "2 of 3 apps").await;
    gui.click("[data-testid='app-northwind-qa/fieldmate-android']")
        .await;

    gui.wait_text("#shown-count", |t| t == "24 test runs").await;
    show_contoso_series(&gui, "8 of 24 test runs shown").await;
    gui.click("#select-shown").await;
    gui.wait_text("[data-testid=selected-count]", |t| {
        t == "8 test runs selected"
    })
    .await;
    gui.type_into("#subject", "Contoso Ltd").await;
    gui.screenshot("runs").await;
    // The smallest window still shows the count and the Export button.
    gui.resize(800, 600).await;
    gui.screenshot("runs-800x600").await;
    assert!(
        gui.in_view("#export").await && gui.in_view("[data-testid=selected-count]").await,
        "Export and the count in the window at 800x600"
    );
    gui.resize(1024, 720).await;
    gui.click("#export").await;

    gui.wait_text("#done-title", |t| t == "The archive is ready")
        .await;
    assert!(
        gui.visible("[data-testid=sample-badge]").await,
        "still labelled as sample data"
    );
    let summary = gui
        .find("[data-testid=summary]")
        .await
        .text()
        .await
        .unwrap();
    assert!(summary.starts_with("Test runs8Files"), "{summary}");
    gui.screenshot("done").await;
    gui.click("#save").await;
    let status = gui
        .wait_text("[data-testid=save-status]", |t| t.starts_with("Saved to "))
        .await;
    assert!(gui.visible("#show-folder").await);

    let saved = Path::new(status.trim_start_matches("Saved to ")).to_path_buf();
    assert!(saved.starts_with(saves.path()), "{saved:?}");
    let name = saved.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with("ACT-Export_northwind-qa_fieldmate-android_") && name.ends_with(".zip"),
        "{name}"
    );
    let entries = read_zip(&saved);
    let runs = entries
        .keys()
        .filter(|k| k.starts_with("data/test-runs/"))
        .count();
    assert_eq!(runs, 8);
    let readme = String::from_utf8_lossy(&entries["README.html"]);
    assert!(readme.contains("Contoso Ltd"));
    for other in ["fabrikam", "tailspin"] {
        assert!(
            entries.iter().all(|(name, bytes)| !name.contains(other)
                && (!name.ends_with(".json") || !String::from_utf8_lossy(bytes).contains(other))),
            "{other}"
        );
    }
    assert!(act_engine::verify(&saved).unwrap().is_ok());

    // Start another export: the cached archive (personal data) is deleted.
    gui.click("#another").await;
    gui.wait_text("[data-testid=selected-count]", |t| {
        t == "8 test runs selected"
    })
    .await;
    let cache = gui.home.join(".cache/org.actexport.desktop/exports");
    let cached: Vec<_> = files_under(&cache)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "zip"))
        .collect();
    assert!(cached.is_empty(), "{cached:?}");
    gui.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_typed_token_and_api_address_connect() {
    let server = server().await;
    let Some(gui) = Gui::start().await else {
        return;
    };
    connect_to(&gui, &server, SAMPLE_TOKEN).await;
    gui.wait_text(GREETING, |t| t == "Hello, Alex Morgan").await;
    assert!(
        !gui.visible("[data-testid=sample-badge]").await,
        "not sample mode"
    );
    gui.wait_text("#apps-status", |t| t == "3 of 3 apps").await;
    assert!(server
        .controls()
        .requests()
        .iter()
        .any(|r| r.path == "/v0.1/user"));
    gui.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rejected_token_says_what_to_do_and_never_shows_the_token() {
    let server = server().await;
    let Some(gui) = Gui::start().await else {
        return;
    };
    let wrong = "wrong-token-5c1d9e";
    connect_to(&gui, &server, wrong).await;
    gui.wait_text("#error-title", |t| t == "This token was not accepted.")
        .await;
    let next = gui.find("#error-next").await.text().await.unwrap();
    assert_eq!(
        next,
        "Check that you copied all of it, or create a new one."
    );
    gui.click("#error-details-toggle").await;
    let details = gui
        .wait_text("#error-details", |t| t.contains("code: unauthorized"))
        .await;
    assert!(!details.contains(wrong), "{details}");
    gui.screenshot("error").await;
    gui.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancel_in_the_middle_of_an_export_leaves_nothing() {
    let server = server().await;
    // The fifth file is held for ever: the export is downloading until it is cancelled, and
    // the cancel cannot be waiting for that download (it never ends).
    server.controls().hold(Hold::storage_file(5));
    let Some(gui) = Gui::start().await else {
        return;
    };
    connect_to(&gui, &server, SAMPLE_TOKEN).await;
    gui.click("[data-testid='app-northwind-qa/fieldmate-ios']")
        .await;
    gui.wait_text("#shown-count", |t| t == "12 test runs").await;
    gui.click("input[name=scope][value=app]").await;
    gui.wait_text("[data-testid=selected-count]", |t| {
        t.starts_with("The entire app")
    })
    .await;
    gui.click("#export").await;
    gui.wait_text("[data-testid=export-phase]", |t| {
        t.starts_with("Downloading files: ") && !t.contains(": 0 of")
    })
    .await;
    gui.screenshot("export").await;
    assert!(
        !gui.visible("#disconnect").await,
        "no Disconnect while an export runs"
    );
    gui.click("#cancel-export").await;
    gui.wait_text("#cancel-title", |t| t == "Stop the export?")
        .await;
    gui.screenshot("cancel").await;
    gui.click("#confirm-cancel").await;
    gui.wait_text("#error-title", |t| t == "The export was stopped.")
        .await;
    assert_eq!(
        server.controls().holding(),
        1,
        "the download was still held"
    );
    server.controls().release();
    assert!(
        gui.visible("#screen-runs").await,
        "back to the runs, as they were"
    );
    assert!(gui.visible("#disconnect").await, "Disconnect is back");
    // Only the running app's own lock file remains: no archive, partial file or download.
    let cache = gui.home.join(".cache/org.actexport.desktop");
    let left: Vec<_> = files_under(&cache)
        .into_iter()
        .filter(|p| p.extension().is_none_or(|e| e != "lock"))
        .collect();
    assert!(left.is_empty(), "nothing left behind: {left:?}");
    gui.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_webview_may_call_only_the_apps_own_commands_and_loads_nothing_remote() {
    let Some(gui) = Gui::start().await else {
        return;
    };
    gui.wait_text("[data-testid=app-version]", |t| t.contains("version "))
        .await;
    let script = "const done = arguments[arguments.length - 1];
        const tryCall = (cmd, args) => window.__TAURI__.core.invoke(cmd, args || {}).then(() => 'allowed', e => 'refused: ' + e);
        Promise.all([
          tryCall('app_info'),
          tryCall('plugin:window|close', {label: 'main'}),
          tryCall('plugin:path|resolve_directory', {directory: 11}),
          tryCall('plugin:fs|read_file', {path: '/etc/passwd'}),
          tryCall('no_such_command'),
        ]).then(done);";
    let answers = gui.client.execute_async(script, vec![]).await.unwrap();
    let answers: Vec<String> = serde_json::from_value(answers).unwrap();
    assert_eq!(answers[0], "allowed");
    for refused in &answers[1..] {
        assert!(refused.starts_with("refused"), "{answers:?}");
    }
    let resources = gui
        .client
        .execute("return performance.getEntriesByType('resource').map(e => e.name).concat([location.href]);", vec![])
        .await
        .unwrap();
    let resources: Vec<String> = serde_json::from_value(resources).unwrap();
    for url in &resources {
        let local = url.starts_with("tauri://localhost")
            || url.starts_with("http://tauri.localhost")
            || url.starts_with("ipc://")
            || url.starts_with("http://ipc.localhost");
        assert!(local, "loaded from elsewhere: {url}");
    }
    gui.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_odd_service_gives_the_chosen_clients_data_and_nothing_else() {
    let server = server().await;
    server.controls().update(|s| {
        s.blank_links = true;
        s.upper_case_ids = true;
        s.file_addresses = act_sample_server::FileAddresses::Query;
    });
    let saves = tempfile::tempdir().unwrap();
    let save_dir = saves.path().display().to_string();
    let Some(gui) = Gui::start_with_env(&[("ACT_EXPORT_E2E_SAVE_DIR", &save_dir)]).await else {
        return;
    };
    connect_to(&gui, &server, SAMPLE_TOKEN).await;
    select_contoso_runs(&gui).await;
    export_until_done(&gui).await;
    let saved = save(&gui).await;
    let entries = read_zip(&saved);
    let runs = entries
        .keys()
        .filter(|k| k.starts_with("data/test-runs/"))
        .count();
    assert_eq!(runs, 8);
    for (name, bytes) in &entries {
        let text = String::from_utf8_lossy(bytes).to_lowercase();
        for other in ["wingtip", "fabrikam", "tailspin"] {
            assert!(!name.to_lowercase().contains(other), "{name}");
            assert!(
                !(name.ends_with(".json") || name.ends_with(".html")) || !text.contains(other),
                "{name} holds {other}'s data"
            );
        }
    }
    let report = act_engine::verify(&saved).unwrap();
    assert!(report.is_ok(), "{report:?}");
    let totals = report.totals.unwrap();
    assert!(
        totals.records_excluded > 0 && totals.archived > 0,
        "{totals:?}"
    );
    gui.finish().await;
}

/// The unfinished exports' staging folders of the app whose HOME is `home`.
fn staged_plans(home: &Path) -> Vec<std::path::PathBuf> {
    files_under(&home.join(".local/share/org.actexport.desktop/unfinished"))
        .into_iter()
        .filter(|p| p.file_name().is_some_and(|n| n == "checkpoint.json"))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_export_the_app_was_closed_in_is_offered_and_continued_at_the_next_start() {
    let server = server().await;
    // The tenth file is held: the export cannot finish before the app is closed.
    server.controls().hold(Hold::storage_file(10));
    let root = tempfile::tempdir().unwrap();
    let saves = tempfile::tempdir().unwrap();
    let save_dir = saves.path().display().to_string();
    let env = [("ACT_EXPORT_E2E_SAVE_DIR", save_dir.as_str())];
    let Some(gui) = Gui::start_in(root.path(), &env).await else {
        return;
    };
    connect_to(&gui, &server, SAMPLE_TOKEN).await;
    select_contoso_runs(&gui).await;
    gui.type_into("#subject", "Contoso Ltd").await;
    gui.click("#export").await;
    // Once part of it is safely staged (the writer, waiting for the held file, checkpoints
    // what it has), the app is closed in the middle of the export.
    let home = gui.home.clone();
    until("the tenth file is held", server.controls().held()).await;
    wait_for("a checkpoint", || !staged_plans(&home).is_empty()).await;
    gui.finish().await;
    server.controls().cut();

    // The next start offers it on the first screen and on the Connect screen, before any
    // token is given.
    let Some(gui) = Gui::start_in(root.path(), &env).await else {
        return;
    };
    let offer = gui
        .wait_text("[data-testid=unfinished-requests]", |t| {
            t.contains("did not finish")
        })
        .await;
    assert!(
        offer.contains("FieldMate for Android: 8 test runs, Contoso Ltd, begun "),
        "{offer}"
    );
    assert!(
        offer.contains("Choose Export without a request and connect to http://127.0.0.1:"),
        "{offer}"
    );
    quick_export(&gui).await;
    let offer = gui
        .wait_text("[data-testid=unfinished-connect]", |t| {
            t.contains("did not finish")
        })
        .await;
    assert!(offer.contains("Connect to http://127.0.0.1:"), "{offer}");
    gui.screenshot("unfinished").await;
    // connect_to goes to the Connect screen itself: back to the first screen.
    gui.click("#nav-requests").await;
    connect_to(&gui, &server, SAMPLE_TOKEN).await;
    gui.wait_text("[data-testid=unfinished-apps]", |t| {
        t.contains("did not finish")
    })
    .await;
    gui.screenshot("resume").await;
    gui.click("[data-testid=resume]").await;
    gui.wait_text("#done-title", |t| t == "The archive is ready")
        .await;
    let summary = gui
        .find("[data-testid=summary]")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        summary.starts_with("ContinuedThe export begun "),
        "{summary}"
    );
    let saved = save(&gui).await;
    assert!(act_engine::verify(&saved).unwrap().is_ok());
    assert!(
        staged_plans(&home).is_empty(),
        "nothing unfinished any more"
    );
    gui.finish().await;
}

/// The journal of the app started with `Gui::start_in(root, …)`.
fn app_journal(root: &Path) -> std::path::PathBuf {
    root.join("home/.local/share/org.actexport.desktop/journal.sqlite")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_from_opening_to_an_answer_on_time() {
    let saves = tempfile::tempdir().unwrap();
    let save_dir = saves.path().display().to_string();
    // An overdue request, opened from the command line 45 days ago, with a copy saved 40 days
    // ago: the app shows the journal the command line writes.
    let root = tempfile::tempdir().unwrap();
    let journal_path = app_journal(root.path());
    let old_copy = saves.path().join("ACT-Export_fabrikam.zip");
    std::fs::write(&old_copy, b"an archive").unwrap();
    {
        let now = time::OffsetDateTime::now_utc();
        let mut journal = act_journal::Journal::open(&journal_path).unwrap();
        journal
            .open_case(
                "DSR-2026-017",
                "Fabrikam Inc",
                act_journal::Right::Access,
                (now - time::Duration::days(45)).date(),
            )
            .unwrap();
        let saved_at = (now - time::Duration::days(40))
            .replace_nanosecond(0)
            .unwrap()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap();
        journal
            .append_at(
                Some("DSR-2026-017"),
                act_journal::EventKind::Saved {
                    path: old_copy.display().to_string(),
                    archive_sha256: act_test_support::sha256_hex(b"an archive"),
                    computer: None,
                },
                &saved_at,
            )
            .unwrap();
    }
    let env = [("ACT_EXPORT_E2E_SAVE_DIR", save_dir.as_str())];
    let Some(gui) = Gui::start_in(root.path(), &env).await else {
        return;
    };
    let overdue = gui
        .wait_text(
            "#requests-table tbody tr[data-reference='DSR-2026-017']",
            |t| t.contains("overdue by "),
        )
        .await;
    assert!(overdue.contains("Fabrikam Inc"), "{overdue}");
    let reminder = gui
        .wait_text("[data-testid=copies-reminder]", |t| {
            t.contains("40 days old")
        })
        .await;
    assert!(
        reminder.starts_with("A copy saved on this computer is older than 30 days."),
        "{reminder}"
    );
    // The organisation's details for the cover letter, once.
    gui.click("#letter-tools summary").await;
    gui.type_into("#lp-controller", "Northwind QA Ltd").await;
    gui.type_into("#lp-contact", "privacy@northwind.example")
        .await;
    gui.click("#save-letter").await;
    gui.wait_text("[data-testid=letter-status]", |t| t.starts_with("Saved."))
        .await;
    gui.click("#letter-tools summary").await;
    gui.click("#new-request").await;
    gui.type_into("#nr-reference", "DSR-2026-041").await;
    gui.type_into("#nr-subject", "Contoso Ltd").await;
    gui.screenshot("new-request").await;
    gui.click("#nr-open").await;
    gui.wait_text("[data-testid=request-standing]", |t| {
        t.ends_with(" days left.")
    })
    .await;

    // The export steps run for the request, which names whose data it is.
    gui.click("#request-export").await;
    gui.wait_text("#connect-title", |t| t == "Connect to App Center")
        .await;
    gui.wait_text("[data-testid=for-request]", |t| {
        t == "For request DSR-2026-041: data of Contoso Ltd"
    })
    .await;
    gui.click("#try-sample").await;
    gui.wait_text("#apps-status", |t| t == "3 of 3 apps").await;
    select_contoso_runs(&gui).await;
    let subject = gui.find("#subject").await.prop("value").await.unwrap();
    assert_eq!(subject.as_deref(), Some("Contoso Ltd"), "the request's");
    // The letter the archive will open with, before the export.
    gui.click("#preview-letter").await;
    let preview = gui
        .wait_text("[data-testid=letter-preview]", |t| {
            t.contains("Our reference")
        })
        .await;
    for text in [
        "Our reference: DSR-2026-041.",
        "Dear Contoso Ltd,",
        "You asked Northwind QA Ltd for a copy",
        "the 8 test runs that are yours",
        "Your rights",
    ] {
        assert!(preview.contains(text), "{text} not in {preview}");
    }
    gui.screenshot("letter-preview").await;
    gui.click("#letter-close").await;
    export_until_done(&gui).await;
    gui.wait_text("[data-testid=summary]", |t| {
        t.contains("RequestDSR-2026-041 (recorded in the journal)")
    })
    .await;
    assert!(
        !gui.visible("#done-deliver").await,
        "not before it is saved"
    );
    let saved = save(&gui).await;

    // Record the delivery: answered on time.
    gui.click("#done-deliver").await;
    gui.type_into("#dl-recipient", "privacy@contoso.example")
        .await;
    gui.screenshot("record-delivery").await;
    gui.click("#dl-record").await;
    gui.wait_text("[data-testid=request-standing]", |t| {
        t == "Answered on time."
    })
    .await;
    let events = gui
        .wait_text("[data-testid=request-events]", |t| t.contains("Delivered"))
        .await;
    assert!(
        events.contains("Delivered by email to privacy@contoso.example on "),
        "{events}"
    );
    let copies = gui
        .find("[data-testid=request-copies]")
        .await
        .text()
        .await
        .unwrap();
    assert!(copies.contains(&saved.display().to_string()), "{copies}");
    gui.screenshot("request").await;

    back_to_requests(&gui).await;
    let row = gui
        .wait_text(
            "#requests-table tbody tr[data-reference='DSR-2026-041']",
            |t| t.contains("answered on time"),
        )
        .await;
    assert!(row.contains("Contoso Ltd"), "{row}");
    gui.click("#journal-tools summary").await;
    gui.click("#check-journal").await;
    gui.wait_text("[data-testid=journal-check]", |t| {
        t.starts_with("The journal is intact: 8 events")
    })
    .await;
    gui.screenshot("requests").await;

    // The old copy is deleted from its request; the reminder goes.
    gui.click("[data-testid='request-DSR-2026-017']").await;
    gui.wait_text("[data-testid=request-standing]", |t| {
        t.starts_with("Overdue by ")
    })
    .await;
    gui.click("[data-testid=request-copies] button").await;
    gui.click("#confirm-yes").await;
    gui.wait_text("[data-testid=request-copies]", |t| t.starts_with("None."))
        .await;
    assert!(!old_copy.exists(), "the local copy is deleted");
    back_to_requests(&gui).await;
    gui.wait_text("#requests-status", |t| t == "2 requests")
        .await;
    assert!(!gui.visible("[data-testid=copies-reminder]").await);

    // The journal the command line reads holds the request, and the archive proves its state.
    let journal = act_journal::Journal::open(&journal_path).unwrap();
    let kinds: Vec<_> = journal
        .events()
        .unwrap()
        .iter()
        .filter(|e| e.case.as_deref() == Some("DSR-2026-041"))
        .map(|e| e.event.name())
        .collect();
    assert_eq!(
        kinds,
        [
            "case_opened",
            // The dialog's language of the answer, English unless changed.
            "answer_language",
            "export_started",
            "export_completed",
            "saved",
            "delivered"
        ]
    );
    let readme = String::from_utf8(read_zip(&saved)["README.html"].clone()).unwrap();
    assert!(
        readme.contains("Our reference: DSR-2026-041.")
            && readme.contains("You asked Northwind QA Ltd for a copy"),
        "the archive opens with the letter"
    );
    let head = act_engine::journal_head(&saved).unwrap().unwrap();
    assert_eq!(head.case.as_deref(), Some("DSR-2026-041"));
    let against = journal
        .verify_against(&act_journal::Head {
            events: head.events,
            hash: head.hash,
            id: head.id,
        })
        .unwrap();
    assert!(against.is_ok(), "{against:?}");

    // The journal deleted while the app runs: the check says it is gone, and what to do.
    drop(journal);
    std::fs::remove_file(&journal_path).unwrap();
    if !gui.visible("#check-journal").await {
        gui.click("#journal-tools summary").await;
    }
    gui.click("#check-journal").await;
    let missing = gui
        .wait_text("[data-testid=journal-check]", |t| {
            t.starts_with("The journal is missing: it had ")
        })
        .await;
    assert!(
        missing.contains(" events when this computer last wrote it, on ")
            && missing.ends_with(". Put it back from a backup, or tell your IT team."),
        "{missing}"
    );
    assert!(!journal_path.exists(), "the check made no new journal");
    gui.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_archive_protected_with_the_suggested_passphrase() {
    let saves = tempfile::tempdir().unwrap();
    let save_dir = saves.path().display().to_string();
    let Some(gui) = Gui::start_with_env(&[("ACT_EXPORT_E2E_SAVE_DIR", &save_dir)]).await else {
        return;
    };
    quick_export(&gui).await;
    gui.click("#try-sample").await;
    gui.wait_text("#apps-status", |t| t == "3 of 3 apps").await;
    select_contoso_runs(&gui).await;
    assert!(
        !gui.visible("[data-testid=protect-panel]").await,
        "off by default"
    );
    gui.click("#protect").await;
    let passphrase = gui
        .wait_text("[data-testid=passphrase]", |t| t.split('-').count() == 8)
        .await;
    gui.screenshot("protect").await;
    // A password of one's own is rated as it is typed, and a too short one is refused.
    gui.click("#own-password-open").await;
    gui.type_into("#own-password", "short").await;
    gui.wait_text("[data-testid=password-strength]", |t| {
        t.starts_with("Not usable: the password is too short")
    })
    .await;
    gui.click("#op-use").await;
    gui.wait_text("#op-problem", |t| {
        t == "Choose a longer password, or Cancel to keep the suggested one."
    })
    .await;
    gui.screenshot("protect-own").await;
    gui.click("#op-cancel").await;
    assert_eq!(
        gui.find("[data-testid=passphrase]")
            .await
            .text()
            .await
            .unwrap(),
        passphrase,
        "the suggested passphrase stays"
    );
    export_until_done(&gui).await;
    gui.wait_text("[data-testid=summary]", |t| {
        t.contains("ProtectionA password (AES-256)")
    })
    .await;
    let shown = gui
        .wait_text("[data-testid=done-password]", |t| t.contains("Password:"))
        .await;
    assert!(shown.contains(&passphrase), "{shown}");
    gui.screenshot("done-protected").await;
    let saved = save(&gui).await;
    gui.finish().await;

    let password = act_engine::Password::new(&passphrase).unwrap();
    let report = act_engine::verify_with(&saved, Some(&password)).unwrap();
    assert!(report.is_ok(), "{report:?}");
    assert!(matches!(
        act_engine::verify(&saved),
        Err(act_engine::VerifyError::PasswordNeeded { .. })
    ));
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&saved).unwrap()).unwrap();
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i).unwrap();
        assert_eq!(
            entry.encrypted(),
            entry.name().unwrap() != "HOW-TO-OPEN.txt",
            "{}",
            entry.name().unwrap()
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_finished_export_the_journal_cannot_record_is_kept_and_saved() {
    let saves = tempfile::tempdir().unwrap();
    let save_dir = saves.path().display().to_string();
    // The journal takes the export's start but refuses its end and the save, as a journal on a
    // full disk would (in SQL: file permissions do not stop root).
    let root = tempfile::tempdir().unwrap();
    let journal_path = app_journal(root.path());
    let _refusal = act_test_support::refuse_events(&journal_path, &["export_completed", "saved"]);
    let env = [("ACT_EXPORT_E2E_SAVE_DIR", save_dir.as_str())];
    let Some(gui) = Gui::start_in(root.path(), &env).await else {
        return;
    };
    quick_export(&gui).await;
    gui.click("#try-sample").await;
    gui.wait_text("#apps-status", |t| t == "3 of 3 apps").await;
    select_contoso_runs(&gui).await;
    export_until_done(&gui).await;
    let summary = gui
        .wait_text("[data-testid=summary]", |t| t.contains("Journal"))
        .await;
    assert!(
        summary.contains(
            "JournalNot recorded. The record of your requests cannot be opened or written. \
             Check the free disk space and that the app's data folder can be written, then try \
             again. The archive itself is complete and can be saved."
        ),
        "{summary}"
    );
    gui.screenshot("done-not-recorded").await;
    gui.click("#save").await;
    let status = gui
        .wait_text("[data-testid=save-status]", |t| t.starts_with("Saved to "))
        .await;
    gui.finish().await;
    let (path, told) = status
        .trim_start_matches("Saved to ")
        .split_once(". ")
        .unwrap();
    assert!(
        told.starts_with("The journal could not record it. The record of your requests"),
        "{status}"
    );
    let report = act_engine::verify(Path::new(path)).unwrap();
    assert!(report.is_ok(), "{report:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_clients_runs_found_in_two_apps_go_into_one_archive() {
    let saves = tempfile::tempdir().unwrap();
    let save_dir = saves.path().display().to_string();
    let Some(gui) = Gui::start_with_env(&[("ACT_EXPORT_E2E_SAVE_DIR", &save_dir)]).await else {
        return;
    };
    quick_export(&gui).await;
    gui.click("#try-sample").await;
    gui.wait_text("#apps-status", |t| t == "3 of 3 apps").await;

    // Contoso's runs, found in every app by their test series.
    gui.type_into("#find-text", "contoso-").await;
    gui.click("#find-go").await;
    gui.wait_text("#found-status", |t| {
        t.starts_with("14 test runs in 2 apps match")
    })
    .await;
    gui.click("[data-testid='found-northwind-qa/fieldmate-android'] button.add")
        .await;
    gui.click("[data-testid='found-northwind-qa/fieldmate-ios'] button.add")
        .await;
    gui.wait_text(
        "[data-testid='app-northwind-qa/fieldmate-ios'] .chosen-badge",
        |t| t == "In this export: 6 test runs",
    )
    .await;
    gui.screenshot("find-across-apps").await;

    // The iOS app's runs, reviewed: the Android app's choice is kept beside it.
    gui.click("[data-testid='app-northwind-qa/fieldmate-ios']")
        .await;
    gui.wait_text("[data-testid=selected-count]", |t| {
        t == "6 selected here, 14 in 2 apps"
    })
    .await;
    gui.wait_text("[data-testid=other-apps]", |t| {
        t.contains("8 test runs in FieldMate for Android")
    })
    .await;
    // One run fewer in iOS; the count follows.
    show_contoso_series(&gui, "6 of 12 test runs shown").await;
    gui.click("#runs-table tbody tr:first-child input").await;
    gui.wait_text("[data-testid=selected-count]", |t| {
        t == "5 selected here, 13 in 2 apps"
    })
    .await;
    gui.type_into("#subject", "Contoso Ltd").await;
    gui.screenshot("runs-two-apps").await;
    gui.resize(800, 600).await;
    gui.screenshot("runs-two-apps-800x600").await;
    assert!(
        gui.in_view("#export").await && gui.in_view("[data-testid=other-apps]").await,
        "Export and the other apps in the window at 800x600"
    );
    gui.resize(1024, 720).await;

    gui.click("#preview-letter").await;
    let letter = gui
        .wait_text("[data-testid=letter-preview]", |t| {
            t.contains("What we searched")
        })
        .await;
    assert!(
        letter.contains(
            "for the apps FieldMate for Android (northwind-qa/fieldmate-android), and in it the 8 \
             test runs that are yours and FieldMate for iOS (northwind-qa/fieldmate-ios), and in \
             it the 5 test runs that are yours"
        ),
        "{letter}"
    );
    gui.click("#letter-close").await;

    export_until_done(&gui).await;
    let summary = gui
        .find("[data-testid=summary]")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        summary.starts_with("Test runs13 (8 in FieldMate for Android, 5 in FieldMate for iOS)"),
        "{summary}"
    );
    gui.screenshot("done-two-apps").await;
    let saved = save(&gui).await;
    let name = saved.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with("ACT-Export_northwind-qa_fieldmate-android-and-1-more_"),
        "{name}"
    );
    let entries = read_zip(&saved);
    let runs_in = |app: &str| {
        entries
            .keys()
            .filter(|k| k.starts_with(&format!("apps/northwind-qa/{app}/data/test-runs/")))
            .count()
    };
    assert_eq!(
        (runs_in("fieldmate-android"), runs_in("fieldmate-ios")),
        (8, 5)
    );
    for other in ["fabrikam", "tailspin"] {
        assert!(
            entries.iter().all(|(name, bytes)| !name.contains(other)
                && (!name.ends_with(".json") || !String::from_utf8_lossy(bytes).contains(other))),
            "{other}"
        );
    }
    assert!(act_engine::verify(&saved).unwrap().is_ok());

    // Back to the requests: the next export starts with nothing chosen.
    gui.click("#nav-requests").await;
    gui.click("#quick-export").await;
    gui.wait_text("#apps-status", |t| t == "3 of 3 apps").await;
    assert!(!gui.visible(".chosen-badge").await, "nothing chosen");
    gui.finish().await;
}
