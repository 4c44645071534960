//! A cancel is a cancel on every path: whatever the export was doing when the officer cancelled
//! (a link being read anew, a download half-way, a listing), it ends as cancelled, nothing of
//! it is left (no staging folder, no archive, no partial file), and it is not offered to
//! continue.

use std::path::Path;
use std::sync::Arc;

use act_engine::{export, ExportFailure, ExportRequest, ExportSummary, Scope};
use act_sample_server::{Fault, FaultKind, Hold, Origin, SampleServer, Target};
use act_test_support::until;
use tokio_util::sync::CancellationToken;

use crate::resume::staged_request;
use crate::support::{client_runs, run, server};

/// Runs `req` in the background, waits until the server holds a request, cancels, and returns
/// how the export ended (the held request is released afterwards).
async fn cancelled_while_held(
    server: &SampleServer,
    req: ExportRequest,
) -> Result<ExportSummary, ExportFailure> {
    let cancel = CancellationToken::new();
    let exporting = tokio::spawn(export(
        req,
        Arc::new(|_: &act_engine::Progress| {}),
        cancel.clone(),
    ));
    until("a request is held", server.controls().held()).await;
    cancel.cancel();
    let result = until("the export ends", exporting).await.unwrap();
    server.controls().release();
    result
}

/// Nothing of the export in `dir`: no staging folder, no archive, no temporary file.
fn nothing_left(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

/// How many API calls an export of `scope` makes before its first download.
async fn api_calls_before_downloads(server: &SampleServer, scope: &Scope) -> usize {
    let dir = tempfile::tempdir().unwrap();
    server.controls().clear_requests();
    let (result, _) = run(crate::support::request(
        server,
        0,
        scope.clone(),
        dir.path().join("count.zip"),
    ))
    .await;
    result.unwrap();
    let calls = server
        .controls()
        .requests()
        .iter()
        .take_while(|r| r.origin == Origin::Api)
        .count();
    server.controls().clear_requests();
    calls
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cancel_while_a_link_is_read_anew_is_a_cancel() {
    let server = server().await;
    let scope = Scope::Runs {
        run_ids: client_runs(&server, 0, "contoso-regression"),
    };
    let calls = api_calls_before_downloads(&server, &scope).await;
    // Every link has expired (403): the first download asks for a fresh one, and that call
    // is held while the officer cancels.
    server.controls().add_fault(Fault::new(
        Target::Origin(Origin::Storage),
        FaultKind::Status(403),
        u32::MAX,
    ));
    server
        .controls()
        .hold(Hold::api_request(u64::try_from(calls).unwrap() + 1));
    let dir = tempfile::tempdir().unwrap();
    let mut req = staged_request(&server, scope, dir.path());
    req.options.parallelism = 1;
    req.options.steady = true;
    let failure = cancelled_while_held(&server, req).await.unwrap_err();
    assert_eq!(failure.code(), "cancelled", "{failure}");
    assert!(
        !failure.resumable,
        "a cancelled export is not offered to continue"
    );
    let refresh = server
        .controls()
        .requests()
        .into_iter()
        .rfind(|r| r.origin == Origin::Api)
        .unwrap();
    assert!(
        refresh.path.ends_with("/report") || refresh.path.contains("/test/export/"),
        "the held call read a link anew: {refresh:?}"
    );
    assert_eq!(nothing_left(dir.path()), Vec::<String>::new());
}

/// A small pseudo-random sequence (the same every run): where the cancels fall.
struct Points(u64);

impl Points {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_hundred_cancels_at_points_spread_over_exports_leave_nothing() {
    let server = server().await;
    let scope = Scope::Runs {
        run_ids: client_runs(&server, 0, "contoso-regression"),
    };
    let calls = api_calls_before_downloads(&server, &scope).await as u64;
    let files = {
        let dir = tempfile::tempdir().unwrap();
        let (result, _) = run(crate::support::request(
            &server,
            0,
            scope.clone(),
            dir.path().join("count.zip"),
        ))
        .await;
        result.unwrap().files as u64
    };
    let mut points = Points(20_261_204);
    for round in 1..=200u64 {
        // An API call or a file download, anywhere in the export.
        let hold = if points.next(calls + files) < calls {
            Hold::api_request(points.next(calls) + 1)
        } else {
            Hold::storage_file(points.next(files) + 1)
        };
        let shown = format!("round {round}, {hold:?}");
        let dir = tempfile::tempdir().unwrap();
        let mut req = staged_request(&server, scope.clone(), dir.path());
        req.options.checkpoint_every = std::time::Duration::from_millis(round % 3 * 5);
        server.controls().hold(hold);
        let failure = cancelled_while_held(&server, req).await.unwrap_err();
        assert_eq!(failure.code(), "cancelled", "{shown}: {failure}");
        assert!(!failure.resumable, "{shown}");
        assert_eq!(nothing_left(dir.path()), Vec::<String>::new(), "{shown}");
        until("the server is quiet", server.controls().quiet()).await;
    }
}
