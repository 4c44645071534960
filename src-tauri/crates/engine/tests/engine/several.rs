//! One archive for a request whose client has runs in several apps: each app's data in its own
//! folder, one manifest with each app's account, nothing of another client in any of them, and
//! the same export continued after a stop gives the same archive.

use std::collections::BTreeMap;
use std::time::Duration;

use act_engine::{verify, AppScope, ExportRequest, Scope};
use act_sample_server::SampleServer;

use crate::resume::{staging, stopped};
use crate::support::{
    assert_exactly_theirs, client_runs, file_keys_of_run, manifest, read_zip, request, run, server,
};

const CONTOSO: &str = "contoso-regression";

/// Contoso's runs in FieldMate for iOS and FieldMate for Android (named in that order, and
/// each run id in capitals for the iOS app: the engine sorts and matches them).
fn contoso_request(server: &SampleServer, out: std::path::PathBuf) -> ExportRequest {
    let mut req = request(
        server,
        1,
        Scope::Runs {
            run_ids: client_runs(server, 1, CONTOSO)
                .iter()
                .map(|id| id.to_uppercase())
                .collect(),
        },
        out,
    );
    let android = request(
        server,
        0,
        Scope::Runs {
            run_ids: client_runs(server, 0, CONTOSO),
        },
        req.destination.clone(),
    );
    req.apps.extend(android.apps);
    req
}

/// App `index`'s part of the archive as a one-app archive would hold it (its folder's entries
/// without the folder, a manifest of only its entries), beside every other entry under its own
/// name: the promise checks its files and that nothing anywhere names another client.
fn as_one_app(entries: &BTreeMap<String, Vec<u8>>, folder: &str) -> BTreeMap<String, Vec<u8>> {
    let mut view: BTreeMap<String, Vec<u8>> = entries
        .iter()
        .map(|(name, bytes)| {
            let name = name
                .strip_prefix(folder)
                .map_or(name.clone(), |n| n.to_string());
            (name, bytes.clone())
        })
        .collect();
    let mut manifest = manifest(entries);
    let mine: Vec<serde_json::Value> = manifest["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| {
            let path = e["path"].as_str().unwrap().strip_prefix(folder)?;
            let mut e = e.clone();
            e["path"] = serde_json::json!(path);
            Some(e)
        })
        .collect();
    manifest["entries"] = serde_json::Value::Array(mine);
    view.insert(
        "the-whole-manifest.json".into(),
        entries["manifest.json"].clone(),
    );
    view.insert(
        "manifest.json".into(),
        serde_json::to_vec(&manifest).unwrap(),
    );
    view
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_archive_holds_the_clients_runs_of_every_app_and_nothing_else() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("contoso.zip");
    let (result, progress) = run(contoso_request(&server, out.clone())).await;
    let summary = result.unwrap();
    let android = client_runs(&server, 0, CONTOSO);
    let ios = client_runs(&server, 1, CONTOSO);
    assert_eq!(summary.apps, 2);
    assert_eq!(summary.runs, android.len() + ios.len());
    // Each app's runs, in the archive's order.
    let each: Vec<(&str, &str, usize)> = summary
        .each_app
        .iter()
        .map(|a| (a.app.as_str(), a.display_name.as_str(), a.runs))
        .collect();
    assert_eq!(
        each,
        [
            ("fieldmate-android", "FieldMate for Android", android.len()),
            ("fieldmate-ios", "FieldMate for iOS", ios.len()),
        ]
    );
    assert_eq!(
        act_engine::runs_in_each(&summary.each_app),
        format!(
            "{} in FieldMate for Android, {} in FieldMate for iOS",
            android.len(),
            ios.len()
        )
    );
    // Progress names the app being read.
    assert!(progress
        .iter()
        .any(|p| p.app.as_deref() == Some("FieldMate for iOS, app 2 of 2")));

    let entries = read_zip(&out);
    // Nothing at the top but the README and the manifest: each app in its own folder.
    for name in entries.keys() {
        assert!(
            name == "README.html"
                || name == "manifest.json"
                || name.starts_with("apps/northwind-qa/fieldmate-android/")
                || name.starts_with("apps/northwind-qa/fieldmate-ios/"),
            "{name}"
        );
    }
    let android_view = as_one_app(&entries, "apps/northwind-qa/fieldmate-android/");
    let ios_view = as_one_app(&entries, "apps/northwind-qa/fieldmate-ios/");
    let theirs_android = assert_exactly_theirs(&server, 0, &android, &android_view);
    let theirs_ios = assert_exactly_theirs(&server, 1, &ios, &ios_view);
    assert_eq!(summary.files, theirs_android.files + theirs_ios.files);

    // One manifest, one section per app (sorted by owner and name), each with its account.
    let manifest = manifest(&entries);
    assert_eq!(manifest["format"], "act-export-manifest/3");
    let apps = manifest["apps"].as_array().unwrap();
    assert_eq!(apps.len(), 2);
    assert_eq!(apps[0]["name"], "fieldmate-android");
    assert_eq!(apps[0]["folder"], "apps/northwind-qa/fieldmate-android/");
    assert_eq!(apps[1]["display_name"], "FieldMate for iOS");
    for (app, ids) in apps.iter().zip([&android, &ios]) {
        let account = &app["reconciliation"];
        assert_eq!(account["runs"]["exported"], ids.len());
        assert!(account["totals"]["records_excluded"].as_u64().unwrap() > 0);
        for file in account["files"].as_array().unwrap() {
            if let Some(path) = file["path"].as_str() {
                assert!(path.starts_with(app["folder"].as_str().unwrap()), "{path}");
            }
        }
    }
    let report = verify(&out).unwrap();
    assert!(report.is_ok(), "{report:?}");

    // README names both apps and has a table of runs for each.
    let readme = String::from_utf8(entries["README.html"].clone()).unwrap();
    for needed in [
        "the apps <strong>FieldMate for Android</strong>",
        "<strong>FieldMate for iOS</strong> (<code>northwind-qa/fieldmate-ios</code>)",
        &format!(
            "FieldMate for iOS (<code>northwind-qa/fieldmate-ios</code>): {} test runs",
            ios.len()
        ),
        "<code>apps/northwind-qa/fieldmate-android/</code>",
    ] {
        assert!(readme.contains(needed), "{needed}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_app_named_twice_is_one_app_and_an_account_of_another_app_fails_verify() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("one.zip");
    let android = client_runs(&server, 0, CONTOSO);
    let (first, rest) = android.split_at(3);
    let mut req = request(
        &server,
        0,
        Scope::Runs {
            run_ids: first.to_vec(),
        },
        out.clone(),
    );
    let mut again = req.apps[0].clone();
    again.app.app = again.app.app.to_uppercase();
    again.scope = Scope::Runs {
        run_ids: rest.to_vec(),
    };
    req.apps.push(again);
    let summary = run(req).await.0.unwrap();
    assert_eq!((summary.apps, summary.runs), (1, android.len()));
    let entries = read_zip(&out);
    assert!(entries.contains_key(&format!("data/test-runs/{}.json", android[0])));

    // An archive of two apps whose first app's account claims the second app's files fails.
    let out = dir.path().join("two.zip");
    run(contoso_request(&server, out.clone())).await.0.unwrap();
    let mut entries = read_zip(&out);
    let mut manifest = manifest(&entries);
    manifest["apps"][0]["folder"] = serde_json::json!("apps/northwind-qa/fieldmate-ios/");
    entries.insert(
        "manifest.json".into(),
        serde_json::to_vec(&manifest).unwrap(),
    );
    let tampered = dir.path().join("tampered.zip");
    crate::support::write_zip(&tampered, &entries);
    let report = verify(&tampered).unwrap();
    assert!(
        report
            .account_problems
            .iter()
            .any(|p| p.starts_with("northwind-qa/fieldmate-android: ")),
        "{report:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stopped_export_of_two_apps_continues_to_the_same_archive() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    // The storage fails past the first app's files (FieldMate for Android comes first), each
    // checkpointed as it is archived.
    let mut android_files: Vec<String> = client_runs(&server, 0, CONTOSO)
        .iter()
        .flat_map(|run| file_keys_of_run(&server, 0, run))
        .collect();
    android_files.sort();
    android_files.dedup();
    let mut req = contoso_request(&server, dir.path().join("out.zip"));
    req.staging = Some(staging(dir.path()));
    req.options.checkpoint_every = Duration::ZERO;
    stopped(&server, req, android_files.len() as u64 + 3).await;
    assert!(dir.path().join("staging/plan.json").exists());
    let checkpoint: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("staging/checkpoint.json")).unwrap())
            .unwrap();
    assert!(
        checkpoint["entries"].as_array().unwrap().iter().any(|e| {
            e["source_url"].is_string()
                && e["path"]
                    .as_str()
                    .unwrap()
                    .starts_with("apps/northwind-qa/fieldmate-ios/")
        }),
        "files of the second app were archived before the stop"
    );

    server.controls().storage_recovers();
    // The same request with its apps the other way round is the same export.
    let mut req = contoso_request(&server, dir.path().join("out.zip"));
    req.apps.reverse();
    req.staging = Some(staging(dir.path()));
    let summary = run(req).await.0.unwrap();
    assert!(summary.resumed_from.is_some());
    assert!(verify(&dir.path().join("out.zip")).unwrap().is_ok());
    // No file was fetched twice.
    for (key, times) in server.controls().files_served() {
        assert_eq!(times, 1, "{key} was fetched {times} times");
    }

    let (result, _) = run(contoso_request(&server, dir.path().join("straight.zip"))).await;
    result.unwrap();
    let content = |name: &str| -> BTreeMap<String, Vec<u8>> {
        read_zip(&dir.path().join(name))
            .into_iter()
            .filter(|(n, _)| n != "README.html" && n != "manifest.json")
            .collect()
    };
    assert_eq!(content("out.zip"), content("straight.zip"));
}

#[test]
fn the_same_app_twice_merges_and_apps_sort() {
    let app = |owner: &str, name: &str, runs: Option<&[&str]>| {
        AppScope::new(
            act_api::AppRef {
                owner: owner.into(),
                app: name.into(),
            },
            match runs {
                None => Scope::WholeApp,
                Some(ids) => Scope::Runs {
                    run_ids: ids.iter().map(|s| s.to_string()).collect(),
                },
            },
        )
    };
    let merged = act_engine::merge_apps(vec![
        app("o", "b", Some(&["1"])),
        app("o", "a", Some(&["2"])),
        app("O", "B", Some(&["3"])),
        app("o", "c", Some(&["4"])),
        app("o", "C", None),
    ]);
    assert_eq!(
        merged,
        vec![
            app("o", "a", Some(&["2"])),
            app("o", "b", Some(&["1", "3"])),
            app("o", "c", None),
        ]
    );
}
