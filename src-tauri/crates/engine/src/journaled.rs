//! An export that the request journal records: that it began (before anything is asked of the
//! service, so that the archive's manifest holds the journal's head at that moment) and how it
//! ended. Used by the command line and the desktop app alike.

use act_journal::{EventKind, Journal, JournalError};

use crate::error::ExportError;
use crate::request::{AppScope, ExportSummary, JournalHead, Scope};

/// The OS user who runs this: from the environment, else (Unix) from `id -un`.
pub fn operator() -> String {
    let named = ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()));
    #[cfg(unix)]
    let named = named.or_else(|| {
        std::process::Command::new("id")
            .arg("-un")
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .filter(|s| !s.is_empty())
    });
    named.unwrap_or_else(|| "unknown".to_string())
}

/// How the journal names an export's apps and runs: one app as `owner/app` with its run ids
/// (none: the whole app); several as `owner/a, owner/b (all test runs)` with each run id
/// written `owner/app/id`, so that the journal tells which app each run is of.
pub fn apps_in_journal(apps: &[AppScope]) -> (String, Vec<String>) {
    match apps {
        [one] => (
            one.app.to_string(),
            match &one.scope {
                Scope::WholeApp => Vec::new(),
                Scope::Runs { run_ids } => run_ids.clone(),
            },
        ),
        _ => {
            let names: Vec<String> = apps
                .iter()
                .map(|a| match a.scope {
                    Scope::WholeApp => format!("{} (all test runs)", a.app),
                    Scope::Runs { .. } => a.app.to_string(),
                })
                .collect();
            let runs = apps
                .iter()
                .flat_map(|a| match &a.scope {
                    Scope::WholeApp => Vec::new(),
                    Scope::Runs { run_ids } => {
                        run_ids.iter().map(|id| format!("{}/{id}", a.app)).collect()
                    }
                })
                .collect();
            (names.join(", "), runs)
        }
    }
}

/// A journaled export between its start and its end.
pub struct JournaledExport {
    journal: Journal,
    /// The request it answers, as the journal spells it (`None`: an export without a request).
    reference: Option<String>,
    app: String,
    run_ids: Vec<String>,
}

impl JournaledExport {
    /// Journals the start of an export of `app` (`run_ids` empty: the whole app) for the
    /// request `reference` (which must exist) or for none; returns the head for the manifest.
    pub fn begin(
        mut journal: Journal,
        reference: Option<&str>,
        app: &str,
        run_ids: &[String],
    ) -> Result<(JournaledExport, JournalHead), JournalError> {
        let reference = match reference {
            Some(reference) => Some(journal.case(reference)?.reference),
            None => None,
        };
        let recorded = journal.record(
            reference.as_deref(),
            EventKind::ExportStarted {
                app: app.to_string(),
                run_ids: run_ids.to_vec(),
            },
        )?;
        let head = JournalHead {
            events: recorded.seq,
            hash: recorded.hash,
            case: reference.clone(),
        };
        let journaled = JournaledExport {
            journal,
            reference,
            app: app.to_string(),
            run_ids: run_ids.to_vec(),
        };
        Ok((journaled, head))
    }

    /// The request it answers.
    pub fn reference(&self) -> Option<&str> {
        self.reference.as_deref()
    }

    /// Journals how the export ended, and hands the journal back for what follows (saving).
    pub fn end(
        mut self,
        result: &Result<ExportSummary, ExportError>,
    ) -> Result<Journal, JournalError> {
        let event = match result {
            Ok(summary) => EventKind::ExportCompleted {
                app: self.app,
                run_ids: self.run_ids,
                runs: summary.runs as u64,
                files: summary.files as u64,
                entries: summary.entries as u64,
                excluded_records: summary.excluded_records,
                bytes: summary.bytes,
                archive_sha256: summary.sha256.clone(),
                manifest_sha256: summary.manifest_sha256.clone(),
                version: env!("CARGO_PKG_VERSION").to_string(),
                operator: operator(),
                protected: summary.protected,
            },
            Err(ExportError::Cancelled) => EventKind::ExportCancelled { app: self.app },
            Err(error) => EventKind::ExportFailed {
                app: self.app,
                code: error.code().to_string(),
            },
        };
        self.journal.record(self.reference.as_deref(), event)?;
        Ok(self.journal)
    }
}
