//! The commands' words and exit statuses: help, apps, runs, export, verify, and every failure
//! as one plain line with a status of its own.

use std::process::{Command, Stdio};

use act_sample_server::SAMPLE_TOKEN;

use crate::{act, hide_sha, server, BIN};

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
        .env("XDG_DATA_HOME", crate::data_home())
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

/// The export's words name the README as the archive does, in the language of the answer.
#[tokio::test]
async fn export_names_the_readme_in_the_language_of_the_answer() {
    let server = server().await;
    let run0 = server.dataset().apps[0].runs[0].clone();
    server.controls().update(|s| {
        s.gone_files.insert(run0.icon_key.clone());
    });
    let dir = tempfile::tempdir().unwrap();
    let run = act(
        Some(&server),
        Some(SAMPLE_TOKEN),
        &[
            "export",
            "northwind-qa/fieldmate-android",
            "--run",
            &run0.id,
            "--out",
            "fr.zip",
            "--lang",
            "fr",
        ],
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains(
            "1 files were listed by App Center but no longer exist (listed in LISEZMOI.html)."
        ),
        "{}",
        run.stdout
    );
    let run = act(None, None, &["verify", "fr.zip"], dir.path()).await;
    assert_eq!(run.status, 0, "{}", run.stderr);
}
