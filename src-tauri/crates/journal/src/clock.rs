//! Where "now" comes from. The journal stamps its events with [`Clock::now`]; the rules about
//! dates (a request received, a delivery made, an extension told: none in the future) read
//! [`Clock::today`], the date in the officer's own time zone, not in UTC: an officer in
//! Berlin at half past midnight on 5 December records a request received on 5 December, while
//! UTC still says the 4th. Tests give a [`FixedClock`].

use std::sync::{Arc, Mutex, PoisonError};

use time::{Date, OffsetDateTime, UtcOffset};

/// A source of the current time and of the officer's time zone.
pub trait Clock: Send + Sync + std::fmt::Debug {
    /// The current instant.
    fn now(&self) -> OffsetDateTime;

    /// The officer's offset from UTC at `at` (their time zone's, summer time included).
    fn offset_at(&self, at: OffsetDateTime) -> UtcOffset;

    /// Today, in the officer's time zone.
    fn today(&self) -> Date {
        let now = self.now();
        now.to_offset(self.offset_at(now)).date()
    }
}

/// The computer's clock and time zone.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> OffsetDateTime {
        OffsetDateTime::now_utc()
    }

    /// The system's time zone (`TZ`, else the operating system's setting); UTC when it cannot
    /// be told.
    fn offset_at(&self, at: OffsetDateTime) -> UtcOffset {
        offset_in(&jiff::tz::TimeZone::system(), at)
    }
}

/// `zone`'s offset from UTC at `at`.
fn offset_in(zone: &jiff::tz::TimeZone, at: OffsetDateTime) -> UtcOffset {
    let seconds = jiff::Timestamp::from_second(at.unix_timestamp())
        .map(|instant| zone.to_offset(instant).seconds())
        .unwrap_or(0);
    UtcOffset::from_whole_seconds(seconds).unwrap_or(UtcOffset::UTC)
}

/// A clock that says what it is told: a fixed instant and a fixed offset (tests).
#[derive(Debug)]
pub struct FixedClock {
    state: Mutex<(OffsetDateTime, UtcOffset)>,
}

impl FixedClock {
    /// A clock stopped at `now`, for an officer `offset` from UTC.
    pub fn new(now: OffsetDateTime, offset: UtcOffset) -> Arc<FixedClock> {
        Arc::new(FixedClock {
            state: Mutex::new((now, offset)),
        })
    }

    /// Moves the clock to `now`.
    pub fn set(&self, now: OffsetDateTime) {
        self.state.lock().unwrap_or_else(PoisonError::into_inner).0 = now;
    }

    /// Moves the clock on by `by`.
    pub fn advance(&self, by: time::Duration) {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.0 += by;
    }
}

impl Clock for FixedClock {
    fn now(&self) -> OffsetDateTime {
        self.state.lock().unwrap_or_else(PoisonError::into_inner).0
    }

    fn offset_at(&self, _: OffsetDateTime) -> UtcOffset {
        self.state.lock().unwrap_or_else(PoisonError::into_inner).1
    }
}

/// The clock every journal and rule uses unless told otherwise.
pub fn system() -> Arc<dyn Clock> {
    Arc::new(SystemClock)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{datetime, offset};

    #[test]
    fn today_is_the_officers_date_not_utcs() {
        // 23:30 UTC on 4 December is 00:30 on 5 December in Berlin (UTC+1 in winter).
        let berlin = FixedClock::new(datetime!(2026-12-04 23:30 UTC), offset!(+1));
        assert_eq!(berlin.today(), time::macros::date!(2026 - 12 - 05));
        // And still 4 December in New York (UTC-5).
        let new_york = FixedClock::new(datetime!(2026-12-05 03:30 UTC), offset!(-5));
        assert_eq!(new_york.today(), time::macros::date!(2026 - 12 - 04));
    }

    #[test]
    fn a_time_zones_offset_follows_summer_time() {
        // Central European Time, as a POSIX rule (no time zone database needed).
        let cet = jiff::tz::TimeZone::posix("CET-1CEST,M3.5.0,M10.5.0/3").unwrap();
        assert_eq!(
            offset_in(&cet, datetime!(2026-12-04 23:30 UTC)),
            offset!(+1)
        );
        assert_eq!(
            offset_in(&cet, datetime!(2026-07-01 23:30 UTC)),
            offset!(+2)
        );
        assert_eq!(
            offset_in(&jiff::tz::TimeZone::UTC, datetime!(2026-07-01 23:30 UTC)),
            UtcOffset::UTC
        );
    }
}
