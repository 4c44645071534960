//! An archive's papers: its cover letter and, per app, how it accounts for what App Center
//! returned, without any of the data. The export makes them from what README.html is made
//! of ([`crate::readme`]); the journal keeps them with the export's end, for an officer who
//! reviews the archive without opening it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::messages::{text, Arg};

/// What the archive says and how it accounts for the service's data, without any of the
/// data: what an officer who reviews the archive without opening it reads (the journal keeps
/// it with the export's end).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Papers {
    /// The cover letter that opens README.html (empty: the archive has none).
    pub letter: Vec<crate::letter::Part>,
    /// The language of the answer (papers recorded before answers had one: English).
    #[serde(default)]
    pub lang: Lang,
    /// Each app's account, in the archive's order.
    pub apps: Vec<AppPapers>,
}

/// One app's account, as README.html gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppPapers {
    /// `owner/app`.
    pub app: String,
    pub name: String,
    /// Test runs in the archive.
    pub runs: u64,
    /// Downloaded files in the archive.
    pub files: u64,
    /// Each export endpoint's records: received, in the archive, left out and why.
    pub records: Vec<RecordPapers>,
    /// Files App Center listed but no longer had.
    pub missing_files: u64,
    /// Links that could not be fetched: how many for each reason, in words.
    pub links_not_fetched: BTreeMap<String, u64>,
    /// Links of App Center's list of export records that were not followed, by reason.
    pub links_not_followed: BTreeMap<String, u64>,
}

/// One export endpoint's records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordPapers {
    pub endpoint: String,
    pub received: u64,
    pub kept: u64,
    pub excluded: u64,
    /// Why the others were left out, counted ("8 records of other test runs").
    pub left_out: Vec<String>,
}

impl AppPapers {
    /// What of the app is in the archive, in `lang`: "3 test runs and 7 downloaded files".
    pub fn in_the_archive(&self, lang: Lang) -> String {
        text(
            lang,
            "ledger-in-the-archive",
            &[("runs", self.runs.into()), ("files", self.files.into())],
        )
    }

    /// What App Center named that is not in the archive, beside the records left out, in
    /// `lang` (none: everything it named is there).
    pub fn not_included(&self, lang: Lang) -> Vec<String> {
        let mut lines = Vec::new();
        if self.missing_files > 0 {
            lines.push(text(
                lang,
                "ledger-missing-files",
                &[("n", self.missing_files.into())],
            ));
        }
        let links = [
            (&self.links_not_fetched, "ledger-links-not-fetched"),
            (&self.links_not_followed, "ledger-links-not-followed"),
        ];
        for (reasons, id) in links {
            let n: u64 = reasons.values().sum();
            if n > 0 {
                let why = crate::letter::reasons_counted(lang, n, reasons);
                lines.push(text(
                    lang,
                    id,
                    &[("n", n.into()), ("reasons", Arg::Text(&why))],
                ));
            }
        }
        lines
    }
}

impl RecordPapers {
    /// The records left out and why, in `lang` ("none" when all are in the archive). The
    /// reasons are as the export recorded them, in the answer's language.
    pub fn left_out_in_words(&self, lang: Lang) -> String {
        match self.left_out.is_empty() {
            true if self.excluded == 0 => text(lang, "ledger-left-out-none", &[]),
            true => text(
                lang,
                "ledger-left-out-records",
                &[("n", self.excluded.into())],
            ),
            false => self.left_out.join("; "),
        }
    }
}
