//! An export the journal records: that it began (before anything is asked of the service, so
//! that the archive's manifest holds the journal's head at that moment) and how it ended.

use act_engine::{AppScope, ExportError, ExportSummary, JournalHead, Scope};
use act_journal::{EventKind, Journal, JournalError};

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
pub(crate) struct JournaledExport {
    journal: Journal,
    /// The request it answers, as the journal spells it (`None`: an export without a request).
    reference: Option<String>,
    app: String,
    run_ids: Vec<String>,
}

impl JournaledExport {
    /// Journals the start of an export of `apps` for the request `reference` (as the journal
    /// spells it) or for none; returns the head for the manifest.
    pub(crate) fn begin(
        mut journal: Journal,
        reference: Option<String>,
        apps: &[AppScope],
    ) -> Result<(JournaledExport, JournalHead), JournalError> {
        let (app, run_ids) = apps_in_journal(apps);
        let recorded = journal.record(
            reference.as_deref(),
            EventKind::ExportStarted {
                app: app.clone(),
                run_ids: run_ids.clone(),
            },
        )?;
        let head = JournalHead {
            events: recorded.seq,
            hash: recorded.hash,
            case: reference.clone(),
            id: journal.identity()?.map(|i| i.id),
        };
        let journaled = JournaledExport {
            journal,
            reference,
            app,
            run_ids,
        };
        Ok((journaled, head))
    }

    /// The journal it writes.
    pub(crate) fn journal(&self) -> &Journal {
        &self.journal
    }

    /// Journals how the export ended, and hands the journal back for what follows (saving).
    pub(crate) fn end(
        mut self,
        result: Result<&ExportSummary, &ExportError>,
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
                papers: serde_json::to_string(&summary.papers).ok(),
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
