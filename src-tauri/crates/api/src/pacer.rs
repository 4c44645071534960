//! Pacing API calls: App Center documents a limit of 500 requests per 5 minutes per IP (and
//! warns that stricter ones may apply). The pacer lets a call to the API origin start only
//! while fewer than `requests` calls are in flight or were answered within the last `per`, so
//! that a large export meets no 429 where the service enforces the documented limit. A call is
//! counted from the moment it starts and stamped when its answer arrives, which is never
//! earlier than the moment the service counted it: the pacer's window can only trail the
//! service's, whatever the latency. After a 429 anyway, every call waits until the server's
//! delay has passed and the budget shrinks from then on. Storage downloads are not paced (the
//! limit is the API's).

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

/// At most `requests` API calls in any window of `per`.
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

#[derive(Debug)]
struct State {
    /// When the calls answered within the current window were answered.
    answered: VecDeque<Instant>,
    /// Calls started and not answered yet.
    in_flight: u32,
    /// Calls allowed per window now (smaller after a 429).
    budget: u32,
    /// No call starts before this (after a 429).
    paused_until: Option<Instant>,
}

/// Paces the calls of every client that shares it.
#[derive(Debug)]
pub struct Pacer {
    limit: RateLimit,
    state: Mutex<State>,
    answered: tokio::sync::Notify,
}

/// A started call's place in the budget; dropping it (when the answer arrived, or the call
/// failed) stamps the time.
#[derive(Debug)]
pub struct Slot<'a> {
    pacer: &'a Pacer,
}

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        let mut state = self.pacer.lock();
        state.in_flight = state.in_flight.saturating_sub(1);
        state.answered.push_back(Instant::now());
        drop(state);
        self.pacer.answered.notify_one();
    }
}

/// What a call must wait for before it may start.
enum Wait {
    Until(Instant),
    AnAnswer,
}

impl Pacer {
    pub fn new(limit: RateLimit) -> Pacer {
        Pacer {
            limit,
            state: Mutex::new(State {
                answered: VecDeque::new(),
                in_flight: 0,
                budget: limit.requests.max(1),
                paused_until: None,
            }),
            answered: tokio::sync::Notify::new(),
        }
    }

    /// The limit it keeps to.
    pub fn limit(&self) -> RateLimit {
        self.limit
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// What a call must wait for now, or `None` when it may start.
    fn blocked(&self, state: &mut State, now: Instant) -> Option<Wait> {
        if let Some(until) = state.paused_until {
            if until > now {
                return Some(Wait::Until(until));
            }
            state.paused_until = None;
        }
        let per = self.limit.per;
        while state
            .answered
            .front()
            .is_some_and(|t| now.duration_since(*t) >= per)
        {
            state.answered.pop_front();
        }
        if state.answered.len() + (state.in_flight as usize) < state.budget as usize {
            return None;
        }
        Some(match state.answered.front() {
            Some(oldest) => Wait::Until(*oldest + per),
            None => Wait::AnAnswer,
        })
    }

    /// How long the next call would wait now, as far as can be told (a call that waits for an
    /// answer in flight counts as not waiting).
    pub fn delay(&self) -> Duration {
        let now = Instant::now();
        let mut state = self.lock();
        match self.blocked(&mut state, now) {
            Some(Wait::Until(at)) => at.saturating_duration_since(now),
            _ => Duration::ZERO,
        }
    }

    /// Waits until a call may start, and counts it as in flight until the slot is dropped.
    pub async fn start(&self) -> Slot<'_> {
        loop {
            let answered = self.answered.notified();
            let wait = {
                let mut state = self.lock();
                match self.blocked(&mut state, Instant::now()) {
                    None => {
                        state.in_flight += 1;
                        return Slot { pacer: self };
                    }
                    Some(wait) => wait,
                }
            };
            match wait {
                Wait::Until(at) => tokio::select! {
                    () = tokio::time::sleep_until(at) => {}
                    () = answered => {}
                },
                Wait::AnAnswer => answered.await,
            }
        }
    }

    /// The service answered 429 anyway: no call starts before `wait` has passed, and the
    /// budget per window shrinks by a quarter (down to a tenth of the limit).
    pub fn slow_down(&self, wait: Duration) {
        let mut state = self.lock();
        let until = Instant::now() + wait;
        state.paused_until = Some(state.paused_until.map_or(until, |u| u.max(until)));
        let floor = (self.limit.requests / 10).max(1);
        state.budget = (state.budget - state.budget / 4).max(floor);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn never_more_than_the_limit_in_any_window() {
        let pacer = Pacer::new(RateLimit {
            requests: 5,
            per: Duration::from_secs(10),
        });
        let begin = Instant::now();
        let mut starts = Vec::new();
        for _ in 0..12 {
            let slot = pacer.start().await;
            starts.push(begin.elapsed());
            drop(slot); // answered at once
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
    async fn a_429_pauses_and_shrinks_the_budget() {
        let pacer = Pacer::new(RateLimit {
            requests: 8,
            per: Duration::from_secs(10),
        });
        pacer.slow_down(Duration::from_secs(3));
        let begin = Instant::now();
        drop(pacer.start().await);
        assert!(begin.elapsed() >= Duration::from_secs(3));
        for _ in 1..6 {
            drop(pacer.start().await);
        }
        // The budget is now 6: the seventh waits for the window.
        let before = Instant::now();
        drop(pacer.start().await);
        assert!(
            before.elapsed() >= Duration::from_secs(9),
            "{:?}",
            before.elapsed()
        );
    }

    #[tokio::test(start_paused = true)]
    async fn calls_in_flight_count_and_are_stamped_when_answered() {
        let pacer = Pacer::new(RateLimit {
            requests: 2,
            per: Duration::from_secs(10),
        });
        let first = pacer.start().await;
        let second = pacer.start().await;
        // Two in flight: a third waits for an answer, then for that answer's window.
        tokio::time::advance(Duration::from_secs(4)).await;
        drop(first);
        let begin = Instant::now();
        let third = pacer.start().await;
        assert_eq!(
            begin.elapsed(),
            Duration::from_secs(10),
            "10 s after the answer at 4 s"
        );
        drop((second, third));
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
