//! Connecting to App Center (or to the built-in sample server) and reading what the screens
//! list. Plain functions over [`AppState`]; the Tauri commands only forward to them.

use std::sync::Arc;

use act_api::{ApiToken, AppRef, BaseUrl, Client, ClientConfig, Pacer, RateLimit};
use act_sample_server::{SampleServer, ServerConfig, SAMPLE_TOKEN};

use crate::error::{AppError, Code};
use crate::keychain::{self, KeychainError};
use crate::page::{self, AppRow, Greeting, RunRow};
use crate::state::{AppState, Session};

fn client(session: &Session) -> Result<Client, AppError> {
    let config = ClientConfig {
        base_url: session.base_url.clone(),
        ..ClientConfig::default()
    };
    Ok(Client::new(config, session.token.clone())?.with_pacer(session.pacer.clone()))
}

fn parse_base_url(text: &str) -> Result<BaseUrl, AppError> {
    let text = if text.trim().is_empty() {
        act_api::DEFAULT_BASE_URL
    } else {
        text
    };
    BaseUrl::parse(text).map_err(|e| AppError::new(Code::InvalidAddress, e.to_string()))
}

/// Runs a keychain call on a blocking thread (it may wait for the user to unlock it).
async fn on_keychain<T: Send + 'static>(
    call: impl FnOnce() -> Result<T, KeychainError> + Send + 'static,
) -> Result<T, AppError> {
    tokio::task::spawn_blocking(call)
        .await
        .map_err(|e| AppError::new(Code::Keychain, format!("The keychain call failed: {e}")))?
        .map_err(AppError::from)
}

/// True when a token is saved in the OS keychain.
pub async fn has_saved_token() -> bool {
    tokio::task::spawn_blocking(keychain::has_saved)
        .await
        .unwrap_or(false)
}

/// Removes the saved token from the OS keychain.
pub async fn forget_token() -> Result<(), AppError> {
    on_keychain(keychain::forget).await
}

/// Checks `token` with `GET /v0.1/user` and starts a session.
pub async fn connect(
    state: &AppState,
    token: String,
    base_url: String,
    remember: bool,
) -> Result<Greeting, AppError> {
    let token = ApiToken::new(token);
    if token.is_empty() {
        return Err(AppError::new(
            Code::TokenMissing,
            "Paste your App Center API token first.",
        ));
    }
    let base_url = parse_base_url(&base_url)?;
    let mut greeting = start(state, base_url, token.clone(), false).await?;
    if remember {
        let url = greeting.base_url.clone();
        match on_keychain(move || keychain::save(&url, &token)).await {
            Ok(()) => greeting.remembered = true,
            Err(problem) => {
                tracing::warn!(problem = %problem.message, "the token could not be kept in the keychain");
                greeting.remember_problem = Some(problem.message);
            }
        }
    }
    Ok(greeting)
}

/// Connects with the token saved in the OS keychain.
pub async fn connect_saved(state: &AppState) -> Result<Greeting, AppError> {
    let (base_url, token) = on_keychain(keychain::load)
        .await?
        .ok_or_else(|| AppError::new(Code::TokenMissing, "No token is saved on this computer."))?;
    let mut greeting = start(state, parse_base_url(&base_url)?, token, false).await?;
    greeting.remembered = true;
    Ok(greeting)
}

/// Starts the built-in sample server (once) and connects to it. The sample token goes to the
/// sample server's own loopback address and nowhere else.
pub async fn connect_sample(state: &AppState) -> Result<Greeting, AppError> {
    let url = {
        let mut sample = state.sample.lock().await;
        let server = match sample.take() {
            Some(server) => server,
            None => SampleServer::start(ServerConfig::default())
                .await
                .map_err(|e| {
                    AppError::new(
                        Code::SampleServer,
                        format!("The sample data could not be started: {e}"),
                    )
                })?,
        };
        let url = server.api_url();
        *sample = Some(server);
        url
    };
    // Never the default address: the sample token must not go to App Center.
    let base_url = BaseUrl::parse(&url)
        .map_err(|e| AppError::new(Code::SampleServer, format!("The sample data: {e}")))?;
    start(state, base_url, ApiToken::new(SAMPLE_TOKEN), true).await
}

async fn start(
    state: &AppState,
    base_url: BaseUrl,
    token: ApiToken,
    sample: bool,
) -> Result<Greeting, AppError> {
    // One budget with the user's other processes calling the same service with the same
    // token; the built-in sample server answers this app alone.
    let pacer = if sample {
        Pacer::new(RateLimit::default())
    } else {
        Pacer::shared(RateLimit::default(), state.pace_dir(), &base_url, &token)
    };
    let session = Session {
        base_url,
        token,
        sample,
        pacer: Arc::new(pacer),
    };
    let user = client(&session)?.user().await?;
    let base_url = &session.base_url;
    let greeting = Greeting {
        display_name: user.data.display_name.clone(),
        base_url: base_url.to_string(),
        sample,
        remembered: false,
        remember_problem: None,
    };
    tracing::info!(sample, base_url = %base_url, "connected");
    state.set_session(session);
    Ok(greeting)
}

/// Ends the session: a running export is cancelled and an unsaved archive deleted. The token
/// is forgotten by the app, not removed from the keychain.
pub fn disconnect(state: &AppState) {
    state.disconnect();
}

/// The apps the token can see.
pub async fn list_apps(state: &AppState) -> Result<Vec<AppRow>, AppError> {
    let session = state.session()?;
    let apps = client(&session)?.apps().await?;
    Ok(apps
        .into_iter()
        .map(|a| {
            let d = a.data;
            AppRow {
                display_name: d.display_name.unwrap_or_else(|| d.name.clone()),
                owner_display_name: d.owner.display_name.unwrap_or_else(|| d.owner.name.clone()),
                owner: d.owner.name,
                name: d.name,
                os: d.os.unwrap_or_default(),
            }
        })
        .collect())
}

/// An app's test runs, newest first.
pub async fn list_runs(
    state: &AppState,
    owner: String,
    app: String,
) -> Result<Vec<RunRow>, AppError> {
    let session = state.session()?;
    let app = AppRef { owner, app };
    let runs = client(&session)?.test_runs(&app).await?;
    let mut rows: Vec<RunRow> = runs
        .iter()
        .map(|r| page::run_row(&act_engine::readme::RunRow::from_test_run(&r.data)))
        .collect();
    rows.sort_by(|a, b| b.date.cmp(&a.date));
    Ok(rows)
}
