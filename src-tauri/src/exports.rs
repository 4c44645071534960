//! Running an export into the private cache folder, cancelling it, saving the result where the
//! user chooses (the path comes from the Rust side, never from the webview) and cleaning up.

use std::path::Path;
use std::sync::Arc;

use act_api::AppRef;
use act_desk::ExportJob;
use act_engine::lang::Lang;
use act_engine::messages::text;
use act_engine::password::{PasswordProblem, MIN_PASSWORD_CHARS};
use act_engine::{BegunAnew, ExportOptions, ExportRequest, Identity, Password, Progress, Staging};

use crate::error::{AppError, Code, Words};
use crate::page::{self, AskApp, ExportAsk, ExportDone, Saved, Strength, UnfinishedRow};
use crate::state::{AppState, Archive, SAMPLE_SERVICE};
use crate::words::time_in_words;

/// `ACT-Export_<owner>_<app>_<date>.zip` (the first app's name, `-and-N-more` for the
/// other apps of the request), safe as a file name everywhere.
pub fn suggested_name(apps: &[AppRef], date: time::Date) -> String {
    let clean = |s: &str| act_engine::names::sanitize_segment(s).replace(' ', "-");
    let more = match apps.len() {
        0 | 1 => String::new(),
        n => format!("-and-{}-more", n - 1),
    };
    match apps.first() {
        Some(app) => format!(
            "ACT-Export_{}_{}{more}_{date}.zip",
            clean(&app.owner),
            clean(&app.app),
        ),
        None => format!("ACT-Export_{date}.zip"),
    }
}

/// Exports what `ask` says into the cache folder. Refused while another export runs. The
/// journal records its start (its head goes into the manifest) and its end. It stages its work
/// in the app's data folder: the same export begun earlier and not finished continues where it
/// stopped.
pub async fn start(
    state: &AppState,
    ask: ExportAsk,
    progress: impl Fn(&Progress) + Send + Sync + 'static,
) -> Result<ExportDone, AppError> {
    let ExportAsk {
        apps,
        subject,
        reference,
        password,
    } = ask;
    let password = password
        .map(|p| Password::new(&p))
        .transpose()
        .map_err(|e| {
            let words = match e {
                PasswordProblem::Empty => Words::new("rule-password-empty", &[]),
                PasswordProblem::TooShort => Words::new("rule-password-too-short", &[])
                    .count("min", MIN_PASSWORD_CHARS as u64),
            };
            AppError::said(Code::InvalidInput, e.to_string(), words)
        })?;
    let apps = act_engine::merge_apps(apps.into_iter().map(AskApp::scope).collect());
    let refs: Vec<AppRef> = apps.iter().map(|a| a.app.clone()).collect();
    let file_name = suggested_name(&refs, state.desk().today());
    let ticket = state.begin_export()?;
    let reference = reference.filter(|r| !r.trim().is_empty());
    if let Some(reference) = &reference {
        crate::settings::remember_protection(state, reference, password.is_some())?;
    }
    let path = ticket.folder.join(&file_name);
    let service = ticket.session.service();
    let kept_password = password.clone();
    let mut request = ExportRequest {
        base_url: ticket.session.base_url.clone(),
        token: ticket.session.token.clone(),
        apps,
        destination: path.clone(),
        options: ExportOptions {
            subject: subject.filter(|s| !s.trim().is_empty()),
            pacer: Some(ticket.session.pacer.clone()),
            password,
            reference: reference.clone(),
            ..ExportOptions::default()
        },
        staging: None,
    };
    request.staging = Some(Staging {
        dir: state
            .unfinished_dir()
            .join(Identity::of(&request, &service).key()),
        service,
        restart: false,
        resume_only: false,
    });
    let job = ExportJob {
        request,
        reference,
        journaled: true,
        letter: Some(crate::letter::organisation(state)),
        // The request's language of the answer.
        lang: None,
        saved_in_place: false,
    };
    // On failure the ticket is dropped: the slot is freed and the folder removed.
    let exported = state
        .desk()
        .export(job, Arc::new(progress), ticket.cancel.clone())
        .await?;
    let summary = exported.summary;
    let lang = crate::language::officer_lang(state);
    ticket.finish(Archive {
        path,
        file_name: file_name.clone(),
        saved_to: None,
        sha256: summary.sha256.clone(),
        reference: exported.reference.clone(),
        password: kept_password,
    })?;
    Ok(ExportDone {
        file_name,
        runs: summary.runs,
        each_app: summary.each_app.iter().map(page::app_runs).collect(),
        files: summary.files,
        missing_files: summary.missing_files,
        bytes: summary.bytes,
        sha256: summary.sha256,
        excluded_records: summary.excluded_records,
        resumed_from: summary
            .resumed_from
            .as_deref()
            .map(|at| time_in_words(lang, at)),
        begun_anew: summary.begun_anew.map(|b| {
            let id = match b {
                BegunAnew::OtherAccount => "shell-begun-anew-other-account",
                BegunAnew::OtherPassword => "shell-begun-anew-other-password",
            };
            text(lang, id, &[])
        }),
        reference: exported.reference,
        protected: summary.protected,
        // A journal that cannot record the end does not cost the user a finished archive
        // (which may have taken hours): it is kept, and the Done screen says what the journal
        // lacks.
        journal_problem: exported.journal_problem.map(AppError::from),
    })
}

/// The exports that did not finish (the app closed, crashed, or lost the service).
pub fn unfinished(state: &AppState) -> Vec<UnfinishedRow> {
    let lang = crate::language::officer_lang(state);
    let service = state.session().ok().map(|s| s.service());
    act_engine::staging::unfinished(state.unfinished_dir())
        .into_iter()
        .filter_map(|u| {
            let key = u.dir.file_name()?.to_string_lossy().into_owned();
            let id = &u.identity;
            Some(UnfinishedRow {
                key,
                owner: id.app.owner.clone(),
                app: id.app.app.clone(),
                app_name: u.app_name.clone(),
                runs: u.runs,
                started: time_in_words(lang, &u.started_at),
                files_done: u.files_done,
                files_planned: u.files_planned,
                subject: id.subject.clone(),
                sample: id.service == SAMPLE_SERVICE,
                can_resume: service.as_deref() == Some(id.service.as_str())
                    && u.in_use_by.is_none(),
                service: id.service.clone(),
                reference: id.reference.clone(),
                protected: u.protected,
                in_use_by: u.in_use_by.clone(),
            })
        })
        .collect()
}

/// The unfinished export `key`, or an error saying it is gone.
fn find_unfinished(state: &AppState, key: &str) -> Result<act_engine::Unfinished, AppError> {
    act_engine::staging::unfinished(state.unfinished_dir())
        .into_iter()
        .find(|u| {
            u.dir
                .file_name()
                .is_some_and(|n| n.to_string_lossy() == key)
        })
        .ok_or_else(|| {
            AppError::new(
                Code::NothingToResume,
                "That unfinished export is no longer there.",
            )
        })
}

/// Continues the unfinished export `key` (a protected one with its `password`: another
/// password begins the archive anew, none is refused).
pub async fn resume(
    state: &AppState,
    key: &str,
    password: Option<String>,
    progress: impl Fn(&Progress) + Send + Sync + 'static,
) -> Result<ExportDone, AppError> {
    let unfinished = find_unfinished(state, key)?;
    let protected = unfinished.protected;
    let id = unfinished.identity;
    let ask = ExportAsk {
        apps: id
            .apps()
            .into_iter()
            .map(|a| AskApp {
                owner: a.app.owner,
                app: a.app.app,
                run_ids: a.scope.into_runs(),
            })
            .collect(),
        subject: id.subject,
        reference: id.reference,
        // Without its password a protected export is refused (the engine's rule).
        password: password
            .filter(|p| !p.trim().is_empty())
            .filter(|_| protected),
    };
    start(state, ask, progress).await
}

/// Throws an unfinished export away (its staging folder holds personal data).
pub fn discard_unfinished(state: &AppState, key: &str) -> Result<(), AppError> {
    let unfinished = find_unfinished(state, key)?;
    act_engine::staging::discard(&unfinished.dir).map_err(|e| {
        AppError::new(
            Code::Cache,
            format!("The unfinished export could not be removed: {e}"),
        )
    })
}

/// A new passphrase for an archive (72 bits), to be read out or copied; never stored.
pub fn new_passphrase() -> Result<String, AppError> {
    act_engine::password::generate_passphrase().map_err(|e| {
        AppError::new(
            Code::Internal,
            format!("This computer gave no random numbers: {e}"),
        )
    })
}

/// How strong `password` is: too short (refused), weak (under 50 bits), fair (under 70) or
/// strong.
pub fn strength(lang: Lang, password: &str) -> Strength {
    let bits = act_engine::password::strength_bits(password);
    let (level, words) = match Password::new(password) {
        Err(problem) => {
            let problem = match problem {
                PasswordProblem::Empty => text(lang, "shell-password-empty", &[]),
                PasswordProblem::TooShort => text(
                    lang,
                    "shell-password-too-short",
                    &[("min", MIN_PASSWORD_CHARS.into())],
                ),
            };
            (
                "too_short",
                text(
                    lang,
                    "shell-strength-unusable",
                    &[("problem", (&problem).into())],
                ),
            )
        }
        Ok(_) if bits < 50 => ("weak", text(lang, "shell-strength-weak", &[])),
        Ok(_) if bits < 70 => ("fair", text(lang, "shell-strength-fair", &[])),
        Ok(_) => ("strong", text(lang, "shell-strength-strong", &[])),
    };
    Strength { bits, level, words }
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
    // The archive is saved whatever the journal says; a journal that cannot record it is said.
    let journal_problem = crate::requests::journal_copy(
        state,
        archive.reference.as_deref(),
        &archive.sha256,
        Some(destination),
    )
    .err();
    Ok(Saved {
        path: destination.display().to_string(),
        journal_problem,
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
            suggested_name(std::slice::from_ref(&app), date),
            "ACT-Export_north-wind_a_b_2026-11-27.zip"
        );
        let other = AppRef {
            owner: "o".into(),
            app: "ios".into(),
        };
        assert_eq!(
            suggested_name(&[app, other.clone(), other], date),
            "ACT-Export_north-wind_a_b-and-2-more_2026-11-27.zip"
        );
    }
}
