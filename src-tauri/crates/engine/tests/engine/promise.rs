//! The archive's promise, against services odder than the default sample: all of the chosen
//! client's data, nothing of anyone else's, and every record and file link accounted for.
//! Each of the three ways the promise broke (issue: blank link fields, files told apart only
//! by the query string, GUIDs in another letter case) has its test here.

use act_engine::{verify, Scope};
use act_sample_server::{FileAddresses, Origin, PhantomClient, SAMPLE_TOKEN};

use crate::support::{
    assert_exactly_theirs, client_runs, manifest, read_zip, record_account, request, run, server,
    write_zip,
};

/// Exports Contoso's runs of the shared app with the switches `set` and checks the promise.
async fn contoso_export(
    set: impl FnOnce(&mut act_sample_server::Switches),
) -> (
    act_sample_server::SampleServer,
    std::collections::BTreeMap<String, Vec<u8>>,
    tempfile::TempDir,
) {
    let server = server().await;
    server.controls().update(set);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("contoso.zip");
    let ids = client_runs(&server, 0, "contoso-regression");
    let (result, _) = run(request(
        &server,
        0,
        Scope::Runs {
            run_ids: ids.clone(),
        },
        out.clone(),
    ))
    .await;
    let summary = result.unwrap();
    let entries = read_zip(&out);
    let theirs = assert_exactly_theirs(&server, 0, &ids, &entries);
    assert_eq!(summary.files, theirs.files);
    let report = verify(&out).unwrap();
    assert!(report.is_ok(), "{report:?}");
    (server, entries, dir)
}

#[tokio::test]
async fn blank_link_fields_never_bring_another_clients_data() {
    let (server, entries, _dir) = contoso_export(|s| s.blank_links = true).await;
    // The reports of half the selected runs say `"app_upload_id": ""`: nothing links to that.
    let blank_reports = entries
        .iter()
        .filter(|(name, _)| name.starts_with("data/test-reports/"))
        .filter(|(_, bytes)| {
            serde_json::from_slice::<serde_json::Value>(bytes).unwrap()["app_upload_id"] == ""
        })
        .count();
    assert!(blank_reports > 0, "the switch blanked some reports");
    let manifest = manifest(&entries);
    let unlinked = |endpoint: &str| {
        record_account(&manifest, endpoint)["excluded_because"]["has no usable link to a test run"]
            .as_u64()
            .unwrap_or(0)
    };
    assert_eq!(unlinked("testRuns"), 3);
    assert_eq!(unlinked("pipelineTests"), 2);
    assert_eq!(unlinked("fileSetFiles"), 1);
    assert_eq!(unlinked("hashFiles"), 2);
    // Not a byte of theirs was even fetched.
    let phantom = &server.dataset().phantom;
    for request in server.controls().requests() {
        for key in [
            &phantom.binary_key,
            &phantom.icon_key,
            &phantom.test_file_key,
        ] {
            assert!(!request.path.contains(key.as_str()), "{}", request.path);
        }
        assert!(!request.path.to_lowercase().contains(PhantomClient::MARKER));
    }
}

#[tokio::test]
async fn files_told_apart_only_by_the_query_string_are_all_archived() {
    let (_server, entries, _dir) =
        contoso_export(|s| s.file_addresses = FileAddresses::Query).await;
    let manifest = manifest(&entries);
    let files = manifest["apps"][0]["reconciliation"]["files"]
        .as_array()
        .unwrap();
    assert!(files
        .iter()
        .all(|f| f["address"].as_str().unwrap().ends_with("/dl")));
    // Every link is archived, or the same file by the same address or uploaded file; none
    // merely because the address without its query matched.
    for f in files {
        match f["fate"].as_str().unwrap() {
            "archived" => {}
            "same_file" => assert_ne!(f["reason"], "the same content (SHA-256)", "{f}"),
            other => panic!("{other}: {f}"),
        }
    }
}

#[tokio::test]
async fn ids_written_in_another_letter_case_still_link() {
    let (_server, plain, _a) = contoso_export(|_| {}).await;
    let (_server, upper, _b) = contoso_export(|s| s.upper_case_ids = true).await;
    let kept = |entries: &std::collections::BTreeMap<String, Vec<u8>>| -> Vec<(String, u64)> {
        let manifest = manifest(entries);
        manifest["apps"][0]["reconciliation"]["records"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["endpoint"].as_str().unwrap().to_string(),
                    r["kept"].as_u64().unwrap(),
                )
            })
            .collect()
    };
    assert_eq!(kept(&plain), kept(&upper));
    assert!(kept(&upper).iter().any(|(e, n)| e == "hashFiles" && *n > 0));
}

#[tokio::test]
async fn protocol_relative_file_links_are_fetched_from_their_own_host() {
    let (server, _entries, _dir) =
        contoso_export(|s| s.file_addresses = FileAddresses::ProtocolRelative).await;
    let requests = server.controls().requests();
    assert!(requests.iter().any(|r| r.origin == Origin::Storage));
    for r in requests {
        match r.origin {
            Origin::Storage => assert_eq!(r.token, None, "{}", r.path),
            Origin::Api => assert!(r.path.starts_with("/v0.1/"), "{}", r.path),
        }
    }
}

#[tokio::test]
async fn odd_index_links_are_listed_with_a_reason_and_never_followed() {
    let (server, entries, _dir) = contoso_export(|s| s.odd_index_links = true).await;
    let manifest = manifest(&entries);
    let not_followed = manifest["apps"][0]["links_not_followed"]
        .as_array()
        .unwrap();
    assert_eq!(not_followed.len(), 5, "{not_followed:#?}");
    assert!(not_followed
        .iter()
        .all(|l| !l["reason"].as_str().unwrap().is_empty()));
    for r in server.controls().requests() {
        assert!(!r.path.contains("/account/"), "{}", r.path);
        assert!(!r.path.contains("another-app"), "{}", r.path);
        assert!(!r.path.ends_with("/everything"), "{}", r.path);
    }
    let readme = String::from_utf8_lossy(&entries["README.html"]);
    assert!(
        readme.contains("were not followed (5)"),
        "README lists them"
    );
}

#[tokio::test]
async fn the_ledger_adds_up_and_verify_catches_what_does_not() {
    let (server, entries, dir) = contoso_export(|s| s.blank_links = true).await;
    let _ = SAMPLE_TOKEN;
    let manifest = manifest(&entries);
    let ledger = &manifest["apps"][0]["reconciliation"];
    let totals = &ledger["totals"];
    let received: u64 = ledger["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["received"].as_u64().unwrap())
        .sum();
    assert_eq!(totals["records_received"], received);
    assert_eq!(
        totals["records_received"].as_u64().unwrap(),
        totals["records_kept"].as_u64().unwrap() + totals["records_excluded"].as_u64().unwrap()
    );
    assert_eq!(
        totals["file_links"].as_u64().unwrap(),
        ["archived", "same_file", "missing_at_source", "skipped"]
            .iter()
            .map(|k| totals[*k].as_u64().unwrap())
            .sum::<u64>()
    );
    for account in ledger["records"].as_array().unwrap() {
        assert_eq!(
            account["kept_because"].as_array().unwrap().len() as u64,
            account["kept"].as_u64().unwrap()
        );
    }
    let every_run = record_account(&manifest, "testRuns")["kept_because"]
        .as_array()
        .unwrap()
        .iter()
        .all(|rule| {
            rule.as_str()
                .unwrap()
                .starts_with("id is the selected run ")
        });
    assert!(every_run);
    let readme = String::from_utf8_lossy(&entries["README.html"]);
    assert!(readme.contains("What was left out, and why"));
    assert!(readme.contains("Art. 15(4)"));
    drop(server);

    // A count changed in the manifest: the checksums still match, the account does not.
    let tampered = dir.path().join("tampered.zip");
    let mut changed = entries.clone();
    let mut edited = manifest.clone();
    edited["apps"][0]["reconciliation"]["records"][0]["excluded"] = serde_json::json!(999);
    changed.insert(
        "manifest.json".into(),
        serde_json::to_vec_pretty(&edited).unwrap(),
    );
    write_zip(&tampered, &changed);
    let report = verify(&tampered).unwrap();
    assert!(!report.is_ok());
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert!(
        report.account_problems.iter().any(|p| p.contains("999")),
        "{:?}",
        report.account_problems
    );

    // A kept record removed, with its checksum updated too: the count gives it away.
    let mut changed = entries.clone();
    let mut edited = manifest.clone();
    let path = record_account(&manifest, "testRuns")["entry"]
        .as_str()
        .unwrap()
        .to_string();
    let mut records: Vec<serde_json::Value> = serde_json::from_slice(&entries[&path]).unwrap();
    records.pop();
    let bytes = serde_json::to_vec_pretty(&records).unwrap();
    for entry in edited["entries"].as_array_mut().unwrap() {
        if entry["path"] == path.as_str() {
            use sha2::{Digest, Sha256};
            entry["bytes"] = serde_json::json!(bytes.len());
            entry["sha256"] = serde_json::json!(hex::encode(Sha256::digest(&bytes)));
        }
    }
    changed.insert(path.clone(), bytes);
    changed.insert(
        "manifest.json".into(),
        serde_json::to_vec_pretty(&edited).unwrap(),
    );
    write_zip(&tampered, &changed);
    let report = verify(&tampered).unwrap();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert!(
        report
            .account_problems
            .iter()
            .any(|p| p.contains(&path) && p.contains("records")),
        "{:?}",
        report.account_problems
    );
}

#[test]
fn verify_refuses_a_manifest_larger_than_any_real_one() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bomb.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    zip.start_file(
        "manifest.json",
        zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated),
    )
    .unwrap();
    let zeros = vec![b' '; 1024 * 1024];
    for _ in 0..=act_engine::MAX_MANIFEST_BYTES / zeros.len() as u64 {
        zip.write_all(&zeros).unwrap();
    }
    zip.finish().unwrap();
    assert!(
        std::fs::metadata(&path).unwrap().len() < 1024 * 1024,
        "small on disk"
    );
    let error = verify(&path).unwrap_err();
    assert!(error.to_string().contains("more than the"), "{error}");
}
