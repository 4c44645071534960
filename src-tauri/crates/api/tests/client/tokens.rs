//! Where the token goes: to the API origin only, never across a redirect that left it.

use act_api::{Endpoint, ErrorKind, Url};
use act_sample_server::{Fault, FaultKind, Origin, Target, SAMPLE_TOKEN};

use crate::support::{client, server, shared_app};

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
