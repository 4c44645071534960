//! # act-sample-server: a sample App Center Test export API
//!
//! A real HTTP server (axum on tokio) on 127.0.0.1 implementing the 15 operations of the
//! contract in `appcenter-api/`, with realistic seeded data ([`data`]), plus a second origin
//! that serves the uploaded files as pre-signed URLs (a query signature, no token), as App
//! Center's storage did. File contents are made on the fly ([`content`]), at any size.
//!
//! It requires the header `X-API-Token: `[`SAMPLE_TOKEN`] and answers 401 and 404 with App
//! Center's error bodies. Tests make it misbehave through [`Controls`] (latency, 429s, 5xx,
//! cut or stalled bodies, invalid JSON, object or array shapes, link styles, hostile names,
//! files gone, a revoked token) and read its request log. Tests that must not depend on the
//! machine's speed steer it by its own counters: a storage that fails after N files
//! ([`Controls::storage_fails_after`]), a request held until the test releases or cuts it
//! ([`Controls::hold`], awaited with [`Controls::held`]), links that expire at once
//! ([`Controls::expire_links`]), and what the storage sent ([`Controls::files_served`],
//! [`Controls::storage_bytes_sent`]).
//!
//! It is what the desktop app's "Try with sample data" mode and `act-export sample-server` run.
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! use act_sample_server::{SampleServer, ServerConfig};
//! let server = SampleServer::start(ServerConfig::default()).await?;
//! println!("API at {}, token {}", server.api_url(), act_sample_server::SAMPLE_TOKEN);
//! server.shutdown().await;
//! # Ok(()) }
//! ```

pub mod content;
pub mod controls;
pub mod data;
pub mod render;
mod seed;
mod server;

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::net::TcpListener;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

pub use controls::{
    Controls, Fault, FaultKind, FileAddresses, Hold, LinkStyle, Origin, RateLimitRule,
    RequestRecord, RetryHint, Shape, Switches, Target,
};
pub use data::{Dataset, PhantomClient, Profile, SAMPLE_TOKEN};

/// Where and what to serve.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// The API's port on 127.0.0.1 (`None`: a free one).
    pub api_port: Option<u16>,
    /// The storage origin's port (`None`: a free one).
    pub storage_port: Option<u16>,
    pub profile: Profile,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            api_port: None,
            storage_port: None,
            profile: Profile::Sample,
        }
    }
}

/// A running sample server. Dropping it stops it too; [`SampleServer::shutdown`] also waits.
pub struct SampleServer {
    api: SocketAddr,
    storage: SocketAddr,
    data: Arc<server::Shared>,
    stop: CancellationToken,
    tasks: Vec<JoinHandle<()>>,
}

impl SampleServer {
    /// Binds both origins and starts serving.
    pub async fn start(config: ServerConfig) -> std::io::Result<SampleServer> {
        let api_listener = TcpListener::bind(("127.0.0.1", config.api_port.unwrap_or(0))).await?;
        let storage_listener =
            TcpListener::bind(("127.0.0.1", config.storage_port.unwrap_or(0))).await?;
        let api = api_listener.local_addr()?;
        let storage = storage_listener.local_addr()?;
        let shared = Arc::new(server::Shared {
            data: seed::build(&config.profile),
            origins: render::Origins {
                api: format!("http://{api}"),
                storage: format!("http://{storage}"),
            },
            controls: Arc::new(Controls::default()),
        });
        let stop = CancellationToken::new();
        let mut tasks = Vec::new();
        for (listener, router) in [
            (api_listener, server::api_router(shared.clone())),
            (storage_listener, server::storage_router(shared.clone())),
        ] {
            let stop = stop.clone();
            let listener = server::Counted {
                listener,
                controls: Arc::clone(&shared.controls),
            };
            tasks.push(tokio::spawn(async move {
                let served = axum::serve(listener, router)
                    .with_graceful_shutdown(async move { stop.cancelled().await })
                    .await;
                if let Err(error) = served {
                    tracing::warn!(%error, "sample server stopped");
                }
            }));
        }
        tracing::info!(api = %api, storage = %storage, "sample server started");
        Ok(SampleServer {
            api,
            storage,
            data: shared,
            stop,
            tasks,
        })
    }

    /// The API base URL, e.g. `http://127.0.0.1:41234`.
    pub fn api_url(&self) -> String {
        format!("http://{}", self.api)
    }

    /// The storage origin, e.g. `http://127.0.0.1:41235`.
    pub fn storage_url(&self) -> String {
        format!("http://{}", self.storage)
    }

    /// The data it serves.
    pub fn dataset(&self) -> &Dataset {
        &self.data.data
    }

    /// The switches and the request log.
    pub fn controls(&self) -> &Arc<Controls> {
        &self.data.controls
    }

    /// The pre-signed URL of a stored file (by key), as the records currently write it.
    pub fn file_url(&self, key: &str) -> Option<String> {
        let switches = self.data.controls.switches();
        self.data
            .data
            .files
            .get(key)
            .map(|f| render::file_url(&self.data.origins, f, &switches))
    }

    /// Stops serving and waits until both origins are closed. Open downloads are ended.
    pub async fn shutdown(mut self) {
        self.stop.cancel();
        self.data.controls.closing.cancel();
        for task in self.tasks.drain(..) {
            // A stalled body would hold graceful shutdown for ever: bound the wait.
            let abort = task.abort_handle();
            if tokio::time::timeout(std::time::Duration::from_secs(2), task)
                .await
                .is_err()
            {
                abort.abort();
            }
        }
    }
}

impl Drop for SampleServer {
    fn drop(&mut self) {
        self.stop.cancel();
        self.data.controls.closing.cancel();
        for task in &self.tasks {
            task.abort();
        }
    }
}
