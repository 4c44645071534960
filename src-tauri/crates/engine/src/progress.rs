//! Progress reports: what the export is doing, how far along it is, and whether the server
//! asked us to slow down. At most about ten a second reach the listener.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use act_api::{ClientEvent, RetryReason};
use serde::Serialize;

/// The phases of an export, in order: what progress reports and what errors name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    ListingRuns,
    ReadingRuns,
    ReadingExportRecords,
    ReadingAccountData,
    Downloading,
    Writing,
    Done,
}

impl std::fmt::Display for Phase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Phase::ListingRuns => "listing the app's test runs",
            Phase::ReadingRuns => "reading the selected test runs and their reports",
            Phase::ReadingExportRecords => "reading the app's export records",
            Phase::ReadingAccountData => "reading the account's export records",
            Phase::Downloading => "downloading the files",
            Phase::Writing => "writing the archive",
            Phase::Done => "finishing",
        })
    }
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
    /// Of the downloaded bytes, those copied into the archive so far (this run).
    pub bytes_archived: u64,
    /// What is being worked on (a run id, a file name).
    pub current: Option<String>,
    /// In an export of several apps, the app being read ("FieldMate for iOS, app 2 of 2");
    /// `None` when downloading (the files of every app together) or with one app.
    pub app: Option<String>,
    /// Retries so far in the whole export.
    pub retries: u32,
    pub last_retry: Option<RetryNote>,
    /// Calls wait this many seconds to stay within the service's request limit.
    pub pacing_seconds: Option<u64>,
}

/// Receives progress reports.
pub type ProgressSink = Arc<dyn Fn(&Progress) + Send + Sync>;

/// The progress and when it was last reported.
struct State {
    progress: Progress,
    last_sent: Option<Instant>,
    /// A change was held back by the throttle and not reported yet.
    held_back: bool,
}

/// Shared progress state; every worker updates it, [`Tracker::update`] throttles. The last
/// state of a phase is always reported before the next phase starts.
pub(crate) struct Tracker {
    state: Mutex<State>,
    sink: ProgressSink,
    interval: Duration,
    /// Retries of downloads so far (the storage struggles: fewer at once).
    download_retries: std::sync::atomic::AtomicU64,
}

impl Tracker {
    pub(crate) fn new(sink: ProgressSink) -> Arc<Tracker> {
        Arc::new(Tracker {
            state: Mutex::new(State {
                progress: Progress {
                    phase: Phase::ListingRuns,
                    items_done: 0,
                    items_total: 0,
                    bytes_done: 0,
                    bytes_total: None,
                    bytes_archived: 0,
                    current: None,
                    app: None,
                    retries: 0,
                    last_retry: None,
                    pacing_seconds: None,
                },
                last_sent: None,
                held_back: false,
            }),
            sink,
            interval: Duration::from_millis(100),
            download_retries: std::sync::atomic::AtomicU64::new(0),
        })
    }

    /// Starts a phase (always reported, after the last state of the phase before it if the
    /// throttle held that back).
    pub(crate) fn phase(&self, phase: Phase, items_total: u64) {
        let held_back = {
            let Ok(mut guard) = self.state.lock() else {
                return;
            };
            std::mem::take(&mut guard.held_back).then(|| guard.progress.clone())
        };
        if let Some(last) = held_back {
            (self.sink)(&last);
        }
        self.update(true, |p| {
            p.phase = phase;
            p.items_done = 0;
            p.items_total = items_total;
            p.current = None;
            p.pacing_seconds = None;
        });
    }

    /// Names the app being read, in an export of several apps (`None`: no app in particular).
    pub(crate) fn app(&self, app: Option<String>) {
        self.update(true, |p| p.app = app);
    }

    /// Changes the state; reports it unless one was reported less than 100 ms ago.
    pub(crate) fn update(&self, force: bool, change: impl FnOnce(&mut Progress)) {
        let snapshot = {
            let Ok(mut guard) = self.state.lock() else {
                return;
            };
            change(&mut guard.progress);
            let due = force
                || guard
                    .last_sent
                    .is_none_or(|last| last.elapsed() >= self.interval);
            if !due {
                guard.held_back = true;
                return;
            }
            guard.last_sent = Some(Instant::now());
            guard.held_back = false;
            guard.progress.clone()
        };
        (self.sink)(&snapshot);
    }

    /// Retries of downloads so far.
    pub(crate) fn download_retries(&self) -> u64 {
        self.download_retries
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Hears what the client tells: retries are counted and noted, waits for the service's
    /// request limit noted.
    pub(crate) fn retry(&self, event: &ClientEvent) {
        match event {
            ClientEvent::Retrying {
                operation,
                reason,
                attempt,
                max_attempts,
                delay_ms,
                ..
            } => {
                if operation == "download" {
                    self.download_retries
                        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                }
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
            ClientEvent::Pacing { delay_ms } => {
                self.update(true, |p| p.pacing_seconds = Some(delay_ms.div_ceil(1000)));
            }
        }
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
        assert!(seen.len() <= 5, "{}", seen.len());
        assert_eq!(seen.first().unwrap().phase, Phase::Downloading);
        assert_eq!(seen.last().unwrap().phase, Phase::Writing);
        // The downloading phase's last state went out before the next phase began.
        let last_download = &seen[seen.len() - 2];
        assert_eq!(last_download.phase, Phase::Downloading);
        assert_eq!(last_download.items_done, 1000);
    }
}
