//! Plain wording shared by the README and the cover letter: sizes, dates and lists in words,
//! and English counts for the README. Pure functions over the messages (`messages`, `dates`).
//! (HTML escaping is the templates' own: `html`.)

use crate::dates::moment_in_words;
use crate::lang::Lang;
use crate::messages::{listed, text, Arg};

/// Sizes in words, in `lang`: "310 MB", "1.5 GB" ("1,5 GB" in German).
pub fn human_size(lang: Lang, bytes: u64) -> String {
    const UNITS: [&str; 4] = [
        "size-kilobytes",
        "size-megabytes",
        "size-gigabytes",
        "size-terabytes",
    ];
    if bytes < 1000 {
        return text(lang, "size-bytes", &[("n", Arg::Count(bytes))]);
    }
    let mut value = bytes as f64 / 1000.0;
    let mut unit = 0;
    while value >= 1000.0 && unit < UNITS.len() - 1 {
        value /= 1000.0;
        unit += 1;
    }
    let number = if value < 10.0 {
        format!("{value:.1}").replacen('.', &text(lang, "decimal-separator", &[]), 1)
    } else {
        format!("{value:.0}")
    };
    text(lang, UNITS[unit], &[("n", Arg::Text(&number))])
}

/// A moment in words, in English: "27 November 2026, 23:01 UTC".
pub fn date_in_words(at: time::OffsetDateTime) -> String {
    moment_in_words(Lang::En, at)
}

/// "A", "A and B", "A, B and C", in English.
pub fn in_words<T: AsRef<str>>(items: &[T]) -> String {
    listed(Lang::En, items)
}
