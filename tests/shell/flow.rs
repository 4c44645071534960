//! The shell's flow, as the screens drive it, without a window: plain calls on an `AppState`
//! with its own temporary cache folder.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use act_engine::{Phase, Progress};
use act_export_desktop::cache::InstanceCache;
use act_export_desktop::error::Code;
use act_export_desktop::exports;
use act_export_desktop::page::{AskApp, ExportAsk, ExportDone};
use act_export_desktop::session;
use act_export_desktop::state::AppState;
use act_sample_server::{Hold, SampleServer, SAMPLE_TOKEN};
pub use act_test_support::files_under;
use act_test_support::{client_runs, server, until, Mount};

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

/// Contoso's runs of FieldMate for Android.
pub fn contoso_runs(server: &SampleServer) -> Vec<String> {
    client_runs(server, 0, "contoso-regression")
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
        files_under(destination.parent().unwrap()),
        vec![destination.clone()],
        "no temporary file beside the saved archive"
    );
    exports::discard(state);
    assert_eq!(files_under(state.cache_dir()), Vec::<PathBuf>::new());
    assert_eq!(state.archive().unwrap_err().code, Code::NoArchive);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_export_while_one_runs_is_refused_and_the_first_finishes() {
    let server = server().await;
    // The first export's first file is held: it runs until the test lets it go on.
    server.controls().hold(Hold::storage_file(1));
    let shell = connected_shell(&server).await;
    let state = &shell.state;
    let ids = contoso_runs(&server);
    let (first, _) = start_in_background(state, ids[..2].to_vec());
    until("the first export downloads", server.controls().held()).await;
    let (second, _) = start_in_background(state, ids[2..4].to_vec());
    let refused = second.await.unwrap().unwrap_err();
    assert_eq!(refused.code, Code::ExportRunning);
    server.controls().release();
    let done = first.await.unwrap().unwrap();
    assert_eq!(
        done.runs, 2,
        "the first export kept its slot and its archive"
    );
    assert!(state.archive().unwrap().path.exists());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn disconnect_during_an_export_stops_it_and_leaves_nothing() {
    let server = server().await;
    // The third file is held for ever: the export can only end because Disconnect stopped it,
    // without waiting for that download.
    server.controls().hold(Hold::storage_file(3));
    let shell = connected_shell(&server).await;
    let state = &shell.state;
    let (task, seen) = start_in_background(state, contoso_runs(&server));
    until("the third file is held", server.controls().held()).await;
    assert!(seen
        .lock()
        .unwrap()
        .iter()
        .any(|p| p.phase == Phase::Downloading));
    session::disconnect(state);
    let error = until("the export ends", task).await.unwrap().unwrap_err();
    assert_eq!(error.code, Code::Cancelled);
    assert_eq!(
        server.controls().holding(),
        1,
        "the download was still held"
    );
    server.controls().release();
    assert_eq!(files_under(state.cache_dir()), Vec::<PathBuf>::new());
    assert_eq!(state.session().unwrap_err().code, Code::NotConnected);
    assert_eq!(state.archive().unwrap_err().code, Code::NoArchive);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn saving_to_a_full_disk_says_so_and_leaves_nothing_there() {
    let Some(mount) = Mount::small_disk("1m") else {
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
    assert_eq!(files_under(&mount.path), Vec::<PathBuf>::new());
    assert!(state.archive().unwrap().saved_to.is_none());
}

/// Exports Contoso's runs to a storage that refuses every download (403, fresh links
/// included) from the start: the export has its plan, and stops at the first file.
pub async fn stopped_export(
    state: &Arc<AppState>,
    server: &SampleServer,
    reference: Option<&str>,
) -> act_export_desktop::error::AppError {
    stopped_export_with(state, server, contoso_ask(Vec::new(), reference)).await
}

/// [`stopped_export`] of what `ask` says (its run ids: Contoso's when empty). The storage
/// refuses downloads until the test clears the server's faults.
pub async fn stopped_export_with(
    state: &Arc<AppState>,
    server: &SampleServer,
    mut ask: ExportAsk,
) -> act_export_desktop::error::AppError {
    for app in &mut ask.apps {
        if app.run_ids.as_ref().is_none_or(Vec::is_empty) {
            app.run_ids = Some(contoso_runs(server));
        }
    }
    server.controls().add_fault(act_sample_server::Fault::new(
        act_sample_server::Target::Origin(act_sample_server::Origin::Storage),
        act_sample_server::FaultKind::Status(403),
        u32::MAX,
    ));
    exports::start(state, ask, |_| {}).await.unwrap_err()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_export_that_stopped_is_offered_and_continues_or_is_discarded() {
    let server = server().await;
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
    controls.update(|s| s.faults.clear());
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
    stopped_export(state, &server, None).await;
    let key = exports::unfinished(state)[0].key.clone();
    exports::discard_unfinished(state, &key).unwrap();
    assert!(exports::unfinished(state).is_empty());
    assert_eq!(files_under(state.unfinished_dir()), Vec::<PathBuf>::new());
}
