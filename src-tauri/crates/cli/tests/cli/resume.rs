//! An export killed at any point (as a crash or a power cut would) and run again fetches at
//! most what was missing, plus 10%, and no file twice: measured by the bytes and the file
//! bodies the sample server sends, at eleven points spread over an export (while it lists the
//! runs, reads them, reads the export records, and at ten points of its downloads).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use act_sample_server::{Hold, SampleServer, SAMPLE_TOKEN};
use act_test_support::{content, server, until};

use crate::{act, export_command};

const APP: &str = "northwind-qa/fieldmate-android";

/// The kinds of entries that hold downloaded files.
const DOWNLOADED: [&str; 6] = [
    "app_binary",
    "symbols",
    "icon",
    "test_file",
    "report_artifact",
    "app_hash_files",
];

/// The bytes of downloaded files a staging folder keeps: those in the zip as far as its
/// checkpoint goes, and those in the downloads folder (partial or complete) that are not in
/// the zip already (a program killed after it saved a checkpoint and before it removed the
/// downloads the checkpoint holds leaves both: they count once).
fn kept(staged: &Path) -> u64 {
    let entries: Vec<serde_json::Value> = std::fs::read(staged.join("checkpoint.json"))
        .ok()
        .map(|bytes| {
            let checkpoint: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
            checkpoint["entries"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|e| DOWNLOADED.contains(&e["kind"].as_str().unwrap_or_default()))
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    let in_zip: u64 = entries.iter().map(|e| e["bytes"].as_u64().unwrap()).sum();
    let zipped: BTreeSet<&str> = entries
        .iter()
        .filter_map(|e| e["source_url"].as_str())
        .collect();
    let downloading: u64 = std::fs::read_dir(staged.join("downloads"))
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "part"))
        .filter(|e| {
            let address = std::fs::read(e.path().with_extension("json"))
                .ok()
                .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok())
                .and_then(|info| info["address"].as_str().map(str::to_string));
            !address.is_some_and(|a| zipped.contains(a.as_str()))
        })
        .map(|e| e.metadata().unwrap().len())
        .sum();
    in_zip + downloading
}

/// The export in `dir`, with `data` as its data folder (where the program keeps its pace of API
/// calls): each killed export and its continuation are given their own, since all of them
/// together make more calls than App Center allows in five minutes and would rightly wait.
fn export(server: &SampleServer, dir: &Path, data: &Path) -> std::process::Command {
    let mut command = export_command(server, dir, APP);
    command.env("XDG_DATA_HOME", data);
    command
}

/// Starts the export in `dir`, waits until the server holds what `hold` says, and kills the
/// program (SIGKILL), then breaks the held request off.
async fn killed_at(server: &SampleServer, dir: &Path, data: &Path, hold: Hold) {
    server.controls().hold(hold);
    let mut child = export(server, dir, data)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    until("the request is held", server.controls().held()).await;
    child.kill().unwrap();
    tokio::task::spawn_blocking(move || child.wait().unwrap())
        .await
        .unwrap();
    server.controls().cut();
    // What the dead program had asked for may still be answered (a request its system had
    // sent is read from the closed connection): the counters are read once the server has
    // seen the last of it.
    until("the server is quiet", server.controls().quiet()).await;
}

/// The file bodies served per file since `before`.
fn served_since(server: &SampleServer, before: &BTreeMap<String, u64>) -> BTreeMap<String, u64> {
    server
        .controls()
        .files_served()
        .into_iter()
        .map(|(key, n)| {
            let earlier = before.get(&key).copied().unwrap_or(0);
            (key, n - earlier)
        })
        .filter(|(_, n)| *n > 0)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_export_fetches_again_only_what_was_missing() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    // The whole export, uninterrupted: what it costs.
    let sent = server.controls().storage_bytes_sent();
    let run = act(
        Some(&server),
        Some(SAMPLE_TOKEN),
        &["export", APP, "--all-runs", "--out", "straight.zip"],
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    let whole = server.controls().storage_bytes_sent() - sent;
    let straight = content(&dir.path().join("straight.zip"));
    let files = server.controls().files_served().len() as u64;
    assert!(files > 200, "{files} files");

    let mut points = vec![
        ("listing the runs", Hold::api_request(1)),
        ("reading the runs", Hold::api_path("/report")),
        (
            "reading the export records",
            Hold::api_path("/test/export/"),
        ),
    ];
    for file in [1, files / 10, files / 5, files * 3 / 10, files * 2 / 5] {
        points.push(("downloading", Hold::storage_file(file.max(1))));
    }
    for file in [
        files / 2,
        files * 3 / 5,
        files * 7 / 10,
        files * 4 / 5,
        files * 9 / 10,
    ] {
        points.push(("downloading", Hold::storage_file(file)));
    }
    let mut report = Vec::new();
    for (at, hold) in points {
        let dir = tempfile::tempdir().unwrap();
        let shown = format!("{at} ({hold:?})");
        let data = tempfile::tempdir().unwrap();
        killed_at(&server, dir.path(), data.path(), hold).await;
        let staged = dir.path().join(".all.zip.act-export");
        let missing = whole.saturating_sub(kept(&staged));
        let (sent, served) = (
            server.controls().storage_bytes_sent(),
            server.controls().files_served(),
        );
        // The continuation shares the killed export's pace, as a user's would: the calls the
        // dead program left open must hold it back no longer than the pace allows.
        let mut again = export(&server, dir.path(), data.path());
        let run = until(
            "the continued export ends",
            tokio::task::spawn_blocking(move || again.output().unwrap()),
        )
        .await
        .unwrap();
        assert!(
            run.status.success(),
            "{shown}: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        let fetched = server.controls().storage_bytes_sent() - sent;
        let twice: Vec<_> = served_since(&server, &served)
            .into_iter()
            .filter(|(_, n)| *n > 1)
            .collect();
        report.push(format!(
            "{shown}: {missing} bytes missing, {fetched} fetched, {} files twice",
            twice.len()
        ));
        assert!(
            fetched <= missing + missing / 10,
            "{shown}: {fetched} bytes fetched for {missing} missing\n{}",
            report.join("\n")
        );
        assert!(twice.is_empty(), "{shown}: fetched twice: {twice:?}");
        assert_eq!(content(&dir.path().join("all.zip")), straight, "{shown}");
    }
    eprintln!("{}", report.join("\n"));
}
