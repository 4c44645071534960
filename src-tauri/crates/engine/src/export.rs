//! The export pipeline: list, read, plan, write what the plan says, download, account,
//! rename. With a staging folder, what an earlier run of the same export did is kept.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;

use act_api::{AppRef, Client, ClientConfig, ErrorKind};
use serde_json::Value;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

use crate::archive::{ArchiveWriter, Restored, ToWriter};
use crate::collect::{self, selected_ids};
use crate::download::{send, Concurrency, Downloads};
use crate::error::{ExportError, ExportFailure};
use crate::files::PlannedFile;
use crate::ledger::{is_downloaded_kind, Ledger, Outcome, RunAccount};
use crate::manifest::{self, AppCollected, Collected};
use crate::model::Item;
use crate::names::EntryNames;
use crate::plan::{self, PlanInput, RunInput};
use crate::progress::{Phase, ProgressSink, Tracker};
use crate::readme::RunRow;
use crate::refresh::Refresher;
use crate::request::{
    app_key, merge_apps, AppScope, BegunAnew, ExportRequest, ExportSummary, Scope,
};
use crate::staging::{self, Earlier, Identity, StagingDir, StagingLock, Unfinished};

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
/// a staging folder to be resumed by running the same export again, and says so
/// ([`ExportFailure::resumable`]).
pub async fn export(
    mut request: ExportRequest,
    progress: ProgressSink,
    cancel: CancellationToken,
) -> Result<ExportSummary, ExportFailure> {
    request.apps = merge_apps(std::mem::take(&mut request.apps));
    request.check()?;
    let abort = cancel.child_token();
    let created = time::OffsetDateTime::now_utc();
    let staging_dir = request.staging.as_ref().map(|s| s.dir.clone());
    // One export at a time in a staging folder: the second is told who works there.
    let lock = match &staging_dir {
        Some(dir) => Some(StagingLock::take(dir).map_err(ExportFailure::ended)?),
        None => None,
    };
    let outcome = prepare_and_run(&request, progress, cancel.clone(), abort, created).await;
    // A cancel is a cancel whatever error the work stopped with (a download cut off, a link
    // whose refresh was cancelled, a writer that hung up): the token decides, not the error.
    let outcome = match outcome {
        Err(error) if cancel.is_cancelled() && !matches!(error, ExportError::Cancelled) => {
            tracing::debug!(%error, "the export was cancelled");
            Err(ExportError::Cancelled)
        }
        outcome => outcome,
    };
    let mut resumable = false;
    if let (Some(dir), Some(lock)) = (staging_dir, lock) {
        // Kept for a later run, unless done, cancelled (personal data, no longer wanted) or
        // stopped before it had a plan (nothing to continue), or the source changed (it can
        // never be continued). An unfinished export of something else, or one that needs its
        // password, is left alone (and is not this run's to continue).
        let foreign = matches!(
            outcome,
            Err(ExportError::UnfinishedDiffers { .. } | ExportError::PasswordNeeded { .. })
        );
        let worth_keeping = dir.join(staging::PLAN).exists()
            && !matches!(outcome, Err(ExportError::ChangedAtSource { .. }));
        let done = outcome.is_ok() || matches!(outcome, Err(ExportError::Cancelled));
        if !foreign && (done || !worth_keeping) {
            lock.remove().await;
        }
        resumable = !foreign && !done && worth_keeping;
    }
    outcome.map_err(|error| ExportFailure { error, resumable })
}

async fn prepare_and_run(
    request: &ExportRequest,
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
        pace_folder: request.options.pace_folder.clone(),
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
    let mut begun_anew = None;
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
            // Whose account reads the data is part of what an unfinished export is.
            let account = client
                .user()
                .await
                .map_err(|e| ExportError::api(Phase::ListingRuns, e))?
                .data
                .id;
            let identity = Identity::of(request, &staging.service).with_account(Some(account));
            let protected = request.options.password.is_some();
            let (dir, earlier, anew) = StagingDir::open(staging, &identity, protected)?;
            begun_anew = anew;
            let checkpoint = earlier.as_ref().and_then(|e| e.checkpoint.clone());
            let path = dir.dir.clone();
            let (mut writer, restored) = ArchiveWriter::staged(
                dir,
                &request.destination,
                created,
                abort.clone(),
                checkpoint,
                request.options.password.as_ref(),
                request.options.checkpoint_every,
            )?;
            writer.protect(request.options.password.clone());
            if restored.other_password {
                begun_anew = Some(BegunAnew::OtherPassword);
            }
            let work = Work::Staged {
                dir: path,
                earlier,
                identity: Box::new(identity),
            };
            (writer, work, restored)
        }
    };
    let mut summary = run(
        request, writer, &work, restored, client, tracker, cancel, abort, created,
    )
    .await?;
    summary.begun_anew = begun_anew;
    Ok(summary)
}

#[allow(clippy::too_many_arguments)]
async fn run(
    request: &ExportRequest,
    writer: ArchiveWriter,
    work: &Work,
    restored: Restored,
    client: Client,
    tracker: Arc<Tracker>,
    cancel: CancellationToken,
    abort: CancellationToken,
    created: time::OffsetDateTime,
) -> Result<ExportSummary, ExportError> {
    let (sender, receiver) =
        mpsc::channel::<ToWriter>(request.options.parallelism.clamp(1, 64) * 2);
    let writer_abort = abort.clone();
    let mut writer = writer;
    let copied = Arc::clone(&tracker);
    writer.on_copied(Box::new(move |n| {
        copied.update(false, |p| p.bytes_archived += n);
    }));
    let runtime = tokio::runtime::Handle::current();
    let writing =
        tokio::task::spawn_blocking(move || write_entries(writer, receiver, writer_abort, runtime));
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
        apps: request.apps.clone(),
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
/// too) and returns the failure. A staged writer that waits with something not checkpointed
/// yet checkpoints when its interval is up, whether more came or not. (It runs on a blocking
/// thread of the runtime `runtime`, where it may wait on the channel with a timeout.)
fn write_entries(
    mut writer: ArchiveWriter,
    mut receiver: mpsc::Receiver<ToWriter>,
    abort: CancellationToken,
    runtime: tokio::runtime::Handle,
) -> Result<ArchiveWriter, ExportError> {
    loop {
        let message = match writer.checkpoint_due() {
            None => receiver.blocking_recv(),
            Some(due) => {
                let due = tokio::time::Instant::from_std(due);
                match runtime.block_on(tokio::time::timeout_at(due, receiver.recv())) {
                    Ok(message) => message,
                    Err(_idle) => {
                        if let Err(error) = writer.checkpoint_now() {
                            abort.cancel();
                            return Err(error);
                        }
                        continue;
                    }
                }
            }
        };
        let Some(message) = message else {
            return Ok(writer);
        };
        if let Err(error) = writer.take(message) {
            abort.cancel();
            return Err(error);
        }
    }
}

/// One app of the export, read and planned.
struct AppWork {
    scope: AppScope,
    app_name: String,
    /// Where its entries go: `""` with one app, `apps/{owner}/{app}/` with several.
    folder: String,
    rows: Vec<RunRow>,
    runs_listed: u64,
    plan: plan::Plan,
    not_followed: Vec<crate::collect::NotFollowed>,
    urls: BTreeMap<crate::scope::Source, act_api::Url>,
}

/// Lists, reads and plans one app (its files tagged with `index`, its place in the request).
#[allow(clippy::too_many_arguments)]
async fn read_app(
    request: &ExportRequest,
    client: &Client,
    tracker: &Arc<Tracker>,
    index: usize,
    scope: &AppScope,
    display_names: &mut Option<HashMap<(String, String), String>>,
    names: &mut EntryNames,
) -> Result<AppWork, ExportError> {
    let app = &scope.app;
    let parallel = request.options.parallelism.max(1);
    let several = request.apps.len() > 1;
    tracker.phase(Phase::ListingRuns, 1);
    let all_runs = client
        .test_runs(app)
        .await
        .map_err(|e| ExportError::api(Phase::ListingRuns, e))?;
    if display_names.is_none() {
        // The apps' names as App Center shows them, read once for every app of the export.
        *display_names = Some(match client.apps().await {
            Ok(apps) => apps
                .into_iter()
                .filter_map(|a| {
                    let key = app_key(&AppRef {
                        owner: a.data.owner.name,
                        app: a.data.name,
                    });
                    Some((key, a.data.display_name?))
                })
                .collect(),
            Err(error) if error.kind == ErrorKind::Cancelled => return Err(ExportError::Cancelled),
            Err(_) => HashMap::new(),
        });
    }
    let app_name = display_names
        .as_ref()
        .and_then(|n| n.get(&app_key(app)).cloned())
        .unwrap_or_else(|| app.app.clone());
    if several {
        tracker.app(Some(format!(
            "{app_name}, app {} of {}",
            index + 1,
            request.apps.len()
        )));
    }
    let runs_listed = all_runs.len() as u64;
    let (ids, without_id) = selected_ids(&scope.scope, &all_runs, app)?;
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
    names.set_prefix(&if several {
        format!("apps/{}/{}", app.owner, app.app)
    } else {
        String::new()
    });
    let mut plan = plan::plan_in(
        PlanInput {
            base_url: request.base_url.clone(),
            whole_app: matches!(scope.scope, Scope::WholeApp),
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
            account: Vec::new(),
        },
        names,
    );
    for file in &mut plan.files.files {
        file.app = index;
    }
    // The folder as the names have it (each segment made safe).
    let folder = names.prefix();
    Ok(AppWork {
        scope: scope.clone(),
        app_name,
        folder,
        rows,
        runs_listed,
        plan,
        not_followed: found.not_followed,
        urls: found.urls,
    })
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
    let mut names = plan::archive_names();
    let mut display_names = None;
    let mut apps: Vec<AppWork> = Vec::with_capacity(request.apps.len());
    for (index, scope) in request.apps.iter().enumerate() {
        let app = read_app(
            request,
            client,
            tracker,
            index,
            scope,
            &mut display_names,
            &mut names,
        )
        .await?;
        apps.push(app);
    }
    tracker.app(None);
    names.set_prefix("");
    let account = if request.options.include_account_data {
        tracker.phase(Phase::ReadingAccountData, 2);
        collect::account_records(client).await?
    } else {
        BTreeMap::new()
    };
    let account_entries: BTreeMap<act_api::Endpoint, String> = account
        .keys()
        .map(|e| (*e, names.claim("data/account", &format!("{e}.json"))))
        .collect();
    let files: Vec<PlannedFile> = apps
        .iter()
        .flat_map(|a| a.plan.files.files.iter().cloned())
        .collect();
    let (downloads, keep_partial) = match work {
        Work::Temporary(dir) => (dir.path().to_path_buf(), false),
        Work::Staged {
            dir,
            earlier,
            identity,
        } => {
            let fingerprint = staging::fingerprint_of(
                &apps
                    .iter()
                    .map(|a| (a.scope.app.to_string(), &a.plan))
                    .collect::<Vec<_>>(),
            );
            match earlier {
                // What the service returns now must be what the export began with.
                Some(earlier) if earlier.fingerprint != fingerprint => {
                    return Err(ExportError::ChangedAtSource {
                        what: staging::changed(&earlier.fingerprint, &fingerprint),
                    });
                }
                Some(_) => {}
                None => {
                    let app_names: Vec<&str> = apps.iter().map(|a| a.app_name.as_str()).collect();
                    let unfinished = Unfinished {
                        identity: (**identity).clone(),
                        app_name: crate::text::in_words(&app_names),
                        runs: apps.iter().map(|a| a.plan.runs.len()).sum(),
                        started_at: now_rfc3339(),
                        files_planned: files.len(),
                        files_done: 0,
                        protected: request.options.password.is_some(),
                        in_use_by: None,
                        dir: dir.clone(),
                    };
                    StagingDir { dir: dir.clone() }.write_plan(&unfinished, &fingerprint)?;
                }
            }
            (dir.join(staging::DOWNLOADS), true)
        }
    };
    for app in &apps {
        write_records(&app.plan, &sender, &restored).await?;
    }
    write_account(account, &account_entries, &sender, &restored).await?;

    tracker.phase(Phase::Downloading, files.len() as u64);
    let refreshers: Vec<Refresher> = apps
        .iter()
        .zip(&request.apps)
        .map(|(a, scope)| Refresher::new(client, &scope.app, &a.urls))
        .collect();
    // Files an earlier run archived, by app (apps are kept apart) and SHA-256.
    let app_of = |path: &str| {
        apps.iter()
            .rposition(|a| path.starts_with(&a.folder))
            .unwrap_or(0)
    };
    let archived_before: HashMap<(usize, String), String> = restored
        .entries
        .iter()
        .filter(|e| e.kind.as_deref().is_some_and(is_downloaded_kind))
        .map(|e| ((app_of(&e.path), e.sha256.clone()), e.path.clone()))
        .collect();
    let outcomes = Downloads {
        client,
        base_url: &request.base_url,
        refreshers: &refreshers,
        tracker,
        sender: &sender,
        folder: &downloads,
        destination: &request.destination,
        keep_partial,
        abort,
    }
    .all(
        files.clone(),
        restored.outcomes.clone().into_iter().collect(),
        archived_before,
        Concurrency::new(request.options.parallelism, request.options.steady),
    )
    .await?;
    drop(sender);
    let merges = files
        .iter()
        .zip(&outcomes)
        .filter_map(|(file, outcome)| match outcome {
            Outcome::SameContent(path) => Some((path.clone(), file.run_ids.clone())),
            _ => None,
        })
        .collect();
    let mut rest = outcomes.as_slice();
    let mut parts = Vec::with_capacity(apps.len());
    for app in apps {
        let (outcomes, after) = rest.split_at(app.plan.files.files.len().min(rest.len()));
        rest = after;
        let mut ledger = Ledger::build(
            &app.plan.scoped,
            &app.plan.record_entries,
            &app.plan.files,
            outcomes,
        );
        ledger.runs = RunAccount {
            listed: app.runs_listed,
            exported: app.plan.runs.len() as u64,
            archived_without_id: app.plan.listings.len() as u64,
        };
        let count = |f: fn(&Outcome) -> bool| outcomes.iter().filter(|o| f(o)).count();
        parts.push(AppCollected {
            scope: app.scope,
            app_name: app.app_name,
            folder: app.folder,
            runs: app.rows,
            ledger,
            not_followed: app.not_followed,
            files: count(|o| matches!(o, Outcome::Archived)),
            missing_files: count(|o| matches!(o, Outcome::Missing(_))),
        });
    }
    Ok(Collected {
        apps: parts,
        merges,
        calls_before: Vec::new(),
    })
}

/// Sends the runs, reports and records the plan says to write, except those an earlier run
/// wrote already.
async fn write_records(
    plan: &plan::Plan,
    sender: &mpsc::Sender<ToWriter>,
    restored: &Restored,
) -> Result<(), ExportError> {
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
    send_new(items, sender, restored).await
}

/// Sends the token owner's account-level records (asked for), unless an earlier run wrote them.
async fn write_account(
    account: BTreeMap<act_api::Endpoint, Vec<Value>>,
    entries: &BTreeMap<act_api::Endpoint, String>,
    sender: &mpsc::Sender<ToWriter>,
    restored: &Restored,
) -> Result<(), ExportError> {
    let items = account
        .into_iter()
        .filter_map(|(endpoint, records)| {
            let entry = entries.get(&endpoint)?.clone();
            Some(Item::json(
                entry,
                &Value::Array(records),
                "account_records",
                Vec::new(),
            ))
        })
        .collect();
    send_new(items, sender, restored).await
}

/// Sends the items an earlier run did not write.
async fn send_new(
    items: Vec<Item>,
    sender: &mpsc::Sender<ToWriter>,
    restored: &Restored,
) -> Result<(), ExportError> {
    let written: HashSet<&str> = restored.entries.iter().map(|e| e.path.as_str()).collect();
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
