//! Pacing API calls to the service's request limit, learned from what it answers.
//!
//! App Center documents a limit of 500 requests per 5 minutes per IP and warns that stricter
//! ones may apply. The pacer keeps every call to the API origin within a sliding window of `N`
//! calls per `W`. It starts from the configured limit (`--rate-limit`, 500/300 s by default)
//! and learns the service's own from its answers:
//!
//! - **Counting.** A call counts from the moment it starts until a window after its answer.
//!   The answer is never earlier than the moment the service counted it (its time is recorded
//!   rounded up to the millisecond), so the pacer's window can only trail the service's,
//!   whatever the latency. A call still waiting for its answer
//!   counts as if answered now, but never later than 30 s after it began (a request reaches the
//!   service well within that), so that the calls of a process that died free their places a
//!   window and 30 s later. Refused calls count too.
//! - **Discovery.** Before any 429, calls start at once while fewer than `known` count in the
//!   window, `known` being the most calls the service was seen to admit in one window. Beyond
//!   it, calls are probes: at most 3 in flight (a sixteenth of `known` once that is more), so
//!   that reaching a limit nobody told us costs at most 3 answers 429. Each probe admitted
//!   raises `known` by one, so the pace doubles every few round trips.
//! - **The first 429 teaches the window and the count.** The service's window has just filled
//!   up, and it says when it frees a place: `Retry-After: R`, or "Try again in R seconds" in
//!   the body. A place frees `R` after the oldest call the window holds, so a call of ours
//!   followed by a gap of `R` or more had left the window already (the app's lists, a minute
//!   before the export): the window holds our admitted calls since the last such gap, `c` of
//!   them, the first of which began at `s`. It spans at most from `s` to `now + R`: the pacer
//!   takes `W = now - s + R` and `N = c`, and every call pauses for `R`. Against 40 per 10 s:
//!   40 calls in the first 0.2 s, then a 429 saying 10 s, so `W` = 10.2 s and `N` = 40, and
//!   the next 40 go as the first ones leave the window. The 429s of calls sent before the one that taught this are the same overshoot and
//!   teach nothing more.
//! - **Later 429s** (AIMD: multiplicative decrease). A call within `N` refused, with no probe
//!   out, means another client uses the account's budget or the service tightened its limit:
//!   `N` becomes 3/4 of what was admitted in the window (of what was known when none of ours
//!   was: others filled it), `W` grows to `R` if that is longer, and every call pauses for
//!   `R`. A probe refused, or any call refused while a probe was out (calls arrive in any
//!   order: the probe may have come first), changes neither and pauses no other call (the
//!   window is full as the pacer holds it: the calls within `N` wait for their places anyway);
//!   the next probe waits twice as long. A 429 with no delay teaches no window: `N` shrinks by
//!   a quarter and calls wait the retry's backoff. A 429 before any call of ours was admitted
//!   in the window teaches nothing but the pause.
//! - **Recovery** (additive increase). Two windows after a 429 (then 4, up to 8 after each
//!   probe refused), when the window is full, calls go beyond `N` as probes, one at a time (a
//!   thirty-second of `N` once that is more), and only once every call within `N` has its
//!   answer and all began within half a window: then the service's window (shorter than ours
//!   by the rounding of its delays and the way there) still holds them all, and a probe it
//!   admits is one more it allows, `N` + 1. The pace climbs back while the service admits
//!   more and stops at its first 429. Once `N` reaches the configured limit (in a window no
//!   longer than its), the learned limit is forgotten.
//! - **Never beyond the configured limit**, which applies as a window of its own beside the
//!   learned one: App Center's documented limit stays honoured while a stricter one is learned.
//!
//! This is the AIMD scheme of TCP and of the AWS SDKs' "adaptive" retry mode (which paces the
//! rate of a token bucket with CUBIC), on a model of windows rather than of a rate: a windowed
//! limit allows bursts, and a rate alone would give up the 500 calls at once that the
//! documented limit allows.
//!
//! **One budget per service and account.** With a state folder ([`Pacer::shared`],
//! `ClientConfig::pace_folder`), the calls of the last window, the pause and what was learned
//! live in one file per service and account (`pacer/file.rs`), read and written under an OS
//! file lock with wall-clock times by every ACT Export process of the user: the app and any
//! number of `act-export` runs keep to one budget, and a restart starts from what was learned.
//! Every decision is taken on the whole book (a locked file is waited for, never passed by);
//! a file that cannot be read counts as empty. The calls a killed process left open are ended
//! as soon as another finds it gone, so that they hold no place among the calls in flight.
//!
//! Storage downloads are not paced (the limit is the API's).

mod book;
mod file;
#[cfg(test)]
mod simulation;

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, SystemTime};

use tokio::time::Instant;

use crate::base_url::BaseUrl;
use crate::token::ApiToken;
use book::{Book, Call, Decision, Ending, Guess, Standing};
use file::StateFile;

/// The configured limit: at most `requests` API calls in any window of `per`. The pace starts
/// from it and never goes beyond it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    pub requests: u32,
    pub per: Duration,
}

impl Default for RateLimit {
    /// App Center's documented limit: 500 requests per 5 minutes.
    fn default() -> Self {
        RateLimit {
            requests: 500,
            per: Duration::from_secs(300),
        }
    }
}

impl RateLimit {
    /// Reads `500/300s` or `500/5m` (requests per seconds or minutes).
    pub fn parse(text: &str) -> Option<RateLimit> {
        let (requests, per) = text.trim().split_once('/')?;
        let requests: u32 = requests.trim().parse().ok()?;
        let per = per.trim();
        let seconds: f64 = if let Some(m) = per.strip_suffix('m') {
            m.trim().parse::<f64>().ok()? * 60.0
        } else {
            per.trim_end_matches('s').trim().parse().ok()?
        };
        (requests > 0 && seconds > 0.0 && seconds.is_finite()).then(|| RateLimit {
            requests,
            per: Duration::from_secs_f64(seconds),
        })
    }
}

impl std::fmt::Display for RateLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}s", self.requests, self.per.as_secs_f64())
    }
}

/// The folder under the desktop app's data folder that holds the pace's state files.
pub const PACE_FOLDER: &str = "pace";

/// How an answered call went, as the pacer learns from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Any answer but 429: the service counted the call.
    Admitted,
    /// Answered 429 (too many requests). `server_delay`: when the service said to come back
    /// (`Retry-After` or "Try again in N seconds"), as it said it; `pause`: how long every
    /// call waits now (the client's delay before trying again).
    Refused {
        server_delay: Option<Duration>,
        pause: Duration,
    },
    /// No answer came (the connection failed or timed out, the call was cancelled).
    Failed,
}

/// How often a call that waits for other processes' calls to be answered looks again.
const POLL: Duration = Duration::from_millis(25);
/// The longest single wait (it is looked at again after).
const LONGEST_WAIT: Duration = Duration::from_secs(3600);

/// Wall-clock milliseconds: the system's clock, or in tests one driven by tokio's (paused)
/// clock, so that a simulated service and two pacers agree on time.
#[derive(Debug, Clone, Copy)]
struct Clock {
    paused_base: Option<(Instant, u64)>,
}

impl Clock {
    const SYSTEM: Clock = Clock { paused_base: None };

    fn now(&self) -> u64 {
        match self.paused_base {
            Some((at, ms)) => ms + millis(at.elapsed()),
            None => SystemTime::now()
                .duration_since(SystemTime::UNIX_EPOCH)
                .map(millis)
                .unwrap_or(0),
        }
    }

    /// [`Clock::now`] rounded up to the next whole millisecond: never earlier than now.
    fn now_rounded_up(&self) -> u64 {
        let exact = match self.paused_base {
            Some((at, ms)) => Duration::from_millis(ms) + at.elapsed(),
            None => SystemTime::now()
                .duration_since(SystemTime::UNIX_EPOCH)
                .unwrap_or_default(),
        };
        millis(exact) + u64::from(exact.subsec_nanos() % 1_000_000 != 0)
    }

    /// Follows tokio's clock from now on (for tests with a paused clock).
    #[cfg(test)]
    fn tokio() -> Clock {
        Clock {
            paused_base: Some((Instant::now(), 1_700_000_000_000)),
        }
    }
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// Paces the calls of every client that shares it (and, shared through a state folder, of
/// every process of the user that talks to the same service with the same token).
#[derive(Debug)]
pub struct Pacer {
    limit: RateLimit,
    clock: Clock,
    file: Option<StateFile>,
    /// The book (or, with a state file, the book used when the file cannot be had).
    book: Mutex<Book>,
    /// Rung when a call was answered or started (another may start too): wakes one waiting
    /// call, which rings again if it starts.
    answered: tokio::sync::Notify,
    /// The earliest moment a waiting call watches the clock for (`u64::MAX`: none). A call
    /// that would wait for a later or the same moment waits to be rung instead, so that a place
    /// freeing up wakes one call rather than all.
    watched: AtomicU64,
}

/// A waiting call that watches the clock until `until`. Dropped while it waits (the call was
/// given up), it rings for another to watch in its place.
struct Watch<'a> {
    pacer: &'a Pacer,
    until: u64,
    ring: bool,
}

impl Watch<'_> {
    /// Stops watching to look again itself: nobody else needs to be rung.
    fn stop(mut self) {
        self.ring = false;
    }
}

impl Drop for Watch<'_> {
    fn drop(&mut self) {
        let _ = self.pacer.watched.compare_exchange(
            self.until,
            u64::MAX,
            Ordering::SeqCst,
            Ordering::SeqCst,
        );
        if self.ring {
            self.pacer.answered.notify_one();
        }
    }
}

/// A started call's place in the pace. [`Slot::finish`] says how it was answered; dropped
/// without, it counts as a call that got no answer.
#[derive(Debug)]
pub struct Slot<'a> {
    pacer: &'a Pacer,
    call: Call,
    finished: bool,
}

impl Slot<'_> {
    /// The call was answered (or failed): it counts from now, and the pace learns from it.
    pub fn finish(mut self, answer: Answer) {
        self.finished = true;
        self.pacer.finish(&self.call, answer);
    }
}

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        if !self.finished {
            self.pacer.finish(&self.call, Answer::Failed);
        }
    }
}

impl Pacer {
    /// A pace of its own, starting from `limit`.
    pub fn new(limit: RateLimit) -> Pacer {
        Pacer {
            limit,
            clock: Clock::SYSTEM,
            file: None,
            book: Mutex::new(Book::default()),
            answered: tokio::sync::Notify::new(),
            watched: AtomicU64::new(u64::MAX),
        }
    }

    /// A pace shared with every process of the user that calls `base_url` with `token`,
    /// through a state file in `folder` (created private if needed). When the folder cannot
    /// be used, a pace of its own.
    pub fn shared(limit: RateLimit, folder: &Path, base_url: &BaseUrl, token: &ApiToken) -> Pacer {
        match StateFile::new(folder, &base_url.to_string(), token.reveal()) {
            Ok(file) => Pacer {
                file: Some(file),
                ..Pacer::new(limit)
            },
            Err(e) => {
                tracing::warn!(folder = %folder.display(), error = %e, "the pace's state folder cannot be used: pacing this process alone");
                Pacer::new(limit)
            }
        }
    }

    /// The configured limit: where the pace starts, and the most it allows.
    pub fn limit(&self) -> RateLimit {
        self.limit
    }

    /// True when the pace is shared through a state file.
    pub fn is_shared(&self) -> bool {
        self.file.is_some()
    }

    fn guess(&self) -> Guess {
        Guess {
            requests: self.limit.requests.max(1),
            per: millis(self.limit.per).max(1),
        }
    }

    /// Runs `change` on the book at the clock's time: the state file's (locked for the while)
    /// when shared and it can be had, else this pacer's own.
    fn with_book<T>(&self, change: impl FnOnce(&mut Book, u64) -> T) -> T {
        let mut own = self
            .book
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let now = self.clock.now();
        let guess = self.guess();
        if let Some(file) = &self.file {
            if let Some(mut held) = file.load() {
                held.book.tidy(now, guess);
                held.book.close_gone(now, |owner| file.gone(owner));
                let result = change(&mut held.book, now);
                file.store(held);
                return result;
            }
        }
        own.tidy(now, guess);
        change(&mut own, now)
    }

    /// How long a call would wait now, as far as can be told (a call that waits for an answer
    /// counts as not waiting).
    pub fn delay(&self) -> Duration {
        let guess = self.guess();
        self.with_book(|book, now| match book.decide(now, guess) {
            Decision::Wait { until, .. } if until != u64::MAX => {
                Duration::from_millis(until.saturating_sub(now))
            }
            _ => Duration::ZERO,
        })
    }

    /// Waits until a call may start, and holds its place until the slot is finished.
    pub async fn start(&self) -> Slot<'_> {
        self.start_noting(|_| {}).await
    }

    /// [`Pacer::start`], telling `waits` how long the call is to wait first when it cannot
    /// start at once (as far as can be told: not when it waits for other calls' answers).
    pub async fn start_noting(&self, waits: impl FnOnce(Duration)) -> Slot<'_> {
        let guess = self.guess();
        let mut waits = Some(waits);
        loop {
            let answered = self.answered.notified();
            let id = fastrand::u64(..);
            let owner = self.file.as_ref().map_or(0, StateFile::owner);
            let (decision, now) =
                self.with_book(|book, now| (book.begin(now, guess, id, owner), now));
            let (until, for_answers) = match decision {
                Decision::Start { probe } => {
                    // Another waiting call may be able to start too: let it look.
                    self.answered.notify_one();
                    return Slot {
                        pacer: self,
                        call: Call {
                            id,
                            started: now,
                            answered: None,
                            standing: Standing::Open,
                            probe,
                            owner,
                        },
                        finished: false,
                    };
                }
                Decision::Wait { until, for_answers } => (until, for_answers),
            };
            if let Some(waits) = waits.take() {
                if until != u64::MAX {
                    waits(Duration::from_millis(until.saturating_sub(now)));
                }
            }
            // Other processes' answers ring no bell here: look again soon.
            let until = if for_answers && self.file.is_some() {
                until.min(now.saturating_add(millis(POLL)))
            } else {
                until
            };
            let watch = (until < self.watched.fetch_min(until, Ordering::SeqCst)).then(|| Watch {
                pacer: self,
                until,
                ring: true,
            });
            let wait = match watch {
                Some(_) => Duration::from_millis(until.saturating_sub(now)),
                None => LONGEST_WAIT,
            }
            .min(LONGEST_WAIT);
            tokio::select! {
                biased;
                () = answered => {}
                () = tokio::time::sleep(wait) => {}
            }
            if let Some(watch) = watch {
                watch.stop();
            }
        }
    }

    fn finish(&self, call: &Call, answer: Answer) {
        let guess = self.guess();
        let ending = match answer {
            Answer::Admitted => Ending::Admitted,
            Answer::Refused {
                server_delay,
                pause,
            } => Ending::Refused {
                server_delay: server_delay.map(millis),
                pause: millis(pause),
            },
            Answer::Failed => Ending::Failed,
        };
        // The book's times are whole milliseconds, read rounded down; an answer is recorded
        // rounded up, so that it is never earlier than it came, and so never earlier than the
        // moment the service counted the call (a call counts until a window after its answer:
        // rounded down, the next call could start up to 1 ms before the service's window let
        // this one go, and be answered 429 on a loaded machine).
        let came = self.clock.now_rounded_up();
        self.with_book(|book, now| book.finish(call, now.max(came), ending, guess));
        self.answered.notify_one();
    }

    /// No call starts before `wait` has passed (the service answered 429).
    pub fn pause(&self, wait: Duration) {
        self.with_book(|book, now| book.pause_until(now.saturating_add(millis(wait))));
    }

    /// Follows tokio's clock (tests with a paused clock).
    #[cfg(test)]
    fn on_clock(mut self, clock: Clock) -> Pacer {
        self.clock = clock;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pacer(requests: u32, seconds: u64) -> Pacer {
        Pacer::new(RateLimit {
            requests,
            per: Duration::from_secs(seconds),
        })
        .on_clock(Clock::tokio())
    }

    #[tokio::test(start_paused = true)]
    async fn never_more_than_the_limit_in_any_window() {
        let pacer = pacer(5, 10);
        let begin = Instant::now();
        let mut starts = Vec::new();
        for _ in 0..12 {
            let slot = pacer.start().await;
            starts.push(begin.elapsed());
            slot.finish(Answer::Admitted); // answered at once
        }
        // Five at once, five more when the first five are 10 s old, then two more.
        assert!(starts[..5].iter().all(|d| d.is_zero()), "{starts:?}");
        assert!(starts[5..10].iter().all(|d| *d >= Duration::from_secs(10)));
        assert!(starts[10] >= Duration::from_secs(20));
        for (i, at) in starts.iter().enumerate() {
            let in_window = starts
                .iter()
                .filter(|t| **t >= *at && **t < *at + Duration::from_secs(10))
                .count();
            assert!(in_window <= 5, "{i}: {starts:?}");
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_429_pauses_every_call() {
        let pacer = pacer(8, 10);
        pacer.pause(Duration::from_secs(3));
        let begin = Instant::now();
        pacer.start().await.finish(Answer::Admitted);
        assert_eq!(begin.elapsed(), Duration::from_secs(3));
    }

    #[tokio::test(start_paused = true)]
    async fn calls_in_flight_count_and_are_stamped_when_answered() {
        let pacer = pacer(2, 10);
        let first = pacer.start().await;
        let second = pacer.start().await;
        // Two in flight: a third waits for an answer, then for that answer's window.
        tokio::time::advance(Duration::from_secs(4)).await;
        first.finish(Answer::Admitted);
        let begin = Instant::now();
        let third = pacer.start().await;
        assert_eq!(
            begin.elapsed(),
            Duration::from_secs(10),
            "10 s after the answer at 4 s"
        );
        drop((second, third));
    }

    #[tokio::test(start_paused = true)]
    async fn one_call_watches_the_clock_and_hands_the_watch_on_when_given_up() {
        let pacer = std::sync::Arc::new(pacer(1, 10));
        pacer.start().await.finish(Answer::Admitted);
        let begin = Instant::now();
        let waiting = |pacer: std::sync::Arc<Pacer>| {
            tokio::spawn(async move {
                pacer.start().await.finish(Answer::Admitted);
                begin.elapsed()
            })
        };
        let watching = waiting(pacer.clone());
        tokio::task::yield_now().await;
        let other = waiting(pacer.clone());
        tokio::task::yield_now().await;
        assert_eq!(
            pacer.watched.load(Ordering::SeqCst),
            pacer.clock.now() + 10_000
        );
        // The call that watches is given up: the other one watches in its place.
        watching.abort();
        assert_eq!(other.await.unwrap(), Duration::from_secs(10));
    }

    /// Times are whole milliseconds: an answer that came 1.7 ms in is recorded at 2 ms, not
    /// 1 ms, so that a call deciding at 10,001.2 ms (woken by another call's answer) does not
    /// start 0.5 ms before a window has passed since that answer, when the service, which
    /// counted the call as it arrived, would still hold it.
    #[tokio::test(start_paused = true)]
    async fn a_call_starts_no_sooner_than_a_window_after_the_answer_came() {
        let pacer = std::sync::Arc::new(pacer(2, 10));
        let first = pacer.start().await;
        let other = pacer.start().await;
        tokio::time::advance(Duration::from_micros(1_700)).await;
        first.finish(Answer::Admitted);
        let answered = Instant::now();
        let waiting = {
            let pacer = pacer.clone();
            tokio::spawn(async move {
                pacer.start().await.finish(Answer::Admitted);
                answered.elapsed()
            })
        };
        tokio::task::yield_now().await;
        // The other call's answer, 9,999.5 ms after the first's, wakes the waiting one.
        tokio::time::advance(Duration::from_micros(9_999_500)).await;
        other.finish(Answer::Admitted);
        let started = waiting.await.unwrap();
        assert!(
            started >= Duration::from_secs(10),
            "{started:?} after the answer"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_wait_is_told_before_it_begins() {
        let pacer = pacer(1, 10);
        pacer.start().await.finish(Answer::Admitted);
        let mut told = None;
        pacer
            .start_noting(|d| told = Some(d))
            .await
            .finish(Answer::Admitted);
        assert_eq!(told, Some(Duration::from_secs(10)));
        assert_eq!(pacer.delay(), Duration::from_secs(10));
    }

    #[test]
    fn limits_read_as_written() {
        assert_eq!(
            RateLimit::parse("500/300s"),
            Some(RateLimit {
                requests: 500,
                per: Duration::from_secs(300)
            })
        );
        assert_eq!(RateLimit::parse("500/5m"), RateLimit::parse("500/300"));
        for bad in ["", "500", "0/300s", "500/0s", "x/3s", "5/-1s"] {
            assert_eq!(RateLimit::parse(bad), None, "{bad}");
        }
        assert_eq!(RateLimit::default().to_string(), "500/300s");
    }
}
