//! Destinations that fail while writing: a full disk (a size-limited tmpfs) and a read-only
//! folder. Mounting needs root (CI runs as root); elsewhere these tests say so and skip.

use std::path::Path;
use std::sync::Arc;

use act_engine::{export, ExportOptions, Scope};
use act_sample_server::SampleServer;
use tokio_util::sync::CancellationToken;

use crate::support::{request, server, Mount};

async fn run(server: &SampleServer, destination: &Path) -> act_engine::ExportError {
    let mut request = request(server, 0, Scope::WholeApp, destination.to_path_buf());
    request.options = ExportOptions::default();
    export(
        request,
        Arc::new(|_: &act_engine::Progress| {}),
        CancellationToken::new(),
    )
    .await
    .unwrap_err()
    .error
}

#[tokio::test]
async fn a_full_disk_is_a_plain_error_and_leaves_nothing() {
    let Some(mount) = Mount::small_disk("4m") else {
        return;
    };
    let server = server().await;
    let error = run(&server, &mount.path.join("a.zip")).await;
    assert_eq!(error.code(), "disk_full", "{error}");
    assert!(
        error.to_string().contains("not enough free disk space"),
        "{error}"
    );
    assert_eq!(
        std::fs::read_dir(&mount.path).unwrap().count(),
        0,
        "nothing left on the full disk"
    );
}

#[tokio::test]
async fn a_read_only_folder_is_refused_before_anything_is_fetched() {
    let Some(mount) = Mount::read_only() else {
        return;
    };
    let server = server().await;
    let error = run(&server, &mount.path.join("a.zip")).await;
    assert_eq!(error.code(), "destination_not_writable", "{error}");
    assert!(
        server.controls().requests().is_empty(),
        "no API call before the destination is known good"
    );
}
