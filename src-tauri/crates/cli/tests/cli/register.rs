//! The team's register on the command line: `--journal postgres://...` or
//! `ACT_EXPORT_JOURNAL`, the password from `PGPASSWORD`, requests given to officers, and a
//! request opened by one officer and exported by another showing both. Against a real
//! PostgreSQL (`act_test_support::postgres`: a private cluster for this test binary).

use act_sample_server::SAMPLE_TOKEN;
use act_test_support::postgres::{cluster, tls_cluster, Cluster};

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
    assert!(
        run.stdout
            .ends_with("\nThe connection to it: through the server's local socket.\n"),
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

#[tokio::test]
async fn with_a_second_pair_of_eyes_an_archive_is_delivered_only_once_another_officer_approved_it()
{
    let Some((cluster, database)) = team_register() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let received = days_ago(2);
    let run_as = |officer: &'static str, args: Vec<String>| {
        let dir = dir.path().to_path_buf();
        let database = database.clone();
        async move {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            as_officer(cluster, &database, officer, &args, &dir).await
        }
    };
    let words = |text: &str| text.split(' ').map(str::to_string).collect::<Vec<_>>();
    let run = run_as("anna", words("team approval on")).await;
    assert_eq!(
        run.stdout,
        "Another officer must approve each archive before its delivery is recorded.\n"
    );
    let run = run_as(
        "anna",
        words(&format!(
            "case new DSR-3 --subject Contoso --received {received}"
        )),
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    let server = server().await;
    // The client's own runs (the app holds others'), with the organisation's letter.
    let profile = dir.path().join("profile.json");
    std::fs::write(&profile, "{}").unwrap();
    let runs = act_test_support::client_runs(&server, 0, "contoso-regression");
    let export = |n: u32| {
        let out = dir.path().join(format!("dsr-3-{n}.zip"));
        let bens = cluster.address("ben", &database);
        let server = &server;
        let dir = dir.path().to_path_buf();
        let mut args: Vec<String> = [
            "export",
            "northwind-qa/fieldmate-android",
            "--out",
            out.to_str().unwrap(),
            "--case",
            "DSR-3",
            "--letter",
            profile.to_str().unwrap(),
            "--journal",
            &bens,
        ]
        .map(String::from)
        .to_vec();
        for run in &runs {
            args.extend(["--run".to_string(), run.clone()]);
        }
        async move {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            act_in(Some(server), Some(SAMPLE_TOKEN), &args, &dir, None, &[]).await
        }
    };
    let run = export(1).await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    let deliver = words("case deliver DSR-3 --channel email --recipient privacy@contoso.example");

    // Not before it is approved; not by whoever exported it.
    let run = run_as("ben", deliver.clone()).await;
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("is not approved yet") && run.stderr.contains("exported by ben"),
        "{}",
        run.stderr
    );
    let run = run_as("ben", words("case approve DSR-3")).await;
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("You exported this archive yourself"),
        "{}",
        run.stderr
    );
    let run = run_as("ben", words("case show DSR-3")).await;
    assert!(
        run.stdout
            .contains("Its last archive waits for another officer's approval."),
        "{}",
        run.stdout
    );

    // The reviewer reads the letter and the ledger without the archive (it is on ben's
    // computer): what App Center returned, what is in it and what was left out.
    let run = run_as("anna", words("case review DSR-3")).await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    for line in [
        "The last archive of request DSR-3 (SHA-256 ",
        "), exported by ben.\nIt waits for another officer's approval.\n",
        "\nTHE LETTER\n\n",
        "YOUR REQUEST FOR A COPY OF YOUR DATA\n\nOur reference: DSR-3.",
        "\nTHE LEDGER\n\nFieldMate for Android (northwind-qa/fieldmate-android): ",
        "RECORDS  ",
        "records of other test runs",
    ] {
        assert!(run.stdout.contains(line), "{line}: {}", run.stdout);
    }
    let run = run_as("anna", words("case review DSR-3 --json")).await;
    let review: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(review["exported_by"], "ben");
    assert_eq!(review["approval_required"], true);
    assert!(review["papers"]["letter"].as_array().unwrap().len() > 5);
    assert_eq!(
        review["papers"]["apps"][0]["app"],
        "northwind-qa/fieldmate-android"
    );
    let run = run_as("anna", words("case review DSR-404")).await;
    assert_eq!(run.status, 4, "{}", run.stderr);

    // Sent back: not delivered; a new export is reviewed afresh.
    let mut back = words("case send-back DSR-3 --reason");
    back.push("the runs of March are missing".into());
    let run = run_as("anna", back).await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    let run = run_as("ben", deliver.clone()).await;
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("was sent back (the runs of March are missing)"),
        "{}",
        run.stderr
    );
    let run = export(2).await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    let run = run_as("ben", deliver.clone()).await;
    assert_eq!(
        run.status, 2,
        "the new archive is not approved yet: {}",
        run.stderr
    );
    let run = run_as("anna", words("case approve DSR-3")).await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "Approved the last archive of request DSR-3 for delivery.\n"
    );
    let run = run_as("ben", deliver).await;
    assert_eq!(run.status, 0, "{}", run.stderr);

    let run = run_as("ben", words("case show DSR-3")).await;
    for line in [
        "Its last archive is approved for delivery.",
        "Archive sent back, not to be delivered",
        "Archive approved for delivery",
    ] {
        assert!(run.stdout.contains(line), "{line}: {}", run.stdout);
    }
    let approved = run
        .stdout
        .lines()
        .find(|l| l.contains("Archive approved for delivery"))
        .unwrap();
    assert!(approved.ends_with("(by anna)"), "{approved}");
    let run = run_as("ben", words("team approval off")).await;
    assert_eq!(
        run.stdout,
        "Archives are delivered without a second officer's approval.\n"
    );
}

#[tokio::test]
async fn a_laptops_journal_is_copied_into_the_register_once_whole_and_both_verify() {
    let Some((cluster, database)) = team_register() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("laptop.sqlite");
    let file = file.to_str().unwrap();
    let received = days_ago(20);
    let on_file = |args: &[&str]| {
        let mut args = args.to_vec();
        args.extend(["--journal", file]);
        let dir = dir.path().to_path_buf();
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        async move {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            act_in(None, None, &args, &dir, None, &[]).await
        }
    };
    for args in [
        vec![
            "case",
            "new",
            "DSR-10",
            "--subject",
            "Contoso Ltd",
            "--received",
            &received,
        ],
        vec!["case", "note", "DSR-10", "called the requester"],
        vec![
            "case",
            "new",
            "DSR-11",
            "--subject",
            "Fabrikam",
            "--received",
            &received,
        ],
    ] {
        let run = on_file(&args).await;
        assert_eq!(run.status, 0, "{}", run.stderr);
    }
    let before = on_file(&["--json", "case", "show", "DSR-10"]).await;
    let before: serde_json::Value = serde_json::from_str(&before.stdout).unwrap();

    // Anna copies her laptop's journal into the team's register.
    let register = cluster.address("anna", &database);
    let run = on_file(&["journal", "copy", "--to", &register]).await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with(&format!(
            "Copied 3 events (2 requests) of the journal {file} into the team's register (database \"{database}\" on "
        )) && run.stdout.ends_with(
            ", after event 1 that records where they came from. It now has 4 events, and its check passes.\n"
        ),
        "{}",
        run.stdout
    );
    // Both pass their check; each request keeps its events' times.
    let run = on_file(&["journal", "verify"]).await;
    assert_eq!(run.status, 0, "{}", run.stdout);
    let run = as_officer(
        cluster,
        &database,
        "anna",
        &["journal", "verify"],
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stdout);
    let after = as_officer(
        cluster,
        &database,
        "ben",
        &["--json", "case", "show", "DSR-10"],
        dir.path(),
    )
    .await;
    let after: serde_json::Value = serde_json::from_str(&after.stdout).unwrap();
    let times = |shown: &serde_json::Value| -> Vec<String> {
        shown["journal"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| format!("{} {}", e["at"], e["event"]["event"]))
            .collect()
    };
    assert_eq!(times(&after), times(&before));
    assert_eq!(after["due"], before["due"]);
    let run = as_officer(
        cluster,
        &database,
        "ben",
        &["case", "show", "DSR-10"],
        dir.path(),
    )
    .await;
    assert!(
        run.stdout.contains("Note: called the requester (by anna)"),
        "{}",
        run.stdout
    );

    // Not twice; and not a journal whose request the register has: nothing is written.
    let run = on_file(&["journal", "copy", "--to", &register]).await;
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("was copied into the team's register"),
        "{}",
        run.stderr
    );
    let other = dir.path().join("other.sqlite");
    let other = other.to_str().unwrap();
    let run = act_in(
        None,
        None,
        &[
            "case",
            "new",
            "dsr-11",
            "--subject",
            "X",
            "--received",
            &received,
            "--journal",
            other,
        ],
        dir.path(),
        None,
        &[],
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    let run = act_in(
        None,
        None,
        &["journal", "copy", "--to", &register, "--journal", other],
        dir.path(),
        None,
        &[],
    )
    .await;
    assert_ne!(run.status, 0);
    assert!(run.stderr.contains("dsr-11"), "{}", run.stderr);
    let run = as_officer(
        cluster,
        &database,
        "anna",
        &["journal", "verify"],
        dir.path(),
    )
    .await;
    assert!(run.stdout.contains("is intact: 4 events"), "{}", run.stdout);
}

/// Over TLS the command line checks the server as the address asks and says how it was
/// reached; a server whose certificate the address does not trust is refused in one line that
/// says why and what to do, and nothing is written.
#[tokio::test]
async fn over_tls_the_server_is_checked_as_the_address_asks() {
    let Some(cluster) = tls_cluster() else {
        return;
    };
    let database = cluster.team_register(&["anna"]);
    let dir = tempfile::tempdir().unwrap();
    let with = |authority: &std::path::Path| {
        cluster.tls_address(
            "anna",
            &database,
            &format!("sslmode=verify-full&sslrootcert={}", authority.display()),
        )
    };
    let other = with(&cluster.other_authority());
    let received = days_ago(1);
    let run = act_in(
        None,
        None,
        &[
            "case",
            "new",
            "DSR-1",
            "--subject",
            "Contoso Ltd",
            "--received",
            &received,
            "--journal",
            &other,
        ],
        dir.path(),
        None,
        &[],
    )
    .await;
    assert_ne!(run.status, 0);
    assert!(
        run.stderr.contains(
            "the server's certificate is not signed by an authority this connection trusts: ask the register's administrator for the authority's certificate and name its file with sslrootcert= in the address"
        ),
        "{}",
        run.stderr
    );
    let ours = with(&cluster.authority());
    let run = act_in(
        None,
        None,
        &["journal", "verify", "--journal", &ours],
        dir.path(),
        None,
        &[],
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("is intact: 0 events"),
        "nothing was written: {}",
        run.stdout
    );
    assert!(
        run.stdout
            .ends_with("\nThe connection to it: encrypted, the server's certificate checked.\n"),
        "{}",
        run.stdout
    );
}
