//! Finishing the archive: README.html, then manifest.json, then the rename into place.

use std::collections::BTreeMap;

use act_api::{CallRecord, Client};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::archive::ArchiveWriter;
use crate::collect::NotFollowed;
use crate::error::ExportError;
use crate::hashing::sha256_bytes;
use crate::ledger::Ledger;
use crate::model::{Item, ItemSource, ManifestEntry};
use crate::password::HOW_TO_OPEN;
use crate::progress::{Phase, Tracker};
use crate::readme::{self, ReadmeContext, RunRow};
use crate::request::{ExportRequest, ExportSummary, JournalHead, Scope, MANIFEST_FORMAT};

/// What the export found, for the README and the manifest.
pub(crate) struct Collected {
    pub app_name: String,
    pub runs: Vec<RunRow>,
    pub ledger: Ledger,
    pub not_followed: Vec<NotFollowed>,
    /// Downloaded files archived.
    pub files: usize,
    /// Files the service no longer had.
    pub missing_files: usize,
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
    app: BTreeMap<&'static str, &'a str>,
    subject: Option<&'a str>,
    scope: &'a Scope,
    runs: &'a [RunRow],
    options: BTreeMap<&'static str, Value>,
    calls: Vec<CallRecord>,
    reconciliation: &'a Ledger,
    links_not_followed: &'a [NotFollowed],
    entries: &'a [ManifestEntry],
    #[serde(skip_serializing_if = "Option::is_none")]
    journal: Option<&'a JournalHead>,
}

/// The parts of a manifest `verify` reads (any format version).
#[derive(Debug, Deserialize)]
pub(crate) struct ManifestView {
    #[serde(default)]
    pub format: String,
    pub entries: Vec<ManifestEntry>,
    /// Absent in format 1.
    #[serde(default)]
    pub reconciliation: Option<Ledger>,
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
    let app_slug = request.app.to_string();
    let whole_app = matches!(request.scope, Scope::WholeApp);
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
    let html = readme::render(&ReadmeContext {
        app_slug: &app_slug,
        app_name: &collected.app_name,
        subject: request.options.subject.as_deref(),
        whole_app,
        created,
        tool_version: env!("CARGO_PKG_VERSION"),
        runs: &collected.runs,
        entries: &writer.entries,
        ledger: &collected.ledger,
        not_followed: &collected.not_followed,
        letter: request.options.letter.as_ref(),
        files: collected.files,
    });
    // Written without a checkpoint after them: a resumed run writes them (and the manifest) anew.
    if request.options.password.is_some() {
        writer.add_last(Item {
            source: ItemSource::Bytes(crate::password::how_to_open().into_bytes()),
            entry: ManifestEntry::new(HOW_TO_OPEN.into(), "how_to_open", Vec::new()),
        })?;
    }
    writer.add_last(Item {
        source: ItemSource::Bytes(html.into_bytes()),
        entry: ManifestEntry::new("README.html".into(), "readme", Vec::new()),
    })?;
    let manifest = Manifest {
        format: MANIFEST_FORMAT,
        tool: BTreeMap::from([
            ("name", "ACT Export"),
            ("version", env!("CARGO_PKG_VERSION")),
        ]),
        created_at: &created_at,
        api_base_url: request.base_url.to_string(),
        app: BTreeMap::from([
            ("owner", request.app.owner.as_str()),
            ("name", request.app.app.as_str()),
            ("display_name", collected.app_name.as_str()),
        ]),
        subject: request.options.subject.as_deref(),
        scope: &request.scope,
        runs: &collected.runs,
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
                    Some(_) => {
                        Value::from("AES-256 (WinZip AE-2), every entry but HOW-TO-OPEN.txt")
                    }
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
        reconciliation: &collected.ledger,
        links_not_followed: &collected.not_followed,
        entries: &writer.entries,
        journal: request.options.journal_head.as_ref(),
    };
    let manifest = serde_json::to_vec_pretty(&manifest)
        .map_err(|e| ExportError::io(&request.destination, e.into()))?;
    let manifest_sha256 = sha256_bytes(&manifest);
    let entries = writer.entries.len() + 1;
    let (bytes, sha256) = writer.finish(&manifest)?;
    Ok(ExportSummary {
        protected: request.options.password.is_some(),
        path: request.destination,
        bytes,
        sha256,
        manifest_sha256,
        runs: collected.runs.len(),
        files: collected.files,
        missing_files: collected.missing_files,
        entries,
        excluded_records: collected.ledger.totals.records_excluded,
        resumed_from: None,
    })
}
