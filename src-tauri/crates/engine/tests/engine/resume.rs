//! Long exports that survive: an export that stopped (its connection lost for longer than the
//! retries) continues where it stopped and gives the archive an uninterrupted export gives;
//! what changed at the source in between is reported; links that expire are read anew; a
//! cancel leaves no staging behind.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use act_engine::{export, verify, ExportError, Phase, Progress, Scope, Staging};
use act_sample_server::{Fault, FaultKind, Origin, SampleServer, Target, SAMPLE_TOKEN};
use tokio_util::sync::CancellationToken;

use crate::support::{client_runs, files_under, read_zip, request, run, server};

pub fn staging(dir: &std::path::Path) -> Staging {
    Staging {
        dir: dir.join("staging"),
        service: "the sample server".into(),
        restart: false,
        resume_only: false,
    }
}

/// Entries and checksums, without README.html and manifest.json (they say when and how).
fn content(path: &std::path::Path) -> BTreeMap<String, String> {
    use sha2::{Digest, Sha256};
    read_zip(path)
        .into_iter()
        .filter(|(name, _)| name != "README.html" && name != "manifest.json")
        .map(|(name, bytes)| (name, hex::encode(Sha256::digest(&bytes))))
        .collect()
}

/// Runs an export that loses the storage for good once `stop_after` files were downloaded
/// (and, with `checkpointed`, the zip was checkpointed).
async fn stopped_export(
    server: &SampleServer,
    scope: Scope,
    dir: &std::path::Path,
    stop_after: u64,
) -> ExportError {
    stopped_export_when(server, scope, dir, stop_after, false).await
}

async fn stopped_export_when(
    server: &SampleServer,
    scope: Scope,
    dir: &std::path::Path,
    stop_after: u64,
    checkpointed: bool,
) -> ExportError {
    stopped_protected_export(server, scope, dir, stop_after, checkpointed, None).await
}

/// [`stopped_export_when`] of an archive protected with `password`.
pub async fn stopped_protected_export(
    server: &SampleServer,
    scope: Scope,
    dir: &std::path::Path,
    stop_after: u64,
    checkpointed: bool,
    password: Option<act_engine::Password>,
) -> ExportError {
    let controls = server.controls().clone();
    let stopped = Arc::new(Mutex::new(false));
    let checkpoint = dir.join("staging/checkpoint.json");
    let sink = Arc::new(move |p: &Progress| {
        let mut stopped = stopped.lock().unwrap();
        let ready = !checkpointed || checkpoint.exists();
        if p.phase == Phase::Downloading && p.items_done >= stop_after && ready && !*stopped {
            *stopped = true;
            controls.add_fault(Fault::new(
                Target::Origin(Origin::Storage),
                FaultKind::Status(503),
                u32::MAX,
            ));
        }
    });
    let mut req = request(server, 0, scope, dir.join("out.zip"));
    req.staging = Some(staging(dir));
    // Two at a time: most downloads have not begun when the storage goes away.
    req.options.parallelism = 2;
    req.options.steady = true;
    req.options.password = password;
    export(req, sink, CancellationToken::new())
        .await
        .unwrap_err()
        .error
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stopped_export_continues_where_it_stopped_and_gives_the_same_archive() {
    let server = server().await;
    // Slow enough that the zip is checkpointed (every 2 s) before the storage goes away.
    server.controls().update(|s| s.file_rate = Some(1_000_000));
    let dir = tempfile::tempdir().unwrap();
    let scope = Scope::Runs {
        run_ids: client_runs(&server, 0, "contoso-regression"),
    };
    let error = stopped_export_when(&server, scope.clone(), dir.path(), 10, true).await;
    assert_eq!(error.code(), "server", "{error}");
    let staged = dir.path().join("staging");
    assert!(staged.join("plan.json").exists(), "kept to continue");
    assert!(staged.join("checkpoint.json").exists(), "checkpointed");
    assert!(!dir.path().join("out.zip").exists());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&staged).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o700, "private");
    }
    // It never holds the token: not in the plan, not in the checkpoint, not in a part file.
    let kept = files_under(&staged);
    assert!(kept.len() >= 4, "{kept:?}");
    for file in kept {
        let bytes = std::fs::read(&file).unwrap();
        assert!(
            !bytes
                .windows(SAMPLE_TOKEN.len())
                .any(|w| w == SAMPLE_TOKEN.as_bytes()),
            "{} holds the token",
            file.display()
        );
    }

    // The storage is back: the same export continues, whatever order its runs are given in.
    server.controls().update(|s| s.faults.clear());
    server.controls().clear_requests();
    let reversed = match &scope {
        Scope::Runs { run_ids } => Scope::Runs {
            run_ids: run_ids.iter().rev().map(|id| id.to_uppercase()).collect(),
        },
        Scope::WholeApp => Scope::WholeApp,
    };
    let mut req = request(&server, 0, reversed, dir.path().join("out.zip"));
    req.staging = Some(staging(dir.path()));
    let (result, _) = run(req).await;
    let summary = result.unwrap();
    assert!(summary.resumed_from.is_some());
    assert!(!staged.exists(), "removed once done");
    let fetched_again = server
        .controls()
        .requests()
        .iter()
        .filter(|r| r.origin == Origin::Storage && r.status == 200)
        .count();
    assert!(
        fetched_again < summary.files,
        "{fetched_again} of {} files downloaded again",
        summary.files
    );
    let report = verify(&dir.path().join("out.zip")).unwrap();
    assert!(report.is_ok(), "{report:?}");

    // The same as an export that never stopped.
    let (result, _) = run(request(&server, 0, scope, dir.path().join("straight.zip"))).await;
    result.unwrap();
    assert_eq!(
        content(&dir.path().join("out.zip")),
        content(&dir.path().join("straight.zip"))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn what_changed_at_the_source_in_between_is_reported() {
    let server = server().await;
    server.controls().update(|s| s.file_rate = Some(20_000_000));
    let dir = tempfile::tempdir().unwrap();
    stopped_export(&server, Scope::WholeApp, dir.path(), 10).await;
    server.controls().update(|s| {
        s.faults.clear();
        s.deleted_runs
            .insert(server.dataset().apps[0].runs[3].id.clone());
    });
    let mut req = request(&server, 0, Scope::WholeApp, dir.path().join("out.zip"));
    req.staging = Some(staging(dir.path()));
    let (result, _) = run(req).await;
    let error = result.unwrap_err();
    assert_eq!(error.code(), "changed_at_source", "{error}");
    assert!(error.to_string().contains("the app's test runs"), "{error}");
    assert!(!dir.path().join("out.zip").exists());
    // A selected run that is gone is named.
    let dir = tempfile::tempdir().unwrap();
    let runs = client_runs(&server, 0, "fabrikam-smoke");
    let gone = server.dataset().apps[0].runs[3].id.clone();
    let mut scope_runs = runs.clone();
    scope_runs.push(gone.clone());
    let mut req = request(
        &server,
        0,
        Scope::Runs {
            run_ids: scope_runs,
        },
        dir.path().join("out.zip"),
    );
    req.staging = Some(staging(dir.path()));
    let (result, _) = run(req).await;
    let error = result.unwrap_err();
    assert_eq!(error.code(), "unknown_run");
    assert!(error.to_string().contains(&gone));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_export_in_the_same_staging_is_refused_until_restarted() {
    let server = server().await;
    server.controls().update(|s| s.file_rate = Some(20_000_000));
    let dir = tempfile::tempdir().unwrap();
    let contoso = client_runs(&server, 0, "contoso-regression");
    stopped_export(
        &server,
        Scope::Runs {
            run_ids: contoso.clone(),
        },
        dir.path(),
        5,
    )
    .await;
    server.controls().update(|s| s.faults.clear());
    let other = Scope::Runs {
        run_ids: client_runs(&server, 0, "tailspin-nightly"),
    };
    let mut req = request(&server, 0, other.clone(), dir.path().join("out.zip"));
    req.staging = Some(staging(dir.path()));
    let (result, _) = run(req).await;
    let error = result.unwrap_err();
    assert_eq!(error.code(), "unfinished_differs");
    assert!(error.to_string().contains("other test runs"), "{error}");
    assert!(dir.path().join("staging/plan.json").exists(), "left alone");
    let mut req = request(&server, 0, other, dir.path().join("out.zip"));
    req.staging = Some(Staging {
        restart: true,
        ..staging(dir.path())
    });
    let (result, _) = run(req).await;
    assert!(result.unwrap().resumed_from.is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_partial_file_is_taken_again_when_the_server_ignores_ranges() {
    let server = server().await;
    // One large file, trickling: the export stops in its middle.
    server.controls().update(|s| s.file_rate = Some(4_000_000));
    let dir = tempfile::tempdir().unwrap();
    let run0 = server.dataset().apps[0].runs[0].id.clone();
    let scope = Scope::Runs {
        run_ids: vec![run0],
    };
    stopped_export(&server, scope.clone(), dir.path(), 3).await;
    let parts: Vec<_> = std::fs::read_dir(dir.path().join("staging/downloads"))
        .unwrap()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "part"))
        .collect();
    assert!(!parts.is_empty(), "something was half downloaded");
    server.controls().update(|s| {
        s.faults.clear();
        s.file_rate = None;
        s.ignore_ranges = true;
    });
    let mut req = request(&server, 0, scope, dir.path().join("out.zip"));
    req.staging = Some(staging(dir.path()));
    let (result, _) = run(req).await;
    result.unwrap();
    assert!(verify(&dir.path().join("out.zip")).unwrap().is_ok());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn links_that_expire_during_the_export_are_read_anew() {
    let server = server().await;
    server.controls().update(|s| {
        s.link_lifetime = Some(Duration::from_secs(1));
        s.file_rate = Some(3_000_000);
    });
    let dir = tempfile::tempdir().unwrap();
    let mut req = request(
        &server,
        0,
        Scope::Runs {
            run_ids: client_runs(&server, 0, "contoso-regression"),
        },
        dir.path().join("out.zip"),
    );
    req.options.parallelism = 2;
    req.options.steady = true;
    let (result, _) = run(req).await;
    let summary = result.unwrap();
    assert_eq!(summary.missing_files, 0);
    let requests = server.controls().requests();
    let expired = requests
        .iter()
        .filter(|r| r.origin == Origin::Storage && r.status == 403)
        .count();
    assert!(expired > 0, "links expired during the export");
    let reread = requests
        .iter()
        .filter(|r| r.path.ends_with("/report") || r.path.contains("/test/export/"))
        .count();
    assert!(
        reread > 8 + 5,
        "records and reports were read again: {reread}"
    );
    let report = verify(&dir.path().join("out.zip")).unwrap();
    assert!(report.is_ok(), "{report:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cancel_leaves_no_staging_behind() {
    let server = server().await;
    server.controls().update(|s| s.file_rate = Some(2_000_000));
    let dir = tempfile::tempdir().unwrap();
    let cancel = CancellationToken::new();
    let trigger = cancel.clone();
    let sink = Arc::new(move |p: &Progress| {
        if p.phase == Phase::Downloading && p.items_done >= 3 {
            trigger.cancel();
        }
    });
    let mut req = request(&server, 0, Scope::WholeApp, dir.path().join("out.zip"));
    req.staging = Some(staging(dir.path()));
    let error = export(req, sink, cancel).await.unwrap_err();
    assert_eq!(error.code(), "cancelled");
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().collect();
    assert!(left.is_empty(), "{left:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_altered_unfinished_archive_is_not_trusted() {
    let server = server().await;
    server.controls().update(|s| s.file_rate = Some(1_000_000));
    let dir = tempfile::tempdir().unwrap();
    let scope = Scope::Runs {
        run_ids: client_runs(&server, 0, "contoso-regression"),
    };
    stopped_export_when(&server, scope.clone(), dir.path(), 10, true).await;
    // One byte of the checkpointed part of the zip changes (a disk error, a meddler).
    let partial = dir.path().join("staging/archive.partial");
    let mut bytes = std::fs::read(&partial).unwrap();
    assert!(bytes.len() > 4096, "the zip was begun");
    // In a stored (not compressed) file's bytes, where only the entry's CRC-32 can tell.
    let checkpoint: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("staging/checkpoint.json")).unwrap())
            .unwrap();
    let cd_offset = usize::try_from(checkpoint["cd_offset"].as_u64().unwrap()).unwrap();
    let stored = {
        // The zip as the checkpoint saw it: its entries, then its central directory.
        let mut view = bytes[..cd_offset].to_vec();
        view.extend(std::fs::read(dir.path().join("staging/checkpoint.cd")).unwrap());
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(view)).unwrap();
        let names: Vec<String> = zip.file_names().map(|n| n.unwrap().into_owned()).collect();
        names
            .into_iter()
            .find_map(|name| {
                let entry = zip.by_name(&name).unwrap();
                (entry.compression() == zip::CompressionMethod::Stored && entry.size() > 1000)
                    .then(|| entry.data_start().unwrap() + entry.size() / 2)
            })
            .expect("a stored file was checkpointed")
    };
    bytes[usize::try_from(stored).unwrap()] ^= 0x01;
    std::fs::write(&partial, bytes).unwrap();

    server.controls().update(|s| s.faults.clear());
    let mut req = request(&server, 0, scope.clone(), dir.path().join("out.zip"));
    req.staging = Some(staging(dir.path()));
    let (result, _) = run(req).await;
    result.unwrap();
    let report = verify(&dir.path().join("out.zip")).unwrap();
    assert!(report.is_ok(), "{report:?}");
    let (result, _) = run(request(&server, 0, scope, dir.path().join("straight.zip"))).await;
    result.unwrap();
    assert_eq!(
        content(&dir.path().join("out.zip")),
        content(&dir.path().join("straight.zip")),
        "the altered entry was taken again"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn finished_downloads_are_not_fetched_again_unless_their_bytes_changed() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let scope = Scope::Runs {
        run_ids: client_runs(&server, 0, "contoso-regression"),
    };
    stopped_export(&server, scope.clone(), dir.path(), 4).await;
    // Downloads that finished but were not in the archive yet, with the checksum they had.
    let downloads = dir.path().join("staging/downloads");
    let mut finished: Vec<(std::path::PathBuf, String)> = std::fs::read_dir(&downloads)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter_map(|p| {
            let info: serde_json::Value =
                serde_json::from_slice(&std::fs::read(&p).unwrap()).unwrap();
            info["complete"].as_str()?;
            let address = info["address"].as_str()?;
            let (_, after_scheme) = address.split_once("://")?;
            let path = &after_scheme[after_scheme.find('/')?..];
            Some((p.with_extension("part"), path.to_string()))
        })
        .collect();
    finished.sort();
    assert!(finished.len() >= 2, "{finished:?}");
    // One of them changed on disk since: it is downloaded again.
    let (changed, changed_path) = finished.pop().unwrap();
    let mut bytes = std::fs::read(&changed).unwrap();
    bytes[0] ^= 0x01;
    std::fs::write(&changed, bytes).unwrap();

    server.controls().update(|s| s.faults.clear());
    server.controls().clear_requests();
    let mut req = request(&server, 0, scope.clone(), dir.path().join("out.zip"));
    req.staging = Some(staging(dir.path()));
    let (result, _) = run(req).await;
    result.unwrap();
    let fetched: Vec<String> = server
        .controls()
        .requests()
        .into_iter()
        .filter(|r| r.origin == Origin::Storage)
        .map(|r| r.path)
        .collect();
    for (_, path) in &finished {
        assert!(!fetched.contains(path), "{path} was fetched again");
    }
    assert!(fetched.contains(&changed_path), "the changed one was not");
    let report = verify(&dir.path().join("out.zip")).unwrap();
    assert!(report.is_ok(), "{report:?}");
    let (result, _) = run(request(&server, 0, scope, dir.path().join("straight.zip"))).await;
    result.unwrap();
    assert_eq!(
        content(&dir.path().join("out.zip")),
        content(&dir.path().join("straight.zip"))
    );
}
