//! The pacer against simulated services, on tokio's paused clock (no network, no real time):
//! each service enforces its own limit and answers 429 with a Retry-After, so that the 429s
//! and the simulated time an export takes can be counted exactly.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::time::Instant;

use super::{Answer, Clock, Pacer, RateLimit};
use crate::base_url::BaseUrl;
use crate::token::ApiToken;

/// A service that admits at most `requests` calls in any window of `per` (a sliding log, as
/// the sample server keeps) and answers the others 429 with `Retry-After` in whole seconds,
/// rounded up. Refused calls do not count. Its rule may change at given moments.
struct Service {
    /// From when (since `begin`), how many per window.
    rules: Vec<(Duration, u32, Duration)>,
    begin: Instant,
    window: VecDeque<Instant>,
    refused: usize,
}

impl Service {
    fn new(requests: u32, per: Duration) -> Arc<Mutex<Service>> {
        Service::changing(vec![(Duration::ZERO, requests, per)])
    }

    fn changing(rules: Vec<(Duration, u32, Duration)>) -> Arc<Mutex<Service>> {
        Arc::new(Mutex::new(Service {
            rules,
            begin: Instant::now(),
            window: VecDeque::new(),
            refused: 0,
        }))
    }

    /// Admits a call arriving now, or says after how long (rounded up) to come back.
    fn call(&mut self) -> Result<(), Duration> {
        let now = Instant::now();
        let since = now - self.begin;
        let (_, requests, per) = *self
            .rules
            .iter()
            .rev()
            .find(|(from, _, _)| *from <= since)
            .unwrap();
        while self.window.front().is_some_and(|t| now - *t >= per) {
            self.window.pop_front();
        }
        if self.window.len() < requests as usize {
            self.window.push_back(now);
            return Ok(());
        }
        self.refused += 1;
        let wait = per - (now - self.window[self.window.len() - requests as usize]);
        Err(Duration::from_secs(
            wait.as_secs() + u64::from(wait.subsec_nanos() > 0),
        ))
    }
}

/// The way to the service and back, each: 5 to 15 ms, so that calls may arrive in another
/// order than they were sent (from a seeded generator: the same every run).
fn way(rng: &Mutex<fastrand::Rng>) -> Duration {
    Duration::from_millis(rng.lock().unwrap().u64(5..=15))
}

/// What an export saw.
#[derive(Debug)]
struct Outcome {
    /// Answers 429.
    refused: usize,
    /// From the first call to the last answer.
    elapsed: Duration,
    /// When each call was admitted, in order.
    admitted: Vec<Duration>,
}

/// `calls` API calls, `parallel` at a time (the engine runs up to 64), each tried again after
/// a 429 as the client does: after the server's delay (at most 120 s), the pacer told.
async fn export(
    pacer: Arc<Pacer>,
    service: Arc<Mutex<Service>>,
    calls: usize,
    parallel: usize,
) -> Outcome {
    let begin = Instant::now();
    let next = Arc::new(AtomicUsize::new(0));
    let admitted = Arc::new(Mutex::new(Vec::new()));
    let refused = Arc::new(AtomicUsize::new(0));
    let rng = Arc::new(Mutex::new(fastrand::Rng::with_seed(calls as u64)));
    let mut workers = tokio::task::JoinSet::new();
    for _ in 0..parallel {
        let (pacer, service, next) = (pacer.clone(), service.clone(), next.clone());
        let (admitted, refused, rng) = (admitted.clone(), refused.clone(), rng.clone());
        workers.spawn(async move {
            while next.fetch_add(1, Ordering::SeqCst) < calls {
                loop {
                    let slot = pacer.start().await;
                    tokio::time::sleep(way(&rng)).await;
                    let verdict = service.lock().unwrap().call();
                    tokio::time::sleep(way(&rng)).await;
                    match verdict {
                        Ok(()) => {
                            slot.finish(Answer::Admitted);
                            admitted.lock().unwrap().push(begin.elapsed());
                            break;
                        }
                        Err(retry_after) => {
                            refused.fetch_add(1, Ordering::SeqCst);
                            let pause = retry_after.min(Duration::from_secs(120));
                            slot.finish(Answer::Refused {
                                server_delay: Some(retry_after),
                                pause,
                            });
                            tokio::time::sleep(pause).await;
                        }
                    }
                }
            }
        });
    }
    while workers.join_next().await.is_some() {}
    let mut admitted = admitted.lock().unwrap().clone();
    admitted.sort();
    Outcome {
        refused: refused.load(Ordering::SeqCst),
        elapsed: begin.elapsed(),
        admitted,
    }
}

fn limit(requests: u32, seconds: u64) -> RateLimit {
    RateLimit {
        requests,
        per: Duration::from_secs(seconds),
    }
}

fn alone(limit: RateLimit) -> Arc<Pacer> {
    Arc::new(Pacer::new(limit).on_clock(Clock::tokio()))
}

/// The least time `calls` calls take under `requests` per `per` (a sliding window): the last
/// ones start once the windows before them have passed.
fn minimum(calls: usize, requests: u32, per: Duration) -> Duration {
    per * ((calls as u32 - 1) / requests)
}

/// At most `ratio` times the minimum, plus 2 s.
fn within(outcome: &Outcome, minimum: Duration, ratio: f64) -> bool {
    outcome.elapsed <= minimum.mul_f64(ratio) + Duration::from_secs(2)
}

#[tokio::test(start_paused = true)]
async fn against_40_per_10_s_it_learns_the_limit_at_the_cost_of_three_429s() {
    let service = Service::new(40, Duration::from_secs(10));
    let outcome = export(alone(RateLimit::default()), service, 98, 64).await;
    let least = minimum(98, 40, Duration::from_secs(10));
    assert_eq!(least, Duration::from_secs(20));
    assert!(outcome.refused <= 3, "{outcome:?}");
    assert!(within(&outcome, least, 1.25), "{outcome:?}");
}

#[tokio::test(start_paused = true)]
async fn against_40_per_10_s_a_call_well_before_the_export_does_not_blur_the_window() {
    // The app listed the runs (one call), and the export began 15 s later.
    let service = Service::new(40, Duration::from_secs(10));
    let pacer = alone(RateLimit::default());
    let listing = export(pacer.clone(), service.clone(), 1, 1).await;
    assert_eq!(listing.refused, 0);
    tokio::time::sleep(Duration::from_secs(15)).await;
    let outcome = export(pacer, service, 98, 64).await;
    assert!(outcome.refused <= 3, "{outcome:?}");
    assert!(
        within(&outcome, minimum(98, 40, Duration::from_secs(10)), 1.25),
        "{outcome:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn against_the_documented_500_per_5_minutes_nothing_is_refused() {
    for calls in [98, 608] {
        let service = Service::new(500, Duration::from_secs(300));
        let outcome = export(alone(RateLimit::default()), service, calls, 64).await;
        let least = minimum(calls, 500, Duration::from_secs(300));
        assert_eq!(outcome.refused, 0, "{calls}: {outcome:?}");
        assert!(within(&outcome, least, 1.0), "{calls}: {outcome:?}");
    }
}

#[tokio::test(start_paused = true)]
async fn against_10_per_second() {
    let service = Service::new(10, Duration::from_secs(1));
    let outcome = export(alone(RateLimit::default()), service, 98, 64).await;
    let least = minimum(98, 10, Duration::from_secs(1));
    // Three on reaching the limit, then one for each probe above it (after 2 and 4 windows).
    assert!(outcome.refused <= 5, "{outcome:?}");
    assert!(within(&outcome, least, 1.25), "{outcome:?}");
}

#[tokio::test(start_paused = true)]
async fn a_limit_that_loosens_half_way_is_followed_back_up() {
    // 10 a second for the first 30 s, then 40 a second; the starting guess allows 100.
    let service = Service::changing(vec![
        (Duration::ZERO, 10, Duration::from_secs(1)),
        (Duration::from_secs(30), 40, Duration::from_secs(1)),
    ]);
    let calls = 300 + 1200;
    let outcome = export(alone(limit(100, 1)), service, calls, 64).await;
    // The last 600 calls went at the looser pace (within 1.25x of 40 a second): at 10 a
    // second they would take 60 s.
    let tail = outcome.admitted[calls - 1] - outcome.admitted[calls - 600];
    assert!(
        tail <= Duration::from_secs(15).mul_f64(1.25) + Duration::from_secs(2),
        "{tail:?}, {:?} in all, {} refused",
        outcome.elapsed,
        outcome.refused
    );
    assert!(outcome.refused <= 30, "{outcome:?}");
}

fn shared(folder: &std::path::Path, limit: RateLimit, clock: Clock) -> Arc<Pacer> {
    let base_url = BaseUrl::parse("https://api.appcenter.example").unwrap();
    let pacer = Pacer::shared(limit, folder, &base_url, &ApiToken::new("token-1"));
    assert!(pacer.is_shared());
    Arc::new(pacer.on_clock(clock))
}

#[tokio::test(start_paused = true)]
async fn two_pacers_on_one_state_folder_keep_to_one_budget() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Clock::tokio();
    let service = Service::new(20, Duration::from_secs(2));
    let (a, b) = (
        shared(dir.path(), limit(20, 2), clock),
        shared(dir.path(), limit(20, 2), clock),
    );
    let (first, second) = tokio::join!(
        export(a, service.clone(), 30, 16),
        export(b, service.clone(), 30, 16)
    );
    assert_eq!((first.refused, second.refused), (0, 0));
    // Each alone keeps to 20 in 2 s, and together they get 429s.
    let service = Service::new(20, Duration::from_secs(2));
    let (first, second) = tokio::join!(
        export(alone(limit(20, 2)), service.clone(), 30, 16),
        export(alone(limit(20, 2)), service.clone(), 30, 16)
    );
    assert!(first.refused + second.refused > 0);
}

#[tokio::test(start_paused = true)]
async fn what_was_learned_is_kept_for_the_next_pacer() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Clock::tokio();
    let service = Service::new(40, Duration::from_secs(10));
    let first = export(
        shared(dir.path(), RateLimit::default(), clock),
        service.clone(),
        98,
        64,
    )
    .await;
    assert!(first.refused > 0 && first.refused <= 3, "{first:?}");
    // Discovering, the first 40 calls went a few at a time.
    assert!(first.admitted[39] > Duration::from_millis(200), "{first:?}");
    // A restart (or another process) later: it starts from 40 per 10 s, all 40 at once; a
    // probe above them may meet a 429.
    tokio::time::sleep(Duration::from_secs(30)).await;
    let second = export(
        shared(dir.path(), RateLimit::default(), clock),
        service,
        98,
        64,
    )
    .await;
    assert!(
        second.admitted[39] <= Duration::from_millis(30),
        "{second:?}"
    );
    assert!(second.refused <= 1, "{second:?}");
}

#[tokio::test(start_paused = true)]
async fn a_state_file_that_cannot_be_read_never_holds_a_call_back() {
    let dir = tempfile::tempdir().unwrap();
    let pacer = shared(dir.path(), limit(5, 10), Clock::tokio());
    let _ = pacer.delay(); // the state file exists from the first look on
    let path = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .unwrap();
    std::fs::write(&path, b"\0\xff garbage").unwrap();
    let begin = Instant::now();
    pacer.start().await.finish(Answer::Admitted);
    assert_eq!(begin.elapsed(), Duration::ZERO);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("{\"format\":1"), "{text}");
    assert!(!text.contains("token-1"));
}

#[tokio::test(start_paused = true)]
async fn the_calls_a_killed_process_left_open_hold_no_other_back() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Clock::tokio();
    // A first contact: three probes out when the process is killed (they are never answered).
    let killed = shared(dir.path(), RateLimit::default(), clock);
    for _ in 0..3 {
        std::mem::forget(killed.start().await);
    }
    killed.file.as_ref().unwrap().die();
    // The continuation, in another process, sends its first call at once (it waited for
    // answers that would never come until the killed calls left the book, 5.5 minutes on).
    let continuation = shared(dir.path(), RateLimit::default(), clock);
    let begin = Instant::now();
    continuation.start().await.finish(Answer::Admitted);
    assert_eq!(begin.elapsed(), Duration::ZERO);
}

#[tokio::test(start_paused = true)]
async fn a_busy_state_file_is_waited_for_and_never_paced_around() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Clock::tokio();
    let first = shared(dir.path(), limit(2, 10), clock);
    for _ in 0..2 {
        first.start().await.finish(Answer::Admitted);
    }
    let path = first.file.as_ref().unwrap().path().to_path_buf();
    // Another process holds the file (descheduled on a busy machine, say) for a while.
    let held = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(&path)
        .unwrap();
    held.lock().unwrap();
    let letting_go = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(500));
        // Closed, as the other process would (closing lets the lock go on every system).
        drop(held);
    });
    // The second pace waits for the file and sees the window full: it does not start at once
    // on a book of its own.
    let second = shared(dir.path(), limit(2, 10), clock);
    let begin = Instant::now();
    second.start().await.finish(Answer::Admitted);
    assert_eq!(begin.elapsed(), Duration::from_secs(10));
    letting_go.join().unwrap();
}
