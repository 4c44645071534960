//! The two secrets the program reads, never from its command line: the API token and an
//! archive's password.

use std::io::IsTerminal;

use act_api::ApiToken;
use act_engine::Password;

use crate::failure::{exit, Failure};

/// The environment variable App Center's own CLI reads the token from.
pub const TOKEN_VARIABLE: &str = "APPCENTER_ACCESS_TOKEN";

/// The token: from [`TOKEN_VARIABLE`], else typed hidden on a terminal.
pub fn token() -> Result<ApiToken, Failure> {
    if let Ok(value) = std::env::var(TOKEN_VARIABLE) {
        let token = ApiToken::new(value);
        if !token.is_empty() {
            return Ok(token);
        }
    }
    if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
        let typed = rpassword::prompt_password("App Center API token (input hidden): ")
            .map_err(|e| Failure::usage(format!("could not read the token: {e}")))?;
        let token = ApiToken::new(typed);
        if !token.is_empty() {
            return Ok(token);
        }
    }
    Err(Failure {
        status: exit::USAGE,
        message: format!("no API token: set {TOKEN_VARIABLE}"),
        hint: Some("Create one in App Center under Account settings > User API tokens; read-only is enough."),
        detail: None,
    })
}

/// The archive's password: typed hidden on a terminal, else the first line of standard input.
pub fn password() -> Result<Password, Failure> {
    let text = if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
        rpassword::prompt_password("Password for the archive (input hidden): ")
    } else {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line).map(|_| line)
    }
    .map_err(|e| Failure::usage(format!("could not read the password: {e}")))?;
    Password::new(&text).map_err(|e| Failure::usage(format!("--password-stdin: {e}")))
}
