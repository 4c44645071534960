//! The statutory clock of GDPR Art. 12(3): an answer is due one month after the request was
//! received, extendable by two further months (the requester told within the first month).
//!
//! The rule used: the same calendar day in the month the period ends; the last day of that
//! month when the day does not exist there (31 January → 28 or 29 February); moved to the next
//! working day when it falls on a Saturday or Sunday. Public holidays are not known to ACT
//! Export: the officer has to allow for them.

use time::{Date, Duration, Month, Weekday};

use crate::error::JournalError;

/// A calendar date without a time of day.
pub type LocalDate = Date;

/// Reads a date written `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Result<Date, JournalError> {
    let bad = || JournalError::BadDate(text.to_string());
    let mut parts = text.trim().split('-');
    let (Some(y), Some(m), Some(d), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad());
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return Err(bad());
    }
    let year: i32 = y.parse().map_err(|_| bad())?;
    let month: u8 = m.parse().map_err(|_| bad())?;
    let day: u8 = d.parse().map_err(|_| bad())?;
    let month = Month::try_from(month).map_err(|_| bad())?;
    Date::from_calendar_date(year, month, day).map_err(|_| bad())
}

/// `date` written `YYYY-MM-DD`.
pub fn iso(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// The same calendar day `months` later, or the last day of that month when it has no such day.
pub fn add_months(date: Date, months: u32) -> Date {
    let index =
        i64::from(date.year()) * 12 + i64::from(u8::from(date.month())) - 1 + i64::from(months);
    let year = i32::try_from(index.div_euclid(12)).unwrap_or(i32::MAX);
    let month = u8::try_from(index.rem_euclid(12) + 1).unwrap_or(1);
    let month = Month::try_from(month).unwrap_or(Month::January);
    let last = time::util::days_in_month(month, year);
    Date::from_calendar_date(year, month, date.day().min(last)).unwrap_or(date)
}

/// The next working day on or after `date` (Saturday and Sunday move to Monday).
pub fn working_day(date: Date) -> Date {
    match date.weekday() {
        Weekday::Saturday => date + Duration::days(2),
        Weekday::Sunday => date + Duration::days(1),
        _ => date,
    }
}

/// When the answer to a request received on `received` is due, with `extension_months` (0, 1
/// or 2) further months.
pub fn due_date(received: Date, extension_months: u8) -> Date {
    working_day(add_months(received, 1 + u32::from(extension_months.min(2))))
}

/// `date` in words: "Monday 28 December 2026".
pub fn in_words(date: Date) -> String {
    format!(
        "{} {} {} {}",
        date.weekday(),
        date.day(),
        date.month(),
        date.year()
    )
}

/// Days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: Date, to: Date) -> i64 {
    (to - from).whole_days()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        parse_date(text).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn one_month_later_on_the_same_day() {
        // Friday 27 November 2026 → Monday 28 December 2026 (a Monday already).
        assert_eq!(due_date(d("2026-11-27"), 0), d("2026-12-28"));
        // 1 October 2026 → Sunday 1 November 2026 → Monday 2 November.
        assert_eq!(due_date(d("2026-10-01"), 0), d("2026-11-02"));
        // 14 December 2026 → Thursday 14 January 2027 (across the year).
        assert_eq!(due_date(d("2026-12-14"), 0), d("2027-01-14"));
    }

    #[test]
    fn month_ends_take_the_last_day_that_exists() {
        // 31 January 2027 → 28 February 2027 (a Sunday) → Monday 1 March.
        assert_eq!(add_months(d("2027-01-31"), 1), d("2027-02-28"));
        assert_eq!(due_date(d("2027-01-31"), 0), d("2027-03-01"));
        // In a leap year: 31 January 2028 → Tuesday 29 February 2028.
        assert_eq!(due_date(d("2028-01-31"), 0), d("2028-02-29"));
        // 29 February 2028 → 29 March 2028 (a Wednesday).
        assert_eq!(due_date(d("2028-02-29"), 0), d("2028-03-29"));
        // 31 March → 30 April.
        assert_eq!(add_months(d("2027-03-31"), 1), d("2027-04-30"));
    }

    #[test]
    fn weekends_move_to_monday() {
        // 12 September 2026 + 1 month = Monday 12 October: stays.
        assert_eq!(due_date(d("2026-09-12"), 0), d("2026-10-12"));
        // 10 October 2026 + 1 month = Tuesday 10 November: stays.
        assert_eq!(due_date(d("2026-10-10"), 0), d("2026-11-10"));
        // 14 October 2026 + 1 month = Saturday 14 November → Monday 16 November.
        assert_eq!(due_date(d("2026-10-14"), 0), d("2026-11-16"));
        // 15 October 2026 + 1 month = Sunday 15 November → Monday 16 November.
        assert_eq!(due_date(d("2026-10-15"), 0), d("2026-11-16"));
    }

    #[test]
    fn extensions_add_up_to_two_months() {
        // 30 November 2026: one month → 30 December (Wednesday); +2 → 28 February 2027
        // (the 30th does not exist; a Sunday) → Monday 1 March 2027.
        assert_eq!(due_date(d("2026-11-30"), 0), d("2026-12-30"));
        // +1: Saturday 30 January 2027 → Monday 1 February.
        assert_eq!(due_date(d("2026-11-30"), 1), d("2027-02-01"));
        assert_eq!(due_date(d("2026-11-30"), 2), d("2027-03-01"));
        // More than two is two.
        assert_eq!(due_date(d("2026-11-30"), 5), d("2027-03-01"));
    }

    #[test]
    fn dates_are_read_strictly() {
        for bad in [
            "2026-02-30",
            "2026-13-01",
            "26-01-01",
            "2026/01/01",
            "2026-1-1",
            "",
            "x",
        ] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
        assert_eq!(iso(d("2026-01-05")), "2026-01-05");
        assert_eq!(in_words(d("2026-12-28")), "Monday 28 December 2026");
        assert_eq!(days_between(d("2026-12-28"), d("2026-12-20")), -8);
    }
}
