//! `case` and `journal`: the officer's record of each request, and exports that answer one.

use std::path::PathBuf;

use act_engine::journaled::JournaledExport;
use act_engine::{ExportError, ExportSummary, JournalHead};
use act_journal::due::{in_words, iso};
use act_journal::{Case, Channel, EventKind, Head, Journal, JournalError, Right};

use crate::cli::{CaseCommand, ChannelArg, Common, JournalCommand, RightArg};
use crate::commands::{json, out};
use crate::failure::{exit, Failure};

const HOLIDAYS: &str = "Public holidays are not counted: if the due date is one, the deadline is the next working day.";

impl From<JournalError> for Failure {
    fn from(error: JournalError) -> Failure {
        let (status, hint) = match &error {
            JournalError::Storage { .. } | JournalError::Folder { .. } => (
                exit::OTHER,
                Some("Check that the journal's folder can be written, or choose another with --journal."),
            ),
            JournalError::TooNew { .. } => (exit::OTHER, None),
            JournalError::BadDate(_) | JournalError::Invalid(_) | JournalError::DuplicateCase(_) => {
                (exit::USAGE, None)
            }
            JournalError::NoSuchCase(_) => (exit::NOT_FOUND, None),
        };
        Failure {
            status,
            message: error.to_string(),
            hint,
            detail: Some(act_api::error_chain(&error, "\n  caused by: ")),
        }
    }
}

/// The journal `--journal` names, or the desktop app's.
fn journal_path(common: &Common) -> Result<PathBuf, Failure> {
    match &common.journal {
        Some(path) => Ok(path.clone()),
        None => act_journal::default_location().ok_or_else(|| {
            Failure::usage("this computer has no folder for application data: name a journal file with --journal")
        }),
    }
}

fn open(common: &Common) -> Result<Journal, Failure> {
    Ok(Journal::open(&journal_path(common)?)?)
}

/// Today's date (UTC).
fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

fn date(text: &str) -> Result<time::Date, Failure> {
    Ok(act_journal::parse_date(text)?)
}

fn right(arg: RightArg) -> Right {
    match arg {
        RightArg::Access => Right::Access,
        RightArg::Portability => Right::Portability,
    }
}

fn channel(arg: ChannelArg) -> Channel {
    match arg {
        ChannelArg::Email => Channel::Email,
        ChannelArg::Portal => Channel::Portal,
        ChannelArg::Post => Channel::Post,
        ChannelArg::Other => Channel::Other,
    }
}

/// A case as JSON, with where it stands today.
fn case_json(case: &Case) -> serde_json::Value {
    let mut value = serde_json::to_value(case).unwrap_or_default();
    if let Some(object) = value.as_object_mut() {
        object.insert("standing".into(), case.standing(today()).into());
        object.insert("overdue".into(), case.overdue(today()).into());
    }
    value
}

fn due_line(case: &Case) -> String {
    format!(
        "The answer is due {} ({}).",
        in_words(case.due),
        case.standing(today())
    )
}

pub fn case(common: &Common, action: CaseCommand) -> Result<(), Failure> {
    let mut journal = open(common)?;
    match action {
        CaseCommand::New {
            reference,
            subject,
            received,
            right: r,
        } => {
            let case = journal.open_case(&reference, &subject, right(r), date(&received)?)?;
            if common.json {
                return json(&case_json(&case));
            }
            out(&format!(
                "Opened request {}: data of {}, {}.\nReceived {}. {}\n{HOLIDAYS}\n",
                case.reference,
                case.subject,
                case.right.words(),
                in_words(case.received),
                due_line(&case)
            ))
        }
        CaseCommand::List => {
            let cases = journal.cases()?;
            if common.json {
                return json(&cases.iter().map(case_json).collect::<Vec<_>>());
            }
            if cases.is_empty() {
                return out("No requests yet. Open one with `act-export case new REF --subject NAME --received YYYY-MM-DD`.\n");
            }
            let rows: Vec<[String; 5]> = cases
                .iter()
                .map(|c| {
                    let standing = if c.overdue(today()) {
                        format!("OVERDUE: {}", c.standing(today()))
                    } else {
                        c.standing(today())
                    };
                    [
                        c.reference.clone(),
                        c.subject.clone(),
                        c.status.words().to_string(),
                        iso(c.due),
                        standing,
                    ]
                })
                .collect();
            out(&table(
                ["REQUEST", "WHOSE DATA", "STATUS", "DUE", "STANDING"],
                &rows,
            ))
        }
        CaseCommand::Show { reference } => {
            let case = journal.case(&reference)?;
            let events: Vec<_> = journal
                .events()?
                .into_iter()
                .filter(|e| case.events.contains(&e.seq))
                .collect();
            if common.json {
                let mut value = case_json(&case);
                if let Some(object) = value.as_object_mut() {
                    object.insert(
                        "journal".into(),
                        serde_json::to_value(&events).unwrap_or_default(),
                    );
                }
                return json(&value);
            }
            let mut text = format!(
                "Request {}: data of {}, {}.\nReceived {}. Status: {}. {}\n",
                case.reference,
                case.subject,
                case.right.words(),
                in_words(case.received),
                case.status.words(),
                due_line(&case)
            );
            if let Some((told_on, reason)) = &case.extension {
                text.push_str(&format!(
                    "Extended by {} month(s); the requester was told on {}: {reason}.\n",
                    case.extension_months,
                    in_words(*told_on)
                ));
            }
            for copy in case.copies.iter().filter(|c| !c.deleted) {
                text.push_str(&format!("Saved copy: {} ({})\n", copy.path, copy.saved_at));
            }
            text.push_str("\nJournal:\n");
            for e in &events {
                text.push_str(&format!(
                    "  {:>4}  {}  {}\n",
                    e.seq,
                    e.at,
                    e.event.describe()
                ));
            }
            out(&text)
        }
        CaseCommand::Extend {
            reference,
            months,
            told_on,
            reason,
        } => {
            let case = journal.extend(&reference, months, date(&told_on)?, &reason)?;
            if common.json {
                return json(&case_json(&case));
            }
            out(&format!(
                "Extended request {} by {months} month(s). {}\n{HOLIDAYS}\n",
                case.reference,
                due_line(&case)
            ))
        }
        CaseCommand::Deliver {
            reference,
            channel: c,
            recipient,
            on,
            password_sent,
        } => {
            let on = match on {
                Some(on) => date(&on)?,
                None => today(),
            };
            if recipient.trim().is_empty() {
                return Err(Failure::usage(
                    "say to whom the answer was sent (--recipient)",
                ));
            }
            journal.record(
                Some(&reference),
                EventKind::Delivered {
                    channel: channel(c),
                    recipient: recipient.trim().to_string(),
                    on: iso(on),
                    password_sent: password_sent.filter(|p| !p.trim().is_empty()),
                },
            )?;
            let case = journal.case(&reference)?;
            if common.json {
                return json(&case_json(&case));
            }
            out(&format!(
                "Recorded the delivery of request {} on {}: {}.\n",
                case.reference,
                in_words(on),
                case.timeliness().unwrap_or_default()
            ))
        }
        CaseCommand::Note { reference, text } => {
            if text.trim().is_empty() {
                return Err(Failure::usage("the note is empty"));
            }
            journal.record(
                Some(&reference),
                EventKind::NoteAdded {
                    note: text.trim().to_string(),
                },
            )?;
            out(&format!(
                "Added the note to request {}.\n",
                reference.trim()
            ))
        }
        CaseCommand::Close { reference } => {
            journal.record(Some(&reference), EventKind::Closed {})?;
            let case = journal.case(&reference)?;
            if common.json {
                return json(&case_json(&case));
            }
            out(&format!(
                "Closed request {} ({}).\n",
                case.reference,
                case.standing(today())
            ))
        }
    }
}

/// Columns padded to their widest cell.
fn table<const N: usize>(header: [&str; N], rows: &[[String; N]]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(cell.chars().count());
        }
    }
    let line = |cells: Vec<&str>| {
        let padded: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c:<width$}", width = widths[i]))
            .collect();
        format!("{}\n", padded.join("  ").trim_end())
    };
    let mut text = line(header.to_vec());
    for row in rows {
        text.push_str(&line(row.iter().map(String::as_str).collect()));
    }
    text
}

pub fn journal(common: &Common, action: JournalCommand) -> Result<(), Failure> {
    let journal = open(common)?;
    match action {
        JournalCommand::Verify {
            archive,
            password_stdin,
        } => {
            let verification = match &archive {
                Some(archive) => {
                    let password = password_stdin.then(crate::commands::password).transpose()?;
                    let Some(kept) = act_engine::journal_head_with(archive, password.as_ref())?
                    else {
                        return Err(Failure::usage(format!(
                            "{} answered no journaled request: it has no record of the journal",
                            archive.display()
                        )));
                    };
                    journal.verify_against(&Head::from(&kept))?
                }
                None => journal.verify()?,
            };
            if common.json {
                json(&verification)?;
            } else if let Some(problem) = &verification.problem {
                out(&format!(
                    "The journal {} does not match at event {}: {}.\n",
                    journal.path().display(),
                    problem.seq,
                    problem.what
                ))?;
            } else {
                let head = verification
                    .head
                    .as_ref()
                    .map(|h| format!(", the last one's checksum {}", h.hash))
                    .unwrap_or_default();
                let against = archive
                    .map(|a| format!(" It still holds everything {} recorded of it.", a.display()))
                    .unwrap_or_default();
                out(&format!(
                    "The journal {} is intact: {} events{head}.{against}\n",
                    journal.path().display(),
                    verification.events
                ))?;
            }
            if verification.is_ok() {
                Ok(())
            } else {
                Err(Failure {
                    status: exit::VERIFY,
                    message: "the journal did not pass verification".into(),
                    hint: Some("Keep this journal file as it is, and compare it with a backup."),
                    detail: None,
                })
            }
        }
        JournalCommand::Export { csv } => {
            let events = journal.events()?;
            let write = || -> std::io::Result<()> {
                let mut file = std::io::BufWriter::new(std::fs::File::create(&csv)?);
                act_journal::csv::write(&events, &mut file)
            };
            write().map_err(|e| {
                Failure::other(format!("{} could not be written: {e}", csv.display()))
            })?;
            out(&format!(
                "Wrote {} events to {}.\n",
                events.len(),
                csv.display()
            ))
        }
    }
}

/// The cover letter from the controller profile at `path`, for the request `reference`.
pub fn letter(
    common: &Common,
    path: &std::path::Path,
    reference: Option<&str>,
) -> Result<act_engine::letter::Letter, Failure> {
    let bytes = std::fs::read(path)
        .map_err(|e| Failure::usage(format!("--letter {}: {e}", path.display())))?;
    let profile = serde_json::from_slice(&bytes).map_err(|e| {
        Failure::usage(format!(
            "--letter {}: not a controller profile ({e}); see the README for its fields",
            path.display()
        ))
    })?;
    let case = match reference {
        Some(reference) => Some(open(common)?.case(reference)?),
        None => None,
    };
    Ok(act_engine::letter::Letter::answering(
        profile,
        case.as_ref(),
    ))
}

/// An export that answers a request: the journal records that it began (the manifest keeps
/// the journal's head at that moment), how it ended, and where the archive was written.
pub struct CaseExport(JournaledExport);

impl CaseExport {
    /// Journals the start; returns the journal's head for the manifest.
    pub fn begin(
        common: &Common,
        reference: &str,
        apps: &[act_engine::AppScope],
    ) -> Result<(CaseExport, JournalHead), Failure> {
        let (app, run_ids) = act_engine::journaled::apps_in_journal(apps);
        let (journaled, head) =
            JournaledExport::begin(open(common)?, Some(reference), &app, &run_ids)?;
        Ok((CaseExport(journaled), head))
    }

    /// Journals how the export ended.
    pub fn end(self, result: &Result<ExportSummary, ExportError>) -> Result<(), Failure> {
        let reference = self.0.reference().map(str::to_string);
        let mut journal = self.0.end(result)?;
        if let Ok(summary) = result {
            journal.record(
                reference.as_deref(),
                EventKind::Saved {
                    path: std::fs::canonicalize(&summary.path)
                        .unwrap_or_else(|_| summary.path.clone())
                        .display()
                        .to_string(),
                    archive_sha256: summary.sha256.clone(),
                },
            )?;
        }
        Ok(())
    }
}
