//! The ACT Export desktop shell: the only crate that knows Tauri.
//!
//! It wires plain functions from the other crates to the webview. Each Tauri command in
//! [`commands`] is a one-line adapter; the work it forwards to is testable without a window.

pub mod commands;
pub mod info;
mod logging;

use std::process::ExitCode;

/// Builds the Tauri app with every command and plugin the webview may use.
pub fn builder() -> tauri::Builder<tauri::Wry> {
    tauri::Builder::default().invoke_handler(commands::handler())
}

/// Starts the desktop app and blocks until its window is closed.
pub fn run() -> ExitCode {
    if cfg!(debug_assertions) {
        logging::init_stderr();
    }
    let app = builder()
        .setup(|app| {
            if !cfg!(debug_assertions) {
                use tauri::Manager;
                let dir = app.path().app_log_dir()?;
                match logging::init_file(&dir) {
                    // Kept for the life of the app so that the last lines are flushed on exit.
                    Ok(guard) => {
                        app.manage(LogGuard(guard));
                    }
                    Err(message) => eprintln!("ACT Export: logging is off: {message}"),
                }
            }
            tracing::info!(version = info::VERSION, "ACT Export started");
            Ok(())
        })
        .run(tauri::generate_context!());
    match app {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!(%error, "the app could not start");
            eprintln!("ACT Export could not start: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Keeps the non-blocking log writer alive while the app runs.
struct LogGuard(#[allow(dead_code)] tracing_appender::non_blocking::WorkerGuard);
