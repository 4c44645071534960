//! The HTTP side: one request with retries, redirects handled by hand so that the token never
//! follows a redirect to another origin, JSON bodies and streaming downloads.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use reqwest::header::{HeaderValue, LOCATION, USER_AGENT};
use reqwest::Response;
use tokio::io::AsyncWriteExt;
use tokio_util::sync::CancellationToken;
use url::Url;

use crate::base_url::{strip_query, BaseUrl};
use crate::classify::{check_status, network, Attempt};
use crate::error::{ApiError, ErrorKind};
use crate::events::{CallRecord, ClientEvent, RetryReason};
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
    /// Longest wait for the next bytes of an answer (a stalled body). There is no total
    /// timeout: a large download may take as long as it needs while bytes keep coming.
    pub read_timeout: Duration,
}

impl Default for ClientConfig {
    fn default() -> Self {
        ClientConfig {
            base_url: BaseUrl::default(),
            retry: RetryPolicy::default(),
            connect_timeout: Duration::from_secs(20),
            read_timeout: Duration::from_secs(60),
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
            .read_timeout(config.read_timeout)
            // Redirects are followed by hand: a redirect to another origin must not carry the
            // token, and reqwest only strips the standard credential headers.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| {
                ApiError::new(ErrorKind::InvalidSettings, "connect", String::new()).with_source(e)
            })?;
        Ok(Client {
            http,
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

    /// Resolves a link from the API (a resource list path or a file URL): absolute links are
    /// taken as they are, relative ones against the base URL (keeping its path prefix for
    /// `/v0.1/...` links).
    pub fn resolve(&self, link: &str) -> Result<Url, ApiError> {
        let link = link.trim();
        if let Ok(url) = Url::parse(link) {
            return match url.scheme() {
                "http" | "https" => Ok(url),
                _ => Err(
                    ApiError::new(ErrorKind::InvalidResponse, "resolve link", String::new())
                        .with_detail(format!("unsupported link scheme {:?}", url.scheme())),
                ),
            };
        }
        self.config.base_url.join(link).map_err(|e| {
            ApiError::new(ErrorKind::InvalidResponse, "resolve link", String::new())
                .with_detail("a link in the answer is not a valid address")
                .with_source(e)
        })
    }

    /// True when `url` is on the API's origin (and so gets the token).
    pub fn is_api_origin(&self, url: &Url) -> bool {
        self.config.base_url.same_origin(url)
    }

    /// GETs `url` and parses its JSON body, with retries.
    pub async fn get_json(
        &self,
        operation: &str,
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

    /// Streams `url` into `sink`, with retries (the sink is restarted for each attempt).
    /// `progress` is told the bytes received so far in the current attempt and the size the
    /// server declared, when it did. Returns the bytes written.
    pub async fn download<S: RestartableSink>(
        &self,
        url: &Url,
        sink: &mut S,
        progress: &mut (dyn FnMut(u64, Option<u64>) + Send),
    ) -> Result<u64, ApiError> {
        let operation = "download";
        let shown = strip_query(url);
        let mut attempt = 1;
        loop {
            let outcome = self
                .cancellable(
                    operation,
                    &shown,
                    self.download_attempt(operation, url, &shown, sink, progress),
                )
                .await;
            match self.settle(operation, &shown, attempt, outcome).await? {
                Some((bytes, _, status)) => {
                    self.record(operation, &shown, Some(status), attempt, bytes);
                    return Ok(bytes);
                }
                None => attempt += 1,
            }
        }
    }

    /// Runs `work` unless cancelled first.
    async fn cancellable<T>(
        &self,
        operation: &str,
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
        operation: &str,
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
        tracing::debug!(operation, url = shown, ?reason, attempt, ?delay, error = %error, "retrying");
        if let Some(events) = &self.events {
            events(&ClientEvent::Retrying {
                operation: operation.to_string(),
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

    fn record(&self, operation: &str, shown: &str, status: Option<u16>, attempts: u32, bytes: u64) {
        if let Ok(mut journal) = self.journal.lock() {
            journal.push(CallRecord {
                method: "GET".into(),
                operation: operation.to_string(),
                url: shown.to_string(),
                status,
                attempts,
                bytes,
            });
        }
    }

    async fn json_attempt(
        &self,
        operation: &str,
        url: &Url,
        shown: &str,
    ) -> Result<(serde_json::Value, u64, u16), Attempt> {
        let mut response = self.fetch(operation, url, shown).await?;
        let status = response.status().as_u16();
        let mut body = Vec::new();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| network(operation, shown, e))?
        {
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

    async fn download_attempt<S: RestartableSink>(
        &self,
        operation: &str,
        url: &Url,
        shown: &str,
        sink: &mut S,
        progress: &mut (dyn FnMut(u64, Option<u64>) + Send),
    ) -> Result<(u64, u64, u16), Attempt> {
        let local = |e: std::io::Error| {
            Attempt::Fatal(
                ApiError::new(ErrorKind::LocalWrite, operation, shown.to_string())
                    .with_detail(e.to_string())
                    .with_source(e),
            )
        };
        sink.restart().await.map_err(local)?;
        let mut response = self.fetch(operation, url, shown).await?;
        let status = response.status().as_u16();
        let expected = response.content_length();
        progress(0, expected);
        let mut written = 0u64;
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| network(operation, shown, e))?
        {
            sink.write_all(&chunk).await.map_err(local)?;
            written += chunk.len() as u64;
            progress(written, expected);
        }
        sink.flush().await.map_err(local)?;
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
        Ok((written, written, status))
    }

    /// Sends one GET, following redirects by hand; the token goes to the API origin only.
    async fn fetch(&self, operation: &str, url: &Url, shown: &str) -> Result<Response, Attempt> {
        let mut current = url.clone();
        for _ in 0..=MAX_REDIRECTS {
            let mut request = self
                .http
                .get(current.clone())
                .header(USER_AGENT, USER_AGENT_VALUE);
            if self.is_api_origin(&current) {
                let mut value = HeaderValue::from_str(self.token.reveal()).map_err(|_| {
                    Attempt::Fatal(
                        ApiError::new(ErrorKind::Unauthorized, operation, shown.to_string())
                            .with_detail("the token contains characters a token cannot have"),
                    )
                })?;
                value.set_sensitive(true);
                request = request.header(TOKEN_HEADER, value);
            }
            let response = request
                .send()
                .await
                .map_err(|e| network(operation, shown, e))?;
            let status = response.status();
            if status.is_redirection() {
                if let Some(next) = response
                    .headers()
                    .get(LOCATION)
                    .and_then(|l| l.to_str().ok())
                    .and_then(|l| current.join(l).ok())
                {
                    current = next;
                    continue;
                }
            }
            return check_status(operation, shown, response).await;
        }
        Err(Attempt::Fatal(
            ApiError::new(ErrorKind::InvalidResponse, operation, shown.to_string())
                .with_detail("too many redirects"),
        ))
    }
}
