//! The switches tests steer exports with: a storage that fails after N files, requests held
//! until the test releases (or cuts) them, links that expire now, and the counters of what the
//! storage sent. Each is decided by the server's own counters, never by the clock.

use act_sample_server::data::FileData;
use act_sample_server::{content, Hold, Origin, SampleServer, SAMPLE_TOKEN};
use act_test_support::{server, until};
use sha2::{Digest, Sha256};

/// Files of the sample data of at least `size` bytes, largest first.
fn files_of_at_least(server: &SampleServer, size: u64) -> Vec<FileData> {
    let mut files: Vec<FileData> = server
        .dataset()
        .files
        .values()
        .filter(|f| f.size >= size)
        .cloned()
        .collect();
    files.sort_by_key(|f| std::cmp::Reverse(f.size));
    files
}

fn url_of(server: &SampleServer, file: &FileData) -> String {
    server.file_url(&file.key).unwrap()
}

fn sha256_served(file: &FileData) -> Vec<u8> {
    let mut hasher = Sha256::new();
    for piece in content::chunks(content::seed_of(&file.key), file.kind, file.size) {
        hasher.update(&piece);
    }
    hasher.finalize().to_vec()
}

/// A GET (with `Range: bytes=FROM-` when `from` says so): its status and whole body.
async fn get(url: &str, from: Option<u64>) -> (u16, Vec<u8>) {
    let mut request = reqwest::Client::new().get(url);
    if let Some(from) = from {
        request = request.header("Range", format!("bytes={from}-"));
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.bytes().await.unwrap().to_vec())
}

#[tokio::test]
async fn the_storage_fails_after_n_files_until_it_recovers() {
    let server = server().await;
    let files = files_of_at_least(&server, 1);
    let (a, b, c) = (&files[0], &files[1], &files[2]);
    let controls = server.controls();
    controls.storage_fails_after(2);
    // A refused request (a signature that does not match) is no file served.
    let forged = url_of(&server, a).replace("sig=", "sig=0");
    assert_eq!(get(&forged, None).await.0, 403);
    assert_eq!(get(&url_of(&server, a), None).await.0, 200);
    let (status, tail) = get(&url_of(&server, b), Some(10)).await;
    assert_eq!((status, tail.len() as u64), (206, b.size - 10));
    // Served two: every file request fails from now on, the ones served before too.
    for file in [c, a, b] {
        let (status, body) = get(&url_of(&server, file), None).await;
        assert_eq!(status, 503, "{}", file.key);
        assert!(String::from_utf8_lossy(&body).starts_with("ServerBusy"));
    }
    controls.storage_recovers();
    assert_eq!(get(&url_of(&server, c), None).await.0, 200);
    let served = controls.files_served();
    assert_eq!(served.len(), 3, "{served:?}");
    assert!(served.values().all(|&n| n == 1), "{served:?}");
    assert_eq!(controls.times_served(&b.key), 1);
    assert_eq!(
        controls.storage_bytes_sent(),
        a.size + (b.size - 10) + c.size,
        "the bodies' bytes, nothing of the refusals"
    );
    // With 0 it fails at once.
    controls.storage_fails_after(0);
    assert_eq!(get(&url_of(&server, a), None).await.0, 503);
    assert_eq!(controls.times_served(&a.key), 1);
}

#[tokio::test]
async fn a_held_file_sends_its_first_part_and_waits_until_released() {
    let server = server().await;
    let files = files_of_at_least(&server, 3 * content::CHUNK as u64);
    let (first, second) = (files[0].clone(), files[1].clone());
    let controls = server.controls().clone();
    // The second file body from now on.
    controls.hold(Hold::storage_file(2));
    assert_eq!(get(&url_of(&server, &first), None).await.0, 200);
    assert_eq!(controls.holding(), 0);
    let mut response = reqwest::Client::new()
        .get(url_of(&server, &second))
        .send()
        .await
        .unwrap();
    // Its status and headers came, and the first piece.
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.content_length(), Some(second.size));
    until("the second file is held", controls.held()).await;
    assert_eq!(controls.holding(), 1);
    assert_eq!(
        controls.storage_bytes_sent(),
        first.size + content::CHUNK as u64,
        "the first file, then one piece of the second"
    );
    let mut body = response.chunk().await.unwrap().unwrap().to_vec();
    assert!(!body.is_empty() && body.len() <= content::CHUNK);
    // Nothing more is sent while it is held, however long that is.
    assert_eq!(
        controls.storage_bytes_sent(),
        first.size + content::CHUNK as u64
    );
    controls.release();
    assert_eq!(controls.holding(), 0);
    while let Some(piece) = response.chunk().await.unwrap() {
        body.extend_from_slice(&piece);
    }
    assert_eq!(Sha256::digest(&body).to_vec(), sha256_served(&second));
    assert_eq!(controls.storage_bytes_sent(), first.size + second.size);
    // Released, the hold is spent: the next file comes whole.
    assert_eq!(get(&url_of(&server, &first), None).await.0, 200);
    assert_eq!(controls.times_served(&first.key), 2);
}

#[tokio::test]
async fn a_small_file_is_held_half_way() {
    let server = server().await;
    let controls = server.controls().clone();
    let small = server
        .dataset()
        .files
        .values()
        .filter(|f| f.size > 1 && f.size < content::CHUNK as u64)
        .min_by_key(|f| f.size)
        .unwrap()
        .clone();
    controls.hold(Hold::storage_file(1));
    let mut response = reqwest::Client::new()
        .get(url_of(&server, &small))
        .send()
        .await
        .unwrap();
    until("the small file is held", controls.held()).await;
    assert_eq!(controls.storage_bytes_sent(), small.size / 2);
    let mut body = Vec::new();
    while body.len() < usize::try_from(small.size / 2).unwrap() {
        body.extend_from_slice(&response.chunk().await.unwrap().unwrap());
    }
    controls.release();
    while let Some(piece) = response.chunk().await.unwrap() {
        body.extend_from_slice(&piece);
    }
    assert_eq!(Sha256::digest(&body).to_vec(), sha256_served(&small));
}

#[tokio::test]
async fn a_held_file_that_is_cut_breaks_off_after_its_first_part() {
    let server = server().await;
    let files = files_of_at_least(&server, 3 * content::CHUNK as u64);
    let file = files[0].clone();
    let controls = server.controls().clone();
    // By its address: the first request whose path holds the file's key.
    controls.hold(Hold::storage_path(file.key.clone()));
    let other = &files[1];
    assert_eq!(get(&url_of(&server, other), None).await.0, 200);
    let mut response = reqwest::Client::new()
        .get(url_of(&server, &file))
        .send()
        .await
        .unwrap();
    until("the file is held", controls.held()).await;
    controls.cut();
    let mut received = 0;
    let broke = loop {
        match response.chunk().await {
            Ok(Some(piece)) => received += piece.len(),
            Ok(None) => break false,
            Err(_) => break true,
        }
    };
    assert!(broke, "the body broke off");
    assert!(received <= content::CHUNK, "{received}");
    assert_eq!(controls.holding(), 0);
}

#[tokio::test]
async fn a_held_api_request_gets_no_answer_until_released() {
    let server = server().await;
    let controls = server.controls().clone();
    let app = &server.dataset().apps[0];
    let runs = format!(
        "{}/v0.1/apps/{}/{}/test_runs",
        server.api_url(),
        app.owner.name,
        app.name
    );
    let user = format!("{}/v0.1/user", server.api_url());
    let call = |url: String| {
        tokio::spawn(async move {
            let response = reqwest::Client::new()
                .get(url)
                .header("X-API-Token", SAMPLE_TOKEN)
                .send()
                .await?;
            let status = response.status().as_u16();
            response.bytes().await.map(|body| (status, body.len()))
        })
    };
    controls.hold(Hold::api_path("/test_runs"));
    // Another path is not held.
    assert_eq!(call(user.clone()).await.unwrap().unwrap().0, 200);
    let listing = call(runs.clone());
    until("the run list is held", controls.held()).await;
    assert!(!listing.is_finished(), "no answer while held");
    assert_eq!(call(user.clone()).await.unwrap().unwrap().0, 200);
    controls.release();
    let (status, length) = listing.await.unwrap().unwrap();
    assert_eq!(status, 200);
    assert!(length > 2);

    // The second API request from now on, cut: it breaks off without an answer.
    controls.hold(Hold::api_request(2));
    assert_eq!(call(user.clone()).await.unwrap().unwrap().0, 200);
    let cut = call(runs.clone());
    until("the second request is held", controls.held()).await;
    controls.cut();
    assert!(cut.await.unwrap().is_err(), "broken off");
    assert_eq!(
        call(runs).await.unwrap().unwrap().0,
        200,
        "the hold is spent"
    );
    // The log has each request when it was answered: the held listing after the call made
    // while it was held.
    let answered: Vec<String> = controls
        .requests()
        .into_iter()
        .filter(|r| r.origin == Origin::Api)
        .map(|r| r.path.rsplit('/').next().unwrap().to_string())
        .collect();
    assert_eq!(
        answered,
        [
            "user",
            "user",
            "test_runs",
            "user",
            "test_runs",
            "test_runs"
        ]
    );
}

#[tokio::test]
async fn a_request_held_for_ever_ends_when_the_server_stops() {
    let server = server().await;
    let file = files_of_at_least(&server, 3 * content::CHUNK as u64)[0].clone();
    server.controls().hold(Hold::storage_file(1));
    let mut response = reqwest::Client::new()
        .get(url_of(&server, &file))
        .send()
        .await
        .unwrap();
    until("the file is held", server.controls().held()).await;
    server.shutdown().await;
    let broke = loop {
        match response.chunk().await {
            Ok(Some(_)) => {}
            Ok(None) => break false,
            Err(_) => break true,
        }
    };
    assert!(broke, "the held body broke off");
}

#[tokio::test]
async fn links_given_out_before_expire_links_answer_403_and_later_ones_work() {
    let server = server().await;
    let file = files_of_at_least(&server, 1)[0].clone();
    let controls = server.controls();
    let old = url_of(&server, &file);
    assert_eq!(get(&old, None).await.0, 200);
    controls.expire_links();
    let (status, body) = get(&old, None).await;
    assert_eq!(status, 403);
    assert_eq!(
        String::from_utf8_lossy(&body),
        "AuthenticationFailed: Signed expiry time has passed"
    );
    let new = url_of(&server, &file);
    assert_ne!(new, old);
    assert_eq!(get(&new, None).await.0, 200);
    // Links of every earlier generation have expired; a forged one is no link at all.
    controls.expire_links();
    for stale in [&old, &new] {
        assert_eq!(get(stale, None).await.0, 403);
    }
    let (status, body) = get(&new.replace("sig=", "sig=0"), None).await;
    assert_eq!(
        (status, String::from_utf8_lossy(&body).into_owned()),
        (403, "AuthenticationFailed: signature mismatch".to_string())
    );
    assert_eq!(get(&url_of(&server, &file), None).await.0, 200);
    // Only bodies count as served: three, whatever the refusals.
    assert_eq!(controls.times_served(&file.key), 3);
}

#[tokio::test]
async fn a_request_whose_client_went_away_is_answered_no_more() {
    let server = server().await;
    let file = files_of_at_least(&server, 3 * content::CHUNK as u64)[0].clone();
    server.controls().hold(Hold::storage_file(1));
    let client = reqwest::Client::new();
    let response = client.get(url_of(&server, &file)).send().await.unwrap();
    until("the file is held", server.controls().held()).await;
    assert_eq!(
        server.controls().answering(),
        2,
        "its connection is open and its answer is being sent"
    );
    // The client goes away (as a killed program's would: its connection closes), and the
    // server lets it go.
    drop(response);
    drop(client);
    server.controls().release();
    until("the server is quiet", server.controls().quiet()).await;
    assert_eq!(server.controls().answering(), 0);
    assert_eq!(get(&url_of(&server, &file), None).await.0, 200);
    until("the server is quiet again", server.controls().quiet()).await;
}
