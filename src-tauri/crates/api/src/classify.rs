//! Sorting failures: which are worth another attempt, and what they are called.

use std::time::{Duration, SystemTime};

use reqwest::header::RETRY_AFTER;
use reqwest::{Response, StatusCode};

use crate::error::{error_body_message, ApiError, ErrorKind};
use crate::events::RetryReason;
use crate::operation::Operation;
use crate::retry::{is_retryable_status, parse_body_hint, parse_retry_after};

/// A failed attempt: tried again, or final.
pub(crate) enum Attempt {
    Retry {
        reason: RetryReason,
        server_delay: Option<Duration>,
        error: ApiError,
    },
    Fatal(ApiError),
}

/// Turns an unsuccessful status into the right attempt outcome.
pub(crate) async fn check_status(
    operation: &Operation,
    shown: &str,
    response: Response,
) -> Result<Response, Attempt> {
    let status = response.status();
    if status.is_success() {
        return Ok(response);
    }
    let code = status.as_u16();
    let retry_after = response
        .headers()
        .get(RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| parse_retry_after(v, SystemTime::now()));
    // Error bodies are small; a broken one is not worth failing over.
    let body = response.bytes().await.unwrap_or_default();
    let mut error = ApiError::new(kind_of(status), operation, shown.to_string()).with_status(code);
    if let Some(message) = error_body_message(&body) {
        error = error.with_detail(message);
    }
    if code == 429 {
        return Err(Attempt::Retry {
            reason: RetryReason::RateLimited,
            server_delay: retry_after.or_else(|| parse_body_hint(&body)),
            error,
        });
    }
    if is_retryable_status(code) || code == 500 {
        return Err(Attempt::Retry {
            reason: RetryReason::ServerError { status: code },
            server_delay: retry_after,
            error,
        });
    }
    Err(Attempt::Fatal(error))
}

fn kind_of(status: StatusCode) -> ErrorKind {
    match status.as_u16() {
        401 => ErrorKind::Unauthorized,
        403 => ErrorKind::Forbidden,
        404 | 410 => ErrorKind::NotFound,
        429 => ErrorKind::RateLimited,
        _ => ErrorKind::Server,
    }
}

pub(crate) fn network(operation: &Operation, shown: &str, error: reqwest::Error) -> Attempt {
    if is_certificate_error(&error) {
        // Not a passing fault: trying again would only fail again.
        return Attempt::Fatal(
            ApiError::new(ErrorKind::Network, operation, shown.to_string())
                .with_detail("the server's security certificate could not be verified")
                .with_source(error.without_url()),
        );
    }
    let detail = if error.is_timeout() {
        STOPPED_ANSWERING
    } else if error.is_connect() {
        "could not connect"
    } else {
        "the connection broke"
    };
    // reqwest's own message can contain the URL with its query: keep it out of the detail.
    Attempt::Retry {
        reason: RetryReason::Network,
        server_delay: None,
        error: ApiError::new(ErrorKind::Network, operation, shown.to_string())
            .with_detail(detail)
            .with_source(error.without_url()),
    }
}

/// The detail of a timeout while waiting for an answer or its next bytes.
pub(crate) const STOPPED_ANSWERING: &str = "the server stopped answering";

/// A wait for the server that ran out: tried again.
pub(crate) fn timed_out(operation: &Operation, shown: &str, waited: &str) -> Attempt {
    Attempt::Retry {
        reason: RetryReason::Network,
        server_delay: None,
        error: ApiError::new(ErrorKind::Network, operation, shown.to_string())
            .with_detail(format!("{STOPPED_ANSWERING} ({waited})")),
    }
}

/// True when the error comes from a TLS certificate that did not verify.
fn is_certificate_error(error: &reqwest::Error) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(current) = source {
        let text = current.to_string().to_ascii_lowercase();
        if text.contains("certificate") || text.contains("unknownissuer") {
            return true;
        }
        source = current.source();
    }
    false
}
