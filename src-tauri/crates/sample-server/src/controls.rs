//! Switches tests flip to make the server misbehave, and the log of every request it got.

use std::collections::{HashSet, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde::Serialize;

/// Which of the two origins a request reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// The API (needs the token).
    Api,
    /// The file storage (pre-signed URLs, no token).
    Storage,
}

/// How the export sub-endpoints shape their answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Shape {
    /// Always an array of records.
    #[default]
    Array,
    /// A bare object where there is exactly one record (an array otherwise: one object cannot
    /// hold several records).
    Object,
}

/// How the export resource list writes its links.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LinkStyle {
    /// `/v0.1/apps/...`
    #[default]
    Relative,
    /// `http://127.0.0.1:PORT/v0.1/apps/...` on the API origin.
    Absolute,
    /// Absolute links to another host (the storage origin), which must never get the token.
    ForeignHost,
}

/// How the records address the stored files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FileAddresses {
    /// `http://storage/blobs/{key}/{name}?sig=...`: a path per file.
    #[default]
    Path,
    /// `http://storage/dl?file={key}&sig=...`: every file at the same path, told apart only by
    /// the query string.
    Query,
    /// `//storage/blobs/{key}/{name}?sig=...`: protocol-relative, on the storage host.
    ProtocolRelative,
}

/// An enforced rate limit: at most `requests` API requests in any window of `per`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimitRule {
    pub requests: u32,
    pub per: Duration,
}

impl RateLimitRule {
    /// Reads `500/300s` (requests / seconds).
    pub fn parse(text: &str) -> Option<RateLimitRule> {
        let (requests, per) = text.trim().split_once('/')?;
        let seconds: f64 = per.trim().trim_end_matches('s').parse().ok()?;
        let requests: u32 = requests.trim().parse().ok()?;
        (requests > 0 && seconds > 0.0).then(|| RateLimitRule {
            requests,
            per: Duration::from_secs_f64(seconds),
        })
    }
}

/// How a 429 says when to come back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetryHint {
    /// `Retry-After: N` (seconds).
    Seconds(u64),
    /// `Retry-After: <HTTP date>` N seconds ahead.
    HttpDate(u64),
    /// No header; the body says "Try again in N seconds." as App Center did.
    BodyOnly(u64),
}

/// What a fault does to a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FaultKind {
    /// Answer with this status (e.g. 500, 502, 503, 504) and an App Center error body.
    Status(u16),
    /// Answer 429.
    RateLimit(RetryHint),
    /// Send half of the body, then break the connection.
    CutBody,
    /// Send half of the body, then go silent.
    StallBody,
    /// A 200 whose body is not JSON.
    InvalidJson,
    /// A 200 with an empty body.
    EmptyBody,
    /// A 200 whose JSON has the wrong types (ids become numbers).
    WrongTypes,
    /// A 307 redirect to the same path on the storage origin (which must not get the token).
    RedirectToStorage,
    /// A 307 redirect to the API's `/v0.1/user` (from storage: a chain that left the API
    /// origin and comes back must not carry the token).
    RedirectToApi,
    /// A 307 redirect to exactly this `Location`.
    RedirectTo(String),
    /// The JSON answer grows by this many bytes: a field `x_padding` in the (first) record.
    HugeJson(usize),
}

/// Which requests a fault applies to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Any,
    Origin(Origin),
    /// Requests whose path contains this text.
    PathContains(String),
}

/// A fault for the next `times` matching requests (`u32::MAX`: for ever).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault {
    pub target: Target,
    pub kind: FaultKind,
    pub times: u32,
}

impl Fault {
    pub fn new(target: Target, kind: FaultKind, times: u32) -> Fault {
        Fault {
            target,
            kind,
            times,
        }
    }
}

/// The server's settings that tests change while it runs.
#[derive(Debug, Clone, Default)]
pub struct Switches {
    /// Added to every request, on both origins.
    pub latency: Duration,
    /// Bytes per second for each file body (`None`: as fast as possible).
    pub file_rate: Option<u64>,
    /// Bytes per second for all file bodies together: a link of that speed between the
    /// storage and the user (`None`: as fast as this computer).
    pub bandwidth: Option<u64>,
    pub shape: Shape,
    pub links: LinkStyle,
    /// Export endpoints the resource list leaves out (e.g. `apps`).
    pub omit_from_index: Vec<String>,
    /// File names and paths in export records become hostile (traversal, reserved names...).
    pub hostile_names: bool,
    /// Storage keys that answer 404 (a file the service no longer has).
    pub gone_files: HashSet<String>,
    /// Link fields as real services send them: another client's export records whose link
    /// fields are blank strings, whitespace, `null` or numbers (with files behind them), and the
    /// reports of runs whose upload id is their own id say `"app_upload_id": ""`.
    pub blank_links: bool,
    /// Export records write every GUID in upper case (runs and reports in lower case).
    pub upper_case_ids: bool,
    /// How the records address the stored files.
    pub file_addresses: FileAddresses,
    /// The resource list also links to a `mailto:` address, a broken address, another app's
    /// export, the account's export and a path below an endpoint.
    pub odd_index_links: bool,
    /// An enforced limit on API requests, as App Center documents one (500 per 5 minutes per
    /// IP): more in any window of `per` are answered 429 with `Retry-After`.
    pub rate_limit: Option<RateLimitRule>,
    /// Pre-signed file links expire this long after the answer that gave them (403 after).
    pub link_lifetime: Option<Duration>,
    /// File downloads honour `Range` (and `If-Range`) requests; off, they always send the whole
    /// file (as some servers do).
    pub ignore_ranges: bool,
    /// Every file body breaks off after this many bytes (a connection that keeps dropping).
    pub drop_after: Option<u64>,
    /// Runs (by id) the service no longer has: left out of the run list, 404 when asked for
    /// (their export records stay, as a service that deleted a run may keep them).
    pub deleted_runs: HashSet<String>,
    /// After this many API requests, the token is treated as revoked (401).
    pub revoke_after: Option<u32>,
    /// Faults still to be served, first match wins.
    pub faults: Vec<Fault>,
}

/// One request as the server saw it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RequestRecord {
    pub origin: Origin,
    pub method: String,
    pub path: String,
    pub query: Option<String>,
    /// The `X-API-Token` header's value, exactly as received (tests assert where it went).
    pub token: Option<String>,
    pub status: u16,
}

/// Switches and the request log, shared by the handlers.
#[derive(Debug, Default)]
pub struct Controls {
    pub(crate) switches: Mutex<Switches>,
    pub(crate) log: Mutex<Vec<RequestRecord>>,
    pub(crate) api_requests: Mutex<u32>,
    /// When the API requests inside the rate-limit window arrived.
    pub(crate) window: Mutex<VecDeque<Instant>>,
    /// When the shared link (`bandwidth`) is free again.
    pub(crate) link_free_at: Mutex<Option<Instant>>,
}

impl Controls {
    /// Takes `bytes` worth of the shared link at `rate` bytes per second: returns when they
    /// have passed it, after what was sent before them.
    pub(crate) fn sent_by(&self, bytes: usize, rate: u64) -> Instant {
        let now = Instant::now();
        let took = Duration::from_secs_f64(bytes as f64 / rate.max(1) as f64);
        let Ok(mut free) = self.link_free_at.lock() else {
            return now;
        };
        let done = free.map_or(now, |f| f.max(now)) + took;
        *free = Some(done);
        done
    }

    /// Changes the switches.
    pub fn update(&self, change: impl FnOnce(&mut Switches)) {
        if let Ok(mut switches) = self.switches.lock() {
            change(&mut switches);
        }
    }

    /// A copy of the current switches.
    pub fn switches(&self) -> Switches {
        self.switches.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// Adds a fault.
    pub fn add_fault(&self, fault: Fault) {
        self.update(|s| s.faults.push(fault));
    }

    /// Every request so far.
    pub fn requests(&self) -> Vec<RequestRecord> {
        self.log.lock().map(|l| l.clone()).unwrap_or_default()
    }

    /// Forgets the logged requests.
    pub fn clear_requests(&self) {
        if let Ok(mut log) = self.log.lock() {
            log.clear();
        }
    }

    /// Takes the fault for a request, if one matches (and counts it down).
    pub(crate) fn take_fault(&self, origin: Origin, path: &str) -> Option<FaultKind> {
        let mut switches = self.switches.lock().ok()?;
        let index = switches.faults.iter().position(|f| {
            f.times > 0
                && match &f.target {
                    Target::Any => true,
                    Target::Origin(o) => *o == origin,
                    Target::PathContains(text) => path.contains(text.as_str()),
                }
        })?;
        let fault = &mut switches.faults[index];
        if fault.times != u32::MAX {
            fault.times -= 1;
        }
        Some(fault.kind.clone())
    }

    /// Admits an API request under the enforced rate limit, or says how long until one would
    /// be admitted. Refused requests do not count.
    pub(crate) fn admit(&self) -> Result<(), Duration> {
        let Some(rule) = self.switches().rate_limit else {
            return Ok(());
        };
        let Ok(mut window) = self.window.lock() else {
            return Ok(());
        };
        let now = Instant::now();
        while window
            .front()
            .is_some_and(|t| now.duration_since(*t) >= rule.per)
        {
            window.pop_front();
        }
        if window.len() < rule.requests as usize {
            window.push_back(now);
            return Ok(());
        }
        let oldest = window.front().copied().unwrap_or(now);
        Err(rule.per.saturating_sub(now.duration_since(oldest)))
    }

    /// How many requests were answered 429.
    pub fn rate_limited_count(&self) -> usize {
        self.requests().iter().filter(|r| r.status == 429).count()
    }

    /// Counts an API request; true when the token counts as revoked from now on.
    pub(crate) fn count_api_request(&self) -> bool {
        let revoke_after = self.switches().revoke_after;
        let Ok(mut count) = self.api_requests.lock() else {
            return false;
        };
        *count += 1;
        revoke_after.is_some_and(|limit| *count > limit)
    }

    pub(crate) fn log(&self, record: RequestRecord) {
        if let Ok(mut log) = self.log.lock() {
            log.push(record);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shared_link_sends_one_piece_after_another() {
        let controls = Controls::default();
        let first = controls.sent_by(1_000_000, 1_000_000);
        let second = controls.sent_by(500_000, 1_000_000);
        // The second waits for the first: together they take the link 1.5 s.
        assert_eq!(second - first, Duration::from_millis(500));
        assert!(first >= Instant::now() + Duration::from_millis(900));
    }
}
