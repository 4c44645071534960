//! What needs the operating system: the save dialog, the file manager, and dragging the archive
//! out of the window. Paths are decided here, never taken from the webview.

use std::path::PathBuf;

use crate::error::AppError;
use crate::exports::{self, Saved};
use crate::state::AppState;

/// Asks where to save (the native save dialog) and saves there. `None`: the user cancelled.
pub async fn save_with_dialog(
    state: &AppState,
    window: &tauri::WebviewWindow,
) -> Result<Option<Saved>, AppError> {
    let archive = state.archive()?;
    let Some(destination) = choose_destination(window, &archive.file_name).await else {
        return Ok(None);
    };
    exports::save_to(state, &destination).map(Some)
}

#[cfg(debug_assertions)]
fn test_destination(file_name: &str) -> Option<PathBuf> {
    // End-to-end tests cannot drive a native dialog: in debug builds only, they name a folder.
    std::env::var_os("ACT_EXPORT_E2E_SAVE_DIR").map(|dir| PathBuf::from(dir).join(file_name))
}

#[cfg(not(debug_assertions))]
fn test_destination(_: &str) -> Option<PathBuf> {
    None
}

async fn choose_destination(window: &tauri::WebviewWindow, file_name: &str) -> Option<PathBuf> {
    if let Some(path) = test_destination(file_name) {
        return Some(path);
    }
    let mut dialog = rfd::AsyncFileDialog::new()
        .set_title("Save the archive")
        .set_file_name(file_name)
        .add_filter("Zip archive", &["zip"]);
    if let Some(home) = std::env::var_os("HOME") {
        dialog = dialog.set_directory(PathBuf::from(home));
    }
    dialog = dialog.set_parent(window);
    dialog
        .save_file()
        .await
        .map(|handle| handle.path().to_path_buf())
}

/// Opens the folder holding the saved archive in the file manager.
pub fn show_in_folder(state: &AppState) -> Result<(), AppError> {
    let archive = state.archive()?;
    let saved = archive
        .saved_to
        .ok_or_else(|| AppError::new("not_saved", "Save the archive first."))?;
    let result = if cfg!(target_os = "macos") {
        std::process::Command::new("open")
            .arg("-R")
            .arg(&saved)
            .spawn()
    } else if cfg!(target_os = "windows") {
        std::process::Command::new("explorer")
            .arg(format!("/select,{}", saved.display()))
            .spawn()
    } else {
        let folder = saved
            .parent()
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("."));
        std::process::Command::new("xdg-open").arg(folder).spawn()
    };
    result.map(|_| ()).map_err(|e| {
        AppError::new(
            "open_folder",
            format!("The file manager could not be opened: {e}"),
        )
    })
}

/// Starts dragging the cached archive (the user can drop it into a folder).
pub fn start_drag(state: &AppState, window: tauri::WebviewWindow) -> Result<(), AppError> {
    let archive = state.archive()?;
    let icon = include_bytes!("../../icons/128x128.png").to_vec();
    let inner = window.clone();
    window
        .run_on_main_thread(move || {
            #[cfg(target_os = "linux")]
            let target = inner.gtk_window();
            #[cfg(not(target_os = "linux"))]
            let target: tauri::Result<tauri::WebviewWindow> = Ok(inner.clone());
            let started = target.map_err(|e| e.to_string()).and_then(|w| {
                drag::start_drag(
                    &w,
                    drag::DragItem::Files(vec![archive.path.clone()]),
                    drag::Image::Raw(icon),
                    |_, _| {},
                    drag::Options::default(),
                )
                .map_err(|e| e.to_string())
            });
            if let Err(error) = started {
                tracing::warn!(%error, "drag could not start");
            }
        })
        .map_err(|e| AppError::new("drag", format!("Dragging is not available: {e}")))
}
