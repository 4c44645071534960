//! What needs the operating system: the save dialog, the file manager, and dragging the archive
//! out of the window. Paths are decided here, never taken from the webview.

use std::path::{Path, PathBuf};
use std::process::Command;

use tauri::Manager;

use crate::error::{AppError, Code};
use crate::exports;
use crate::page::Saved;
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
    exports::save_to(state, &destination).await.map(Some)
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

/// The folder the save dialog opens in: Downloads, else the home folder.
fn default_folder(window: &tauri::WebviewWindow) -> Option<PathBuf> {
    let paths = window.path();
    paths
        .download_dir()
        .ok()
        .filter(|d| d.is_dir())
        .or_else(|| paths.home_dir().ok())
}

async fn choose_destination(window: &tauri::WebviewWindow, file_name: &str) -> Option<PathBuf> {
    if let Some(path) = test_destination(file_name) {
        return Some(path);
    }
    let mut dialog = rfd::AsyncFileDialog::new()
        .set_title("Save the archive")
        .set_file_name(file_name)
        .add_filter("Zip archive", &["zip"]);
    if let Some(folder) = default_folder(window) {
        dialog = dialog.set_directory(folder);
    }
    dialog = dialog.set_parent(window);
    dialog
        .save_file()
        .await
        .map(|handle| handle.path().to_path_buf())
}

/// Explorer's own syntax for "open the folder and select this file": the path in double
/// quotes right after the comma, one argument, exactly as written (Explorer does not follow
/// the usual quoting rules, so it must be passed raw).
pub fn explorer_select_argument(path: &Path) -> String {
    format!("/select,\"{}\"", path.display())
}

/// The command that shows `saved` in the platform's file manager.
pub fn reveal_command(saved: &Path) -> Command {
    if cfg!(target_os = "macos") {
        let mut command = Command::new("open");
        command.arg("-R").arg(saved);
        command
    } else if cfg!(windows) {
        let mut command = Command::new("explorer");
        raw_arg(&mut command, &explorer_select_argument(saved));
        command
    } else {
        let folder = saved
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("."));
        let mut command = Command::new("xdg-open");
        command.arg(folder);
        command
    }
}

#[cfg(windows)]
fn raw_arg(command: &mut Command, argument: &str) {
    use std::os::windows::process::CommandExt;
    command.raw_arg(argument);
}

#[cfg(not(windows))]
fn raw_arg(command: &mut Command, argument: &str) {
    command.arg(argument);
}

/// Starts `command` without waiting for it, and reaps it on a background thread when it ends
/// (no zombie process per click). Its exit status is not an error: Explorer, for one, exits
/// with 1 after doing what was asked.
pub fn launch(mut command: Command) -> std::io::Result<()> {
    let mut child = command.spawn()?;
    std::thread::Builder::new()
        .name("reap-launched".into())
        .spawn(move || {
            let _ = child.wait();
        })?;
    Ok(())
}

/// Opens the folder holding the saved archive in the file manager.
pub fn show_in_folder(state: &AppState) -> Result<(), AppError> {
    let archive = state.archive()?;
    let saved = archive
        .saved_to
        .ok_or_else(|| AppError::new(Code::NotSaved, "Save the archive first."))?;
    launch(reveal_command(&saved)).map_err(|e| {
        AppError::new(
            Code::OpenFolder,
            format!(
                "The file manager could not be opened ({e}). The archive is at {}",
                saved.display()
            ),
        )
    })
}

/// Starts dragging the cached archive (the user can drop it into a folder).
pub fn start_drag(state: &AppState, window: tauri::WebviewWindow) -> Result<(), AppError> {
    let archive = state.archive()?;
    let icon = include_bytes!("../../icons/128x128.png").to_vec();
    let inner = window.clone();
    let desk = state.desk();
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
                    move |result, _| {
                        // Where it was dropped is not known: the journal says it left the app.
                        if matches!(result, drag::DragResult::Dropped) {
                            let journaled = desk.record_copy(
                                archive.reference.as_deref(),
                                &archive.sha256,
                                act_desk::Copy::DraggedOut,
                            );
                            if let Err(error) = journaled {
                                tracing::error!(%error, "the journal could not record the drag");
                            }
                        }
                    },
                    drag::Options::default(),
                )
                .map_err(|e| e.to_string())
            });
            if let Err(error) = started {
                tracing::warn!(%error, "drag could not start");
            }
        })
        .map_err(|e| AppError::new(Code::Drag, format!("Dragging is not available: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explorer_gets_the_path_quoted_after_select() {
        let path = Path::new(r"C:\Users\Ann Lee\Downloads\ACT-Export_a,b_2026-11-27.zip");
        assert_eq!(
            explorer_select_argument(path),
            r#"/select,"C:\Users\Ann Lee\Downloads\ACT-Export_a,b_2026-11-27.zip""#
        );
    }

    /// Explorer gets `/select,"PATH"` as one argument exactly as written: std's quoting would
    /// wrap it in quotes again (a path with a space) and Explorer would open the wrong folder.
    #[cfg(windows)]
    #[test]
    fn windows_explorer_selects_the_file_with_a_raw_argument() {
        let saved = Path::new(r"C:\Users\Ann Lee\Downloads\ACT-Export_a, b_2026-11-27.zip");
        let command = reveal_command(saved);
        assert_eq!(command.get_program(), "explorer");
        let args: Vec<_> = command.get_args().collect();
        assert_eq!(
            args,
            [r#"/select,"C:\Users\Ann Lee\Downloads\ACT-Export_a, b_2026-11-27.zip""#]
        );
    }

    #[cfg(target_os = "macos")]
    #[test]
    fn macos_reveals_the_file_in_the_finder() {
        let command = reveal_command(Path::new("/Users/ann lee/Downloads/x,y.zip"));
        assert_eq!(command.get_program(), "open");
        let args: Vec<_> = command.get_args().collect();
        assert_eq!(args, ["-R", "/Users/ann lee/Downloads/x,y.zip"]);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn linux_opens_the_folder_of_the_file() {
        let command = reveal_command(Path::new("/home/a b/Downloads/x,y.zip"));
        assert_eq!(command.get_program(), "xdg-open");
        let args: Vec<_> = command.get_args().collect();
        assert_eq!(args, ["/home/a b/Downloads"]);
    }

    /// Zombie children of this process (state `Z` in /proc), by pid.
    #[cfg(target_os = "linux")]
    fn zombie_children() -> Vec<u32> {
        let me = std::process::id();
        let mut out = Vec::new();
        for entry in std::fs::read_dir("/proc").unwrap().flatten() {
            let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
                continue;
            };
            // pid (comm) state ppid ...: comm may hold spaces, so split after the last ')'.
            let Some((head, rest)) = stat.rsplit_once(')') else {
                continue;
            };
            let fields: Vec<&str> = rest.split_whitespace().collect();
            let pid: u32 = head.split(' ').next().unwrap_or("0").parse().unwrap_or(0);
            if fields.first() == Some(&"Z") && fields.get(1) == Some(&me.to_string().as_str()) {
                out.push(pid);
            }
        }
        out
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn launched_programs_are_reaped() {
        let dir = tempfile::tempdir().unwrap();
        let marker = dir.path().join("ran");
        let mut command = Command::new("sh");
        command
            .arg("-c")
            .arg(format!("touch '{}'", marker.display()));
        launch(command).unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while !marker.exists() && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        assert!(marker.exists(), "the program ran");
        // Once it has ended, it must not linger as a zombie.
        let mut zombies = zombie_children();
        while !zombies.is_empty() && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(20));
            zombies = zombie_children();
        }
        assert!(zombies.is_empty(), "zombie children: {zombies:?}");
    }
}
