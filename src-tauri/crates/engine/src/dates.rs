//! Dates in words in each language, from CLDR's data (ICU4X): "Thursday 26 November 2026",
//! "jeudi 26 novembre 2026", "czwartek, 26 listopada 2026".

use icu_datetime::fieldsets::{YMD, YMDE};
use icu_datetime::input::Date;
use icu_datetime::DateTimeFormatter;
use icu_locale_core::Locale;

use crate::lang::Lang;
use crate::messages::{text, Arg};

/// The locale whose CLDR data writes `lang`'s dates: British English for English (day before
/// month, as in the rest of the EU).
fn locale(lang: Lang) -> Locale {
    let tag = match lang {
        Lang::En => "en-GB",
        other => other.code(),
    };
    tag.parse().unwrap_or(icu_locale_core::locale!("en-GB"))
}

fn iso(date: time::Date) -> Option<Date<icu_calendar::Iso>> {
    Date::try_new_iso(date.year(), u8::from(date.month()), date.day()).ok()
}

// CLDR's data is compiled in, so a formatter is there for every language; the ISO date
// stands in if it were not.

/// A day in words: "26 November 2026".
pub fn date_in_words(lang: Lang, date: time::Date) -> String {
    match (
        DateTimeFormatter::try_new(locale(lang).into(), YMD::long()),
        iso(date),
    ) {
        (Ok(formatter), Some(day)) => formatter.format(&day).to_string(),
        _ => date.to_string(),
    }
}

/// A day in words with its weekday: "Thursday, 26 November 2026".
pub fn day_in_words(lang: Lang, date: time::Date) -> String {
    match (
        DateTimeFormatter::try_new(locale(lang).into(), YMDE::long()),
        iso(date),
    ) {
        (Ok(formatter), Some(day)) => formatter.format(&day).to_string(),
        _ => date.to_string(),
    }
}

/// A moment in words, in UTC: "27 November 2026, 23:01 UTC".
pub fn moment_in_words(lang: Lang, at: time::OffsetDateTime) -> String {
    let at = at.to_offset(time::UtcOffset::UTC);
    let date = date_in_words(lang, at.date());
    let time = format!("{:02}:{:02}", at.hour(), at.minute());
    text(
        lang,
        "moment",
        &[("date", Arg::Text(&date)), ("time", Arg::Text(&time))],
    )
}
