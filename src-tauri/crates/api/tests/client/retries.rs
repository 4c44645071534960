//! What is tried again and what is not: rate limits in every form, server errors, broken
//! and stalled bodies, answers that never come, and failures that are final at once.

use std::time::{Duration, Instant};

use act_api::{
    ApiToken, AppRef, BaseUrl, Client, ClientConfig, ClientEvent, Endpoint, ErrorKind, FileSink,
    Operation, RetryReason, Url,
};
use act_sample_server::{Fault, FaultKind, Origin, RetryHint, Target, SAMPLE_TOKEN};
use act_test_support::wait_for;

use crate::support::{client, client_for, quick_retries, recorder, server, shared_app};

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
        // The wait the server asked for was kept (a lower bound only: an HTTP date has
        // whole-second precision, and two seconds ahead it is over a second ahead).
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
        match hint {
            // What is left of the two seconds when the answer is read: however long the
            // answer took to come, never more.
            RetryHint::HttpDate(_) => assert!(*delay_ms <= 2000, "{hint:?}: {delay_ms}"),
            _ => assert_eq!(*delay_ms, 1000, "{hint:?}"),
        }
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
async fn broken_and_stalled_bodies_are_retried() {
    let server = server().await;
    // A stalled body is caught after a second without bytes, not a minute.
    let config = ClientConfig {
        base_url: BaseUrl::parse(&server.api_url()).unwrap(),
        retry: quick_retries(),
        read_timeout: Duration::from_secs(1),
        ..ClientConfig::default()
    };
    let c = Client::new(config, ApiToken::new(SAMPLE_TOKEN)).unwrap();
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
async fn a_slow_answer_is_waited_for_but_a_stalled_body_is_not() {
    let server = server().await;
    // The service thinks for longer than the stall timeout before it answers.
    server
        .controls()
        .update(|s| s.latency = Duration::from_millis(700));
    let config = |answer_ms| ClientConfig {
        base_url: BaseUrl::parse(&server.api_url()).unwrap(),
        retry: quick_retries(),
        read_timeout: Duration::from_millis(200),
        answer_timeout: Duration::from_millis(answer_ms),
        ..ClientConfig::default()
    };
    let patient = Client::new(config(60_000), ApiToken::new(SAMPLE_TOKEN)).unwrap();
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

#[tokio::test]
async fn unreachable_server_is_a_network_error() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let config = ClientConfig {
        base_url: BaseUrl::parse(&format!("http://127.0.0.1:{port}")).unwrap(),
        retry: quick_retries(),
        ..ClientConfig::default()
    };
    let c = Client::new(config, ApiToken::new("t")).unwrap();
    let error = c.user().await.unwrap_err();
    assert_eq!((error.kind, error.attempts), (ErrorKind::Network, 3));
    assert!(error.to_string().contains("could not connect"), "{error}");
}

#[tokio::test]
async fn a_name_that_does_not_resolve_is_a_network_error() {
    let config = ClientConfig {
        base_url: BaseUrl::parse("https://act-export-test.invalid").unwrap(),
        retry: quick_retries(),
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
    wait_for("the TLS server listens", || {
        std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
    })
    .await;
    let config = ClientConfig {
        base_url: BaseUrl::parse(&format!("https://localhost:{port}")).unwrap(),
        retry: quick_retries(),
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
