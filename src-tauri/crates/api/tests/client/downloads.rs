//! Downloads from the storage: exact bytes streamed into a sink, a cancel that does not wait
//! for the storage, and downloads continued with Range or started over.

use act_api::{DownloadEvent, ErrorKind, FileSink, RestartableSink, Url};
use act_sample_server::{content, Hold, Origin};
use act_test_support::until;
use sha2::{Digest, Sha256};

use crate::support::{big_file, client, served, server};

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
async fn cancel_ends_a_download_the_storage_holds_for_ever() {
    let server = server().await;
    let cancel = tokio_util::sync::CancellationToken::new();
    let c = client(&server).with_cancel(cancel.clone());
    let (file, url) = big_file(&server, 1_000_000);
    // The storage sends the first part, then nothing for as long as the test lives: only the
    // cancel can end the download, and it does not wait for the storage.
    server.controls().hold(Hold::storage_file(1));
    let controls = server.controls().clone();
    let trigger = cancel.clone();
    tokio::spawn(async move {
        until("the download is held", controls.held()).await;
        trigger.cancel();
    });
    let mut sink = std::io::Cursor::new(Vec::new());
    let error = until(
        "the cancelled download returns",
        c.download(&url, &mut sink, None, &mut |_| {}),
    )
    .await
    .unwrap_err();
    assert_eq!(error.kind, ErrorKind::Cancelled);
    assert_eq!(server.controls().holding(), 1, "still held");
    assert!((sink.get_ref().len() as u64) < file.size);
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
async fn a_server_with_weak_etags_is_continued_by_the_date() {
    // A weak ETag cannot be sent in `If-Range`; the date the file was last modified can, so a
    // stopped download continues instead of starting over.
    let server = server().await;
    server.controls().update(|s| s.weak_etags = true);
    let (file, url) = big_file(&server, 1024 * 1024);
    let expected = served(&file);
    let c = client(&server);
    let mut whole = std::io::Cursor::new(Vec::new());
    let mut validator = None;
    c.download(&url, &mut whole, None, &mut |e| {
        if let DownloadEvent::Started { validator: v, .. } = e {
            validator = v;
        }
    })
    .await
    .unwrap();
    let validator = validator.expect("the date names the version");
    assert!(!validator.starts_with("W/"), "{validator}");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("part");
    std::fs::write(&path, &expected[..100_000]).unwrap();
    let mut sink = FileSink::append(&path).await.unwrap();
    let mut from = None;
    c.download(&url, &mut sink, Some(validator), &mut |e| {
        if let DownloadEvent::Started { from: f, .. } = e {
            from = Some(f);
        }
    })
    .await
    .unwrap();
    drop(sink);
    assert_eq!(from, Some(100_000), "continued, not started over");
    assert_eq!(
        Sha256::digest(std::fs::read(&path).unwrap()),
        Sha256::digest(&expected)
    );
}
