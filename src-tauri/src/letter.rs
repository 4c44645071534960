//! The cover letter that opens every archive: the organisation's details (kept in the
//! settings) and the preview the runs screen shows before an export.

use act_engine::letter::{ControllerProfile, Found, FoundApp};

use crate::error::AppError;
use crate::page::{self, LetterPreview, PreviewAsk, Profile};
use crate::settings::Settings;
use crate::state::AppState;

/// The organisation's details for the cover letter (the defaults until saved).
pub(crate) fn organisation(state: &AppState) -> ControllerProfile {
    Settings::load(state.settings_path()).profile
}

/// The organisation's details, as the form shows them.
pub fn letter_profile(state: &AppState) -> Profile {
    page::profile(&organisation(state))
}

/// Saves the organisation's details for the cover letter (blank fields take the defaults).
pub fn save_letter_profile(state: &AppState, profile: Profile) -> Result<(), AppError> {
    let profile = ControllerProfile::from(profile);
    let defaults = ControllerProfile::default();
    let keep = |typed: String, default: &str| {
        if typed.trim().is_empty() {
            default.to_string()
        } else {
            typed.trim().to_string()
        }
    };
    let profile = ControllerProfile {
        controller: keep(profile.controller, &defaults.controller),
        contact: keep(profile.contact, &defaults.contact),
        dpo: profile.dpo.trim().to_string(),
        purposes: keep(profile.purposes, &defaults.purposes),
        categories: keep(profile.categories, &defaults.categories),
        recipients: keep(profile.recipients, &defaults.recipients),
        retention: keep(profile.retention, &defaults.retention),
        source: keep(profile.source, &defaults.source),
        automated_decisions: keep(profile.automated_decisions, &defaults.automated_decisions),
        transfers: keep(profile.transfers, &defaults.transfers),
        authority: keep(profile.authority, &defaults.authority),
        signature: keep(profile.signature, &defaults.signature),
    };
    let mut settings = Settings::load(state.settings_path());
    settings.profile = profile;
    settings.store(state.settings_path())
}

/// The letter as it will read, before the export, in the request's language of the answer
/// (the counts it cannot know yet say so).
pub fn letter_preview(state: &AppState, ask: PreviewAsk) -> Result<LetterPreview, AppError> {
    let (letter, lang) = state
        .desk()
        .letter(organisation(state), ask.reference.as_deref())?;
    let apps: Vec<FoundApp<'_>> = ask
        .apps
        .iter()
        .map(|a| FoundApp {
            name: &a.name,
            slug: &a.slug,
            whole_app: a.runs.is_none(),
            runs: a.runs.unwrap_or(0),
        })
        .collect();
    let found = Found {
        subject: ask.subject.as_deref(),
        apps: &apps,
        files: None,
        left_out: None,
        made: time::OffsetDateTime::now_utc(),
    };
    Ok(LetterPreview {
        lang: lang.code().to_string(),
        parts: page::letter_parts(act_engine::letter::compose(&letter, &found, lang)),
    })
}
