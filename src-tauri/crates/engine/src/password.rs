//! The archive's password: a redacting type (never printed, logged or serialized, never
//! written anywhere), and the note that travels unencrypted beside the encrypted entries.

/// The shortest password accepted: an archive sent by email must withstand guessing offline.
pub const MIN_PASSWORD_CHARS: usize = 10;

/// The name of the one entry of a protected archive that is not encrypted.
pub const HOW_TO_OPEN: &str = "HOW-TO-OPEN.txt";

/// A password that protects an archive (AES-256). `Debug` shows no part of it.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(redacted)")
    }
}

/// Why a password was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PasswordProblem {
    #[error("the password is empty")]
    Empty,
    #[error("the password is too short: use at least {MIN_PASSWORD_CHARS} characters (a passphrase of several words is best)")]
    TooShort,
}

impl Password {
    /// A password, without the line break a terminal or a pipe adds at its end.
    pub fn new(text: &str) -> Result<Password, PasswordProblem> {
        let text = text.trim_end_matches(['\r', '\n']);
        if text.trim().is_empty() {
            return Err(PasswordProblem::Empty);
        }
        if text.chars().count() < MIN_PASSWORD_CHARS {
            return Err(PasswordProblem::TooShort);
        }
        Ok(Password(text.to_string()))
    }

    /// The password itself, for the zip library only.
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

/// `HOW-TO-OPEN.txt`: how to open the protected archive. It holds no personal data (no name,
/// no app, no run), only the way in.
pub fn how_to_open() -> String {
    [
        "This archive is protected with a password (AES-256 encryption).",
        "",
        "Every file in it except this one is encrypted. The password was sent to you",
        "separately, not with the archive.",
        "",
        "To open it you need a program that supports AES-encrypted zip files:",
        "",
        "  Windows: 7-Zip (free, https://www.7-zip.org). Right-click the archive,",
        "           choose 7-Zip > Extract files..., and type the password.",
        "  macOS:   Keka (free, https://www.keka.io) or The Unarchiver (free, in the",
        "           App Store). Open the archive with it and type the password.",
        "  Linux:   7-Zip (the 7z command, package p7zip-full or 7zip):",
        "           7z x ARCHIVE.zip",
        "",
        "The tools built into Windows and macOS cannot open AES-encrypted zip files:",
        "they say the archive is damaged or ask for a password they then refuse.",
        "",
        "Once opened, start with README.html: it explains what the archive holds and",
        "how to check that nothing in it was changed.",
        "",
    ]
    .join("\r\n")
}
