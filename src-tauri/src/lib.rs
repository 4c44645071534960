//! The ACT Export desktop shell: the only crate that knows Tauri.
//!
//! It wires plain functions from the other crates to the webview. Each Tauri command in
//! [`commands`] is a one-line adapter; the work it forwards to is testable without a window.

pub mod cache;
pub mod commands;
pub mod desktop;
pub mod error;
pub mod exports;
pub mod info;
pub mod keychain;
pub mod language;
pub mod letter;
mod logging;
pub mod page;
pub mod register;
pub mod requests;
pub mod session;
pub mod settings;
pub mod state;
pub mod words;

use std::process::ExitCode;

use tauri::Manager;

/// Builds the Tauri app with every command the webview may use.
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
            // Archives left behind by a crash hold personal data: gone at start-up (those of
            // another copy of the app that still runs are left alone).
            let cache = cache::InstanceCache::claim(&app.path().app_cache_dir()?)?;
            let data = app.path().app_data_dir()?;
            // The journal's witness: where the command line keeps it too, in another folder
            // than the journal's.
            let witness = match act_journal::witness_location() {
                Some(witness) => witness,
                None => app.path().app_config_dir()?.join("journal-witness"),
            };
            let state = state::AppState::new(cache, &data, &witness);
            register::restore(&state);
            // The Requests screen comes first: its list is read while the window opens.
            state.warm_list();
            app.manage(state);
            if !cfg!(debug_assertions) {
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
        .build(tauri::generate_context!());
    match app {
        Ok(app) => {
            app.run(|handle, event| {
                if let tauri::RunEvent::Exit = event {
                    // Cached archives hold personal data: deleted when the app closes.
                    if let Some(state) = handle.try_state::<state::AppState>() {
                        state.shut_down();
                    }
                }
            });
            ExitCode::SUCCESS
        }
        Err(error) => {
            tracing::error!(%error, "the app could not start");
            eprintln!("ACT Export could not start: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Keeps the non-blocking log writer alive while the app runs.
struct LogGuard(#[allow(dead_code)] tracing_appender::non_blocking::WorkerGuard);
