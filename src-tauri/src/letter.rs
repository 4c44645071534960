//! The cover letter that opens every archive: the organisation's texts (kept in the settings,
//! the general ones and any language's own) and the preview the runs screen shows before an
//! export.

use act_engine::lang::Lang;
use act_engine::letter::{ControllerProfile, Field, Found, FoundApp, Profiles};

use crate::error::{AppError, Code};
use crate::page::{self, LetterPreview, PreviewAsk, Profile};
use crate::settings::Settings;
use crate::state::AppState;

/// The organisation's texts for the cover letter, for every language (the suggestions until
/// saved).
pub(crate) fn organisation(state: &AppState) -> Profiles {
    Settings::load(state.settings_path()).profile
}

/// The language of the letters whose texts the form shows: the one chosen (its code), else the
/// officer's.
fn form_language(state: &AppState, lang: Option<&str>) -> Result<Lang, AppError> {
    match lang.filter(|l| !l.trim().is_empty()) {
        Some(code) => code
            .parse::<Lang>()
            .map_err(|e| AppError::new(Code::InvalidInput, e.to_string())),
        None => Ok(crate::language::officer_lang(state)),
    }
}

/// The organisation's texts for the letters in `lang` (`None`: the officer's language), as the
/// form shows them: those saved for it, else the general ones as its letters use them (the
/// suggestions in it, a text written as written).
pub fn letter_profile(state: &AppState, lang: Option<&str>) -> Result<Profile, AppError> {
    let lang = form_language(state, lang)?;
    Ok(page::profile(&organisation(state).for_language(lang)))
}

/// Saves the organisation's texts for the letters in `lang` (`None`: the officer's language):
/// blank fields take the suggested texts in it (the data protection officer: none). In the
/// officer's language they are the general texts, which every language without its own uses;
/// in another, that language's own. The other languages' own texts stay as they were.
pub fn save_letter_profile(
    state: &AppState,
    profile: Profile,
    lang: Option<&str>,
) -> Result<(), AppError> {
    let lang = form_language(state, lang)?;
    let mut texts = ControllerProfile::from(profile);
    let suggested = ControllerProfile::suggested(lang);
    for field in Field::ALL {
        let typed = field.of(&texts).trim().to_string();
        *field.of_mut(&mut texts) = if typed.is_empty() {
            field.of(&suggested).clone()
        } else {
            typed
        };
    }
    let mut settings = Settings::load(state.settings_path());
    // The officer's own language holds the organisation's general texts, as the profile did
    // before texts per language: they reach every language without texts of its own.
    if lang == crate::language::officer_lang(state) {
        settings.profile.set_general(&texts);
    } else {
        settings.profile.set_language(lang, &texts);
    }
    settings.store(state.settings_path())
}

/// The letter as it will read, before the export, in the request's language of the answer
/// (the counts it cannot know yet say so).
pub fn letter_preview(state: &AppState, ask: PreviewAsk) -> Result<LetterPreview, AppError> {
    let (letter, lang) = state
        .desk()
        .letter(&organisation(state), ask.reference.as_deref())?;
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
