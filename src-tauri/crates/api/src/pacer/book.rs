//! The pacer's book: the API calls of the last window and what the service's answers taught
//! about its limit, with every decision taken from them. No clock and no I/O: times are
//! milliseconds since the Unix epoch, handed in by the pacer, so that the book can live in a
//! file that every process of the user reads and writes (`file.rs`).

use serde::{Deserialize, Serialize};

/// A call still waiting for its answer counts at most as if the service had counted it this
/// long after it began (a request reaches the service well within the connect timeout): the
/// calls of a process that died hold their places for a window and this, no longer.
pub(crate) const REACHED_WITHIN: u64 = 30_000;
/// Calls are remembered at least this long (the documented window), whatever was learned.
const LEAST_HORIZON: u64 = 300_000;
/// While nothing is learned yet, calls beyond what the service was seen to admit go at most
/// this many at once (or a sixteenth of what it admitted, when more): the most 429s met on
/// reaching a limit that nobody told us.
const DISCOVERY_PROBES: u32 = 3;
/// The longest wait between a 429 and the next call beyond the learned limit, in windows.
const MOST_GAP_WINDOWS: u64 = 8;
/// Times further ahead than this come from a clock that went back, or from nowhere: dropped.
const SKEW: u64 = 60_000;
/// The longest pause or window believed (a day): anything longer in the file is dropped.
const MOST: u64 = 86_400_000;

/// Where a call stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Standing {
    /// Sent, no answer yet.
    Open,
    /// Answered other than 429: the service counted it.
    Admitted,
    /// Answered 429.
    Refused,
    /// No answer came (the connection failed, the call was given up): it counts, and teaches
    /// nothing.
    Failed,
}

/// One API call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Call {
    /// Chosen at random by the process that made it, to find it again when it is answered.
    pub id: u64,
    pub started: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answered: Option<u64>,
    pub standing: Standing,
    /// Started beyond what the service was seen to admit.
    #[serde(default, skip_serializing_if = "is_false")]
    pub probe: bool,
    /// The pace that made it (a random number per process and service; 0: unknown), to tell
    /// whether it may still be answered: see [`Book::close_gone`].
    #[serde(default, skip_serializing_if = "is_zero")]
    pub owner: u64,
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl Call {
    /// The moment the call counts from: its answer (never earlier than the service counted
    /// it), or `now` while it is open; never later than [`REACHED_WITHIN`] after it began.
    fn stamp(&self, now: u64) -> u64 {
        self.answered
            .unwrap_or(now)
            .min(self.started.saturating_add(REACHED_WITHIN))
    }

    /// The earliest moment it stops counting in a window of `window`.
    fn ends(&self, now: u64, window: u64) -> u64 {
        self.stamp(now).saturating_add(window)
    }
}

/// What the service's answers taught about its limit.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct Estimate {
    /// The service's window, learned from a 429 (0: nothing learned yet, the starting limit's
    /// window applies).
    pub window: u64,
    /// The most calls the service was seen to admit within one window.
    pub known: u32,
    /// No call beyond `known` starts before this (0: any time).
    pub grow_at: u64,
    /// The wait after a 429 before calls go beyond `known` again: two windows, doubling with
    /// every such call refused, up to [`MOST_GAP_WINDOWS`] windows.
    pub grow_gap: u64,
    /// When the 429 that last taught something came: refusals of calls begun before it are
    /// the same overshoot, and teach nothing more.
    pub episode: u64,
}

/// The calls and the estimate.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct Book {
    /// No call starts before this (0: none).
    pub paused_until: u64,
    pub estimate: Estimate,
    pub calls: Vec<Call>,
}

/// The starting limit, in milliseconds: the pace never goes beyond it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Guess {
    pub requests: u32,
    pub per: u64,
}

/// May a call start now?
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decision {
    Start {
        probe: bool,
    },
    /// Not before `until` (`u64::MAX`: unknown); `for_answers`: an answer to another call may
    /// allow it earlier.
    Wait {
        until: u64,
        for_answers: bool,
    },
}

/// How a call ended, in the book's units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ending {
    Admitted,
    /// 429: `server_delay` as the service said it (uncapped), `pause` as every call waits.
    Refused {
        server_delay: Option<u64>,
        pause: u64,
    },
    Failed,
}

impl Book {
    /// The window the estimate counts in.
    pub fn window(&self, guess: Guess) -> u64 {
        if self.learned() {
            self.estimate.window
        } else {
            guess.per
        }
    }

    /// True once a 429 taught a window.
    pub fn learned(&self) -> bool {
        self.estimate.window > 0
    }

    fn counted(&self, now: u64, window: u64) -> impl Iterator<Item = &Call> {
        self.calls.iter().filter(move |c| c.ends(now, window) > now)
    }

    /// When fewer than `limit` calls count in `window`: `now` if already, `u64::MAX` never.
    fn below(&self, now: u64, window: u64, limit: u32) -> u64 {
        let mut ends: Vec<u64> = self
            .counted(now, window)
            .map(|c| c.ends(now, window))
            .collect();
        let limit = limit as usize;
        if ends.len() < limit {
            return now;
        }
        if limit == 0 {
            return u64::MAX;
        }
        let at = ends.len() - limit;
        *ends.select_nth_unstable(at).1
    }

    /// How many probes may be in flight at once: a few while discovering (a sixteenth of
    /// `known` once that is more), one above a learned limit (a thirty-second once more).
    fn probe_cap(&self) -> u32 {
        if self.learned() {
            1.max(self.estimate.known / 32)
        } else {
            DISCOVERY_PROBES.max(self.estimate.known / 16)
        }
    }

    /// May a call start at `now`?
    pub fn decide(&self, now: u64, guess: Guess) -> Decision {
        if self.paused_until > now {
            return Decision::Wait {
                until: self.paused_until,
                for_answers: false,
            };
        }
        // Never beyond the starting limit.
        let outer = self.below(now, guess.per, guess.requests);
        if outer > now {
            return Decision::Wait {
                until: outer,
                for_answers: false,
            };
        }
        // Within what the service was seen to admit: at once.
        let window = self.window(guess);
        let within = self.below(now, window, self.estimate.known);
        if within <= now {
            return Decision::Start { probe: false };
        }
        // Beyond it: a probe, a few at a time, and after a 429 only once its gap has passed.
        if now < self.estimate.grow_at {
            return Decision::Wait {
                until: within.min(self.estimate.grow_at),
                for_answers: false,
            };
        }
        let open = |probe: bool| {
            self.calls
                .iter()
                .filter(|c| c.probe == probe && c.standing == Standing::Open)
                .count()
        };
        // Above a learned limit, only once every call within it has its answer (the service
        // has counted them all: sent while they travel, a probe may arrive first and have one
        // of them refused), and while they all began within half a window (the service's
        // window, shorter than ours by the rounding of its delays and the way there, still
        // holds them all): a probe admitted then is one more the service allows.
        let settled = !self.learned() || open(false) == 0;
        let held = !self.learned()
            || self
                .counted(now, window)
                .all(|c| c.started.saturating_add(window / 2) >= now);
        if !held {
            return Decision::Wait {
                until: within,
                for_answers: false,
            };
        }
        if settled && open(true) < self.probe_cap() as usize {
            Decision::Start { probe: true }
        } else {
            Decision::Wait {
                until: within,
                for_answers: true,
            }
        }
    }

    /// Starts call `id` of `owner` at `now` if it may start; else says until when not.
    pub fn begin(&mut self, now: u64, guess: Guess, id: u64, owner: u64) -> Decision {
        let decision = self.decide(now, guess);
        if let Decision::Start { probe } = decision {
            self.calls.push(Call {
                id,
                started: now,
                answered: None,
                standing: Standing::Open,
                probe,
                owner,
            });
        }
        decision
    }

    /// Ends the open calls whose owner is gone (`gone(owner)`: its process ended, and no answer
    /// to them will ever be written): each counts from the latest moment the service can have
    /// counted it, as it did while open, but no longer holds a place among the calls in
    /// flight (a probe of a process killed mid-export would otherwise keep every later probe
    /// waiting until it left the book, minutes later). Each owner is asked once.
    pub fn close_gone(&mut self, now: u64, mut gone: impl FnMut(u64) -> bool) {
        let mut verdicts: Vec<(u64, bool)> = Vec::new();
        for call in &mut self.calls {
            if call.standing != Standing::Open || call.owner == 0 {
                continue;
            }
            let is_gone = match verdicts.iter().find(|(owner, _)| *owner == call.owner) {
                Some(&(_, verdict)) => verdict,
                None => {
                    let verdict = gone(call.owner);
                    verdicts.push((call.owner, verdict));
                    verdict
                }
            };
            if is_gone {
                call.answered = Some(call.stamp(now));
                call.standing = Standing::Failed;
            }
        }
    }

    /// Call `id` (begun at `started`) ended at `now`.
    pub fn finish(&mut self, call: &Call, now: u64, ending: Ending, guess: Guess) {
        let standing = match ending {
            Ending::Admitted => Standing::Admitted,
            Ending::Refused { .. } => Standing::Refused,
            Ending::Failed => Standing::Failed,
        };
        match self.calls.iter_mut().find(|c| c.id == call.id) {
            Some(c) => {
                c.answered = Some(now);
                c.standing = standing;
            }
            // Lost with a state file that could not be read: recorded anew.
            None => self.calls.push(Call {
                answered: Some(now),
                standing,
                ..call.clone()
            }),
        }
        match ending {
            Ending::Admitted => self.admitted(call, now, guess),
            Ending::Refused {
                server_delay,
                pause,
            } => self.refused(call, now, server_delay, pause, guess),
            Ending::Failed => {}
        }
    }

    /// No call starts before `until`.
    pub fn pause_until(&mut self, until: u64) {
        self.paused_until = self.paused_until.max(until);
    }

    fn admitted(&mut self, call: &Call, now: u64, guess: Guess) {
        if self.learned() {
            // A probe sent into a full window that the service still held whole (see
            // `decide`): it allows one more.
            if call.probe {
                self.estimate.known = self.estimate.known.saturating_add(1);
            }
        } else {
            // While discovering: the most it admitted in one (configured) window.
            let admitted = self
                .counted(now, guess.per)
                .filter(|c| c.standing == Standing::Admitted)
                .count();
            let known = &mut self.estimate.known;
            *known = (*known).max(u32::try_from(admitted).unwrap_or(u32::MAX));
        }
        let e = &mut self.estimate;
        // Grown back to the starting limit (in a window no longer than its): nothing learned
        // holds the pace any more.
        if e.window > 0 && e.window <= guess.per && e.known >= guess.requests {
            e.window = 0;
            e.grow_at = 0;
            e.grow_gap = 0;
        }
    }

    fn refused(
        &mut self,
        call: &Call,
        now: u64,
        server_delay: Option<u64>,
        pause: u64,
        guess: Guess,
    ) {
        if call.started <= self.estimate.episode {
            // Sent before the 429 that taught us: the same overshoot.
            self.pause_until(now.saturating_add(pause));
            return;
        }
        // Refused while a probe was out: the probe filled the window (calls arrive in any
        // order, and the probe may have come first).
        let probing = call.probe
            || self.calls.iter().any(|c| {
                c.probe && c.id != call.id && c.answered.is_none_or(|at| at >= call.started)
            });
        // A probe above a learned limit found the window full, as the book holds it: the
        // calls within the limit wait for their places anyway. Any other 429 stops every call
        // for the server's delay.
        if !(self.learned() && probing) {
            self.pause_until(now.saturating_add(pause));
        }
        // The calls of ours the service admitted in our window, oldest first.
        let window = self.window(guess);
        let mut starts: Vec<u64> = self
            .counted(now, window)
            .filter(|c| c.standing == Standing::Admitted)
            .map(|c| c.started)
            .collect();
        starts.sort_unstable();
        // Which of them the service's window still holds: a place frees `delay` after its
        // oldest call, so a call followed by a gap of `delay` or more had left it already
        // (the calls of the app's lists before an export, say). The last such gap starts it.
        let begins = match server_delay {
            Some(delay) => starts
                .windows(2)
                .rposition(|w| w[1].saturating_sub(w[0]) >= delay)
                .map_or(0, |i| i + 1),
            None => 0,
        };
        let count = u32::try_from(starts.len() - begins).unwrap_or(u32::MAX);
        let first = starts.get(begins).copied().unwrap_or(now);
        let learned = self.learned();
        let e = &mut self.estimate;
        e.episode = now;
        if count == 0 && !learned {
            // Full before any call of ours: others used the window. Nothing to learn of how
            // many it takes; the pause is all.
            return;
        }
        // A quarter fewer than were admitted (than known, when none of ours were: others
        // took the window).
        let fewer = |known: u32| {
            let admitted = if count == 0 { known } else { known.min(count) };
            (admitted.saturating_mul(3) / 4).max(1)
        };
        match server_delay {
            Some(delay) => {
                // A window that refuses now and frees again after `delay` spans at most from
                // the first call it admitted to then.
                let spans = if count > 0 {
                    now.saturating_sub(first).saturating_add(delay)
                } else {
                    delay
                };
                if !learned {
                    e.window = spans.max(1);
                    e.known = count.max(1);
                } else if probing {
                    e.window = e.window.max(delay);
                } else {
                    // (Not what it spans: in a steady flow of calls there is no gap that
                    // shows where the service's window began.)
                    e.window = e.window.max(delay);
                    e.known = fewer(e.known);
                }
            }
            None if !learned => {
                e.window = window.max(1);
                e.known = fewer(u32::MAX);
            }
            None if !probing => e.known = fewer(e.known),
            None => {}
        }
        e.grow_gap = if learned {
            e.grow_gap.saturating_mul(2)
        } else {
            0
        }
        .clamp(
            e.window.saturating_mul(2),
            e.window.saturating_mul(MOST_GAP_WINDOWS),
        );
        e.grow_at = now.saturating_add(e.grow_gap);
    }

    /// Forgets calls no window counts any more, and whatever no clock could have written
    /// (times far ahead, pauses or windows longer than a day).
    pub fn tidy(&mut self, now: u64, guess: Guess) {
        let horizon = guess.per.max(self.estimate.window).max(LEAST_HORIZON);
        let ahead = now.saturating_add(SKEW);
        self.calls
            .retain(|c| c.started <= ahead && c.ends(now, horizon) > now);
        if self.paused_until > now.saturating_add(MOST) {
            self.paused_until = 0;
        }
        let e = &self.estimate;
        if e.window > MOST || e.grow_gap > MOST * MOST_GAP_WINDOWS || e.episode > ahead {
            self.estimate = Estimate::default();
        }
        if self.estimate.grow_at > now.saturating_add(MOST * MOST_GAP_WINDOWS) {
            self.estimate.grow_at = 0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GUESS: Guess = Guess {
        requests: 500,
        per: 300_000,
    };

    fn start(book: &mut Book, now: u64, id: u64) -> bool {
        matches!(book.begin(now, GUESS, id, 0), Decision::Start { .. })
    }

    fn call(book: &Book, id: u64) -> Call {
        book.calls.iter().find(|c| c.id == id).unwrap().clone()
    }

    #[test]
    fn the_first_429_teaches_the_window_and_the_count_admitted_before_it() {
        let mut book = Book::default();
        // Three at a time while nothing is known, one admitted every 10 ms.
        let mut now = 1_000_000;
        for id in 0..40 {
            assert!(start(&mut book, now, id), "{id}");
            now += 10;
            book.finish(&call(&book, id), now, Ending::Admitted, GUESS);
        }
        assert_eq!(book.estimate.known, 40);
        assert!(start(&mut book, now, 40));
        let refused = Ending::Refused {
            server_delay: Some(10_000),
            pause: 10_000,
        };
        book.finish(&call(&book, 40), now + 10, refused, GUESS);
        // 40 admitted from 1_000_000 on, and the service frees a place 10 s after the 429.
        assert_eq!(book.estimate.window, 10_000 + 410);
        assert_eq!(book.estimate.known, 40);
        assert_eq!(book.paused_until, now + 10 + 10_000);
        assert_eq!(
            book.decide(now + 20, GUESS),
            Decision::Wait {
                until: now + 10 + 10_000,
                for_answers: false
            }
        );
    }

    #[test]
    fn calls_long_enough_before_the_429_are_not_in_its_window() {
        let mut book = Book::default();
        // The app listed the runs, and 30 s later the export began.
        assert!(start(&mut book, 0, 100));
        book.finish(&call(&book, 100), 20, Ending::Admitted, GUESS);
        let mut now = 30_000;
        for id in 0..40 {
            assert!(start(&mut book, now, id), "{id}");
            now += 10;
            book.finish(&call(&book, id), now, Ending::Admitted, GUESS);
        }
        assert!(start(&mut book, now, 40));
        let refused = Ending::Refused {
            server_delay: Some(10_000),
            pause: 10_000,
        };
        book.finish(&call(&book, 40), now + 10, refused, GUESS);
        assert_eq!(book.estimate.window, 10_000 + 410);
        assert_eq!(book.estimate.known, 40);
    }

    #[test]
    fn a_window_full_before_any_call_of_ours_teaches_only_the_pause() {
        let mut book = Book::default();
        assert!(start(&mut book, 0, 1));
        let refused = Ending::Refused {
            server_delay: Some(5_000),
            pause: 5_000,
        };
        book.finish(&call(&book, 1), 10, refused, GUESS);
        assert!(!book.learned());
        assert_eq!(book.paused_until, 5_010);
        // Learned already: a quarter fewer than known.
        book.estimate.window = 10_000;
        book.estimate.known = 40;
        assert!(start(&mut book, 6_000, 2));
        book.finish(&call(&book, 2), 6_010, refused, GUESS);
        assert_eq!(book.estimate.known, 30);
    }

    #[test]
    fn above_a_learned_limit_a_probe_waits_for_every_answer_and_takes_the_blame() {
        let mut book = Book {
            estimate: Estimate {
                window: 10_000,
                known: 2,
                grow_at: 0,
                grow_gap: 20_000,
                episode: 1,
            },
            ..Book::default()
        };
        assert!(start(&mut book, 100, 1));
        assert!(start(&mut book, 100, 2));
        // The window is full: a probe waits until both are answered.
        assert!(matches!(
            book.decide(100, GUESS),
            Decision::Wait {
                for_answers: true,
                ..
            }
        ));
        book.finish(&call(&book, 1), 110, Ending::Admitted, GUESS);
        book.finish(&call(&book, 2), 110, Ending::Admitted, GUESS);
        assert_eq!(
            book.begin(110, GUESS, 3, 0),
            Decision::Start { probe: true }
        );
        // Admitted: one more is allowed.
        book.finish(&call(&book, 3), 120, Ending::Admitted, GUESS);
        assert_eq!(book.estimate.known, 3);
        // Another probe, and a call within the limit sent with it: the call is refused (the
        // probe arrived first). The probe's doing: no pause, nothing less allowed.
        assert_eq!(
            book.begin(120, GUESS, 4, 0),
            Decision::Start { probe: true }
        );
        book.estimate.known = 4;
        book.calls.retain(|c| c.id != 1);
        assert_eq!(
            book.begin(120, GUESS, 5, 0),
            Decision::Start { probe: false }
        );
        let refused = Ending::Refused {
            server_delay: Some(9_000),
            pause: 9_000,
        };
        book.finish(&call(&book, 5), 130, refused, GUESS);
        assert_eq!(book.paused_until, 0);
        assert_eq!(book.estimate.known, 4);
        assert_eq!(book.estimate.grow_at, 130 + 40_000);
    }

    #[test]
    fn discovery_sends_three_at_a_time_beyond_what_was_admitted() {
        let mut book = Book::default();
        assert!(start(&mut book, 0, 1));
        assert!(start(&mut book, 0, 2));
        assert!(start(&mut book, 0, 3));
        assert_eq!(
            book.decide(0, GUESS),
            Decision::Wait {
                until: u64::MAX,
                for_answers: true
            }
        );
        book.finish(&call(&book, 1), 5, Ending::Admitted, GUESS);
        // One admitted, and one more probe may go.
        assert_eq!(book.estimate.known, 1);
        assert_eq!(book.decide(5, GUESS), Decision::Start { probe: true });
        assert!(start(&mut book, 5, 4));
        assert_eq!(
            book.decide(5, GUESS),
            Decision::Wait {
                until: 5 + GUESS.per,
                for_answers: true
            }
        );
    }

    #[test]
    fn unreadable_times_are_dropped() {
        let mut book = Book {
            paused_until: u64::MAX - 1,
            estimate: Estimate {
                window: u64::MAX,
                ..Estimate::default()
            },
            calls: vec![Call {
                id: 1,
                started: 10_000_000_000,
                answered: None,
                standing: Standing::Open,
                probe: false,
                owner: 0,
            }],
        };
        book.tidy(1_000_000, GUESS);
        assert_eq!(book, Book::default());
    }

    #[test]
    fn an_open_call_of_a_process_that_died_stops_counting() {
        let mut book = Book::default();
        assert!(start(&mut book, 0, 1));
        let guess = Guess {
            requests: 1,
            per: 1_000,
        };
        assert_eq!(
            book.decide(10, guess),
            Decision::Wait {
                until: 1_010,
                for_answers: false
            }
        );
        // Never answered: it counts as if the service had counted it 30 s after it began.
        assert_eq!(
            book.decide(REACHED_WITHIN + 999, guess),
            Decision::Wait {
                until: REACHED_WITHIN + 1_000,
                for_answers: false
            }
        );
        assert!(matches!(
            book.decide(REACHED_WITHIN + 1_000, guess),
            Decision::Start { .. }
        ));
    }

    #[test]
    fn the_probes_of_a_process_that_is_gone_free_their_places_in_flight() {
        let mut book = Book::default();
        // A process (owner 7) sends the three probes of a first contact and is killed.
        for id in 0..3 {
            assert_eq!(book.begin(0, GUESS, id, 7), Decision::Start { probe: true });
        }
        // Another (owner 8) waits for their answers, which will never come.
        assert_eq!(
            book.begin(10, GUESS, 3, 8),
            Decision::Wait {
                until: u64::MAX,
                for_answers: true
            }
        );
        // Told that 7 is gone (and 8 is not), it probes at once.
        let mut asked = Vec::new();
        book.close_gone(20, |owner| {
            asked.push(owner);
            owner == 7
        });
        assert_eq!(asked, [7], "each owner with open calls is asked once");
        assert_eq!(book.begin(20, GUESS, 3, 8), Decision::Start { probe: true });
        // The killed calls still count, from when they were closed (the service may have
        // counted them until then).
        let gone: Vec<_> = book.calls.iter().filter(|c| c.owner == 7).collect();
        assert!(gone
            .iter()
            .all(|c| c.standing == Standing::Failed && c.answered == Some(20)));
        assert_eq!(book.counted(20, GUESS.per).count(), 4);
        // The open call of a living owner stays open.
        book.close_gone(30, |owner| owner == 7);
        assert_eq!(call(&book, 3).standing, Standing::Open);
    }
}
