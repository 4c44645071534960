//! The language the app speaks to the officer: the one chosen in the app (remembered in the
//! settings), else the operating system's when it is one of ours, else English. The page gets
//! that language's messages from the one catalogue (`act_engine::messages`) and formats them
//! itself; the texts the shell makes for the page are made in it too.

use act_engine::lang::Lang;

use crate::error::{AppError, Code};
use crate::page::AppWords;
use crate::settings::Settings;
use crate::state::AppState;

/// What the officer may choose besides a language: follow the operating system.
pub const SYSTEM: &str = "system";

/// The officer's language, from the settings' choice and the system's locale.
pub fn chosen_or_system(choice: Option<&str>, system_locale: Option<&str>) -> Lang {
    choice
        .and_then(Lang::from_tag)
        .or_else(|| system_locale.and_then(Lang::from_tag))
        .unwrap_or(Lang::En)
}

/// The language the app speaks to the officer now.
pub fn officer_lang(state: &AppState) -> Lang {
    let settings = Settings::load(state.settings_path());
    chosen_or_system(settings.app_language.as_deref(), state.system_locale())
}

/// The page's words: the officer's language, what they chose, and its messages.
pub fn app_words(state: &AppState) -> AppWords {
    let settings = Settings::load(state.settings_path());
    let system = chosen_or_system(None, state.system_locale());
    let lang = chosen_or_system(settings.app_language.as_deref(), state.system_locale());
    AppWords {
        lang: lang.code().to_string(),
        choice: settings
            .app_language
            .as_deref()
            .and_then(Lang::from_tag)
            .map_or(SYSTEM, Lang::code)
            .to_string(),
        system: system.code().to_string(),
        sources: act_engine::messages::app_sources(lang),
    }
}

/// Remembers the officer's choice of language (`"system"` or a language's code) and gives the
/// page its words in it.
pub fn set_app_language(state: &AppState, choice: &str) -> Result<AppWords, AppError> {
    let chosen = if choice == SYSTEM {
        None
    } else {
        let lang = choice
            .parse::<Lang>()
            .map_err(|e| AppError::new(Code::InvalidInput, e.to_string()))?;
        Some(lang.code().to_string())
    };
    let mut settings = Settings::load(state.settings_path());
    settings.app_language = chosen;
    settings.store(state.settings_path())?;
    Ok(app_words(state))
}
