//! One export at a time in a staging folder: a second one (the app and the command line, two
//! copies of the app, a new export of the same request while the old one still cleans up) is
//! refused and told who works there, and the first goes on untouched.

use std::sync::Arc;

use act_engine::{export, staging, Scope};
use act_sample_server::Hold;
use act_test_support::until;
use tokio_util::sync::CancellationToken;

use crate::resume::staged_request;
use crate::support::{client_runs, run, server};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_export_in_the_same_staging_folder_is_told_who_works_there() {
    let server = server().await;
    let scope = Scope::Runs {
        run_ids: client_runs(&server, 0, "contoso-regression"),
    };
    let dir = tempfile::tempdir().unwrap();
    // The first export's second file is held: it is working in the folder.
    server.controls().hold(Hold::storage_file(2));
    let first = tokio::spawn(export(
        staged_request(&server, scope.clone(), dir.path()),
        Arc::new(|_: &act_engine::Progress| {}),
        CancellationToken::new(),
    ));
    until("the first export downloads", server.controls().held()).await;
    let staged = dir.path().join("staging");
    let plan = std::fs::read(staged.join("plan.json")).unwrap();

    // The same export again, as the other program would run it.
    let (second, _) = run(staged_request(&server, scope.clone(), dir.path())).await;
    let failure = second.unwrap_err();
    assert_eq!(failure.code(), "staging_busy", "{failure}");
    assert!(!failure.resumable);
    let words = failure.to_string();
    assert!(
        words.contains(&format!("(process {})", std::process::id())),
        "it names who works there: {words}"
    );
    // Neither continued nor thrown away from elsewhere meanwhile.
    let listed = staging::unfinished(dir.path());
    assert_eq!(listed.len(), 1);
    assert!(listed[0].in_use_by.is_some(), "{listed:?}");
    let discarded = staging::discard(&staged).unwrap_err();
    assert_eq!(
        discarded.kind(),
        std::io::ErrorKind::ResourceBusy,
        "{discarded}"
    );
    assert_eq!(
        std::fs::read(staged.join("plan.json")).unwrap(),
        plan,
        "left alone"
    );

    // The first goes on to its end; then the folder is free (and gone).
    server.controls().release();
    let summary = until("the first export ends", first)
        .await
        .unwrap()
        .unwrap();
    assert!(summary.resumed_from.is_none());
    assert!(!staged.exists());
    assert!(staging::unfinished(dir.path()).is_empty());
}

/// Files or folders under `dir` that others than the user may read or enter. The export may
/// still be working: a file listed and gone before it is looked at (a temporary file renamed
/// into place, a download finished) is passed over, as is a folder removed meanwhile.
#[cfg(unix)]
fn readable_by_others(dir: &std::path::Path) -> Vec<String> {
    use std::os::unix::fs::PermissionsExt;
    let gone = |e: &std::io::Error| e.kind() == std::io::ErrorKind::NotFound;
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(at) = stack.pop() {
        let metadata = match std::fs::symlink_metadata(&at) {
            Err(e) if gone(&e) && at != dir => continue,
            metadata => metadata.unwrap(),
        };
        let mode = metadata.permissions().mode();
        if mode & 0o077 != 0 {
            found.push(format!("{} {:o}", at.display(), mode & 0o777));
        }
        if metadata.is_dir() {
            match std::fs::read_dir(&at) {
                Err(e) if gone(&e) => {}
                entries => stack.extend(entries.unwrap().map(|e| e.unwrap().path())),
            }
        }
    }
    found
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn everything_an_export_writes_is_private_to_the_user() {
    let server = server().await;
    let scope = Scope::Runs {
        run_ids: client_runs(&server, 0, "contoso-regression"),
    };
    let dir = tempfile::tempdir().unwrap();
    // While it works: the staging folder, its plan, checkpoint, partial zip and downloads.
    server.controls().hold(Hold::storage_file(5));
    let working = tokio::spawn(export(
        staged_request(&server, scope.clone(), dir.path()),
        Arc::new(|_: &act_engine::Progress| {}),
        CancellationToken::new(),
    ));
    until("the fifth file is held", server.controls().held()).await;
    let staged = dir.path().join("staging");
    act_test_support::wait_for("a checkpoint", || staged.join("checkpoint.json").exists()).await;
    assert!(staged
        .join("downloads")
        .read_dir()
        .unwrap()
        .next()
        .is_some());
    assert_eq!(readable_by_others(&staged), Vec::<String>::new());
    server.controls().release();
    until("the export ends", working).await.unwrap().unwrap();
    // The archives, staged or not.
    let (result, _) = run(crate::support::request(
        &server,
        0,
        scope,
        dir.path().join("straight.zip"),
    ))
    .await;
    result.unwrap();
    assert_eq!(
        readable_by_others(&dir.path().join("out.zip")),
        Vec::<String>::new()
    );
    assert_eq!(
        readable_by_others(&dir.path().join("straight.zip")),
        Vec::<String>::new()
    );
}
