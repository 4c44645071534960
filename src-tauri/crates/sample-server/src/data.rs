//! The seeded sample data: one organization shared by several clients, a personal account,
//! apps, test runs with reports, Test GDPR export records linked as the contract README
//! describes, and the files those records point at.
//!
//! Everything is derived from a fixed seed, so every start serves the same ids and bytes.

use std::collections::BTreeMap;

use crate::content::ContentKind;

/// The token the sample server accepts. It is printed when the server starts.
pub const SAMPLE_TOKEN: &str = "sample-token-2f8e4c1a9b7d4e06";

/// How much data to make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Profile {
    /// Three apps, two organizations' worth of clients, 37 runs, files of a few kB to a few MB.
    Sample,
    /// One app with `runs` runs of one client each with a `file_bytes` app binary, for
    /// benchmarks ("many small": 50 runs of 2 MB; "large": 20 runs of 100 MB).
    Bench { runs: usize, file_bytes: u64 },
}

/// A person or organization that owns apps.
#[derive(Debug, Clone)]
pub struct OwnerData {
    pub id: String,
    pub name: String,
    pub display_name: String,
    pub kind: &'static str,
    pub email: String,
}

/// An app and everything under it.
#[derive(Debug, Clone)]
pub struct AppData {
    pub id: String,
    pub name: String,
    pub display_name: String,
    pub os: &'static str,
    pub platform: &'static str,
    pub owner: OwnerData,
    pub runs: Vec<RunData>,
    pub hash_files: Vec<HashFileData>,
    /// Key of the file behind `TestGDPRApp.hash_files_url`.
    pub hash_files_index_key: String,
}

/// A client of the organization: whose data a test series is.
#[derive(Debug, Clone)]
pub struct ClientData {
    pub name: String,
    pub series: String,
}

/// One test run, its report and its export records.
#[derive(Debug, Clone)]
pub struct RunData {
    pub id: String,
    /// Equal to `id` for some runs, different for others, as the contract allows.
    pub app_upload_id: String,
    pub client: String,
    pub series: String,
    pub date: String,
    pub date_finished: String,
    pub app_version: String,
    pub platform: &'static str,
    pub test_type: &'static str,
    pub passed: u32,
    pub failed: u32,
    pub skipped: u32,
    pub devices: u32,
    pub locale: String,
    pub app_hash_file_id: String,
    pub dsym_hash_file_id: Option<String>,
    pub icon_key: String,
    pub file_set: Vec<FileSetEntry>,
    /// Report artifacts: `(artifact name, file key)`.
    pub artifacts: Vec<(String, String)>,
    /// Device logs: `(device snapshot id, device log key, test log key)`.
    pub device_logs: Vec<(String, String, String)>,
    pub features: Vec<(String, Vec<String>)>,
}

/// A file of a run's test file set.
#[derive(Debug, Clone)]
pub struct FileSetEntry {
    pub path: String,
    pub hash_file_id: String,
}

/// An uploaded file known by its hash-file id (app binaries, symbol files, test files).
#[derive(Debug, Clone)]
pub struct HashFileData {
    pub id: String,
    pub filename: String,
    pub key: String,
}

/// A file the storage origin serves.
#[derive(Debug, Clone)]
pub struct FileData {
    pub key: String,
    pub name: String,
    pub size: u64,
    pub kind: ContentKind,
    pub content_type: &'static str,
}

/// A client whose export records carry no usable link to any run (blank, whitespace, `null`,
/// numbers), with files behind them. Served only with the `blank_links` switch; nothing of
/// theirs may ever reach an archive of selected runs. Every name of theirs contains
/// [`PhantomClient::MARKER`].
#[derive(Debug, Clone)]
pub struct PhantomClient {
    pub name: String,
    pub binary_key: String,
    pub symbols_key: String,
    pub icon_key: String,
    pub test_file_key: String,
}

impl PhantomClient {
    /// Text that appears in everything of the phantom client's (names, series, paths).
    pub const MARKER: &'static str = "wingtip";
}

/// All the sample data.
#[derive(Debug, Clone)]
pub struct Dataset {
    pub user: OwnerData,
    pub orgs: Vec<OwnerData>,
    pub apps: Vec<AppData>,
    pub clients: Vec<ClientData>,
    pub files: BTreeMap<String, FileData>,
    pub feature_flags: Vec<String>,
    pub phantom: PhantomClient,
}

impl Dataset {
    /// Finds an app by `owner/app` names.
    pub fn app(&self, owner: &str, name: &str) -> Option<&AppData> {
        self.apps
            .iter()
            .find(|a| a.owner.name == owner && a.name == name)
    }
}

impl AppData {
    /// Finds a run by id.
    pub fn run(&self, id: &str) -> Option<&RunData> {
        self.runs.iter().find(|r| r.id == id)
    }
}
