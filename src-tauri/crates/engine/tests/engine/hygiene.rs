//! Token hygiene: with every log at TRACE, a full export (and a failed one) leaves the token in
//! no log line, no archive entry, no temporary file and no error message; the storage origin
//! never receives it; Debug output of every settings type redacts it.

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};

use act_api::{ApiToken, Client, ClientConfig};
use act_engine::{export, ExportOptions, Scope};
use act_sample_server::{Origin, SAMPLE_TOKEN};

use crate::support::{self, files_under, server};
use tokio_util::sync::CancellationToken;

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_token_never_leaks() {
    let capture = Capture::default();
    let writer = capture.clone();
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .init();

    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let request = |destination| {
        let mut request = support::request(&server, 0, Scope::WholeApp, destination);
        request.options = ExportOptions::default();
        request
    };
    let debug = format!("{:?}", request(dir.path().join("x.zip")));
    assert!(
        !debug.contains(SAMPLE_TOKEN) && debug.contains("<redacted>"),
        "{debug}"
    );
    let client = Client::new(ClientConfig::default(), ApiToken::new(SAMPLE_TOKEN)).unwrap();
    assert!(!format!("{client:?}").contains(SAMPLE_TOKEN));

    // A full export, watching the folder for temporary files while it runs.
    let watch_dir = dir.path().to_path_buf();
    let seen_temp = Arc::new(Mutex::new(Vec::<Vec<u8>>::new()));
    let seen = seen_temp.clone();
    let sink = Arc::new(move |_: &act_engine::Progress| {
        for entry in files_under(&watch_dir) {
            if let Ok(bytes) = std::fs::read(&entry) {
                seen.lock().unwrap().push(bytes);
            }
        }
    });
    let summary = export(
        request(dir.path().join("all.zip")),
        sink,
        CancellationToken::new(),
    )
    .await
    .unwrap();
    assert!(summary.files > 50);

    // A failed export: the token is revoked midway.
    server.controls().update(|s| s.revoke_after = Some(8));
    let error = export(
        request(dir.path().join("fail.zip")),
        Arc::new(|_: &act_engine::Progress| {}),
        CancellationToken::new(),
    )
    .await
    .unwrap_err();
    let message = format!("{error} {error:?}");
    assert!(!message.contains(SAMPLE_TOKEN), "{message}");

    let logs = String::from_utf8_lossy(&capture.0.lock().unwrap()).into_owned();
    assert!(
        logs.contains("TRACE") || logs.contains("DEBUG"),
        "logging was on"
    );
    assert!(!logs.contains(SAMPLE_TOKEN), "the token is in a log line");

    let mut zip =
        zip::ZipArchive::new(std::fs::File::open(dir.path().join("all.zip")).unwrap()).unwrap();
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        assert!(
            !contains(&bytes, SAMPLE_TOKEN.as_bytes()),
            "{}",
            entry.name().unwrap()
        );
    }
    assert!(
        !seen_temp.lock().unwrap().is_empty(),
        "temporary files were seen"
    );
    for bytes in seen_temp.lock().unwrap().iter() {
        assert!(
            !contains(bytes, SAMPLE_TOKEN.as_bytes()),
            "a temporary file holds the token"
        );
    }
    let storage = server
        .controls()
        .requests()
        .into_iter()
        .filter(|r| r.origin == Origin::Storage);
    assert!(
        storage.into_iter().all(|r| r.token.is_none()),
        "the storage origin got the token"
    );
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}
