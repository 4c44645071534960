//! The archive's password: a redacting type (never printed, logged or serialized, never
//! written anywhere), and the note that travels unencrypted beside the encrypted entries.

use crate::lang::Lang;
use crate::messages::{text, Arg};
use crate::toplevel::TopFile;

/// The shortest password accepted: an archive sent by email must withstand guessing offline.
pub const MIN_PASSWORD_CHARS: usize = 10;

/// A password that protects an archive (AES-256, WinZip AE-2: the contents of its entries, not
/// their names, sizes or dates). `Debug` shows no part of it.
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

    /// Whether `text` gives the password away: it holds it, spelled with any case, spacing or
    /// punctuation between its letters and digits ("Acorn Actor ..." for "acorn-actor-...").
    pub fn appears_in(&self, text: &str) -> bool {
        let letters = |s: &str| -> String {
            s.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect()
        };
        let needle = letters(&self.0);
        !needle.is_empty() && letters(text).contains(&needle)
    }
}

/// Words in a generated passphrase: 8 words of 512 make 72 bits.
pub const PASSPHRASE_WORDS: usize = 8;

/// A passphrase of [`PASSPHRASE_WORDS`] words from the operating system's random source,
/// joined by hyphens: easy to read out on the phone, 72 bits of entropy.
pub fn generate_passphrase() -> Result<String, getrandom::Error> {
    let mut random = [0u8; 2 * PASSPHRASE_WORDS];
    getrandom::fill(&mut random)?;
    let words: Vec<&str> = random
        .chunks_exact(2)
        // 512 words: the low 9 bits of two random bytes pick one, each equally likely.
        .map(|pair| {
            crate::words::WORDS[usize::from(u16::from_le_bytes([pair[0], pair[1]]) & 0x1ff)]
        })
        .collect();
    Ok(words.join("-"))
}

/// How strong a password typed by a person is, in bits: an estimate that counts the kinds of
/// characters used and the length, and treats a passphrase of the generator's words as what
/// it is (9 bits a word), so that neither is overrated.
pub fn strength_bits(text: &str) -> u32 {
    let words: Vec<&str> = text.split(['-', ' ']).filter(|w| !w.is_empty()).collect();
    if !words.is_empty() && words.iter().all(|w| crate::words::WORDS.contains(w)) {
        return 9 * words.len() as u32;
    }
    let has = |f: fn(char) -> bool| text.chars().any(f);
    let mut pool = 0u32;
    if has(|c| c.is_ascii_lowercase()) {
        pool += 26;
    }
    if has(|c| c.is_ascii_uppercase()) {
        pool += 26;
    }
    if has(|c| c.is_ascii_digit()) {
        pool += 10;
    }
    if has(|c| !c.is_ascii_alphanumeric()) {
        pool += 33;
    }
    // Repeated characters add little: count distinct ones, and at most the length.
    let mut seen: Vec<char> = text.chars().collect();
    seen.sort_unstable();
    seen.dedup();
    let length = text.chars().count().min(seen.len() * 2) as f64;
    (length * f64::from(pool.max(1)).log2()).floor() as u32
}

/// `HOW-TO-OPEN.txt` in `lang` (its name too: [`TopFile::HowToOpen`]): how to open the
/// protected archive, with Windows line ends (message `how-to-open`, which names the README as
/// the archive does). It holds no personal data (no name, no app, no run), only the way in.
pub fn how_to_open(lang: Lang) -> String {
    let readme = TopFile::Readme.name(lang);
    let note = text(lang, "how-to-open", &[("readme", Arg::Text(&readme))]);
    format!("{note}\n").replace('\n', "\r\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn how_to_open_has_windows_line_ends_and_only_its_text() {
        let text = how_to_open(Lang::En);
        assert!(
            text.starts_with(
                "This archive is protected with a password (AES-256 encryption).\r\n\r\nEvery file"
            ),
            "{text:?}"
        );
        assert!(
            text.ends_with("how to check that nothing in it was changed.\r\n"),
            "{text:?}"
        );
        assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
        assert_eq!(text.lines().count(), 22);
        assert!(
            !text.contains('{') && !text.contains("how-to-open"),
            "{text:?}"
        );
        assert!(text.contains(
            "names\r\nof the files, their sizes and their dates can be read without the password."
        ));
        assert!(
            text.contains("start with README.html: it explains"),
            "{text:?}"
        );
    }

    #[test]
    fn every_language_names_its_own_readme_in_lines_of_78_characters_at_most() {
        for lang in Lang::ALL {
            let text = how_to_open(lang);
            let readme = TopFile::Readme.name(lang);
            assert_eq!(text.matches(readme.as_str()).count(), 1, "{lang}: {text}");
            if lang != Lang::En {
                assert!(!text.contains("README.html"), "{lang}: {text}");
            }
            for line in text.lines() {
                assert!(line.chars().count() <= 78, "{lang}: {line:?}");
            }
        }
    }

    #[test]
    fn generated_passphrases_have_72_bits_and_differ() {
        let words = &crate::words::WORDS;
        let mut unique: Vec<&str> = words.to_vec();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), 512, "512 different words");
        assert!(words
            .iter()
            .all(|w| (3..=9).contains(&w.len()) && w.chars().all(|c| c.is_ascii_lowercase())));
        let a = generate_passphrase().unwrap();
        let b = generate_passphrase().unwrap();
        assert_ne!(a, b);
        assert_eq!(a.split('-').count(), PASSPHRASE_WORDS);
        assert_eq!(strength_bits(&a), 72);
        assert!(Password::new(&a).is_ok());
    }

    #[test]
    fn typed_passwords_are_not_overrated() {
        assert_eq!(strength_bits("aaaaaaaaaaaaaaaa"), 9, "one letter repeated");
        assert!(strength_bits("password12") < 60);
        assert!(strength_bits("Tr0ub4dor&3xyz!Q") >= 70);
        assert_eq!(strength_bits("apple banana"), 18, "two dictionary words");
    }

    #[test]
    fn passwords_are_checked_and_never_shown() {
        assert_eq!(Password::new(" \n"), Err(PasswordProblem::Empty));
        assert_eq!(Password::new("short"), Err(PasswordProblem::TooShort));
        let password = Password::new("a long passphrase\r\n").unwrap();
        assert_eq!(password.expose(), "a long passphrase");
        assert_eq!(format!("{password:?}"), "Password(redacted)");
    }

    #[test]
    fn a_password_is_found_however_it_is_spelled() {
        let password = Password::new("acorn-actor-adult-agent-alarm-album-alley-amber").unwrap();
        for giving_away in [
            "acorn-actor-adult-agent-alarm-album-alley-amber",
            "read out: Acorn Actor Adult Agent Alarm Album Alley Amber",
            "ACORN.ACTOR.ADULT.AGENT.ALARM.ALBUM.ALLEY.AMBER by phone",
        ] {
            assert!(password.appears_in(giving_away), "{giving_away}");
        }
        for how in [
            "read out by phone",
            "acorn-actor-adult",
            "by SMS to +44 7700 900123",
        ] {
            assert!(!password.appears_in(how), "{how}");
        }
    }
}
