//! The export engine over real HTTP against the sample server.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use act_api::{ApiToken, AppRef, BaseUrl, RetryPolicy};
use act_engine::{
    export, verify, ExportError, ExportOptions, ExportRequest, ExportSummary, Phase, Progress,
    Scope,
};
use act_sample_server::{
    content, Fault, FaultKind, LinkStyle, Origin, RetryHint, SampleServer, ServerConfig, Shape,
    Target, SAMPLE_TOKEN,
};
use sha2::{Digest, Sha256};
use tokio_util::sync::CancellationToken;

async fn server() -> SampleServer {
    SampleServer::start(ServerConfig::default()).await.unwrap()
}

fn options() -> ExportOptions {
    ExportOptions {
        retry: RetryPolicy {
            max_attempts: 3,
            base_delay: Duration::from_millis(10),
            max_delay: Duration::from_millis(40),
            max_server_delay: Duration::from_secs(3),
        },
        read_timeout: Duration::from_secs(2),
        ..ExportOptions::default()
    }
}

fn request(
    server: &SampleServer,
    app_index: usize,
    scope: Scope,
    destination: PathBuf,
) -> ExportRequest {
    let app = &server.dataset().apps[app_index];
    ExportRequest {
        base_url: BaseUrl::parse(&server.api_url()).unwrap(),
        token: ApiToken::new(SAMPLE_TOKEN),
        app: AppRef {
            owner: app.owner.name.clone(),
            app: app.name.clone(),
        },
        scope,
        destination,
        options: options(),
    }
}

/// The runs of one client (test series) of an app.
fn client_runs(server: &SampleServer, app_index: usize, series: &str) -> Vec<String> {
    server.dataset().apps[app_index]
        .runs
        .iter()
        .filter(|r| r.series == series)
        .map(|r| r.id.clone())
        .collect()
}

async fn run(request: ExportRequest) -> (Result<ExportSummary, ExportError>, Vec<Progress>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = seen.clone();
    let result = export(
        request,
        Arc::new(move |p: &Progress| sink.lock().unwrap().push(p.clone())),
        CancellationToken::new(),
    )
    .await;
    let progress = seen.lock().unwrap().clone();
    (result, progress)
}

/// Every entry: name -> bytes.
fn read_zip(path: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut entry = zip.by_index(i).unwrap();
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes).unwrap();
            (entry.name().unwrap().to_string(), bytes)
        })
        .collect()
}

fn dir_is_empty_but(dir: &Path, allowed: &[&str]) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !allowed.contains(&n.as_str()))
        .collect()
}

#[tokio::test]
async fn one_clients_export_has_all_of_theirs_and_nothing_of_the_others() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("contoso.zip");
    let ids = client_runs(&server, 0, "contoso-regression");
    let mut req = request(
        &server,
        0,
        Scope::Runs {
            run_ids: ids.clone(),
        },
        out.clone(),
    );
    req.options.subject = Some("Contoso Ltd".into());
    let (result, progress) = run(req).await;
    let summary = result.unwrap();
    assert_eq!(summary.runs, ids.len());
    assert_eq!(
        dir_is_empty_but(dir.path(), &["contoso.zip"]),
        Vec::<String>::new(),
        "no temporary files left"
    );
    assert!(progress
        .iter()
        .any(|p| p.phase == Phase::Downloading && p.bytes_done > 0));
    assert_eq!(progress.last().unwrap().phase, Phase::Done);

    let entries = read_zip(&out);
    let app = &server.dataset().apps[0];
    let mine: Vec<_> = app.runs.iter().filter(|r| ids.contains(&r.id)).collect();
    let theirs: Vec<_> = app.runs.iter().filter(|r| !ids.contains(&r.id)).collect();

    // Everything of theirs is there: runs, reports, and every file with the served bytes.
    for run in &mine {
        assert!(entries.contains_key(&format!("data/test-runs/{}.json", run.id)));
        assert!(entries.contains_key(&format!("data/test-reports/{}.json", run.id)));
    }
    let manifest: serde_json::Value = serde_json::from_slice(&entries["manifest.json"]).unwrap();
    let mut expected_keys: Vec<&str> = Vec::new();
    for run in &mine {
        let hash = |id: &str| {
            app.hash_files
                .iter()
                .find(|h| h.id == id)
                .unwrap()
                .key
                .as_str()
        };
        expected_keys.push(hash(&run.app_hash_file_id));
        expected_keys.push(&run.icon_key);
        expected_keys.extend(run.file_set.iter().map(|f| hash(&f.hash_file_id)));
        expected_keys.extend(run.artifacts.iter().map(|(_, k)| k.as_str()));
        expected_keys.extend(
            run.device_logs
                .iter()
                .flat_map(|(_, a, b)| [a.as_str(), b.as_str()]),
        );
    }
    expected_keys.sort();
    expected_keys.dedup();
    let files: Vec<&serde_json::Value> = manifest["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["source_url"].is_string())
        .collect();
    assert_eq!(files.len(), expected_keys.len());
    assert_eq!(summary.files, expected_keys.len());
    for key in expected_keys {
        let data = &server.dataset().files[key];
        let entry = files
            .iter()
            .find(|e| e["source_url"].as_str().unwrap().contains(key))
            .unwrap_or_else(|| panic!("{key} missing"));
        let bytes = &entries[entry["path"].as_str().unwrap()];
        let served: Vec<u8> = content::chunks(content::seed_of(key), data.kind, data.size)
            .flatten()
            .collect();
        assert_eq!(
            hex::encode(Sha256::digest(bytes)),
            hex::encode(Sha256::digest(&served)),
            "{key}"
        );
        assert_eq!(
            entry["sha256"].as_str().unwrap(),
            hex::encode(Sha256::digest(bytes))
        );
    }

    // Nothing of the other clients: no id, upload id, file id, file name, series or client name.
    let mut forbidden: Vec<String> = Vec::new();
    for run in &theirs {
        forbidden.extend([
            run.id.clone(),
            run.app_upload_id.clone(),
            run.series.clone(),
            run.client.clone(),
            run.icon_key.clone(),
        ]);
        forbidden.extend(run.file_set.iter().map(|f| f.hash_file_id.clone()));
        forbidden.extend(run.artifacts.iter().map(|(_, k)| k.clone()));
        forbidden.extend(
            run.device_logs
                .iter()
                .flat_map(|(s, a, b)| [s.clone(), a.clone(), b.clone()]),
        );
    }
    let my_hash_ids: Vec<&str> = mine
        .iter()
        .flat_map(|r| {
            std::iter::once(r.app_hash_file_id.as_str())
                .chain(r.file_set.iter().map(|f| f.hash_file_id.as_str()))
        })
        .collect();
    for h in app
        .hash_files
        .iter()
        .filter(|h| !my_hash_ids.contains(&h.id.as_str()))
    {
        forbidden.extend([h.id.clone(), h.key.clone()]);
        if h.filename.contains("fabrikam") || h.filename.contains("tailspin") {
            forbidden.push(h.filename.clone());
        }
    }
    forbidden.push(app.hash_files_index_key.clone());
    for (name, bytes) in &entries {
        let text = String::from_utf8_lossy(bytes);
        for word in &forbidden {
            assert!(
                !name.contains(word.as_str()),
                "entry name {name} contains {word}"
            );
            if name.ends_with(".json") || name.ends_with(".html") {
                assert!(!text.contains(word.as_str()), "{name} contains {word}");
            }
        }
    }
    // Left-out records are only counted.
    assert_eq!(manifest["excluded_records"]["testRuns"], theirs.len());
    assert_eq!(manifest["excluded_records"]["apps"], 1);
    assert!(manifest["calls"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| !c["url"].as_str().unwrap().contains('?')));

    let report = verify(&out).unwrap();
    assert!(report.is_ok(), "{report:?}");
    assert_eq!(report.entries_ok, entries.len() - 1);
}

#[tokio::test]
async fn a_whole_app_export_has_every_run_and_record() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("all.zip");
    let (result, _) = run(request(&server, 1, Scope::WholeApp, out.clone())).await;
    let summary = result.unwrap();
    let app = &server.dataset().apps[1];
    assert_eq!(summary.runs, app.runs.len());
    assert_eq!(summary.excluded_records, 0);
    let entries = read_zip(&out);
    let hash_files: Vec<serde_json::Value> =
        serde_json::from_slice(&entries["data/export/hashFiles.json"]).unwrap();
    assert_eq!(hash_files.len(), app.hash_files.len());
    assert!(
        entries.keys().any(|k| k.starts_with("files/symbols/")),
        "iOS symbol files"
    );
    assert!(
        entries.keys().any(|k| k.starts_with("files/app/")),
        "the app-wide hash file list"
    );
    assert!(verify(&out).unwrap().is_ok());
}

#[tokio::test]
async fn shapes_and_link_styles_give_the_same_archive_content() {
    let mut names = Vec::new();
    for (shape, links, omit) in [
        (Shape::Array, LinkStyle::Relative, vec![]),
        (Shape::Object, LinkStyle::Absolute, vec![]),
        (Shape::Array, LinkStyle::ForeignHost, vec![]),
        (
            Shape::Object,
            LinkStyle::Relative,
            vec!["pipelineTests".to_string()],
        ),
    ] {
        let server = server().await;
        server.controls().update(|s| {
            s.shape = shape;
            s.links = links;
            s.omit_from_index = omit.clone();
        });
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("a.zip");
        let (result, _) = run(request(&server, 2, Scope::WholeApp, out.clone())).await;
        result.unwrap();
        let entries = read_zip(&out);
        let manifest: serde_json::Value =
            serde_json::from_slice(&entries["manifest.json"]).unwrap();
        if links == LinkStyle::ForeignHost {
            assert_eq!(manifest["links_not_followed"].as_array().unwrap().len(), 5);
            let to_storage = server
                .controls()
                .requests()
                .into_iter()
                .filter(|r| r.origin == Origin::Storage);
            assert!(to_storage.into_iter().all(|r| r.token.is_none()));
        }
        let pipeline: serde_json::Value =
            serde_json::from_slice(&entries["data/export/pipelineTests.json"]).unwrap();
        assert_eq!(pipeline.as_array().unwrap().len(), 1, "{shape:?} {links:?}");
        names.push(entries.keys().cloned().collect::<Vec<_>>());
    }
    assert!(names.windows(2).all(|w| w[0] == w[1]), "{names:#?}");
}

#[tokio::test]
async fn passing_faults_still_give_a_correct_archive() {
    for fault in [
        FaultKind::RateLimit(RetryHint::Seconds(1)),
        FaultKind::RateLimit(RetryHint::BodyOnly(1)),
        FaultKind::Status(503),
        FaultKind::CutBody,
        FaultKind::StallBody,
    ] {
        let server = server().await;
        server
            .controls()
            .add_fault(Fault::new(Target::Any, fault.clone(), 2));
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("a.zip");
        let ids = client_runs(&server, 0, "tailspin-nightly")[..2].to_vec();
        let (result, progress) = run(request(
            &server,
            0,
            Scope::Runs { run_ids: ids },
            out.clone(),
        ))
        .await;
        result.unwrap_or_else(|e| panic!("{fault:?}: {e}"));
        assert!(verify(&out).unwrap().is_ok());
        assert!(
            progress
                .iter()
                .any(|p| p.retries > 0 && p.last_retry.is_some()),
            "{fault:?}"
        );
    }
}

#[tokio::test]
async fn lasting_faults_fail_cleanly_with_a_plain_message() {
    let cases: Vec<(Target, FaultKind, &str)> = vec![
        (Target::Any, FaultKind::Status(500), "server"),
        (
            Target::Origin(Origin::Storage),
            FaultKind::CutBody,
            "network",
        ),
        (
            Target::PathContains("hashFiles".into()),
            FaultKind::InvalidJson,
            "invalid_response",
        ),
        (
            Target::PathContains("/report".into()),
            FaultKind::WrongTypes,
            "invalid_response",
        ),
    ];
    for (target, fault, code) in cases {
        let server = server().await;
        server
            .controls()
            .add_fault(Fault::new(target, fault.clone(), u32::MAX));
        let dir = tempfile::tempdir().unwrap();
        let ids = client_runs(&server, 0, "fabrikam-smoke")[..1].to_vec();
        let (result, _) = run(request(
            &server,
            0,
            Scope::Runs { run_ids: ids },
            dir.path().join("a.zip"),
        ))
        .await;
        let error = result.unwrap_err();
        assert_eq!(error.code(), code, "{fault:?}: {error}");
        assert!(error.to_string().contains(" failed: "), "{error}");
        assert!(!error.to_string().contains("sig="), "{error}");
        assert_eq!(
            dir_is_empty_but(dir.path(), &[]),
            Vec::<String>::new(),
            "{fault:?}: nothing left behind"
        );
    }
}

#[tokio::test]
async fn a_revoked_token_an_unknown_run_and_a_bad_destination() {
    let server = server().await;
    server.controls().update(|s| s.revoke_after = Some(4));
    let dir = tempfile::tempdir().unwrap();
    let (result, _) = run(request(
        &server,
        0,
        Scope::WholeApp,
        dir.path().join("a.zip"),
    ))
    .await;
    assert_eq!(result.unwrap_err().code(), "unauthorized");
    assert!(dir_is_empty_but(dir.path(), &[]).is_empty());

    let server = self::server().await;
    let (result, _) = run(request(
        &server,
        0,
        Scope::Runs {
            run_ids: vec!["nope".into()],
        },
        dir.path().join("a.zip"),
    ))
    .await;
    let error = result.unwrap_err();
    assert_eq!(error.code(), "unknown_run");
    assert!(error.to_string().contains("nope"));
    let (result, _) = run(request(
        &server,
        0,
        Scope::WholeApp,
        dir.path().to_path_buf(),
    ))
    .await;
    assert_eq!(result.unwrap_err().code(), "destination_is_directory");
    let (result, _) = run(request(
        &server,
        0,
        Scope::WholeApp,
        dir.path().join("missing/a.zip"),
    ))
    .await;
    assert_eq!(result.unwrap_err().code(), "destination_missing");
    assert!(dir_is_empty_but(dir.path(), &[]).is_empty());
}

#[tokio::test]
async fn a_file_gone_at_the_source_is_recorded_not_fatal() {
    let server = server().await;
    let run0 = server.dataset().apps[0].runs[0].clone();
    server.controls().update(|s| {
        s.gone_files.insert(run0.icon_key.clone());
    });
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("a.zip");
    let (result, _) = run(request(
        &server,
        0,
        Scope::Runs {
            run_ids: vec![run0.id.clone()],
        },
        out.clone(),
    ))
    .await;
    assert_eq!(result.unwrap().missing_files, 1);
    let entries = read_zip(&out);
    let manifest: serde_json::Value = serde_json::from_slice(&entries["manifest.json"]).unwrap();
    assert_eq!(manifest["missing_at_source"][0]["kind"], "icon");
    assert!(String::from_utf8_lossy(&entries["README.html"]).contains("no longer had"));
}

#[tokio::test]
async fn cancel_in_every_phase_leaves_nothing() {
    for phase in [
        Phase::ListingRuns,
        Phase::ReadingRuns,
        Phase::ReadingExportRecords,
        Phase::Downloading,
        Phase::Writing,
    ] {
        let server = server().await;
        server.controls().update(|s| {
            s.latency = Duration::from_millis(40);
            s.file_rate = Some(2_000_000);
        });
        let dir = tempfile::tempdir().unwrap();
        let cancel = CancellationToken::new();
        let trigger = cancel.clone();
        let cancelled_at = Arc::new(Mutex::new(None::<std::time::Instant>));
        let mark = cancelled_at.clone();
        let sink = Arc::new(move |p: &Progress| {
            if p.phase == phase && !trigger.is_cancelled() {
                *mark.lock().unwrap() = Some(std::time::Instant::now());
                trigger.cancel();
            }
        });
        let result = export(
            request(&server, 0, Scope::WholeApp, dir.path().join("a.zip")),
            sink,
            cancel,
        )
        .await;
        assert_eq!(result.unwrap_err().code(), "cancelled", "{phase:?}");
        // Cancel returns within a second of being asked.
        let waited = cancelled_at.lock().unwrap().unwrap().elapsed();
        assert!(waited < Duration::from_secs(1), "{phase:?}: {waited:?}");
        assert_eq!(
            dir_is_empty_but(dir.path(), &[]),
            Vec::<String>::new(),
            "{phase:?}"
        );
    }
}

#[tokio::test]
async fn verify_names_the_entry_with_a_flipped_byte() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("a.zip");
    let (result, _) = run(request(&server, 2, Scope::WholeApp, out.clone())).await;
    result.unwrap();
    // Flip one byte inside a stored (uncompressed) app binary.
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&out).unwrap()).unwrap();
    let index = (0..zip.len())
        .find(|&i| zip.by_index(i).unwrap().name().unwrap().ends_with(".apk"))
        .unwrap();
    let (name, offset) = {
        let entry = zip.by_index(index).unwrap();
        (
            entry.name().unwrap().to_string(),
            entry.data_start().unwrap() + 100,
        )
    };
    let mut bytes = std::fs::read(&out).unwrap();
    bytes[usize::try_from(offset).unwrap()] ^= 0x01;
    std::fs::write(&out, bytes).unwrap();
    let report = verify(&out).unwrap();
    assert_eq!(report.problems.len(), 1, "{report:?}");
    assert_eq!(report.problems[0].0, name);
}

#[tokio::test]
async fn readme_snapshot() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("a.zip");
    let mut req = request(&server, 2, Scope::WholeApp, out.clone());
    req.options.subject = Some("Alex <Morgan> & \"friends\"".into());
    run(req).await.0.unwrap();
    let html = String::from_utf8(read_zip(&out).remove("README.html").unwrap()).unwrap();
    let html = normalise(&html);
    insta::assert_snapshot!(html);
}

/// Replaces the creation time and the tool version so that snapshots stay stable.
fn normalise(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("made on ") {
        out.push_str(&rest[..at + 8]);
        let after = &rest[at + 8..];
        let end = after.find(" with").unwrap_or(0);
        out.push_str("[TIME]");
        rest = &after[end..];
    }
    out.push_str(rest);
    // Checksums cover JSON that holds the sample server's (random) port.
    let words: Vec<String> = out
        .split_inclusive(|c: char| !c.is_ascii_hexdigit())
        .map(|piece| {
            let hex_len = piece
                .trim_end_matches(|c: char| !c.is_ascii_hexdigit())
                .len();
            if hex_len == 64 {
                format!("[SHA256]{}", &piece[64..])
            } else {
                piece.to_string()
            }
        })
        .collect();
    words
        .concat()
        .replace(env!("CARGO_PKG_VERSION"), "[VERSION]")
}

#[tokio::test]
async fn hostile_names_become_safe_entries_and_the_originals_are_kept() {
    let server = server().await;
    server.controls().update(|s| s.hostile_names = true);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("a.zip");
    let (result, _) = run(request(&server, 0, Scope::WholeApp, out.clone())).await;
    result.unwrap();
    let entries = read_zip(&out);
    const RESERVED: [&str; 6] = ["CON", "PRN", "AUX", "NUL", "COM1", "LPT1"];
    let mut lowercase = std::collections::HashSet::new();
    for name in entries.keys() {
        assert!(
            !name.starts_with('/') && !name.contains('\\') && !name.contains(':'),
            "{name}"
        );
        assert!(
            name.split('/')
                .all(|s| !s.is_empty() && s != "." && s != ".."),
            "{name}"
        );
        assert!(!name.chars().any(char::is_control), "{name:?}");
        assert!(name.len() <= act_engine::names::MAX_PATH_BYTES, "{name}");
        for segment in name.split('/') {
            let stem = segment.split('.').next().unwrap().to_ascii_uppercase();
            assert!(!RESERVED.contains(&stem.as_str()), "{name}");
            assert!(!segment.ends_with('.') && !segment.ends_with(' '), "{name}");
        }
        assert!(lowercase.insert(name.to_lowercase()), "duplicate {name}");
    }
    let manifest: serde_json::Value = serde_json::from_slice(&entries["manifest.json"]).unwrap();
    let originals: Vec<&str> = manifest["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["original_name"].as_str())
        .collect();
    assert!(
        originals.contains(&"../../../../etc/passwd"),
        "{originals:?}"
    );
    assert!(
        originals.iter().any(|o| o.contains('\u{7}')),
        "control characters are kept in the manifest only"
    );
    let html = String::from_utf8_lossy(&entries["README.html"]);
    assert!(
        !html.contains("<img"),
        "service text is escaped in README.html"
    );
    assert!(verify(&out).unwrap().is_ok());
}

#[tokio::test]
async fn more_fault_shapes() {
    // A 429 with an HTTP date passes; an empty answer that keeps coming fails clearly.
    let server = server().await;
    server.controls().add_fault(Fault::new(
        Target::Any,
        FaultKind::RateLimit(RetryHint::HttpDate(1)),
        1,
    ));
    let dir = tempfile::tempdir().unwrap();
    let (result, _) = run(request(
        &server,
        2,
        Scope::WholeApp,
        dir.path().join("a.zip"),
    ))
    .await;
    result.unwrap();

    let server = self::server().await;
    server.controls().add_fault(Fault::new(
        Target::PathContains("fileSetFiles".into()),
        FaultKind::EmptyBody,
        u32::MAX,
    ));
    let dir = tempfile::tempdir().unwrap();
    let (result, _) = run(request(
        &server,
        2,
        Scope::WholeApp,
        dir.path().join("a.zip"),
    ))
    .await;
    let error = result.unwrap_err();
    assert_eq!(error.code(), "invalid_response");
    assert!(error.to_string().contains("empty"), "{error}");
    assert!(dir_is_empty_but(dir.path(), &[]).is_empty());
}
