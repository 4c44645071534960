//! `verify`: re-reads an archive, recomputes every SHA-256 and compares with the manifest, and
//! checks that the manifest's account of records and file links adds up.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::io::Read;
use std::path::Path;

use serde::Serialize;

use crate::hashing::copy_hashing;
use crate::ledger::{is_downloaded_kind, Ledger, Totals};
use crate::manifest::ManifestView;
use crate::password::Password;
use crate::request::JournalHead;

/// The largest `manifest.json` read (a manifest of 100,000 entries is about 40 MB).
pub const MAX_MANIFEST_BYTES: u64 = 64 * 1024 * 1024;
/// The largest record list read back to count its records.
const MAX_RECORDS_BYTES: u64 = 512 * 1024 * 1024;

/// What is wrong with one entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum EntryProblem {
    /// Listed in the manifest, not in the zip.
    Missing,
    /// In the zip, not in the manifest.
    Unlisted,
    /// The content does not match its checksum (or its size, or cannot be read back).
    Changed { detail: String },
}

/// The outcome of a verification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VerifyReport {
    /// The manifest's format.
    pub format: String,
    /// Entries whose checksum matched.
    pub entries_ok: usize,
    pub problems: Vec<(String, EntryProblem)>,
    /// The manifest's account of records and file links, when it has one (format 2 on).
    pub totals: Option<Totals>,
    /// What does not add up in that account.
    pub account_problems: Vec<String>,
}

impl VerifyReport {
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty() && self.account_problems.is_empty()
    }
}

/// Why an archive could not be checked at all.
#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    #[error("{} cannot be opened: {cause}", path.display())]
    Open {
        path: std::path::PathBuf,
        cause: std::io::Error,
    },
    #[error("{} is not a readable zip archive: {detail}", path.display())]
    NotAZip {
        path: std::path::PathBuf,
        detail: String,
    },
    #[error("{} has no readable manifest.json, so it cannot be checked: {detail}", path.display())]
    NoManifest {
        path: std::path::PathBuf,
        detail: String,
    },
    #[error("{} is protected with a password: give it to check the archive", path.display())]
    PasswordNeeded { path: std::path::PathBuf },
    #[error("the password does not open {}", path.display())]
    WrongPassword { path: std::path::PathBuf },
}

impl VerifyError {
    /// A stable code for the error.
    pub fn code(&self) -> &'static str {
        match self {
            VerifyError::Open { .. } => "open_failed",
            VerifyError::NotAZip { .. } => "not_a_zip",
            VerifyError::NoManifest { .. } => "no_manifest",
            VerifyError::PasswordNeeded { .. } => "password_needed",
            VerifyError::WrongPassword { .. } => "wrong_password",
        }
    }
}

/// An entry of the archive, read with the password when it is encrypted.
fn open_entry<'z>(
    zip: &'z mut zip::ZipArchive<File>,
    name: &str,
    password: Option<&Password>,
) -> zip::result::ZipResult<zip::read::ZipFile<'z, File>> {
    match password {
        Some(password) => zip.by_name_decrypt(name, password.expose().as_bytes()),
        None => zip.by_name(name),
    }
}

/// Reads a whole entry, refusing one larger than `limit`.
fn read_entry(
    zip: &mut zip::ZipArchive<File>,
    name: &str,
    limit: u64,
    password: Option<&Password>,
) -> Result<Vec<u8>, String> {
    let entry = open_entry(zip, name, password).map_err(|e| e.to_string())?;
    if entry.size() > limit {
        return Err(format!(
            "it is {} bytes, more than the {limit} bytes a real one can be",
            entry.size()
        ));
    }
    let mut bytes = Vec::new();
    entry
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() as u64 > limit {
        return Err(format!("it is more than {limit} bytes"));
    }
    Ok(bytes)
}

/// Opens the archive at `path` and reads its manifest (with `password`, when it is protected).
fn open_with_manifest(
    path: &Path,
    password: Option<&Password>,
) -> Result<(zip::ZipArchive<File>, ManifestView), VerifyError> {
    let file = File::open(path).map_err(|cause| VerifyError::Open {
        path: path.to_path_buf(),
        cause,
    })?;
    let mut zip = zip::ZipArchive::new(file).map_err(|e| VerifyError::NotAZip {
        path: path.to_path_buf(),
        detail: e.to_string(),
    })?;
    let no_manifest = |detail: String| VerifyError::NoManifest {
        path: path.to_path_buf(),
        detail,
    };
    match open_entry(&mut zip, "manifest.json", password) {
        Err(zip::result::ZipError::UnsupportedArchive(why))
            if why == zip::result::ZipError::PASSWORD_REQUIRED =>
        {
            return Err(VerifyError::PasswordNeeded {
                path: path.to_path_buf(),
            })
        }
        Err(zip::result::ZipError::InvalidPassword) => {
            return Err(VerifyError::WrongPassword {
                path: path.to_path_buf(),
            })
        }
        _ => {}
    }
    let text =
        read_entry(&mut zip, "manifest.json", MAX_MANIFEST_BYTES, password).map_err(no_manifest)?;
    let manifest = serde_json::from_slice(&text).map_err(|e| no_manifest(e.to_string()))?;
    Ok((zip, manifest))
}

/// What the archive at `path` recorded of the request journal when it was made (`None`: it
/// answered no journaled request).
pub fn journal_head(path: &Path) -> Result<Option<JournalHead>, VerifyError> {
    journal_head_with(path, None)
}

/// [`journal_head`] of a protected archive.
pub fn journal_head_with(
    path: &Path,
    password: Option<&Password>,
) -> Result<Option<JournalHead>, VerifyError> {
    open_with_manifest(path, password).map(|(_, manifest)| manifest.journal)
}

/// Checks every entry of the archive at `path` against its manifest, and the manifest's
/// account of records and file links against the archive.
pub fn verify(path: &Path) -> Result<VerifyReport, VerifyError> {
    verify_with(path, None)
}

/// [`verify`] with the password of a protected archive.
pub fn verify_with(path: &Path, password: Option<&Password>) -> Result<VerifyReport, VerifyError> {
    let (mut zip, manifest) = open_with_manifest(path, password)?;
    let mut report = VerifyReport {
        format: manifest.format.clone(),
        entries_ok: 0,
        problems: Vec::new(),
        totals: None,
        account_problems: Vec::new(),
    };
    let listed: BTreeSet<&str> = manifest.entries.iter().map(|e| e.path.as_str()).collect();
    let names: Vec<String> = zip
        .file_names()
        .filter_map(|n| n.ok().map(|n| n.into_owned()))
        .collect();
    for name in names {
        if name != "manifest.json" && !listed.contains(name.as_str()) {
            report.problems.push((name, EntryProblem::Unlisted));
        }
    }
    for expected in &manifest.entries {
        let mut entry = match open_entry(&mut zip, &expected.path, password) {
            Ok(entry) => entry,
            Err(_) => {
                report
                    .problems
                    .push((expected.path.clone(), EntryProblem::Missing));
                continue;
            }
        };
        let read = copy_hashing(&mut entry, &mut std::io::sink(), true, || Ok(()), |e| e);
        let problem = match read {
            Err(e) => Some(format!("it cannot be read back ({e})")),
            Ok((bytes, _)) if bytes != expected.bytes => Some(format!(
                "it has {bytes} bytes, the manifest says {}",
                expected.bytes
            )),
            Ok((_, sha256)) if sha256 != expected.sha256 => {
                Some("its SHA-256 differs from the manifest".to_string())
            }
            Ok(_) => None,
        };
        match problem {
            Some(detail) => report
                .problems
                .push((expected.path.clone(), EntryProblem::Changed { detail })),
            None => report.entries_ok += 1,
        }
    }
    // Each app's account, checked against that app's entries (format 3); format 2 has one.
    let accounts: Vec<(String, &Ledger, String)> = match &manifest.reconciliation {
        Some(ledger) => vec![(String::new(), ledger, String::new())],
        None => manifest
            .apps
            .iter()
            .map(|a| {
                let label = match manifest.apps.len() {
                    1 => String::new(),
                    _ => format!("{}/{}: ", a.owner, a.name),
                };
                (a.folder.clone(), &a.reconciliation, label)
            })
            .collect(),
    };
    if accounts.len() > 1 {
        for entry in &manifest.entries {
            let downloaded = entry.kind.as_deref().is_some_and(is_downloaded_kind);
            if downloaded && !accounts.iter().any(|(f, ..)| entry.path.starts_with(f)) {
                report.account_problems.push(format!(
                    "{} is a downloaded file outside every app's folder",
                    entry.path
                ));
            }
        }
    }
    for (folder, ledger, label) in accounts {
        let kinds: BTreeMap<String, Option<String>> = manifest
            .entries
            .iter()
            .filter(|e| e.path.starts_with(&folder))
            .map(|e| (e.path.clone(), e.kind.clone()))
            .collect();
        let mut records_in = |name: &str| {
            read_entry(&mut zip, name, MAX_RECORDS_BYTES, password)
                .ok()
                .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        };
        report.account_problems.extend(
            ledger
                .problems(&kinds, &mut records_in)
                .into_iter()
                .map(|p| format!("{label}{p}")),
        );
        let totals = report.totals.get_or_insert_with(Totals::default);
        totals.add(&ledger.totals);
    }
    Ok(report)
}
