//! Entry point of the desktop app. All the work is in the library so that tests can reach it.

// No console window next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    act_export_desktop::run()
}
