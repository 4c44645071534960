//! What each command does. Text goes to stdout; progress and failures to stderr.

use std::io::{IsTerminal, Write};
use std::sync::Arc;
use std::time::Duration;

use act_api::{AppRef, BaseUrl, Client, ClientConfig};
use act_desk::ExportJob;
use act_engine::{AppScope, ExportOptions, ExportRequest, Phase, Progress, Scope, Staging};
use act_sample_server::{Profile, SampleServer, ServerConfig};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use tokio_util::sync::CancellationToken;

use crate::cli::{Cli, Command, Common, ExportArgs, SampleProfile};
use crate::failure::{exit, Failure, STOPPED_BY};
use crate::output::{json, out, table};
use crate::secrets::{password, token, TOKEN_VARIABLE};

pub async fn run(cli: Cli) -> Result<(), Failure> {
    let common = cli.common;
    match cli.command {
        Command::Apps => apps(&common).await,
        Command::Runs { app } => runs(&common, &app).await,
        Command::Export(args) => export(&common, args).await,
        Command::Verify {
            file,
            password_stdin,
        } => verify(&common, &file, password_stdin),
        Command::Case { action } => crate::cases::case(&common, action),
        Command::Journal { action } => crate::cases::journal(&common, action),
        Command::Team { action } => crate::cases::team(&common, action),
        Command::SampleServer {
            port,
            profile,
            latency_ms,
            rate_limit,
            link_lifetime,
            no_ranges,
            drop_after,
            bandwidth,
        } => {
            let switches = move |s: &mut act_sample_server::Switches| {
                s.latency = Duration::from_millis(latency_ms);
                s.rate_limit = rate_limit;
                s.link_lifetime = link_lifetime.map(Duration::from_secs);
                s.ignore_ranges = no_ranges;
                s.drop_after = drop_after;
                s.bandwidth = bandwidth.map(|mb| mb.saturating_mul(1_000_000));
            };
            sample_server(port, profile, switches).await
        }
    }
}

fn base_url(common: &Common) -> Result<BaseUrl, Failure> {
    BaseUrl::parse(&common.base_url).map_err(|e| Failure::usage(format!("--base-url: {e}")))
}

fn app_ref(text: &str) -> Result<AppRef, Failure> {
    AppRef::parse(text)
        .ok_or_else(|| Failure::usage(format!("\"{text}\" is not an app: write it as OWNER/APP")))
}

/// Where the pace of API calls is shared with the user's other ACT Export processes (the
/// desktop app's too): a folder in the app's data folder, as the journal is found.
fn pace_folder() -> Option<std::path::PathBuf> {
    act_journal::app_data_folder().map(|d| d.join(act_api::PACE_FOLDER))
}

/// A client that stops on Ctrl-C (or when the program is asked to stop).
fn client(common: &Common, cancel: &CancellationToken) -> Result<Client, Failure> {
    let config = ClientConfig {
        base_url: base_url(common)?,
        pace_folder: pace_folder(),
        ..ClientConfig::default()
    };
    Ok(Client::new(config, token()?)?.with_cancel(cancel.clone()))
}

/// A token cancelled by Ctrl-C, by the terminal closing (SIGHUP) or by a request to stop
/// (SIGTERM): an export then removes its partial files before the program ends.
fn cancel_on_signals() -> CancellationToken {
    let cancel = CancellationToken::new();
    let trigger = cancel.clone();
    tokio::spawn(async move {
        let number = stop_signal().await;
        STOPPED_BY.store(number, std::sync::atomic::Ordering::Relaxed);
        trigger.cancel();
    });
    cancel
}

/// Waits for a signal to stop and returns its number.
#[cfg(unix)]
async fn stop_signal() -> i32 {
    use tokio::signal::unix::{signal, SignalKind};
    async fn next(kind: SignalKind) {
        match signal(kind) {
            Ok(mut stream) => {
                stream.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    }
    tokio::select! {
        () = next(SignalKind::interrupt()) => 2,
        () = next(SignalKind::hangup()) => 1,
        () = next(SignalKind::terminate()) => 15,
    }
}

/// Waits for Ctrl-C, Ctrl-Break or the console window closing (Windows).
#[cfg(windows)]
async fn stop_signal() -> i32 {
    use tokio::signal::windows::{ctrl_break, ctrl_close};
    let (Ok(mut breaks), Ok(mut close)) = (ctrl_break(), ctrl_close()) else {
        let _ = tokio::signal::ctrl_c().await;
        return 2;
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => 2,
        _ = breaks.recv() => 2,
        _ = close.recv() => 1,
    }
}

/// Where an export to `out` stages its work: a hidden folder beside it, so that running the
/// same command again finds it.
fn staging_folder(out: &std::path::Path) -> std::path::PathBuf {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "archive.zip".into());
    let folder = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    folder.join(format!(".{name}.act-export"))
}

async fn apps(common: &Common) -> Result<(), Failure> {
    let client = client(common, &cancel_on_signals())?;
    let apps = client.apps().await?;
    if common.json {
        return json(&apps.iter().map(|a| &a.raw).collect::<Vec<_>>());
    }
    if apps.is_empty() {
        return out("This token cannot see any apps.\n");
    }
    let rows: Vec<Vec<String>> = apps
        .iter()
        .map(|a| {
            let d = &a.data;
            vec![
                d.slug(),
                d.display_name.clone().unwrap_or_default(),
                d.os.clone().unwrap_or_default(),
            ]
        })
        .collect();
    out(&table(&["APP", "NAME", "OS"], &rows))
}

async fn runs(common: &Common, app: &str) -> Result<(), Failure> {
    let app = app_ref(app)?;
    let client = client(common, &cancel_on_signals())?;
    let runs = client.test_runs(&app).await?;
    if common.json {
        return json(&runs.iter().map(|r| &r.raw).collect::<Vec<_>>());
    }
    if runs.is_empty() {
        return out(&format!("{app} has no test runs.\n"));
    }
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let rows: Vec<Vec<String>> = runs
        .iter()
        .map(|r| {
            let d = &r.data;
            vec![
                text(&d.id),
                text(&d.date),
                text(&d.test_series),
                text(&d.app_version),
                text(&d.platform),
                text(&d.result_status),
            ]
        })
        .collect();
    out(&table(
        &["RUN", "DATE", "SERIES", "VERSION", "PLATFORM", "RESULT"],
        &rows,
    ))
}

fn describe(p: &Progress) -> String {
    let retry = p.last_retry.as_ref().map(|r| {
        let why = match r.reason {
            act_api::RetryReason::RateLimited => "the server asked us to slow down".to_string(),
            act_api::RetryReason::ServerError { status } => {
                format!("the server had a problem (HTTP {status})")
            }
            act_api::RetryReason::Network => "the connection broke".to_string(),
        };
        format!(" ({why}; trying again in {} s)", r.wait_seconds)
    });
    let step = match p.phase {
        Phase::ListingRuns => "Listing test runs".to_string(),
        Phase::ReadingRuns => format!("Reading test runs {} of {}", p.items_done, p.items_total),
        Phase::ReadingExportRecords => "Reading export records".to_string(),
        Phase::ReadingAccountData => "Reading the account's export records".to_string(),
        Phase::Downloading => {
            let total = p
                .bytes_total
                .map(|t| {
                    format!(
                        " of {}",
                        act_engine::readme::human_size(act_engine::lang::Lang::En, t)
                    )
                })
                .unwrap_or_default();
            let archived = if p.bytes_archived < p.bytes_done {
                format!(
                    "; {} in the archive",
                    act_engine::readme::human_size(act_engine::lang::Lang::En, p.bytes_archived)
                )
            } else {
                String::new()
            };
            format!(
                "Downloading files {} of {}, {}{total}{archived}",
                p.items_done,
                p.items_total,
                act_engine::readme::human_size(act_engine::lang::Lang::En, p.bytes_done)
            )
        }
        Phase::Writing => "Writing the archive".to_string(),
        Phase::Done => "Done".to_string(),
    };
    // In an export of several apps, which one is being read.
    let app = p
        .app
        .as_ref()
        .map(|a| format!(" in {a}"))
        .unwrap_or_default();
    format!("{step}{app}{}", retry.unwrap_or_default())
}

async fn export(common: &Common, args: ExportArgs) -> Result<(), Failure> {
    let apps = args
        .groups
        .iter()
        .map(|(app, runs)| Ok(AppScope::new(app_ref(app)?, Scope::from_runs(runs.clone()))))
        .collect::<Result<Vec<_>, Failure>>()?;
    if args.out.exists() && !args.force && !args.out.is_dir() {
        return Err(Failure {
            status: exit::USAGE,
            message: format!("{} already exists", args.out.display()),
            hint: Some("Add --force to replace it, or choose another --out file."),
            detail: None,
        });
    }
    let base_url = base_url(common)?;
    let log = match &args.progress_file {
        Some(path) => Some(std::sync::Mutex::new(
            std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)
                .map_err(|e| Failure::usage(format!("--progress-file {}: {e}", path.display())))?,
        )),
        None => None,
    };
    let token = token()?;
    let password = args.password_stdin.then(password).transpose()?;
    let letter = args
        .letter
        .as_deref()
        .map(crate::cases::letter_profile)
        .transpose()?;
    let desk = crate::cases::desk(common)?;
    let job = ExportJob {
        request: ExportRequest {
            base_url: base_url.clone(),
            token,
            apps,
            destination: args.out.clone(),
            options: ExportOptions {
                parallelism: usize::from(common.parallel),
                steady: args.steady,
                rate_limit: args.rate_limit,
                pace_folder: pace_folder(),
                include_files: !args.no_files,
                include_account_data: args.include_account_data,
                subject: args.subject.clone(),
                password,
                ..ExportOptions::default()
            },
            staging: Some(Staging {
                dir: staging_folder(&args.out),
                service: base_url.to_string(),
                restart: args.restart,
                resume_only: args.resume,
            }),
        },
        reference: args.case.clone(),
        lang: args.lang,
        journaled: args.case.is_some(),
        letter,
        saved_in_place: true,
    };
    let bar = progress_bar(!common.json);
    let sink_bar = bar.clone();
    let started = std::time::Instant::now();
    let sink = Arc::new(move |p: &Progress| {
        sink_bar.set_message(describe(p));
        if let Some(file) = &log {
            let mut line = serde_json::json!({ "t_ms": started.elapsed().as_millis() });
            if let (Some(object), Ok(serde_json::Value::Object(fields))) =
                (line.as_object_mut(), serde_json::to_value(p))
            {
                object.extend(fields);
            }
            if let Ok(mut file) = file.lock() {
                let _ = writeln!(file, "{line}");
            }
        }
    });
    let result = desk.export(job, sink, cancel_on_signals()).await;
    bar.finish_and_clear();
    let exported = result?;
    let summary = exported.summary;
    if let Some(problem) = exported.journal_problem {
        // The archive is whole and in place: say so, so nobody exports it again.
        let mut failure = Failure::from(problem);
        failure.message = format!(
            "The archive was saved to {} (SHA-256 {}), but the journal could not record it: {}",
            summary.path.display(),
            summary.sha256,
            failure.message
        );
        return Err(failure);
    }
    if common.json {
        return json(&summary);
    }
    let mut text = String::new();
    if let Some(started) = &summary.resumed_from {
        text.push_str(&format!("Continued the export that began at {started}.\n"));
    }
    if let Some(anew) = summary.begun_anew {
        text.push_str(anew.words());
        text.push('\n');
    }
    let apps = match summary.apps {
        1 => String::new(),
        n => format!(
            " of {n} apps ({})",
            act_engine::runs_in_each(&summary.each_app)
        ),
    };
    text.push_str(&format!(
        "Saved {}: {} test runs{apps}, {} files, {}.\nSHA-256 of the archive: {}\n",
        summary.path.display(),
        summary.runs,
        summary.files,
        act_engine::readme::human_size(act_engine::lang::Lang::En, summary.bytes),
        summary.sha256
    ));
    if summary.excluded_records > 0 {
        text.push_str(&format!(
            "Left out {} records that do not belong to the chosen test runs (only counted, with \
             the reason for each, in manifest.json).\n",
            summary.excluded_records
        ));
    }
    if summary.missing_files > 0 {
        text.push_str(&format!(
            "{} files were listed by App Center but no longer exist (listed in {}).\n",
            summary.missing_files, summary.readme
        ));
    }
    out(&text)
}

/// A spinner with the export's progress in words, on a terminal only.
fn progress_bar(wanted: bool) -> ProgressBar {
    let show = wanted && std::io::stderr().is_terminal();
    let bar = ProgressBar::with_draw_target(
        None,
        if show {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        },
    );
    bar.set_style(
        ProgressStyle::with_template("{spinner} {wide_msg} [{elapsed}]")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(Duration::from_millis(120));
    bar
}

fn verify(common: &Common, file: &std::path::Path, password_stdin: bool) -> Result<(), Failure> {
    let password = password_stdin.then(password).transpose()?;
    let report = act_engine::verify_with(file, password.as_ref())?;
    if common.json {
        json(&report)?;
    } else {
        let mut text = String::new();
        for (path, problem) in &report.problems {
            let line = match problem {
                act_engine::EntryProblem::Missing => {
                    format!("MISSING  {path}: listed in the manifest, not in the archive")
                }
                act_engine::EntryProblem::Unlisted => {
                    format!("UNLISTED {path}: in the archive, not in the manifest")
                }
                act_engine::EntryProblem::Changed { detail } => {
                    format!("CHANGED  {path}: {detail}")
                }
            };
            text.push_str(&line);
            text.push('\n');
        }
        for problem in &report.account_problems {
            text.push_str(&format!("ACCOUNT  {problem}\n"));
        }
        if report.is_ok() {
            let account = match &report.totals {
                Some(t) => format!(
                    ", and its account of {} records and {} file links adds up",
                    t.records_received, t.file_links
                ),
                None => " (an archive of an older ACT Export: it has no account of records to \
                          check)"
                    .to_string(),
            };
            text.push_str(&format!(
                "{}: all {} files match the manifest{account}.\n",
                file.display(),
                report.entries_ok
            ));
        }
        out(&text)?;
    }
    if report.is_ok() {
        return Ok(());
    }
    let mut wrong = Vec::new();
    if !report.problems.is_empty() {
        wrong.push(format!(
            "{} files do not match the manifest",
            report.problems.len()
        ));
    }
    if !report.account_problems.is_empty() {
        wrong.push(format!(
            "its account of records and files does not add up ({} problems)",
            report.account_problems.len()
        ));
    }
    Err(Failure {
        status: exit::VERIFY,
        message: format!("{}: {}", file.display(), wrong.join("; ")),
        hint: Some("The archive was changed or damaged after it was made. Export it again."),
        detail: None,
    })
}

async fn sample_server(
    port: Option<u16>,
    profile: SampleProfile,
    switches: impl FnOnce(&mut act_sample_server::Switches),
) -> Result<(), Failure> {
    let profile = match profile {
        SampleProfile::Sample => Profile::Sample,
        SampleProfile::ManySmall => Profile::Bench {
            runs: 50,
            file_bytes: 2 * 1024 * 1024,
        },
        SampleProfile::Large => Profile::Bench {
            runs: 20,
            file_bytes: 100 * 1024 * 1024,
        },
        SampleProfile::ManyRuns => Profile::Bench {
            runs: 300,
            file_bytes: 64 * 1024,
        },
    };
    let server = SampleServer::start(ServerConfig {
        api_port: port,
        storage_port: None,
        profile,
    })
    .await
    .map_err(|e| Failure::other(format!("the sample server could not start: {e}")))?;
    server.controls().update(switches);
    out(&format!(
        "Sample App Center API at {}\nFiles served from {}\nToken: {}\n\nTry:  {TOKEN_VARIABLE}={} act-export --base-url {} apps\nPress Ctrl-C to stop.\n",
        server.api_url(),
        server.storage_url(),
        act_sample_server::SAMPLE_TOKEN,
        act_sample_server::SAMPLE_TOKEN,
        server.api_url(),
    ))?;
    stop_signal().await;
    let controls = server.controls();
    out(&format!(
        "Stopped after {} requests ({} answered 429, too many requests).\n",
        controls.requests().len(),
        controls.rate_limited_count(),
    ))?;
    server.shutdown().await;
    Ok(())
}
