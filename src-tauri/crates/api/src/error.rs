//! Typed errors: a small set of kinds the UI branches on, plus the context of the failed call.

use std::fmt;

use serde::Serialize;

use crate::operation::Operation;

/// What went wrong, in a small set the UI and the command-line program branch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// 401: the token was not accepted (wrong, expired or revoked).
    Unauthorized,
    /// 403: the token is valid but may not see this.
    Forbidden,
    /// 404: the app, run or file does not exist (any more).
    NotFound,
    /// 429 that kept coming after every retry.
    RateLimited,
    /// 5xx after every retry, or another unexpected status.
    Server,
    /// The server could not be reached, the connection broke, or it stalled.
    Network,
    /// The answer was not what the API promises (not JSON, wrong types, empty).
    InvalidResponse,
    /// The user cancelled.
    Cancelled,
    /// A setting was refused before anything was sent (for example the API address).
    InvalidSettings,
    /// A download could not be written on this computer (disk full, no permission...). The
    /// `std::io::Error` is the error's source.
    LocalWrite,
}

impl ErrorKind {
    /// The stable code, as sent to the UI (`{code, message}`).
    pub fn code(self) -> &'static str {
        match self {
            ErrorKind::Unauthorized => "unauthorized",
            ErrorKind::Forbidden => "forbidden",
            ErrorKind::NotFound => "not_found",
            ErrorKind::RateLimited => "rate_limited",
            ErrorKind::Server => "server",
            ErrorKind::Network => "network",
            ErrorKind::InvalidResponse => "invalid_response",
            ErrorKind::Cancelled => "cancelled",
            ErrorKind::InvalidSettings => "invalid_settings",
            ErrorKind::LocalWrite => "local_write",
        }
    }

    fn describe(self) -> &'static str {
        match self {
            ErrorKind::Unauthorized => "the API token was not accepted",
            ErrorKind::Forbidden => "the API token is not allowed to read this",
            ErrorKind::NotFound => "it was not found",
            ErrorKind::RateLimited => "the server kept asking us to slow down",
            ErrorKind::Server => "the server had a problem",
            ErrorKind::Network => "the server could not be reached",
            ErrorKind::InvalidResponse => "the server's answer could not be read",
            ErrorKind::Cancelled => "it was cancelled",
            ErrorKind::InvalidSettings => "a setting is not valid",
            ErrorKind::LocalWrite => "the file could not be written on this computer",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A failed API call or download, with what was being done and where.
///
/// `Display` gives one plain sentence: the operation, what went wrong, the server's own message
/// when it sent one, and the URL without its query string. It never contains the token.
#[derive(Debug, thiserror::Error)]
pub struct ApiError {
    /// What went wrong.
    pub kind: ErrorKind,
    /// What was being done.
    pub operation: Operation,
    /// The URL, query string removed. Empty when nothing was sent.
    pub url: String,
    /// The HTTP status, when there was an answer.
    pub status: Option<u16>,
    /// The server's message from an App Center error body, or a detail of ours.
    pub detail: Option<String>,
    /// How many attempts were made.
    pub attempts: u32,
    #[source]
    pub source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl ApiError {
    pub(crate) fn new(kind: ErrorKind, operation: &Operation, url: String) -> Self {
        ApiError {
            kind,
            operation: operation.clone(),
            url,
            status: None,
            detail: None,
            attempts: 1,
            source: None,
        }
    }

    pub(crate) fn with_status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    pub(crate) fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    pub(crate) fn with_source(
        mut self,
        source: impl std::error::Error + Send + Sync + 'static,
    ) -> Self {
        self.source = Some(Box::new(source));
        self
    }

    /// A cancellation of `operation`.
    pub fn cancelled(operation: &Operation, url: String) -> Self {
        ApiError::new(ErrorKind::Cancelled, operation, url)
    }

    /// The I/O error behind a [`ErrorKind::LocalWrite`].
    pub fn io_error(&self) -> Option<&std::io::Error> {
        self.source
            .as_ref()
            .and_then(|s| s.downcast_ref::<std::io::Error>())
    }

    /// The stable code for the UI.
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} failed: {}", self.operation, self.kind.describe())?;
        if let Some(status) = self.status {
            write!(f, " (HTTP {status})")?;
        }
        if let Some(detail) = &self.detail {
            write!(f, ": {detail}")?;
        }
        if !self.url.is_empty() {
            write!(f, " [{}]", self.url)?;
        }
        if self.attempts > 1 {
            write!(f, " after {} attempts", self.attempts)?;
        }
        Ok(())
    }
}

/// An error and every cause behind it, one per line, each cause after `separator`
/// (for "details" views: the CLI's `--verbose`, the app's "Show details"). A cause whose text
/// the line before already says (many errors repeat their source in their own message) is not
/// written again.
pub fn error_chain(error: &dyn std::error::Error, separator: &str) -> String {
    let mut text = error.to_string();
    let mut previous = text.clone();
    let mut source = error.source();
    while let Some(cause) = source {
        let line = cause.to_string();
        if !line.is_empty() && !previous.contains(&line) {
            text.push_str(separator);
            text.push_str(&line);
        }
        previous = line;
        source = cause.source();
    }
    text
}

/// The message of an App Center error body, in either shape the API uses:
/// `{"error": {"code": ..., "message": ...}}` or `{"status"/"statusCode": ..., "message": ...}`.
/// Non-JSON bodies (HTML error pages) give `None`.
pub fn error_body_message(body: &[u8]) -> Option<String> {
    let value: serde_json::Value = serde_json::from_slice(body).ok()?;
    let message = value
        .get("error")
        .and_then(|e| e.get("message"))
        .or_else(|| value.get("message"))
        .and_then(|m| m.as_str())?;
    let message = message.trim();
    if message.is_empty() {
        return None;
    }
    // Keep messages short and on one line.
    let one_line: String = message
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(300)
        .collect();
    Some(one_line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_error_body_shapes_are_read() {
        assert_eq!(
            error_body_message(br#"{"error":{"code":"NotFound","message":"App not found"}}"#),
            Some("App not found".into())
        );
        assert_eq!(
            error_body_message(br#"{"status":"BadRequest","message":"Bad id"}"#),
            Some("Bad id".into())
        );
        assert_eq!(
            error_body_message(br#"{"statusCode":429,"message":"Rate limit is exceeded. Try again in 3 seconds."}"#),
            Some("Rate limit is exceeded. Try again in 3 seconds.".into())
        );
        assert_eq!(error_body_message(b"<html>502 Bad Gateway</html>"), None);
        assert_eq!(error_body_message(b""), None);
        assert_eq!(error_body_message(br#"{"message":"  "}"#), None);
    }

    #[derive(Debug, thiserror::Error)]
    #[error("outer: {0}")]
    struct Repeats(#[source] std::io::Error);

    #[test]
    fn a_cause_already_said_is_not_repeated() {
        let inner = std::io::Error::other("disk on fire");
        assert_eq!(error_chain(&Repeats(inner), " | "), "outer: disk on fire");
        let error = ApiError::new(
            ErrorKind::Network,
            &Operation::Download,
            "https://x/y".into(),
        )
        .with_source(std::io::Error::other("reset by peer"));
        assert_eq!(
            error_chain(&error, " | "),
            "Downloading a file failed: the server could not be reached [https://x/y] | reset by peer"
        );
    }

    #[test]
    fn display_is_one_plain_line_with_context() {
        let error = ApiError::new(
            ErrorKind::NotFound,
            &Operation::ListTestRuns,
            "https://api.appcenter.ms/v0.1/apps/o/a/test_runs".into(),
        )
        .with_status(404)
        .with_detail("App not found");
        assert_eq!(
            error.to_string(),
            "Listing the app's test runs failed: it was not found (HTTP 404): App not found \
             [https://api.appcenter.ms/v0.1/apps/o/a/test_runs]"
        );
        assert_eq!(error.code(), "not_found");
    }
}
