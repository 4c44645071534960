//! Times as the screens write them. A leaf module.

use act_engine::lang::Lang;

/// An RFC 3339 time in words in `lang` ("27 November 2026, 23:01 UTC"); as written when it is
/// not one.
pub fn time_in_words(lang: Lang, rfc3339: &str) -> String {
    time::OffsetDateTime::parse(rfc3339, &time::format_description::well_known::Rfc3339)
        .map(|at| act_engine::dates::moment_in_words(lang, at))
        .unwrap_or_else(|_| rfc3339.to_string())
}
