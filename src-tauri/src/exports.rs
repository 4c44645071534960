//! Running an export into the private cache folder, cancelling it, saving the result where the
//! user chooses (the path comes from the Rust side, never from the webview) and cleaning up.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use act_api::AppRef;
use act_engine::{ExportOptions, ExportRequest, Progress, Scope};
use serde::Serialize;
use tokio_util::sync::CancellationToken;

use crate::error::AppError;
use crate::state::{AppState, Archive};

/// What the Done screen shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportDone {
    pub file_name: String,
    pub runs: usize,
    pub files: usize,
    pub missing_files: usize,
    pub bytes: u64,
    pub sha256: String,
    pub excluded_records: u64,
}

/// Where the archive went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Saved {
    pub path: String,
}

/// `ACT-Export_<owner>_<app>_<date>.zip`, safe as a file name everywhere.
pub fn suggested_name(app: &AppRef, date: time::Date) -> String {
    let clean = |s: &str| act_engine::names::sanitize_segment(s).replace(' ', "-");
    format!(
        "ACT-Export_{}_{}_{}.zip",
        clean(&app.owner),
        clean(&app.app),
        date
    )
}

fn exports_dir(state: &AppState) -> PathBuf {
    state.cache_dir.join("exports")
}

/// Exports `app` (the given runs, or all of them) into the cache folder.
pub async fn start(
    state: &AppState,
    owner: String,
    app: String,
    run_ids: Option<Vec<String>>,
    subject: Option<String>,
    progress: impl Fn(&Progress) + Send + Sync + 'static,
) -> Result<ExportDone, AppError> {
    let session = state.session()?;
    discard(state);
    let app = AppRef { owner, app };
    let file_name = suggested_name(&app, time::OffsetDateTime::now_utc().date());
    let folder = exports_dir(state);
    std::fs::create_dir_all(&folder).map_err(|e| {
        AppError::new(
            "write_failed",
            format!("The app's cache folder cannot be used: {e}"),
        )
    })?;
    let private = tempfile::Builder::new()
        .prefix("export-")
        .tempdir_in(&folder)
        .map_err(|e| {
            AppError::new(
                "write_failed",
                format!("The app's cache folder cannot be used: {e}"),
            )
        })?
        .keep();
    let path = private.join(&file_name);
    let cancel = CancellationToken::new();
    if let Ok(mut running) = state.export.lock() {
        *running = Some(cancel.clone());
    }
    let request = ExportRequest {
        base_url: session.base_url,
        token: session.token,
        app,
        scope: match run_ids {
            Some(run_ids) => Scope::Runs { run_ids },
            None => Scope::WholeApp,
        },
        destination: path.clone(),
        options: ExportOptions {
            subject: subject.filter(|s| !s.trim().is_empty()),
            ..ExportOptions::default()
        },
    };
    let result = act_engine::export(request, Arc::new(progress), cancel).await;
    if let Ok(mut running) = state.export.lock() {
        *running = None;
    }
    let summary = match result {
        Ok(summary) => summary,
        Err(error) => {
            let _ = std::fs::remove_dir_all(&private);
            return Err(error.into());
        }
    };
    if let Ok(mut archive) = state.archive.lock() {
        *archive = Some(Archive {
            path,
            file_name: file_name.clone(),
            saved_to: None,
        });
    }
    Ok(ExportDone {
        file_name,
        runs: summary.runs,
        files: summary.files,
        missing_files: summary.missing_files,
        bytes: summary.bytes,
        sha256: summary.sha256,
        excluded_records: summary.excluded_records,
    })
}

/// Stops the running export, if any.
pub fn cancel(state: &AppState) {
    if let Ok(running) = state.export.lock() {
        if let Some(cancel) = running.as_ref() {
            cancel.cancel();
        }
    }
}

/// Deletes the cached archive (it holds personal data).
pub fn discard(state: &AppState) {
    let archive = state.archive.lock().ok().and_then(|mut a| a.take());
    if let Some(folder) = archive.as_ref().and_then(|a| a.path.parent()) {
        let _ = std::fs::remove_dir_all(folder);
    }
}

/// Deletes every cached archive: at start-up (left by a crash) and when the app closes.
pub fn clean_cache(state: &AppState) {
    let _ = std::fs::remove_dir_all(exports_dir(state));
}

/// Copies the cached archive to `destination` (through a temporary file beside it, renamed
/// when complete) and remembers where it went.
pub fn save_to(state: &AppState, destination: &Path) -> Result<Saved, AppError> {
    let archive = state.archive()?;
    let folder = destination
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let fail = |e: std::io::Error| {
        AppError::from(act_engine::ExportError::Write {
            path: destination.to_path_buf(),
            source: e,
        })
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".act-export-save.")
        .tempfile_in(folder)
        .map_err(fail)?;
    let mut source = std::fs::File::open(&archive.path).map_err(fail)?;
    std::io::copy(&mut source, temp.as_file_mut()).map_err(fail)?;
    temp.as_file().sync_all().map_err(fail)?;
    temp.persist(destination).map_err(|e| fail(e.error))?;
    if let Ok(mut current) = state.archive.lock() {
        if let Some(current) = current.as_mut() {
            current.saved_to = Some(destination.to_path_buf());
        }
    }
    tracing::info!("archive saved");
    Ok(Saved {
        path: destination.display().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggested_names_are_safe() {
        let app = AppRef {
            owner: "north wind".into(),
            app: "a/b".into(),
        };
        let date = time::Date::from_calendar_date(2026, time::Month::November, 27).unwrap();
        assert_eq!(
            suggested_name(&app, date),
            "ACT-Export_north-wind_a_b_2026-11-27.zip"
        );
    }
}
