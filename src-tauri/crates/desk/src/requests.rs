//! The officer's record of each request: open, extend, deliver, note, close, copies, and the
//! journal's check. The rules about what may be recorded live here; the journal keeps what is
//! recorded (and refuses a reference twice inside the transaction that would add it).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use act_engine::lang::Lang;
use act_engine::papers::Papers;
use act_engine::JournalHead;
use act_journal::due::iso;
use act_journal::{
    parse_date, Case, Channel, Clock, Copied, EventKind, Explained, Finding, Folding, Head,
    Journal, JournalError, Location, Problem, Protection, Recorded, Review, Right, Status,
    TeamRules, Verification, Witness,
};
use time::Date;

use crate::error::{DeskError, Rule};

/// How many times a decision is taken again on a fresh reading when another officer wrote
/// between reading and recording it (each time, something was written: the team is busy).
const DECISION_READINGS: u32 = 8;

/// The SHA-256 of the file at `path`, lowercase hex.
fn sha256_of(path: &Path) -> std::io::Result<String> {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    std::io::copy(&mut std::fs::File::open(path)?, &mut hasher)?;
    Ok(hex::encode(hasher.finalize()))
}

/// A request as the officer records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRequest {
    /// The officer's reference (a ticket number): unique, without regard to case.
    pub reference: String,
    /// Whose data it is about.
    pub subject: String,
    pub right: Right,
    /// When it was received, `YYYY-MM-DD` (not in the future).
    pub received: String,
    /// The language of the answer (`None`: not said; English).
    pub language: Option<Lang>,
}

/// How, to whom and when an answer was sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    pub channel: Channel,
    pub recipient: String,
    /// `YYYY-MM-DD` (`None`: today); not in the future, not before the request was received.
    pub on: Option<String>,
    /// How the archive's password was sent, when it had one (never the password).
    pub password_sent: Option<String>,
    /// The archive's password, while the host still knows it (the app, until its Done screen
    /// closes): the note of how it was sent must not give it away.
    pub archive_password: Option<act_engine::Password>,
}

/// Where a finished archive went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Copy<'a> {
    /// Saved to this file.
    SavedTo(&'a Path),
    /// Dragged out of the app (the file manager decides where).
    DraggedOut,
}

/// Where a request's last archive stands with the second pair of eyes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Approval {
    /// The team has another officer approve each archive before it is delivered.
    pub required: bool,
    /// Who exported it (the register's login, or the user the export recorded).
    pub exported_by: Option<String>,
    /// The officer asking exported it: another officer reviews it.
    pub yours: bool,
    /// What a reviewer said (`None`: nothing yet).
    pub review: Option<Review>,
    /// The archive's letter and ledger as the export recorded them (`None`: an export of an
    /// earlier version, which recorded none).
    pub papers: Option<Papers>,
}

/// One reading of the journal for a decision about a request: the requests and the team's
/// rules folded, the request, and the event that completed its last archive with who wrote it.
struct Reading {
    folding: Folding,
    case: Case,
    exported: Option<Recorded>,
}

impl Reading {
    fn of(journal: &Journal, reference: &str) -> Result<Reading, DeskError> {
        let events = journal.events_with_officers()?;
        let mut folding = Folding::default();
        for recorded in &events {
            folding.add(recorded);
        }
        let case = folding.case(reference)?;
        let exported = case.last_archive.as_ref().and_then(|(_, seq)| {
            events
                .binary_search_by_key(seq, |e| e.seq)
                .ok()
                .map(|i| events[i].clone())
        });
        Ok(Reading {
            folding,
            case,
            exported,
        })
    }

    /// The number of the last event read: what a decision was taken on.
    fn last(&self) -> u64 {
        self.folding.last().map_or(0, |(seq, _)| *seq)
    }

    /// Who exported the request's last archive: the register's login that recorded it, or (a
    /// journal file) the user the export recorded.
    fn exporter(&self) -> Option<String> {
        self.exported
            .as_ref()
            .and_then(|e| match (&e.officer, &e.event) {
                (Some(officer), _) => Some(officer.clone()),
                (None, EventKind::ExportCompleted { operator, .. }) => Some(operator.clone()),
                _ => None,
            })
    }

    /// The last archive's letter and ledger, as its export recorded them.
    fn papers(&self) -> Option<Papers> {
        match self.exported.as_ref().map(|e| &e.event) {
            Some(EventKind::ExportCompleted {
                papers: Some(papers),
                ..
            }) => serde_json::from_str(papers).ok(),
            _ => None,
        }
    }

    /// The request once `recorded` (appended after this reading) is added: folded on what
    /// was read when nothing came between, else read again.
    fn after(mut self, journal: &Journal, recorded: &Recorded) -> Result<Case, DeskError> {
        if recorded.seq != self.last() + 1 {
            return Ok(journal.case(&self.case.reference)?);
        }
        self.folding.add(recorded);
        Ok(self.folding.case(&self.case.reference)?)
    }
}

/// The Requests screen's data, read at once ([`Desk::overview`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overview {
    /// Every request, soonest due first.
    pub cases: Vec<Case>,
    /// The officers the journal knows (its writers on a register, and the assignees), sorted.
    pub officers: Vec<String>,
    /// The team's rules.
    pub rules: TeamRules,
    /// Who is working (the register's login, or this computer's user).
    pub officer: String,
    /// How the connection to the team's register is protected (`None`: a journal file).
    pub protection: Option<Protection>,
}

/// A request after "close".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Closed {
    pub case: Case,
    /// It was closed already: nothing was recorded.
    pub already: bool,
}

/// The officer's desk: the journal at one location (a file, or the team's register), its
/// witness (the journal's last known head, kept in another folder: [`act_journal::witness`]),
/// read with one clock.
#[derive(Debug, Clone)]
pub struct Desk {
    journal: Location,
    /// The requests as last read for the Requests screen ([`Desk::overview`]), shared by this
    /// desk's copies: the next reading adds only the events written since.
    listing: Arc<Mutex<Option<(Location, Folding)>>>,
    witness: Witness,
    clock: Arc<dyn Clock>,
    /// This computer's name, recorded with each copy saved or deleted here: on the team's
    /// register, copies saved on other officers' computers are listed, not looked for here.
    computer: String,
}

/// This computer's name on the network (its host name), or "this computer" when it has none.
pub fn this_computer() -> String {
    whoami::hostname()
        .ok()
        .map(|name| name.trim().to_string())
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| "this computer".to_string())
}

impl Desk {
    /// The desk over the journal at `journal` (a file's path, or a register's
    /// [`Location`]), witnessed in the folder `witness` (the hosts:
    /// [`act_journal::witness_location`]), on the computer's clock and time zone.
    pub fn new(journal: impl Into<Location>, witness: impl Into<PathBuf>) -> Desk {
        Desk::with_clock(journal, witness, act_journal::clock::system())
    }

    /// [`Desk::new`] on `clock`.
    pub fn with_clock(
        journal: impl Into<Location>,
        witness: impl Into<PathBuf>,
        clock: Arc<dyn Clock>,
    ) -> Desk {
        Desk {
            journal: journal.into(),
            listing: Arc::default(),
            witness: Witness::new(witness),
            clock,
            computer: this_computer(),
        }
    }

    /// The same desk as if on the computer named `computer` (tests: two officers' computers
    /// in one process).
    pub fn on_computer(self, computer: impl Into<String>) -> Desk {
        Desk {
            computer: computer.into(),
            ..self
        }
    }

    /// The name of the computer this desk records copies on.
    pub fn computer(&self) -> &str {
        &self.computer
    }

    /// The same desk (witness, clock) over the journal at `journal`.
    pub fn at(&self, journal: impl Into<Location>) -> Desk {
        Desk {
            journal: journal.into(),
            listing: Arc::default(),
            ..self.clone()
        }
    }

    /// [`Desk::at`] `journal`, once it could be opened (a register: reached, its password
    /// accepted, its schema set up where the login may), with who the officer is there.
    /// How the connection to the register is protected is said too (`None`: a file).
    pub fn tried_at(
        &self,
        journal: impl Into<Location>,
    ) -> Result<(Desk, String, Option<Protection>), DeskError> {
        let desk = self.at(journal);
        let opened = desk.journal()?;
        let officer = Desk::officer_in(&opened)?;
        let protection = opened.protection();
        drop(opened);
        Ok((desk, officer, protection))
    }

    /// Where the journal is: a file, or the team's register.
    pub fn location(&self) -> &Location {
        &self.journal
    }

    /// The journal's file (`None`: the desk keeps the team's register).
    pub fn journal_path(&self) -> Option<&Path> {
        self.journal.file()
    }

    /// Where the journal's last known head is kept.
    pub fn witness(&self) -> &Witness {
        &self.witness
    }

    /// The clock the rules read.
    pub fn clock(&self) -> &Arc<dyn Clock> {
        &self.clock
    }

    /// Today in the officer's time zone.
    pub fn today(&self) -> Date {
        self.clock.today()
    }

    /// The journal, open to be written (made when there is none yet: a first start). It is
    /// opened for each action, so that the app and the command line can write it at the same
    /// time. After writing, [`Desk::witnessed`].
    pub fn journal(&self) -> Result<Journal, DeskError> {
        Ok(Journal::open_with_clock(&self.journal, self.clock.clone())?)
    }

    /// The journal, open to be read (`None`: there is no file; reading never makes one, so
    /// that a journal that is gone stays gone until the check has said so). The team's register
    /// is always there once its database is: connecting says if it is not.
    fn existing(&self) -> Result<Option<Journal>, DeskError> {
        match self.journal.file().map(Path::try_exists) {
            Some(Ok(false)) => Ok(None),
            _ => Ok(Some(self.journal()?)),
        }
    }

    /// The request `reference` in `journal`, or none.
    fn case_in(journal: Option<&Journal>, reference: &str) -> Result<Case, DeskError> {
        match journal {
            Some(journal) => Ok(journal.case(reference)?),
            None => Err(JournalError::NoSuchCase(reference.trim().to_string()).into()),
        }
    }

    /// After a write to `journal`: its head is kept in the witness (unless the witness saw
    /// it gone, cut, replaced or rewritten: that stays, for the check to say). A witness that
    /// cannot be written costs nothing of what was recorded: it is logged.
    pub fn witnessed(&self, journal: &Journal) {
        if let Err(error) = self.witness.keep(journal) {
            tracing::error!(%error, "the journal's last head could not be kept");
        }
    }

    /// Every request, soonest due first.
    pub fn cases(&self) -> Result<Vec<Case>, DeskError> {
        match self.existing()? {
            Some(journal) => Ok(journal.cases()?),
            None => Ok(Vec::new()),
        }
    }

    /// The request `reference`.
    pub fn case(&self, reference: &str) -> Result<Case, DeskError> {
        Desk::case_in(self.existing()?.as_ref(), reference)
    }

    /// The request `reference` and its events, oldest first.
    pub fn history(&self, reference: &str) -> Result<(Case, Vec<Recorded>), DeskError> {
        let journal = self.existing()?;
        let case = Desk::case_in(journal.as_ref(), reference)?;
        let Some(journal) = journal else {
            return Ok((case, Vec::new()));
        };
        let events = journal
            .events_with_officers()?
            .into_iter()
            .filter(|e| case.events.contains(&e.seq))
            .collect();
        Ok((case, events))
    }

    /// Every event of the journal, oldest first.
    pub fn events(&self) -> Result<Vec<Recorded>, DeskError> {
        match self.existing()? {
            Some(journal) => Ok(journal.events()?),
            None => Ok(Vec::new()),
        }
    }

    /// What the journal's chain hashes for event `seq` (`None`: there is no journal, or no
    /// such event), for an auditor who recomputes it by hand.
    pub fn explain(&self, seq: u64) -> Result<Option<Explained>, DeskError> {
        match self.existing()? {
            Some(journal) => Ok(journal.explain(seq)?),
            None => Ok(None),
        }
    }

    /// A date the officer typed, which must not be after today (in their time zone).
    fn not_future(&self, text: &str, rule: fn(String) -> Rule) -> Result<Date, DeskError> {
        let date = parse_date(text)?;
        if date > self.today() {
            return Err(rule(iso(date)).into());
        }
        Ok(date)
    }

    /// Opens a request. Refused: a date received in the future, a reference already used
    /// (checked inside the transaction that records it, so two officers cannot both open it).
    /// On the team's register, the officer who opens it has it until it is handed over.
    pub fn open_request(&self, new: NewRequest) -> Result<Case, DeskError> {
        let received = self.not_future(&new.received, Rule::ReceivedInFuture)?;
        let mut journal = self.journal()?;
        let mut case = journal.open_case(&new.reference, &new.subject, new.right, received)?;
        if let Some(officer) = journal.officer()? {
            case = journal.assign(&case.reference, &officer)?;
        }
        if let Some(language) = new.language {
            case = journal.set_language(&case.reference, language.code())?;
        }
        self.witnessed(&journal);
        Ok(case)
    }

    /// What the Requests screen shows, from one reading of the journal: every request
    /// (soonest due first), the officers it knows, the team's rules and who is working.
    pub fn overview(&self) -> Result<Overview, DeskError> {
        let Some(journal) = self.existing()? else {
            return Ok(Overview {
                cases: Vec::new(),
                officers: Vec::new(),
                rules: TeamRules::default(),
                officer: crate::operator(),
                protection: None,
            });
        };
        let (cases, rules) = {
            let mut kept = self.listing.lock().unwrap_or_else(PoisonError::into_inner);
            let mut folding = match kept.take() {
                Some((location, folding)) if location == self.journal => folding,
                _ => Folding::default(),
            };
            journal.refresh(&mut folding)?;
            let read = (folding.cases(), folding.rules());
            *kept = Some((self.journal.clone(), folding));
            read
        };
        let mut officers: Vec<String> = journal
            .logins()?
            .into_iter()
            .chain(cases.iter().filter_map(|c| c.assignee.clone()))
            .collect();
        officers.sort();
        officers.dedup();
        Ok(Overview {
            rules,
            officer: Desk::officer_in(&journal)?,
            protection: journal.protection(),
            cases,
            officers,
        })
    }

    /// Who is working: the login the team's register knows the officer by, or (a journal
    /// file) this computer's user.
    pub fn officer(&self) -> Result<String, DeskError> {
        Ok(self.officer_and_protection()?.0)
    }

    /// [`Desk::officer`], and how the connection to the team's register is protected, as the
    /// server saw it (`None`: a journal file).
    pub fn officer_and_protection(&self) -> Result<(String, Option<Protection>), DeskError> {
        match self.journal.is_shared() {
            true => {
                let journal = self.journal()?;
                Ok((Desk::officer_in(&journal)?, journal.protection()))
            }
            // A journal file is not opened (nor made) to say whose computer it is.
            false => Ok((crate::operator(), None)),
        }
    }

    /// Who is working on `journal`: the register's login, or (a journal file, which records
    /// no writer) this computer's user.
    fn officer_in(journal: &Journal) -> Result<String, DeskError> {
        Ok(journal.officer()?.unwrap_or_else(crate::operator))
    }

    /// Says in which language the request `reference` is to be answered (its letter and the
    /// archive's texts); the language it has already records nothing.
    pub fn set_language(&self, reference: &str, language: Lang) -> Result<Case, DeskError> {
        let mut journal = self.journal()?;
        let case = journal.set_language(reference, language.code())?;
        self.witnessed(&journal);
        Ok(case)
    }

    /// Gives the request `reference` to `officer` (a register's login, or any name for a
    /// journal file), or hands it over to another; giving it to whoever has it records nothing.
    pub fn assign(&self, reference: &str, officer: &str) -> Result<Case, DeskError> {
        let mut journal = self.journal()?;
        let case = journal.assign(reference, officer)?;
        self.witnessed(&journal);
        Ok(case)
    }

    /// The officers the journal knows: those who wrote it (the register), and those requests
    /// were given to, sorted (for the "assign to" choice).
    pub fn officers(&self) -> Result<Vec<String>, DeskError> {
        Ok(self.overview()?.officers)
    }

    /// Extends a request to `months` further months in all (1 or 2); the requester was told on
    /// `told_on` (within the first month, not in the future) why.
    pub fn extend(
        &self,
        reference: &str,
        months: u8,
        told_on: &str,
        reason: &str,
    ) -> Result<Case, DeskError> {
        let told_on = self.not_future(told_on, Rule::ToldInFuture)?;
        let mut journal = self.journal()?;
        let case = journal.extend(reference, months, told_on, reason)?;
        self.witnessed(&journal);
        Ok(case)
    }

    /// Records that the answer was delivered (the request is answered from its first
    /// delivery). Returns the request and the date recorded.
    pub fn record_delivery(
        &self,
        reference: &str,
        delivery: Delivery,
    ) -> Result<(Case, Date), DeskError> {
        let on = match delivery.on.as_deref() {
            Some(on) => self.not_future(on, Rule::DeliveredInFuture)?,
            None => self.today(),
        };
        let recipient = delivery.recipient.trim();
        if recipient.is_empty() {
            return Err(Rule::NoRecipient.into());
        }
        if let (Some(password), Some(how)) = (&delivery.archive_password, &delivery.password_sent) {
            if password.appears_in(how) {
                return Err(Rule::PasswordInNote.into());
            }
        }
        let delivered = EventKind::Delivered {
            channel: delivery.channel,
            recipient: recipient.to_string(),
            on: iso(on),
            password_sent: delivery
                .password_sent
                .map(|p| p.trim().to_string())
                .filter(|p| !p.is_empty()),
        };
        let case = self.decide(reference, |_, reading| {
            Desk::approved_for_delivery(reading)?;
            if on < reading.case.received {
                return Err(Rule::DeliveredBeforeReceived {
                    on: iso(on),
                    received: iso(reading.case.received),
                }
                .into());
            }
            Ok(Some(delivered.clone()))
        })?;
        Ok((case, on))
    }

    /// Takes a decision about a request on one reading of the journal and writes its event
    /// (if `decide`, given the journal and the reading, gives one) only if nothing was written since that reading, checked in the
    /// transaction that writes it: a colleague's event at that moment (an archive sent back,
    /// a new export) makes the decision be taken again on a new reading. Returns the request
    /// as it then is.
    fn decide(
        &self,
        reference: &str,
        mut decide: impl FnMut(&Journal, &Reading) -> Result<Option<EventKind>, DeskError>,
    ) -> Result<Case, DeskError> {
        let mut journal = self.journal()?;
        let mut readings = 0;
        loop {
            readings += 1;
            let reading = Reading::of(&journal, reference)?;
            let Some(event) = decide(&journal, &reading)? else {
                return Ok(reading.case);
            };
            match journal.record_unless_written_since(
                &reading.case.reference,
                event,
                reading.last(),
            ) {
                Ok(recorded) => {
                    self.witnessed(&journal);
                    return reading.after(&journal, &recorded);
                }
                Err(JournalError::WrittenSince) if readings < DECISION_READINGS => continue,
                Err(error) => return Err(error.into()),
            }
        }
    }

    /// Whether the request's last archive may be delivered under the team's rules: with a
    /// second pair of eyes on, only once another officer approved it.
    fn approved_for_delivery(reading: &Reading) -> Result<(), DeskError> {
        if reading.case.last_archive.is_none() || !reading.folding.rules().approval_required {
            return Ok(());
        }
        match &reading.case.review {
            Some(Review::Approved { .. }) => Ok(()),
            Some(Review::SentBack { reason, .. }) => Err(Rule::WasSentBack {
                reason: reason.clone(),
            }
            .into()),
            None => Err(Rule::AwaitingApproval {
                exported_by: reading.exporter().unwrap_or_else(|| "a colleague".into()),
            }
            .into()),
        }
    }

    /// Where the request's last archive stands with the second pair of eyes, with its letter
    /// and ledger (`None`: the request has no finished export).
    pub fn approval(&self, reference: &str) -> Result<Option<Approval>, DeskError> {
        let Some(journal) = self.existing()? else {
            return Ok(None);
        };
        let reading = Reading::of(&journal, reference)?;
        if reading.case.last_archive.is_none() {
            return Ok(None);
        }
        let exported_by = reading.exporter();
        let officer = Desk::officer_in(&journal)?;
        Ok(Some(Approval {
            required: reading.folding.rules().approval_required,
            yours: exported_by.as_deref() == Some(officer.as_str()),
            exported_by,
            papers: reading.papers(),
            review: reading.case.review,
        }))
    }

    /// Copies this desk's journal (a laptop's file, say) into the journal at `to` (the team's
    /// register): all of it in one transaction, or nothing; see [`Journal::copy_from`]. The
    /// source stays as it is.
    pub fn copy_to(&self, to: impl Into<Location>) -> Result<(Copied, Verification), DeskError> {
        let Some(source) = self.existing()? else {
            return Err(JournalError::Invalid(format!(
                "there is no journal at {} to copy",
                self.journal.shown()
            ))
            .into());
        };
        let target = self.at(to);
        let mut journal = target.journal()?;
        let copied = journal.copy_from(&source, &crate::operator())?;
        target.witnessed(&journal);
        Ok((copied, journal.verify()?))
    }

    /// The rules the team set for the whole journal.
    pub fn team_rules(&self) -> Result<TeamRules, DeskError> {
        match self.existing()? {
            Some(journal) => Ok(act_journal::team_rules(&journal.events()?)),
            None => Ok(TeamRules::default()),
        }
    }

    /// Turns the second pair of eyes on or off for the whole team (recorded only when it
    /// changes).
    pub fn require_approval(&self, required: bool) -> Result<TeamRules, DeskError> {
        let mut journal = self.journal()?;
        let rules = act_journal::team_rules(&journal.events()?);
        if rules.approval_required != required {
            journal.record(None, EventKind::ApprovalRule { required })?;
            self.witnessed(&journal);
        }
        Ok(TeamRules {
            approval_required: required,
        })
    }

    /// The request's last archive, which another officer than its exporter may review: its
    /// SHA-256.
    fn reviewable(journal: &Journal, reading: &Reading) -> Result<String, DeskError> {
        let Some((archive, _)) = reading.case.last_archive.clone() else {
            return Err(Rule::NothingToReview.into());
        };
        let reviewer = Desk::officer_in(journal)?;
        if reading.exporter().as_deref() == Some(reviewer.as_str()) {
            return Err(Rule::OwnArchive.into());
        }
        Ok(archive)
    }

    /// Approves the request's last archive for delivery (as another officer than the one who
    /// exported it). Approving it again records nothing.
    pub fn approve(&self, reference: &str) -> Result<Case, DeskError> {
        self.decide(reference, |journal, reading| {
            let archive_sha256 = Desk::reviewable(journal, reading)?;
            if matches!(reading.case.review, Some(Review::Approved { .. })) {
                return Ok(None);
            }
            Ok(Some(EventKind::Approved { archive_sha256 }))
        })
    }

    /// Sends the request's last archive back (as another officer than the one who exported
    /// it), and says why: it is not to be delivered.
    pub fn send_back(&self, reference: &str, reason: &str) -> Result<Case, DeskError> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(Rule::NoReason.into());
        }
        self.decide(reference, |journal, reading| {
            let archive_sha256 = Desk::reviewable(journal, reading)?;
            Ok(Some(EventKind::SentBack {
                archive_sha256,
                reason: reason.to_string(),
            }))
        })
    }

    /// Adds a note to a request.
    pub fn add_note(&self, reference: &str, note: &str) -> Result<Case, DeskError> {
        let note = note.trim();
        if note.is_empty() {
            return Err(Rule::EmptyNote.into());
        }
        let mut journal = self.journal()?;
        let case = journal.case(reference)?;
        journal.record(
            Some(&case.reference),
            EventKind::NoteAdded {
                note: note.to_string(),
            },
        )?;
        self.witnessed(&journal);
        Ok(journal.case(&case.reference)?)
    }

    /// Closes a request. Closing a closed request records nothing.
    pub fn close(&self, reference: &str) -> Result<Closed, DeskError> {
        let mut journal = self.journal()?;
        let case = journal.case(reference)?;
        if case.status == Status::Closed {
            return Ok(Closed {
                case,
                already: true,
            });
        }
        journal.record(Some(&case.reference), EventKind::Closed {})?;
        self.witnessed(&journal);
        Ok(Closed {
            case: journal.case(&case.reference)?,
            already: false,
        })
    }

    /// Records where a finished archive went (`reference`: the request it answers, if any).
    pub fn record_copy(
        &self,
        reference: Option<&str>,
        archive_sha256: &str,
        copy: Copy<'_>,
    ) -> Result<(), DeskError> {
        let archive_sha256 = archive_sha256.to_string();
        let event = match copy {
            Copy::SavedTo(path) => EventKind::Saved {
                path: path.display().to_string(),
                archive_sha256,
                computer: Some(self.computer.clone()),
            },
            Copy::DraggedOut => EventKind::DraggedOut { archive_sha256 },
        };
        let mut journal = self.journal()?;
        journal.record(reference, event)?;
        self.witnessed(&journal);
        Ok(())
    }

    /// Deletes a local copy the request saved (only one the journal lists as saved on this
    /// computer, and only while its bytes are still the archive that was saved: another
    /// archive saved over it since is not this request's to delete) and journals it. A copy
    /// already gone from the disk is journaled as deleted too. A copy another computer saved
    /// (the team's register) is not this computer's to delete, nor to say deleted.
    pub fn delete_local_copy(&self, reference: &str, path: &str) -> Result<Case, DeskError> {
        let mut journal = self.journal()?;
        let case = journal.case(reference)?;
        let saved = || case.copies.iter().filter(|c| !c.deleted && c.path == path);
        let Some(copy) = saved().find(|c| c.is_on(&self.computer)) else {
            return Err(match saved().find_map(|c| c.computer.clone()) {
                Some(computer) => Rule::CopyElsewhere {
                    path: path.to_string(),
                    computer,
                },
                None => Rule::NotACopy(path.to_string()),
            }
            .into());
        };
        match sha256_of(Path::new(&copy.path)) {
            Ok(sha256) if sha256 != copy.archive_sha256 => {
                return Err(Rule::CopyChanged(copy.path.clone()).into());
            }
            Err(source) if source.kind() != std::io::ErrorKind::NotFound => {
                return Err(DeskError::Delete {
                    path: copy.path.clone(),
                    source,
                });
            }
            _ => {}
        }
        match std::fs::remove_file(&copy.path) {
            Err(source) if source.kind() != std::io::ErrorKind::NotFound => {
                return Err(DeskError::Delete {
                    path: copy.path.clone(),
                    source,
                });
            }
            _ => {}
        }
        journal.record(
            Some(&case.reference),
            EventKind::LocalCopyDeleted {
                path: copy.path.clone(),
                computer: Some(self.computer.clone()),
            },
        )?;
        self.witnessed(&journal);
        Ok(journal.case(&case.reference)?)
    }

    /// Checks the journal: recomputes its chain, and compares it with what this computer last
    /// wrote of it (the witness): a journal that is gone, shorter, another one or rewritten
    /// is said so. A journal that is not there and was never written here is a first start:
    /// no events, nothing wrong (and nothing made).
    pub fn verify(&self) -> Result<Verification, DeskError> {
        self.check(|journal| journal.verify(), None)
    }

    /// [`Desk::verify`], and the journal must still be the one `head` was kept of (in an
    /// archive's manifest) and still hold it.
    pub fn verify_against(&self, head: &JournalHead) -> Result<Verification, DeskError> {
        let head = Head {
            events: head.events,
            hash: head.hash.clone(),
            id: head.id.clone(),
        };
        self.check(|journal| journal.verify_against(&head), Some(head.events))
    }

    /// The check: `chain` on the journal, then the witness; `archived`: the events an
    /// archive recorded of it.
    fn check(
        &self,
        chain: impl FnOnce(&Journal) -> Result<Verification, JournalError>,
        archived: Option<u64>,
    ) -> Result<Verification, DeskError> {
        let witnessed = self.witness.read(&self.journal)?;
        let Some(journal) = self.existing()? else {
            let problem = match (witnessed, archived) {
                (Some(witnessed), _) => Some(witnessed.missing(self.clock.as_ref())),
                (None, Some(events)) => Some(Problem {
                    seq: events,
                    what: format!(
                        "is missing: it had {events} event{} when the archive was made",
                        if events == 1 { "" } else { "s" }
                    ),
                    finding: Finding::Missing,
                    written_on: None,
                    now: None,
                }),
                (None, None) => None,
            };
            return Ok(Verification {
                events: 0,
                head: None,
                problem,
                id: None,
            });
        };
        let mut verification = chain(&journal)?;
        if verification.problem.is_none() {
            if let Some(witnessed) = witnessed {
                verification.problem = witnessed.compare(&journal)?;
            }
        }
        if verification.problem.is_some() {
            verification.head = None;
        }
        Ok(verification)
    }
}
