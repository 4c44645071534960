//! The languages an answer can be written in: the seven the archive's texts exist in, each
//! known by its code ("fr") and by its own name ("Français").

use serde::{Deserialize, Serialize};

/// A language of the answer (the cover letter and the archive's own texts).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    De,
    Fr,
    Es,
    It,
    Nl,
    Pl,
}

impl Lang {
    /// Every language, English first (the order the app lists them in).
    pub const ALL: [Lang; 7] = [
        Lang::En,
        Lang::De,
        Lang::Fr,
        Lang::Es,
        Lang::It,
        Lang::Nl,
        Lang::Pl,
    ];

    /// The ISO 639-1 code: "en", "de"...
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Nl => "nl",
            Lang::Pl => "pl",
        }
    }

    /// The language's name in itself, as its speakers look for it in a list.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::It => "Italiano",
            Lang::Nl => "Nederlands",
            Lang::Pl => "Polski",
        }
    }

    /// The language a locale or a language tag names ("de", "de-AT", "fr_FR.UTF-8", "PL"),
    /// if it is one of ours.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Lang, UnknownLang> {
        Lang::from_tag(s).ok_or_else(|| UnknownLang(s.to_string()))
    }
}

/// A language the answer cannot be written in.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "there is no answer in the language \"{0}\": choose one of en (English), de (Deutsch), fr (Français), es (Español), it (Italiano), nl (Nederlands) or pl (Polski)"
)]
pub struct UnknownLang(pub String);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_locale_names_its_language() {
        for (tag, lang) in [
            ("de", Some(Lang::De)),
            ("de-AT", Some(Lang::De)),
            ("fr_FR.UTF-8", Some(Lang::Fr)),
            ("PL", Some(Lang::Pl)),
            ("nl_BE@euro", Some(Lang::Nl)),
            ("en-GB", Some(Lang::En)),
            ("pt-PT", None),
            ("", None),
            ("C", None),
        ] {
            assert_eq!(Lang::from_tag(tag), lang, "{tag}");
        }
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse::<Lang>(), Ok(lang));
            assert_eq!(
                serde_json::to_string(&lang).unwrap(),
                format!("\"{}\"", lang.code())
            );
        }
        assert!("xx"
            .parse::<Lang>()
            .unwrap_err()
            .to_string()
            .contains("fr (Français)"));
    }
}
