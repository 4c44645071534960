//! "Remember this token on this computer": the OS keychain, and nothing else, holds it
//! (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows).
//!
//! Every call blocks (the OS may ask the user to unlock the keychain): the commands run them
//! on a blocking thread, never on the window's thread.

use std::fmt;

use act_api::ApiToken;

use crate::error::{AppError, Code};

const SERVICE: &str = "org.actexport.desktop";
const ACCOUNT: &str = "app-center-api-token";
/// The team's register's password, with the address it is for.
const REGISTER_ACCOUNT: &str = "team-register-password";

/// What was being done with the keychain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Save,
    Read,
    Forget,
    SaveRegister,
    ReadRegister,
    ForgetRegister,
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Action::Save => "the token was not saved",
            Action::Read => "the saved token could not be read",
            Action::Forget => "the saved token could not be removed",
            Action::SaveRegister => "the register's password was not saved",
            Action::ReadRegister => "the register's saved password could not be read",
            Action::ForgetRegister => "the register's saved password could not be removed",
        })
    }
}

/// Why the keychain could not be used.
#[derive(Debug, thiserror::Error)]
pub enum KeychainError {
    /// No keychain service answered (none installed, locked, no session).
    #[error("This computer's keychain could not be reached, so {action}.")]
    Unreachable {
        action: Action,
        #[source]
        cause: keyring::Error,
    },
    /// The keychain answered, and refused.
    #[error("The keychain refused, so {action}.")]
    Refused {
        action: Action,
        #[source]
        cause: keyring::Error,
    },
}

impl KeychainError {
    fn new(action: Action, cause: keyring::Error) -> KeychainError {
        match cause {
            keyring::Error::PlatformFailure(_) | keyring::Error::NoStorageAccess(_) => {
                KeychainError::Unreachable { action, cause }
            }
            cause => KeychainError::Refused { action, cause },
        }
    }
}

impl From<KeychainError> for AppError {
    fn from(error: KeychainError) -> AppError {
        AppError::with_cause(Code::Keychain, &error)
    }
}

fn entry(account: &str, action: Action) -> Result<keyring::Entry, KeychainError> {
    keyring::Entry::new(SERVICE, account).map_err(|e| KeychainError::new(action, e))
}

/// Saves the API address and the token.
pub fn save(base_url: &str, token: &ApiToken) -> Result<(), KeychainError> {
    save_as(ACCOUNT, base_url, token)
}

/// The saved API address and token, if any.
pub fn load() -> Result<Option<(String, ApiToken)>, KeychainError> {
    load_as(ACCOUNT)
}

/// True when a token is saved (a keychain that cannot be reached counts as none).
pub fn has_saved() -> bool {
    matches!(load(), Ok(Some(_)))
}

/// Removes the saved token.
pub fn forget() -> Result<(), KeychainError> {
    forget_as(ACCOUNT)
}

// The same under another account name: the tests use one of their own, never the user's.

fn save_as(account: &str, base_url: &str, token: &ApiToken) -> Result<(), KeychainError> {
    save_pair(account, base_url, token.reveal(), Action::Save)
}

fn load_as(account: &str) -> Result<Option<(String, ApiToken)>, KeychainError> {
    Ok(load_pair(account, Action::Read)?.map(|(url, token)| (url, ApiToken::new(token))))
}

/// Saves `secret` with what it is for (`what`, one line).
fn save_pair(account: &str, what: &str, secret: &str, action: Action) -> Result<(), KeychainError> {
    entry(account, action)?
        .set_password(&format!("{what}\n{secret}"))
        .map_err(|e| KeychainError::new(action, e))
}

fn load_pair(account: &str, action: Action) -> Result<Option<(String, String)>, KeychainError> {
    match entry(account, action)?.get_password() {
        Ok(saved) => Ok(saved
            .split_once('\n')
            .map(|(what, secret)| (what.to_string(), secret.to_string()))),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(error) => Err(KeychainError::new(action, error)),
    }
}

/// Saves the team's register's password for the address `address` (without its password).
pub fn save_register(address: &str, password: &str) -> Result<(), KeychainError> {
    save_pair(REGISTER_ACCOUNT, address, password, Action::SaveRegister)
}

/// The saved password of the team's register at `address` (`None`: none, or one saved for
/// another address).
pub fn load_register(address: &str) -> Result<Option<String>, KeychainError> {
    Ok(load_pair(REGISTER_ACCOUNT, Action::ReadRegister)?
        .filter(|(saved_for, _)| saved_for == address)
        .map(|(_, password)| password))
}

/// Removes the register's saved password.
pub fn forget_register() -> Result<(), KeychainError> {
    forget_with(REGISTER_ACCOUNT, Action::ForgetRegister)
}

fn forget_as(account: &str) -> Result<(), KeychainError> {
    forget_with(account, Action::Forget)
}

fn forget_with(account: &str, action: Action) -> Result<(), KeychainError> {
    match entry(account, action)?.delete_credential() {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(error) => Err(KeychainError::new(action, error)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_say_what_did_not_happen_and_keep_the_cause_once() {
        let error = KeychainError::new(
            Action::Save,
            keyring::Error::PlatformFailure("no D-Bus session".into()),
        );
        assert_eq!(
            error.to_string(),
            "This computer's keychain could not be reached, so the token was not saved."
        );
        let shown = AppError::from(error);
        assert_eq!(shown.code, Code::Keychain);
        assert_eq!(shown.detail.matches("no D-Bus session").count(), 1);
    }

    /// Windows' Credential Manager (the native backend): a token saved under an account of the
    /// test's own reads back whole, with its API address, and is gone once forgotten.
    #[cfg(windows)]
    #[test]
    fn the_credential_manager_keeps_the_token_until_forgotten() {
        let account = format!("test-{}", std::process::id());
        let token = ApiToken::new("a-token-of-40-characters-0123456789abcdef");
        save_as(&account, "https://api.appcenter.ms", &token).unwrap();
        let (url, read) = load_as(&account).unwrap().unwrap();
        assert_eq!(url, "https://api.appcenter.ms");
        assert_eq!(read.reveal(), token.reveal());
        // Saving again replaces it.
        save_as(&account, "http://127.0.0.1:9", &ApiToken::new("another")).unwrap();
        assert_eq!(load_as(&account).unwrap().unwrap().0, "http://127.0.0.1:9");
        forget_as(&account).unwrap();
        assert!(load_as(&account).unwrap().is_none());
        forget_as(&account).unwrap();
    }
}
