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

/// What was being done with the keychain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Save,
    Read,
    Forget,
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Action::Save => "the token was not saved",
            Action::Read => "the saved token could not be read",
            Action::Forget => "the saved token could not be removed",
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
    entry(account, Action::Save)?
        .set_password(&format!("{base_url}\n{}", token.reveal()))
        .map_err(|e| KeychainError::new(Action::Save, e))
}

fn load_as(account: &str) -> Result<Option<(String, ApiToken)>, KeychainError> {
    match entry(account, Action::Read)?.get_password() {
        Ok(secret) => Ok(secret
            .split_once('\n')
            .map(|(url, token)| (url.to_string(), ApiToken::new(token)))),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(error) => Err(KeychainError::new(Action::Read, error)),
    }
}

fn forget_as(account: &str) -> Result<(), KeychainError> {
    match entry(account, Action::Forget)?.delete_credential() {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(error) => Err(KeychainError::new(Action::Forget, error)),
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
