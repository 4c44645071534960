//! The export engine over real HTTP against the sample server.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use act_engine::{export, verify, Phase, Progress, Scope};
use act_sample_server::{Fault, FaultKind, Hold, LinkStyle, Origin, RetryHint, Shape, Target};
use act_test_support::until;
use tokio_util::sync::CancellationToken;

use crate::support::{
    assert_exactly_theirs, client_runs, dir_is_empty_but, manifest, read_zip, record_account,
    request, run, server,
};

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
    // Every downloaded byte was reported as copied into the archive, never more than arrived.
    let last = progress.last().unwrap();
    assert!(last.bytes_done > 0);
    assert_eq!(last.bytes_archived, last.bytes_done, "{last:?}");
    assert!(progress.iter().all(|p| p.bytes_archived <= p.bytes_done));

    let entries = read_zip(&out);
    let theirs = assert_exactly_theirs(&server, 0, &ids, &entries);
    assert_eq!(summary.files, theirs.files);
    let manifest = manifest(&entries);
    // Left-out records are only counted.
    let others = server.dataset().apps[0].runs.len() - ids.len();
    assert_eq!(record_account(&manifest, "testRuns")["excluded"], others);
    assert_eq!(record_account(&manifest, "apps")["excluded"], 1);
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
            assert_eq!(
                manifest["apps"][0]["links_not_followed"]
                    .as_array()
                    .unwrap()
                    .len(),
                5
            );
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
        let mut req = request(&server, 0, Scope::Runs { run_ids: ids }, out.clone());
        if fault == FaultKind::StallBody {
            // The stalled answers are caught sooner than a minute without bytes.
            req.options.read_timeout = Duration::from_secs(2);
        }
        let (result, progress) = run(req).await;
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
    let missing: Vec<_> = manifest["apps"][0]["reconciliation"]["files"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["fate"] == "missing_at_source")
        .collect();
    assert_eq!(missing.len(), 1, "{missing:?}");
    assert_eq!(missing[0]["status"], 404);
    assert!(missing[0]["found_in"]
        .as_str()
        .unwrap()
        .contains("app_icon_url"));
    assert!(String::from_utf8_lossy(&entries["README.html"]).contains("no longer had"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancel_in_every_phase_leaves_nothing() {
    // A request of each phase is held for ever (the writing phase asks nothing: it is
    // cancelled as it begins). Cancel returns all the same: it does not wait for them.
    for (phase, hold) in [
        (Phase::ListingRuns, Some(Hold::api_path("/test_runs"))),
        (Phase::ReadingRuns, Some(Hold::api_path("/report"))),
        (
            Phase::ReadingExportRecords,
            Some(Hold::api_path("/test/export")),
        ),
        (Phase::Downloading, Some(Hold::storage_file(1))),
        (Phase::Writing, None),
    ] {
        let server = server().await;
        let dir = tempfile::tempdir().unwrap();
        let cancel = CancellationToken::new();
        let trigger = cancel.clone();
        let phases = Arc::new(Mutex::new(Vec::new()));
        let seen = phases.clone();
        let held = hold.is_some();
        let sink = Arc::new(move |p: &Progress| {
            seen.lock().unwrap().push(p.phase);
            if !held && p.phase == phase {
                trigger.cancel();
            }
        });
        if let Some(hold) = hold {
            server.controls().hold(hold);
        }
        let exporting = tokio::spawn(export(
            request(&server, 0, Scope::WholeApp, dir.path().join("a.zip")),
            sink,
            cancel.clone(),
        ));
        if held {
            until("a request is held", server.controls().held()).await;
            assert_eq!(phases.lock().unwrap().last(), Some(&phase));
            cancel.cancel();
        }
        let result = until("the export is cancelled", exporting).await.unwrap();
        assert_eq!(result.unwrap_err().code(), "cancelled", "{phase:?}");
        if held {
            assert_eq!(server.controls().holding(), 1, "{phase:?}: still held");
        }
        assert!(phases.lock().unwrap().contains(&phase), "{phase:?}");
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
