//! Build script of the desktop app.
//!
//! Every command the webview may call is declared in the app manifest here, so that each one
//! needs an explicit grant in the capability in `tauri.conf.json` (`allow-<command>`).

/// The app's own commands. Keep in step with `commands::handler()` in `src/lib.rs`.
const COMMANDS: &[&str] = &[
    "app_info",
    "app_words",
    "set_app_language",
    "connect",
    "connect_saved",
    "connect_sample",
    "has_saved_token",
    "forget_token",
    "disconnect",
    "list_apps",
    "list_runs",
    "start_export",
    "cancel_export",
    "save_archive",
    "show_in_folder",
    "start_drag",
    "discard_archive",
    "unfinished_exports",
    "resume_export",
    "discard_unfinished",
    "requests",
    "request",
    "open_request",
    "extend_request",
    "record_delivery",
    "add_note",
    "close_request",
    "delete_local_copy",
    "check_journal",
    "assign_request",
    "set_answer_language",
    "approve_request",
    "send_back_request",
    "require_approval",
    "journal_place",
    "use_register",
    "use_this_computer",
    "set_reminder",
    "new_passphrase",
    "password_strength",
    "letter_profile",
    "save_letter_profile",
    "letter_preview",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        println!("cargo:warning=tauri-build failed: {error:#}");
        std::process::exit(1);
    }
}
