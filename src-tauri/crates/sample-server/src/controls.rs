//! Switches tests flip to make the server misbehave, and the log of every request it got.

use std::collections::{BTreeMap, HashSet, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde::Serialize;
use tokio::sync::{oneshot, watch};
use tokio_util::sync::CancellationToken;

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
    /// For `act-export sample-server --link-lifetime` and benchmarks; tests use
    /// [`Controls::expire_links`], which does not depend on the clock.
    pub link_lifetime: Option<Duration>,
    /// Links are signed for this generation of links; a link signed for an earlier one answers
    /// 403 as an expired link does ([`Controls::expire_links`] moves it on).
    pub link_generation: u64,
    /// File downloads honour `Range` (and `If-Range`) requests; off, they always send the whole
    /// file (as some servers do).
    pub ignore_ranges: bool,
    /// File answers carry a weak `ETag` (`W/"..."`), which `If-Range` cannot use, beside their
    /// `Last-Modified` date, which it can.
    pub weak_etags: bool,
    /// Every file body breaks off after this many bytes (a connection that keeps dropping).
    pub drop_after: Option<u64>,
    /// Runs (by id) the service no longer has: left out of the run list, 404 when asked for
    /// (their export records stay, as a service that deleted a run may keep them).
    pub deleted_runs: HashSet<String>,
    /// The token is another user's: `GET /v0.1/user` names this id (the data stay the same, as
    /// a colleague with access to the same apps would see them).
    pub another_user: Option<String>,
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
    /// File bodies the storage still begins before it fails (`None`: it does not fail).
    pub(crate) storage_serves: Mutex<Option<u64>>,
    pub(crate) holds: Holds,
    /// File body bytes handed to the connections.
    pub(crate) bytes_sent: AtomicU64,
    /// File bodies begun (200 or 206), per file key.
    pub(crate) served: Mutex<BTreeMap<String, u64>>,
    /// Cancelled when the server stops: held requests end then.
    pub(crate) closing: CancellationToken,
    /// Connections open and requests being answered now (a request from its arrival until its
    /// body is sent or dropped).
    pub(crate) in_flight: InFlight,
}

/// How many requests the server is answering now.
#[derive(Debug)]
pub(crate) struct InFlight(watch::Sender<usize>);

impl Default for InFlight {
    fn default() -> Self {
        InFlight(watch::Sender::new(0))
    }
}

/// A request being answered, or a connection open: counted while it lives.
#[derive(Debug)]
pub(crate) struct Answering(Arc<Controls>);

impl Answering {
    pub(crate) fn new(controls: Arc<Controls>) -> Answering {
        controls.in_flight.0.send_modify(|n| *n += 1);
        Answering(controls)
    }
}

impl Drop for Answering {
    fn drop(&mut self) {
        self.0.in_flight.0.send_modify(|n| *n = n.saturating_sub(1));
    }
}

/// Which request [`Controls::hold`] stops: the `nth` matching one from now on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hold {
    origin: Origin,
    nth: u64,
    /// Only requests whose path (and query) contain this text.
    contains: Option<String>,
}

impl Hold {
    /// The `n`-th file body the storage begins from now on (1: the next; each 200 or 206
    /// counts): its status, headers and first part (up to 64 KiB, at most half the body) are
    /// sent, then it waits.
    pub fn storage_file(n: u64) -> Hold {
        Hold {
            origin: Origin::Storage,
            nth: n.max(1),
            contains: None,
        }
    }

    /// The first file body the storage begins for an address (path and query) that contains
    /// `text`, e.g. a file's key.
    pub fn storage_path(text: impl Into<String>) -> Hold {
        Hold {
            origin: Origin::Storage,
            nth: 1,
            contains: Some(text.into()),
        }
    }

    /// The `n`-th API request from now on (1: the next) that passes the token check: it gets
    /// no answer until released.
    pub fn api_request(n: u64) -> Hold {
        Hold {
            origin: Origin::Api,
            nth: n.max(1),
            contains: None,
        }
    }

    /// The first API request whose path (and query) contains `text`, e.g. `"/report"`.
    pub fn api_path(text: impl Into<String>) -> Hold {
        Hold {
            origin: Origin::Api,
            nth: 1,
            contains: Some(text.into()),
        }
    }
}

/// What a held request does when the test is done with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Resume {
    /// Goes on as if nothing happened.
    Go,
    /// Its connection breaks off.
    Cut,
}

/// The hold that is armed, and the requests held now.
#[derive(Debug)]
pub(crate) struct Holds {
    state: Mutex<HoldState>,
    /// How many requests are held now.
    holding: watch::Sender<usize>,
}

#[derive(Debug, Default)]
struct HoldState {
    /// The hold waiting for its request, and how many matching requests it has seen.
    armed: Option<(Hold, u64)>,
    waiting: Vec<oneshot::Sender<Resume>>,
}

impl Default for Holds {
    fn default() -> Self {
        Holds {
            state: Mutex::default(),
            holding: watch::Sender::new(0),
        }
    }
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

    /// The storage begins the next `files` file bodies as usual (each 200 or 206 counts), then
    /// answers 503 to every file request until [`Controls::storage_recovers`]. With 0 it
    /// fails from now on.
    pub fn storage_fails_after(&self, files: u64) {
        if let Ok(mut serves) = self.storage_serves.lock() {
            *serves = Some(files);
        }
    }

    /// The storage serves again (ends [`Controls::storage_fails_after`]).
    pub fn storage_recovers(&self) {
        if let Ok(mut serves) = self.storage_serves.lock() {
            *serves = None;
        }
    }

    /// True while the storage answers 503 to every file request.
    pub(crate) fn storage_failing(&self) -> bool {
        self.storage_serves
            .lock()
            .map(|serves| *serves == Some(0))
            .unwrap_or(false)
    }

    /// The storage is about to begin the body of the file `key`: false when it has failed
    /// (then it answers 503), else the body is counted.
    pub(crate) fn begin_file(&self, key: &str) -> bool {
        if let Ok(mut serves) = self.storage_serves.lock() {
            match serves.as_mut() {
                Some(0) => return false,
                Some(left) => *left -= 1,
                None => {}
            }
        }
        if let Ok(mut served) = self.served.lock() {
            *served.entry(key.to_string()).or_default() += 1;
        }
        true
    }

    /// Every link handed out until now answers 403 from now on, as an expired Azure link does
    /// (`AuthenticationFailed: Signed expiry time has passed`); links handed out later work.
    pub fn expire_links(&self) {
        self.update(|s| s.link_generation += 1);
    }

    /// How many bytes of file bodies the storage has handed to its connections.
    pub fn storage_bytes_sent(&self) -> u64 {
        self.bytes_sent.load(Ordering::Relaxed)
    }

    pub(crate) fn count_sent(&self, bytes: usize) {
        self.bytes_sent.fetch_add(bytes as u64, Ordering::Relaxed);
    }

    /// How many times the storage began each file's body (200 or 206), by file key. A file
    /// never asked for, or only refused, is not listed.
    pub fn files_served(&self) -> BTreeMap<String, u64> {
        self.served.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// How many times the storage began the body of the file `key`.
    pub fn times_served(&self, key: &str) -> u64 {
        self.served
            .lock()
            .map(|s| s.get(key).copied().unwrap_or(0))
            .unwrap_or(0)
    }

    /// Arms `hold`: the request it names is held once it comes (replacing a hold that has not
    /// caught its request yet). See [`Controls::held`], [`Controls::release`] and
    /// [`Controls::cut`].
    pub fn hold(&self, hold: Hold) {
        if let Ok(mut state) = self.holds.state.lock() {
            state.armed = Some((hold, 0));
        }
    }

    /// Returns once a request is being held (at once when one is). A held storage request has
    /// sent its status, headers and the first part of its body.
    pub async fn held(&self) {
        let mut holding = self.holds.holding.subscribe();
        let _ = holding.wait_for(|n| *n > 0).await;
    }

    /// Returns once the server has no connection open and answers no request: every request
    /// that reached it has been answered to its last byte or given up, and every client has
    /// closed its connections (a killed program's are closed by its system, and the server
    /// reads what they still held before it sees them close). A test that kills a client
    /// waits for this before it reads the counters.
    pub async fn quiet(&self) {
        let mut answering = self.in_flight.0.subscribe();
        let _ = answering.wait_for(|n| *n == 0).await;
    }

    /// How many connections are open and requests being answered now.
    pub fn answering(&self) -> usize {
        *self.in_flight.0.borrow()
    }

    /// How many requests are being held now.
    pub fn holding(&self) -> usize {
        *self.holds.holding.borrow()
    }

    /// Held requests go on as if nothing happened; a hold that has not caught its request yet
    /// is disarmed.
    pub fn release(&self) {
        self.end_holds(Resume::Go);
    }

    /// Held requests break off (a storage answer after the part it sent; an API request
    /// without an answer); a hold that has not caught its request yet is disarmed.
    pub fn cut(&self) {
        self.end_holds(Resume::Cut);
    }

    fn end_holds(&self, resume: Resume) {
        if let Ok(mut state) = self.holds.state.lock() {
            state.armed = None;
            for waiting in state.waiting.drain(..) {
                let _ = waiting.send(resume);
            }
            self.holds.holding.send_replace(0);
        }
    }

    /// Whether the armed hold takes this request (of `origin`, at `address`: path and query).
    pub(crate) fn catches(&self, origin: Origin, address: &str) -> bool {
        let Ok(mut state) = self.holds.state.lock() else {
            return false;
        };
        let Some((hold, seen)) = state.armed.as_mut() else {
            return false;
        };
        if hold.origin != origin
            || hold
                .contains
                .as_deref()
                .is_some_and(|text| !address.contains(text))
        {
            return false;
        }
        *seen += 1;
        if *seen < hold.nth {
            return false;
        }
        state.armed = None;
        true
    }

    /// Holds the request that calls it until the test releases or cuts it (or the server
    /// stops: then it breaks off).
    pub(crate) async fn wait_held(&self) -> Resume {
        let (sender, receiver) = oneshot::channel();
        if let Ok(mut state) = self.holds.state.lock() {
            state.waiting.push(sender);
            self.holds.holding.send_replace(state.waiting.len());
        }
        tokio::select! {
            resume = receiver => resume.unwrap_or(Resume::Cut),
            () = self.closing.cancelled() => Resume::Cut,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shared_link_sends_one_piece_after_another() {
        let controls = Controls::default();
        let before = Instant::now();
        let first = controls.sent_by(1_000_000, 1_000_000);
        let after = Instant::now();
        let second = controls.sent_by(500_000, 1_000_000);
        // The second waits for the first: together they take the link 1.5 s.
        assert_eq!(second - first, Duration::from_millis(500));
        // The first takes the free link a second from when it was asked.
        assert!(first >= before + Duration::from_secs(1));
        assert!(first <= after + Duration::from_secs(1));
    }
}
