//! The client over real HTTP on loopback against the sample server: every operation, every
//! failure switch, and where the token goes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use act_api::{
    ApiToken, AppRef, BaseUrl, Client, ClientConfig, ClientEvent, DownloadEvent, Endpoint,
    ErrorKind, FileSink, Operation, RateLimit, RestartableSink, RetryPolicy, RetryReason, Url,
};
use act_sample_server::{
    content, Fault, FaultKind, LinkStyle, Origin, RetryHint, SampleServer, ServerConfig, Shape,
    Target, SAMPLE_TOKEN,
};
use sha2::{Digest, Sha256};

async fn server() -> SampleServer {
    SampleServer::start(ServerConfig::default()).await.unwrap()
}

/// Quick retries so that tests of giving up stay short.
fn fast() -> RetryPolicy {
    RetryPolicy {
        max_attempts: 3,
        base_delay: Duration::from_millis(10),
        max_delay: Duration::from_millis(50),
        max_server_delay: Duration::from_secs(5),
    }
}

fn client_for(server: &SampleServer, token: &str) -> Client {
    let config = ClientConfig {
        base_url: BaseUrl::parse(&server.api_url()).unwrap(),
        retry: fast(),
        read_timeout: Duration::from_millis(800),
        ..ClientConfig::default()
    };
    Client::new(config, ApiToken::new(token)).unwrap()
}

fn client(server: &SampleServer) -> Client {
    client_for(server, SAMPLE_TOKEN)
}

fn shared_app(server: &SampleServer) -> AppRef {
    let app = &server.dataset().apps[0];
    AppRef {
        owner: app.owner.name.clone(),
        app: app.name.clone(),
    }
}

fn recorder(client: Client) -> (Client, Arc<Mutex<Vec<ClientEvent>>>) {
    let events = Arc::new(Mutex::new(Vec::new()));
    let sink = events.clone();
    (
        client.with_events(move |e| sink.lock().unwrap().push(e.clone())),
        events,
    )
}

#[tokio::test]
async fn every_operation_returns_the_servers_data() {
    let server = server().await;
    let c = client(&server);
    let data = server.dataset();
    let app = shared_app(&server);
    let expected = &data.apps[0];

    let user = c.user().await.unwrap();
    assert_eq!(user.data.display_name, "Alex Morgan");
    assert_eq!(
        user.raw["can_change_password"], true,
        "unknown fields are kept"
    );
    assert_eq!(c.apps().await.unwrap().len(), data.apps.len());
    assert_eq!(c.apps().await.unwrap()[0].data.slug(), app.to_string());
    assert_eq!(c.orgs().await.unwrap()[0].data.name, "northwind-qa");

    let runs = c.test_runs(&app).await.unwrap();
    assert_eq!(runs.len(), expected.runs.len());
    let first = &expected.runs[1];
    let run = c.test_run(&app, &first.id).await.unwrap();
    assert_eq!(run.data.test_series.as_deref(), Some(first.series.as_str()));
    let report = c.test_report(&app, &first.id).await.unwrap();
    assert_eq!(
        report.data.app_upload_id.as_deref(),
        Some(first.app_upload_id.as_str())
    );
    assert_ne!(
        first.app_upload_id, first.id,
        "this run's upload id differs from its id"
    );

    let index = c.export_resources(&app).await.unwrap();
    let rels: Vec<_> = index
        .data
        .resources
        .iter()
        .filter_map(|r| r.rel.clone())
        .collect();
    let segments: Vec<&str> = Endpoint::APP.iter().map(|e| e.segment()).collect();
    assert_eq!(rels, segments);
    let count = |e: Endpoint| {
        let c = c.clone();
        let app = app.clone();
        async move { c.export_records(&app, e).await.unwrap().len() }
    };
    assert_eq!(count(Endpoint::TestRuns).await, expected.runs.len());
    assert_eq!(count(Endpoint::PipelineTests).await, expected.runs.len());
    assert_eq!(count(Endpoint::HashFiles).await, expected.hash_files.len());
    let set_files: usize = expected.runs.iter().map(|r| r.file_set.len()).sum();
    assert_eq!(count(Endpoint::FileSetFiles).await, set_files);
    assert_eq!(count(Endpoint::Apps).await, 1);

    let account = c.account_export_resources().await.unwrap();
    assert_eq!(account.data.resources.len(), 2);
    assert_eq!(
        c.account_export_records(Endpoint::Accounts).await.unwrap()[0].raw["id"],
        data.user.id.as_str()
    );
    assert_eq!(
        c.account_export_records(Endpoint::FeatureFlags)
            .await
            .unwrap()
            .len(),
        data.feature_flags.len()
    );

    // Following the index's links gives the same records as the named operations.
    for link in &index.data.resources {
        let url = c.resolve(link.path.as_deref().unwrap()).unwrap();
        assert!(c.is_api_origin(&url));
        let records = c
            .export_link(Operation::OtherExport("link".into()), &url)
            .await
            .unwrap();
        assert!(!records.is_empty());
    }
}

#[tokio::test]
async fn object_and_array_shapes_are_both_read() {
    let server = server().await;
    let c = client(&server);
    let single = server
        .dataset()
        .apps
        .iter()
        .find(|a| a.runs.len() == 1)
        .unwrap();
    let app = AppRef {
        owner: single.owner.name.clone(),
        app: single.name.clone(),
    };
    let as_array = c.export_records(&app, Endpoint::TestRuns).await.unwrap();
    server.controls().update(|s| s.shape = Shape::Object);
    let as_object = c.export_records(&app, Endpoint::TestRuns).await.unwrap();
    assert_eq!(as_array.len(), 1);
    assert_eq!(as_array, as_object);
}

#[tokio::test]
async fn relative_absolute_and_foreign_links() {
    let server = server().await;
    let c = client(&server);
    let app = shared_app(&server);
    for style in [LinkStyle::Relative, LinkStyle::Absolute] {
        server.controls().update(|s| s.links = style);
        let index = c.export_resources(&app).await.unwrap();
        let url = c
            .resolve(index.data.resources[0].path.as_deref().unwrap())
            .unwrap();
        assert_eq!(
            url,
            c.export_endpoint_url(&app, Endpoint::TestRuns).unwrap(),
            "{style:?}"
        );
    }
    // A link to another host resolves there, and the token does not go with it.
    server
        .controls()
        .update(|s| s.links = LinkStyle::ForeignHost);
    let index = c.export_resources(&app).await.unwrap();
    let url = c
        .resolve(index.data.resources[0].path.as_deref().unwrap())
        .unwrap();
    assert!(!c.is_api_origin(&url));
    let error = c
        .export_link(Operation::OtherExport("link".into()), &url)
        .await
        .unwrap_err();
    assert_eq!(error.kind, ErrorKind::Forbidden);
    let storage_requests: Vec<_> = server
        .controls()
        .requests()
        .into_iter()
        .filter(|r| r.origin == Origin::Storage)
        .collect();
    assert!(!storage_requests.is_empty());
    assert!(
        storage_requests.iter().all(|r| r.token.is_none()),
        "{storage_requests:?}"
    );
}

#[tokio::test]
async fn the_token_reaches_the_api_origin_only() {
    let server = server().await;
    let c = client(&server);
    let app = shared_app(&server);
    let records = c.export_records(&app, Endpoint::TestRuns).await.unwrap();
    for record in records.iter().take(3) {
        for field in ["app_hash_file_url", "app_icon_url"] {
            let url = c.resolve(record.raw[field].as_str().unwrap()).unwrap();
            let mut sink = std::io::Cursor::new(Vec::new());
            c.download(&url, &mut sink, None, &mut |_| {})
                .await
                .unwrap();
        }
    }
    let requests = server.controls().requests();
    assert!(requests.iter().any(|r| r.origin == Origin::Storage));
    for request in requests {
        match request.origin {
            Origin::Api => assert_eq!(request.token.as_deref(), Some(SAMPLE_TOKEN)),
            Origin::Storage => assert_eq!(request.token, None, "{}", request.path),
        }
    }
    // The journal keeps no query strings (the storage signatures).
    assert!(c
        .calls()
        .iter()
        .all(|call| !call.url.contains('?') && !call.url.contains("sig")));
}

#[tokio::test]
async fn downloads_stream_exact_bytes_and_report_progress() {
    let server = server().await;
    let c = client(&server);
    let file = server
        .dataset()
        .files
        .values()
        .max_by_key(|f| f.size)
        .unwrap()
        .clone();
    let url = Url::parse(&server.file_url(&file.key).unwrap()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut out = FileSink::create(&dir.path().join("f")).await.unwrap();
    let mut seen = Vec::new();
    let mut total = None;
    let bytes = c
        .download(&url, &mut out, None, &mut |event| match event {
            DownloadEvent::Started { total: t, .. } => total = t,
            DownloadEvent::Received { done } => seen.push(done),
        })
        .await
        .unwrap();
    assert_eq!(bytes, file.size);
    assert!(seen.len() > 2 && seen.windows(2).all(|w| w[0] <= w[1]));
    assert_eq!((*seen.last().unwrap(), total), (file.size, Some(file.size)));
    let expected: Vec<u8> = content::chunks(content::seed_of(&file.key), file.kind, file.size)
        .flatten()
        .collect();
    let got = std::fs::read(dir.path().join("f")).unwrap();
    assert_eq!(Sha256::digest(&got), Sha256::digest(&expected));
}

#[tokio::test]
async fn rate_limits_are_honoured_in_every_form() {
    for hint in [
        RetryHint::Seconds(1),
        RetryHint::HttpDate(2),
        RetryHint::BodyOnly(1),
    ] {
        let server = server().await;
        let (c, events) = recorder(client(&server));
        server
            .controls()
            .add_fault(Fault::new(Target::Any, FaultKind::RateLimit(hint), 1));
        let started = Instant::now();
        assert_eq!(c.apps().await.unwrap().len(), 3, "{hint:?}");
        // The wait the server asked for was kept (an HTTP date has whole-second precision).
        assert!(
            started.elapsed() >= Duration::from_millis(900),
            "{hint:?}: {:?}",
            started.elapsed()
        );
        let events = events.lock().unwrap();
        assert_eq!(events.len(), 1);
        let ClientEvent::Retrying {
            reason,
            attempt,
            delay_ms,
            ..
        } = &events[0]
        else {
            panic!("{events:?}")
        };
        assert_eq!(*reason, RetryReason::RateLimited);
        assert_eq!(*attempt, 1);
        assert!(
            *delay_ms >= 900 && *delay_ms <= 2000,
            "{hint:?}: {delay_ms}"
        );
    }
}

#[tokio::test]
async fn passing_server_errors_are_retried_and_lasting_ones_reported() {
    let server = server().await;
    let (c, events) = recorder(client(&server));
    for status in [500, 502, 503, 504] {
        server
            .controls()
            .add_fault(Fault::new(Target::Any, FaultKind::Status(status), 1));
        c.user().await.unwrap();
    }
    assert_eq!(events.lock().unwrap().len(), 4);

    server
        .controls()
        .add_fault(Fault::new(Target::Any, FaultKind::Status(503), u32::MAX));
    let error = c.user().await.unwrap_err();
    assert_eq!(error.kind, ErrorKind::Server);
    assert_eq!(error.attempts, 3);
    assert_eq!(error.status, Some(503));
    assert!(error.to_string().contains("after 3 attempts"), "{error}");
}

#[tokio::test]
async fn client_errors_are_not_retried() {
    let server = server().await;
    let (c, events) = recorder(client_for(&server, "not-the-token"));
    let error = c.user().await.unwrap_err();
    assert_eq!(
        (error.kind, error.attempts, error.status),
        (ErrorKind::Unauthorized, 1, Some(401))
    );
    assert_eq!(error.code(), "unauthorized");
    assert!(!error.to_string().contains("not-the-token"));

    let c = client(&server);
    let error = c
        .test_runs(&AppRef::parse("nobody/nothing").unwrap())
        .await
        .unwrap_err();
    assert_eq!((error.kind, error.attempts), (ErrorKind::NotFound, 1));
    assert_eq!(error.operation, Operation::ListTestRuns);
    assert_eq!(error.detail.as_deref(), Some("App not found"));
    assert!(error.url.ends_with("/v0.1/apps/nobody/nothing/test_runs"));
    assert!(events.lock().unwrap().is_empty());
}

#[tokio::test]
async fn broken_and_stalled_bodies_are_retried() {
    let server = server().await;
    let c = client(&server);
    let app = shared_app(&server);
    let file = server
        .dataset()
        .files
        .values()
        .find(|f| f.size > 1_000_000)
        .unwrap()
        .clone();
    let url = Url::parse(&server.file_url(&file.key).unwrap()).unwrap();
    for fault in [FaultKind::CutBody, FaultKind::StallBody] {
        server
            .controls()
            .add_fault(Fault::new(Target::Origin(Origin::Api), fault.clone(), 1));
        assert_eq!(c.test_runs(&app).await.unwrap().len(), 24, "{fault:?}");
        server.controls().add_fault(Fault::new(
            Target::Origin(Origin::Storage),
            fault.clone(),
            1,
        ));
        let dir = tempfile::tempdir().unwrap();
        let mut out = FileSink::create(&dir.path().join("f")).await.unwrap();
        assert_eq!(
            c.download(&url, &mut out, None, &mut |_| {}).await.unwrap(),
            file.size,
            "{fault:?}"
        );
        assert_eq!(
            std::fs::metadata(dir.path().join("f")).unwrap().len(),
            file.size,
            "continued or restarted, never appended twice"
        );
    }
    server
        .controls()
        .add_fault(Fault::new(Target::Any, FaultKind::CutBody, u32::MAX));
    let error = c.test_runs(&app).await.unwrap_err();
    assert_eq!((error.kind, error.attempts), (ErrorKind::Network, 3));
}

#[tokio::test]
async fn unreadable_answers_are_invalid_responses() {
    let server = server().await;
    let c = client(&server);
    let app = shared_app(&server);
    for (fault, words) in [
        (FaultKind::InvalidJson, "not valid JSON"),
        (FaultKind::EmptyBody, "empty"),
        (FaultKind::WrongTypes, "expected form"),
    ] {
        server
            .controls()
            .add_fault(Fault::new(Target::Any, fault.clone(), 1));
        // The run list is typed (ids are strings there); export records are read as JSON.
        let error = c.test_runs(&app).await.unwrap_err();
        assert_eq!(
            (error.kind, error.attempts),
            (ErrorKind::InvalidResponse, 1),
            "{fault:?}"
        );
        assert!(error.to_string().contains(words), "{fault:?}: {error}");
    }
    // Export records with mistyped ids are read: their links are absent, not a failed call.
    server
        .controls()
        .add_fault(Fault::new(Target::Any, FaultKind::WrongTypes, 1));
    let records = c.export_records(&app, Endpoint::HashFiles).await.unwrap();
    assert!(records.iter().all(|r| r.raw["id"].is_number()));
}

#[tokio::test]
async fn a_revoked_token_and_a_gone_file() {
    let server = server().await;
    let c = client(&server);
    let app = shared_app(&server);
    let file = server.dataset().files.keys().next().unwrap().clone();
    server.controls().update(|s| {
        s.revoke_after = Some(2);
        s.gone_files.insert(file.clone());
    });
    c.user().await.unwrap();
    c.test_runs(&app).await.unwrap();
    assert_eq!(
        c.test_runs(&app).await.unwrap_err().kind,
        ErrorKind::Unauthorized
    );
    let url = Url::parse(&server.file_url(&file).unwrap()).unwrap();
    let mut sink = std::io::Cursor::new(Vec::new());
    let error = c
        .download(&url, &mut sink, None, &mut |_| {})
        .await
        .unwrap_err();
    assert_eq!((error.kind, error.status), (ErrorKind::NotFound, Some(404)));
}

#[tokio::test]
async fn hostile_names_reach_the_caller_unchanged() {
    let server = server().await;
    let c = client(&server);
    server.controls().update(|s| s.hostile_names = true);
    let names: Vec<String> = c
        .export_records(&shared_app(&server), Endpoint::HashFiles)
        .await
        .unwrap()
        .into_iter()
        .filter_map(|h| h.raw["filename"].as_str().map(str::to_string))
        .collect();
    assert!(names.iter().any(|n| n.contains("../")));
    assert!(names.iter().any(|n| n.len() > 255));
}

#[tokio::test]
async fn cancel_stops_a_slow_download_at_once() {
    let server = server().await;
    server.controls().update(|s| s.file_rate = Some(100_000));
    let cancel = tokio_util::sync::CancellationToken::new();
    let c = client(&server).with_cancel(cancel.clone());
    let file = server
        .dataset()
        .files
        .values()
        .find(|f| f.size > 1_000_000)
        .unwrap()
        .clone();
    let url = Url::parse(&server.file_url(&file.key).unwrap()).unwrap();
    let trigger = cancel.clone();
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(300)).await;
        trigger.cancel();
    });
    let started = Instant::now();
    let mut sink = std::io::Cursor::new(Vec::new());
    let error = c
        .download(&url, &mut sink, None, &mut |_| {})
        .await
        .unwrap_err();
    assert_eq!(error.kind, ErrorKind::Cancelled);
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn unreachable_server_is_a_network_error() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let config = ClientConfig {
        base_url: BaseUrl::parse(&format!("http://127.0.0.1:{port}")).unwrap(),
        retry: fast(),
        ..ClientConfig::default()
    };
    let c = Client::new(config, ApiToken::new("t")).unwrap();
    let error = c.user().await.unwrap_err();
    assert_eq!((error.kind, error.attempts), (ErrorKind::Network, 3));
    assert!(error.to_string().contains("could not connect"), "{error}");
}

#[tokio::test]
async fn a_redirect_to_another_origin_does_not_carry_the_token() {
    let server = server().await;
    let c = client(&server);
    server.controls().add_fault(Fault::new(
        Target::Origin(Origin::Api),
        FaultKind::RedirectToStorage,
        1,
    ));
    // The storage origin refuses the unsigned request: what matters is what it received.
    assert_eq!(c.user().await.unwrap_err().kind, ErrorKind::Forbidden);
    let requests = server.controls().requests();
    assert_eq!(requests.len(), 2, "{requests:?}");
    assert_eq!((requests[0].origin, requests[0].status), (Origin::Api, 307));
    assert_eq!(requests[0].token.as_deref(), Some(SAMPLE_TOKEN));
    assert_eq!(
        (requests[1].origin, requests[1].token.as_deref()),
        (Origin::Storage, None)
    );
}

#[tokio::test]
async fn forbidden_is_not_retried() {
    let server = server().await;
    let c = client(&server);
    server
        .controls()
        .add_fault(Fault::new(Target::Any, FaultKind::Status(403), 1));
    let error = c.apps().await.unwrap_err();
    assert_eq!(
        (error.kind, error.attempts, error.code()),
        (ErrorKind::Forbidden, 1, "forbidden")
    );
}

#[tokio::test]
async fn a_100_mb_answer_is_read_whole_and_kept() {
    let server = server().await;
    // The default stall timeout: making 100 MB of JSON takes the (debug-built) server a while.
    let config = ClientConfig {
        base_url: BaseUrl::parse(&server.api_url()).unwrap(),
        retry: fast(),
        ..ClientConfig::default()
    };
    let (c, events) = recorder(Client::new(config, ApiToken::new(SAMPLE_TOKEN)).unwrap());
    server.controls().add_fault(Fault::new(
        Target::PathContains("hashFiles".into()),
        FaultKind::HugeJson(100_000_000),
        1,
    ));
    let records = c
        .export_records(&shared_app(&server), Endpoint::HashFiles)
        .await
        .unwrap();
    assert_eq!(
        records[0].raw["x_padding"].as_str().unwrap().len(),
        100_000_000
    );
    assert_eq!(records.len(), server.dataset().apps[0].hash_files.len());
    assert!(events.lock().unwrap().is_empty(), "read in one attempt");
}

#[tokio::test]
async fn a_name_that_does_not_resolve_is_a_network_error() {
    let config = ClientConfig {
        base_url: BaseUrl::parse("https://act-export-test.invalid").unwrap(),
        retry: fast(),
        ..ClientConfig::default()
    };
    let error = Client::new(config, ApiToken::new("t"))
        .unwrap()
        .user()
        .await
        .unwrap_err();
    assert_eq!(error.kind, ErrorKind::Network, "{error}");
}

#[tokio::test]
async fn a_certificate_that_does_not_verify_fails_at_once() {
    // A TLS server on loopback with a self-signed certificate, from Debian's openssl.
    let dir = tempfile::tempdir().unwrap();
    let made = std::process::Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=localhost",
        ])
        .arg("-keyout")
        .arg(dir.path().join("key.pem"))
        .arg("-out")
        .arg(dir.path().join("cert.pem"))
        .output();
    if !made.is_ok_and(|o| o.status.success()) {
        assert!(std::env::var("CI").is_err(), "openssl is needed here");
        eprintln!("SKIPPED: openssl is not installed");
        return;
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut tls = std::process::Command::new("openssl")
        .args(["s_server", "-quiet", "-www", "-accept", &port.to_string()])
        .arg("-key")
        .arg(dir.path().join("key.pem"))
        .arg("-cert")
        .arg(dir.path().join("cert.pem"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let config = ClientConfig {
        base_url: BaseUrl::parse(&format!("https://localhost:{port}")).unwrap(),
        retry: fast(),
        ..ClientConfig::default()
    };
    let error = Client::new(config, ApiToken::new("t"))
        .unwrap()
        .user()
        .await
        .unwrap_err();
    let _ = tls.kill();
    let _ = tls.wait();
    assert_eq!(
        (error.kind, error.attempts),
        (ErrorKind::Network, 1),
        "{error}"
    );
    assert!(error.to_string().contains("certificate"), "{error}");
}

#[tokio::test]
async fn a_chain_that_left_the_api_origin_never_carries_the_token_back() {
    let server = server().await;
    let c = client(&server);
    let file = server.dataset().files.keys().next().unwrap().clone();
    server.controls().add_fault(Fault::new(
        Target::Origin(Origin::Storage),
        FaultKind::RedirectToApi,
        1,
    ));
    let url = Url::parse(&server.file_url(&file).unwrap()).unwrap();
    let mut sink = std::io::Cursor::new(Vec::new());
    let error = c
        .download(&url, &mut sink, None, &mut |_| {})
        .await
        .unwrap_err();
    // Without the token, the API refuses: what matters is that it was never sent.
    assert_eq!(error.kind, ErrorKind::Unauthorized);
    let requests = server.controls().requests();
    assert_eq!(requests.len(), 2, "{requests:?}");
    assert_eq!(
        (requests[0].origin, requests[0].status),
        (Origin::Storage, 307)
    );
    assert_eq!(
        (requests[1].origin, requests[1].token.as_deref()),
        (Origin::Api, None),
        "a redirect from storage back to the API must not add the token"
    );
}

#[tokio::test]
async fn redirects_to_other_schemes_fail_at_once() {
    let server = server().await;
    let c = client(&server);
    for location in ["ftp://127.0.0.1/x", "file:///etc/passwd"] {
        server.controls().add_fault(Fault::new(
            Target::Origin(Origin::Api),
            FaultKind::RedirectTo(location.into()),
            1,
        ));
        let error = c.user().await.unwrap_err();
        assert_eq!(
            (error.kind, error.attempts),
            (ErrorKind::InvalidResponse, 1),
            "{location}: {error}"
        );
        assert!(
            error.to_string().contains("other than a web address"),
            "{error}"
        );
    }
}

#[tokio::test]
async fn protocol_relative_file_links_go_to_their_own_host_without_the_token() {
    let server = server().await;
    server
        .controls()
        .update(|s| s.file_addresses = act_sample_server::FileAddresses::ProtocolRelative);
    let c = client(&server);
    let records = c
        .export_records(&shared_app(&server), Endpoint::TestRuns)
        .await
        .unwrap();
    let link = records[0].raw["app_icon_url"].as_str().unwrap();
    assert!(link.starts_with("//127.0.0.1:"), "{link}");
    let url = c.resolve(link).unwrap();
    assert!(!c.is_api_origin(&url));
    let mut sink = std::io::Cursor::new(Vec::new());
    c.download(&url, &mut sink, None, &mut |_| {})
        .await
        .unwrap();
    let last = server.controls().requests().pop().unwrap();
    assert_eq!((last.origin, last.token), (Origin::Storage, None));
}

#[tokio::test]
async fn a_slow_answer_is_waited_for_but_a_stalled_body_is_not() {
    let server = server().await;
    // The service thinks for longer than the stall timeout before it answers.
    server
        .controls()
        .update(|s| s.latency = Duration::from_millis(700));
    let config = |answer_ms| ClientConfig {
        base_url: BaseUrl::parse(&server.api_url()).unwrap(),
        retry: fast(),
        read_timeout: Duration::from_millis(200),
        answer_timeout: Duration::from_millis(answer_ms),
        ..ClientConfig::default()
    };
    let patient = Client::new(config(5_000), ApiToken::new(SAMPLE_TOKEN)).unwrap();
    patient.user().await.unwrap();
    let (impatient, events) =
        recorder(Client::new(config(200), ApiToken::new(SAMPLE_TOKEN)).unwrap());
    let error = impatient.user().await.unwrap_err();
    assert_eq!((error.kind, error.attempts), (ErrorKind::Network, 3));
    assert!(error.to_string().contains("no answer came"), "{error}");
    assert_eq!(events.lock().unwrap().len(), 2);
    // A body that stops half-way is still caught by the stall timeout.
    server.controls().update(|s| s.latency = Duration::ZERO);
    server
        .controls()
        .add_fault(Fault::new(Target::Any, FaultKind::StallBody, u32::MAX));
    let error = patient.apps().await.unwrap_err();
    assert!(
        error.to_string().contains("no more of the answer came"),
        "{error}"
    );
}

/// A file of the sample data at least `size` bytes long, and its URL.
fn big_file(server: &SampleServer, size: u64) -> (act_sample_server::data::FileData, Url) {
    let file = server
        .dataset()
        .files
        .values()
        .find(|f| f.size >= size)
        .unwrap()
        .clone();
    let url = Url::parse(&server.file_url(&file.key).unwrap()).unwrap();
    (file, url)
}

fn served(file: &act_sample_server::data::FileData) -> Vec<u8> {
    content::chunks(content::seed_of(&file.key), file.kind, file.size)
        .flatten()
        .collect()
}

#[tokio::test]
async fn a_connection_that_keeps_dropping_is_continued_with_ranges() {
    let server = server().await;
    let (file, url) = big_file(&server, 3 * 1024 * 1024);
    // Every answer breaks off after 512 kB: only Range requests get the file through.
    server
        .controls()
        .update(|s| s.drop_after = Some(512 * 1024));
    let c = client(&server);
    let mut sink = std::io::Cursor::new(Vec::new());
    let mut starts = Vec::new();
    c.download(&url, &mut sink, None, &mut |e| {
        if let DownloadEvent::Started { from, .. } = e {
            starts.push(from);
        }
    })
    .await
    .unwrap();
    assert_eq!(
        Sha256::digest(sink.get_ref()),
        Sha256::digest(served(&file))
    );
    assert!(starts.len() >= 6, "{starts:?}");
    assert!(
        starts.windows(2).all(|w| w[0] < w[1]),
        "each continues: {starts:?}"
    );
    let storage = server
        .controls()
        .requests()
        .into_iter()
        .filter(|r| r.origin == Origin::Storage)
        .count();
    assert_eq!(storage, starts.len());

    // A server that ignores Range can never get past the break: the download gives up.
    server.controls().update(|s| s.ignore_ranges = true);
    let mut sink = std::io::Cursor::new(Vec::new());
    let error = c
        .download(&url, &mut sink, None, &mut |_| {})
        .await
        .unwrap_err();
    assert_eq!((error.kind, error.attempts), (ErrorKind::Network, 3));
}

#[tokio::test]
async fn a_download_stopped_earlier_continues_where_it_stopped_or_starts_over() {
    let server = server().await;
    let (file, url) = big_file(&server, 1024 * 1024);
    let expected = served(&file);
    let c = client(&server);
    // Learn the validator, as an earlier run would have, and keep only the first 100 kB.
    let mut first = std::io::Cursor::new(Vec::new());
    let mut validator = None;
    c.download(&url, &mut first, None, &mut |e| {
        if let DownloadEvent::Started { validator: v, .. } = e {
            validator = v;
        }
    })
    .await
    .unwrap();
    let validator = validator.expect("the storage names its files");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("part");
    std::fs::write(&path, &expected[..100_000]).unwrap();
    let mut sink = FileSink::append(&path).await.unwrap();
    assert_eq!(sink.written(), 100_000);
    let mut from = None;
    c.download(&url, &mut sink, Some(validator.clone()), &mut |e| {
        if let DownloadEvent::Started { from: f, .. } = e {
            from = Some(f);
        }
    })
    .await
    .unwrap();
    drop(sink);
    assert_eq!(from, Some(100_000), "continued");
    assert_eq!(
        Sha256::digest(std::fs::read(&path).unwrap()),
        Sha256::digest(&expected)
    );
    // A validator that no longer matches (the file changed): the whole file comes again.
    std::fs::write(&path, b"stale bytes of another version").unwrap();
    let mut sink = FileSink::append(&path).await.unwrap();
    let mut from = None;
    c.download(&url, &mut sink, Some("\"another\"".into()), &mut |e| {
        if let DownloadEvent::Started { from: f, .. } = e {
            from = Some(f);
        }
    })
    .await
    .unwrap();
    drop(sink);
    assert_eq!(from, Some(0), "started over");
    assert_eq!(
        Sha256::digest(std::fs::read(&path).unwrap()),
        Sha256::digest(&expected)
    );
    // The whole file was there already: the storage answers 416 with the file's length, and
    // the download is complete as it is (not started over).
    let before = server.controls().requests().len();
    let mut sink = FileSink::append(&path).await.unwrap();
    let mut from = None;
    let held = c
        .download(&url, &mut sink, Some(validator.clone()), &mut |e| {
            if let DownloadEvent::Started { from: f, .. } = e {
                from = Some(f);
            }
        })
        .await
        .unwrap();
    drop(sink);
    assert_eq!((held, from), (file.size, Some(file.size)));
    assert_eq!(
        server.controls().requests().len(),
        before + 1,
        "one request"
    );
    assert_eq!(
        Sha256::digest(std::fs::read(&path).unwrap()),
        Sha256::digest(&expected)
    );
    // Longer than the file is now (it changed and shrank): 416 again, and it starts over.
    let mut longer = expected.clone();
    longer.extend_from_slice(b"tail of an older, longer version");
    std::fs::write(&path, &longer).unwrap();
    let mut sink = FileSink::append(&path).await.unwrap();
    c.download(&url, &mut sink, Some(validator), &mut |_| {})
        .await
        .unwrap();
    drop(sink);
    assert_eq!(
        Sha256::digest(std::fs::read(&path).unwrap()),
        Sha256::digest(&expected)
    );
}

#[tokio::test]
async fn paced_calls_meet_no_429_where_the_service_enforces_its_limit() {
    let server = server().await;
    let rule = act_sample_server::RateLimitRule {
        requests: 10,
        per: Duration::from_secs(1),
    };
    server.controls().update(|s| s.rate_limit = Some(rule));
    let config = ClientConfig {
        base_url: BaseUrl::parse(&server.api_url()).unwrap(),
        retry: fast(),
        rate_limit: RateLimit {
            requests: 10,
            per: Duration::from_secs(1),
        },
        ..ClientConfig::default()
    };
    let (c, events) = recorder(Client::new(config, ApiToken::new(SAMPLE_TOKEN)).unwrap());
    let started = Instant::now();
    let app = shared_app(&server);
    let calls = (0..25).map(|_| c.test_runs(&app));
    for result in futures_join(calls).await {
        result.unwrap();
    }
    assert_eq!(server.controls().rate_limited_count(), 0);
    // 25 calls at 10 a second: the last ten start once the second window has passed.
    assert!(
        started.elapsed() >= Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "{:?}",
        started.elapsed()
    );
    assert!(events
        .lock()
        .unwrap()
        .iter()
        .all(|e| !matches!(e, ClientEvent::Retrying { .. })));
}

#[tokio::test]
async fn a_stricter_service_than_documented_slows_the_pacer_down() {
    let server = server().await;
    server.controls().update(|s| {
        s.rate_limit = Some(act_sample_server::RateLimitRule {
            requests: 8,
            per: Duration::from_secs(1),
        })
    });
    let config = ClientConfig {
        base_url: BaseUrl::parse(&server.api_url()).unwrap(),
        retry: RetryPolicy {
            max_attempts: 6,
            ..fast()
        },
        rate_limit: RateLimit {
            requests: 12,
            per: Duration::from_secs(1),
        },
        ..ClientConfig::default()
    };
    let c = Client::new(config, ApiToken::new(SAMPLE_TOKEN)).unwrap();
    let app = shared_app(&server);
    for result in futures_join((0..40).map(|_| c.test_runs(&app))).await {
        result.unwrap();
    }
    let refused = server.controls().rate_limited_count();
    assert!(refused > 0, "the service refused some");
    // After a 429 every call waits and the budget shrinks (12, 9, 7...): few refusals follow.
    assert!(refused <= 12, "{refused} refusals");
}

/// Runs futures at once and collects their outputs.
async fn futures_join<F: std::future::Future>(futures: impl Iterator<Item = F>) -> Vec<F::Output> {
    let handles: Vec<_> = futures.collect();
    let mut out = Vec::new();
    let mut pinned: Vec<_> = handles.into_iter().map(Box::pin).collect();
    // Poll them together: a simple join without an extra dependency.
    std::future::poll_fn(|cx| {
        let mut pending = false;
        let mut i = 0;
        while i < pinned.len() {
            match pinned[i].as_mut().poll(cx) {
                std::task::Poll::Ready(v) => {
                    out.push(v);
                    drop(pinned.remove(i));
                }
                std::task::Poll::Pending => {
                    pending = true;
                    i += 1;
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    out
}
