//! An archive's papers: its cover letter and, per app, how it accounts for what App Center
//! returned, without any of the data. The export makes them from what README.html is made
//! of ([`crate::readme`]); the journal keeps them with the export's end, for an officer who
//! reviews the archive without opening it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::text::plural;

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
    /// What of the app is in the archive: "3 test runs and 7 downloaded files".
    pub fn in_the_archive(&self) -> String {
        format!(
            "{} and {}",
            plural(self.runs, "test run", "test runs"),
            plural(self.files, "downloaded file", "downloaded files")
        )
    }

    /// What App Center named that is not in the archive, beside the records left out (none:
    /// everything it named is there).
    pub fn not_included(&self) -> Vec<String> {
        let mut lines = Vec::new();
        let n = self.missing_files;
        if n > 0 {
            lines.push(format!(
                "{} App Center listed {} no longer there.",
                plural(n, "file", "files"),
                crate::text::agree(n, "was", "were")
            ));
        }
        let links = [
            (
                &self.links_not_fetched,
                ["link to a file", "links to files"],
                ["could not be fetched", "could not be fetched"],
            ),
            (
                &self.links_not_followed,
                [
                    "link of App Center's list of export records",
                    "links of App Center's list of export records",
                ],
                ["was not followed", "were not followed"],
            ),
        ];
        for (reasons, [one, many], [was, were]) in links {
            let n: u64 = reasons.values().sum();
            if n > 0 {
                lines.push(format!(
                    "{} {}, because {}.",
                    plural(n, one, many),
                    crate::text::agree(n, was, were),
                    crate::letter::reasons_counted(Lang::En, n, reasons)
                ));
            }
        }
        lines
    }
}

impl RecordPapers {
    /// The records left out and why, in words ("none" when all are in the archive).
    pub fn left_out_in_words(&self) -> String {
        match self.left_out.is_empty() {
            true if self.excluded == 0 => "none".to_string(),
            true => plural(self.excluded, "record", "records"),
            false => self.left_out.join("; "),
        }
    }
}
