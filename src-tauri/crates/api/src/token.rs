//! The API token, as a type that cannot leak by accident.

use std::fmt;

/// An App Center API token.
///
/// `Debug` and `Display` print `<redacted>`; the type implements neither `Serialize` nor
/// `Clone`-to-string conversions, so it cannot end up in logs, JSON, manifests or error
/// messages by accident. The only way to the secret is [`ApiToken::reveal`], which the client
/// uses for the `X-API-Token` header (on the API's own origin only) and the desktop app for the
/// OS keychain.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiToken(String);

impl ApiToken {
    /// Wraps a token. Surrounding whitespace (a stray newline from copy and paste) is removed.
    pub fn new(token: impl Into<String>) -> Self {
        let token: String = token.into();
        ApiToken(token.trim().to_string())
    }

    /// True when the token is empty after trimming.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The secret itself. Call only to hand it to the API or to the OS keychain (or to hash it
    /// for the name of the pace's state file, which never holds it).
    pub fn reveal(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for ApiToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiToken(<redacted>)")
    }
}

impl fmt::Display for ApiToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl Drop for ApiToken {
    fn drop(&mut self) {
        // Overwrite the secret before the memory is freed.
        let mut bytes = std::mem::take(&mut self.0).into_bytes();
        bytes.iter_mut().for_each(|b| *b = 0);
        std::hint::black_box(&bytes);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_redact() {
        let token = ApiToken::new(" secret-value-123\n");
        assert_eq!(format!("{token}"), "<redacted>");
        assert_eq!(format!("{token:?}"), "ApiToken(<redacted>)");
        assert_eq!(format!("{:?}", Some(&token)), "Some(ApiToken(<redacted>))");
        assert_eq!(token.reveal(), "secret-value-123");
        assert!(!token.is_empty());
        assert!(ApiToken::new("  \n").is_empty());
    }
}
