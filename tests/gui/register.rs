//! The team's register in the app: an officer points the app at the team's PostgreSQL
//! register (with a connection test), sees the requests assigned to them beside all the
//! team's, takes over a request another officer opened, exports for it, has it approved by
//! another officer (the team's second pair of eyes, who reads the archive's letter and ledger
//! in the app, without the archive) and records its delivery; its history names who did what.
//! Against a real PostgreSQL (`act_test_support::postgres`).

use act_journal::{Journal, Location, Right};
use act_test_support::postgres::{cluster, tls_cluster};

use crate::harness::Gui;

/// Opens DSR-2026-050 from the Requests screen, once the list was read.
async fn open_request(gui: &Gui) {
    gui.find("#requests-table[aria-busy='false']").await;
    gui.click("[data-testid='request-DSR-2026-050']").await;
}

/// Connects the app to the register at `address` (as `officer`) from the Requests screen.
async fn use_register_as(gui: &Gui, address: &str, officer: &str) {
    crate::back_to_requests(gui).await;
    if !gui.visible("#register-address").await {
        gui.click("#journal-tools summary").await;
    }
    gui.type_into("#register-address", address).await;
    gui.click("#use-register").await;
    let you = format!("You work in it as {officer};");
    gui.wait_text("[data-testid=register-where]", |t| t.contains(&you))
        .await;
    // The tests' cluster listens on its socket alone.
    let local =
        act_engine::messages::text(act_engine::lang::Lang::En, "requests-protection-local", &[]);
    gui.wait_text("[data-testid=register-protection]", |t| t == local)
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_officer_uses_the_teams_register_and_takes_over_a_colleagues_request() {
    let Some(cluster) = cluster() else {
        return;
    };
    let database = cluster.team_register(&["anna", "ben"]);
    // Ben opened a request in the register (from his own computer).
    {
        let bens = Location::parse(&cluster.address("ben", &database)).unwrap();
        let mut journal = Journal::open(bens).unwrap();
        let received = time::OffsetDateTime::now_utc().date() - time::Duration::days(10);
        journal
            .open_case("DSR-2026-050", "Contoso Ltd", Right::Access, received)
            .unwrap();
        journal.assign("DSR-2026-050", "ben").unwrap();
        // Ben saved an archive for it on his computer.
        journal
            .record(
                Some("DSR-2026-050"),
                act_journal::EventKind::Saved {
                    path: "/home/ben/dsr-2026-050.zip".into(),
                    archive_sha256: act_test_support::sha256_hex(b"ben's archive"),
                    computer: Some("BENS-LAPTOP".into()),
                },
            )
            .unwrap();
    }
    let root = tempfile::tempdir().unwrap();
    let saves = tempfile::tempdir().unwrap();
    let save_dir = saves.path().display().to_string();
    let env = [("ACT_EXPORT_E2E_SAVE_DIR", save_dir.as_str())];
    let Some(gui) = Gui::start_in(root.path(), &env).await else {
        return;
    };
    gui.wait_text("#requests-title", |t| t == "Requests").await;

    // Anna connects the app to the register: tested first, then used.
    gui.click("#journal-tools summary").await;
    gui.type_into(
        "#register-address",
        "postgres://anna@localhost/register?host=/no-such-folder",
    )
    .await;
    gui.click("#use-register").await;
    let unreachable = gui.wait_text("#error-title", |t| !t.is_empty()).await;
    assert_eq!(unreachable, "The team's register cannot be used right now.");
    gui.click("#error-dismiss").await;
    gui.type_into("#register-address", &cluster.address("anna", &database))
        .await;
    gui.click("#use-register").await;
    let connected = gui
        .wait_text("[data-testid=register-status]", |t| {
            t.starts_with("Connected")
        })
        .await;
    assert_eq!(
        connected,
        format!(
            "Connected: the record is now the team's register, database \"{database}\" on {}.",
            cluster.address("x", "y").rsplit("host=").next().unwrap()
        )
    );
    let place = gui
        .wait_text("[data-testid=register-where]", |t| !t.is_empty())
        .await;
    assert!(place.contains("You work in it as anna;"), "{place}");
    gui.screenshot("team-register").await;

    // "Assigned to me" by default: none of Anna's yet; "All" shows Ben's.
    gui.wait_text("#requests-status", |t| {
        t == "No request is assigned to you; 1 request is under All."
    })
    .await;
    gui.click("[data-testid=requests-all]").await;
    let row = gui
        .wait_text(
            "#requests-table tbody tr[data-reference='DSR-2026-050']",
            |t| t.contains("ben"),
        )
        .await;
    assert!(row.contains("Contoso Ltd"), "{row}");

    // Anna takes it over; its history says who did what.
    open_request(&gui).await;
    let facts = gui
        .wait_text("#request-facts", |t| t.contains("Assigned to"))
        .await;
    assert!(facts.contains("ben"), "{facts}");
    gui.click("#request-assign").await;
    gui.type_into("#assign-officer", "anna").await;
    gui.click("#assign-save").await;
    let history = gui
        .wait_text("[data-testid=request-events]", |t| {
            t.contains("Assigned to anna")
        })
        .await;
    for line in [
        "Request opened: data of Contoso Ltd",
        "(by ben)",
        "Archive saved to /home/ben/dsr-2026-050.zip on BENS-LAPTOP",
        "Assigned to anna (by anna)",
    ] {
        assert!(history.contains(line), "{line} not in {history}");
    }
    // Ben's copy is on his computer: listed as such, not said gone, and not deletable here.
    let copies = gui
        .wait_text("#request-copies", |t| t.contains("BENS-LAPTOP"))
        .await;
    assert!(
        copies.starts_with("/home/ben/dsr-2026-050.zip, saved ")
            && copies.ends_with(" on another computer, BENS-LAPTOP. It can be deleted there."),
        "{copies}"
    );
    let buttons = gui
        .client
        .execute(
            "return document.querySelectorAll('#request-copies button').length;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(buttons, 0, "no Delete for another computer's copy");
    gui.screenshot("team-register-request").await;
    crate::back_to_requests(&gui).await;
    gui.click("[data-testid=requests-mine]").await;
    gui.wait_text("#requests-status", |t| t == "1 request assigned to you")
        .await;
    gui.screenshot("team-register-mine").await;

    // The team turns the second pair of eyes on; Anna exports for the request.
    if !gui.visible("#approval-required").await {
        gui.click("#journal-tools summary").await;
    }
    gui.click("#approval-required").await;
    gui.wait_text("[data-testid=approval-status]", |t| {
        t.starts_with("From now on, another officer approves")
    })
    .await;
    open_request(&gui).await;
    gui.click("#request-export").await;
    gui.wait_text("#connect-title", |t| t == "Connect to App Center")
        .await;
    gui.click("#try-sample").await;
    gui.wait_text("#apps-status", |t| t == "3 of 3 apps").await;
    crate::select_contoso_runs(&gui).await;
    crate::export_until_done(&gui).await;
    crate::save(&gui).await;
    // Not delivered before another officer approved it.
    gui.click("#done-deliver").await;
    gui.type_into("#dl-recipient", "privacy@contoso.example")
        .await;
    gui.click("#dl-record").await;
    let refused = gui.wait_text("#dl-problem", |t| !t.is_empty()).await;
    assert!(
        refused.contains("is not approved yet") && refused.contains("exported by anna"),
        "{refused}"
    );
    gui.click("#dl-cancel").await;
    let waiting = gui
        .wait_text("[data-testid=request-approval]", |t| !t.is_empty())
        .await;
    assert_eq!(
        waiting,
        "Waiting for approval by another officer: you exported its last archive."
    );
    assert!(
        !gui.visible("#request-approve").await,
        "not by whoever exported it"
    );
    gui.screenshot("team-register-waiting").await;

    // Ben (at the same computer, the app connected to the register as him) reads the
    // letter and the ledger the export recorded, without the archive, and approves it.
    use_register_as(&gui, &cluster.address("ben", &database), "ben").await;
    // It is Anna's request: Ben finds it under "All".
    gui.click("[data-testid=requests-all]").await;
    open_request(&gui).await;
    gui.wait_text("[data-testid=request-approval]", |t| {
        t == "Waiting for approval by another officer than anna, who exported its last archive: you can approve it or send it back."
    })
    .await;
    gui.click("#request-papers").await;
    let ledger = gui
        .wait_text("[data-testid=papers-ledger]", |t| !t.is_empty())
        .await;
    for seen in [
        "FieldMate for Android (northwind-qa/fieldmate-android)",
        "In the archive: 8 test runs and ",
        "records belong to test runs that were not chosen",
    ] {
        assert!(ledger.contains(seen), "{seen}: {ledger}");
    }
    let letter = gui
        .wait_text("[data-testid=papers-letter]", |t| !t.is_empty())
        .await;
    assert!(
        letter.contains("Our reference: DSR-2026-050.") && letter.contains("What was left out"),
        "{letter}"
    );
    gui.screenshot("team-register-review").await;
    gui.show("[data-testid=papers-ledger] table").await;
    gui.screenshot("team-register-ledger").await;
    gui.click("#papers-close").await;
    gui.click("#request-approve").await;
    gui.wait_text("[data-testid=request-approval]", |t| {
        t == "Its last archive is approved for delivery."
    })
    .await;

    // Anna, back at her desk, records the delivery.
    use_register_as(&gui, &cluster.address("anna", &database), "anna").await;
    open_request(&gui).await;
    gui.wait_text("[data-testid=request-approval]", |t| {
        t == "Its last archive is approved for delivery."
    })
    .await;
    gui.click("#request-deliver").await;
    gui.type_into("#dl-recipient", "privacy@contoso.example")
        .await;
    gui.click("#dl-record").await;
    gui.wait_text("[data-testid=request-standing]", |t| {
        t == "Answered on time."
    })
    .await;
    let history = gui
        .wait_text("[data-testid=request-events]", |t| t.contains("Delivered"))
        .await;
    assert!(
        history.contains("Archive approved for delivery"),
        "{history}"
    );
    gui.screenshot("team-register-delivered").await;

    // The register holds it, written by each officer under their own login.
    let journal =
        Journal::open(Location::parse(&cluster.address("anna", &database)).unwrap()).unwrap();
    let written: Vec<(String, String)> = journal
        .events_with_officers()
        .unwrap()
        .into_iter()
        .map(|e| (e.event.name().to_string(), e.officer.unwrap_or_default()))
        .collect();
    let by = |name: &str, officer: &str| (name.to_string(), officer.to_string());
    assert_eq!(
        written,
        [
            by("case_opened", "ben"),
            by("assigned", "ben"),
            by("saved", "ben"),
            by("assigned", "anna"),
            by("approval_rule", "anna"),
            by("export_started", "anna"),
            by("export_completed", "anna"),
            by("saved", "anna"),
            by("approved", "ben"),
            by("delivered", "anna"),
        ]
    );
    assert!(journal.verify().unwrap().is_ok());
    // Nothing was written to the journal on this computer.
    assert!(!crate::app_journal(root.path()).exists());
    gui.finish().await;
}

/// Over TLS, checked against the authority the address names, the app says the connection is
/// encrypted and the server's certificate checked; an address that does not trust the server's
/// certificate is refused in words, and the app stays where it was.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_says_how_the_connection_to_the_register_is_protected() {
    let Some(cluster) = tls_cluster() else {
        return;
    };
    let database = cluster.team_register(&["anna"]);
    let Some(gui) = Gui::start().await else {
        return;
    };
    gui.find("#requests-table[aria-busy='false']").await;
    gui.click("#journal-tools summary").await;
    let with = |authority: &std::path::Path| {
        cluster.tls_address(
            "anna",
            &database,
            &format!("sslmode=verify-full&sslrootcert={}", authority.display()),
        )
    };
    gui.type_into("#register-address", &with(&cluster.other_authority()))
        .await;
    gui.click("#use-register").await;
    let unavailable = act_engine::messages::text(
        act_engine::lang::Lang::En,
        "error-register-unavailable",
        &[],
    );
    gui.wait_text("#error-title", |t| t == unavailable).await;
    gui.click("#error-details-toggle").await;
    gui.wait_text("#error-details", |t| {
        t.contains("the server's certificate is not signed by an authority this connection trusts")
    })
    .await;
    gui.click("#error-dismiss").await;
    assert!(!gui.visible("[data-testid=register-protection]").await);
    gui.type_into("#register-address", &with(&cluster.authority()))
        .await;
    gui.click("#use-register").await;
    gui.wait_text("[data-testid=register-where]", |t| {
        t.contains("You work in it as anna;")
    })
    .await;
    let checked = act_engine::messages::text(
        act_engine::lang::Lang::En,
        "requests-protection-checked",
        &[],
    );
    gui.wait_text("[data-testid=register-protection]", |t| t == checked)
        .await;
    gui.screenshot("team-register-tls").await;
    gui.finish().await;
}
