//! An archive protected with a password, checked with it.

use act_sample_server::SAMPLE_TOKEN;

use crate::{act, act_with_input, server};

#[tokio::test]
async fn a_protected_export_is_checked_with_its_password() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let passphrase = "copper meadow lantern violet\n";
    let args = [
        "export",
        "northwind-qa/fieldmate-ios",
        "--all-runs",
        "--out",
        "protected.zip",
        "--password-stdin",
    ];
    let run = act_with_input(
        Some(&server),
        Some(SAMPLE_TOKEN),
        &args,
        dir.path(),
        Some(passphrase),
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    let verify = ["verify", "protected.zip", "--password-stdin"];
    let run = act_with_input(None, None, &verify, dir.path(), Some(passphrase)).await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("files match the manifest"),
        "{}",
        run.stdout
    );
    let run = act(None, None, &["verify", "protected.zip"], dir.path()).await;
    assert_eq!(run.status, 6);
    assert_eq!(
        run.stderr,
        "act-export: protected.zip is protected with a password: give it to check the archive\n\
         Add --password-stdin and give the password on standard input.\n"
    );
    let run = act_with_input(
        None,
        None,
        &verify,
        dir.path(),
        Some("another passphrase\n"),
    )
    .await;
    assert_eq!(run.status, 6);
    assert!(
        run.stderr.contains("the password does not open"),
        "{}",
        run.stderr
    );
    let mut short = args;
    short[4] = "short.zip";
    let run = act_with_input(
        Some(&server),
        Some(SAMPLE_TOKEN),
        &short,
        dir.path(),
        Some("short\n"),
    )
    .await;
    assert_eq!(run.status, 2);
    assert!(
        run.stderr.contains("too short: use at least 10 characters"),
        "{}",
        run.stderr
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_protected_unfinished_export_is_not_continued_without_its_password() {
    let server = server().await;
    // The storage goes away after three files: the export stops, and what it did is kept.
    server.controls().storage_fails_after(3);
    let dir = tempfile::tempdir().unwrap();
    let passphrase = "copper meadow lantern violet\n";
    let args = [
        "export",
        "northwind-qa/fieldmate-ios",
        "--all-runs",
        "--out",
        "protected.zip",
    ];
    let mut protected = args.to_vec();
    protected.push("--password-stdin");
    let run = act_with_input(
        Some(&server),
        Some(SAMPLE_TOKEN),
        &protected,
        dir.path(),
        Some(passphrase),
    )
    .await;
    assert_eq!(run.status, 5, "{}", run.stderr);
    assert!(
        run.stderr.contains("What was done is kept"),
        "{}",
        run.stderr
    );
    server.controls().storage_recovers();
    // Without its password the rest would be written in the clear: refused, and said why.
    let run = act(Some(&server), Some(SAMPLE_TOKEN), &args, dir.path()).await;
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("is protected with a password")
            && run
                .stderr
                .contains("give its password with --password-stdin, or add --restart"),
        "{}",
        run.stderr
    );
    assert!(!dir.path().join("protected.zip").exists());
    // With it, the export continues to a protected archive.
    let run = act_with_input(
        Some(&server),
        Some(SAMPLE_TOKEN),
        &protected,
        dir.path(),
        Some(passphrase),
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with("Continued the export"),
        "{}",
        run.stdout
    );
}
