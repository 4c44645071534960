//! Logging with `tracing`.
//!
//! Development builds log to stderr. Release builds, which users run, log to a file in the OS
//! log directory that rotates daily and keeps a week of files. `RUST_LOG` is honoured by both;
//! without it, the app logs `info` and above for its own crates and `warn` for the rest.

use std::path::Path;

use tracing_appender::non_blocking::WorkerGuard;
use tracing_subscriber::EnvFilter;

/// The file name prefix of the log files, e.g. `act-export.log.2026-11-27`.
pub const LOG_FILE_PREFIX: &str = "act-export.log";

/// How many daily log files are kept.
const KEPT_LOG_FILES: usize = 7;

fn filter() -> EnvFilter {
    EnvFilter::try_from_default_env().unwrap_or_else(|_| {
        EnvFilter::new("warn,act_export_desktop=info,act_engine=info,act_api=info")
    })
}

/// Logs to stderr. Used by development builds.
pub fn init_stderr() {
    // A second init (tests) is harmless: the first subscriber stays.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter())
        .with_writer(std::io::stderr)
        .try_init();
}

/// Logs to a daily-rotating file in `dir`. Keep the returned guard alive for as long as the
/// app runs: dropping it flushes the last lines.
pub fn init_file(dir: &Path) -> Result<WorkerGuard, String> {
    std::fs::create_dir_all(dir)
        .map_err(|e| format!("cannot create the log folder {}: {e}", dir.display()))?;
    let appender = tracing_appender::rolling::Builder::new()
        .rotation(tracing_appender::rolling::Rotation::DAILY)
        .filename_prefix(LOG_FILE_PREFIX)
        .max_log_files(KEPT_LOG_FILES)
        .build(dir)
        .map_err(|e| format!("cannot open a log file in {}: {e}", dir.display()))?;
    let (writer, guard) = tracing_appender::non_blocking(appender);
    tracing_subscriber::fmt()
        .with_env_filter(filter())
        .with_ansi(false)
        .with_writer(writer)
        .try_init()
        .map_err(|e| format!("logging was already set up: {e}"))?;
    Ok(guard)
}
