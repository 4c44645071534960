//! What the pipeline's stages hand each other: archive entries and the items the writer takes.
//! A leaf module: it imports no other module of the engine.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One entry of the archive as the manifest lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestEntry {
    /// The entry's name in the zip.
    pub path: String,
    pub bytes: u64,
    /// SHA-256 of the entry's content, lowercase hex.
    pub sha256: String,
    /// What it is: `test_run`, `test_report`, `export_records`, `app_binary`, `symbols`,
    /// `icon`, `test_file`, `report_artifact`, `app_hash_files`, `readme`...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The file's name or path as the service gave it, where it differs from `path`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_name: Option<String>,
    /// Where a downloaded file came from (query string removed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    /// The selected runs the entry belongs to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub run_ids: Vec<String>,
}

impl ManifestEntry {
    /// An entry of `kind` at `path` (size and checksum are filled in by the writer).
    pub(crate) fn new(path: String, kind: &str, run_ids: Vec<String>) -> ManifestEntry {
        ManifestEntry {
            path,
            bytes: 0,
            sha256: String::new(),
            kind: Some(kind.to_string()),
            original_name: None,
            source_url: None,
            run_ids,
        }
    }
}

/// Where an entry's bytes come from.
#[derive(Debug)]
pub(crate) enum ItemSource {
    Bytes(Vec<u8>),
    /// A downloaded temporary file (removed once copied) and its SHA-256, computed while it
    /// was downloaded.
    Downloaded {
        path: PathBuf,
        sha256: String,
    },
}

/// An entry to write.
#[derive(Debug)]
pub(crate) struct Item {
    pub source: ItemSource,
    /// Everything but `bytes` and `sha256`, which the writer fills in.
    pub entry: ManifestEntry,
}

impl Item {
    /// A JSON document, pretty-printed.
    pub(crate) fn json(path: String, value: &Value, kind: &str, run_ids: Vec<String>) -> Item {
        Item {
            source: ItemSource::Bytes(serde_json::to_vec_pretty(value).unwrap_or_default()),
            entry: ManifestEntry::new(path, kind, run_ids),
        }
    }
}
