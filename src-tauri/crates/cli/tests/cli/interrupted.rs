//! An export stopped by the user (Ctrl-C, a closed terminal, a request to stop) leaves
//! nothing behind; one killed as a crash would continues with the same command.

use std::path::Path;
use std::process::Command;

use act_sample_server::{Hold, SampleServer, ServerConfig, SAMPLE_TOKEN};
use act_test_support::{server, until, wait_for};

use crate::{act, content, spawn_export};

/// Starts an export of a whole app in `dir` whose third file the server holds for ever (so it
/// is downloading, and its partial files hold personal data, until it is stopped), sends
/// `signal`, and returns its exit status and error output. The held download never ends: the
/// program can only exit because the signal cancelled the export without waiting for it.
async fn interrupted(signal: &str) -> (Option<i32>, String, tempfile::TempDir) {
    let server = server().await;
    server.controls().hold(Hold::storage_file(3));
    let dir = tempfile::tempdir().unwrap();
    let child = spawn_export(&server, dir.path(), "northwind-qa/fieldmate-ios", true);
    until("the third file is held", server.controls().held()).await;
    let downloads = dir.path().join(".all.zip.act-export/downloads");
    assert!(
        std::fs::read_dir(&downloads).is_ok_and(|mut d| d.next().is_some()),
        "it is downloading"
    );
    Command::new("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .unwrap();
    let output = until(
        "the program ends",
        tokio::task::spawn_blocking(move || child.wait_with_output().unwrap()),
    )
    .await
    .unwrap();
    assert_eq!(
        server.controls().holding(),
        1,
        "the download was still held"
    );
    server.controls().release();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        dir,
    )
}

#[tokio::test]
async fn ctrl_c_cancels_cleanly() {
    let (status, stderr, dir) = interrupted("INT").await;
    assert_eq!(status, Some(130), "{stderr}");
    assert_eq!(
        stderr,
        "act-export: The export was cancelled; nothing was saved.\n"
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing left behind"
    );
}

#[tokio::test]
async fn asked_to_stop_or_losing_the_terminal_leaves_nothing_behind() {
    for (signal, status) in [("TERM", 143), ("HUP", 129)] {
        let (code, stderr, dir) = interrupted(signal).await;
        assert_eq!(code, Some(status), "{signal}: {stderr}");
        assert!(stderr.contains("nothing was saved"), "{signal}: {stderr}");
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert!(left.is_empty(), "{signal}: left behind {left:?}");
    }
}

/// Starts `act-export export APP --all-runs --out all.zip` in `dir` against `server`, whose
/// storage holds the file request `hold` says; once it is held and `ready(dir)` holds, kills
/// the program as a crash would (SIGKILL), and cuts the held download.
async fn killed_when(
    server: &SampleServer,
    app: &str,
    dir: &Path,
    hold: Hold,
    ready: impl Fn(&Path) -> bool,
) {
    server.controls().hold(hold);
    let mut child = spawn_export(server, dir, app, false);
    until("a file is held", server.controls().held()).await;
    // The held file keeps the export from finishing: waiting for `ready` races nothing.
    wait_for("the moment to stop it", || ready(dir)).await;
    assert!(child.try_wait().unwrap().is_none(), "it is still running");
    child.kill().unwrap();
    tokio::task::spawn_blocking(move || child.wait().unwrap())
        .await
        .unwrap();
    server.controls().cut();
}

/// Runs the export again after the kill, and an uninterrupted one: the same content.
async fn resumed_matches_uninterrupted(server: &SampleServer, app: &str, dir: &Path) {
    let staged = dir.join(".all.zip.act-export");
    assert!(staged.join("plan.json").exists(), "what was done is kept");
    assert!(
        !dir.join("all.zip").exists(),
        "no half archive in its place"
    );
    let run = act(
        Some(server),
        Some(SAMPLE_TOKEN),
        &["export", app, "--all-runs", "--out", "all.zip"],
        dir,
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("Continued the export that began at "),
        "{}",
        run.stdout
    );
    assert!(!staged.exists(), "the staging folder is gone once done");
    let run = act(None, None, &["verify", "all.zip"], dir).await;
    assert_eq!(run.status, 0, "{}", run.stdout);
    let run = act(
        Some(server),
        Some(SAMPLE_TOKEN),
        &["export", app, "--all-runs", "--out", "straight.zip"],
        dir,
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(
        content(&dir.join("all.zip")),
        content(&dir.join("straight.zip"))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_during_the_downloads_the_same_command_continues() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let staged = dir.path().join(".all.zip.act-export");
    // The tenth file is held: the files before it are archived, and the writer, waiting,
    // checkpoints them.
    killed_when(
        &server,
        "northwind-qa/fieldmate-android",
        dir.path(),
        Hold::storage_file(10),
        |_| staged.join("checkpoint.json").exists(),
    )
    .await;
    resumed_matches_uninterrupted(&server, "northwind-qa/fieldmate-android", dir.path()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_while_writing_the_zip_the_same_command_continues() {
    // Few, large files: the archive grows in big steps as each is copied in.
    let server = SampleServer::start(ServerConfig {
        profile: act_sample_server::Profile::Bench {
            runs: 4,
            file_bytes: 24 * 1024 * 1024,
        },
        ..ServerConfig::default()
    })
    .await
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let partial = dir.path().join(".all.zip.act-export/archive.partial");
    // The third file is held: the others are copied into the zip, and it is killed once more
    // than one of them is in.
    killed_when(
        &server,
        "northwind-qa/bench-app",
        dir.path(),
        Hold::storage_file(3),
        |_| std::fs::metadata(&partial).is_ok_and(|m| m.len() > 30 * 1024 * 1024),
    )
    .await;
    resumed_matches_uninterrupted(&server, "northwind-qa/bench-app", dir.path()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unfinished_export_of_other_runs_is_not_overwritten_unless_asked() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let staged = dir.path().join(".all.zip.act-export");
    killed_when(
        &server,
        "northwind-qa/fieldmate-android",
        dir.path(),
        Hold::storage_file(1),
        |_| staged.join("plan.json").exists(),
    )
    .await;
    let one = server.dataset().apps[0].runs[0].id.clone();
    let args = [
        "export",
        "northwind-qa/fieldmate-android",
        "--run",
        one.as_str(),
        "--out",
        "all.zip",
    ];
    let run = act(Some(&server), Some(SAMPLE_TOKEN), &args, dir.path()).await;
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .starts_with("act-export: An unfinished export of the whole app waits in "),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("What was done is kept"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("--restart"), "{}", run.stderr);
    assert!(staged.join("plan.json").exists(), "left as it was");
    let mut restart = args.to_vec();
    restart.push("--restart");
    let run = act(Some(&server), Some(SAMPLE_TOKEN), &restart, dir.path()).await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(!run.stdout.contains("Continued"), "{}", run.stdout);
    let run = act(
        Some(&server),
        Some(SAMPLE_TOKEN),
        &[
            "export",
            "northwind-qa/fieldmate-android",
            "--run",
            one.as_str(),
            "--out",
            "again.zip",
            "--resume",
        ],
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("no unfinished export"),
        "{}",
        run.stderr
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_command_on_the_same_archive_is_told_who_works_on_it() {
    let server = server().await;
    server.controls().hold(Hold::storage_file(2));
    let dir = tempfile::tempdir().unwrap();
    let mut first = spawn_export(&server, dir.path(), "northwind-qa/fieldmate-ios", false);
    until("the first one downloads", server.controls().held()).await;
    let run = act(
        Some(&server),
        Some(SAMPLE_TOKEN),
        &[
            "export",
            "northwind-qa/fieldmate-ios",
            "--all-runs",
            "--out",
            "all.zip",
        ],
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 2, "{}", run.stderr);
    let expected = format!("(act-export (process {}), since ", first.id());
    assert!(
        run.stderr
            .starts_with("act-export: Another export is working in ")
            && run.stderr.contains(&expected),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("Wait until that export ends"),
        "{}",
        run.stderr
    );
    server.controls().release();
    let status = tokio::task::spawn_blocking(move || first.wait().unwrap())
        .await
        .unwrap();
    assert!(status.success());
    assert!(dir.path().join("all.zip").exists());
}
