//! The `act-export` program as users run it: its words (snapshots), exit statuses and Ctrl-C.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use act_sample_server::{SampleServer, ServerConfig, SAMPLE_TOKEN};

const BIN: &str = env!("CARGO_BIN_EXE_act-export");

struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

/// Runs the program with the sample token unless `token` says otherwise.
async fn act(server: Option<&SampleServer>, token: Option<&str>, args: &[&str], dir: &Path) -> Run {
    act_with_input(server, token, args, dir, None).await
}

/// [`act`] with `input` on standard input (else none).
async fn act_with_input(
    server: Option<&SampleServer>,
    token: Option<&str>,
    args: &[&str],
    dir: &Path,
    input: Option<&str>,
) -> Run {
    let mut command = Command::new(BIN);
    command
        .current_dir(dir)
        .args(args)
        .env_remove("APPCENTER_ACCESS_TOKEN")
        .env_remove("RUST_LOG")
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(server) = server {
        command.args(["--base-url", &server.api_url()]);
    }
    if let Some(token) = token {
        command.env("APPCENTER_ACCESS_TOKEN", token);
    }
    let input = input.map(str::to_string);
    let output: Output = tokio::task::spawn_blocking(move || {
        let mut child = command.spawn().unwrap();
        if let (Some(input), Some(mut stdin)) = (input, child.stdin.take()) {
            std::io::Write::write_all(&mut stdin, input.as_bytes()).unwrap();
        }
        child.wait_with_output().unwrap()
    })
    .await
    .unwrap();
    let clean = |bytes: &[u8]| {
        let mut text = String::from_utf8_lossy(bytes).into_owned();
        if let Some(server) = server {
            text = text.replace(&server.api_url(), "http://[API]");
        }
        text
    };
    Run {
        status: output.status.code().unwrap_or(-1),
        stdout: clean(&output.stdout),
        stderr: clean(&output.stderr),
    }
}

async fn server() -> SampleServer {
    SampleServer::start(ServerConfig::default()).await.unwrap()
}

fn hide_sha(text: &str) -> String {
    text.split('\n')
        .map(|line| match line.split_once("SHA-256 of the archive: ") {
            Some((head, _)) => format!("{head}SHA-256 of the archive: [SHA256]"),
            None => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[tokio::test]
async fn help_documents_the_commands_and_exit_statuses() {
    let dir = tempfile::tempdir().unwrap();
    let run = act(None, None, &["--help"], dir.path()).await;
    assert_eq!(run.status, 0);
    insta::assert_snapshot!("help", run.stdout);
}

#[tokio::test]
async fn apps_and_runs() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let run = act(Some(&server), Some(SAMPLE_TOKEN), &["apps"], dir.path()).await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    insta::assert_snapshot!("apps", run.stdout);

    let run = act(
        Some(&server),
        Some(SAMPLE_TOKEN),
        &["runs", "alex.morgan/pocket-budget"],
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    insta::assert_snapshot!("runs", run.stdout);

    let run = act(
        Some(&server),
        Some(SAMPLE_TOKEN),
        &["runs", "northwind-qa/fieldmate-ios", "--json"],
        dir.path(),
    )
    .await;
    let runs: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(runs.as_array().unwrap().len(), 12);
}

#[tokio::test]
async fn export_then_verify_then_tamper() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let app = &server.dataset().apps[0];
    let ids: Vec<&str> = app
        .runs
        .iter()
        .filter(|r| r.series == "fabrikam-smoke")
        .take(2)
        .map(|r| r.id.as_str())
        .collect();
    let mut args = vec![
        "export",
        "northwind-qa/fieldmate-android",
        "--out",
        "fabrikam.zip",
        "--subject",
        "Fabrikam Inc",
    ];
    for id in &ids {
        args.extend(["--run", id]);
    }
    let run = act(Some(&server), Some(SAMPLE_TOKEN), &args, dir.path()).await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "", "quiet when not on a terminal");
    insta::assert_snapshot!("export", hide_sha(&run.stdout));

    let run = act(None, None, &["verify", "fabrikam.zip"], dir.path()).await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    insta::assert_snapshot!("verify_ok", run.stdout);

    // Fabrikam's runs are in both FieldMate apps: one archive with --app groups.
    let ios = &server.dataset().apps[1];
    let ios_ids: Vec<&str> = ios
        .runs
        .iter()
        .filter(|r| r.series == "fabrikam-smoke")
        .map(|r| r.id.as_str())
        .collect();
    let mut both = vec!["export", "--app", "northwind-qa/fieldmate-ios"];
    for id in &ios_ids {
        both.extend(["--run", id]);
    }
    both.extend([
        "--app",
        "northwind-qa/fieldmate-android",
        "--out",
        "both.zip",
    ]);
    for id in &ids {
        both.extend(["--run", id]);
    }
    let run = act(Some(&server), Some(SAMPLE_TOKEN), &both, dir.path()).await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with(&format!(
            "Saved both.zip: {} test runs of 2 apps ({} in FieldMate for Android, {} in \
             FieldMate for iOS),",
            ids.len() + ios_ids.len(),
            ids.len(),
            ios_ids.len()
        )),
        "{}",
        run.stdout
    );
    let run = act(None, None, &["verify", "both.zip"], dir.path()).await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    let archive =
        zip::ZipArchive::new(std::fs::File::open(dir.path().join("both.zip")).unwrap()).unwrap();
    let names: Vec<String> = archive
        .file_names()
        .map(|n| n.unwrap().into_owned())
        .collect();
    for id in ios_ids {
        let entry = format!("apps/northwind-qa/fieldmate-ios/data/test-runs/{id}.json");
        assert!(names.contains(&entry), "{entry}");
    }

    // The progress file has one JSON report a line, ending with "done".
    let mut with_progress = args.clone();
    with_progress[3] = "again.zip";
    with_progress.extend(["--progress-file", "progress.jsonl"]);
    assert_eq!(
        act(
            Some(&server),
            Some(SAMPLE_TOKEN),
            &with_progress,
            dir.path()
        )
        .await
        .status,
        0
    );
    let lines = std::fs::read_to_string(dir.path().join("progress.jsonl")).unwrap();
    let reports: Vec<serde_json::Value> = lines
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(reports.len() >= 5, "{lines}");
    assert!(reports
        .iter()
        .all(|r| r["t_ms"].is_u64() && r["phase"].is_string()));
    assert_eq!(reports.last().unwrap()["phase"], "done");

    // Replace one entry's content by a same-sized one: the manifest no longer matches.
    let path = dir.path().join("fabrikam.zip");
    let mut bytes = std::fs::read(&path).unwrap();
    let needle = b"\"testSeries\": \"fabrikam-smoke\"";
    let at = bytes.windows(needle.len()).position(|w| w == needle);
    if let Some(at) = at {
        bytes[at + 16] = b'F';
        std::fs::write(&path, &bytes).unwrap();
    } else {
        // The JSON entries are compressed: flip a byte in the middle of the file instead.
        let middle = bytes.len() / 2;
        bytes[middle] ^= 0xff;
        std::fs::write(&path, &bytes).unwrap();
    }
    let run = act(None, None, &["verify", "fabrikam.zip"], dir.path()).await;
    assert_eq!(run.status, 6, "{}\n{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("CHANGED"), "{}", run.stdout);
    assert!(
        run.stderr
            .starts_with("act-export: fabrikam.zip: 1 files do not match"),
        "{}",
        run.stderr
    );

    // A count changed in the manifest: every checksum matches, the account does not.
    let original = dir.path().join("again.zip");
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&original).unwrap()).unwrap();
    let tampered = dir.path().join("tampered.zip");
    let mut out = zip::ZipWriter::new(std::fs::File::create(&tampered).unwrap());
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut bytes).unwrap();
        if name == "manifest.json" {
            let mut manifest: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
            manifest["apps"][0]["reconciliation"]["totals"]["records_excluded"] =
                serde_json::json!(0);
            bytes = serde_json::to_vec(&manifest).unwrap();
        }
        out.start_file(name.as_str(), zip::write::SimpleFileOptions::default())
            .unwrap();
        std::io::Write::write_all(&mut out, &bytes).unwrap();
    }
    out.finish().unwrap();
    let run = act(None, None, &["verify", "tampered.zip"], dir.path()).await;
    assert_eq!(run.status, 6, "{}\n{}", run.stdout, run.stderr);
    assert!(
        run.stdout.starts_with("ACCOUNT  the totals"),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr
            .contains("its account of records and files does not add up"),
        "{}",
        run.stderr
    );
}

#[tokio::test]
async fn failures_are_one_plain_line_with_a_distinct_status() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let cases: Vec<(&str, Option<&str>, Vec<&str>, i32)> = vec![
        ("no_token", None, vec!["apps"], 2),
        ("bad_token", Some("wrong-token"), vec!["apps"], 3),
        (
            "unknown_app",
            Some(SAMPLE_TOKEN),
            vec!["runs", "nobody/nothing"],
            4,
        ),
        (
            "not_an_app",
            Some(SAMPLE_TOKEN),
            vec!["runs", "just-a-name"],
            2,
        ),
        (
            "unknown_run",
            Some(SAMPLE_TOKEN),
            vec![
                "export",
                "alex.morgan/pocket-budget",
                "--run",
                "no-such-run",
                "--out",
                "a.zip",
            ],
            4,
        ),
        (
            "out_is_a_folder",
            Some(SAMPLE_TOKEN),
            vec![
                "export",
                "alex.morgan/pocket-budget",
                "--all-runs",
                "--out",
                ".",
            ],
            1,
        ),
        (
            "no_scope",
            Some(SAMPLE_TOKEN),
            vec!["export", "alex.morgan/pocket-budget", "--out", "a.zip"],
            2,
        ),
    ];
    for (name, token, args, status) in cases {
        let run = act(Some(&server), token, &args, dir.path()).await;
        assert_eq!(run.status, status, "{name}: {}", run.stderr);
        assert!(
            !run.stderr.contains("wrong-token"),
            "{name}: the token is never printed"
        );
        insta::assert_snapshot!(
            format!("error_{name}"),
            run.stderr
                .replace(&dir.path().display().to_string(), "[DIR]")
        );
    }
    let run = act(
        None,
        Some(SAMPLE_TOKEN),
        &["verify", "missing.zip"],
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 6);
    let unreachable = act(
        None,
        Some(SAMPLE_TOKEN),
        &["apps", "--base-url", "http://127.0.0.1:9"],
        dir.path(),
    )
    .await;
    assert_eq!(unreachable.status, 5, "{}", unreachable.stderr);
    let insecure = act(
        None,
        Some(SAMPLE_TOKEN),
        &["apps", "--base-url", "http://example.com"],
        dir.path(),
    )
    .await;
    assert_eq!(insecure.status, 2, "{}", insecure.stderr);
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing written"
    );
}

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

#[tokio::test]
async fn an_existing_archive_is_replaced_only_when_asked() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.zip"), b"an earlier answer").unwrap();
    let args = [
        "export",
        "alex.morgan/pocket-budget",
        "--all-runs",
        "--out",
        "a.zip",
    ];
    let run = act(Some(&server), Some(SAMPLE_TOKEN), &args, dir.path()).await;
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        "act-export: a.zip already exists\nAdd --force to replace it, or choose another --out file.\n"
    );
    assert_eq!(
        std::fs::read(dir.path().join("a.zip")).unwrap(),
        b"an earlier answer"
    );
    assert!(server.controls().requests().is_empty(), "nothing asked");
    let mut forced = args.to_vec();
    forced.push("--force");
    let run = act(Some(&server), Some(SAMPLE_TOKEN), &forced, dir.path()).await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(act_engine::verify(&dir.path().join("a.zip"))
        .unwrap()
        .is_ok());
}

#[tokio::test]
async fn a_failing_archive_writer_is_reported_as_itself_not_as_a_cancel() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    // A 4 MiB limit on the size of any file this process writes: every download fits, the
    // growing archive does not, so the writer fails on its own (EFBIG, as SIGXFSZ is ignored).
    let script = r#"ulimit -f 8192 && trap '' XFSZ && exec "$0" "$@""#;
    let mut command = Command::new("sh");
    command
        .current_dir(dir.path())
        .args(["-c", script, BIN])
        .args([
            "export",
            "northwind-qa/fieldmate-android",
            "--all-runs",
            "--out",
            "all.zip",
            "--base-url",
            &server.api_url(),
        ])
        .env("APPCENTER_ACCESS_TOKEN", SAMPLE_TOKEN)
        .stdin(Stdio::null());
    // The sample server runs on this test's runtime: wait for the program on another thread.
    let output = tokio::task::spawn_blocking(move || command.output().unwrap())
        .await
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.starts_with("act-export: While writing the archive at "),
        "{stderr}"
    );
    assert!(!stderr.contains("cancelled"), "{stderr}");
    assert!(stderr.contains("run the same command again"), "{stderr}");
    // Only the private staging folder is left, to continue once the disk allows.
    let left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left, [".all.zip.act-export"]);
}

/// Entries and checksums of an archive, without README.html and manifest.json (they say when
/// and how it was made).
fn content(path: &Path) -> std::collections::BTreeMap<String, String> {
    use sha2::{Digest, Sha256};
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    (0..zip.len())
        .filter_map(|i| {
            let mut entry = zip.by_index(i).unwrap();
            let name = entry.name().unwrap().to_string();
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut entry, &mut bytes).unwrap();
            (name != "README.html" && name != "manifest.json")
                .then(|| (name, hex::encode(Sha256::digest(&bytes))))
        })
        .collect()
}

/// Starts `act-export export APP --all-runs --out all.zip` in `dir` against `server`, waits
/// until `ready(dir)`, and kills it as a crash would (SIGKILL).
async fn killed_when(server: &SampleServer, app: &str, dir: &Path, ready: impl Fn(&Path) -> bool) {
    let mut child = Command::new(BIN)
        .current_dir(dir)
        .args(["export", app, "--all-runs", "--out", "all.zip"])
        .args(["--base-url", &server.api_url()])
        .env("APPCENTER_ACCESS_TOKEN", SAMPLE_TOKEN)
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

#[tokio::test]
async fn an_odd_service_still_gives_exactly_the_clients_data() {
    let server = server().await;
    server.controls().update(|s| {
        s.blank_links = true;
        s.upper_case_ids = true;
        s.file_addresses = act_sample_server::FileAddresses::Query;
        s.odd_index_links = true;
    });
    let dir = tempfile::tempdir().unwrap();
    let app = &server.dataset().apps[1];
    let ids: Vec<&str> = app
        .runs
        .iter()
        .filter(|r| r.series == "contoso-regression")
        .map(|r| r.id.as_str())
        .collect();
    let mut args = vec!["export", "northwind-qa/fieldmate-ios", "--out", "c.zip"];
    for id in &ids {
        args.extend(["--run", id]);
    }
    let run = act(Some(&server), Some(SAMPLE_TOKEN), &args, dir.path()).await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    let run = act(None, None, &["verify", "c.zip"], dir.path()).await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(run.stdout.contains("adds up"), "{}", run.stdout);
    let mut zip =
        zip::ZipArchive::new(std::fs::File::open(dir.path().join("c.zip")).unwrap()).unwrap();
    let mut binaries = 0;
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        binaries += usize::from(name.ends_with(".ipa"));
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut bytes).unwrap();
        let text = String::from_utf8_lossy(&bytes).to_lowercase();
        assert!(!name.to_lowercase().contains("wingtip"), "{name}");
        if name.ends_with(".json") || name.ends_with(".html") {
            for other in ["wingtip", "fabrikam"] {
                assert!(!text.contains(other), "{name} holds {other}'s data");
            }
        }
    }
    // Each of the client's app versions, though every file sits at the same address path.
    assert_eq!(binaries, 2, "both of Contoso's iOS builds");
}

/// Today (UTC) minus `days`, as YYYY-MM-DD.
fn days_ago(days: i64) -> String {
    let date = time::OffsetDateTime::now_utc().date() - time::Duration::days(days);
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// Runs a journal command (no service, no token) on the journal `journal`.
async fn offline(args: &[&str], journal: &str, dir: &Path) -> Run {
    let mut args = args.to_vec();
    args.extend(["--journal", journal]);
    act(None, None, &args, dir).await
}

#[tokio::test]
async fn a_request_from_opening_to_delivery_with_its_journal() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.sqlite");
    let j = journal.to_str().unwrap();
    let received = days_ago(3);
    // --journal before the subcommand...
    let run = act(
        None,
        None,
        &[
            "--journal",
            j,
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
    assert!(
        run.stdout
            .contains("Opened request DSR-1: data of Contoso Ltd, right of access (Art. 15)."),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("Public holidays are not counted"),
        "{}",
        run.stdout
    );
    // ...or after it (as `offline` puts it). The same reference again is refused.
    let run = offline(
        &[
            "case",
            "new",
            "dsr-1",
            "--subject",
            "X",
            "--received",
            &received,
        ],
        j,
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("already a request with the reference"),
        "{}",
        run.stderr
    );
    let run = offline(
        &[
            "case",
            "new",
            "DSR-2",
            "--subject",
            "X",
            "--received",
            "2026-02-30",
        ],
        j,
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 2);
    assert!(
        run.stderr.contains("is not a date: write it as YYYY-MM-DD"),
        "{}",
        run.stderr
    );

    // An export that answers it: journaled, and the archive keeps the journal's head; its
    // README opens with a letter from the controller's profile (fields left out: defaults).
    let out = dir.path().join("dsr-1.zip");
    let profile = dir.path().join("profile.json");
    std::fs::write(
        &profile,
        r#"{"controller": "Northwind QA Ltd", "contact": "privacy@northwind.example"}"#,
    )
    .unwrap();
    let run = act(
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
            "--journal",
            j,
            "--letter",
            profile.to_str().unwrap(),
        ],
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    let (manifest, readme): (serde_json::Value, String) = {
        let file = std::fs::File::open(&out).unwrap();
        let mut zip = zip::ZipArchive::new(file).unwrap();
        let manifest = serde_json::from_reader(zip.by_name("manifest.json").unwrap()).unwrap();
        let mut readme = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("README.html").unwrap(), &mut readme)
            .unwrap();
        (manifest, readme)
    };
    for text in [
        "Our reference: DSR-1.",
        "You asked Northwind QA Ltd for a copy",
        "contact privacy@northwind.example.",
        "Why we hold it",
    ] {
        assert!(readme.contains(text), "{text}");
    }
    assert_eq!(manifest["journal"]["events"], 2, "{}", manifest["journal"]);
    assert_eq!(manifest["journal"]["case"], "DSR-1");
    // An unknown request: nothing is exported.
    let run = act(
        Some(&server),
        Some(SAMPLE_TOKEN),
        &[
            "export",
            "northwind-qa/fieldmate-android",
            "--all-runs",
            "--out",
            "other.zip",
            "--case",
            "DSR-9",
            "--journal",
            j,
        ],
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 4, "{}", run.stderr);
    assert!(!dir.path().join("other.zip").exists());

    let run = offline(
        &[
            "case",
            "deliver",
            "DSR-1",
            "--channel",
            "email",
            "--recipient",
            "privacy@contoso.example",
            "--password-sent",
            "by phone",
        ],
        j,
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(run.stdout.contains("answered on time"), "{}", run.stdout);
    let run = offline(&["case", "list"], j, dir.path()).await;
    assert!(
        run.stdout.contains("DSR-1") && run.stdout.contains("answered on time"),
        "{}",
        run.stdout
    );
    let run = offline(&["case", "show", "DSR-1"], j, dir.path()).await;
    for what in [
        "Request opened",
        "Export started",
        "Export completed",
        "Archive saved to",
        "Delivered by email to privacy@contoso.example",
        "password sent by phone",
    ] {
        assert!(run.stdout.contains(what), "{what} in {}", run.stdout);
    }
    // Who exported, and where the archive is, in full.
    assert!(!run.stdout.contains("by unknown)"), "{}", run.stdout);
    assert!(
        run.stdout.contains(&format!(
            "Archive saved to {}",
            out.canonicalize().unwrap().display()
        )),
        "{}",
        run.stdout
    );
    assert!(
        !run.stdout.contains(SAMPLE_TOKEN)
            && !std::fs::read(&journal)
                .unwrap()
                .windows(SAMPLE_TOKEN.len())
                .any(|w| w == SAMPLE_TOKEN.as_bytes()),
        "the token is never journaled"
    );

    // Intact, also against what the archive kept.
    let run = offline(&["journal", "verify"], j, dir.path()).await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(run.stdout.contains("is intact: 5 events"), "{}", run.stdout);
    let run = offline(
        &["journal", "verify", "--archive", out.to_str().unwrap()],
        j,
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stdout);
    assert!(
        run.stdout.contains("still holds everything"),
        "{}",
        run.stdout
    );

    // CSV: a byte-order mark, a header and one row per event.
    let csv = dir.path().join("journal.csv");
    let run = offline(
        &["journal", "export", "--csv", csv.to_str().unwrap()],
        j,
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with('\u{feff}'));
    assert_eq!(text.trim_end().split("\r\n").count(), 1 + 5);

    // Cut short after the archive was made: the journal alone still chains, the archive
    // says it was longer.
    {
        let conn = rusqlite::Connection::open(&journal).unwrap();
        conn.execute_batch("DROP TRIGGER events_no_delete; DELETE FROM events WHERE seq >= 2;")
            .unwrap();
    }
    let run = offline(
        &["journal", "verify", "--archive", out.to_str().unwrap()],
        j,
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 6, "{}", run.stdout);
    assert!(
        run.stdout.contains("does not match at event 2"),
        "{}",
        run.stdout
    );
    // An edited event is named.
    {
        let conn = rusqlite::Connection::open(&journal).unwrap();
        conn.execute_batch("DROP TRIGGER events_no_update; UPDATE events SET body = replace(body, 'Contoso', 'Fabrikam') WHERE seq = 1;").unwrap();
    }
    let run = offline(&["journal", "verify"], j, dir.path()).await;
    assert_eq!(run.status, 6, "{}", run.stdout);
    assert!(
        run.stdout
            .contains("does not match at event 1: event 1 was changed after it was written"),
        "{}",
        run.stdout
    );
}

#[tokio::test]
async fn an_export_the_journal_cannot_record_says_where_its_archive_is() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.sqlite");
    let j = journal.to_str().unwrap();
    let received = days_ago(1);
    let opened = offline(
        &[
            "case",
            "new",
            "DSR-3",
            "--subject",
            "Contoso Ltd",
            "--received",
            &received,
        ],
        j,
        dir.path(),
    )
    .await;
    assert_eq!(opened.status, 0, "{}", opened.stderr);
    // The journal records the export's start, then cannot record its end (a full disk, say).
    // In SQL, because file permissions do not stop root.
    rusqlite::Connection::open(&journal)
        .unwrap()
        .execute_batch(
            "CREATE TRIGGER test_refuses BEFORE INSERT ON events \
             WHEN NEW.kind = 'export_completed' \
             BEGIN SELECT RAISE(ABORT, 'the test refuses this event'); END;",
        )
        .unwrap();
    let out = dir.path().join("dsr-3.zip");
    let run = act(
        Some(&server),
        Some(SAMPLE_TOKEN),
        &[
            "export",
            "northwind-qa/fieldmate-android",
            "--all-runs",
            "--out",
            out.to_str().unwrap(),
            "--case",
            "DSR-3",
            "--journal",
            j,
        ],
        dir.path(),
    )
    .await;
    // Not a success (the request's record lacks the export), but the archive is kept and named.
    assert_eq!(run.status, 1, "{}", run.stderr);
    let expected = format!("The archive was saved to {} (SHA-256 ", out.display());
    assert!(run.stderr.contains(&expected), "{}", run.stderr);
    assert!(
        run.stderr.contains("but the journal could not record it"),
        "{}",
        run.stderr
    );
    let verified = act(None, None, &["verify", out.to_str().unwrap()], dir.path()).await;
    assert_eq!(verified.status, 0, "{}", verified.stderr);
}

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
