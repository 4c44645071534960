//! Tauri commands: each is a one-line adapter over a plain function.
//!
//! A command listed here must also be declared in `build.rs` (`COMMANDS`) and granted in the
//! capability in `tauri.conf.json`, or the webview cannot call it.

use tauri::ipc::Channel;
use tauri::{State, WebviewWindow};

use crate::desktop;
use crate::error::AppError;
use crate::exports;
use crate::info;
use crate::language;
use crate::letter;
use crate::page::{
    self, AppInfo, AppRow, AppWords, CaseDetail, Delivery, ExportAsk, ExportDone, Greeting,
    JournalCheck, JournalPlace, LetterPreview, NewRequest, PreviewAsk, Profile, Progress,
    RegisterAsk, RequestsView, RunRow, Saved, Strength, UnfinishedRow,
};
use crate::register;
use crate::requests as journal;
use crate::session;
use crate::settings;
use crate::state::AppState;

type Answer<T> = Result<T, AppError>;

/// The handler that registers every command.
pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        app_info,
        app_words,
        set_app_language,
        connect,
        connect_saved,
        connect_sample,
        has_saved_token,
        forget_token,
        disconnect,
        list_apps,
        list_runs,
        start_export,
        cancel_export,
        save_archive,
        show_in_folder,
        start_drag,
        discard_archive,
        unfinished_exports,
        resume_export,
        discard_unfinished,
        requests,
        request,
        open_request,
        extend_request,
        record_delivery,
        add_note,
        close_request,
        delete_local_copy,
        check_journal,
        assign_request,
        set_answer_language,
        approve_request,
        send_back_request,
        require_approval,
        journal_place,
        use_register,
        use_this_computer,
        set_reminder,
        new_passphrase,
        password_strength,
        letter_profile,
        save_letter_profile,
        letter_preview
    ]
}

#[tauri::command]
pub fn app_info() -> AppInfo {
    info::app_info()
}

#[tauri::command]
pub fn app_words(state: State<'_, AppState>) -> AppWords {
    language::app_words(&state)
}

#[tauri::command]
pub fn set_app_language(state: State<'_, AppState>, choice: String) -> Answer<AppWords> {
    language::set_app_language(&state, &choice)
}

#[tauri::command]
pub async fn connect(
    state: State<'_, AppState>,
    token: String,
    base_url: String,
    remember: bool,
) -> Answer<Greeting> {
    session::connect(&state, token, base_url, remember).await
}

#[tauri::command]
pub async fn connect_saved(state: State<'_, AppState>) -> Answer<Greeting> {
    session::connect_saved(&state).await
}

#[tauri::command]
pub async fn connect_sample(state: State<'_, AppState>) -> Answer<Greeting> {
    session::connect_sample(&state).await
}

#[tauri::command]
pub async fn has_saved_token() -> bool {
    session::has_saved_token().await
}

#[tauri::command]
pub async fn forget_token() -> Answer<()> {
    session::forget_token().await
}

#[tauri::command]
pub fn disconnect(state: State<'_, AppState>) {
    session::disconnect(&state)
}

#[tauri::command]
pub async fn list_apps(state: State<'_, AppState>) -> Answer<Vec<AppRow>> {
    session::list_apps(&state).await
}

#[tauri::command]
pub async fn list_runs(
    state: State<'_, AppState>,
    owner: String,
    app: String,
) -> Answer<Vec<RunRow>> {
    session::list_runs(&state, owner, app).await
}

#[tauri::command]
pub async fn start_export(
    state: State<'_, AppState>,
    ask: ExportAsk,
    on_progress: Channel<Progress>,
) -> Answer<ExportDone> {
    exports::start(&state, ask, move |p| {
        drop(on_progress.send(page::progress(p)))
    })
    .await
}

#[tauri::command]
pub fn cancel_export(state: State<'_, AppState>) {
    exports::cancel(&state)
}

#[tauri::command]
pub async fn save_archive(
    state: State<'_, AppState>,
    window: WebviewWindow,
) -> Answer<Option<Saved>> {
    desktop::save_with_dialog(&state, &window).await
}

#[tauri::command]
pub fn show_in_folder(state: State<'_, AppState>) -> Answer<()> {
    desktop::show_in_folder(&state)
}

#[tauri::command]
pub fn start_drag(state: State<'_, AppState>, window: WebviewWindow) -> Answer<()> {
    desktop::start_drag(&state, window)
}

#[tauri::command]
pub fn discard_archive(state: State<'_, AppState>) {
    exports::discard(&state)
}

#[tauri::command]
pub fn unfinished_exports(state: State<'_, AppState>) -> Vec<UnfinishedRow> {
    exports::unfinished(&state)
}

#[tauri::command]
pub async fn resume_export(
    state: State<'_, AppState>,
    key: String,
    password: Option<String>,
    on_progress: Channel<Progress>,
) -> Answer<ExportDone> {
    exports::resume(&state, &key, password, move |p| {
        drop(on_progress.send(page::progress(p)))
    })
    .await
}

#[tauri::command]
pub fn new_passphrase() -> Answer<String> {
    exports::new_passphrase()
}

#[tauri::command]
pub fn password_strength(state: State<'_, AppState>, password: String) -> Strength {
    exports::strength(language::officer_lang(&state), &password)
}

#[tauri::command]
pub fn discard_unfinished(state: State<'_, AppState>, key: String) -> Answer<()> {
    exports::discard_unfinished(&state, &key)
}

// On the team's register a call waits for the server: never on the window's thread.
#[tauri::command(async)]
pub fn requests(state: State<'_, AppState>) -> Answer<RequestsView> {
    journal::requests(&state)
}

// On the team's register a call waits for the server: never on the window's thread.
#[tauri::command(async)]
pub fn request(state: State<'_, AppState>, reference: String) -> Answer<CaseDetail> {
    journal::request(&state, &reference)
}

// On the team's register a call waits for the server: never on the window's thread.
#[tauri::command(async)]
pub fn open_request(state: State<'_, AppState>, new: NewRequest) -> Answer<CaseDetail> {
    journal::open_request(&state, new)
}

// On the team's register a call waits for the server: never on the window's thread.
#[tauri::command(async)]
pub fn extend_request(
    state: State<'_, AppState>,
    reference: String,
    months: u8,
    told_on: String,
    reason: String,
) -> Answer<CaseDetail> {
    journal::extend_request(&state, &reference, months, &told_on, &reason)
}

// On the team's register a call waits for the server: never on the window's thread.
#[tauri::command(async)]
pub fn record_delivery(
    state: State<'_, AppState>,
    reference: String,
    delivery: Delivery,
) -> Answer<CaseDetail> {
    journal::record_delivery(&state, &reference, delivery)
}

// On the team's register a call waits for the server: never on the window's thread.
#[tauri::command(async)]
pub fn add_note(state: State<'_, AppState>, reference: String, note: String) -> Answer<CaseDetail> {
    journal::add_note(&state, &reference, &note)
}

// On the team's register a call waits for the server: never on the window's thread.
#[tauri::command(async)]
pub fn close_request(state: State<'_, AppState>, reference: String) -> Answer<CaseDetail> {
    journal::close_request(&state, &reference)
}

// On the team's register a call waits for the server: never on the window's thread.
#[tauri::command(async)]
pub fn delete_local_copy(
    state: State<'_, AppState>,
    reference: String,
    path: String,
) -> Answer<CaseDetail> {
    journal::delete_local_copy(&state, &reference, &path)
}

// On the team's register a call waits for the server: never on the window's thread.
#[tauri::command(async)]
pub fn check_journal(state: State<'_, AppState>) -> Answer<JournalCheck> {
    journal::check_journal(&state)
}

#[tauri::command(async)]
pub fn assign_request(
    state: State<'_, AppState>,
    reference: String,
    officer: String,
) -> Answer<CaseDetail> {
    journal::assign(&state, &reference, &officer)
}

#[tauri::command(async)]
pub fn set_answer_language(
    state: State<'_, AppState>,
    reference: String,
    language: String,
) -> Answer<CaseDetail> {
    journal::set_language(&state, &reference, &language)
}

#[tauri::command(async)]
pub fn approve_request(state: State<'_, AppState>, reference: String) -> Answer<CaseDetail> {
    journal::approve(&state, &reference)
}

#[tauri::command(async)]
pub fn send_back_request(
    state: State<'_, AppState>,
    reference: String,
    reason: String,
) -> Answer<CaseDetail> {
    journal::send_back(&state, &reference, &reason)
}

#[tauri::command(async)]
pub fn require_approval(state: State<'_, AppState>, required: bool) -> Answer<bool> {
    journal::require_approval(&state, required)
}

#[tauri::command(async)]
pub fn journal_place(state: State<'_, AppState>) -> Answer<JournalPlace> {
    register::place(&state)
}

#[tauri::command(async)]
pub fn use_register(state: State<'_, AppState>, ask: RegisterAsk) -> Answer<JournalPlace> {
    register::use_register(&state, ask)
}

#[tauri::command(async)]
pub fn use_this_computer(state: State<'_, AppState>) -> Answer<JournalPlace> {
    register::use_this_computer(&state)
}

#[tauri::command]
pub fn set_reminder(state: State<'_, AppState>, days: u32) -> Answer<()> {
    settings::set_reminder(&state, days)
}

#[tauri::command]
pub fn letter_profile(state: State<'_, AppState>, lang: Option<String>) -> Answer<Profile> {
    letter::letter_profile(&state, lang.as_deref())
}

#[tauri::command]
pub fn save_letter_profile(
    state: State<'_, AppState>,
    profile: Profile,
    lang: Option<String>,
) -> Answer<()> {
    letter::save_letter_profile(&state, profile, lang.as_deref())
}

#[tauri::command]
pub fn letter_preview(state: State<'_, AppState>, ask: PreviewAsk) -> Answer<LetterPreview> {
    letter::letter_preview(&state, ask)
}
