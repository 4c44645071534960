//! The officer's record of each request, as the Requests screens show it: cases with their
//! statutory clock, delivery, local copies, and a check of the journal. What may be recorded
//! is the desk's to decide (`act_desk`, shared with the command line); this module turns the
//! forms into its calls and its answers into what the screens show.

use std::path::Path;

use act_desk::words;
use act_desk::{Copy, Delivery as DeskDelivery, NewRequest as DeskNewRequest};
use act_engine::dates::day_in_words;
use act_engine::lang::Lang;
use act_engine::messages::text;
use act_journal::due::iso;
use act_journal::{Case, Recorded, Review};

use crate::error::{AppError, Code};
use crate::page::{
    ApprovalView, CaseDetail, CaseRow, CopyRow, Delivery, EventRow, JournalCheck, NewRequest,
    OldCopy, RequestsView,
};
use crate::settings::Settings;
use crate::state::AppState;

fn age_days(rfc3339: &str, today: time::Date) -> i64 {
    time::OffsetDateTime::parse(rfc3339, &time::format_description::well_known::Rfc3339)
        .map(|t| (today - t.date()).whole_days())
        .unwrap_or(0)
}

/// `case` as the screens show it on `today`, in the officer's language `officer`, on the
/// computer named `here` (its copies are looked for here; other computers' are listed).
pub fn row(
    case: &Case,
    today: time::Date,
    settings: &Settings,
    officer: Lang,
    here: &str,
) -> CaseRow {
    let lang = answer_language(case);
    CaseRow {
        reference: case.reference.clone(),
        subject: case.subject.clone(),
        right: case.right.into(),
        right_words: words::right(officer, case.right),
        received: iso(case.received),
        received_words: day_in_words(officer, case.received),
        due: iso(case.due),
        due_words: day_in_words(officer, case.due),
        days_left: case.days_left(today),
        standing: words::standing(officer, case, today),
        overdue: case.overdue(today),
        status: case.status.into(),
        status_words: words::status(officer, case.status),
        extension_months: case.extension_months,
        extension: words::extension(officer, case),
        answered: words::answered(officer, case),
        exports: case.exports,
        notes: case.notes.clone(),
        copies: case
            .copies
            .iter()
            .filter(|c| !c.deleted)
            .map(|c| {
                let age_days = age_days(&c.saved_at, today);
                let on_this_computer = c.is_on(here);
                CopyRow {
                    path: c.path.clone(),
                    saved: crate::words::time_in_words(officer, &c.saved_at),
                    age_days,
                    // Another computer's copy is not looked for here: it is not said gone.
                    exists: !on_this_computer || Path::new(&c.path).exists(),
                    old: on_this_computer && age_days > i64::from(settings.remind_after_days),
                    elsewhere: (!on_this_computer).then(|| c.computer.clone()).flatten(),
                }
            })
            .collect(),
        protect: settings.protected_requests.contains(&case.reference),
        assignee: case.assignee.clone(),
        language: lang.code().to_string(),
        language_name: lang.name().to_string(),
    }
}

/// The language `case` is answered in (English when none was chosen).
fn answer_language(case: &Case) -> Lang {
    act_desk::answer_language(case).unwrap_or_default()
}

/// The request `reference` with its history (the reminder setting applied).
pub fn request(state: &AppState, reference: &str) -> Result<CaseDetail, AppError> {
    let desk = state.desk();
    let (case, events) = desk.history(reference)?;
    let settings = Settings::load(state.settings_path());
    let officer = crate::language::officer_lang(state);
    Ok(CaseDetail {
        case: row(&case, desk.today(), &settings, officer, desk.computer()),
        events: events
            .into_iter()
            .map(|e: Recorded| EventRow {
                seq: e.seq,
                at: crate::words::time_in_words(officer, &e.at),
                what: words::history(officer, &e.event),
                by: e.officer,
            })
            .collect(),
        approval: desk
            .approval(&case.reference)?
            .and_then(|a| approval_view(a, officer)),
    })
}

/// What the request's page says of its last archive and the second pair of eyes.
fn approval_view(approval: act_desk::Approval, lang: Lang) -> Option<ApprovalView> {
    let exporter = approval
        .exported_by
        .clone()
        .unwrap_or_else(|| text(lang, "record-a-colleague", &[]));
    let (words, approved) = match &approval.review {
        Some(Review::Approved { .. }) => (text(lang, "record-approved", &[]), true),
        Some(Review::SentBack { reason, .. }) => (
            text(lang, "record-sent-back", &[("reason", reason.into())]),
            false,
        ),
        None if approval.required && approval.yours => {
            (text(lang, "record-waiting-yours", &[]), false)
        }
        None if approval.required => (
            text(lang, "record-waiting", &[("exporter", (&exporter).into())]),
            false,
        ),
        None => return None,
    };
    Some(ApprovalView {
        words,
        approved,
        can_review: approval.review.is_none() && !approval.yours,
        papers: approval.papers.map(|p| crate::page::papers_view(p, lang)),
    })
}

/// Every request, soonest due first, and the copies to remind about.
pub fn requests(state: &AppState) -> Result<RequestsView, AppError> {
    let desk = state.desk();
    let settings = Settings::load(state.settings_path());
    let today = desk.today();
    let officer = crate::language::officer_lang(state);
    let overview = desk.overview()?;
    let place = crate::register::described(
        desk.location(),
        overview.officer.clone(),
        overview.protection,
    );
    let mut officers = overview.officers;
    officers.retain(|o| *o != place.officer);
    officers.insert(0, place.officer.clone());
    let cases: Vec<CaseRow> = overview
        .cases
        .iter()
        .map(|c| row(c, today, &settings, officer, desk.computer()))
        .collect();
    let old_copies = cases
        .iter()
        .flat_map(|c| {
            c.copies
                .iter()
                .filter(|copy| copy.old && copy.exists)
                .map(|copy| OldCopy {
                    reference: c.reference.clone(),
                    path: copy.path.clone(),
                    age_days: copy.age_days,
                })
        })
        .collect();
    Ok(RequestsView {
        cases,
        remind_after_days: settings.remind_after_days,
        old_copies,
        journal: place,
        officers,
        approval_required: overview.rules.approval_required,
        today: day_in_words(officer, today),
    })
}

/// Approves the request's last archive for delivery.
pub fn approve(state: &AppState, reference: &str) -> Result<CaseDetail, AppError> {
    let case = state.desk().approve(reference)?;
    request(state, &case.reference)
}

/// Sends the request's last archive back, and why.
pub fn send_back(state: &AppState, reference: &str, reason: &str) -> Result<CaseDetail, AppError> {
    let case = state.desk().send_back(reference, reason)?;
    request(state, &case.reference)
}

/// Turns the team's second pair of eyes on or off.
pub fn require_approval(state: &AppState, required: bool) -> Result<bool, AppError> {
    Ok(state.desk().require_approval(required)?.approval_required)
}

/// Gives the request `reference` to `officer`, or hands it over.
pub fn assign(state: &AppState, reference: &str, officer: &str) -> Result<CaseDetail, AppError> {
    let case = state.desk().assign(reference, officer)?;
    request(state, &case.reference)
}

/// Opens a new request.
pub fn open_request(state: &AppState, new: NewRequest) -> Result<CaseDetail, AppError> {
    let case = state.desk().open_request(DeskNewRequest {
        reference: new.reference,
        subject: new.subject,
        right: new.right.into(),
        received: new.received,
        language: new.language.as_deref().map(language).transpose()?,
    })?;
    request(state, &case.reference)
}

/// The language a form chose, checked.
fn language(code: &str) -> Result<Lang, AppError> {
    code.parse::<Lang>()
        .map_err(|e| AppError::new(Code::InvalidInput, e.to_string()))
}

/// Says in which language the request `reference` is to be answered.
pub fn set_language(state: &AppState, reference: &str, code: &str) -> Result<CaseDetail, AppError> {
    let case = state.desk().set_language(reference, language(code)?)?;
    request(state, &case.reference)
}

/// Extends a request by `months` further months in all (1 or 2).
pub fn extend_request(
    state: &AppState,
    reference: &str,
    months: u8,
    told_on: &str,
    reason: &str,
) -> Result<CaseDetail, AppError> {
    let case = state.desk().extend(reference, months, told_on, reason)?;
    request(state, &case.reference)
}

/// Records that the answer was delivered: the request becomes answered on its first delivery.
pub fn record_delivery(
    state: &AppState,
    reference: &str,
    delivery: Delivery,
) -> Result<CaseDetail, AppError> {
    let (case, _) = state.desk().record_delivery(
        reference,
        DeskDelivery {
            channel: delivery.channel.into(),
            recipient: delivery.recipient,
            on: Some(delivery.on),
            password_sent: delivery.password_sent,
            archive_password: state.archive().ok().and_then(|a| a.password),
        },
    )?;
    request(state, &case.reference)
}

/// Adds a note to a request.
pub fn add_note(state: &AppState, reference: &str, note: &str) -> Result<CaseDetail, AppError> {
    let case = state.desk().add_note(reference, note)?;
    request(state, &case.reference)
}

/// Closes a request (closing a closed one changes nothing).
pub fn close_request(state: &AppState, reference: &str) -> Result<CaseDetail, AppError> {
    let closed = state.desk().close(reference)?;
    request(state, &closed.case.reference)
}

/// Deletes a local copy the request saved (only one the journal lists: the webview cannot
/// name any other file) and journals it.
pub fn delete_local_copy(
    state: &AppState,
    reference: &str,
    path: &str,
) -> Result<CaseDetail, AppError> {
    let case = state.desk().delete_local_copy(reference, path)?;
    request(state, &case.reference)
}

/// Checks the journal: its chain, and what this computer last wrote of it.
pub fn check_journal(state: &AppState) -> Result<JournalCheck, AppError> {
    let verification = state.desk().verify()?;
    let finding = verification.problem.as_ref().map(|p| p.finding);
    Ok(JournalCheck {
        intact: verification.is_ok(),
        events: verification.events,
        head: verification.head.map(|h| h.hash),
        problem: verification
            .problem
            .map(|p| problem_in_words(crate::language::officer_lang(state), &p)),
        finding,
    })
}

/// What the check found, in `lang`.
fn problem_in_words(lang: Lang, problem: &act_journal::Problem) -> String {
    use act_journal::Finding;
    let on = problem
        .written_on
        .map(|d| act_engine::dates::date_in_words(lang, d));
    let id = match (problem.finding, &on) {
        (Finding::Changed, _) => "shell-journal-changed",
        (Finding::Missing, Some(_)) => "shell-journal-missing",
        (Finding::Missing, None) => "shell-journal-missing-archived",
        (Finding::Shorter, _) => "shell-journal-shorter",
        (Finding::Replaced, Some(_)) => "shell-journal-replaced",
        (Finding::Replaced, None) => "shell-journal-replaced-archived",
        (Finding::Rewritten, _) => "shell-journal-rewritten",
    };
    let on = on.unwrap_or_default();
    text(
        lang,
        id,
        &[
            ("seq", problem.seq.into()),
            ("on", (&on).into()),
            ("now", problem.now.unwrap_or(0).into()),
        ],
    )
}

/// Journals that the finished archive left the app (saved to `path`, or dragged out: `None`).
pub fn journal_copy(
    state: &AppState,
    reference: Option<&str>,
    sha256: &str,
    path: Option<&Path>,
) -> Result<(), AppError> {
    let copy = match path {
        Some(path) => Copy::SavedTo(path),
        None => Copy::DraggedOut,
    };
    Ok(state.desk().record_copy(reference, sha256, copy)?)
}
