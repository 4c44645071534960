//! "Remember this token on this computer": the OS keychain, and nothing else, holds it.

use act_api::ApiToken;

const SERVICE: &str = "org.actexport.desktop";
const ACCOUNT: &str = "app-center-api-token";

fn entry() -> Result<keyring::Entry, String> {
    keyring::Entry::new(SERVICE, ACCOUNT).map_err(describe)
}

fn describe(error: keyring::Error) -> String {
    match error {
        keyring::Error::PlatformFailure(_) | keyring::Error::NoStorageAccess(_) => {
            "This computer's keychain could not be reached, so the token was not saved.".into()
        }
        other => format!("The keychain refused: {other}"),
    }
}

/// Saves the API address and the token.
pub fn save(base_url: &str, token: &ApiToken) -> Result<(), String> {
    entry()?
        .set_password(&format!("{base_url}\n{}", token.reveal()))
        .map_err(describe)
}

/// The saved API address and token, if any.
pub fn load() -> Result<Option<(String, ApiToken)>, String> {
    match entry()?.get_password() {
        Ok(secret) => Ok(secret
            .split_once('\n')
            .map(|(url, token)| (url.to_string(), ApiToken::new(token)))),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(error) => Err(describe(error)),
    }
}

/// True when a token is saved (a keychain that cannot be reached counts as none).
pub fn has_saved() -> bool {
    matches!(load(), Ok(Some(_)))
}

/// Removes the saved token.
pub fn forget() -> Result<(), String> {
    match entry()?.delete_credential() {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(error) => Err(describe(error)),
    }
}
