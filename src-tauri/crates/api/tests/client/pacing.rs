//! The pace of API calls where the service enforces a limit.

use std::time::{Duration, Instant};

use act_api::{ApiToken, BaseUrl, Client, ClientConfig, ClientEvent, RateLimit, RetryPolicy};
use act_sample_server::SAMPLE_TOKEN;

use crate::support::{quick_retries, recorder, server, shared_app};

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
        retry: quick_retries(),
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
    // 25 calls at 10 a second: the last five start once the second window has passed (a
    // lower bound only: how much longer it takes is this machine's speed).
    assert!(
        started.elapsed() >= Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(server.controls().requests().len(), 25, "each call once");
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
            ..quick_retries()
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
