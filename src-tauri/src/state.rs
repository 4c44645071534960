//! What the app remembers while it runs.

use std::path::PathBuf;
use std::sync::Mutex;

use act_api::{ApiToken, BaseUrl};
use act_sample_server::SampleServer;
use tokio_util::sync::CancellationToken;

use crate::error::AppError;

/// The connection in use. The token lives here (and in the keychain if the user asked), never
/// in the webview after it was typed.
#[derive(Debug, Clone)]
pub struct Session {
    pub base_url: BaseUrl,
    pub token: ApiToken,
    pub sample: bool,
}

/// A finished archive, kept in the private cache folder until it is saved and the user moves on.
#[derive(Debug, Clone)]
pub struct Archive {
    pub path: PathBuf,
    pub file_name: String,
    pub saved_to: Option<PathBuf>,
}

/// The app's state, managed by Tauri and handed to the plain functions.
pub struct AppState {
    session: Mutex<Option<Session>>,
    pub(crate) sample: tokio::sync::Mutex<Option<SampleServer>>,
    pub(crate) export: Mutex<Option<CancellationToken>>,
    pub(crate) archive: Mutex<Option<Archive>>,
    /// Where archives wait until they are saved (the app's cache folder).
    pub cache_dir: PathBuf,
}

impl AppState {
    pub fn new(cache_dir: PathBuf) -> AppState {
        AppState {
            session: Mutex::new(None),
            sample: tokio::sync::Mutex::new(None),
            export: Mutex::new(None),
            archive: Mutex::new(None),
            cache_dir,
        }
    }

    pub(crate) fn set_session(&self, session: Option<Session>) {
        if let Ok(mut guard) = self.session.lock() {
            *guard = session;
        }
    }

    pub(crate) fn session(&self) -> Result<Session, AppError> {
        self.session
            .lock()
            .ok()
            .and_then(|s| s.clone())
            .ok_or_else(|| AppError::new("not_connected", "Connect to App Center first."))
    }

    pub(crate) fn archive(&self) -> Result<Archive, AppError> {
        self.archive
            .lock()
            .ok()
            .and_then(|a| a.clone())
            .ok_or_else(|| {
                AppError::new(
                    "no_archive",
                    "There is no finished export to save. Export again.",
                )
            })
    }
}
