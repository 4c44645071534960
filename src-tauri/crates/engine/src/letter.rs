//! The cover letter that opens README.html: the answer to the requester, built from the
//! controller's profile and the export (GDPR Art. 15(1) and (2): what was searched, what is
//! included and what was left out and why, the purposes, categories, recipients, retention,
//! source, automated decisions, transfers, the requester's rights and where to complain).
//! Layered as the EDPB's guidelines on the right of access recommend: the letter first, then
//! the summary tables, then the technical detail. The same paragraphs make the app's preview
//! (plain text) and the page (escaped HTML).

use std::collections::BTreeMap;

use askama::Template;
use serde::{Deserialize, Serialize};

use crate::dates::{day_in_words, moment_in_words};
use crate::lang::Lang;
use crate::messages::{listed, text, Arg};
use crate::text::human_size;

/// What the controller says once, for every answer (every text editable; the suggested
/// texts fit test data of a mobile-app testing service, and are given in the language of
/// each answer: [`ControllerProfile::in_language`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ControllerProfile {
    /// Who answers: the organisation.
    pub controller: String,
    /// How to reach it about this answer.
    pub contact: String,
    /// The data protection officer, if any.
    pub dpo: String,
    pub purposes: String,
    pub categories: String,
    pub recipients: String,
    pub retention: String,
    pub source: String,
    pub automated_decisions: String,
    /// Transfers to third countries and their safeguards (Art. 15(2)).
    pub transfers: String,
    /// The supervisory authority the requester may complain to.
    pub authority: String,
    /// The letter's closing line ("The privacy team").
    pub signature: String,
}

impl Default for ControllerProfile {
    fn default() -> ControllerProfile {
        ControllerProfile::suggested(Lang::En)
    }
}

impl ControllerProfile {
    /// The texts the app suggests, in `lang`.
    pub fn suggested(lang: Lang) -> ControllerProfile {
        let text = |id: &str| text(lang, id, &[]);
        ControllerProfile {
            controller: text("profile-controller"),
            contact: text("profile-contact"),
            dpo: String::new(),
            purposes: text("profile-purposes"),
            categories: text("profile-categories"),
            recipients: text("profile-recipients"),
            retention: text("profile-retention"),
            source: text("profile-source"),
            automated_decisions: text("profile-automated-decisions"),
            transfers: text("profile-transfers"),
            authority: text("profile-authority"),
            signature: text("profile-signature"),
        }
    }

    /// This profile for an answer in `lang`: a text the officer kept as the app suggested it
    /// (in any language) is given in `lang`; a text they wrote stays as they wrote it.
    pub fn in_language(&self, lang: Lang) -> ControllerProfile {
        let target = ControllerProfile::suggested(lang);
        let suggestions: Vec<ControllerProfile> = Lang::ALL
            .into_iter()
            .map(ControllerProfile::suggested)
            .collect();
        let pick = |field: fn(&ControllerProfile) -> &String| {
            let typed = field(self);
            if suggestions.iter().any(|s| field(s) == typed) {
                field(&target).clone()
            } else {
                typed.clone()
            }
        };
        ControllerProfile {
            controller: pick(|p| &p.controller),
            contact: pick(|p| &p.contact),
            dpo: self.dpo.clone(),
            purposes: pick(|p| &p.purposes),
            categories: pick(|p| &p.categories),
            recipients: pick(|p| &p.recipients),
            retention: pick(|p| &p.retention),
            source: pick(|p| &p.source),
            automated_decisions: pick(|p| &p.automated_decisions),
            transfers: pick(|p| &p.transfers),
            authority: pick(|p| &p.authority),
            signature: pick(|p| &p.signature),
        }
    }
}

/// A text of the profile, named as in JSON ("purposes", "automated_decisions").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Controller,
    Contact,
    Dpo,
    Purposes,
    Categories,
    Recipients,
    Retention,
    Source,
    AutomatedDecisions,
    Transfers,
    Authority,
    Signature,
}

impl Field {
    /// Every text of the profile, in the form's order.
    pub const ALL: [Field; 12] = [
        Field::Controller,
        Field::Contact,
        Field::Dpo,
        Field::Purposes,
        Field::Categories,
        Field::Recipients,
        Field::Retention,
        Field::Source,
        Field::AutomatedDecisions,
        Field::Transfers,
        Field::Authority,
        Field::Signature,
    ];

    /// This text of `profile`.
    pub fn of(self, profile: &ControllerProfile) -> &String {
        match self {
            Field::Controller => &profile.controller,
            Field::Contact => &profile.contact,
            Field::Dpo => &profile.dpo,
            Field::Purposes => &profile.purposes,
            Field::Categories => &profile.categories,
            Field::Recipients => &profile.recipients,
            Field::Retention => &profile.retention,
            Field::Source => &profile.source,
            Field::AutomatedDecisions => &profile.automated_decisions,
            Field::Transfers => &profile.transfers,
            Field::Authority => &profile.authority,
            Field::Signature => &profile.signature,
        }
    }

    /// This text of `profile`, to change it.
    pub fn of_mut(self, profile: &mut ControllerProfile) -> &mut String {
        match self {
            Field::Controller => &mut profile.controller,
            Field::Contact => &mut profile.contact,
            Field::Dpo => &mut profile.dpo,
            Field::Purposes => &mut profile.purposes,
            Field::Categories => &mut profile.categories,
            Field::Recipients => &mut profile.recipients,
            Field::Retention => &mut profile.retention,
            Field::Source => &mut profile.source,
            Field::AutomatedDecisions => &mut profile.automated_decisions,
            Field::Transfers => &mut profile.transfers,
            Field::Authority => &mut profile.authority,
            Field::Signature => &mut profile.signature,
        }
    }
}

/// The texts given for the letters in one language, each by its field (a field not given
/// takes the general profile's, in that language).
pub type ProfileTexts = BTreeMap<Field, String>;

/// The organisation's texts for the letters: one general profile and, for any language of the
/// answer, texts of its own. In JSON, the general profile's fields and `"languages"`:
/// `{"controller": "...", "languages": {"fr": {"purposes": "..."}, "de": {...}}}`; a file of
/// one profile (the previous form) is a set of texts with no language of its own.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Profiles {
    /// The texts of every language without texts of its own (a suggestion given in the
    /// letter's language, a text the officer wrote as written).
    #[serde(flatten)]
    pub general: ControllerProfile,
    /// The texts given for a language's letters.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub languages: BTreeMap<Lang, ProfileTexts>,
}

impl From<ControllerProfile> for Profiles {
    fn from(general: ControllerProfile) -> Profiles {
        Profiles {
            general,
            languages: BTreeMap::new(),
        }
    }
}

impl Profiles {
    /// The profile for a letter in `lang`, the one rule of the preview, the export and the
    /// form: each text given for `lang`, else the general profile's; then a suggestion of the
    /// app (in any language) in `lang` and a text the officer wrote as written
    /// ([`ControllerProfile::in_language`]). A text given for another language is never used.
    pub fn for_language(&self, lang: Lang) -> ControllerProfile {
        let mut profile = self.general.clone();
        for (field, text) in self.languages.get(&lang).into_iter().flatten() {
            *field.of_mut(&mut profile) = text.clone();
        }
        profile.in_language(lang)
    }

    /// Keeps `texts` as the organisation's general texts: those of the letters in every
    /// language without texts of its own (the officer's language saves here, as the profile
    /// did before there were texts per language). A language whose own texts now read as the
    /// general ones keeps none.
    pub fn set_general(&mut self, texts: &ControllerProfile) {
        self.general = texts.clone();
        let general = self.general.clone();
        self.languages.retain(|lang, own| {
            let mine = Profiles {
                general: general.clone(),
                languages: [(*lang, own.clone())].into(),
            };
            mine.for_language(*lang) != general.in_language(*lang)
        });
    }

    /// Keeps `texts` as the texts of the letters in `lang` (a suggestion of the app given in
    /// `lang`): each one that differs from what the general profile gives `lang` becomes
    /// `lang`'s own, and the others follow the general profile (a language left with none has
    /// no texts of its own). Then `for_language(lang)` is `texts` in `lang`.
    pub fn set_language(&mut self, lang: Lang, texts: &ControllerProfile) {
        let texts = &texts.in_language(lang);
        let general = self.general.in_language(lang);
        let own: ProfileTexts = Field::ALL
            .into_iter()
            .filter(|field| field.of(texts) != field.of(&general))
            .map(|field| (field, field.of(texts).clone()))
            .collect();
        if own.is_empty() {
            self.languages.remove(&lang);
        } else {
            self.languages.insert(lang, own);
        }
    }
}

/// What the letter answers.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Letter {
    pub profile: ControllerProfile,
    /// The request's reference, when it was recorded.
    pub reference: Option<String>,
    /// When the request was received.
    pub received: Option<time::Date>,
}

/// What the export found, for the letter.
#[derive(Debug, Clone, Copy)]
pub struct Found<'a> {
    pub subject: Option<&'a str>,
    /// The apps searched (at least one).
    pub apps: &'a [FoundApp<'a>],
    /// Files and their size in bytes, once counted (`None`: a preview before the export).
    pub files: Option<(usize, u64)>,
    /// What was left out, once counted (`None`: a preview before the export).
    pub left_out: Option<&'a LeftOut>,
    /// When the archive was made.
    pub made: time::OffsetDateTime,
}

/// What an export left out, for the letter: each of the lists that end README.html's "What was
/// left out", counted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LeftOut {
    /// Records of other test runs (only counted).
    pub records: u64,
    /// Files App Center listed but no longer had.
    pub missing_files: u64,
    /// Links to files, in the records and reports, that could not be fetched: how many for
    /// each reason (the id of its message, "link-not-valid").
    pub links_not_fetched: BTreeMap<String, u64>,
    /// Links of App Center's list of the export records that were not followed: how many for
    /// each reason (the id of its message, "link-other-host").
    pub links_not_followed: BTreeMap<String, u64>,
}

impl LeftOut {
    /// Nothing at all was left out.
    pub fn is_nothing(&self) -> bool {
        self.records == 0
            && self.missing_files == 0
            && self.links_not_fetched.values().all(|n| *n == 0)
            && self.links_not_followed.values().all(|n| *n == 0)
    }
}

/// Why `n` links were not taken, in `lang`, each reason after its count ("2 pointed outside
/// App Center and 1 had no address"); "it had no address" for one link.
pub(crate) fn reasons_counted(lang: Lang, n: u64, reasons: &BTreeMap<String, u64>) -> String {
    let each: Vec<String> = reasons
        .iter()
        .filter(|(_, count)| **count > 0)
        .map(|(why, count)| {
            let alone = if n == 1 { "yes" } else { "no" };
            text(
                lang,
                why,
                &[("n", Arg::Count(*count)), ("alone", Arg::Text(alone))],
            )
        })
        .collect();
    listed(lang, &each)
}

/// The paragraphs that say what was left out once it is counted, in the order of README.html's
/// lists, every word agreeing with its count.
fn left_out_paragraphs(lang: Lang, left_out: &LeftOut, apps: usize) -> Vec<String> {
    if left_out.is_nothing() {
        return vec![text(lang, "letter-left-out-nothing", &[])];
    }
    let mut paragraphs = Vec::new();
    if left_out.records > 0 {
        paragraphs.push(text(
            lang,
            "letter-left-out-records",
            &[
                ("apps", Arg::from(apps)),
                ("records", Arg::Count(left_out.records)),
            ],
        ));
    } else {
        paragraphs.push(text(lang, "letter-left-out-no-records", &[]));
    }
    let n = left_out.missing_files;
    if n > 0 {
        paragraphs.push(text(lang, "letter-missing-files", &[("n", Arg::Count(n))]));
    }
    for (id, reasons) in [
        ("letter-links-not-fetched", &left_out.links_not_fetched),
        ("letter-links-not-followed", &left_out.links_not_followed),
    ] {
        let n: u64 = reasons.values().sum();
        if n > 0 {
            let why = reasons_counted(lang, n, reasons);
            paragraphs.push(text(
                lang,
                id,
                &[("n", Arg::Count(n)), ("reasons", Arg::Text(&why))],
            ));
        }
    }
    paragraphs
}

/// An app searched, for the letter.
#[derive(Debug, Clone, Copy)]
pub struct FoundApp<'a> {
    pub name: &'a str,
    pub slug: &'a str,
    pub whole_app: bool,
    pub runs: usize,
}

/// One piece of the letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Part {
    Heading {
        text: String,
    },
    Paragraph {
        text: String,
    },
    /// A term and its explanation (the Art. 15(1) information).
    Item {
        term: String,
        text: String,
    },
}

/// The letter, in order, in `lang`.
pub fn compose(letter: &Letter, found: &Found<'_>, lang: Lang) -> Vec<Part> {
    let t = |id: &str, args: &[(&str, Arg<'_>)]| text(lang, id, args);
    let p = &letter.profile.in_language(lang);
    let para = |text: String| Part::Paragraph { text };
    let item = |term: &str, text: &str| Part::Item {
        term: t(term, &[]),
        text: text.to_string(),
    };
    let mut parts = vec![Part::Heading {
        text: t("letter-heading", &[]),
    }];
    let mut ours = Vec::new();
    if let Some(reference) = letter.reference.as_deref().filter(|r| !r.trim().is_empty()) {
        ours.push(t(
            "letter-reference",
            &[("reference", Arg::Text(reference))],
        ));
    }
    if let Some(received) = letter.received {
        let date = day_in_words(lang, received);
        ours.push(t("letter-received", &[("date", Arg::Text(&date))]));
    }
    let made = moment_in_words(lang, found.made);
    ours.push(t("letter-made", &[("date", Arg::Text(&made))]));
    parts.push(para(ours.join(" ")));
    parts.push(para(match found.subject.filter(|s| !s.trim().is_empty()) {
        Some(name) => t("letter-dear", &[("name", Arg::Text(name))]),
        None => t("letter-dear-anyone", &[]),
    }));
    parts.push(para(t(
        "letter-asked",
        &[("controller", Arg::Text(&p.controller))],
    )));
    let searched = |app: &FoundApp<'_>| {
        let runs = if app.whole_app {
            t("letter-searched-whole-app", &[])
        } else {
            t("letter-searched-runs", &[("runs", Arg::from(app.runs))])
        };
        t(
            "letter-searched-app",
            &[
                ("name", Arg::Text(app.name)),
                ("slug", Arg::Text(app.slug)),
                ("runs", Arg::Text(&runs)),
            ],
        )
    };
    let where_ = match found.apps {
        [app] => t("letter-searched-one", &[("app", Arg::Text(&searched(app)))]),
        apps => {
            let each: Vec<String> = apps.iter().map(searched).collect();
            t(
                "letter-searched-several",
                &[("apps", Arg::Text(&listed(lang, &each)))],
            )
        }
    };
    parts.push(para(t("letter-searched", &[("where", Arg::Text(&where_))])));
    let runs: usize = found.apps.iter().map(|a| a.runs).sum();
    let files = match found.files {
        Some((files, bytes)) => {
            let size = human_size(lang, bytes);
            t(
                "letter-files",
                &[("files", Arg::from(files)), ("size", Arg::Text(&size))],
            )
        }
        None => t("letter-files-later", &[]),
    };
    parts.push(para(t(
        "letter-included",
        &[("runs", Arg::from(runs)), ("files", Arg::Text(&files))],
    )));
    match found.left_out {
        None => parts.push(para(t(
            "letter-left-out-later",
            &[("apps", Arg::from(found.apps.len()))],
        ))),
        Some(left_out) => parts.extend(
            left_out_paragraphs(lang, left_out, found.apps.len())
                .into_iter()
                .map(para),
        ),
    }
    parts.push(Part::Heading {
        text: t("letter-about", &[]),
    });
    parts.push(item("letter-purposes", &p.purposes));
    parts.push(item("letter-categories", &p.categories));
    parts.push(item("letter-recipients", &p.recipients));
    parts.push(item("letter-retention", &p.retention));
    parts.push(item("letter-source", &p.source));
    parts.push(item("letter-automated", &p.automated_decisions));
    parts.push(item("letter-transfers", &p.transfers));
    parts.push(Part::Heading {
        text: t("letter-rights-heading", &[]),
    });
    parts.push(para(t(
        "letter-rights",
        &[("authority", Arg::Text(&p.authority))],
    )));
    let mut questions = vec![t("letter-questions", &[("contact", Arg::Text(&p.contact))])];
    if !p.dpo.trim().is_empty() {
        questions.push(t("letter-dpo", &[("dpo", Arg::Text(&p.dpo))]));
    }
    questions.push(t("letter-checksums", &[]));
    parts.push(para(questions.join(" ")));
    parts.push(para(t("letter-closing", &[])));
    parts.push(para(t(
        "letter-signed",
        &[
            ("signature", Arg::Text(&p.signature)),
            ("controller", Arg::Text(&p.controller)),
        ],
    )));
    parts
}

/// A block of the letter as the page shows it: a heading, a paragraph, or the terms and
/// explanations that follow one another (one list); each text as its lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Block {
    Heading(Vec<String>),
    Paragraph(Vec<String>),
    Terms(Vec<(Vec<String>, Vec<String>)>),
}

impl Block {
    /// The letter's parts as blocks: items next to each other make one list.
    pub(crate) fn of(parts: &[Part]) -> Vec<Block> {
        let lines = |text: &str| text.split('\n').map(str::to_string).collect::<Vec<_>>();
        let mut blocks: Vec<Block> = Vec::new();
        for part in parts {
            match part {
                Part::Heading { text } => blocks.push(Block::Heading(lines(text))),
                Part::Paragraph { text } => blocks.push(Block::Paragraph(lines(text))),
                Part::Item { term, text } => {
                    let item = (lines(term), lines(text));
                    match blocks.last_mut() {
                        Some(Block::Terms(terms)) => terms.push(item),
                        _ => blocks.push(Block::Terms(vec![item])),
                    }
                }
            }
        }
        blocks
    }
}

/// The letter alone (`templates/letter.html`, which README.html includes).
#[derive(Template)]
#[template(path = "letter.html")]
struct LetterSection {
    blocks: Vec<Block>,
    /// Its language (ISO 639-1).
    letter_lang: &'static str,
}

/// The letter in `lang` as HTML: every text escaped, line breaks kept.
pub fn to_html(parts: &[Part], lang: Lang) -> String {
    LetterSection {
        blocks: Block::of(parts),
        letter_lang: lang.code(),
    }
    .render()
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIELDMATE: [FoundApp<'static>; 1] = [FoundApp {
        name: "FieldMate",
        slug: "northwind-qa/fieldmate",
        whole_app: false,
        runs: 8,
    }];

    static OTHERS_RECORDS: LeftOut = LeftOut {
        records: 135,
        missing_files: 0,
        links_not_fetched: BTreeMap::new(),
        links_not_followed: BTreeMap::new(),
    };

    fn found() -> Found<'static> {
        Found {
            subject: Some("Contoso <Ltd>"),
            apps: &FIELDMATE,
            files: Some((75, 11_000_000)),
            left_out: Some(&OTHERS_RECORDS),
            made: time::macros::datetime!(2026-11-27 23:01 UTC),
        }
    }

    /// The letter's paragraphs on what was left out from an export that left out `left_out`,
    /// one a line.
    fn paragraphs(left_out: &LeftOut) -> String {
        let found = Found {
            left_out: Some(left_out),
            ..found()
        };
        compose(&Letter::default(), &found, Lang::En)
            .into_iter()
            .skip_while(|part| {
                !matches!(part, Part::Paragraph { text } if text.starts_with("What was left out"))
            })
            .map_while(|part| match part {
                Part::Paragraph { text } => Some(text),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn reasons(counts: &[(&str, u64)]) -> BTreeMap<String, u64> {
        counts.iter().map(|(w, n)| (w.to_string(), *n)).collect()
    }

    #[test]
    fn nothing_is_said_to_be_left_out_only_when_nothing_was() {
        let nothing = [
            LeftOut::default(),
            LeftOut {
                links_not_followed: reasons(&[("link-no-address", 0)]),
                ..LeftOut::default()
            },
        ];
        for left_out in nothing {
            let text = paragraphs(&left_out);
            assert!(text.contains("What was left out: nothing."), "{text}");
            assert!(!text.contains("further down"), "{text}");
        }
        let something = [
            LeftOut {
                missing_files: 2,
                ..LeftOut::default()
            },
            LeftOut {
                links_not_fetched: reasons(&[("link-not-valid", 1)]),
                ..LeftOut::default()
            },
            LeftOut {
                links_not_followed: reasons(&[("link-no-address", 3)]),
                ..LeftOut::default()
            },
        ];
        for left_out in something {
            let text = paragraphs(&left_out);
            assert!(!text.contains("nothing"), "{text}");
            assert!(
                text.contains(
                    "What was left out: no records, but not everything App Center named could \
                     be included."
                ),
                "{text}"
            );
            assert!(text.contains("named further down this page."), "{text}");
        }
    }

    #[test]
    fn what_was_left_out_agrees_with_every_count() {
        let one = paragraphs(&LeftOut {
            records: 1,
            missing_files: 1,
            links_not_fetched: reasons(&[("link-not-valid", 1)]),
            links_not_followed: reasons(&[("link-no-address", 1)]),
        });
        for needed in [
            "(1 record of other test runs was left out, only counted)",
            "App Center listed 1 file for these test runs but no longer had it when we asked \
             for it, so it is not in this archive. It is named further down this page.",
            "1 link to a file in the records and reports could not be fetched, because it held \
             no valid address. It is named further down this page.",
            "App Center's list of where the export records are kept held 1 link that was not \
             followed, because it had no address. What it leads to is not in this archive. It \
             is named further down this page.",
        ] {
            assert!(one.contains(needed), "{needed}\nnot in\n{one}");
        }
        assert_eq!(one.lines().count(), 4, "{one}");
        for wrong in ["1 records", "1 files", "1 links", "them", "they", "were"] {
            assert!(!one.contains(wrong), "{wrong} in {one}");
        }

        let many = paragraphs(&LeftOut {
            records: 16,
            missing_files: 3,
            links_not_fetched: reasons(&[("link-not-web", 2), ("link-not-valid", 1)]),
            links_not_followed: reasons(&[("link-no-address", 1), ("link-other-host", 4)]),
        });
        for needed in [
            "(16 records of other test runs were left out, only counted)",
            "App Center listed 3 files for these test runs but no longer had them when we asked \
             for them, so they are not in this archive. They are named further down this page.",
            "3 links to files in the records and reports could not be fetched, because 1 held no \
             valid address and 2 pointed to something other than a web address. They are named \
             further down this page.",
            "App Center's list of where the export records are kept held 5 links that were not \
             followed, because 1 had no address and 4 pointed outside App Center, where our \
             access to App Center must never be sent. What they lead to is not in this archive. \
             They are named further down this page.",
        ] {
            assert!(many.contains(needed), "{needed}\nnot in\n{many}");
        }
        // (The first paragraph's "it" is the data of other clients.)
        let (_, after_records) = many.split_once('\n').unwrap();
        for wrong in [" it ", "It is", " was "] {
            assert!(!after_records.contains(wrong), "{wrong} in {after_records}");
        }
    }

    #[test]
    fn the_letter_says_what_art_15_asks_and_escapes_what_was_typed() {
        let mut letter = Letter {
            reference: Some("DSR-7".into()),
            received: Some(time::macros::date!(2026 - 11 - 02)),
            ..Letter::default()
        };
        letter.profile.controller = "Northwind QA <script>".into();
        let parts = compose(&letter, &found(), Lang::En);
        let text = serde_json::to_string(&parts).unwrap();
        for needed in [
            "Our reference: DSR-7.",
            "Dear Contoso <Ltd>,",
            "8 test runs, 75 files (11 MB)",
            "135 records of other test runs were left out",
            "Article 15(4)",
            "supervisory authority",
            "27 November 2026, 23:01 UTC",
        ] {
            assert!(text.contains(needed), "{needed} in {text}");
        }
        let html = to_html(&parts, Lang::En);
        assert!(html.contains("Northwind QA &lt;script&gt;"), "{html}");
        assert!(!html.contains("<script"), "{html}");
        assert_eq!(html.matches("<dl>").count(), 1);
    }

    #[test]
    fn one_run_is_yours_several_runs_are() {
        let said = |runs: usize| {
            let apps = [FoundApp {
                name: "FieldMate",
                slug: "northwind-qa/fieldmate",
                whole_app: false,
                runs,
            }];
            let found = Found {
                apps: &apps,
                ..found()
            };
            serde_json::to_string(&compose(&Letter::default(), &found, Lang::En)).unwrap()
        };
        assert!(
            said(1).contains("in it the 1 test run that is yours,"),
            "{}",
            said(1)
        );
        assert!(
            said(2).contains("in it the 2 test runs that are yours,"),
            "{}",
            said(2)
        );
    }

    #[test]
    fn a_letter_for_several_apps_names_each_with_its_runs() {
        let apps = [
            FoundApp {
                name: "FieldMate for Android",
                slug: "northwind-qa/fieldmate-android",
                whole_app: false,
                runs: 8,
            },
            FoundApp {
                name: "FieldMate for iOS",
                slug: "northwind-qa/fieldmate-ios",
                whole_app: true,
                runs: 5,
            },
        ];
        let found = Found {
            apps: &apps,
            ..found()
        };
        let text = serde_json::to_string(&compose(&Letter::default(), &found, Lang::En)).unwrap();
        for needed in [
            "for the apps FieldMate for Android (northwind-qa/fieldmate-android), and in it the 8 \
             test runs that are yours and FieldMate for iOS (northwind-qa/fieldmate-ios), and in \
             it every test run of the app,",
            "What is included: 13 test runs, 75 files (11 MB)",
            "the same apps also hold test data of other clients",
        ] {
            assert!(text.contains(needed), "{needed} in {text}");
        }
        assert_eq!(listed(Lang::En, &["a", "b", "c"]), "a, b and c");
        assert_eq!(listed::<&str>(Lang::En, &[]), "");
    }
}
