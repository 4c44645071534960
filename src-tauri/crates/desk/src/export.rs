//! An export for a request (or for none), as both hosts run it: the request looked up once,
//! the cover letter composed, the start and the end journaled, and where the archive stays
//! recorded.

use act_engine::lang::Lang;
use act_engine::letter::{ControllerProfile, Letter, Profiles};
use act_engine::{ExportRequest, ExportSummary, ProgressSink};
use act_journal::{Case, EventKind};
use tokio_util::sync::CancellationToken;

use crate::error::DeskError;
use crate::journaled::JournaledExport;
use crate::requests::Desk;

/// An export, and what the hosts want recorded of it.
#[derive(Debug)]
pub struct ExportJob {
    /// What to export and where (the cover letter, the journal's head and the request it
    /// answers are filled in here).
    pub request: ExportRequest,
    /// The request it answers (`None`: an export without a request). A request's export is
    /// always journaled.
    pub reference: Option<String>,
    /// Journal this export even without a request (the app journals every export; the
    /// command line those with `--case`).
    pub journaled: bool,
    /// The organisation's texts for the cover letter, for every language (`None`: no letter):
    /// the letter takes those of the answer's language ([`Profiles::for_language`]).
    pub letter: Option<Profiles>,
    /// The language of the answer (`None`: the request's, else English).
    pub lang: Option<Lang>,
    /// The archive stays where it is written (the command line's `--out`): journal it as saved
    /// there once complete.
    pub saved_in_place: bool,
}

/// A finished export.
#[derive(Debug)]
pub struct Exported {
    pub summary: ExportSummary,
    /// The request it answers, as the journal spells it.
    pub reference: Option<String>,
    /// The archive is complete, but the journal could not record that (or where it was
    /// saved): the archive is kept all the same, and the hosts say what the journal lacks.
    pub journal_problem: Option<DeskError>,
}

/// The cover letter from `profile` (the texts of the letter's language) answering `case`
/// (`None`: an export that answers no recorded request).
pub fn letter_for(profile: ControllerProfile, case: Option<&Case>) -> Letter {
    Letter {
        profile,
        reference: case.map(|c| c.reference.clone()),
        received: case.map(|c| c.received),
    }
}

/// The language `case` is to be answered in, when one was chosen (and is one of ours).
pub fn answer_language(case: &Case) -> Option<Lang> {
    case.language.as_deref().and_then(Lang::from_tag)
}

/// The language an answer is written in: the one `asked` for it, else its request's, else
/// English.
fn language_of(asked: Option<Lang>, case: Option<&Case>) -> Lang {
    asked
        .or_else(|| case.and_then(answer_language))
        .unwrap_or_default()
}

impl Desk {
    /// The cover letter from `profiles` answering the request `reference` (looked up in the
    /// journal), or no recorded request, and the language it is written in (the request's,
    /// else English): the texts of that language, as the export takes them.
    pub fn letter(
        &self,
        profiles: &Profiles,
        reference: Option<&str>,
    ) -> Result<(Letter, Lang), DeskError> {
        let case = match reference.filter(|r| !r.trim().is_empty()) {
            Some(reference) => Some(self.case(reference)?),
            None => None,
        };
        let lang = language_of(None, case.as_ref());
        let profile = profiles.for_language(lang);
        Ok((letter_for(profile, case.as_ref()), lang))
    }

    /// Runs `job`: looks its request up (refused before anything is asked of the service when
    /// it is not in the journal), composes the letter, journals the start, exports, journals
    /// how it ended and, for an archive saved in place, where it is. A failure says whether
    /// what was done is kept to continue (the engine decides); the journal's own failure at the
    /// end never costs a finished archive.
    pub async fn export(
        &self,
        job: ExportJob,
        progress: ProgressSink,
        cancel: CancellationToken,
    ) -> Result<Exported, DeskError> {
        let ExportJob {
            mut request,
            reference,
            journaled,
            letter: profiles,
            lang,
            saved_in_place,
        } = job;
        let reference = reference.filter(|r| !r.trim().is_empty());
        request.apps = act_engine::merge_apps(std::mem::take(&mut request.apps));
        // Nothing is journaled for an export that cannot begin.
        request.check().map_err(act_engine::ExportFailure::ended)?;
        let journal = if journaled || reference.is_some() {
            Some(self.journal()?)
        } else {
            None
        };
        let case = match (&journal, reference.as_deref()) {
            (Some(journal), Some(reference)) => Some(journal.case(reference)?),
            _ => None,
        };
        let reference = case.as_ref().map(|c| c.reference.clone());
        request.options.lang = language_of(lang, case.as_ref());
        let answer = request.options.lang;
        request.options.letter =
            profiles.map(|p| letter_for(p.for_language(answer), case.as_ref()));
        request.options.reference = reference.clone();
        let journaled = match journal {
            Some(journal) => {
                let (journaled, head) =
                    JournaledExport::begin(journal, reference.clone(), &request.apps)?;
                self.witnessed(journaled.journal());
                request.options.journal_head = Some(head);
                Some(journaled)
            }
            None => None,
        };
        let outcome = act_engine::export(request, progress, cancel).await;
        let mut journal_problem = None;
        if let Some(journaled) = journaled {
            let ended = journaled.end(outcome.as_ref().map_err(|f| &f.error));
            let recorded = match (ended, &outcome) {
                (Ok(mut journal), Ok(summary)) if saved_in_place => {
                    let saved = journal.record(
                        reference.as_deref(),
                        EventKind::Saved {
                            path: std::fs::canonicalize(&summary.path)
                                .unwrap_or_else(|_| summary.path.clone())
                                .display()
                                .to_string(),
                            archive_sha256: summary.sha256.clone(),
                            computer: Some(self.computer().to_string()),
                        },
                    );
                    self.witnessed(&journal);
                    saved.map(|_| ())
                }
                (Ok(journal), _) => {
                    self.witnessed(&journal);
                    Ok(())
                }
                (Err(error), _) => Err(error),
            };
            if let Err(error) = recorded {
                tracing::error!(%error, "the journal could not record how the export ended");
                journal_problem = Some(DeskError::from(error));
            }
        }
        match outcome {
            Ok(summary) => Ok(Exported {
                summary,
                reference,
                journal_problem,
            }),
            // The export's own failure is what the officer must know; the journal's (logged
            // above) comes second.
            Err(failure) => Err(failure.into()),
        }
    }
}
