//! # act-api: the App Center Test export API client
//!
//! A typed, tolerant client for the 15 operations of the contract in
//! `appcenter-api/` (Swagger 2.0 and OpenAPI 3): the token owner's profile, apps and
//! organizations, test runs and reports, and the Test GDPR export endpoints.
//!
//! - **Tolerant:** every `TestGDPR*` field is optional; export sub-endpoints may answer one
//!   object or an array; resource-list links may be relative or absolute. Each record keeps
//!   the JSON as it was sent ([`Raw`]), unknown fields included.
//! - **Token-safe:** [`ApiToken`] redacts itself and cannot be serialized; it is sent as
//!   `X-API-Token` to the base URL's origin only, never to pre-signed storage URLs or across a
//!   redirect to another origin. No cookies are kept.
//! - **Patient:** 429, 500, 502, 503, 504, connection failures and stalls are retried with
//!   jittered exponential backoff, honouring `Retry-After` and App Center's "Try again in N
//!   seconds"; every retry is reported as a [`ClientEvent`].
//! - **Streaming:** [`Client::download`] writes bodies chunk by chunk into a sink; a large file
//!   is never held in memory. There is a connect timeout and a stall timeout, no total timeout.
//! - **Errors** carry an [`ErrorKind`] (a small code set for the UI), the operation and the
//!   URL without its query string.
//!
//! ```no_run
//! # async fn demo() -> Result<(), act_api::ApiError> {
//! use act_api::{ApiToken, AppRef, BaseUrl, Client, ClientConfig};
//! let config = ClientConfig { base_url: BaseUrl::parse("https://api.appcenter.ms").unwrap(), ..Default::default() };
//! let client = Client::new(config, ApiToken::new("..."))?;
//! let runs = client.test_runs(&AppRef::parse("owner/app").unwrap()).await?;
//! # Ok(()) }
//! ```

mod base_url;
mod classify;
mod client;
mod endpoint;
mod error;
mod events;
pub mod models;
mod operation;
mod operations;
mod pacer;
pub mod retry;
mod sink;
mod token;

pub use base_url::{strip_query, BaseUrl, BaseUrlError, LinkError, DEFAULT_BASE_URL};
pub use client::{Client, ClientConfig, TOKEN_HEADER, USER_AGENT_VALUE};
pub use endpoint::Endpoint;
pub use error::{error_body_message, error_chain, ApiError, ErrorKind};
pub use events::{CallRecord, ClientEvent, DownloadEvent, RetryReason};
pub use models::Raw;
pub use operation::Operation;
pub use operations::AppRef;
pub use pacer::{Answer, Pacer, RateLimit, Slot, PACE_FOLDER};
pub use retry::RetryPolicy;
pub use sink::{FileSink, RestartableSink};
pub use token::ApiToken;
pub use url::Url;
