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
