//! The reconciliation ledger: an account of everything the service returned, written into
//! `manifest.json` and checked by [`crate::verify`].
//!
//! - For every export endpoint: the records received, kept and left out (by reason), and for
//!   each kept record the rule that tied it to the selection.
//! - For every file link found in a kept record or a selected run's report: exactly one fate
//!   (archived at a path; the same file as a path, and why; missing at the source; skipped, and
//!   why).
//! - Totals, which must add up.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::files::{FilePlan, Via};
use crate::scope::{Scoped, Source};

/// One endpoint's records, accounted for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordAccount {
    /// The export endpoint (`testRuns`, ...), or the name the resource list gave.
    pub endpoint: String,
    /// The archive entry that holds the kept records (a JSON array, in the service's order).
    pub entry: String,
    pub received: u64,
    pub kept: u64,
    pub excluded: u64,
    /// Left-out records by reason (only counted, never the records).
    pub excluded_because: BTreeMap<String, u64>,
    /// For each kept record, in order: the rule that tied it to the selection.
    pub kept_because: Vec<String>,
}

/// What became of a file link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "fate", rename_all = "snake_case")]
pub enum Fate {
    /// Downloaded and archived at `path`.
    Archived { path: String },
    /// The same file as the one archived at `path`.
    SameFile { path: String, reason: String },
    /// The service listed it but no longer had it.
    MissingAtSource { status: Option<u16> },
    /// Not fetched, and why (not a web address...).
    Skipped { reason: String },
}

/// One file link, accounted for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileAccount {
    /// The address (query string removed).
    pub address: String,
    /// The archive entry, record and field (or report field) it was found in.
    pub found_in: String,
    #[serde(flatten)]
    pub fate: Fate,
}

/// The sums, as a reader would check them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    pub records_received: u64,
    pub records_kept: u64,
    pub records_excluded: u64,
    pub file_links: u64,
    pub archived: u64,
    pub same_file: u64,
    pub missing_at_source: u64,
    pub skipped: u64,
}

impl Totals {
    /// Adds `other` (another app's totals) to these.
    pub fn add(&mut self, other: &Totals) {
        self.records_received += other.records_received;
        self.records_kept += other.records_kept;
        self.records_excluded += other.records_excluded;
        self.file_links += other.file_links;
        self.archived += other.archived;
        self.same_file += other.same_file;
        self.missing_at_source += other.missing_at_source;
        self.skipped += other.skipped;
    }
}

/// The app's test runs, accounted for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunAccount {
    /// Runs in the app's run list.
    pub listed: u64,
    /// Runs exported (each with its report).
    pub exported: u64,
    /// Run-list entries without a usable id, archived as listed (whole-app exports only:
    /// they cannot be read one by one, so they cannot be tied to a selection either).
    pub archived_without_id: u64,
}

/// The whole account.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ledger {
    pub runs: RunAccount,
    pub records: Vec<RecordAccount>,
    pub files: Vec<FileAccount>,
    pub totals: Totals,
}

/// What became of a planned download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// Archived under its planned path.
    Archived,
    /// Its bytes are those of the file archived at this path (same SHA-256).
    SameContent(String),
    /// The service answered that it no longer has it.
    Missing(Option<u16>),
}

impl Ledger {
    /// Builds the account from the scoped records, the file plan and each download's outcome.
    pub(crate) fn build(
        scoped: &BTreeMap<Source, Scoped>,
        entries: &BTreeMap<Source, String>,
        plan: &FilePlan,
        outcomes: &[Outcome],
    ) -> Ledger {
        let records: Vec<RecordAccount> = scoped
            .iter()
            .map(|(source, s)| RecordAccount {
                endpoint: source.to_string(),
                entry: entries.get(source).cloned().unwrap_or_default(),
                received: s.received,
                kept: s.kept.len() as u64,
                excluded: s.excluded_total(),
                excluded_because: s
                    .excluded
                    .iter()
                    .map(|(why, n)| (why.to_string(), *n))
                    .collect(),
                kept_because: s.kept.iter().map(|k| k.rule.to_string()).collect(),
            })
            .collect();
        let files: Vec<FileAccount> = plan
            .links
            .iter()
            .map(|link| {
                let fate = match &link.target {
                    Err(reason) => Fate::Skipped {
                        reason: reason.clone(),
                    },
                    Ok((index, via)) => {
                        let path = plan.files[*index].path.clone();
                        match (outcomes.get(*index), via) {
                            (Some(Outcome::Missing(status)), _) => {
                                Fate::MissingAtSource { status: *status }
                            }
                            (Some(Outcome::SameContent(other)), _) => Fate::SameFile {
                                path: other.clone(),
                                reason: "the same content (SHA-256)".into(),
                            },
                            (_, Via::First) => Fate::Archived { path },
                            (_, Via::SameAddress) => Fate::SameFile {
                                path,
                                reason: "the same address".into(),
                            },
                            (_, Via::SameHashFile(id)) => Fate::SameFile {
                                path,
                                reason: format!("the same uploaded file (hash file {id})"),
                            },
                        }
                    }
                };
                FileAccount {
                    address: link.address.clone(),
                    found_in: link.found_in.clone(),
                    fate,
                }
            })
            .collect();
        let mut ledger = Ledger {
            runs: RunAccount::default(),
            records,
            files,
            totals: Totals::default(),
        };
        ledger.totals = ledger.sums();
        ledger
    }

    /// The totals, computed from the accounts.
    pub fn sums(&self) -> Totals {
        let mut t = Totals::default();
        for r in &self.records {
            t.records_received += r.received;
            t.records_kept += r.kept;
            t.records_excluded += r.excluded;
        }
        for f in &self.files {
            t.file_links += 1;
            match f.fate {
                Fate::Archived { .. } => t.archived += 1,
                Fate::SameFile { .. } => t.same_file += 1,
                Fate::MissingAtSource { .. } => t.missing_at_source += 1,
                Fate::Skipped { .. } => t.skipped += 1,
            }
        }
        t
    }

    /// Everything that does not add up: counts that differ from their parts, records or files
    /// the ledger names that the archive does not hold, downloaded files no link accounts for.
    /// `entries` are the archive's entries with their kinds; `records_in` reads a JSON entry.
    pub fn problems(
        &self,
        entries: &BTreeMap<String, Option<String>>,
        records_in: &mut dyn FnMut(&str) -> Option<Value>,
    ) -> Vec<String> {
        let mut problems = Vec::new();
        let count = |kind: &str| {
            entries
                .values()
                .filter(|k| k.as_deref() == Some(kind))
                .count() as u64
        };
        let runs = &self.runs;
        if count("test_run") != runs.exported || count("test_report") != runs.exported {
            problems.push(format!(
                "{} runs exported, but the archive holds {} runs and {} reports",
                runs.exported,
                count("test_run"),
                count("test_report")
            ));
        }
        if count("test_run_listing") != runs.archived_without_id {
            problems.push(format!(
                "{} run listings without an id archived, but the archive holds {}",
                runs.archived_without_id,
                count("test_run_listing")
            ));
        }
        if runs.exported + runs.archived_without_id > runs.listed {
            problems.push(format!(
                "more runs exported ({}) than the app listed ({})",
                runs.exported + runs.archived_without_id,
                runs.listed
            ));
        }
        for r in &self.records {
            let e = &r.endpoint;
            if r.received != r.kept + r.excluded {
                problems.push(format!(
                    "{e}: {} received, but {} kept and {} left out",
                    r.received, r.kept, r.excluded
                ));
            }
            let reasons: u64 = r.excluded_because.values().sum();
            if reasons != r.excluded {
                problems.push(format!(
                    "{e}: {} left out, but the reasons add up to {reasons}",
                    r.excluded
                ));
            }
            if r.kept_because.len() as u64 != r.kept {
                problems.push(format!(
                    "{e}: {} kept, but {} rules given",
                    r.kept,
                    r.kept_because.len()
                ));
            }
            match records_in(&r.entry) {
                Some(Value::Array(items)) if items.len() as u64 == r.kept => {}
                Some(Value::Array(items)) => problems.push(format!(
                    "{e}: {} kept, but {} holds {} records",
                    r.kept,
                    r.entry,
                    items.len()
                )),
                _ => problems.push(format!(
                    "{e}: the kept records should be in {}, which the archive does not hold as a list",
                    r.entry
                )),
            }
        }
        let sums = self.sums();
        if sums != self.totals {
            problems.push(format!(
                "the totals {:?} do not match the accounts, which add up to {sums:?}",
                self.totals
            ));
        }
        let mut archived: BTreeSet<&str> = BTreeSet::new();
        for f in &self.files {
            let path = match &f.fate {
                Fate::Archived { path } => {
                    archived.insert(path);
                    path
                }
                Fate::SameFile { path, .. } => path,
                _ => continue,
            };
            if !entries.contains_key(path.as_str()) {
                problems.push(format!(
                    "the link {} found in {} leads to {path}, which the archive does not hold",
                    f.address, f.found_in
                ));
            }
        }
        for (path, kind) in entries {
            if kind.as_deref().is_some_and(is_downloaded_kind) && !archived.contains(path.as_str())
            {
                problems.push(format!("{path} is a downloaded file no link accounts for"));
            }
        }
        problems
    }
}

/// Kinds of entries that are downloaded files (the rest are data the export wrote).
pub(crate) fn is_downloaded_kind(kind: &str) -> bool {
    matches!(
        kind,
        "app_binary" | "symbols" | "icon" | "test_file" | "report_artifact" | "app_hash_files"
    )
}
