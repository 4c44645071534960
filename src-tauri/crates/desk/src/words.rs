//! The record of requests in the officer's language: where a request stands, its history line
//! by line, the second pair of eyes. Every word is a message of the one catalogue
//! (`app-record.ftl`); dates are CLDR's. The journal keeps its own English line per event for
//! its CSV export and the command line (`EventKind::describe`): that is the record's text, this
//! is what the app reads out of it for a person.

use act_engine::dates::day_in_words;
use act_engine::lang::Lang;
use act_engine::messages::{text, Arg};
use act_journal::due::{days_between, parse_date};
use act_journal::{Case, Channel, EventKind, Right, Status};

/// A `YYYY-MM-DD` date of the record in words ("Thursday, 26 November 2026"); as written when
/// it is not one.
fn day(lang: Lang, iso: &str) -> String {
    parse_date(iso).map_or_else(|_| iso.to_string(), |d| day_in_words(lang, d))
}

/// The right the requester exercises.
pub fn right(lang: Lang, right: Right) -> String {
    let id = match right {
        Right::Access => "record-right-access",
        Right::Portability => "record-right-portability",
    };
    text(lang, id, &[])
}

/// A request's status.
pub fn status(lang: Lang, status: Status) -> String {
    let id = match status {
        Status::Open => "record-status-open",
        Status::Answered => "record-status-answered",
        Status::Closed => "record-status-closed",
    };
    text(lang, id, &[])
}

/// How the answer reached the requester ("by email").
pub fn channel(lang: Lang, channel: Channel) -> String {
    let id = match channel {
        Channel::Email => "record-channel-email",
        Channel::Portal => "record-channel-portal",
        Channel::Post => "record-channel-post",
        Channel::Other => "record-channel-other",
    };
    text(lang, id, &[])
}

/// "answered on time" or "answered 3 days late", once answered.
pub fn timeliness(lang: Lang, case: &Case) -> Option<String> {
    let on = case.answered_on?;
    let late = days_between(case.due, on);
    Some(if late <= 0 {
        text(lang, "record-answered-on-time", &[])
    } else {
        text(lang, "record-answered-late", &[("days", count(late))])
    })
}

fn count(n: i64) -> Arg<'static> {
    Arg::Count(n.unsigned_abs())
}

/// Where `case` stands on `today`: "12 days left", "due today", "overdue by 3 days",
/// "answered on time"...
pub fn standing(lang: Lang, case: &Case, today: time::Date) -> String {
    if let Some(timeliness) = timeliness(lang, case) {
        return timeliness;
    }
    if case.status == Status::Closed {
        return text(lang, "record-closed-unanswered", &[]);
    }
    match case.days_left(today) {
        0 => text(lang, "record-due-today", &[]),
        n if n > 0 => text(lang, "record-days-left", &[("days", count(n))]),
        n => text(lang, "record-overdue", &[("days", count(n))]),
    }
}

/// "Extended by 2 months; the requester was told on ...: why", when it was.
pub fn extension(lang: Lang, case: &Case) -> Option<String> {
    let (told_on, reason) = case.extension.as_ref()?;
    let told_on = day_in_words(lang, *told_on);
    Some(text(
        lang,
        "record-extension",
        &[
            ("months", Arg::Count(u64::from(case.extension_months))),
            ("told-on", Arg::Text(&told_on)),
            ("reason", Arg::Text(reason)),
        ],
    ))
}

/// "Monday, 7 December 2026, answered on time", once answered.
pub fn answered(lang: Lang, case: &Case) -> Option<String> {
    let on = day_in_words(lang, case.answered_on?);
    let timeliness = timeliness(lang, case).unwrap_or_default();
    Some(text(
        lang,
        "record-answered",
        &[
            ("on", Arg::Text(&on)),
            ("timeliness", Arg::Text(&timeliness)),
        ],
    ))
}

/// One event of a request's history as a line.
pub fn history(lang: Lang, event: &EventKind) -> String {
    let t = |id: &str, args: &[(&str, Arg<'_>)]| text(lang, id, args);
    match event {
        EventKind::CaseOpened {
            subject,
            right: r,
            received,
            due,
        } => t(
            "history-case-opened",
            &[
                ("subject", subject.into()),
                ("right", (&right(lang, *r)).into()),
                ("received", (&day(lang, received)).into()),
                ("due", (&day(lang, due)).into()),
            ],
        ),
        EventKind::Extended {
            months,
            told_on,
            reason,
            due,
        } => t(
            "history-extended",
            &[
                ("months", Arg::Count(u64::from(*months))),
                ("told-on", (&day(lang, told_on)).into()),
                ("reason", reason.into()),
                ("due", (&day(lang, due)).into()),
            ],
        ),
        EventKind::NoteAdded { note } => t("history-note", &[("note", note.into())]),
        EventKind::ExportStarted { app, run_ids } if run_ids.is_empty() => {
            t("history-export-started-all", &[("app", app.into())])
        }
        EventKind::ExportStarted { app, run_ids } => t(
            "history-export-started",
            &[("app", app.into()), ("runs", run_ids.len().into())],
        ),
        EventKind::ExportCompleted {
            app,
            runs,
            files,
            bytes,
            archive_sha256,
            version,
            operator,
            protected,
            ..
        } => {
            let size = act_engine::readme::human_size(lang, *bytes);
            t(
                if *protected {
                    "history-export-completed-protected"
                } else {
                    "history-export-completed"
                },
                &[
                    ("app", app.into()),
                    ("runs", Arg::Count(*runs)),
                    ("files", Arg::Count(*files)),
                    ("size", (&size).into()),
                    ("sha256", archive_sha256.into()),
                    ("version", version.into()),
                    ("operator", operator.into()),
                ],
            )
        }
        EventKind::ExportFailed { app, code } => t(
            "history-export-failed",
            &[("app", app.into()), ("code", code.into())],
        ),
        EventKind::ExportCancelled { app } => t("history-export-cancelled", &[("app", app.into())]),
        EventKind::Saved {
            path,
            archive_sha256,
            computer: None,
        } => t(
            "history-saved",
            &[("path", path.into()), ("sha256", archive_sha256.into())],
        ),
        EventKind::Saved {
            path,
            archive_sha256,
            computer: Some(computer),
        } => t(
            "history-saved-on",
            &[
                ("path", path.into()),
                ("sha256", archive_sha256.into()),
                ("computer", computer.into()),
            ],
        ),
        EventKind::DraggedOut { archive_sha256 } => {
            t("history-dragged-out", &[("sha256", archive_sha256.into())])
        }
        EventKind::Delivered {
            channel: by,
            recipient,
            on,
            password_sent,
        } => {
            let by = channel(lang, *by);
            let on = day(lang, on);
            let mut args = vec![
                ("channel", Arg::from(&by)),
                ("recipient", recipient.into()),
                ("on", (&on).into()),
            ];
            match password_sent {
                Some(how) => {
                    args.push(("how", how.into()));
                    t("history-delivered-password", &args)
                }
                None => t("history-delivered", &args),
            }
        }
        EventKind::LocalCopyDeleted {
            path,
            computer: None,
        } => t("history-copy-deleted", &[("path", path.into())]),
        EventKind::LocalCopyDeleted {
            path,
            computer: Some(computer),
        } => t(
            "history-copy-deleted-on",
            &[("path", path.into()), ("computer", computer.into())],
        ),
        EventKind::Closed {} => t("history-closed", &[]),
        EventKind::Assigned { officer } => t("history-assigned", &[("officer", officer.into())]),
        EventKind::AnswerLanguage { language } => {
            let name =
                Lang::from_tag(language).map_or_else(|| language.clone(), |l| l.name().into());
            t("history-answer-language", &[("language", (&name).into())])
        }
        EventKind::ApprovalRule { required: true } => t("history-approval-required", &[]),
        EventKind::ApprovalRule { required: false } => t("history-approval-not-required", &[]),
        EventKind::JournalCopied {
            from,
            events,
            head,
            officer,
        } => t(
            "history-journal-copied",
            &[
                ("events", Arg::Count(*events)),
                ("from", from.into()),
                ("officer", officer.into()),
                ("head", head.into()),
            ],
        ),
        EventKind::Approved { archive_sha256 } => {
            t("history-approved", &[("sha256", archive_sha256.into())])
        }
        EventKind::SentBack {
            archive_sha256,
            reason,
        } => t(
            "history-sent-back",
            &[("sha256", archive_sha256.into()), ("reason", reason.into())],
        ),
        EventKind::JournalIdentified { id } => {
            t("history-journal-identified", &[("id", id.into())])
        }
    }
}
