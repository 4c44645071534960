//! The officer's actions as both hosts call them: each rule once (dates, references, closing,
//! copies), and an export for a request from its journaled start to its journaled end.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod export;
mod rules;
mod witness;

use std::sync::Arc;

use act_desk::{Desk, FixedClock};
use time::macros::{datetime, offset};

/// A desk over a new journal in `dir`, for an officer in Berlin (UTC+1 in winter) at 00:30 on
/// Saturday 5 December 2026, when UTC still says 23:30 on the 4th.
pub fn berlin_desk(dir: &std::path::Path) -> (Desk, Arc<FixedClock>) {
    let clock = FixedClock::new(datetime!(2026-12-04 23:30 UTC), offset!(+1));
    (
        Desk::with_clock(
            dir.join("journal.sqlite"),
            dir.join("witness"),
            clock.clone(),
        ),
        clock,
    )
}

/// Opens the request `reference` (Contoso's, received on 27 November 2026).
pub fn open(desk: &Desk, reference: &str) {
    desk.open_request(act_desk::NewRequest {
        reference: reference.into(),
        subject: "Contoso Ltd".into(),
        right: act_journal::Right::Access,
        received: "2026-11-27".into(),
        language: None,
    })
    .unwrap();
}

/// The names of the journal's events, in order.
pub fn kinds(desk: &Desk) -> Vec<&'static str> {
    desk.events()
        .unwrap()
        .into_iter()
        .map(|e| e.event.name())
        .collect()
}
