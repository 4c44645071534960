//! Finishing the archive: README.html, then manifest.json, then the rename into place.

use std::collections::BTreeMap;

use act_api::{CallRecord, Client};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::archive::ArchiveWriter;
use crate::collect::NotFollowed;
use crate::error::ExportError;
use crate::hashing::sha256_bytes;
use crate::lang::Lang;
use crate::ledger::Ledger;
use crate::model::{Item, ItemSource, ManifestEntry};
use crate::progress::{Phase, Tracker};
use crate::readme::{self, ReadmeContext, RunRow};
use crate::request::{
    AppRuns, AppScope, ExportRequest, ExportSummary, JournalHead, Scope, MANIFEST_FORMAT,
};
use crate::toplevel::TopFile;

/// What the export found in one app.
pub(crate) struct AppCollected {
    pub scope: AppScope,
    pub app_name: String,
    /// Where its entries are: `""` (the only app) or `apps/{owner}/{app}/`.
    pub folder: String,
    pub runs: Vec<RunRow>,
    pub ledger: Ledger,
    pub not_followed: Vec<NotFollowed>,
    /// Downloaded files archived.
    pub files: usize,
    /// Files the service no longer had.
    pub missing_files: usize,
}

/// What the export found, for the README and the manifest.
pub(crate) struct Collected {
    /// Each app, in the request's order.
    pub apps: Vec<AppCollected>,
    /// Run ids to add to an archived file whose bytes other links also led to.
    pub merges: Vec<(String, Vec<String>)>,
    /// Calls made by earlier runs of the same export (it was resumed).
    pub calls_before: Vec<CallRecord>,
}

#[derive(Serialize)]
struct Manifest<'a> {
    format: &'static str,
    tool: BTreeMap<&'static str, &'static str>,
    created_at: &'a str,
    api_base_url: String,
    subject: Option<&'a str>,
    /// The language of the answer (ISO 639-1): the letter's, README.html's, HOW-TO-OPEN.txt's,
    /// and those two files' names.
    language: Lang,
    apps: Vec<AppSection<'a>>,
    options: BTreeMap<&'static str, Value>,
    calls: Vec<CallRecord>,
    entries: &'a [ManifestEntry],
    #[serde(skip_serializing_if = "Option::is_none")]
    journal: Option<&'a JournalHead>,
}

/// One app in the manifest: which, what of it, where its entries are, and its account.
#[derive(Serialize)]
struct AppSection<'a> {
    owner: &'a str,
    name: &'a str,
    display_name: &'a str,
    /// The folder its entries are in (`""`: the archive's top, the only app).
    folder: &'a str,
    scope: &'a Scope,
    runs: &'a [RunRow],
    reconciliation: &'a Ledger,
    links_not_followed: &'a [NotFollowed],
}

/// An app's account as `verify` reads it (format 3).
#[derive(Debug, Deserialize)]
pub(crate) struct AppView {
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub folder: String,
    pub reconciliation: Ledger,
}

/// The parts of a manifest `verify` reads (any format version).
#[derive(Debug, Deserialize)]
pub(crate) struct ManifestView {
    #[serde(default)]
    pub format: String,
    pub entries: Vec<ManifestEntry>,
    /// Format 2 (one app): its account. Absent in format 1.
    #[serde(default)]
    pub reconciliation: Option<Ledger>,
    /// Format 3: each app's account.
    #[serde(default)]
    pub apps: Vec<AppView>,
    /// The request journal's head when the archive was made, if a request was journaled.
    #[serde(default)]
    pub journal: Option<JournalHead>,
}

pub(crate) async fn finish(
    request: ExportRequest,
    client: Client,
    writer: ArchiveWriter,
    collected: Collected,
    created: time::OffsetDateTime,
    tracker: &Tracker,
) -> Result<ExportSummary, ExportError> {
    let destination = request.destination.clone();
    let summary = tokio::task::spawn_blocking(move || {
        finish_blocking(request, &client, writer, collected, created)
    })
    .await
    .map_err(|e| ExportError::io(&destination, std::io::Error::other(e)))??;
    tracker.phase(Phase::Done, 0);
    Ok(summary)
}

/// Writes README.html and manifest.json, completes the archive and hashes it.
fn finish_blocking(
    request: ExportRequest,
    client: &Client,
    mut writer: ArchiveWriter,
    collected: Collected,
    created: time::OffsetDateTime,
) -> Result<ExportSummary, ExportError> {
    let created_at = created
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    for (path, run_ids) in &collected.merges {
        if let Some(entry) = writer.entries.iter_mut().find(|e| &e.path == path) {
            for run in run_ids {
                if !entry.run_ids.contains(run) {
                    entry.run_ids.push(run.clone());
                }
            }
        }
    }
    // Downloads finish in any order; the listings are sorted so that they read (and compare) well.
    writer.entries.sort_by(|a, b| a.path.cmp(&b.path));
    // Named in the language of the answer; found by their kind.
    let lang = request.options.lang;
    let top = |file: TopFile| ManifestEntry::new(file.name(lang), file.kind(), Vec::new());
    // Written without a checkpoint after them: a resumed run writes them (and the manifest) anew.
    // The note on how to open a protected archive first, so that the README counts it and
    // lists its checksum under its name like every other entry's.
    if request.options.password.is_some() {
        writer.add_last(Item {
            source: ItemSource::Bytes(crate::password::how_to_open(lang).into_bytes()),
            entry: top(TopFile::HowToOpen),
        })?;
    }
    let slugs: Vec<String> = collected
        .apps
        .iter()
        .map(|a| a.scope.app.to_string())
        .collect();
    let readme = ReadmeContext {
        apps: collected
            .apps
            .iter()
            .zip(&slugs)
            .map(|(a, slug)| readme::ReadmeApp {
                slug,
                name: &a.app_name,
                folder: &a.folder,
                whole_app: matches!(a.scope.scope, Scope::WholeApp),
                runs: &a.runs,
                ledger: &a.ledger,
                not_followed: &a.not_followed,
                files: a.files,
            })
            .collect(),
        subject: request.options.subject.as_deref(),
        created,
        tool_version: env!("CARGO_PKG_VERSION"),
        entries: &writer.entries,
        letter: request.options.letter.as_ref(),
        lang: request.options.lang,
    };
    let html = readme::render(&readme);
    let papers = readme::papers(&readme);
    writer.add_last(Item {
        source: ItemSource::Bytes(html.into_bytes()),
        entry: top(TopFile::Readme),
    })?;
    let manifest = Manifest {
        format: MANIFEST_FORMAT,
        tool: BTreeMap::from([
            ("name", "ACT Export"),
            ("version", env!("CARGO_PKG_VERSION")),
        ]),
        created_at: &created_at,
        api_base_url: request.base_url.to_string(),
        subject: request.options.subject.as_deref(),
        language: request.options.lang,
        apps: collected
            .apps
            .iter()
            .map(|a| AppSection {
                owner: &a.scope.app.owner,
                name: &a.scope.app.app,
                display_name: &a.app_name,
                folder: &a.folder,
                scope: &a.scope.scope,
                runs: &a.runs,
                reconciliation: &a.ledger,
                links_not_followed: &a.not_followed,
            })
            .collect(),
        options: BTreeMap::from([
            ("parallelism", Value::from(request.options.parallelism)),
            ("include_files", Value::from(request.options.include_files)),
            (
                "include_account_data",
                Value::from(request.options.include_account_data),
            ),
            (
                "encryption",
                match request.options.password {
                    Some(_) => Value::from(format!(
                        "AES-256 (WinZip AE-2: no CRC-32 of the plain text) of the contents of \
                         every entry but {}; the entries' names, sizes and dates are not \
                         encrypted",
                        TopFile::HowToOpen.name(lang)
                    )),
                    None => Value::Null,
                },
            ),
        ]),
        calls: collected
            .calls_before
            .iter()
            .cloned()
            .chain(client.calls())
            .collect(),
        entries: &writer.entries,
        journal: request.options.journal_head.as_ref(),
    };
    let manifest = serde_json::to_vec_pretty(&manifest)
        .map_err(|e| ExportError::io(&request.destination, e.into()))?;
    let manifest_sha256 = sha256_bytes(&manifest);
    let entries = writer.entries.len() + 1;
    let (bytes, sha256) = writer.finish(&manifest)?;
    Ok(ExportSummary {
        papers,
        protected: request.options.password.is_some(),
        readme: TopFile::Readme.name(lang),
        path: request.destination,
        bytes,
        sha256,
        manifest_sha256,
        runs: collected.apps.iter().map(|a| a.runs.len()).sum(),
        apps: collected.apps.len(),
        each_app: collected
            .apps
            .iter()
            .map(|a| AppRuns {
                owner: a.scope.app.owner.clone(),
                app: a.scope.app.app.clone(),
                display_name: a.app_name.clone(),
                runs: a.runs.len(),
            })
            .collect(),
        files: collected.apps.iter().map(|a| a.files).sum(),
        missing_files: collected.apps.iter().map(|a| a.missing_files).sum(),
        entries,
        excluded_records: collected
            .apps
            .iter()
            .map(|a| a.ledger.totals.records_excluded)
            .sum(),
        resumed_from: None,
        begun_anew: None,
    })
}
