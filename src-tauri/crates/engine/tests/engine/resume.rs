//! Long exports that survive: an export that stopped (its connection lost for longer than the
//! retries) continues where it stopped, fetches no file twice and gives the archive an
//! uninterrupted export gives; what changed at the source in between is reported; links that
//! expire are read anew; a cancel leaves no staging behind; checkpoints come as often as asked.
//!
//! Every stop is decided by the sample server's counters (the storage fails once it has
//! served N files; a file is held until the test lets it go), never by how fast this machine
//! is.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use act_engine::{
    export, verify, BegunAnew, ExportError, ExportOptions, ExportRequest, Progress, Scope, Staging,
};
use act_sample_server::{Hold, Origin, SampleServer, SAMPLE_TOKEN};
use act_test_support::{until, wait_for};
use tokio_util::sync::CancellationToken;

use crate::support::{client_runs, content, file_keys_of_run, files_under, request, run, server};

pub fn staging(dir: &Path) -> Staging {
    Staging {
        dir: dir.join("staging"),
        service: "the sample server".into(),
        restart: false,
        resume_only: false,
    }
}

/// A staged export of `scope` of app 0 into `dir/out.zip`, checkpointed after every entry.
pub fn staged_request(server: &SampleServer, scope: Scope, dir: &Path) -> ExportRequest {
    let mut req = request(server, 0, scope, dir.join("out.zip"));
    req.staging = Some(staging(dir));
    req.options.checkpoint_every = Duration::ZERO;
    req
}

/// Runs `req` against a storage that fails for good (503) once it has served `files` file
/// bodies, one download at a time: every file begun before the stop is complete and in the
/// zip (checkpointed, when a checkpoint follows every entry), none after it has begun.
pub async fn stopped(server: &SampleServer, mut req: ExportRequest, files: u64) -> ExportError {
    server.controls().storage_fails_after(files);
    req.options.parallelism = 1;
    req.options.steady = true;
    let (result, _) = run(req).await;
    let failure = result.unwrap_err();
    assert_eq!(failure.code(), "server", "{failure}");
    assert!(failure.resumable, "what was done is kept");
    failure.error
}

/// [`stopped`] for a staged export of `scope` of app 0.
async fn stopped_export(server: &SampleServer, scope: Scope, dir: &Path, files: u64) {
    stopped(server, staged_request(server, scope, dir), files).await;
}

/// How many planned files a staging folder's checkpoint knows the outcome of (none without a
/// checkpoint).
fn settled_in_checkpoint(dir: &Path) -> usize {
    std::fs::read(dir.join("staging/checkpoint.json"))
        .ok()
        .map_or(0, |bytes| {
            let checkpoint: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
            checkpoint["outcomes"].as_object().unwrap().len()
        })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stopped_export_continues_where_it_stopped_and_gives_the_same_archive() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let scope = Scope::Runs {
        run_ids: client_runs(&server, 0, "contoso-regression"),
    };
    stopped_export(&server, scope.clone(), dir.path(), 10).await;
    let staged = dir.path().join("staging");
    assert!(staged.join("plan.json").exists(), "kept to continue");
    assert_eq!(settled_in_checkpoint(dir.path()), 10, "checkpointed");
    assert!(!dir.path().join("out.zip").exists());
    let before = server.controls().files_served();
    assert_eq!(before.values().sum::<u64>(), 10, "{before:?}");
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
    server.controls().storage_recovers();
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
    // No file was fetched twice: the ten of the first run not again, every other one once.
    let served = server.controls().files_served();
    assert!(served.len() > before.len(), "the rest was fetched");
    assert!(served.len() >= summary.files, "{served:?}");
    for (key, times) in &served {
        assert_eq!(*times, 1, "{key} was fetched {times} times");
    }
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
async fn checkpoints_follow_every_entry_or_the_last_write_within_the_interval() {
    assert_eq!(
        ExportOptions::default().checkpoint_every,
        Duration::from_secs(2)
    );
    let server = server().await;
    let scope = Scope::Runs {
        run_ids: client_runs(&server, 0, "contoso-regression"),
    };
    // One download at a time, the third held for as long as the test likes: the first two
    // are in the zip, and the writer waits for the third. A checkpoint covers both: at once
    // with an interval of zero, within the interval of the last write otherwise (the writer
    // does not wait for the next entry to checkpoint). With a long interval, there is none
    // yet: a checkpoint costs more the more the zip holds, and is not taken at every pause.
    for (every, checkpointed) in [
        (Duration::ZERO, true),
        (Duration::from_millis(300), true),
        (Duration::from_secs(3600), false),
    ] {
        let dir = tempfile::tempdir().unwrap();
        server.controls().hold(Hold::storage_file(3));
        let mut req = staged_request(&server, scope.clone(), dir.path());
        req.options.parallelism = 1;
        req.options.steady = true;
        req.options.checkpoint_every = every;
        let cancel = CancellationToken::new();
        let exporting = tokio::spawn(export(req, Arc::new(|_: &Progress| {}), cancel.clone()));
        until("the third file is held", server.controls().held()).await;
        if checkpointed {
            wait_for("a checkpoint covers the first two files", || {
                settled_in_checkpoint(dir.path()) == 2
            })
            .await;
        } else {
            assert!(dir.path().join("staging/archive.partial").exists());
            assert!(
                !dir.path().join("staging/checkpoint.json").exists(),
                "no checkpoint before its interval"
            );
        }
        cancel.cancel();
        let error = until("the export is cancelled", exporting)
            .await
            .unwrap()
            .unwrap_err();
        assert_eq!(error.code(), "cancelled", "{every:?}");
        server.controls().release();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn what_changed_at_the_source_in_between_is_reported() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    stopped_export(&server, Scope::WholeApp, dir.path(), 10).await;
    server.controls().storage_recovers();
    server.controls().update(|s| {
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
    server.controls().storage_recovers();
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
    let dir = tempfile::tempdir().unwrap();
    let run0 = server.dataset().apps[0].runs[0].id.clone();
    let large = file_keys_of_run(&server, 0, &run0)
        .into_iter()
        .max_by_key(|key| server.dataset().files[key].size)
        .unwrap();
    let size = server.dataset().files[&large].size;
    let scope = Scope::Runs {
        run_ids: vec![run0],
    };
    // The export stops in the middle of the run's largest file: it is held after its first
    // part, the storage fails, and its connection breaks off.
    server.controls().hold(Hold::storage_path(large.clone()));
    let mut req = staged_request(&server, scope.clone(), dir.path());
    req.options.parallelism = 1;
    req.options.steady = true;
    let exporting = tokio::spawn(run(req));
    until("the large file is held", server.controls().held()).await;
    // Its download began and holds the part the storage sent before it was held.
    let downloads = dir.path().join("staging/downloads");
    let part_of_large = || {
        std::fs::read_dir(&downloads)
            .ok()?
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .find(|p| {
                std::fs::read_to_string(p)
                    .ok()
                    .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
                    .is_some_and(|info| info["address"].as_str().unwrap().contains(&large))
            })
            .map(|info| info.with_extension("part"))
    };
    let part_length = || {
        part_of_large()
            .and_then(|part| std::fs::metadata(part).ok())
            .map_or(0, |m| m.len())
    };
    wait_for("the large file's first part is in its part file", || {
        part_length() > 0
    })
    .await;
    server.controls().storage_fails_after(0);
    server.controls().cut();
    let (result, _) = until("the export stops", exporting).await.unwrap();
    assert_eq!(result.unwrap_err().code(), "server");
    let held = part_length();
    assert!(
        held > 0 && held < size,
        "half downloaded: {held} of {size} bytes"
    );
    assert_eq!(server.controls().times_served(&large), 1);

    server.controls().storage_recovers();
    server.controls().update(|s| s.ignore_ranges = true);
    let mut req = request(&server, 0, scope, dir.path().join("out.zip"));
    req.staging = Some(staging(dir.path()));
    let (result, _) = run(req).await;
    result.unwrap();
    assert!(verify(&dir.path().join("out.zip")).unwrap().is_ok());
    // The large file came again whole (the storage ignores Range now); every other file once.
    assert_eq!(server.controls().times_served(&large), 2);
    let served = server.controls().files_served();
    for (key, times) in served.iter().filter(|(key, _)| **key != large) {
        assert_eq!(*times, 1, "{key} was fetched {times} times");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn links_that_expire_during_the_export_are_read_anew() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let mut req = request(
        &server,
        0,
        Scope::Runs {
            run_ids: client_runs(&server, 0, "contoso-regression"),
        },
        dir.path().join("out.zip"),
    );
    // One download at a time; while the third is held, every link handed out expires: the
    // files after it are asked for with expired links.
    req.options.parallelism = 1;
    req.options.steady = true;
    server.controls().hold(Hold::storage_file(3));
    let exporting = tokio::spawn(run(req));
    until("the third file is held", server.controls().held()).await;
    server.controls().expire_links();
    server.controls().release();
    let (result, _) = until("the export ends", exporting).await.unwrap();
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
    let dir = tempfile::tempdir().unwrap();
    // Cancelled while the third file is held for ever.
    server.controls().hold(Hold::storage_file(3));
    let cancel = CancellationToken::new();
    let req = staged_request(&server, Scope::WholeApp, dir.path());
    let exporting = tokio::spawn(export(req, Arc::new(|_: &Progress| {}), cancel.clone()));
    until("the third file is held", server.controls().held()).await;
    cancel.cancel();
    let error = until("the export is cancelled", exporting)
        .await
        .unwrap()
        .unwrap_err();
    assert_eq!(error.code(), "cancelled");
    assert_eq!(
        server.controls().holding(),
        1,
        "the cancel did not wait for it"
    );
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().collect();
    assert!(left.is_empty(), "{left:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_altered_unfinished_archive_is_not_trusted() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let scope = Scope::Runs {
        run_ids: client_runs(&server, 0, "contoso-regression"),
    };
    stopped_export(&server, scope.clone(), dir.path(), 10).await;
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

    server.controls().storage_recovers();
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
    // Never checkpointed: the files downloaded before the stop stay in the staging folder,
    // complete, and the zip is begun anew.
    let mut req = staged_request(&server, scope.clone(), dir.path());
    req.options.checkpoint_every = Duration::from_secs(24 * 3600);
    stopped(&server, req, 4).await;
    assert!(!dir.path().join("staging/checkpoint.json").exists());
    // Downloads that finished but were not in a checkpoint yet, with the checksum they had.
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

    server.controls().storage_recovers();
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unfinished_export_continued_with_another_account_is_begun_anew_and_says_so() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let scope = Scope::Runs {
        run_ids: client_runs(&server, 0, "contoso-regression"),
    };
    stopped_export(&server, scope.clone(), dir.path(), 10).await;
    assert_eq!(settled_in_checkpoint(dir.path()), 10, "ten files kept");
    server.controls().storage_recovers();
    // A colleague's token: the same runs, another App Center account.
    server
        .controls()
        .update(|s| s.another_user = Some("a-colleague".into()));
    let before = server.controls().files_served();
    let (result, _) = run(staged_request(&server, scope, dir.path())).await;
    let summary = result.unwrap();
    assert_eq!(summary.begun_anew, Some(BegunAnew::OtherAccount));
    assert!(
        summary.resumed_from.is_none(),
        "nothing of the first was continued"
    );
    let fetched: u64 = server
        .controls()
        .files_served()
        .iter()
        .map(|(key, n)| n - before.get(key).copied().unwrap_or(0))
        .sum();
    assert!(
        fetched >= summary.files as u64,
        "every file fetched again with this account: {fetched} of {}",
        summary.files
    );
    assert!(verify(&dir.path().join("out.zip")).unwrap().is_ok());
}
