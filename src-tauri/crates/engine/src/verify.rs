//! `verify`: re-reads an archive, recomputes every SHA-256 and compares with the manifest.

use std::collections::BTreeSet;
use std::fs::File;
use std::io::Read;
use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::archive::ManifestEntry;

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
    /// Entries whose checksum matched.
    pub entries_ok: usize,
    pub problems: Vec<(String, EntryProblem)>,
}

impl VerifyReport {
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
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
}

#[derive(Deserialize)]
struct ManifestEntries {
    entries: Vec<ManifestEntry>,
}

/// Checks every entry of the archive at `path` against its manifest.
pub fn verify(path: &Path) -> Result<VerifyReport, VerifyError> {
    let file = File::open(path).map_err(|cause| VerifyError::Open {
        path: path.to_path_buf(),
        cause,
    })?;
    let mut zip = zip::ZipArchive::new(file).map_err(|e| VerifyError::NotAZip {
        path: path.to_path_buf(),
        detail: e.to_string(),
    })?;
    let manifest: ManifestEntries = {
        let no_manifest = |detail: String| VerifyError::NoManifest {
            path: path.to_path_buf(),
            detail,
        };
        let mut entry = zip
            .by_name("manifest.json")
            .map_err(|e| no_manifest(e.to_string()))?;
        let mut text = Vec::new();
        entry
            .read_to_end(&mut text)
            .map_err(|e| no_manifest(e.to_string()))?;
        serde_json::from_slice(&text).map_err(|e| no_manifest(e.to_string()))?
    };
    let mut report = VerifyReport {
        entries_ok: 0,
        problems: Vec::new(),
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
        let mut entry = match zip.by_name(&expected.path) {
            Ok(entry) => entry,
            Err(_) => {
                report
                    .problems
                    .push((expected.path.clone(), EntryProblem::Missing));
                continue;
            }
        };
        let mut hasher = Sha256::new();
        let mut buffer = vec![0u8; 256 * 1024];
        let mut bytes = 0u64;
        let read = loop {
            match entry.read(&mut buffer) {
                Ok(0) => break Ok(()),
                Ok(n) => {
                    hasher.update(&buffer[..n]);
                    bytes += n as u64;
                }
                Err(e) => break Err(e),
            }
        };
        let sha256 = hex::encode(hasher.finalize());
        let problem = match read {
            Err(e) => Some(format!("it cannot be read back ({e})")),
            Ok(()) if bytes != expected.bytes => Some(format!(
                "it has {bytes} bytes, the manifest says {}",
                expected.bytes
            )),
            Ok(()) if sha256 != expected.sha256 => {
                Some("its SHA-256 differs from the manifest".to_string())
            }
            Ok(()) => None,
        };
        match problem {
            Some(detail) => report
                .problems
                .push((expected.path.clone(), EntryProblem::Changed { detail })),
            None => report.entries_ok += 1,
        }
    }
    Ok(report)
}
