//! The command line refuses what the app refuses, in the same words: both call the same rules
//! (`act_desk`). Before, `case new` and `case deliver` took dates in the future, and `case
//! close` recorded a second "closed" event.

use crate::{days_ago, offline};

/// A journal with request DSR-1 (received three days ago) in `dir`.
async fn journal_with_a_request(dir: &std::path::Path) -> String {
    let journal = dir.join("journal.sqlite").display().to_string();
    let run = offline(
        &[
            "case",
            "new",
            "DSR-1",
            "--subject",
            "Contoso Ltd",
            "--received",
            &days_ago(3),
        ],
        &journal,
        dir,
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    journal
}

async fn events(journal: &str, dir: &std::path::Path) -> serde_json::Value {
    let run = offline(&["--json", "case", "show", "DSR-1"], journal, dir).await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    serde_json::from_str::<serde_json::Value>(&run.stdout).unwrap()["journal"].clone()
}

#[tokio::test]
async fn a_request_received_in_the_future_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.sqlite").display().to_string();
    let tomorrow = days_ago(-2);
    let run = offline(
        &[
            "case",
            "new",
            "DSR-1",
            "--subject",
            "Contoso Ltd",
            "--received",
            &tomorrow,
        ],
        &journal,
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 2, "{}", run.stdout);
    assert_eq!(
        run.stderr,
        format!("act-export: The date received ({tomorrow}) is in the future: check it.\n")
    );
    let run = offline(&["case", "list"], &journal, dir.path()).await;
    assert!(run.stdout.starts_with("No requests yet."), "{}", run.stdout);
}

#[tokio::test]
async fn a_delivery_dated_in_the_future_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal_with_a_request(dir.path()).await;
    let later = days_ago(-2);
    let run = offline(
        &[
            "case",
            "deliver",
            "DSR-1",
            "--channel",
            "email",
            "--recipient",
            "privacy@contoso.example",
            "--on",
            &later,
        ],
        &journal,
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 2, "{}", run.stdout);
    assert_eq!(
        run.stderr,
        format!(
            "act-export: The delivery date ({later}) is in the future: record a delivery once it is made.\n"
        )
    );
    assert_eq!(
        events(&journal, dir.path()).await.as_array().unwrap().len(),
        1
    );
}

#[tokio::test]
async fn closing_a_closed_request_records_nothing_more() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal_with_a_request(dir.path()).await;
    let run = offline(&["case", "close", "DSR-1"], &journal, dir.path()).await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with("Closed request DSR-1"),
        "{}",
        run.stdout
    );
    let run = offline(&["case", "close", "dsr-1"], &journal, dir.path()).await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with("Request DSR-1 was closed already"),
        "{}",
        run.stdout
    );
    let kinds: Vec<String> = events(&journal, dir.path())
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["event"]["event"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(kinds, ["case_opened", "closed"]);
}
