//! The team's register in the app: an officer points the app at the team's PostgreSQL
//! register (with a connection test), sees the requests assigned to them beside all the
//! team's, takes over a request another officer opened, and its history names who did what.
//! Against a real PostgreSQL (`act_test_support::postgres`).

use act_journal::{Journal, Location, Right};
use act_test_support::postgres::cluster;

use crate::harness::Gui;

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
            .open_case("DSR-2026-050", "Fabrikam Inc", Right::Access, received)
            .unwrap();
        journal.assign("DSR-2026-050", "ben").unwrap();
    }
    let root = tempfile::tempdir().unwrap();
    let Some(gui) = Gui::start_in(root.path(), &[]).await else {
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
    assert!(row.contains("Fabrikam Inc"), "{row}");

    // Anna takes it over; its history says who did what.
    gui.click("[data-testid='request-DSR-2026-050']").await;
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
        "Request opened: data of Fabrikam Inc",
        "(by ben)",
        "Assigned to anna (by anna)",
    ] {
        assert!(history.contains(line), "{line} not in {history}");
    }
    gui.screenshot("team-register-request").await;
    gui.click("#back-to-requests").await;
    gui.click("[data-testid=requests-mine]").await;
    gui.wait_text("#requests-status", |t| t == "1 request assigned to you")
        .await;
    gui.screenshot("team-register-mine").await;

    // The register holds it, written by each officer under their own login.
    let journal =
        Journal::open(Location::parse(&cluster.address("anna", &database)).unwrap()).unwrap();
    let writers: Vec<String> = journal
        .writers()
        .unwrap()
        .into_iter()
        .map(|(_, w)| w)
        .collect();
    assert_eq!(writers, ["ben", "ben", "anna"]);
    assert!(journal.verify().unwrap().is_ok());
    // Nothing was written to the journal on this computer.
    assert!(!crate::app_journal(root.path()).exists());
    gui.finish().await;
}
