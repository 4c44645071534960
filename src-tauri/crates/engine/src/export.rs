//! The export pipeline: list, read, plan, write what the plan says, download, account,
//! rename. With a staging folder, what an earlier run of the same export did is kept.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;

use act_api::{Client, ClientConfig, ErrorKind};
use serde_json::Value;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use crate::archive::{ArchiveWriter, Restored, ToWriter};
use crate::collect::{self, selected_ids};
use crate::download::{send, Concurrency, Downloads};
use crate::error::ExportError;
use crate::ledger::{is_downloaded_kind, Ledger, Outcome, RunAccount};
use crate::manifest::{self, Collected};
use crate::model::Item;
use crate::plan::{self, PlanInput, RunInput};
use crate::progress::{Phase, ProgressSink, Tracker};
use crate::readme::RunRow;
use crate::refresh::Refresher;
use crate::request::{ExportRequest, ExportSummary, Scope};
use crate::staging::{self, Earlier, Identity, StagingDir, Unfinished};

/// Where an export works: a temporary folder gone at the end, or a staging folder kept until
/// the export succeeds or is cancelled.
enum Work {
    Temporary(tempfile::TempDir),
    Staged {
        dir: PathBuf,
        earlier: Option<Earlier>,
        identity: Box<Identity>,
    },
}

/// Runs an export. Progress goes to `progress`; `cancel` stops it within a second, and then
/// nothing is left at the destination (nor in the staging folder). Any other failure leaves
/// a staging folder to be resumed by running the same export again.
pub async fn export(
    request: ExportRequest,
    progress: ProgressSink,
    cancel: CancellationToken,
) -> Result<ExportSummary, ExportError> {
    let abort = cancel.child_token();
    let created = time::OffsetDateTime::now_utc();
    let staging_dir = request.staging.as_ref().map(|s| s.dir.clone());
    let outcome = prepare_and_run(&request, progress, cancel, abort, created).await;
    if let Some(dir) = staging_dir {
        // Kept for a later run, unless done, cancelled (personal data, no longer wanted) or
        // stopped before it had a plan (nothing to continue), or the source changed (it can
        // never be continued). An unfinished export of something else is left alone.
        let foreign = matches!(outcome, Err(ExportError::UnfinishedDiffers { .. }));
        let worth_keeping = dir.join(staging::PLAN).exists()
            && !matches!(outcome, Err(ExportError::ChangedAtSource { .. }));
        let done = outcome.is_ok() || matches!(outcome, Err(ExportError::Cancelled));
        if !foreign && (done || !worth_keeping) {
            StagingDir { dir }.remove();
        }
    }
    outcome
}

async fn prepare_and_run(
    request: &ExportRequest,
    progress: ProgressSink,
    cancel: CancellationToken,
    abort: CancellationToken,
    created: time::OffsetDateTime,
) -> Result<ExportSummary, ExportError> {
    let (writer, work, restored) = match &request.staging {
        None => {
            let mut writer = ArchiveWriter::create(&request.destination, created, abort.clone())?;
            writer.protect(request.options.password.clone());
            // Downloads land here until the writer has copied them; it outlives the writer.
            let downloads = tempfile::Builder::new()
                .prefix(".act-export-downloads.")
                .tempdir_in(writer.folder())
                .map_err(|e| ExportError::io(&request.destination, e))?;
            (writer, Work::Temporary(downloads), Restored::default())
        }
        Some(staging) => {
            let identity = Identity::of(request, &staging.service);
            let (dir, earlier) = StagingDir::open(staging, &identity)?;
            let checkpoint = earlier.as_ref().and_then(|e| e.checkpoint.clone());
            let path = dir.dir.clone();
            let (mut writer, restored) = ArchiveWriter::staged(
                dir,
                &request.destination,
                created,
                abort.clone(),
                checkpoint,
                request.options.password.as_ref(),
            )?;
            writer.protect(request.options.password.clone());
            let work = Work::Staged {
                dir: path,
                earlier,
                identity: Box::new(identity),
            };
            (writer, work, restored)
        }
    };
    run(
        request, writer, &work, restored, progress, cancel, abort, created,
    )
    .await
}

#[allow(clippy::too_many_arguments)]
async fn run(
    request: &ExportRequest,
    writer: ArchiveWriter,
    work: &Work,
    restored: Restored,
    progress: ProgressSink,
    cancel: CancellationToken,
    abort: CancellationToken,
    created: time::OffsetDateTime,
) -> Result<ExportSummary, ExportError> {
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
    let (sender, receiver) =
        mpsc::channel::<ToWriter>(request.options.parallelism.clamp(1, 64) * 2);
    let writer_abort = abort.clone();
    let mut writer = writer;
    let copied = Arc::clone(&tracker);
    writer.on_copied(Box::new(move |n| {
        copied.update(false, |p| p.bytes_archived += n);
    }));
    let writing =
        tokio::task::spawn_blocking(move || write_entries(writer, receiver, writer_abort));
    let calls_before = restored.calls.clone();
    let outcome = produce(request, &client, &tracker, sender, work, restored, &abort).await;
    // On failure, stop the writer first so that its temporary file is gone when we return.
    if outcome.is_err() {
        abort.cancel();
    }
    let written = writing
        .await
        .map_err(|e| ExportError::io(&request.destination, std::io::Error::other(e)));
    let (mut collected, writer) = match (outcome, written) {
        // A writer that failed on its own (a full disk, a write error) stopped the export: its
        // error is the cause, whatever the downloads said after it hung up.
        (_, Ok(Err(error))) if !matches!(error, ExportError::Cancelled) => return Err(error),
        (Err(error), _) => return Err(error),
        (Ok(_), Err(error)) | (Ok(_), Ok(Err(error))) => return Err(error),
        (Ok(collected), Ok(Ok(writer))) => (collected, writer),
    };
    if cancel.is_cancelled() {
        return Err(ExportError::Cancelled);
    }
    collected.calls_before = calls_before;
    tracker.phase(Phase::Writing, 2);
    let destination = request.destination.clone();
    let request = ExportRequest {
        base_url: request.base_url.clone(),
        token: request.token.clone(),
        app: request.app.clone(),
        scope: request.scope.clone(),
        destination,
        options: request.options.clone(),
        staging: request.staging.clone(),
    };
    let mut summary =
        manifest::finish(request, client, writer, collected, created, &tracker).await?;
    if let Work::Staged {
        earlier: Some(earlier),
        ..
    } = work
    {
        summary.resumed_from = Some(earlier.started_at.clone());
    }
    Ok(summary)
}

/// Writes what arrives; on its own failure it stops the whole export at once (the downloads
/// too) and returns the failure.
fn write_entries(
    mut writer: ArchiveWriter,
    mut receiver: mpsc::Receiver<ToWriter>,
    abort: CancellationToken,
) -> Result<ArchiveWriter, ExportError> {
    while let Some(message) = receiver.blocking_recv() {
        if let Err(error) = writer.take(message) {
            abort.cancel();
            return Err(error);
        }
    }
    Ok(writer)
}

async fn produce(
    request: &ExportRequest,
    client: &Client,
    tracker: &Arc<Tracker>,
    sender: mpsc::Sender<ToWriter>,
    work: &Work,
    restored: Restored,
    abort: &CancellationToken,
) -> Result<Collected, ExportError> {
    let app = &request.app;
    let parallel = request.options.parallelism.max(1);
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
    let (downloads, keep_partial) = match work {
        Work::Temporary(dir) => (dir.path().to_path_buf(), false),
        Work::Staged {
            dir,
            earlier,
            identity,
        } => {
            let fingerprint = staging::fingerprint(&plan);
            match earlier {
                // What the service returns now must be what the export began with.
                Some(earlier) if earlier.fingerprint != fingerprint => {
                    return Err(ExportError::ChangedAtSource {
                        what: staging::changed(&earlier.fingerprint, &fingerprint),
                    });
                }
                Some(_) => {}
                None => {
                    let unfinished = Unfinished {
                        identity: (**identity).clone(),
                        app_name: app_name.clone(),
                        runs: plan.runs.len(),
                        started_at: now_rfc3339(),
                        files_planned: plan.files.files.len(),
                        files_done: 0,
                        dir: dir.clone(),
                    };
                    StagingDir { dir: dir.clone() }.write_plan(&unfinished, &fingerprint)?;
                }
            }
            (dir.join(staging::DOWNLOADS), true)
        }
    };
    write_records(&plan, account, &sender, &restored).await?;

    tracker.phase(Phase::Downloading, plan.files.files.len() as u64);
    let refresher = Refresher::new(client, app, &found.urls);
    let archived_before: HashMap<String, String> = restored
        .entries
        .iter()
        .filter(|e| e.kind.as_deref().is_some_and(is_downloaded_kind))
        .map(|e| (e.sha256.clone(), e.path.clone()))
        .collect();
    let outcomes = Downloads {
        client,
        base_url: &request.base_url,
        refresher: &refresher,
        tracker,
        sender: &sender,
        folder: &downloads,
        destination: &request.destination,
        keep_partial,
        abort,
    }
    .all(
        plan.files.files.clone(),
        restored.outcomes.clone().into_iter().collect(),
        archived_before,
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
        calls_before: Vec::new(),
    })
}

/// Sends the runs, reports and records the plan says to write, except those an earlier run
/// wrote already.
async fn write_records(
    plan: &plan::Plan,
    account: BTreeMap<act_api::Endpoint, Vec<Value>>,
    sender: &mpsc::Sender<ToWriter>,
    restored: &Restored,
) -> Result<(), ExportError> {
    let written: HashSet<&str> = restored.entries.iter().map(|e| e.path.as_str()).collect();
    let mut items = Vec::new();
    for run in &plan.runs {
        let runs = vec![run.input.id.clone()];
        items.push(Item::json(
            run.run_entry.clone(),
            &run.input.run,
            "test_run",
            runs.clone(),
        ));
        items.push(Item::json(
            run.report_entry.clone(),
            &run.input.report,
            "test_report",
            runs,
        ));
    }
    for (listing, entry) in &plan.listings {
        items.push(Item::json(
            entry.clone(),
            listing,
            "test_run_listing",
            Vec::new(),
        ));
    }
    for (source, scoped) in &plan.scoped {
        let value = Value::Array(scoped.kept.iter().map(|k| k.record.clone()).collect());
        let entry = plan.record_entries[source].clone();
        items.push(Item::json(entry, &value, "export_records", Vec::new()));
    }
    for (endpoint, records) in account {
        let entry = plan.account_entries[&endpoint].clone();
        items.push(Item::json(
            entry,
            &Value::Array(records),
            "account_records",
            Vec::new(),
        ));
    }
    for item in items {
        if !written.contains(item.entry.path.as_str()) {
            send(
                sender,
                ToWriter::Write {
                    item,
                    file: None,
                    written: None,
                },
            )
            .await?;
        }
    }
    Ok(())
}

fn now_rfc3339() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}
