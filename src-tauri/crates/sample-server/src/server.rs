//! The two origins as axum routers, and the middleware that logs, delays, checks the token and
//! injects faults.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use axum::body::{Body, HttpBody};
use axum::extract::{Path, Query, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use bytes::Bytes;
use futures_util::StreamExt;
use serde_json::Value;

use act_api::Endpoint;

use crate::content::{chunks_from, seed_of};
use crate::controls::{Answering, Controls, FaultKind, Origin, RequestRecord, Resume, RetryHint};
use crate::data::{Dataset, SAMPLE_TOKEN};
use crate::render::{self, Origins};

/// What every handler shares.
pub(crate) struct Shared {
    pub data: Dataset,
    pub origins: Origins,
    pub controls: Arc<Controls>,
}

type S = Arc<Shared>;

fn json(value: Value) -> Response {
    let body = serde_json::to_vec(&value).unwrap_or_default();
    (
        [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
        body,
    )
        .into_response()
}

fn error(status: StatusCode, code: &str, message: &str) -> Response {
    let mut response = json(render::error_body(code, message));
    *response.status_mut() = status;
    response
}

fn not_found(what: &str) -> Response {
    error(
        StatusCode::NOT_FOUND,
        "NotFound",
        &format!("{what} not found"),
    )
}

pub(crate) fn api_router(shared: S) -> Router {
    Router::new()
        .route(
            "/v0.1/user",
            get(|State(s): State<S>| async move {
                let mut user = render::user(&s.data);
                // Another user's token: the same data, seen by another account.
                if let Some(id) = s.controls.switches().another_user {
                    user["id"] = serde_json::Value::String(id);
                }
                json(user)
            }),
        )
        .route(
            "/v0.1/apps",
            get(|State(s): State<S>| async move { json(render::apps(&s.data)) }),
        )
        .route(
            "/v0.1/orgs",
            get(|State(s): State<S>| async move { json(render::orgs(&s.data)) }),
        )
        .route("/v0.1/apps/{owner}/{app}/test_runs", get(test_runs))
        .route("/v0.1/apps/{owner}/{app}/test_runs/{run}", get(test_run))
        .route(
            "/v0.1/apps/{owner}/{app}/test_runs/{run}/report",
            get(report),
        )
        .route("/v0.1/apps/{owner}/{app}/test/export", get(app_index))
        .route(
            "/v0.1/apps/{owner}/{app}/test/export/{endpoint}",
            get(app_export),
        )
        .route("/v0.1/account/test/export", get(account_index))
        .route("/v0.1/account/test/export/{endpoint}", get(account_export))
        .fallback(|| async { not_found("Resource") })
        .layer(middleware::from_fn_with_state(
            (shared.clone(), Origin::Api),
            gate,
        ))
        .with_state(shared)
}

pub(crate) fn storage_router(shared: S) -> Router {
    Router::new()
        .route("/blobs/{key}/{name}", get(blob))
        .route("/dl", get(blob_by_query))
        .fallback(|| async {
            (
                StatusCode::FORBIDDEN,
                "AuthenticationFailed: no valid signature",
            )
                .into_response()
        })
        .layer(middleware::from_fn_with_state(
            (shared.clone(), Origin::Storage),
            gate,
        ))
        .with_state(shared)
}

async fn test_runs(State(s): State<S>, Path((owner, app)): Path<(String, String)>) -> Response {
    match s.data.app(&owner, &app) {
        Some(a) => {
            let deleted = s.controls.switches().deleted_runs;
            let mut list = render::test_runs(a);
            if let Some(runs) = list.as_array_mut() {
                runs.retain(|r| !r["id"].as_str().is_some_and(|id| deleted.contains(id)));
            }
            json(list)
        }
        None => not_found("App"),
    }
}

fn deleted(s: &Shared, run: &str) -> bool {
    s.controls.switches().deleted_runs.contains(run)
}

async fn test_run(
    State(s): State<S>,
    Path((owner, app, run)): Path<(String, String, String)>,
) -> Response {
    match s.data.app(&owner, &app).and_then(|a| a.run(&run)) {
        Some(r) if !deleted(&s, &run) => json(render::test_run(r)),
        _ => not_found("Test run"),
    }
}

async fn report(
    State(s): State<S>,
    Path((owner, app, run)): Path<(String, String, String)>,
) -> Response {
    match s
        .data
        .app(&owner, &app)
        .and_then(|a| a.run(&run))
        .filter(|_| !deleted(&s, &run))
    {
        Some(r) => json(render::report(
            &s.data,
            &s.origins,
            &s.controls.switches(),
            r,
        )),
        None => not_found("Test run"),
    }
}

async fn app_index(State(s): State<S>, Path((owner, app)): Path<(String, String)>) -> Response {
    if s.data.app(&owner, &app).is_none() {
        return not_found("App");
    }
    let base = format!("/v0.1/apps/{owner}/{app}/test/export");
    json(render::resource_list(
        &s.origins,
        &s.controls.switches(),
        &base,
        &Endpoint::APP,
    ))
}

async fn app_export(
    State(s): State<S>,
    Path((owner, app, endpoint)): Path<(String, String, String)>,
) -> Response {
    let Some(a) = s.data.app(&owner, &app) else {
        return not_found("App");
    };
    match render::app_export(&s.data, &s.origins, &s.controls.switches(), a, &endpoint) {
        Some(value) => json(value),
        None => not_found("Export resource"),
    }
}

async fn account_index(State(s): State<S>) -> Response {
    json(render::resource_list(
        &s.origins,
        &s.controls.switches(),
        "/v0.1/account/test/export",
        &Endpoint::ACCOUNT,
    ))
}

async fn account_export(State(s): State<S>, Path(endpoint): Path<String>) -> Response {
    match render::account_export(&s.data, &s.controls.switches(), &endpoint) {
        Some(value) => json(value),
        None => not_found("Export resource"),
    }
}

#[derive(serde::Deserialize)]
struct Signed {
    file: Option<String>,
    sig: Option<String>,
    se: Option<String>,
}

/// `GET /dl?file=KEY&sig=...`: every file at one path, told apart by the query string.
async fn blob_by_query(
    State(s): State<S>,
    Query(q): Query<Signed>,
    uri: axum::http::Uri,
    headers: axum::http::HeaderMap,
) -> Response {
    let key = q.file.clone().unwrap_or_default();
    serve_blob(&s, &key, &q, &uri, &headers)
}

async fn blob(
    State(s): State<S>,
    Path((key, _name)): Path<(String, String)>,
    Query(q): Query<Signed>,
    uri: axum::http::Uri,
    headers: axum::http::HeaderMap,
) -> Response {
    serve_blob(&s, &key, &q, &uri, &headers)
}

/// A listener whose connections count as the server being busy while they are open
/// ([`Controls::quiet`]).
pub(crate) struct Counted {
    pub listener: tokio::net::TcpListener,
    pub controls: Arc<Controls>,
}

/// A connection, counted while it is open.
pub(crate) struct CountedStream {
    stream: tokio::net::TcpStream,
    _open: Answering,
}

impl axum::serve::Listener for Counted {
    type Io = CountedStream;
    type Addr = std::net::SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        let (stream, addr) = axum::serve::Listener::accept(&mut self.listener).await;
        let open = Answering::new(Arc::clone(&self.controls));
        (
            CountedStream {
                stream,
                _open: open,
            },
            addr,
        )
    }

    fn local_addr(&self) -> std::io::Result<Self::Addr> {
        self.listener.local_addr()
    }
}

impl tokio::io::AsyncRead for CountedStream {
    fn poll_read(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.stream).poll_read(cx, buf)
    }
}

impl tokio::io::AsyncWrite for CountedStream {
    fn poll_write(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &[u8],
    ) -> std::task::Poll<std::io::Result<usize>> {
        std::pin::Pin::new(&mut self.stream).poll_write(cx, buf)
    }

    fn poll_flush(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

/// When every stored file was last modified (as `Last-Modified` writes it).
const LAST_MODIFIED: &str = "Mon, 01 Jan 2024 00:00:00 GMT";

/// The storage's answer while it fails.
fn storage_busy() -> Response {
    (
        StatusCode::SERVICE_UNAVAILABLE,
        "ServerBusy: The server is currently unable to receive requests. Please retry your request.",
    )
        .into_response()
}

type BodyStream = futures_util::stream::BoxStream<'static, Result<Bytes, std::io::Error>>;

/// `body` (of `length` bytes) with a hold after its first part (its first piece, up to 64 KiB,
/// and never more than half of it): it waits there until the test releases it (or breaks off
/// when the test cuts it, or the server stops).
fn held_after_first_part(body: BodyStream, length: u64, controls: Arc<Controls>) -> BodyStream {
    enum Stage {
        First,
        Held(Option<Bytes>),
        Rest,
        Done,
    }
    let first = usize::try_from(length / 2).unwrap_or(usize::MAX);
    Box::pin(futures_util::stream::unfold(
        (body, Stage::First),
        move |(mut body, mut stage)| {
            let controls = Arc::clone(&controls);
            async move {
                loop {
                    match stage {
                        Stage::First => match body.next().await? {
                            Ok(mut piece) => {
                                let rest = piece.split_off(piece.len().min(first));
                                let rest = (!rest.is_empty()).then_some(rest);
                                if piece.is_empty() {
                                    stage = Stage::Held(rest);
                                    continue;
                                }
                                return Some((Ok(piece), (body, Stage::Held(rest))));
                            }
                            Err(error) => return Some((Err(error), (body, Stage::Done))),
                        },
                        Stage::Held(rest) => match controls.wait_held().await {
                            Resume::Go => match rest {
                                Some(rest) => return Some((Ok(rest), (body, Stage::Rest))),
                                None => stage = Stage::Rest,
                            },
                            Resume::Cut => {
                                let cut = std::io::Error::new(
                                    std::io::ErrorKind::ConnectionReset,
                                    "cut off while held",
                                );
                                return Some((Err(cut), (body, Stage::Done)));
                            }
                        },
                        Stage::Rest => {
                            let piece = body.next().await?;
                            return Some((piece, (body, Stage::Rest)));
                        }
                        Stage::Done => return None,
                    }
                }
            }
        },
    ))
}

/// The first byte a `Range: bytes=N-` (or `N-M`) request asks for, when it is one we serve.
/// Where a `Range: bytes=START-` header asks the answer to start, as written.
fn requested_start(headers: &axum::http::HeaderMap) -> Option<u64> {
    let value = headers.get(header::RANGE)?.to_str().ok()?;
    let (start, _) = value.trim().strip_prefix("bytes=")?.split_once('-')?;
    start.trim().parse().ok()
}

fn range_start(headers: &axum::http::HeaderMap, size: u64) -> Option<u64> {
    let start = requested_start(headers)?;
    (start < size || size == 0).then_some(start.min(size))
}

/// Whether a `Range` asks only for bytes after the end of a file of `size` bytes.
fn range_beyond(headers: &axum::http::HeaderMap, size: u64) -> bool {
    size > 0 && requested_start(headers).is_some_and(|start| start >= size)
}

fn serve_blob(
    s: &Shared,
    key: &str,
    q: &Signed,
    uri: &axum::http::Uri,
    headers: &axum::http::HeaderMap,
) -> Response {
    if s.controls.storage_failing() {
        return storage_busy();
    }
    let Some(file) = s.data.files.get(key) else {
        return (StatusCode::NOT_FOUND, "BlobNotFound").into_response();
    };
    let switches = s.controls.switches();
    let expires = q.se.as_deref().unwrap_or("");
    // The generation of links the signature is of: an earlier one has expired.
    let current = switches.link_generation;
    let generation = q.sig.as_deref().and_then(|sig| {
        (0..=current)
            .rev()
            .find(|g| render::signature_in(key, expires, *g) == sig)
    });
    let Some(generation) = generation else {
        return (
            StatusCode::FORBIDDEN,
            "AuthenticationFailed: signature mismatch",
        )
            .into_response();
    };
    if generation < current || render::expired(expires) {
        return (
            StatusCode::FORBIDDEN,
            "AuthenticationFailed: Signed expiry time has passed",
        )
            .into_response();
    }
    if switches.gone_files.contains(key) {
        return (
            StatusCode::NOT_FOUND,
            "BlobNotFound: the specified blob does not exist",
        )
            .into_response();
    }
    let strong = format!("\"{}\"", &render::signature(key, "etag")[..16]);
    let etag = if switches.weak_etags {
        format!("W/{strong}")
    } else {
        strong.clone()
    };
    // `If-Range` with another validator: the Range is ignored and the whole file sent. It
    // compares strongly (RFC 9110): a weak ETag never matches; the date a file was last
    // modified does.
    let same = headers
        .get(header::IF_RANGE)
        .and_then(|v| v.to_str().ok())
        .is_none_or(|v| (v == strong && !switches.weak_etags) || v == LAST_MODIFIED);
    if !switches.ignore_ranges && same && range_beyond(headers, file.size) {
        let mut response = StatusCode::RANGE_NOT_SATISFIABLE.into_response();
        if let Ok(value) = HeaderValue::from_str(&format!("bytes */{}", file.size)) {
            response.headers_mut().insert(header::CONTENT_RANGE, value);
        }
        return response;
    }
    let wanted = if switches.ignore_ranges {
        None
    } else {
        range_start(headers, file.size).filter(|_| same)
    };
    let start = wanted.unwrap_or(0);
    // From here on a body is served: counted, unless the storage has failed meanwhile.
    if !s.controls.begin_file(key) {
        return storage_busy();
    }
    let address = uri
        .path_and_query()
        .map_or_else(|| uri.path().to_string(), |p| p.as_str().to_string());
    let held = file.size > start && s.controls.catches(Origin::Storage, &address);
    let mut pieces: Box<dyn Iterator<Item = Bytes> + Send> =
        Box::new(chunks_from(seed_of(&file.key), file.kind, file.size, start));
    if let Some(limit) = switches.drop_after {
        // The connection breaks after `limit` bytes of this answer.
        let mut sent = 0u64;
        pieces = Box::new(pieces.map_while(move |piece| {
            let room = limit.saturating_sub(sent);
            if room == 0 {
                return None;
            }
            let piece = piece.slice(..piece.len().min(usize::try_from(room).unwrap_or(usize::MAX)));
            sent += piece.len() as u64;
            Some(piece)
        }));
    }
    let dropping = switches
        .drop_after
        .is_some_and(|limit| file.size - start > limit);
    let stream: BodyStream = Box::pin(futures_util::stream::iter(
        pieces.map(Ok::<Bytes, std::io::Error>),
    ));
    let stream = if held {
        held_after_first_part(stream, file.size - start, Arc::clone(&s.controls))
    } else {
        stream
    };
    let stream: BodyStream = match switches.file_rate {
        None => Box::pin(stream),
        Some(rate) => {
            let rate = rate.max(1);
            Box::pin(stream.then(move |piece| async move {
                if let Ok(piece) = &piece {
                    let seconds = piece.len() as f64 / rate as f64;
                    tokio::time::sleep(Duration::from_secs_f64(seconds)).await;
                }
                piece
            }))
        }
    };
    let stream = match switches.bandwidth {
        None => stream,
        Some(rate) => {
            let link = Arc::clone(&s.controls);
            Box::pin(stream.then(move |piece| {
                let done = piece.as_ref().ok().map(|p| link.sent_by(p.len(), rate));
                async move {
                    if let Some(done) = done {
                        tokio::time::sleep_until(tokio::time::Instant::from_std(done)).await;
                    }
                    piece
                }
            }))
        }
    };
    let stream = if dropping {
        Box::pin(stream.chain(futures_util::stream::once(async {
            Err(std::io::Error::new(
                std::io::ErrorKind::ConnectionReset,
                "dropped",
            ))
        }))) as BodyStream
    } else {
        stream
    };
    let mut response = Response::new(Body::from_stream(stream));
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(file.content_type),
    );
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(file.size - start));
    if let Ok(value) = HeaderValue::from_str(&etag) {
        headers.insert(header::ETAG, value);
    }
    headers.insert(
        header::LAST_MODIFIED,
        HeaderValue::from_static(LAST_MODIFIED),
    );
    if !switches.ignore_ranges {
        headers.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    }
    if wanted.is_some() {
        *response.status_mut() = StatusCode::PARTIAL_CONTENT;
        let range = format!(
            "bytes {start}-{}/{}",
            file.size.saturating_sub(1),
            file.size
        );
        if let Ok(value) = HeaderValue::from_str(&range) {
            response.headers_mut().insert(header::CONTENT_RANGE, value);
        }
    }
    response
}

/// Logs, delays, checks the token (API only) and applies faults.
async fn gate(State((s, origin)): State<(S, Origin)>, request: Request, next: Next) -> Response {
    // Counted from here until the answer's body is sent or dropped (or this future is dropped:
    // a client that went away).
    let answering = Answering::new(Arc::clone(&s.controls));
    let method = request.method().to_string();
    let path = request.uri().path().to_string();
    let query = request.uri().query().map(str::to_string);
    let address = request
        .uri()
        .path_and_query()
        .map_or_else(|| path.clone(), |p| p.as_str().to_string());
    let token = request
        .headers()
        .get("x-api-token")
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
    let switches = s.controls.switches();
    if !switches.latency.is_zero() {
        tokio::time::sleep(switches.latency).await;
    }
    let admitted = if origin == Origin::Api {
        s.controls.admit()
    } else {
        Ok(())
    };
    let response = if let Err(wait) = admitted {
        // App Center's own wording, and a Retry-After in whole seconds (rounded up).
        let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
        let mut response = json(serde_json::json!({
            "statusCode": 429,
            "message": format!("Rate limit is exceeded. Try again in {seconds} seconds."),
        }));
        *response.status_mut() = StatusCode::TOO_MANY_REQUESTS;
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        response
    } else if origin == Origin::Api && s.controls.count_api_request() {
        error(
            StatusCode::UNAUTHORIZED,
            "Unauthorized",
            "The API token has been revoked",
        )
    } else if origin == Origin::Api && token.as_deref() != Some(SAMPLE_TOKEN) {
        error(StatusCode::UNAUTHORIZED, "Unauthorized", "Unauthorized")
    } else if origin == Origin::Api
        && s.controls.catches(Origin::Api, &address)
        && s.controls.wait_held().await == Resume::Cut
    {
        broken()
    } else {
        match s.controls.take_fault(origin, &path) {
            None => next.run(request).await,
            Some(FaultKind::RedirectToStorage) => {
                redirect(format!("{}{}", s.origins.storage, request.uri()))
            }
            Some(FaultKind::RedirectToApi) => redirect(format!("{}/v0.1/user", s.origins.api)),
            Some(FaultKind::RedirectTo(location)) => redirect(location),
            Some(fault) => apply(fault, next.run(request).await).await,
        }
    };
    let status = response.status().as_u16();
    s.controls.log(RequestRecord {
        origin,
        method,
        path,
        query,
        token,
        status,
    });
    let response = if origin == Origin::Storage && matches!(status, 200 | 206) {
        counted(response, Arc::clone(&s.controls))
    } else {
        response
    };
    answered_with(response, answering)
}

/// `response`, counted as being answered until its body is sent to the end or dropped.
fn answered_with(response: Response, answering: Answering) -> Response {
    let (parts, body) = response.into_parts();
    let stream = body.into_data_stream().map(move |piece| {
        let _still = &answering;
        piece
    });
    Response::from_parts(parts, Body::from_stream(stream))
}

/// A storage answer whose body bytes are counted as they are handed to the connection.
fn counted(response: Response, controls: Arc<Controls>) -> Response {
    let (parts, body) = response.into_parts();
    let stream = body.into_data_stream().map(move |piece| {
        if let Ok(piece) = &piece {
            controls.count_sent(piece.len());
        }
        piece
    });
    Response::from_parts(parts, Body::from_stream(stream))
}

/// An answer that breaks off before its body: a connection cut while it was held.
fn broken() -> Response {
    Response::new(Body::from_stream(futures_util::stream::once(async {
        Err::<Bytes, std::io::Error>(std::io::Error::new(
            std::io::ErrorKind::ConnectionReset,
            "cut off while held",
        ))
    })))
}

fn redirect(location: String) -> Response {
    (
        StatusCode::TEMPORARY_REDIRECT,
        [(header::LOCATION, location)],
    )
        .into_response()
}

async fn apply(fault: FaultKind, response: Response) -> Response {
    match fault {
        FaultKind::Status(code) => {
            let status = StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            error(
                status,
                "InternalServerError",
                "Something went wrong on our side",
            )
        }
        FaultKind::RateLimit(hint) => rate_limited(hint),
        // Answered in `gate`, which knows the origins.
        FaultKind::RedirectToStorage | FaultKind::RedirectToApi | FaultKind::RedirectTo(_) => {
            response
        }
        FaultKind::InvalidJson => replace_body(
            response,
            Bytes::from_static(b"{\"resources\": [ <html>oops"),
        ),
        FaultKind::EmptyBody => replace_body(response, Bytes::new()),
        FaultKind::WrongTypes | FaultKind::HugeJson(_) => {
            let (parts, body) = response.into_parts();
            let bytes = axum::body::to_bytes(body, usize::MAX)
                .await
                .unwrap_or_default();
            let mut value: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
            match fault {
                FaultKind::HugeJson(size) => render::pad(&mut value, size),
                _ => render::wrong_types(&mut value),
            }
            let mut response = Response::from_parts(parts, Body::empty());
            response.headers_mut().remove(header::CONTENT_LENGTH);
            replace_body(
                response,
                Bytes::from(serde_json::to_vec(&value).unwrap_or_default()),
            )
        }
        FaultKind::CutBody | FaultKind::StallBody => {
            let stall = fault == FaultKind::StallBody;
            let (mut parts, body) = response.into_parts();
            // Streamed file bodies declare their length only in the header.
            let total = parts
                .headers
                .get(header::CONTENT_LENGTH)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.parse::<u64>().ok())
                .or_else(|| body.size_hint().exact())
                .unwrap_or(0);
            parts
                .headers
                .insert(header::CONTENT_LENGTH, HeaderValue::from(total));
            let half = total / 2;
            let mut sent = 0u64;
            let stream = body.into_data_stream().map(move |piece| {
                let piece = piece.unwrap_or_default();
                let allowed = usize::try_from(half.saturating_sub(sent)).unwrap_or(usize::MAX);
                let piece = piece.slice(..piece.len().min(allowed));
                sent += piece.len() as u64;
                piece
            });
            let stream = stream
                .take_while(|piece| std::future::ready(!piece.is_empty()))
                .map(Ok::<Bytes, std::io::Error>)
                .chain(futures_util::stream::once(async move {
                    if stall {
                        std::future::pending::<()>().await;
                    }
                    Err(std::io::Error::new(
                        std::io::ErrorKind::ConnectionReset,
                        "cut off",
                    ))
                }));
            Response::from_parts(parts, Body::from_stream(stream))
        }
    }
}

fn replace_body(response: Response, body: Bytes) -> Response {
    let (mut parts, _) = response.into_parts();
    parts
        .headers
        .insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
    Response::from_parts(parts, Body::from(body))
}

fn rate_limited(hint: RetryHint) -> Response {
    let (header_value, seconds) = match hint {
        RetryHint::Seconds(n) => (Some(n.to_string()), n),
        RetryHint::HttpDate(n) => (
            Some(httpdate::fmt_http_date(
                SystemTime::now() + Duration::from_secs(n),
            )),
            n,
        ),
        RetryHint::BodyOnly(n) => (None, n),
    };
    let body = match hint {
        RetryHint::BodyOnly(_) => serde_json::json!({
            "statusCode": 429,
            "message": format!("Rate limit is exceeded. Try again in {seconds} seconds."),
        }),
        _ => render::error_body("TooManyRequests", "Rate limit is exceeded"),
    };
    let mut response = json(body);
    *response.status_mut() = StatusCode::TOO_MANY_REQUESTS;
    if let Some(value) = header_value.and_then(|v| HeaderValue::from_str(&v).ok()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}
