//! The archive's words in each language: Project Fluent messages (`locales/<code>/*.ftl`,
//! compiled in), so that plurals and agreement come out right in every language (Polish has
//! one, few and many). Every message exists in every language with the same variables
//! (tests/engine/messages.rs checks it), and English is the fallback only if that check
//! was skipped.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::lang::Lang;

/// The message files of each language: the archive's (letter, README.html, HOW-TO-OPEN.txt)
/// and the app's (`app-*.ftl`: the page, the error table and the texts the shell makes).
macro_rules! files {
    ($code:literal) => {
        &[
            (
                "letter.ftl",
                include_str!(concat!("../locales/", $code, "/letter.ftl")),
            ),
            (
                "readme.ftl",
                include_str!(concat!("../locales/", $code, "/readme.ftl")),
            ),
            (
                "how-to-open.ftl",
                include_str!(concat!("../locales/", $code, "/how-to-open.ftl")),
            ),
            (
                "app.ftl",
                include_str!(concat!("../locales/", $code, "/app.ftl")),
            ),
            (
                "app-requests.ftl",
                include_str!(concat!("../locales/", $code, "/app-requests.ftl")),
            ),
            (
                "app-export.ftl",
                include_str!(concat!("../locales/", $code, "/app-export.ftl")),
            ),
            (
                "app-errors.ftl",
                include_str!(concat!("../locales/", $code, "/app-errors.ftl")),
            ),
            (
                "app-record.ftl",
                include_str!(concat!("../locales/", $code, "/app-record.ftl")),
            ),
            (
                "app-shell.ftl",
                include_str!(concat!("../locales/", $code, "/app-shell.ftl")),
            ),
            (
                "app-rules.ftl",
                include_str!(concat!("../locales/", $code, "/app-rules.ftl")),
            ),
        ]
    };
}

/// Each language's message files, as compiled in.
pub const SOURCES: [(Lang, &[(&str, &str)]); 7] = [
    (Lang::En, files!("en")),
    (Lang::De, files!("de")),
    (Lang::Fr, files!("fr")),
    (Lang::Es, files!("es")),
    (Lang::It, files!("it")),
    (Lang::Nl, files!("nl")),
    (Lang::Pl, files!("pl")),
];

/// The app's message files in `lang` (`app*.ftl`), for the page to format.
pub fn app_sources(lang: Lang) -> Vec<&'static str> {
    SOURCES
        .iter()
        .filter(|(l, _)| *l == lang)
        .flat_map(|(_, files)| files.iter())
        .filter(|(name, _)| name.starts_with("app"))
        .map(|(_, source)| *source)
        .collect()
}

type Bundle = FluentBundle<FluentResource>;

/// `lang`'s messages. A file that does not parse gives what it could read, and a message
/// given twice its first text (the messages test fails on both).
fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| {
        SOURCES
            .iter()
            .map(|(lang, files)| {
                let ids: Vec<unic_langid::LanguageIdentifier> =
                    lang.code().parse().into_iter().collect();
                let mut bundle = FluentBundle::new_concurrent(ids);
                // The texts go into HTML and plain text, not into mixed-direction UI: no
                // Unicode isolation marks around the values.
                bundle.set_use_isolating(false);
                for (_, source) in *files {
                    let resource = FluentResource::try_new(source.to_string())
                        .unwrap_or_else(|(partial, _)| partial);
                    bundle.add_resource_overriding(resource);
                }
                bundle
            })
            .collect()
    });
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    &bundles[i]
}

/// A message's variable: a count (which chooses the plural form) or a text.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Count(u64),
    Text(&'a str),
}

impl From<u64> for Arg<'_> {
    fn from(n: u64) -> Self {
        Arg::Count(n)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Count(n as u64)
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(s)
    }
}

/// The message `id` in `lang`, with its variables. A message missing in `lang` is taken
/// from English, and one missing there too is its id (the messages test keeps both from
/// happening).
pub fn text(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Count(n) => fluent.set(*name, FluentValue::from(*n)),
            Arg::Text(s) => fluent.set(*name, FluentValue::from(*s)),
        }
    }
    let found = [lang, Lang::En].into_iter().find_map(|lang| {
        let bundle = bundle(lang);
        let pattern = bundle.get_message(id)?.value()?;
        Some((bundle, pattern))
    });
    let Some((bundle, pattern)) = found else {
        return id.to_string();
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent), &mut errors);
    debug_assert!(errors.is_empty(), "{}: {id}: {errors:?}", lang.code());
    text.into_owned()
}

/// Whether `lang` has the message `id` (with a value).
pub fn has(lang: Lang, id: &str) -> bool {
    bundle(lang)
        .get_message(id)
        .is_some_and(|m| m.value().is_some())
}

/// "A", "A and B", "A, B and C", in `lang`.
pub fn listed<T: AsRef<str>>(lang: Lang, items: &[T]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [rest @ .., last] => {
            let rest = rest
                .iter()
                .map(AsRef::as_ref)
                .collect::<Vec<_>>()
                .join(", ");
            text(
                lang,
                "list-and",
                &[
                    ("rest", Arg::Text(&rest)),
                    ("last", Arg::Text(last.as_ref())),
                ],
            )
        }
    }
}
