//! An export stopped by the user (Ctrl-C, a closed terminal, a request to stop) leaves
//! nothing behind; one killed as a crash would continues with the same command.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use act_sample_server::{SampleServer, ServerConfig, SAMPLE_TOKEN};

use crate::{act, content, server, BIN};

/// Starts a slow export of a whole app in `dir`, waits until it downloads, sends `signal`,
/// and returns its exit status and error output.
async fn interrupted(signal: &str) -> (Option<i32>, String, tempfile::TempDir) {
    let server = server().await;
    server.controls().update(|s| s.file_rate = Some(200_000));
    let dir = tempfile::tempdir().unwrap();
    let child = Command::new(BIN)
        .current_dir(dir.path())
        .args([
            "export",
            "northwind-qa/fieldmate-ios",
            "--all-runs",
            "--out",
            "all.zip",
            "--base-url",
            &server.api_url(),
        ])
        .env("APPCENTER_ACCESS_TOKEN", SAMPLE_TOKEN)
        .env("XDG_DATA_HOME", crate::data_home())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until it is downloading (its partial files hold personal data).
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    let downloads = dir.path().join(".all.zip.act-export/downloads");
    while !std::fs::read_dir(&downloads).is_ok_and(|mut d| d.next().is_some()) {
        assert!(std::time::Instant::now() < deadline, "it never downloaded");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    Command::new("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .unwrap();
    let started = std::time::Instant::now();
    let output = tokio::task::spawn_blocking(move || child.wait_with_output().unwrap())
        .await
        .unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{signal}: {:?}",
        started.elapsed()
    );
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

/// Starts `act-export export APP --all-runs --out all.zip` in `dir` against `server`, waits
/// until `ready(dir)`, and kills it as a crash would (SIGKILL).
async fn killed_when(server: &SampleServer, app: &str, dir: &Path, ready: impl Fn(&Path) -> bool) {
    let mut child = Command::new(BIN)
        .current_dir(dir)
        .args(["export", app, "--all-runs", "--out", "all.zip"])
        .args(["--base-url", &server.api_url()])
        .env("APPCENTER_ACCESS_TOKEN", SAMPLE_TOKEN)
        .env("XDG_DATA_HOME", crate::data_home())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while !ready(dir) {
        assert!(
            child.try_wait().unwrap().is_none(),
            "it finished before it could be stopped"
        );
        assert!(std::time::Instant::now() < deadline, "never got there");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    child.kill().unwrap();
    tokio::task::spawn_blocking(move || child.wait().unwrap())
        .await
        .unwrap();
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
    server.controls().update(|s| s.file_rate = Some(1_000_000));
    let dir = tempfile::tempdir().unwrap();
    let staged = dir.path().join(".all.zip.act-export");
    killed_when(
        &server,
        "northwind-qa/fieldmate-android",
        dir.path(),
        |_| staged.join("checkpoint.json").exists(),
    )
    .await;
    server.controls().update(|s| s.file_rate = None);
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
    killed_when(&server, "northwind-qa/bench-app", dir.path(), |_| {
        std::fs::metadata(&partial).is_ok_and(|m| m.len() > 30 * 1024 * 1024)
    })
    .await;
    resumed_matches_uninterrupted(&server, "northwind-qa/bench-app", dir.path()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unfinished_export_of_other_runs_is_not_overwritten_unless_asked() {
    let server = server().await;
    server.controls().update(|s| s.file_rate = Some(500_000));
    let dir = tempfile::tempdir().unwrap();
    let staged = dir.path().join(".all.zip.act-export");
    killed_when(
        &server,
        "northwind-qa/fieldmate-android",
        dir.path(),
        |_| staged.join("plan.json").exists(),
    )
    .await;
    server.controls().update(|s| s.file_rate = None);
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
