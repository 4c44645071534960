//! Every `act-export` process of the user keeps to one budget of API calls per service and
//! token: the pace is shared through a state file in the desktop app's data folder.

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use act_sample_server::{Origin, RateLimitRule, SampleServer, SAMPLE_TOKEN};

use crate::{server, BIN};

/// Starts `act-export export` of `runs` of `app` into `dir`, with `data` as its data folder.
fn export(
    server: &SampleServer,
    app: &str,
    runs: &[&str],
    dir: &Path,
    data: &Path,
) -> std::process::Child {
    let mut command = Command::new(BIN);
    command
        .current_dir(dir)
        .args(["export", app, "--out", "out.zip", "--rate-limit", "20/2s"])
        .args(["--base-url", &server.api_url()])
        .env("APPCENTER_ACCESS_TOKEN", SAMPLE_TOKEN)
        .env("XDG_DATA_HOME", data)
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for run in runs {
        command.args(["--run", run]);
    }
    command.spawn().unwrap()
}

#[tokio::test]
async fn two_exports_at_once_keep_to_one_budget() {
    let server = server().await;
    server.controls().update(|s| {
        s.rate_limit = Some(RateLimitRule {
            requests: 20,
            per: Duration::from_secs(2),
        })
    });
    let app = &server.dataset().apps[0];
    let runs: Vec<&str> = app.runs.iter().map(|r| r.id.as_str()).take(8).collect();
    let data = tempfile::tempdir().unwrap();
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    // Both started at once, each keeping to 20 calls in 2 s: the service allows 20 in all.
    let first = export(
        &server,
        "northwind-qa/fieldmate-android",
        &runs[..4],
        a.path(),
        data.path(),
    );
    let second = export(
        &server,
        "northwind-qa/fieldmate-android",
        &runs[4..],
        b.path(),
        data.path(),
    );
    let outputs: Vec<Output> = tokio::task::spawn_blocking(move || {
        vec![
            first.wait_with_output().unwrap(),
            second.wait_with_output().unwrap(),
        ]
    })
    .await
    .unwrap();
    for output in &outputs {
        assert_eq!(
            output.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let api = server
        .controls()
        .requests()
        .iter()
        .filter(|r| r.origin == Origin::Api)
        .count();
    assert!(api > 20, "more calls than one window allows: {api}");
    assert_eq!(server.controls().rate_limited_count(), 0);
    // One private file for the service and token, in the desktop app's data folder; the
    // token is not in it. Each program's own file in owners/ (held while it runs) went with it.
    let folder = data.path().join(act_journal::APP_IDENTIFIER).join("pace");
    let (folders, files): (Vec<_>, Vec<_>) = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .partition(|p| p.is_dir());
    assert_eq!(files.len(), 1, "{files:?}");
    assert_eq!(folders, [folder.join("owners")]);
    assert_eq!(std::fs::read_dir(&folders[0]).unwrap().count(), 0);
    let text = std::fs::read_to_string(&files[0]).unwrap();
    assert!(!text.contains(SAMPLE_TOKEN), "{text}");
    assert!(
        text.contains(&server.api_url().trim_end_matches('/').to_string()),
        "{text}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&folder), 0o700);
        assert_eq!(mode(&folders[0]), 0o700);
        assert_eq!(mode(&files[0]), 0o600);
    }
}
