//! Progress reports: what the export is doing, how far along it is, and whether the server
//! asked us to slow down. At most about ten a second reach the listener.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use act_api::{ClientEvent, RetryReason};
use serde::Serialize;

/// The phases of an export, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    ListingRuns,
    ReadingRuns,
    ReadingExportRecords,
    Downloading,
    Writing,
    Done,
}

/// The last retry, for "the server asked us to slow down" messages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RetryNote {
    pub reason: RetryReason,
    /// Seconds until the next attempt.
    pub wait_seconds: u64,
    pub attempt: u32,
    pub max_attempts: u32,
}

/// One progress report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Progress {
    pub phase: Phase,
    pub items_done: u64,
    pub items_total: u64,
    pub bytes_done: u64,
    /// Known once every download has started (servers declare sizes as files begin).
    pub bytes_total: Option<u64>,
    /// What is being worked on (a run id, a file name).
    pub current: Option<String>,
    /// Retries so far in the whole export.
    pub retries: u32,
    pub last_retry: Option<RetryNote>,
}

/// Receives progress reports.
pub type ProgressSink = Arc<dyn Fn(&Progress) + Send + Sync>;

/// Shared progress state; every worker updates it, [`Tracker::emit`] throttles.
pub(crate) struct Tracker {
    state: Mutex<(Progress, Option<Instant>)>,
    sink: ProgressSink,
    interval: Duration,
}

impl Tracker {
    pub(crate) fn new(sink: ProgressSink) -> Arc<Tracker> {
        Arc::new(Tracker {
            state: Mutex::new((
                Progress {
                    phase: Phase::ListingRuns,
                    items_done: 0,
                    items_total: 0,
                    bytes_done: 0,
                    bytes_total: None,
                    current: None,
                    retries: 0,
                    last_retry: None,
                },
                None,
            )),
            sink,
            interval: Duration::from_millis(100),
        })
    }

    /// Starts a phase (always reported).
    pub(crate) fn phase(&self, phase: Phase, items_total: u64) {
        self.update(true, |p| {
            p.phase = phase;
            p.items_done = 0;
            p.items_total = items_total;
            p.current = None;
        });
    }

    /// Changes the state; reports it unless one was reported less than 100 ms ago.
    pub(crate) fn update(&self, force: bool, change: impl FnOnce(&mut Progress)) {
        let snapshot = {
            let Ok(mut guard) = self.state.lock() else {
                return;
            };
            change(&mut guard.0);
            let due = force || guard.1.is_none_or(|last| last.elapsed() >= self.interval);
            if !due {
                return;
            }
            guard.1 = Some(Instant::now());
            guard.0.clone()
        };
        (self.sink)(&snapshot);
    }

    /// Counts a retry the client reported.
    pub(crate) fn retry(&self, event: &ClientEvent) {
        let ClientEvent::Retrying {
            reason,
            attempt,
            max_attempts,
            delay_ms,
            ..
        } = event;
        self.update(true, |p| {
            p.retries += 1;
            p.last_retry = Some(RetryNote {
                reason: *reason,
                wait_seconds: delay_ms.div_ceil(1000),
                attempt: *attempt,
                max_attempts: *max_attempts,
            });
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_are_throttled_but_phases_always_go_out() {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let sink = seen.clone();
        let tracker = Tracker::new(Arc::new(move |p: &Progress| {
            sink.lock().unwrap().push(p.clone())
        }));
        tracker.phase(Phase::Downloading, 1000);
        for _ in 0..1000 {
            tracker.update(false, |p| p.items_done += 1);
        }
        tracker.phase(Phase::Writing, 0);
        let seen = seen.lock().unwrap();
        assert!(seen.len() <= 4, "{}", seen.len());
        assert_eq!(seen.first().unwrap().phase, Phase::Downloading);
        assert_eq!(seen.last().unwrap().phase, Phase::Writing);
    }
}
