//! `case` and `journal`: the officer's record of each request, as lines of text. What may be
//! recorded is the desk's to decide (`act_desk`); this module only presents it.

use act_desk::{Delivery, Desk, NewRequest};
use act_engine::lang::Lang;
use act_journal::due::{in_words, iso};
use act_journal::{Beginning, Case, Channel, Finding, Location, Review, Right};

use crate::cli::{CaseCommand, ChannelArg, Common, JournalCommand, OnOff, RightArg, TeamCommand};
use crate::failure::{exit, Failure};
use crate::output::{json, out, table};

const HOLIDAYS: &str = "Public holidays are not counted: if the due date is one, the deadline is the next working day.";

/// The journal `--journal` (or `ACT_EXPORT_JOURNAL`) names, or the desktop app's file.
fn journal_location(common: &Common) -> Result<Location, Failure> {
    match &common.journal {
        Some(location) => Ok(location.clone()),
        None => act_journal::default_location().map(Location::File).ok_or_else(|| {
            Failure::usage("this computer has no folder for application data: name a journal file with --journal")
        }),
    }
}

/// The officer's desk over that journal, witnessed where the desktop app witnesses it, on
/// this computer's clock and time zone.
pub fn desk(common: &Common) -> Result<Desk, Failure> {
    let journal = journal_location(common)?;
    let witness = act_journal::witness_location().ok_or_else(|| {
        Failure::usage("this computer has no folder for application settings: set HOME")
    })?;
    Ok(Desk::new(journal, witness))
}

/// `text` with its first letter a capital.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
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

/// A case as JSON, with where it stands `today`.
fn case_json(case: &Case, today: time::Date) -> serde_json::Value {
    let mut value = serde_json::to_value(case).unwrap_or_default();
    if let Some(object) = value.as_object_mut() {
        object.insert("standing".into(), case.standing(today).into());
        object.insert("overdue".into(), case.overdue(today).into());
    }
    value
}

fn due_line(case: &Case, today: time::Date) -> String {
    format!(
        "The answer is due {} ({}).",
        in_words(case.due),
        case.standing(today)
    )
}

/// A request's last archive as its reviewer reads it: where it stands, the letter, the ledger.
fn review_text(case: &Case, approval: &act_desk::Approval) -> String {
    let exporter = approval.exported_by.as_deref().unwrap_or("a colleague");
    let sha = case
        .last_archive
        .as_ref()
        .map_or("", |(sha, _)| sha.as_str());
    let mut text = format!(
        "The last archive of request {} (SHA-256 {sha}), exported by {exporter}.\n",
        case.reference
    );
    text.push_str(match (&case.review, approval.required) {
        (Some(Review::Approved { .. }), _) => "It is approved for delivery.\n",
        (Some(Review::SentBack { .. }), _) => "It was sent back, not to be delivered.\n",
        (None, true) => "It waits for another officer's approval.\n",
        (None, false) => "Your team delivers archives without a second officer's approval.\n",
    });
    if let Some(Review::SentBack { reason, .. }) = &case.review {
        text.push_str(&format!("Why: {reason}\n"));
    }
    let Some(papers) = &approval.papers else {
        text.push_str(
            "\nIts export was made by an earlier version of ACT Export, which did not record the \
             letter and the ledger: open the archive to read them.\n",
        );
        return text;
    };
    text.push_str("\nTHE LETTER\n\n");
    if papers.letter.is_empty() {
        text.push_str("This archive has no cover letter.\n\n");
    }
    for part in &papers.letter {
        match part {
            act_engine::letter::Part::Heading { text: heading } => {
                text.push_str(&format!("{}\n\n", heading.to_uppercase()))
            }
            act_engine::letter::Part::Paragraph { text: paragraph } => {
                text.push_str(&format!("{paragraph}\n\n"))
            }
            act_engine::letter::Part::Item { term, text: item } => {
                text.push_str(&format!("{term}: {item}\n\n"))
            }
        }
    }
    text.push_str("THE LEDGER\n");
    for app in &papers.apps {
        text.push_str(&format!(
            "\n{} ({}): {} in the archive.\n",
            app.name,
            app.app,
            app.in_the_archive(Lang::En)
        ));
        let rows: Vec<[String; 4]> = app
            .records
            .iter()
            .map(|r| {
                [
                    r.endpoint.clone(),
                    r.received.to_string(),
                    r.kept.to_string(),
                    r.left_out_in_words(Lang::En),
                ]
            })
            .collect();
        text.push_str(&table(
            &["RECORDS", "RECEIVED", "IN THE ARCHIVE", "LEFT OUT"],
            &rows,
        ));
        let not_included = app.not_included(Lang::En);
        if not_included.is_empty() {
            text.push_str("Every file App Center named is in the archive.\n");
        }
        for line in not_included {
            text.push_str(&format!("{line}\n"));
        }
    }
    text
}

pub fn case(common: &Common, action: CaseCommand) -> Result<(), Failure> {
    let desk = desk(common)?;
    let today = desk.today();
    let case_json = |case: &Case| case_json(case, today);
    let due_line = |case: &Case| due_line(case, today);
    match action {
        CaseCommand::New {
            reference,
            subject,
            received,
            right: r,
            lang,
        } => {
            let case = desk.open_request(NewRequest {
                reference,
                subject,
                right: right(r),
                received,
                language: lang,
            })?;
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
        CaseCommand::List { mine, officer } => {
            let officer = match (mine, officer) {
                (true, _) => Some(desk.officer()?),
                (false, officer) => officer.map(|o| o.trim().to_string()),
            };
            let cases: Vec<Case> = desk
                .cases()?
                .into_iter()
                .filter(|c| officer.is_none() || c.assignee == officer)
                .collect();
            if common.json {
                return json(&cases.iter().map(case_json).collect::<Vec<_>>());
            }
            if let (true, Some(officer)) = (cases.is_empty(), &officer) {
                return out(&format!("No requests are assigned to {officer}.\n"));
            }
            if cases.is_empty() {
                return out("No requests yet. Open one with `act-export case new REF --subject NAME --received YYYY-MM-DD`.\n");
            }
            let rows: Vec<[String; 6]> = cases
                .iter()
                .map(|c| {
                    let standing = if c.overdue(today) {
                        format!("OVERDUE: {}", c.standing(today))
                    } else {
                        c.standing(today)
                    };
                    [
                        c.reference.clone(),
                        c.subject.clone(),
                        c.status.words().to_string(),
                        iso(c.due),
                        standing,
                        c.assignee.clone().unwrap_or_else(|| "nobody".into()),
                    ]
                })
                .collect();
            out(&table(
                &[
                    "REQUEST",
                    "WHOSE DATA",
                    "STATUS",
                    "DUE",
                    "STANDING",
                    "ASSIGNED TO",
                ],
                &rows,
            ))
        }
        CaseCommand::Show { reference } => {
            let (case, events) = desk.history(&reference)?;
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
            if let Some(officer) = &case.assignee {
                text.push_str(&format!("Assigned to {officer}.\n"));
            }
            if let Some(lang) = act_desk::answer_language(&case) {
                text.push_str(&format!("To be answered in {}.\n", lang.name()));
            }
            match (&case.review, &case.last_archive) {
                (Some(Review::Approved { .. }), _) => {
                    text.push_str("Its last archive is approved for delivery.\n")
                }
                (Some(Review::SentBack { reason, .. }), _) => text.push_str(&format!(
                    "Its last archive was sent back, not to be delivered: {reason}.\n"
                )),
                (None, Some(_)) if desk.team_rules()?.approval_required => {
                    text.push_str("Its last archive waits for another officer's approval.\n")
                }
                _ => {}
            }
            if let Some((told_on, reason)) = &case.extension {
                text.push_str(&format!(
                    "Extended by {} month(s); the requester was told on {}: {reason}.\n",
                    case.extension_months,
                    in_words(*told_on)
                ));
            }
            for copy in case.copies.iter().filter(|c| !c.deleted) {
                let on = copy
                    .computer
                    .as_deref()
                    .map(|computer| format!(" on {computer}"))
                    .unwrap_or_default();
                text.push_str(&format!(
                    "Saved copy: {}{on} ({})\n",
                    copy.path, copy.saved_at
                ));
            }
            text.push_str("\nJournal:\n");
            for e in &events {
                let by = e
                    .officer
                    .as_deref()
                    .map(|officer| format!(" (by {officer})"))
                    .unwrap_or_default();
                text.push_str(&format!(
                    "  {:>4}  {}  {}{by}\n",
                    e.seq,
                    e.at,
                    e.event.describe()
                ));
            }
            out(&text)
        }
        CaseCommand::Language { reference, lang } => {
            let case = desk.set_language(&reference, lang)?;
            if common.json {
                return json(&case_json(&case));
            }
            out(&format!(
                "Request {} is to be answered in {} ({}).\n",
                case.reference,
                lang.name(),
                lang.code()
            ))
        }
        CaseCommand::Assign { reference, to } => {
            let case = desk.assign(&reference, &to)?;
            if common.json {
                return json(&case_json(&case));
            }
            out(&format!(
                "Request {} is assigned to {}.\n",
                case.reference,
                case.assignee.as_deref().unwrap_or(to.trim())
            ))
        }
        CaseCommand::Approve { reference } => {
            let case = desk.approve(&reference)?;
            if common.json {
                return json(&case_json(&case));
            }
            out(&format!(
                "Approved the last archive of request {} for delivery.\n",
                case.reference
            ))
        }
        CaseCommand::Review { reference } => {
            let case = desk.case(&reference)?;
            let Some(approval) = desk.approval(&case.reference)? else {
                return Err(act_desk::DeskError::from(act_desk::Rule::NothingToReview).into());
            };
            if common.json {
                return json(&serde_json::json!({
                    "reference": case.reference,
                    "archive_sha256": case.last_archive.as_ref().map(|(sha, _)| sha),
                    "exported_by": approval.exported_by,
                    "approval_required": approval.required,
                    "review": case.review,
                    "papers": approval.papers,
                }));
            }
            out(&review_text(&case, &approval))
        }
        CaseCommand::SendBack { reference, reason } => {
            let case = desk.send_back(&reference, &reason)?;
            if common.json {
                return json(&case_json(&case));
            }
            out(&format!(
                "Sent the last archive of request {} back: it is not to be delivered.\n",
                case.reference
            ))
        }
        CaseCommand::Extend {
            reference,
            months,
            told_on,
            reason,
        } => {
            let case = desk.extend(&reference, months, &told_on, &reason)?;
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
            let (case, on) = desk.record_delivery(
                &reference,
                Delivery {
                    channel: channel(c),
                    recipient,
                    on,
                    password_sent,
                    // The command line never keeps an archive's password after its export.
                    archive_password: None,
                },
            )?;
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
            let case = desk.add_note(&reference, &text)?;
            out(&format!("Added the note to request {}.\n", case.reference))
        }
        CaseCommand::Close { reference } => {
            let closed = desk.close(&reference)?;
            if common.json {
                return json(&case_json(&closed.case));
            }
            let case = closed.case;
            out(&if closed.already {
                format!(
                    "Request {} was closed already ({}).\n",
                    case.reference,
                    case.standing(today)
                )
            } else {
                format!(
                    "Closed request {} ({}).\n",
                    case.reference,
                    case.standing(today)
                )
            })
        }
    }
}

pub fn team(common: &Common, action: TeamCommand) -> Result<(), Failure> {
    let desk = desk(common)?;
    match action {
        TeamCommand::Approval { required } => {
            let rules = match required {
                Some(on_off) => desk.require_approval(on_off == OnOff::On)?,
                None => desk.team_rules()?,
            };
            if common.json {
                return json(&rules);
            }
            out(if rules.approval_required {
                "Another officer must approve each archive before its delivery is recorded.\n"
            } else {
                "Archives are delivered without a second officer's approval.\n"
            })
        }
    }
}

pub fn journal(common: &Common, action: JournalCommand) -> Result<(), Failure> {
    let desk = desk(common)?;
    let named = desk.location().named();
    let shown = capitalised(&named);
    match action {
        JournalCommand::Verify {
            archive,
            password_stdin,
        } => {
            let verification = match &archive {
                Some(archive) => {
                    let password = password_stdin.then(crate::secrets::password).transpose()?;
                    let Some(kept) = act_engine::journal_head_with(archive, password.as_ref())?
                    else {
                        return Err(Failure::usage(format!(
                            "{} answered no journaled request: it has no record of the journal",
                            archive.display()
                        )));
                    };
                    desk.verify_against(&kept)?
                }
                None => desk.verify()?,
            };
            if common.json {
                json(&verification)?;
            } else if let Some(problem) = &verification.problem {
                out(&match problem.finding {
                    Finding::Changed => format!(
                        "{shown} does not match at event {}: {}.\n",
                        problem.seq, problem.what
                    ),
                    _ => format!("{shown} {}.\n", problem.what),
                })?;
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
                    "{shown} is intact: {} events{head}.{against}\n",
                    verification.events
                ))?;
            }
            // How the register was reached, as its server saw it.
            if !common.json {
                if let (_, Some(protection)) = desk.officer_and_protection()? {
                    out(&format!("The connection to it: {protection}.\n"))?;
                }
            }
            match &verification.problem {
                None => Ok(()),
                Some(problem) => Err(Failure {
                    status: exit::VERIFY,
                    message: "the journal did not pass verification".into(),
                    hint: Some(match (problem.finding, desk.location().is_shared()) {
                        (Finding::Missing, _) => "Put the journal back from a backup.",
                        (_, false) => "Keep this journal file as it is, and compare it with a backup.",
                        (_, true) => "Ask the register's administrator to keep the database as it is and compare it with a backup.",
                    }),
                    detail: None,
                }),
            }
        }
        JournalCommand::Explain { event, bytes } => {
            let Some(explained) = desk.explain(event)? else {
                let last = desk.events()?.last().map(|e| e.seq);
                return Err(Failure::usage(match last {
                    _ if desk.journal_path().is_some_and(|path| !path.exists()) => format!(
                        "there is no journal at {}",
                        desk.journal_path()
                            .map(|p| p.display().to_string())
                            .unwrap_or_default()
                    ),
                    None => format!("{named} has no events yet"),
                    Some(last) => {
                        format!("{named} has no event {event}: its events are numbered 1 to {last}")
                    }
                }));
            };
            if bytes {
                let Some(hashed) = explained.hashed() else {
                    return Err(unexplained(event));
                };
                out(&hashed)?;
            } else if common.json {
                json(&explained)?;
            } else {
                out(&explanation(&named, &explained))?;
            }
            if !explained.follows || !explained.matches() {
                return Err(unexplained(event));
            }
            Ok(())
        }
        JournalCommand::Copy { to } => {
            let target = to.named();
            let (copied, verification) = desk.copy_to(to)?;
            if common.json {
                return json(&serde_json::json!({
                    "copied": copied,
                    "verification": verification,
                }));
            }
            let check = match &verification.problem {
                None => "its check passes".to_string(),
                Some(problem) => format!("but its check says: {}", problem.what),
            };
            out(&format!(
                "Copied {} events ({} requests) of {named} into {target}, after event {} that records where they came from. It now has {} events, and {check}.\n",
                copied.events, copied.requests, copied.first, verification.events
            ))
        }
        JournalCommand::Export { csv } => {
            let events = desk.events()?;
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

/// What `journal explain` says of an event, in words.
fn explanation(named: &str, explained: &act_journal::Explained) -> String {
    let seq = explained.seq;
    let previous = match &explained.beginning {
        Some(Beginning::Identity { id }) => format!(
            "this journal's beginning: the SHA-256 of \"ACT Export journal\", a line feed and the journal's identity {id}"
        ),
        Some(Beginning::Zeros) => "this journal's beginning: 64 zeros (the journal was made before journals had an identity)".into(),
        None => format!("event {}'s checksum", seq - 1),
    };
    let mut text = format!(
        "Event {seq} of {named}.\n\
         Its checksum is the SHA-256 of these bytes, one after the other:\n\
         \x20 1. {previous}:\n\
         \x20    {}\n\
         \x20 2. a line feed\n",
        explained.prev
    );
    match (&explained.canonical, &explained.computed) {
        (Some(canonical), Some(computed)) => {
            text.push_str(&format!(
                "  3. the event in canonical JSON (RFC 8785), in UTF-8:\n     {canonical}\n\
                 The SHA-256 of those bytes is {computed}.\n"
            ));
        }
        _ => text.push_str(
            "  3. the event in canonical JSON (RFC 8785): its record is no longer JSON that can be written so.\n",
        ),
    }
    if !explained.follows {
        text.push_str(&match &explained.beginning {
            Some(_) => "Its first part is not this journal's beginning: event 1 was written for another journal, or the journal's identity was changed.\n".to_string(),
            None => format!("Its first part is not event {}'s checksum: events were removed, added or moved.\n", seq - 1),
        });
    }
    if explained.matches() {
        text.push_str(&format!(
            "The journal holds the same checksum for event {seq}.\n"
        ));
    } else {
        text.push_str(&format!(
            "The journal holds another checksum for event {seq}, {}: the event was changed after it was written.\n",
            explained.recorded
        ));
    }
    text.push_str(&format!(
        "To compute it yourself: act-export journal explain {seq} --bytes | sha256sum\n"
    ));
    text
}

/// An event whose checksum does not come out as the journal holds it.
fn unexplained(event: u64) -> Failure {
    Failure {
        status: exit::VERIFY,
        message: format!("event {event} does not give the checksum the journal holds"),
        hint: Some("Keep this journal file as it is, and compare it with a backup; `act-export journal verify` says what it finds."),
        detail: None,
    }
}

/// The organisation's texts for the cover letter, from the JSON file at `path`: one profile,
/// or one with texts of its own for some languages (`"languages": {"fr": {...}}`).
pub fn letter_profile(path: &std::path::Path) -> Result<act_engine::letter::Profiles, Failure> {
    let bytes = std::fs::read(path)
        .map_err(|e| Failure::usage(format!("--letter {}: {e}", path.display())))?;
    serde_json::from_slice(&bytes).map_err(|e| {
        Failure::usage(format!(
            "--letter {}: not a controller profile ({e}); see the README for its fields",
            path.display()
        ))
    })
}
