//! The files at the top of the archive, beside the apps' data: the README and, in a protected
//! archive, the note on how to open it, each named in the language of the answer (messages
//! `file-readme` and `file-how-to-open`: `README.html`, `LISEZMOI.html`, `COMMENT-OUVRIR.txt`...),
//! and `manifest.json`, named the same in every language (it is read by programs).
//!
//! Whatever reads an archive finds these files by what they are, never by a name: the
//! manifest gives each entry its kind (`readme`, `how_to_open`). Every language's names are
//! reserved in every archive, so no other entry ever has one of them.

use crate::lang::Lang;
use crate::messages::text;

/// The manifest's name, in every language.
pub const MANIFEST: &str = "manifest.json";

/// A file at the top of the archive named in the language of the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TopFile {
    /// The answer in plain words (`README.html`).
    Readme,
    /// The one entry of a protected archive that is not encrypted (`HOW-TO-OPEN.txt`).
    HowToOpen,
}

impl TopFile {
    pub const ALL: [TopFile; 2] = [TopFile::Readme, TopFile::HowToOpen];

    /// Its kind in the manifest's entries.
    pub fn kind(self) -> &'static str {
        match self {
            TopFile::Readme => "readme",
            TopFile::HowToOpen => "how_to_open",
        }
    }

    /// The file whose kind in the manifest is `kind`, if it is one of these.
    pub fn of_kind(kind: &str) -> Option<TopFile> {
        TopFile::ALL.into_iter().find(|f| f.kind() == kind)
    }

    /// The message that names it.
    fn message(self) -> &'static str {
        match self {
            TopFile::Readme => "file-readme",
            TopFile::HowToOpen => "file-how-to-open",
        }
    }

    /// Its name in an archive answered in `lang` (English: `README.html`, `HOW-TO-OPEN.txt`).
    pub fn name(self, lang: Lang) -> String {
        text(lang, self.message(), &[])
    }

    /// The file and the language of an archive's top-level entry `name`, when it is one of
    /// these in some language (compared exactly, as the archive writes it).
    pub fn named(name: &str) -> Option<(TopFile, Lang)> {
        Lang::ALL.into_iter().find_map(|lang| {
            TopFile::ALL
                .into_iter()
                .find(|f| f.name(lang) == name)
                .map(|f| (f, lang))
        })
    }
}

/// Every name the top of an archive keeps for these files: `manifest.json` and each language's
/// names of the others. No other entry takes one, whatever the archive's language.
pub fn reserved() -> Vec<String> {
    let mut names = vec![MANIFEST.to_string()];
    for lang in Lang::ALL {
        names.extend(TopFile::ALL.into_iter().map(|f| f.name(lang)));
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_names_are_the_ones_archives_always_had() {
        assert_eq!(TopFile::Readme.name(Lang::En), "README.html");
        assert_eq!(TopFile::HowToOpen.name(Lang::En), "HOW-TO-OPEN.txt");
        assert_eq!(TopFile::Readme.name(Lang::Fr), "LISEZMOI.html");
        assert_eq!(
            TopFile::named("COMMENT-OUVRIR.txt"),
            Some((TopFile::HowToOpen, Lang::Fr))
        );
        assert_eq!(
            TopFile::named("README.html"),
            Some((TopFile::Readme, Lang::En))
        );
        assert_eq!(TopFile::named("data/README.html"), None);
        assert_eq!(TopFile::named(MANIFEST), None);
        for file in TopFile::ALL {
            assert_eq!(TopFile::of_kind(file.kind()), Some(file));
        }
        assert_eq!(TopFile::of_kind("test_run"), None);
        assert_eq!(reserved().len(), 1 + 2 * Lang::ALL.len());
    }
}
