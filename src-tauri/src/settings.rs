//! What the officer sets once and the app remembers, in `settings.json` in its data folder:
//! the reminder about saved copies, which requests are answered with protected archives (their
//! references, never a password), and the organisation's details for the cover letter.

use std::path::Path;

use act_engine::letter::Profiles;
use serde::{Deserialize, Serialize};

use crate::error::{AppError, Code, Words};
use crate::state::AppState;

/// Copies older than this many days are pointed out, unless the officer chose otherwise.
pub const DEFAULT_REMIND_AFTER_DAYS: u32 = 30;

/// What the officer set once and the app remembers (in the data folder).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Remind about local copies older than this many days.
    pub remind_after_days: u32,
    /// The requests whose last export was protected with a password: the next one is too
    /// (the references only, never a password).
    pub protected_requests: Vec<String>,
    /// The organisation's texts for the cover letter: the general profile (what the previous
    /// version kept, as it kept it) and any language's own texts (`"languages"`).
    pub profile: Profiles,
    /// The team's register in use, by its address without a password (`None`: the journal
    /// on this computer).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub register: Option<String>,
    /// The language the app speaks to the officer, as chosen ("de"); `None`: the operating
    /// system's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app_language: Option<String>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            remind_after_days: DEFAULT_REMIND_AFTER_DAYS,
            protected_requests: Vec::new(),
            profile: Profiles::default(),
            register: None,
            app_language: None,
        }
    }
}

impl Settings {
    /// The settings in `path`; the defaults when there are none (or they cannot be read).
    pub fn load(path: &Path) -> Settings {
        std::fs::read(path)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    /// Writes the settings durably (a temporary file renamed into place).
    pub fn store(&self, path: &Path) -> Result<(), AppError> {
        let failed = |e: &dyn std::fmt::Display| {
            AppError::new(
                Code::WriteFailed,
                format!("The settings could not be saved: {e}"),
            )
        };
        let folder = path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(folder).map_err(|e| failed(&e))?;
        let bytes = serde_json::to_vec_pretty(self).map_err(|e| failed(&e))?;
        let mut file = tempfile::NamedTempFile::new_in(folder).map_err(|e| failed(&e))?;
        std::io::Write::write_all(&mut file, &bytes).map_err(|e| failed(&e))?;
        file.as_file().sync_all().map_err(|e| failed(&e))?;
        file.persist(path).map_err(|e| failed(&e.error))?;
        Ok(())
    }
}

/// Sets after how many days local copies are pointed out (1 to 3650).
pub fn set_reminder(state: &AppState, days: u32) -> Result<(), AppError> {
    if !(1..=3650).contains(&days) {
        return Err(AppError::said(
            Code::InvalidInput,
            "Choose a number of days from 1 to 3650.",
            Words::new("rule-reminder-days", &[]),
        ));
    }
    let mut settings = Settings::load(state.settings_path());
    settings.remind_after_days = days;
    settings.store(state.settings_path())
}

/// Remembers whether the request `reference` was answered with a protected archive, so that
/// the option is set again for its next export.
pub fn remember_protection(
    state: &AppState,
    reference: &str,
    protected: bool,
) -> Result<(), AppError> {
    let mut settings = Settings::load(state.settings_path());
    let known = settings.protected_requests.iter().any(|r| r == reference);
    if known == protected {
        return Ok(());
    }
    settings.protected_requests.retain(|r| r != reference);
    if protected {
        settings.protected_requests.push(reference.to_string());
    }
    settings.store(state.settings_path())
}
