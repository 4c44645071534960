//! Tauri commands: each is a one-line adapter over a plain function.
//!
//! A command listed here must also be declared in `build.rs` (`COMMANDS`) and granted in the
//! capability in `tauri.conf.json`, or the webview cannot call it.

use crate::info::{self, AppInfo};

/// The handler that registers every command.
pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![app_info]
}

/// The app's name and version.
#[tauri::command]
pub fn app_info() -> AppInfo {
    info::app_info()
}
