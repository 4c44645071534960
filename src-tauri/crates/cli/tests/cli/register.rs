//! The team's register on the command line: `--journal postgres://...` or
//! `ACT_EXPORT_JOURNAL`, the password from `PGPASSWORD`, requests given to officers, and a
//! request opened by one officer and exported by another showing both. Against a real
//! PostgreSQL (`act_test_support::postgres`: a private cluster for this test binary).

use act_sample_server::SAMPLE_TOKEN;
use act_test_support::postgres::{cluster, Cluster};

use crate::{act_in, days_ago, server, Run};

/// A register set up by its administrator, with the officers anna and ben (`None`:
/// PostgreSQL is not installed here, and the test returns).
fn team_register() -> Option<(&'static Cluster, String)> {
    let cluster = cluster()?;
    Some((cluster, cluster.team_register(&["anna", "ben"])))
}

/// `act-export ARGS` as `officer` on the register, named by `--journal`.
async fn as_officer(
    cluster: &Cluster,
    database: &str,
    officer: &str,
    args: &[&str],
    dir: &std::path::Path,
) -> Run {
    let address = cluster.address(officer, database);
    let mut args = args.to_vec();
    args.extend(["--journal", &address]);
    act_in(None, None, &args, dir, None, &[]).await
}

#[tokio::test]
async fn a_request_opened_by_one_officer_and_exported_by_another_names_both() {
    let Some((cluster, database)) = team_register() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let received = days_ago(3);
    let run = as_officer(
        cluster,
        &database,
        "anna",
        &[
            "case",
            "new",
            "DSR-1",
            "--subject",
            "Contoso Ltd",
            "--received",
            &received,
        ],
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);

    // Anna opened it: it is hers. Ben sees it among all, not among his.
    let run = as_officer(
        cluster,
        &database,
        "anna",
        &["case", "list", "--mine"],
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(run.stdout.contains("DSR-1"), "{}", run.stdout);
    let run = as_officer(
        cluster,
        &database,
        "ben",
        &["case", "list", "--mine"],
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "No requests are assigned to ben.\n");
    let run = as_officer(cluster, &database, "ben", &["case", "list"], dir.path()).await;
    assert!(run.stdout.contains("ASSIGNED TO"), "{}", run.stdout);
    assert!(
        run.stdout
            .lines()
            .any(|l| l.starts_with("DSR-1") && l.trim_end().ends_with("anna")),
        "{}",
        run.stdout
    );

    // Handed over to Ben, who exports for it: the environment variable names the register.
    let run = as_officer(
        cluster,
        &database,
        "anna",
        &["case", "assign", "dsr-1", "--to", "ben"],
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "Request DSR-1 is assigned to ben.\n");
    let server = server().await;
    let out = dir.path().join("dsr-1.zip");
    let bens = cluster.address("ben", &database);
    let run = act_in(
        Some(&server),
        Some(SAMPLE_TOKEN),
        &[
            "export",
            "northwind-qa/fieldmate-android",
            "--all-runs",
            "--out",
            out.to_str().unwrap(),
            "--case",
            "DSR-1",
        ],
        dir.path(),
        None,
        &[("ACT_EXPORT_JOURNAL", &bens)],
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    let run = as_officer(
        cluster,
        &database,
        "ben",
        &["case", "list", "--mine"],
        dir.path(),
    )
    .await;
    assert!(run.stdout.contains("DSR-1"), "{}", run.stdout);

    // The request's history names who did what; the server recorded it.
    let run = as_officer(
        cluster,
        &database,
        "anna",
        &["case", "show", "DSR-1"],
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(run.stdout.contains("Assigned to ben."), "{}", run.stdout);
    let line = |what: &str| {
        run.stdout
            .lines()
            .skip_while(|l| *l != "Journal:")
            .find(|l| l.contains(what))
            .unwrap_or_else(|| panic!("no line with {what}: {}", run.stdout))
            .to_string()
    };
    assert!(line("Request opened").ends_with("(by anna)"));
    assert!(line("Assigned to anna").ends_with("(by anna)"));
    assert!(line("Assigned to ben").ends_with("(by anna)"));
    assert!(line("Export started").ends_with("(by ben)"));
    assert!(line("Export completed").ends_with("(by ben)"));

    // The register's chain is checked as a file's is, and named in words.
    let run = as_officer(
        cluster,
        &database,
        "ben",
        &["journal", "verify"],
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with(&format!("The team's register (database \"{database}\" on ")),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains(") is intact: 6 events"),
        "{}",
        run.stdout
    );
}

#[tokio::test]
async fn the_registers_password_comes_from_pgpassword_and_is_never_shown() {
    let Some((cluster, database)) = team_register() else {
        return;
    };
    cluster.login(
        "carol",
        "PASSWORD 'the right one' IN ROLE act_export_officer",
    );
    let dir = tempfile::tempdir().unwrap();
    let address = cluster.address("carol", &database);
    let with = |password: &'static str| {
        let address = address.clone();
        let dir = dir.path().to_path_buf();
        async move {
            act_in(
                None,
                None,
                &["case", "list", "--journal", &address],
                &dir,
                None,
                &[("PGPASSWORD", password)],
            )
            .await
        }
    };
    let run = with("the right one").await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("No requests yet."), "{}", run.stdout);

    let run = with("not it").await;
    assert_ne!(run.status, 0);
    assert!(
        run.stderr.contains("password was not accepted"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("not it"), "{}", run.stderr);
    assert!(!run.stdout.contains("not it"), "{}", run.stdout);
}

#[tokio::test]
async fn a_request_can_only_be_given_to_someone() {
    let Some((cluster, database)) = team_register() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let received = days_ago(1);
    let new = [
        "case",
        "new",
        "DSR-2",
        "--subject",
        "Fabrikam",
        "--received",
        &received,
    ];
    let run = as_officer(cluster, &database, "anna", &new, dir.path()).await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    let run = as_officer(
        cluster,
        &database,
        "anna",
        &["case", "assign", "DSR-2", "--to", "  "],
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("say to which officer"),
        "{}",
        run.stderr
    );
    // Given to whoever has it already: nothing more is recorded.
    let run = as_officer(
        cluster,
        &database,
        "anna",
        &["case", "assign", "DSR-2", "--to", "anna"],
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    let run = as_officer(
        cluster,
        &database,
        "anna",
        &["--json", "case", "show", "DSR-2"],
        dir.path(),
    )
    .await;
    let shown: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(shown["journal"].as_array().unwrap().len(), 2, "{shown}");
    assert_eq!(shown["assignee"], "anna");
}
