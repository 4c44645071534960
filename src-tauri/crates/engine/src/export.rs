//! The export pipeline: list, read, scope, download, write, rename.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use act_api::{ApiToken, AppRef, BaseUrl, Client, ClientConfig, ErrorKind, Raw, RetryPolicy};
use serde::Serialize;
use serde_json::Value;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use crate::archive::{ArchiveWriter, Item, ManifestEntry, Source};
use crate::collect;
use crate::error::{ExportError, Step};
use crate::files::Planner;
use crate::names::EntryNames;
use crate::progress::{Phase, ProgressSink, Tracker};
use crate::readme::{MissingFile, RunRow};
use crate::scope::{self, Selection};

/// The manifest's format identifier.
pub const MANIFEST_FORMAT: &str = "act-export-manifest/1";

/// What to export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Scope {
    /// These test runs (a client's share of a shared app).
    Runs { run_ids: Vec<String> },
    /// Every test run and record of the app.
    WholeApp,
}

/// How to export.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    /// Requests and downloads in flight at once.
    pub parallelism: usize,
    /// Download the files the records point at (on by default).
    pub include_files: bool,
    /// Also export the token owner's own account-level data (off by default: it is not a
    /// client's data).
    pub include_account_data: bool,
    /// Whose data this is, for the README ("Contoso Ltd").
    pub subject: Option<String>,
    pub retry: RetryPolicy,
    /// Longest wait for more bytes of an answer.
    pub read_timeout: std::time::Duration,
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions {
            parallelism: 8,
            include_files: true,
            include_account_data: false,
            subject: None,
            retry: RetryPolicy::default(),
            read_timeout: std::time::Duration::from_secs(60),
        }
    }
}

/// One export.
#[derive(Debug)]
pub struct ExportRequest {
    pub base_url: BaseUrl,
    pub token: ApiToken,
    pub app: AppRef,
    pub scope: Scope,
    /// The `.zip` to write. It appears only when complete.
    pub destination: PathBuf,
    pub options: ExportOptions,
}

/// What a finished export made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportSummary {
    pub path: PathBuf,
    /// The archive's size.
    pub bytes: u64,
    /// The archive's SHA-256, lowercase hex.
    pub sha256: String,
    pub runs: usize,
    /// Downloaded files.
    pub files: usize,
    pub missing_files: usize,
    pub entries: usize,
    pub excluded_records: u64,
}

/// Runs an export. Progress goes to `progress`; `cancel` stops it within a second, and then,
/// as on any failure, nothing is left at the destination.
pub async fn export(
    request: ExportRequest,
    progress: ProgressSink,
    cancel: CancellationToken,
) -> Result<ExportSummary, ExportError> {
    let abort = cancel.child_token();
    let created = time::OffsetDateTime::now_utc();
    let created_at = created
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    let writer = ArchiveWriter::create(&request.destination, created, abort.clone())?;
    // Downloads land here until the writer has copied them; it must outlive the writer.
    let downloads = tempfile::Builder::new()
        .prefix(".act-export-downloads.")
        .tempdir_in(writer.folder())
        .map_err(|e| ExportError::io(&request.destination, e))?;
    let tracker = Tracker::new(progress);
    let config = ClientConfig {
        base_url: request.base_url.clone(),
        retry: request.options.retry.clone(),
        read_timeout: request.options.read_timeout,
        ..ClientConfig::default()
    };
    let events = tracker.clone();
    let client = Client::new(config, request.token.clone())
        .map_err(|e| ExportError::api(Step::ListRuns, e))?
        .with_cancel(abort.clone())
        .with_events(move |e| events.retry(e));
    let (sender, receiver) = mpsc::channel::<Item>(request.options.parallelism.max(1) * 2);
    let writing = tokio::task::spawn_blocking(move || write_entries(writer, receiver));
    let outcome = produce(&request, &client, &tracker, sender, downloads.path()).await;
    // On failure, stop the writer first so that its temporary file is gone when we return.
    if outcome.is_err() {
        abort.cancel();
    }
    let written = writing
        .await
        .map_err(|e| ExportError::io(&request.destination, std::io::Error::other(e)));
    let (plan, writer) = match (outcome, written) {
        (Err(error), _) => return Err(error),
        (Ok(_), Err(error)) | (Ok(_), Ok(Err(error))) => return Err(error),
        (Ok(plan), Ok(Ok(writer))) => (plan, writer),
    };
    drop(downloads);
    if cancel.is_cancelled() {
        return Err(ExportError::Cancelled);
    }
    tracker.phase(Phase::Writing, 2);
    crate::manifest::finish(request, client, writer, plan, created_at, &tracker).await
}

/// What `produce` found, for the README and the manifest.
pub(crate) struct Plan {
    pub(crate) app_name: String,
    pub(crate) runs: Vec<RunRow>,
    pub(crate) excluded: BTreeMap<String, u64>,
    pub(crate) not_followed: Vec<String>,
    pub(crate) missing: Vec<MissingFile>,
    pub(crate) files: usize,
}

fn write_entries(
    mut writer: ArchiveWriter,
    mut receiver: mpsc::Receiver<Item>,
) -> Result<ArchiveWriter, ExportError> {
    while let Some(item) = receiver.blocking_recv() {
        writer.add(item)?;
    }
    Ok(writer)
}

pub(crate) fn entry(path: String, kind: &str, run_ids: Vec<String>) -> ManifestEntry {
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

fn json_item(path: String, value: &Value, kind: &str, run_ids: Vec<String>) -> Item {
    Item {
        source: Source::Bytes(serde_json::to_vec_pretty(value).unwrap_or_default()),
        entry: entry(path, kind, run_ids),
    }
}

pub(crate) async fn send(sender: &mpsc::Sender<Item>, item: Item) -> Result<(), ExportError> {
    // The writer only hangs up when it failed; its error is the one reported.
    sender.send(item).await.map_err(|_| ExportError::Cancelled)
}

async fn produce(
    request: &ExportRequest,
    client: &Client,
    tracker: &Arc<Tracker>,
    sender: mpsc::Sender<Item>,
    downloads: &Path,
) -> Result<Plan, ExportError> {
    let app = &request.app;
    let parallel = request.options.parallelism.max(1);
    tracker.phase(Phase::ListingRuns, 1);
    let all_runs = client
        .test_runs(app)
        .await
        .map_err(|e| ExportError::api(Step::ListRuns, e))?;
    let app_name = match client.apps().await {
        Ok(apps) => apps
            .into_iter()
            .find(|a| a.data.owner.name == app.owner && a.data.name == app.app)
            .and_then(|a| a.data.display_name)
            .unwrap_or_else(|| app.app.clone()),
        Err(error) if error.kind == ErrorKind::Cancelled => return Err(ExportError::Cancelled),
        Err(_) => app.app.clone(),
    };
    let ids = selected_ids(&request.scope, &all_runs, app)?;
    drop(all_runs); // the unfiltered list never reaches the archive

    tracker.phase(Phase::ReadingRuns, ids.len() as u64);
    let bundles = collect::runs(client, app, &ids, parallel, tracker).await?;
    let mut selection = Selection::default();
    for bundle in &bundles {
        selection.run_ids.extend(bundle.run.data.id.iter().cloned());
        selection
            .run_ids
            .extend(bundle.report.data.app_upload_id.iter().cloned());
    }
    selection.run_ids.extend(ids.iter().cloned());

    tracker.phase(Phase::ReadingExportRecords, 5);
    let found = collect::export_records(client, app, parallel, tracker).await?;
    let whole_app = matches!(request.scope, Scope::WholeApp);
    let scoped = scope::apply(found.records, (!whole_app).then_some(&selection));

    let mut names = EntryNames::default();
    names.reserve("README.html");
    names.reserve("manifest.json");
    let mut runs = Vec::new();
    for bundle in &bundles {
        let id = bundle.run.data.id.clone().unwrap_or_default();
        let run_path = names.claim("data/test-runs", &format!("{id}.json"));
        send(
            &sender,
            json_item(run_path, &bundle.run.raw, "test_run", vec![id.clone()]),
        )
        .await?;
        let report_path = names.claim("data/test-reports", &format!("{id}.json"));
        send(
            &sender,
            json_item(
                report_path,
                &bundle.report.raw,
                "test_report",
                vec![id.clone()],
            ),
        )
        .await?;
        runs.push(RunRow::from_test_run(&bundle.run.data));
    }
    for (endpoint, records) in &scoped.kept {
        let value = Value::Array(records.iter().map(|r| r.raw.clone()).collect());
        let path = names.claim("data/export", &format!("{endpoint}.json"));
        send(
            &sender,
            json_item(path, &value, "export_records", Vec::new()),
        )
        .await?;
    }
    if request.options.include_account_data {
        tracker.phase(Phase::ReadingExportRecords, 2);
        for (endpoint, records) in collect::account_records(client).await? {
            let value = Value::Array(records.into_iter().map(|r| r.raw).collect());
            let path = names.claim("data/account", &format!("{endpoint}.json"));
            send(
                &sender,
                json_item(path, &value, "account_records", Vec::new()),
            )
            .await?;
        }
    }

    let mut planner = Planner::new(client, &mut names);
    if request.options.include_files {
        planner.add_from_records(&scoped.kept);
        bundles.iter().for_each(|b| planner.add_from_report(b));
    }
    let planned = std::mem::take(&mut planner.files);
    let files = planned.len();
    tracker.phase(Phase::Downloading, files as u64);
    let missing = crate::download::download_all(
        client,
        planned,
        parallel,
        tracker,
        &sender,
        downloads,
        &request.destination,
    )
    .await?;
    drop(sender);
    Ok(Plan {
        app_name,
        runs,
        excluded: scoped.excluded,
        not_followed: found.not_followed,
        missing,
        files,
    })
}

fn selected_ids(
    scope: &Scope,
    all_runs: &[Raw<act_api::models::TestRun>],
    app: &AppRef,
) -> Result<Vec<String>, ExportError> {
    let known: BTreeSet<&str> = all_runs
        .iter()
        .filter_map(|r| r.data.id.as_deref())
        .collect();
    match scope {
        Scope::WholeApp => Ok(all_runs.iter().filter_map(|r| r.data.id.clone()).collect()),
        Scope::Runs { run_ids } => {
            let mut seen = BTreeSet::new();
            let ids: Vec<String> = run_ids
                .iter()
                .map(|id| id.trim().to_string())
                .filter(|id| seen.insert(id.clone()))
                .collect();
            if ids.is_empty() {
                return Err(ExportError::NothingSelected);
            }
            if let Some(unknown) = ids.iter().find(|id| !known.contains(id.as_str())) {
                return Err(ExportError::UnknownRun {
                    run_id: unknown.clone(),
                    app: app.to_string(),
                });
            }
            Ok(ids)
        }
    }
}
