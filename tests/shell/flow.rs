//! The shell's flow, as the screens drive it, without a window: plain calls on an `AppState`
//! with its own temporary cache folder.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use act_engine::{Phase, Progress};
use act_export_desktop::cache::InstanceCache;
use act_export_desktop::error::Code;
use act_export_desktop::exports;
use act_export_desktop::page::{AskApp, ExportAsk, ExportDone};
use act_export_desktop::session;
use act_export_desktop::state::AppState;
use act_sample_server::{SampleServer, ServerConfig, SAMPLE_TOKEN};

pub struct Shell {
    pub state: Arc<AppState>,
    _root: tempfile::TempDir,
}

pub fn shell() -> Shell {
    let root = tempfile::tempdir().unwrap();
    let state = AppState::new(
        InstanceCache::claim(root.path()).unwrap(),
        root.path(),
        &root.path().join("witness"),
    );
    Shell {
        state: Arc::new(state),
        _root: root,
    }
}

/// A shell connected to `server` with the sample token.
pub async fn connected_shell(server: &SampleServer) -> Shell {
    let shell = shell();
    session::connect(&shell.state, SAMPLE_TOKEN.into(), server.api_url(), false)
        .await
        .unwrap();
    shell
}

/// Every file under `dir`.
pub fn files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .flat_map(|e| {
            if e.path().is_dir() {
                files(&e.path())
            } else {
                vec![e.path()]
            }
        })
        .collect()
}

pub fn contoso_runs(server_runs: &[act_sample_server::data::RunData]) -> Vec<String> {
    server_runs
        .iter()
        .filter(|r| r.series == "contoso-regression")
        .map(|r| r.id.clone())
        .collect()
}

/// An export of `run_ids` of FieldMate for Android, for the request `reference` (or none).
pub fn contoso_ask(run_ids: Vec<String>, reference: Option<&str>) -> ExportAsk {
    ExportAsk {
        apps: vec![AskApp {
            owner: "northwind-qa".into(),
            app: "fieldmate-android".into(),
            run_ids: Some(run_ids),
        }],
        subject: None,
        reference: reference.map(str::to_string),
        password: None,
    }
}

type Seen = Arc<Mutex<Vec<Progress>>>;

fn start_in_background(
    state: &Arc<AppState>,
    run_ids: Vec<String>,
) -> (
    tokio::task::JoinHandle<Result<ExportDone, act_export_desktop::error::AppError>>,
    Seen,
) {
    let seen: Seen = Arc::default();
    let sink = seen.clone();
    let state = state.clone();
    let task = tokio::spawn(async move {
        exports::start(&state, contoso_ask(run_ids, None), move |p| {
            sink.lock().unwrap().push(p.clone())
        })
        .await
    });
    (task, seen)
}

async fn wait_until(what: &str, ok: impl Fn() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !ok() {
        assert!(Instant::now() < deadline, "timed out waiting until {what}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// A sample server whose files trickle, so that an export stays in its download phase.
pub async fn slow_server() -> SampleServer {
    let server = SampleServer::start(ServerConfig::default()).await.unwrap();
    server.controls().update(|s| s.file_rate = Some(1_000_000));
    server
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connect_sample_list_export_save_and_discard() {
    let shell = shell();
    let state = &shell.state;
    let greeting = session::connect_sample(state).await.unwrap();
    assert!(greeting.sample);
    let base = state.session().unwrap().base_url.to_string();
    assert!(
        base.starts_with("http://127.0.0.1:"),
        "the sample token goes to the sample server only: {base}"
    );
    assert_eq!(session::list_apps(state).await.unwrap().len(), 3);
    let runs = session::list_runs(state, "northwind-qa".into(), "fieldmate-android".into())
        .await
        .unwrap();
    assert_eq!(runs.len(), 24);
    let ids: Vec<String> = runs
        .iter()
        .filter(|r| r.test_series == "contoso-regression")
        .map(|r| r.id.clone())
        .collect();
    let (task, seen) = start_in_background(state, ids);
    let done = task.await.unwrap().unwrap();
    assert_eq!(done.runs, 8);
    assert!(seen.lock().unwrap().iter().any(|p| p.phase == Phase::Done));
    let cached = state.archive().unwrap();
    assert!(cached.path.starts_with(state.cache_dir()));

    let out = tempfile::tempdir().unwrap();
    let destination = out.path().join("a folder, with commas/contoso.zip");
    std::fs::create_dir_all(destination.parent().unwrap()).unwrap();
    let saved = exports::save_to(state, &destination).await.unwrap();
    assert_eq!(Path::new(&saved.path), destination);
    assert!(act_engine::verify(&destination).unwrap().is_ok());
    assert_eq!(
        state.archive().unwrap().saved_to.as_deref(),
        Some(destination.as_path())
    );
    assert_eq!(
        files(destination.parent().unwrap()),
        vec![destination.clone()],
        "no temporary file beside the saved archive"
    );
    exports::discard(state);
    assert_eq!(files(state.cache_dir()), Vec::<PathBuf>::new());
    assert_eq!(state.archive().unwrap_err().code, Code::NoArchive);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_export_while_one_runs_is_refused_and_the_first_finishes() {
    let server = slow_server().await;
    let shell = connected_shell(&server).await;
    let state = &shell.state;
    let ids = contoso_runs(&server.dataset().apps[0].runs);
    let (first, _) = start_in_background(state, ids[..2].to_vec());
    wait_until("the first export runs", || state.exporting()).await;
    let (second, _) = start_in_background(state, ids[2..4].to_vec());
    let refused = second.await.unwrap().unwrap_err();
    assert_eq!(refused.code, Code::ExportRunning);
    let done = first.await.unwrap().unwrap();
    assert_eq!(
        done.runs, 2,
        "the first export kept its slot and its archive"
    );
    assert!(state.archive().unwrap().path.exists());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn disconnect_during_an_export_stops_it_and_leaves_nothing() {
    let server = slow_server().await;
    let shell = connected_shell(&server).await;
    let state = &shell.state;
    let ids = contoso_runs(&server.dataset().apps[0].runs);
    let (task, seen) = start_in_background(state, ids);
    wait_until("files download", || {
        seen.lock()
            .unwrap()
            .iter()
            .any(|p| p.phase == Phase::Downloading && p.bytes_done > 0)
    })
    .await;
    let asked = Instant::now();
    session::disconnect(state);
    let error = task.await.unwrap().unwrap_err();
    assert_eq!(error.code, Code::Cancelled);
    assert!(
        asked.elapsed() < Duration::from_secs(2),
        "{:?}",
        asked.elapsed()
    );
    assert_eq!(files(state.cache_dir()), Vec::<PathBuf>::new());
    assert_eq!(state.session().unwrap_err().code, Code::NotConnected);
    assert_eq!(state.archive().unwrap_err().code, Code::NoArchive);
}

/// A size-limited tmpfs, unmounted when dropped; `None` where mounting is not allowed.
struct Mount {
    path: PathBuf,
    _dir: tempfile::TempDir,
}

impl Mount {
    fn new(options: &str) -> Option<Mount> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("mnt");
        std::fs::create_dir(&path).unwrap();
        let mounted = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", options, "tmpfs"])
            .arg(&path)
            .output()
            .is_ok_and(|o| o.status.success());
        if !mounted {
            assert!(
                std::env::var("CI").is_err(),
                "CI runs as root and must be able to mount a tmpfs"
            );
            eprintln!("SKIPPED: cannot mount a tmpfs here (needs root)");
            return None;
        }
        Some(Mount { path, _dir: dir })
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg(&self.path)
            .status();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn saving_to_a_full_disk_says_so_and_leaves_nothing_there() {
    let Some(mount) = Mount::new("size=1m") else {
        return;
    };
    let shell = shell();
    let state = &shell.state;
    session::connect_sample(state).await.unwrap();
    let runs = session::list_runs(state, "northwind-qa".into(), "fieldmate-android".into())
        .await
        .unwrap();
    let ids = runs.iter().take(2).map(|r| r.id.clone()).collect();
    let (task, _) = start_in_background(state, ids);
    task.await.unwrap().unwrap();
    let error = exports::save_to(state, &mount.path.join("a.zip"))
        .await
        .unwrap_err();
    assert_eq!(error.code, Code::DiskFull, "{error:?}");
    assert_eq!(files(&mount.path), Vec::<PathBuf>::new());
    assert!(state.archive().unwrap().saved_to.is_none());
}

/// Exports Contoso's runs; the storage goes away for good (403 on every request, fresh links
/// included) as the downloads begin, from inside the progress callback.
pub async fn stopped_export(
    state: &Arc<AppState>,
    server: &SampleServer,
    reference: Option<&str>,
) -> act_export_desktop::error::AppError {
    stopped_export_with(state, server, contoso_ask(Vec::new(), reference)).await
}

/// [`stopped_export`] of what `ask` says (its run ids: Contoso's when empty).
pub async fn stopped_export_with(
    state: &Arc<AppState>,
    server: &SampleServer,
    mut ask: ExportAsk,
) -> act_export_desktop::error::AppError {
    let controls = server.controls().clone();
    for app in &mut ask.apps {
        if app.run_ids.as_ref().is_none_or(Vec::is_empty) {
            app.run_ids = Some(contoso_runs(&server.dataset().apps[0].runs));
        }
    }
    let state = state.clone();
    tokio::spawn(async move {
        exports::start(&state, ask, move |p| {
            if p.phase == Phase::Downloading && controls.switches().faults.is_empty() {
                controls.add_fault(act_sample_server::Fault::new(
                    act_sample_server::Target::Origin(act_sample_server::Origin::Storage),
                    act_sample_server::FaultKind::Status(403),
                    u32::MAX,
                ));
            }
        })
        .await
    })
    .await
    .unwrap()
    .unwrap_err()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_export_that_stopped_is_offered_and_continues_or_is_discarded() {
    let server = slow_server().await;
    let shell = connected_shell(&server).await;
    let state = &shell.state;
    let error = stopped_export(state, &server, None).await;
    assert_eq!(error.code, Code::Forbidden, "{error:?}");
    assert!(error.resumable, "{error:?}");
    let offered = exports::unfinished(state);
    assert_eq!(offered.len(), 1, "{offered:?}");
    let row = &offered[0];
    assert_eq!((row.app.as_str(), row.runs), ("fieldmate-android", 8));
    assert!(row.can_resume, "the same service is connected");

    let controls = server.controls().clone();
    controls.update(|s| {
        s.faults.clear();
        s.file_rate = None;
    });
    let done = exports::resume(state, &row.key, None, |_| {})
        .await
        .unwrap();
    assert!(done.resumed_from.is_some());
    assert!(
        exports::unfinished(state).is_empty(),
        "done: no longer offered"
    );
    assert!(act_engine::verify(&state.archive().unwrap().path)
        .unwrap()
        .is_ok());

    // Discard throws an unfinished export away.
    exports::discard(state);
    controls.update(|s| s.file_rate = Some(1_000_000));
    stopped_export(state, &server, None).await;
    let key = exports::unfinished(state)[0].key.clone();
    exports::discard_unfinished(state, &key).unwrap();
    assert!(exports::unfinished(state).is_empty());
    assert_eq!(files(state.unfinished_dir()), Vec::<PathBuf>::new());
}
