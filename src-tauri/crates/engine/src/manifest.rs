//! Finishing the archive: README.html, then manifest.json, then the rename into place.

use std::collections::BTreeMap;
use std::path::Path;

use act_api::{CallRecord, Client};
use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::archive::{ArchiveWriter, Item, ManifestEntry, Source};
use crate::error::ExportError;
use crate::export::{entry, ExportRequest, ExportSummary, Plan, Scope, MANIFEST_FORMAT};
use crate::progress::{Phase, Tracker};
use crate::readme::{self, MissingFile, ReadmeContext, RunRow};

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
    excluded_records: &'a BTreeMap<String, u64>,
    links_not_followed: &'a [String],
    missing_at_source: &'a [MissingFile],
    entries: &'a [ManifestEntry],
}

pub(crate) async fn finish(
    request: ExportRequest,
    client: Client,
    writer: ArchiveWriter,
    plan: Plan,
    created_at: String,
    tracker: &Tracker,
) -> Result<ExportSummary, ExportError> {
    let destination = request.destination.clone();
    let summary = tokio::task::spawn_blocking(move || {
        finish_blocking(request, &client, writer, plan, &created_at)
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
    plan: Plan,
    created_at: &str,
) -> Result<ExportSummary, ExportError> {
    let app_slug = request.app.to_string();
    let whole_app = matches!(request.scope, Scope::WholeApp);
    // Downloads finish in any order; the listings are sorted so that they read (and compare) well.
    writer.entries.sort_by(|a, b| a.path.cmp(&b.path));
    let html = readme::render(&ReadmeContext {
        app_slug: &app_slug,
        app_name: &plan.app_name,
        subject: request.options.subject.as_deref(),
        whole_app,
        created_at,
        tool_version: env!("CARGO_PKG_VERSION"),
        runs: &plan.runs,
        entries: &writer.entries,
        missing: &plan.missing,
    });
    writer.add(Item {
        source: Source::Bytes(html.into_bytes()),
        entry: entry("README.html".into(), "readme", Vec::new()),
    })?;
    let manifest = Manifest {
        format: MANIFEST_FORMAT,
        tool: BTreeMap::from([
            ("name", "ACT Export"),
            ("version", env!("CARGO_PKG_VERSION")),
        ]),
        created_at,
        api_base_url: request.base_url.to_string(),
        app: BTreeMap::from([
            ("owner", request.app.owner.as_str()),
            ("name", request.app.app.as_str()),
            ("display_name", plan.app_name.as_str()),
        ]),
        subject: request.options.subject.as_deref(),
        scope: &request.scope,
        runs: &plan.runs,
        options: BTreeMap::from([
            ("parallelism", Value::from(request.options.parallelism)),
            ("include_files", Value::from(request.options.include_files)),
            (
                "include_account_data",
                Value::from(request.options.include_account_data),
            ),
        ]),
        calls: client.calls(),
        excluded_records: &plan.excluded,
        links_not_followed: &plan.not_followed,
        missing_at_source: &plan.missing,
        entries: &writer.entries,
    };
    let manifest = serde_json::to_vec_pretty(&manifest)
        .map_err(|e| ExportError::io(&request.destination, e.into()))?;
    let entries = writer.entries.len() + 1;
    let bytes = writer.finish(&manifest)?;
    let sha256 =
        sha256_file(&request.destination).map_err(|e| ExportError::io(&request.destination, e))?;
    Ok(ExportSummary {
        path: request.destination,
        bytes,
        sha256,
        runs: plan.runs.len(),
        files: plan.files - plan.missing.len(),
        missing_files: plan.missing.len(),
        entries,
        excluded_records: plan.excluded.values().sum(),
    })
}

/// SHA-256 of a file, lowercase hex, read in pieces.
pub(crate) fn sha256_file(path: &Path) -> std::io::Result<String> {
    use std::io::Read;
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 256 * 1024];
    loop {
        let n = file.read(&mut buffer)?;
        if n == 0 {
            return Ok(hex::encode(hasher.finalize()));
        }
        hasher.update(&buffer[..n]);
    }
}
