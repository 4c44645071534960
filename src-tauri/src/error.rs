//! The one error shape the webview sees: `{code, message, detail}`. `ui/js/errors.js` decides
//! how each code is shown; `detail` is the technical text behind "Show details" (never the
//! token: no error type can contain it).

use act_api::ApiError;
use act_engine::ExportError;
use serde::Serialize;

/// An error as the UI receives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{code}: {message}")]
pub struct AppError {
    /// A stable code (`unauthorized`, `network`, `disk_full`...).
    pub code: String,
    /// One plain sentence.
    pub message: String,
    /// The technical chain of causes.
    pub detail: String,
}

impl AppError {
    pub fn new(code: &str, message: impl Into<String>) -> AppError {
        let message = message.into();
        AppError {
            code: code.to_string(),
            detail: message.clone(),
            message,
        }
    }
}

fn chain(error: &dyn std::error::Error) -> String {
    act_api::error_chain(error, "\ncaused by: ")
}

impl From<ApiError> for AppError {
    fn from(error: ApiError) -> AppError {
        AppError {
            code: error.code().to_string(),
            message: error.to_string(),
            detail: chain(&error),
        }
    }
}

impl From<ExportError> for AppError {
    fn from(error: ExportError) -> AppError {
        AppError {
            code: error.code().to_string(),
            message: error.to_string(),
            detail: chain(&error),
        }
    }
}
