//! Running an export into the private cache folder, cancelling it, saving the result where the
//! user chooses (the path comes from the Rust side, never from the webview) and cleaning up.

use std::path::Path;
use std::sync::Arc;

use act_api::AppRef;
use act_engine::{ExportOptions, ExportRequest, Progress, Scope};
use serde::Serialize;

use crate::error::{AppError, Code};
use crate::state::AppState;

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

/// Exports `app` (the given runs, or all of them) into the cache folder. Refused while another
/// export runs.
pub async fn start(
    state: &AppState,
    owner: String,
    app: String,
    run_ids: Option<Vec<String>>,
    subject: Option<String>,
    progress: impl Fn(&Progress) + Send + Sync + 'static,
) -> Result<ExportDone, AppError> {
    let app = AppRef { owner, app };
    let file_name = suggested_name(&app, time::OffsetDateTime::now_utc().date());
    let ticket = state.begin_export()?;
    let path = ticket.folder.join(&file_name);
    let request = ExportRequest {
        base_url: ticket.session.base_url.clone(),
        token: ticket.session.token.clone(),
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
    // On failure the ticket is dropped: the slot is freed and the folder removed.
    let summary = act_engine::export(request, Arc::new(progress), ticket.cancel.clone()).await?;
    ticket.finish(path, file_name.clone())?;
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
    state.cancel_export();
}

/// Deletes the cached archive (it holds personal data).
pub fn discard(state: &AppState) {
    state.discard_archive();
}

/// Copies the cached archive to `destination` (a temporary file beside it, synced, renamed,
/// the folder synced) and remembers where it went.
pub async fn save_to(state: &AppState, destination: &Path) -> Result<Saved, AppError> {
    let archive = state.archive()?;
    let (from, to) = (archive.path.clone(), destination.to_path_buf());
    tokio::task::spawn_blocking(move || act_engine::save_copy(&from, &to))
        .await
        .map_err(|e| AppError::new(Code::WriteFailed, format!("Saving stopped: {e}")))??;
    state.mark_saved(&archive, destination);
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
