//! The HTTP side: one request with retries, redirects handled by hand so that the token never
//! follows a redirect to another origin, JSON bodies and streaming downloads.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use reqwest::header::{
    HeaderName, HeaderValue, CONTENT_RANGE, ETAG, IF_RANGE, LAST_MODIFIED, LOCATION, RANGE,
    USER_AGENT,
};
use reqwest::{Response, StatusCode};
use tokio::io::AsyncWriteExt;
use tokio_util::sync::CancellationToken;
use url::Url;

use crate::base_url::{is_loopback, strip_query, BaseUrl, LinkError};
use crate::classify::{check_status, network, timed_out, Attempt};
use crate::error::{ApiError, ErrorKind};
use crate::events::{CallRecord, ClientEvent, DownloadEvent, RetryReason};
use crate::operation::Operation;
use crate::pacer::{Answer, Pacer, RateLimit, Slot};
use crate::retry::RetryPolicy;
use crate::sink::RestartableSink;
use crate::token::ApiToken;

/// The header App Center reads the token from.
pub const TOKEN_HEADER: &str = "X-API-Token";

/// The User-Agent of every request.
pub const USER_AGENT_VALUE: &str = concat!("act-export/", env!("CARGO_PKG_VERSION"));

/// The largest JSON answer read into memory.
const MAX_JSON_BYTES: u64 = 512 * 1024 * 1024;
/// The most redirects followed for one request.
const MAX_REDIRECTS: usize = 10;

/// How the client connects.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    pub base_url: BaseUrl,
    pub retry: RetryPolicy,
    /// Longest wait for a connection.
    pub connect_timeout: Duration,
    /// Longest wait for an answer to start (its status and headers) once the request is
    /// sent: an export endpoint may think for minutes before it answers.
    pub answer_timeout: Duration,
    /// Longest wait for the next bytes of an answer's body (a stalled body). There is no total
    /// timeout: a large download may take as long as it needs while bytes keep coming.
    pub read_timeout: Duration,
    /// The pace of calls to the API origin (not storage downloads): where it starts, and the
    /// most it allows; the pacer learns the service's own limit from its answers.
    pub rate_limit: RateLimit,
    /// A folder where the pace is kept and shared with the user's other processes (one state
    /// file per service and token: see [`Pacer::shared`]); `None`: this client paces alone.
    pub pace_folder: Option<PathBuf>,
}

impl Default for ClientConfig {
    fn default() -> Self {
        ClientConfig {
            base_url: BaseUrl::default(),
            retry: RetryPolicy::default(),
            connect_timeout: Duration::from_secs(20),
            answer_timeout: Duration::from_secs(300),
            read_timeout: Duration::from_secs(60),
            rate_limit: RateLimit::default(),
            pace_folder: None,
        }
    }
}

type EventSink = Arc<dyn Fn(&ClientEvent) + Send + Sync>;

/// The App Center API client. Cheap to clone; clones share the call journal.
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    config: Arc<ClientConfig>,
    token: Arc<ApiToken>,
    cancel: CancellationToken,
    events: Option<EventSink>,
    journal: Arc<Mutex<Vec<CallRecord>>>,
    pacer: Arc<Pacer>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.config.base_url)
            .field("token", &self.token)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A client for `config.base_url` that sends `token` to that origin only.
    pub fn new(config: ClientConfig, token: ApiToken) -> Result<Client, ApiError> {
        let http = reqwest::Client::builder()
            .user_agent(USER_AGENT_VALUE)
            .connect_timeout(config.connect_timeout)
            // Redirects are followed by hand: a redirect to another origin must not carry the
            // token, and reqwest only strips the standard credential headers.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| {
                ApiError::new(
                    ErrorKind::InvalidSettings,
                    &Operation::CheckToken,
                    String::new(),
                )
                .with_source(e)
            })?;
        let pacer = match &config.pace_folder {
            Some(folder) => Pacer::shared(config.rate_limit, folder, &config.base_url, &token),
            None => Pacer::new(config.rate_limit),
        };
        Ok(Client {
            http,
            pacer: Arc::new(pacer),
            config: Arc::new(config),
            token: Arc::new(token),
            cancel: CancellationToken::new(),
            events: None,
            journal: Arc::default(),
        })
    }

    /// Stops every call of this client (and its clones) when `cancel` fires.
    pub fn with_cancel(mut self, cancel: CancellationToken) -> Client {
        self.cancel = cancel;
        self
    }

    /// Paces API calls with `pacer` (shared with other clients: one budget for the service).
    pub fn with_pacer(mut self, pacer: Arc<Pacer>) -> Client {
        self.pacer = pacer;
        self
    }

    /// The pacer of API calls.
    pub fn pacer(&self) -> &Arc<Pacer> {
        &self.pacer
    }

    /// Reports retries to `sink`.
    pub fn with_events(mut self, sink: impl Fn(&ClientEvent) + Send + Sync + 'static) -> Client {
        self.events = Some(Arc::new(sink));
        self
    }

    /// The API base URL.
    pub fn base_url(&self) -> &BaseUrl {
        &self.config.base_url
    }

    /// Every call made so far, in order of completion.
    pub fn calls(&self) -> Vec<CallRecord> {
        self.journal.lock().map(|j| j.clone()).unwrap_or_default()
    }

    /// Resolves a link from an answer against the API's address: see [`BaseUrl::resolve`].
    pub fn resolve(&self, link: &str) -> Result<Url, LinkError> {
        self.config.base_url.resolve(link)
    }

    /// True when `url` is on the API's origin (and so gets the token).
    pub fn is_api_origin(&self, url: &Url) -> bool {
        self.config.base_url.same_origin(url)
    }

    /// GETs `url` and parses its JSON body, with retries.
    pub async fn get_json(
        &self,
        operation: &Operation,
        url: &Url,
    ) -> Result<serde_json::Value, ApiError> {
        let shown = strip_query(url);
        let mut attempt = 1;
        loop {
            let outcome = self
                .cancellable(operation, &shown, self.json_attempt(operation, url, &shown))
                .await;
            match self.settle(operation, &shown, attempt, outcome).await? {
                Some((value, bytes, status)) => {
                    self.record(operation, &shown, Some(status), attempt, bytes);
                    return Ok(value);
                }
                None => attempt += 1,
            }
        }
    }

    /// Streams `url` into `sink`, with retries. A sink that holds bytes already (an attempt
    /// broke off, or an earlier run stopped) is continued with an HTTP `Range` request when the
    /// server gave a validator (`resume_with`, or the first answer's `ETag`/`Last-Modified`)
    /// and honours it; otherwise it is started over. An attempt that got further than any
    /// before it does not count against the retry limit. `progress` hears of each answer and
    /// of the bytes held. Returns the bytes the sink holds.
    pub async fn download<S: RestartableSink>(
        &self,
        url: &Url,
        sink: &mut S,
        resume_with: Option<String>,
        progress: &mut (dyn FnMut(DownloadEvent) + Send),
    ) -> Result<u64, ApiError> {
        let operation = &Operation::Download;
        let shown = strip_query(url);
        let mut validator = resume_with;
        let mut furthest = sink.written();
        let mut attempt = 1;
        loop {
            let outcome = self
                .cancellable(
                    operation,
                    &shown,
                    self.download_attempt(operation, url, &shown, sink, &mut validator, progress),
                )
                .await;
            if self.cancel.is_cancelled() {
                // The attempt may have stopped in the middle of a write the file system still
                // carries out: let it finish, so that the caller can remove the file (a
                // Windows folder with a file still open cannot be removed).
                let _ = tokio::io::AsyncWriteExt::flush(sink).await;
            }
            if outcome.is_err() && sink.written() > furthest {
                furthest = sink.written();
                attempt = 1;
            }
            // Asked to continue after the last byte (the file was complete, or it shrank): take
            // the whole file again.
            if let Err(Attempt::Fatal(error)) = &outcome {
                if error.status == Some(416) && sink.written() > 0 {
                    let local = |e: std::io::Error| {
                        ApiError::new(ErrorKind::LocalWrite, operation, shown.clone())
                            .with_detail(e.to_string())
                            .with_source(e)
                    };
                    sink.restart().await.map_err(local)?;
                    validator = None;
                    continue;
                }
            }
            match self.settle(operation, &shown, attempt, outcome).await? {
                Some((bytes, received, status)) => {
                    self.record(operation, &shown, Some(status), attempt, received);
                    return Ok(bytes);
                }
                None => attempt += 1,
            }
        }
    }

    /// Runs `work` unless cancelled first.
    async fn cancellable<T>(
        &self,
        operation: &Operation,
        shown: &str,
        work: impl std::future::Future<Output = Result<T, Attempt>>,
    ) -> Result<T, Attempt> {
        tokio::select! {
            biased;
            _ = self.cancel.cancelled() => {
                Err(Attempt::Fatal(ApiError::cancelled(operation, shown.to_string())))
            }
            result = work => result,
        }
    }

    /// Decides what follows an attempt: its value, another attempt (after the delay, reported
    /// as an event) or the final error.
    async fn settle<T>(
        &self,
        operation: &Operation,
        shown: &str,
        attempt: u32,
        outcome: Result<T, Attempt>,
    ) -> Result<Option<T>, ApiError> {
        let max_attempts = self.config.retry.max_attempts.max(1);
        let (reason, server_delay, mut error) = match outcome {
            Ok(value) => return Ok(Some(value)),
            Err(Attempt::Fatal(error)) => (None, None, error),
            Err(Attempt::Retry {
                reason,
                server_delay,
                error,
            }) => (Some(reason), server_delay, error),
        };
        error.attempts = attempt;
        let Some(reason) = reason.filter(|_| attempt < max_attempts) else {
            if error.kind != ErrorKind::Cancelled {
                self.record(operation, shown, error.status, attempt, 0);
            }
            return Err(error);
        };
        let delay = self.config.retry.delay(attempt, server_delay);
        tracing::debug!(operation = %operation.id(), url = shown, ?reason, attempt, ?delay, error = %error, "retrying");
        if let Some(events) = &self.events {
            events(&ClientEvent::Retrying {
                operation: operation.id(),
                url: shown.to_string(),
                reason,
                attempt,
                max_attempts,
                delay_ms: u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
            });
        }
        tokio::select! {
            biased;
            _ = self.cancel.cancelled() => Err(ApiError::cancelled(operation, shown.to_string())),
            _ = tokio::time::sleep(delay) => Ok(None),
        }
    }

    fn record(
        &self,
        operation: &Operation,
        shown: &str,
        status: Option<u16>,
        attempts: u32,
        bytes: u64,
    ) {
        if let Ok(mut journal) = self.journal.lock() {
            journal.push(CallRecord {
                method: "GET".into(),
                operation: operation.id(),
                url: shown.to_string(),
                status,
                attempts,
                bytes,
            });
        }
    }

    async fn json_attempt(
        &self,
        operation: &Operation,
        url: &Url,
        shown: &str,
    ) -> Result<(serde_json::Value, u64, u16), Attempt> {
        let mut response = self.fetch(operation, url, shown, &[]).await?;
        let status = response.status().as_u16();
        let mut body = Vec::new();
        while let Some(chunk) = self.next_chunk(&mut response, operation, shown).await? {
            body.extend_from_slice(&chunk);
            if body.len() as u64 > MAX_JSON_BYTES {
                return Err(Attempt::Fatal(
                    ApiError::new(ErrorKind::InvalidResponse, operation, shown.to_string())
                        .with_status(status)
                        .with_detail("the answer is larger than 512 MB"),
                ));
            }
        }
        let bytes = body.len() as u64;
        if body.iter().all(u8::is_ascii_whitespace) {
            return Err(Attempt::Fatal(
                ApiError::new(ErrorKind::InvalidResponse, operation, shown.to_string())
                    .with_status(status)
                    .with_detail("the answer was empty"),
            ));
        }
        let value = serde_json::from_slice(&body).map_err(|e| {
            Attempt::Fatal(
                ApiError::new(ErrorKind::InvalidResponse, operation, shown.to_string())
                    .with_status(status)
                    .with_detail("the answer is not valid JSON")
                    .with_source(e),
            )
        })?;
        Ok((value, bytes, status))
    }

    #[allow(clippy::too_many_arguments)]
    async fn download_attempt<S: RestartableSink>(
        &self,
        operation: &Operation,
        url: &Url,
        shown: &str,
        sink: &mut S,
        validator: &mut Option<String>,
        progress: &mut (dyn FnMut(DownloadEvent) + Send),
    ) -> Result<(u64, u64, u16), Attempt> {
        let local = |e: std::io::Error| {
            Attempt::Fatal(
                ApiError::new(ErrorKind::LocalWrite, operation, shown.to_string())
                    .with_detail(e.to_string())
                    .with_source(e),
            )
        };
        let held = sink.written();
        let mut headers = Vec::new();
        if let (true, Some(v)) = (held > 0, validator.as_deref()) {
            headers.push((RANGE, format!("bytes={held}-")));
            headers.push((IF_RANGE, v.to_string()));
        }
        let (response, slot) = self.send(operation, url, shown, &headers).await?;
        // Asked for what follows the last byte of a file that has not changed: it is complete.
        if response.status() == StatusCode::RANGE_NOT_SATISFIABLE
            && !headers.is_empty()
            && complete_length(&response) == Some(held)
        {
            if let Some(slot) = slot {
                slot.finish(Answer::Admitted);
            }
            progress(DownloadEvent::Started {
                total: Some(held),
                from: held,
                validator: validator.clone(),
            });
            return Ok((held, 0, 416));
        }
        let checked = check_status(operation, shown, response).await;
        self.answered(slot, &checked);
        let mut response = checked?;
        let status = response.status().as_u16();
        let continues = status == 206 && held > 0 && range_start(&response) == Some(held);
        let from = if continues {
            held
        } else {
            // The whole file comes (a server that ignores Range, or a changed file).
            if held > 0 {
                sink.restart().await.map_err(local)?;
            }
            0
        };
        // A strong ETag, else the date it was last modified: `If-Range` takes either, never a
        // weak ETag (a server sending a weak one still continues by date).
        let header = |name| {
            response
                .headers()
                .get(name)
                .and_then(|v: &HeaderValue| v.to_str().ok())
        };
        let named = header(ETAG)
            .filter(|v| !v.starts_with("W/"))
            .or_else(|| header(LAST_MODIFIED))
            .map(str::to_string);
        if named.is_some() {
            *validator = named;
        }
        let expected = response.content_length().map(|n| n + from);
        progress(DownloadEvent::Started {
            total: expected,
            from,
            validator: validator.clone(),
        });
        let mut received = 0u64;
        while let Some(chunk) = self.next_chunk(&mut response, operation, shown).await? {
            sink.write_all(&chunk).await.map_err(local)?;
            received += chunk.len() as u64;
            progress(DownloadEvent::Received {
                done: from + received,
            });
        }
        sink.flush().await.map_err(local)?;
        let written = sink.written();
        if let Some(expected) = expected {
            if expected != written {
                return Err(Attempt::Retry {
                    reason: RetryReason::Network,
                    server_delay: None,
                    error: ApiError::new(ErrorKind::Network, operation, shown.to_string())
                        .with_detail(format!(
                            "the download stopped after {written} of {expected} bytes"
                        )),
                });
            }
        }
        Ok((written, received, status))
    }

    /// The next piece of an answer's body, or a retryable error when none came within the
    /// read timeout.
    async fn next_chunk(
        &self,
        response: &mut Response,
        operation: &Operation,
        shown: &str,
    ) -> Result<Option<bytes::Bytes>, Attempt> {
        match tokio::time::timeout(self.config.read_timeout, response.chunk()).await {
            Ok(chunk) => chunk.map_err(|e| network(operation, shown, e)),
            Err(_) => Err(timed_out(
                operation,
                shown,
                "no more of the answer came for a while",
            )),
        }
    }

    /// Sends one GET, following redirects by hand. The token goes to the API origin only, and
    /// only while the whole chain of redirects stayed there: once a chain has left the API
    /// origin, an address that leads back to it could be anyone's, and gets no token. A chain
    /// never goes from `https` to plain `http` (except on this computer) or to another scheme.
    async fn fetch(
        &self,
        operation: &Operation,
        url: &Url,
        shown: &str,
        headers: &[(HeaderName, String)],
    ) -> Result<Response, Attempt> {
        let (response, slot) = self.send(operation, url, shown, headers).await?;
        let checked = check_status(operation, shown, response).await;
        self.answered(slot, &checked);
        checked
    }

    /// Tells the pacer how a call to the API origin was answered.
    fn answered(&self, slot: Option<Slot<'_>>, checked: &Result<Response, Attempt>) {
        let Some(slot) = slot else {
            return;
        };
        slot.finish(match checked {
            Err(Attempt::Retry {
                reason: RetryReason::RateLimited,
                server_delay,
                ..
            }) => Answer::Refused {
                server_delay: *server_delay,
                pause: self.config.retry.delay(1, *server_delay),
            },
            _ => Answer::Admitted,
        });
    }

    /// [`Client::fetch`] without the check of the status: any answer that is not a redirect,
    /// with its place in the pace when it came from the API origin (to be finished once the
    /// answer is known).
    async fn send(
        &self,
        operation: &Operation,
        url: &Url,
        shown: &str,
        headers: &[(HeaderName, String)],
    ) -> Result<(Response, Option<Slot<'_>>), Attempt> {
        let fatal = |detail: &str| {
            Attempt::Fatal(
                ApiError::new(ErrorKind::InvalidResponse, operation, shown.to_string())
                    .with_detail(detail.to_string()),
            )
        };
        let mut current = url.clone();
        let mut on_api = self.is_api_origin(&current);
        for _ in 0..=MAX_REDIRECTS {
            let mut request = self
                .http
                .get(current.clone())
                .header(USER_AGENT, USER_AGENT_VALUE);
            for (name, value) in headers {
                request = request.header(name, value);
            }
            // Every call to the API origin keeps to the service's pace, whatever carries the
            // token, and holds its place in the pace until its answer arrives.
            let slot = if self.is_api_origin(&current) {
                let told = |waits: Duration| {
                    if let (true, Some(events)) = (waits >= Duration::from_secs(1), &self.events) {
                        events(&ClientEvent::Pacing {
                            delay_ms: u64::try_from(waits.as_millis()).unwrap_or(u64::MAX),
                        });
                    }
                };
                Some(self.pacer.start_noting(told).await)
            } else {
                None
            };
            if on_api {
                let mut value = HeaderValue::from_str(self.token.reveal()).map_err(|_| {
                    Attempt::Fatal(
                        ApiError::new(ErrorKind::Unauthorized, operation, shown.to_string())
                            .with_detail("the token contains characters a token cannot have"),
                    )
                })?;
                value.set_sensitive(true);
                request = request.header(TOKEN_HEADER, value);
            }
            let sent = tokio::time::timeout(self.config.answer_timeout, request.send()).await;
            // No answer: the slot, dropped, counts the call as one that got none.
            let response = match sent {
                Ok(sent) => sent.map_err(|e| network(operation, shown, e))?,
                Err(_) => return Err(timed_out(operation, shown, "no answer came")),
            };
            let status = response.status();
            if status.is_redirection() {
                if let Some(location) = response
                    .headers()
                    .get(LOCATION)
                    .and_then(|l| l.to_str().ok())
                {
                    if let Some(slot) = slot {
                        slot.finish(Answer::Admitted);
                    }
                    let next = next_hop(&current, location).map_err(fatal)?;
                    on_api = on_api && self.is_api_origin(&next);
                    current = next;
                    continue;
                }
            }
            return Ok((response, slot));
        }
        Err(fatal("too many redirects"))
    }
}

/// The length a `416` answer's `Content-Range: bytes */LENGTH` gives the whole file.
fn complete_length(response: &Response) -> Option<u64> {
    let value = response.headers().get(CONTENT_RANGE)?.to_str().ok()?;
    value.trim().strip_prefix("bytes */")?.trim().parse().ok()
}

/// Where a `206` answer's `Content-Range: bytes START-END/TOTAL` starts.
fn range_start(response: &Response) -> Option<u64> {
    let value = response.headers().get(CONTENT_RANGE)?.to_str().ok()?;
    let (start, _) = value.trim().strip_prefix("bytes ")?.split_once('-')?;
    start.trim().parse().ok()
}

/// Where a redirect from `current` to `location` leads, if it may be followed: to `https`, or
/// to plain `http` only from plain `http` or on this computer; never to another scheme.
fn next_hop(current: &Url, location: &str) -> Result<Url, &'static str> {
    let next = current
        .join(location)
        .map_err(|_| "a redirect pointed at something that is not an address")?;
    match next.scheme() {
        "https" => Ok(next),
        "http" if current.scheme() == "http" || is_loopback(&next) => Ok(next),
        "http" => Err("a redirect went from https to plain http"),
        _ => Err("a redirect pointed at something other than a web address"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redirects_never_go_down_to_plain_http_or_to_other_schemes() {
        let https = Url::parse("https://blob.example/a").unwrap();
        let http = Url::parse("http://127.0.0.1:9/a").unwrap();
        assert!(next_hop(&https, "https://other.example/b").is_ok());
        assert!(next_hop(&https, "/relative").is_ok());
        assert_eq!(
            next_hop(&https, "http://other.example/b"),
            Err("a redirect went from https to plain http")
        );
        assert!(
            next_hop(&https, "http://127.0.0.1:8/b").is_ok(),
            "this computer"
        );
        assert!(next_hop(&http, "http://127.0.0.1:8/b").is_ok());
        for scheme in ["ftp://x/y", "file:///etc/passwd", "javascript:alert(1)"] {
            assert_eq!(
                next_hop(&https, scheme),
                Err("a redirect pointed at something other than a web address"),
                "{scheme}"
            );
        }
    }

    #[test]
    fn links_resolve_against_the_api_keeping_their_own_host() {
        let config = ClientConfig {
            base_url: BaseUrl::parse("https://appcenter.example/api").unwrap(),
            ..ClientConfig::default()
        };
        let c = Client::new(config, ApiToken::new("t")).unwrap();
        let resolve = |l: &str| c.resolve(l).map(|u| u.to_string());
        assert_eq!(
            resolve("/v0.1/apps/o/a/test/export/testRuns"),
            Ok("https://appcenter.example/api/v0.1/apps/o/a/test/export/testRuns".into())
        );
        assert_eq!(
            resolve("//storage.example/blob/x?sig=1"),
            Ok("https://storage.example/blob/x?sig=1".into())
        );
        assert!(!c.is_api_origin(&c.resolve("//storage.example/x").unwrap()));
        assert_eq!(
            resolve("mailto:a@b.example"),
            Err(LinkError::Scheme("mailto".into()))
        );
        assert_eq!(resolve("  "), Err(LinkError::Empty));
        assert_eq!(
            resolve("http://[not an address"),
            Err(LinkError::NotAnAddress)
        );
    }
}
