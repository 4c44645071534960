//! What the client reports: retries as they happen, and every call for the manifest.

use serde::{Deserialize, Serialize};

/// Why a call is tried again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RetryReason {
    /// 429: the server asked us to slow down.
    RateLimited,
    /// A 5xx answer.
    ServerError { status: u16 },
    /// The connection failed, broke or stalled.
    Network,
}

/// Something the client tells while it works.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum ClientEvent {
    /// A call failed and will be tried again after `delay_ms`.
    Retrying {
        operation: String,
        url: String,
        reason: RetryReason,
        /// The attempt that failed (1 = the first).
        attempt: u32,
        max_attempts: u32,
        delay_ms: u64,
    },
    /// An API call waits for the pacer (the service's request limit) this long.
    Pacing { delay_ms: u64 },
}

/// What a download tells while it runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DownloadEvent {
    /// An answer began: its total size when known, where it continues from (0 unless a
    /// `Range` request was honoured) and its validator (`ETag` or `Last-Modified`), with which
    /// an interrupted download may continue later.
    Started {
        total: Option<u64>,
        from: u64,
        validator: Option<String>,
    },
    /// The bytes held so far.
    Received { done: u64 },
}

/// One call as recorded for the archive's manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallRecord {
    pub method: String,
    pub operation: String,
    /// Without query string.
    pub url: String,
    /// The final status; `None` when no answer came.
    pub status: Option<u16>,
    pub attempts: u32,
    /// Body bytes received on the final attempt.
    pub bytes: u64,
}
