//! Where the app keeps its record of requests: the journal on this computer (the default), or
//! the team's register on PostgreSQL ("Use the team's register"). The choice is remembered in
//! the settings by the register's address without a password; a password is kept only in the
//! computer's keychain, and only when the officer asks (else it is asked again after a
//! restart). Switching is tested first: a register that cannot be used is said in words and
//! the app stays where it was.

use act_journal::{Checked, Location, Protection};

use crate::error::{AppError, Code, Words};
use crate::keychain;
use crate::page::{JournalPlace, RegisterAsk};
use crate::settings::Settings;
use crate::state::AppState;

/// Where the record is kept now, and who the officer is to it (on the register: their login,
/// which connecting tells).
pub fn place(state: &AppState) -> Result<JournalPlace, AppError> {
    let desk = state.desk();
    let (officer, protection) = desk.officer_and_protection()?;
    Ok(described(desk.location(), officer, protection))
}

/// Where `location` is, for the page, with the officer's name there and how the connection
/// to the register is protected.
pub(crate) fn described(
    location: &Location,
    officer: String,
    protection: Option<Protection>,
) -> JournalPlace {
    let protection = protection.map(|p| {
        match p {
            Protection::LocalSocket => "local",
            Protection::Plain => "plain",
            Protection::Encrypted(Checked::Not) => "unchecked",
            Protection::Encrypted(Checked::Authority) => "authority",
            Protection::Encrypted(Checked::AuthorityAndName) => "checked",
        }
        .to_string()
    });
    match location {
        Location::File(path) => JournalPlace {
            shared: false,
            shown: path.display().to_string(),
            address: None,
            database: None,
            server: None,
            officer,
            protection: None,
        },
        Location::Postgres(address) => JournalPlace {
            shared: true,
            shown: address.shown(),
            address: Some(address.without_password().to_string()),
            database: Some(address.database().to_string()),
            server: Some(address.server().to_string()),
            officer,
            protection,
        },
    }
}

/// Uses the team's register at `ask.address` from now on (and at the next start), once
/// connecting to it worked: its schema is set up when the officer's login may, and its
/// chain is the one every officer of the team writes.
pub fn use_register(state: &AppState, ask: RegisterAsk) -> Result<JournalPlace, AppError> {
    let not_an_address = |message: &str| {
        AppError::said(
            Code::InvalidInput,
            message,
            Words::new("rule-register-address", &[]),
        )
    };
    let address = match Location::parse(&ask.address) {
        Ok(Location::Postgres(address)) => address,
        Ok(Location::File(_)) => {
            return Err(not_an_address(
                "Give the register's address as your team's administrator gave it: it starts with postgres://, for example postgres://anna@db.example.org/register.",
            ))
        }
        Err(words) => return Err(not_an_address(&format!("{}.", capital(&words)))),
    };
    if address.holds_password() {
        return Err(AppError::said(
            Code::InvalidInput,
            "Leave the password out of the address and type it in the Password field: the address is remembered, the password only in the keychain if you ask.",
            Words::new("rule-register-password-in-address", &[]),
        ));
    }
    let public = address.without_password().to_string();
    let password = ask.password.filter(|p| !p.is_empty());
    let address = match &password {
        Some(password) => address.with_password(password.clone()),
        None => address,
    };
    let location = Location::Postgres(address);
    let (_, officer, protection) = state.desk().tried_at(location.clone())?;
    // The keychain is touched only for a password given now: kept when asked, else a password
    // saved before is removed (it is not the one in use).
    match (&password, ask.remember) {
        (Some(password), true) => keychain::save_register(&public, password)?,
        (Some(_), false) => keychain::forget_register().unwrap_or_else(|error| {
            tracing::warn!(%error, "a saved register password could not be removed");
        }),
        (None, _) => {}
    }
    let mut settings = Settings::load(state.settings_path());
    settings.register = Some(public);
    settings.store(state.settings_path())?;
    state.use_journal(location.clone());
    tracing::info!(register = %location.shown(), "the team's register is in use");
    Ok(described(&location, officer, protection))
}

/// Goes back to the journal on this computer (the register's saved password is removed).
pub fn use_this_computer(state: &AppState) -> Result<JournalPlace, AppError> {
    let mut settings = Settings::load(state.settings_path());
    settings.register = None;
    settings.store(state.settings_path())?;
    keychain::forget_register().unwrap_or_else(|error| {
        tracing::warn!(%error, "a saved register password could not be removed");
    });
    let location = Location::File(state.journal_path().to_path_buf());
    state.use_journal(location.clone());
    Ok(described(&location, act_desk::operator(), None))
}

/// At start: the register the officer chose, with its password from the keychain when one
/// was saved (a keychain that cannot be read leaves it without: the register then says it
/// wants one, in words).
pub fn restore(state: &AppState) {
    let Some(address) = Settings::load(state.settings_path()).register else {
        return;
    };
    let Ok(Location::Postgres(parsed)) = Location::parse(&address) else {
        tracing::warn!(
            "the remembered register's address is not one: the journal on this computer is used"
        );
        return;
    };
    let parsed = match keychain::load_register(&address) {
        Ok(Some(password)) => parsed.with_password(password),
        Ok(None) => parsed,
        Err(error) => {
            tracing::warn!(%error, "the register's saved password could not be read");
            parsed
        }
    };
    state.use_journal(Location::Postgres(parsed));
}

fn capital(words: &str) -> String {
    let mut chars = words.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
