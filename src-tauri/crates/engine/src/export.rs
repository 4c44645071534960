//! The export pipeline: list, read, scope, plan, download, write, account, rename.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;
use std::sync::Arc;

use act_api::models::TestRun;
use act_api::{AppRef, Client, ClientConfig, ErrorKind, Raw};
use serde_json::Value;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use crate::archive::ArchiveWriter;
use crate::collect;
use crate::download::{send, Concurrency, Downloads};
use crate::error::ExportError;
use crate::ledger::{Ledger, Outcome, RunAccount};
use crate::links::LinkId;
use crate::manifest::{self, Collected};
use crate::model::Item;
use crate::plan::{self, PlanInput, RunInput};
use crate::progress::{Phase, ProgressSink, Tracker};
use crate::readme::RunRow;
use crate::refresh::Refresher;
use crate::request::{ExportRequest, ExportSummary, Scope};

/// Runs an export. Progress goes to `progress`; `cancel` stops it within a second, and then,
/// as on any failure, nothing is left at the destination.
pub async fn export(
    request: ExportRequest,
    progress: ProgressSink,
    cancel: CancellationToken,
) -> Result<ExportSummary, ExportError> {
    let abort = cancel.child_token();
    let created = time::OffsetDateTime::now_utc();
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
        answer_timeout: request.options.answer_timeout,
        rate_limit: request.options.rate_limit,
        ..ClientConfig::default()
    };
    let events = tracker.clone();
    let mut client = Client::new(config, request.token.clone())
        .map_err(|e| ExportError::api(Phase::ListingRuns, e))?
        .with_cancel(abort.clone())
        .with_events(move |e| events.retry(e));
    if let Some(pacer) = &request.options.pacer {
        client = client.with_pacer(pacer.clone());
    }
    let (sender, receiver) = mpsc::channel::<Item>(request.options.parallelism.max(1) * 2);
    let writer_abort = abort.clone();
    let writing =
        tokio::task::spawn_blocking(move || write_entries(writer, receiver, writer_abort));
    let outcome = produce(&request, &client, &tracker, sender, downloads.path()).await;
    // On failure, stop the writer first so that its temporary file is gone when we return.
    if outcome.is_err() {
        abort.cancel();
    }
    let written = writing
        .await
        .map_err(|e| ExportError::io(&request.destination, std::io::Error::other(e)));
    let (collected, writer) = match (outcome, written) {
        // A writer that failed on its own (a full disk, a write error) stopped the export: its
        // error is the cause, whatever the downloads said after it hung up.
        (_, Ok(Err(error))) if !matches!(error, ExportError::Cancelled) => return Err(error),
        (Err(error), _) => return Err(error),
        (Ok(_), Err(error)) | (Ok(_), Ok(Err(error))) => return Err(error),
        (Ok(collected), Ok(Ok(writer))) => (collected, writer),
    };
    drop(downloads);
    if cancel.is_cancelled() {
        return Err(ExportError::Cancelled);
    }
    tracker.phase(Phase::Writing, 2);
    manifest::finish(request, client, writer, collected, created, &tracker).await
}

/// Writes what arrives; on its own failure it stops the whole export at once (the downloads
/// too) and returns the failure.
fn write_entries(
    mut writer: ArchiveWriter,
    mut receiver: mpsc::Receiver<Item>,
    abort: CancellationToken,
) -> Result<ArchiveWriter, ExportError> {
    while let Some(item) = receiver.blocking_recv() {
        if let Err(error) = writer.add(item) {
            abort.cancel();
            return Err(error);
        }
    }
    Ok(writer)
}

/// The runs to read: the selection's (as the service writes their ids), or every run with a
/// usable id. Also the run-list entries without a usable id (they cannot be read one by one).
fn selected_ids(
    scope: &Scope,
    all_runs: &[Raw<TestRun>],
    app: &AppRef,
) -> Result<(Vec<String>, Vec<Value>), ExportError> {
    let listed: BTreeMap<LinkId, &str> = all_runs
        .iter()
        .filter_map(|r| {
            let id = LinkId::from_value(r.raw.get("id"))?;
            let text = r.data.id.as_deref()?.trim();
            Some((id, text))
        })
        .collect();
    let without_id: Vec<Value> = all_runs
        .iter()
        .filter(|r| LinkId::from_value(r.raw.get("id")).is_none())
        .map(|r| r.raw.clone())
        .collect();
    match scope {
        Scope::WholeApp => Ok((listed.values().map(|s| s.to_string()).collect(), without_id)),
        Scope::Runs { run_ids } => {
            let mut seen = BTreeSet::new();
            let mut ids = Vec::new();
            for asked in run_ids {
                let Some(id) = LinkId::from_text(asked) else {
                    continue;
                };
                if !seen.insert(id.clone()) {
                    continue;
                }
                match listed.get(&id) {
                    Some(text) => ids.push(text.to_string()),
                    None => {
                        return Err(ExportError::UnknownRun {
                            run_id: id.shown().to_string(),
                            app: app.to_string(),
                        })
                    }
                }
            }
            if ids.is_empty() {
                return Err(ExportError::NothingSelected);
            }
            Ok((ids, Vec::new()))
        }
    }
}

async fn produce(
    request: &ExportRequest,
    client: &Client,
    tracker: &Arc<Tracker>,
    sender: mpsc::Sender<Item>,
    downloads: &Path,
) -> Result<Collected, ExportError> {
    let app = &request.app;
    let parallel = request.options.api_parallelism();
    tracker.phase(Phase::ListingRuns, 1);
    let all_runs = client
        .test_runs(app)
        .await
        .map_err(|e| ExportError::api(Phase::ListingRuns, e))?;
    let app_name = match client.apps().await {
        Ok(apps) => apps
            .into_iter()
            .find(|a| a.data.owner.name == app.owner && a.data.name == app.app)
            .and_then(|a| a.data.display_name)
            .unwrap_or_else(|| app.app.clone()),
        Err(error) if error.kind == ErrorKind::Cancelled => return Err(ExportError::Cancelled),
        Err(_) => app.app.clone(),
    };
    let runs_listed = all_runs.len() as u64;
    let (ids, without_id) = selected_ids(&request.scope, &all_runs, app)?;
    drop(all_runs); // the unfiltered list never reaches the archive

    tracker.phase(Phase::ReadingRuns, ids.len() as u64);
    let bundles = collect::runs(client, app, &ids, parallel, tracker).await?;
    let rows: Vec<RunRow> = ids
        .iter()
        .zip(&bundles)
        .map(|(id, bundle)| RunRow {
            id: id.clone(),
            ..RunRow::from_test_run(&bundle.run.data)
        })
        .collect();
    tracker.phase(Phase::ReadingExportRecords, 5);
    let found = collect::export_records(client, app, parallel, tracker).await?;
    let account = if request.options.include_account_data {
        tracker.phase(Phase::ReadingAccountData, 2);
        collect::account_records(client).await?
    } else {
        BTreeMap::new()
    };

    let plan = plan::plan(PlanInput {
        base_url: request.base_url.clone(),
        whole_app: matches!(request.scope, Scope::WholeApp),
        runs: ids
            .iter()
            .zip(bundles)
            .map(|(id, bundle)| RunInput {
                id: id.clone(),
                run: bundle.run.raw,
                report: bundle.report.raw,
            })
            .collect(),
        listings_without_id: without_id,
        received: found.records,
        include_files: request.options.include_files,
        account: account.keys().copied().collect(),
    });
    for run in &plan.runs {
        let id = &run.input.id;
        let runs = vec![id.clone()];
        send(
            &sender,
            Item::json(
                run.run_entry.clone(),
                &run.input.run,
                "test_run",
                runs.clone(),
            ),
        )
        .await?;
        send(
            &sender,
            Item::json(
                run.report_entry.clone(),
                &run.input.report,
                "test_report",
                runs,
            ),
        )
        .await?;
    }
    for (listing, entry) in &plan.listings {
        send(
            &sender,
            Item::json(entry.clone(), listing, "test_run_listing", Vec::new()),
        )
        .await?;
    }
    for (source, scoped) in &plan.scoped {
        let value = Value::Array(scoped.kept.iter().map(|k| k.record.clone()).collect());
        let entry = plan.record_entries[source].clone();
        send(
            &sender,
            Item::json(entry, &value, "export_records", Vec::new()),
        )
        .await?;
    }
    for (endpoint, records) in account {
        let entry = plan.account_entries[&endpoint].clone();
        send(
            &sender,
            Item::json(entry, &Value::Array(records), "account_records", Vec::new()),
        )
        .await?;
    }

    tracker.phase(Phase::Downloading, plan.files.files.len() as u64);
    let refresher = Refresher::new(client, app, &found.urls);
    let outcomes = Downloads {
        client,
        base_url: &request.base_url,
        refresher: &refresher,
        tracker,
        sender: &sender,
        folder: downloads,
        destination: &request.destination,
        keep_partial: false,
    }
    .all(
        plan.files.files.clone(),
        HashMap::new(),
        HashMap::new(),
        Concurrency::new(request.options.parallelism, request.options.steady),
    )
    .await?;
    drop(sender);
    let mut ledger = Ledger::build(&plan.scoped, &plan.record_entries, &plan.files, &outcomes);
    ledger.runs = RunAccount {
        listed: runs_listed,
        exported: plan.runs.len() as u64,
        archived_without_id: plan.listings.len() as u64,
    };
    let merges = plan
        .files
        .files
        .iter()
        .zip(&outcomes)
        .filter_map(|(file, outcome)| match outcome {
            Outcome::SameContent(path) => Some((path.clone(), file.run_ids.clone())),
            _ => None,
        })
        .collect();
    let count = |f: fn(&Outcome) -> bool| outcomes.iter().filter(|o| f(o)).count();
    Ok(Collected {
        app_name,
        runs: rows,
        ledger,
        not_followed: found.not_followed,
        files: count(|o| matches!(o, Outcome::Archived)),
        missing_files: count(|o| matches!(o, Outcome::Missing(_))),
        merges,
    })
}
