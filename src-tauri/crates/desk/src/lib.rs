//! # act-desk: the officer's actions, written once
//!
//! The desktop app and the `act-export` command are two hosts of the same work: open a
//! request, export data for it, record its delivery, extend its deadline, note something,
//! close it, delete a local copy, check the journal. Each action is a method of [`Desk`], with
//! its rules in one place (dates not in the future in the officer's own time zone, a reference
//! opened once, closing twice is closing once, a copy deleted only if it is the one that was
//! saved...). The hosts turn what the officer typed into a call and present the answer: the
//! app as screens, the command line as lines of text. Neither holds a rule of its own.
//!
//! An export for a request ([`Desk::export`]) looks the request up once, composes the cover
//! letter, journals the start (its head goes into the archive's manifest), runs the engine,
//! journals how it ended and, where the archive stays where it was written, that it was saved
//! there. Whether a failed export can continue is the engine's word ([`act_engine::ExportFailure`]).
//!
//! No Tauri, no terminal: everything here is testable as plain calls, with a [`Clock`] the
//! tests set.

mod error;
mod export;
mod journaled;
mod requests;
pub mod words;

pub use act_journal::clock::{Clock, FixedClock, SystemClock};
pub use error::{DeskError, Rule};
pub use export::{answer_language, letter_for, ExportJob, Exported};
pub use journaled::{apps_in_journal, operator};
pub use requests::{Approval, Closed, Copy, Delivery, Desk, NewRequest, Overview};
