//! Destinations that fail while writing: a full disk (a size-limited tmpfs) and a read-only
//! folder. Mounting needs root (CI runs as root); elsewhere these tests say so and skip.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use act_api::{ApiToken, AppRef, BaseUrl};
use act_engine::{export, ExportOptions, ExportRequest, Scope};
use act_sample_server::{SampleServer, ServerConfig, SAMPLE_TOKEN};
use tokio_util::sync::CancellationToken;

/// A tmpfs mounted for the test, unmounted when dropped.
struct Mount {
    path: PathBuf,
    _dir: tempfile::TempDir,
}

impl Mount {
    fn new(options: &str) -> Option<Mount> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("mnt");
        std::fs::create_dir(&path).unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", options, "tmpfs"])
            .arg(&path)
            .output()
            .is_ok_and(|o| o.status.success());
        if !ok {
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
        let _ = Command::new("umount").arg(&self.path).status();
    }
}

async fn run(server: &SampleServer, destination: &Path) -> act_engine::ExportError {
    let app = &server.dataset().apps[0];
    let request = ExportRequest {
        base_url: BaseUrl::parse(&server.api_url()).unwrap(),
        token: ApiToken::new(SAMPLE_TOKEN),
        app: AppRef {
            owner: app.owner.name.clone(),
            app: app.name.clone(),
        },
        scope: Scope::WholeApp,
        destination: destination.to_path_buf(),
        options: ExportOptions::default(),
    };
    export(
        request,
        Arc::new(|_: &act_engine::Progress| {}),
        CancellationToken::new(),
    )
    .await
    .unwrap_err()
}

#[tokio::test]
async fn a_full_disk_is_a_plain_error_and_leaves_nothing() {
    let Some(mount) = Mount::new("size=4m") else {
        return;
    };
    let server = SampleServer::start(ServerConfig::default()).await.unwrap();
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
    let Some(mount) = Mount::new("ro,size=1m") else {
        return;
    };
    let server = SampleServer::start(ServerConfig::default()).await.unwrap();
    let error = run(&server, &mount.path.join("a.zip")).await;
    assert_eq!(error.code(), "destination_not_writable", "{error}");
    assert!(
        server.controls().requests().is_empty(),
        "no API call before the destination is known good"
    );
}
