//! What the engine's tests share besides `act-test-support`: requests for the sample server,
//! and readers of archives.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};

use act_engine::{export, ExportFailure, ExportRequest, ExportSummary, Progress};
use act_sample_server::SampleServer;
pub use act_test_support::{client_runs, content, files_under, read_zip, request, server, Mount};
use tokio_util::sync::CancellationToken;

/// The keys of the files a run of app `app_index` names (its records' and its report's).
pub fn file_keys_of_run(server: &SampleServer, app_index: usize, run_id: &str) -> Vec<String> {
    let app = &server.dataset().apps[app_index];
    let run = app.runs.iter().find(|r| r.id == run_id).unwrap();
    let hash_key = |id: &str| {
        app.hash_files
            .iter()
            .find(|h| h.id == id)
            .unwrap()
            .key
            .clone()
    };
    let mut keys = vec![hash_key(&run.app_hash_file_id), run.icon_key.clone()];
    keys.extend(run.dsym_hash_file_id.iter().map(|id| hash_key(id)));
    keys.extend(run.file_set.iter().map(|f| hash_key(&f.hash_file_id)));
    keys.extend(run.artifacts.iter().map(|(_, k)| k.clone()));
    keys.extend(
        run.device_logs
            .iter()
            .flat_map(|(_, a, b)| [a.clone(), b.clone()]),
    );
    keys.sort();
    keys.dedup();
    keys
}

/// Runs an export, collecting its progress reports.
pub async fn run(request: ExportRequest) -> (Result<ExportSummary, ExportFailure>, Vec<Progress>) {
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

/// The manifest of an archive's entries.
pub fn manifest(entries: &BTreeMap<String, Vec<u8>>) -> serde_json::Value {
    serde_json::from_slice(&entries["manifest.json"]).unwrap()
}

/// Writes `entries` as a new zip at `path` (to tamper with an archive).
pub fn write_zip(path: &Path, entries: &BTreeMap<String, Vec<u8>>) {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    for (name, bytes) in entries {
        zip.start_file(name.as_str(), zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
}

/// What is in `dir` besides `allowed`.
pub fn dir_is_empty_but(dir: &Path, allowed: &[&str]) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !allowed.contains(&n.as_str()))
        .collect()
}

/// True when `name` runs here.
pub fn tool(name: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {name}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// What [`assert_exactly_theirs`] found.
pub struct Theirs {
    /// The client's distinct files (each archived once).
    pub files: usize,
}

/// The SHA-256 of the bytes the sample server serves for a file key.
pub fn served_sha256(server: &SampleServer, key: &str) -> String {
    use sha2::{Digest, Sha256};
    let data = &server.dataset().files[key];
    let mut hasher = Sha256::new();
    for piece in act_sample_server::content::chunks(
        act_sample_server::content::seed_of(key),
        data.kind,
        data.size,
    ) {
        hasher.update(&piece);
    }
    hex::encode(hasher.finalize())
}

/// The archive of runs `ids` of app `app_index` holds every run, report and file of theirs,
/// with the bytes served, and nothing of anyone else's: no id, upload id, file id, file key,
/// file name, series or client name of another client, and nothing of the phantom client
/// (compared without regard to case: ids may come in either).
pub fn assert_exactly_theirs(
    server: &SampleServer,
    app_index: usize,
    ids: &[String],
    entries: &BTreeMap<String, Vec<u8>>,
) -> Theirs {
    let app = &server.dataset().apps[app_index];
    let mine: Vec<_> = app.runs.iter().filter(|r| ids.contains(&r.id)).collect();
    let others: Vec<_> = app.runs.iter().filter(|r| !ids.contains(&r.id)).collect();
    for run in &mine {
        assert!(
            entries.contains_key(&format!("data/test-runs/{}.json", run.id)),
            "run {}",
            run.id
        );
        assert!(entries.contains_key(&format!("data/test-reports/{}.json", run.id)));
    }
    let hash_key = |id: &str| {
        app.hash_files
            .iter()
            .find(|h| h.id == id)
            .unwrap()
            .key
            .clone()
    };
    let mut expected: Vec<String> = Vec::new();
    for run in &mine {
        expected.push(hash_key(&run.app_hash_file_id));
        expected.extend(run.dsym_hash_file_id.iter().map(|id| hash_key(id)));
        expected.push(run.icon_key.clone());
        expected.extend(run.file_set.iter().map(|f| hash_key(&f.hash_file_id)));
        expected.extend(run.artifacts.iter().map(|(_, k)| k.clone()));
        expected.extend(
            run.device_logs
                .iter()
                .flat_map(|(_, a, b)| [a.clone(), b.clone()]),
        );
    }
    expected.sort();
    expected.dedup();
    let manifest = manifest(entries);
    let files: Vec<&serde_json::Value> = manifest["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["source_url"].is_string())
        .collect();
    assert_eq!(files.len(), expected.len(), "every file of theirs, once");
    for key in &expected {
        let sha = served_sha256(server, key);
        let entry = files
            .iter()
            .find(|e| e["sha256"] == sha.as_str())
            .unwrap_or_else(|| panic!("the file {key} is not in the archive"));
        let bytes = &entries[entry["path"].as_str().unwrap()];
        use sha2::{Digest, Sha256};
        assert_eq!(hex::encode(Sha256::digest(bytes)), sha, "{key}");
    }

    let mut forbidden: Vec<String> = vec![act_sample_server::PhantomClient::MARKER.to_string()];
    for run in &others {
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
                .chain(r.dsym_hash_file_id.iter().map(String::as_str))
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
    let forbidden: Vec<String> = forbidden.iter().map(|w| w.to_lowercase()).collect();
    let phantom = &server.dataset().phantom;
    let phantom_shas: Vec<String> = [
        &phantom.binary_key,
        &phantom.symbols_key,
        &phantom.icon_key,
        &phantom.test_file_key,
    ]
    .iter()
    .map(|k| served_sha256(server, k))
    .collect();
    for (name, bytes) in entries {
        let lower_name = name.to_lowercase();
        for word in &forbidden {
            assert!(
                !lower_name.contains(word.as_str()),
                "entry name {name} contains {word}"
            );
        }
        if name.ends_with(".json") || name.ends_with(".html") {
            let text = String::from_utf8_lossy(bytes).to_lowercase();
            for word in &forbidden {
                assert!(!text.contains(word.as_str()), "{name} contains {word}");
            }
        }
        use sha2::{Digest, Sha256};
        let sha = hex::encode(Sha256::digest(bytes));
        assert!(
            !phantom_shas.contains(&sha),
            "{name} is a file of another client"
        );
    }
    Theirs {
        files: expected.len(),
    }
}

/// The ledger's account of one endpoint's records.
pub fn record_account<'a>(
    manifest: &'a serde_json::Value,
    endpoint: &str,
) -> &'a serde_json::Value {
    manifest["apps"][0]["reconciliation"]["records"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["endpoint"] == endpoint)
        .unwrap_or_else(|| panic!("no account of {endpoint}"))
}
