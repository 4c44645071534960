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

use crate::text::{agree, plural};

pub use crate::text::in_words;

/// What the controller says once, for every answer (every text editable; the defaults fit
/// test data of a mobile-app testing service).
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
        let text = |s: &str| s.to_string();
        ControllerProfile {
            controller: text("our organisation"),
            contact: text("the contact who sent you this archive"),
            dpo: String::new(),
            purposes: text(
                "To test mobile apps on real devices for you: running the tests you or your \
                 organisation asked for, keeping their results and reports, and finding the causes \
                 of failures.",
            ),
            categories: text(
                "Test runs and their results, test reports with device logs and screenshots, the \
                 app builds, symbol files and test files uploaded for them, and the names and dates \
                 that go with them.",
            ),
            recipients: text(
                "Microsoft, which ran the App Center Test service for us as our processor. No one \
                 else received this data from us.",
            ),
            retention: text(
                "As long as the testing contract runs, and then until the end of its retention \
                 period, after which it is deleted.",
            ),
            source: text(
                "You, or your organisation, when the tests were set up and run; the reports were \
                 made by the test service.",
            ),
            automated_decisions: text(
                "None: no decision about you is made by automated means from this data.",
            ),
            transfers: text(
                "The App Center service stored data in the United States under the European \
                 Commission's standard contractual clauses.",
            ),
            authority: text("the data protection authority of the country where you live or work"),
            signature: text("The privacy team"),
        }
    }
}

/// What the letter answers.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Letter {
    pub profile: ControllerProfile,
    /// The request's reference, when it was recorded.
    pub reference: Option<String>,
    /// When the request was received, in words.
    pub received: Option<String>,
}

/// What the export found, for the letter.
#[derive(Debug, Clone, Copy)]
pub struct Found<'a> {
    pub subject: Option<&'a str>,
    /// The apps searched (at least one).
    pub apps: &'a [FoundApp<'a>],
    /// Files and size, once counted (`None`: a preview before the export).
    pub files: Option<(usize, &'a str)>,
    /// What was left out, once counted (`None`: a preview before the export).
    pub left_out: Option<&'a LeftOut>,
    /// When the archive was made, in words.
    pub made: &'a str,
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
    /// each reason, in words that follow a count ("held no valid address").
    pub links_not_fetched: BTreeMap<String, u64>,
    /// Links of App Center's list of the export records that were not followed: how many for
    /// each reason, in words that follow a count ("pointed outside App Center...").
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

/// Why `n` links were not taken, each reason in words that follow a count whatever it is
/// ("2 pointed outside App Center and 1 had no address"); "it had no address" for one link.
pub(crate) fn reasons_counted(n: u64, reasons: &BTreeMap<String, u64>) -> String {
    if n == 1 {
        if let Some((why, _)) = reasons.iter().find(|(_, n)| **n > 0) {
            return format!("it {why}");
        }
    }
    let each: Vec<String> = reasons
        .iter()
        .filter(|(_, n)| **n > 0)
        .map(|(why, n)| format!("{n} {why}"))
        .collect();
    in_words(&each)
}

/// The paragraphs that say what was left out once it is counted, in the order of README.html's
/// lists, every word agreeing with its count.
fn left_out_paragraphs(left_out: &LeftOut, several_apps: bool) -> Vec<String> {
    if left_out.is_nothing() {
        return vec!["What was left out: nothing.".to_string()];
    }
    let mut paragraphs = Vec::new();
    if left_out.records > 0 {
        let same = if several_apps {
            "the same apps also hold"
        } else {
            "the same app also holds"
        };
        paragraphs.push(format!(
            "What was left out: {same} test data of other clients. It is not \
             yours, so it is not in this archive ({} of other test runs {} left out, only \
             counted). Article 15(4) of the Regulation requires this: a copy given to you must \
             not affect the rights of others.",
            plural(left_out.records, "record", "records"),
            agree(left_out.records, "was", "were"),
        ));
    } else {
        paragraphs.push(
            "What was left out: no records, but not everything App Center named could be \
             included."
                .to_string(),
        );
    }
    let named = |n: u64| {
        format!(
            "{} named further down this page.",
            agree(n, "It is", "They are")
        )
    };
    let n = left_out.missing_files;
    if n > 0 {
        let it = agree(n, "it", "them");
        paragraphs.push(format!(
            "App Center listed {} for these test runs but no longer had {it} when we asked for \
             {it}, so {} not in this archive. {}",
            plural(n, "file", "files"),
            agree(n, "it is", "they are"),
            named(n),
        ));
    }
    let n: u64 = left_out.links_not_fetched.values().sum();
    if n > 0 {
        paragraphs.push(format!(
            "{} in the records and reports could not be fetched, because {}. {}",
            plural(n, "link to a file", "links to files"),
            reasons_counted(n, &left_out.links_not_fetched),
            named(n),
        ));
    }
    let n: u64 = left_out.links_not_followed.values().sum();
    if n > 0 {
        paragraphs.push(format!(
            "App Center's list of where the export records are kept held {} that {} not \
             followed, because {}. What {} to is not in this archive. {}",
            plural(n, "link", "links"),
            agree(n, "was", "were"),
            reasons_counted(n, &left_out.links_not_followed),
            agree(n, "it leads", "they lead"),
            named(n),
        ));
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

/// The letter, in order.
pub fn compose(letter: &Letter, found: &Found<'_>) -> Vec<Part> {
    let p = &letter.profile;
    let para = |text: String| Part::Paragraph { text };
    let item = |term: &str, text: &str| Part::Item {
        term: term.to_string(),
        text: text.to_string(),
    };
    let mut parts = vec![Part::Heading {
        text: "Your request for a copy of your data".into(),
    }];
    let mut ours = Vec::new();
    if let Some(reference) = letter.reference.as_deref().filter(|r| !r.trim().is_empty()) {
        ours.push(format!("Our reference: {reference}."));
    }
    if let Some(received) = letter.received.as_deref().filter(|r| !r.trim().is_empty()) {
        ours.push(format!("Your request reached us on {received}."));
    }
    ours.push(format!("This answer was made on {}.", found.made));
    parts.push(para(ours.join(" ")));
    let whom = found
        .subject
        .filter(|s| !s.trim().is_empty())
        .map_or("Dear Sir or Madam,".to_string(), |s| format!("Dear {s},"));
    parts.push(para(whom));
    parts.push(para(format!(
        "You asked {} for a copy of the personal data we hold about you (Article 15 of the \
         General Data Protection Regulation). This archive is our answer: it holds that data, \
         and this letter tells you what we searched, what is included, what was left out and \
         why, and the information the law asks us to give you.",
        p.controller
    )));
    let searched = |app: &FoundApp<'_>| {
        if app.whole_app {
            "every test run of the app".to_string()
        } else {
            format!(
                "the {} that {} yours",
                plural(app.runs as u64, "test run", "test runs"),
                agree(app.runs as u64, "is", "are")
            )
        }
    };
    let where_ = match found.apps {
        [app] => format!(
            "the app {} ({}), and in it {}",
            app.name,
            app.slug,
            searched(app)
        ),
        apps => format!(
            "the apps {}",
            in_words(
                &apps
                    .iter()
                    .map(|a| format!("{} ({}), and in it {}", a.name, a.slug, searched(a)))
                    .collect::<Vec<_>>()
            )
        ),
    };
    parts.push(para(format!(
        "What we searched: our records in Visual Studio App Center Test for {where_}, with their \
         test reports, the files uploaded for them and made by them, and App Center's Test \
         export records."
    )));
    let runs: usize = found.apps.iter().map(|a| a.runs).sum();
    let may = if found.apps.len() > 1 {
        "the same apps may also hold"
    } else {
        "the same app may also hold"
    };
    let files = match found.files {
        Some((files, size)) => format!("{} ({size})", plural(files as u64, "file", "files")),
        None => "their files (counted when the export runs)".to_string(),
    };
    parts.push(para(format!(
        "What is included: {}, {files} in all, as App Center kept them.",
        plural(runs as u64, "test run", "test runs"),
    )));
    match found.left_out {
        None => parts.push(para(format!(
            "What was left out: {may} test data of other clients. It is not yours, so it is \
             not in this archive (the records left out are counted when the export runs). \
             Article 15(4) of the Regulation requires this: a copy given to you must not affect \
             the rights of others. Any file App Center no longer has, and any link it gives \
             that cannot be followed, is named here once the export has run."
        ))),
        Some(left_out) => parts.extend(
            left_out_paragraphs(left_out, found.apps.len() > 1)
                .into_iter()
                .map(para),
        ),
    }
    parts.push(Part::Heading {
        text: "About this data".into(),
    });
    parts.push(item("Why we hold it", &p.purposes));
    parts.push(item("What kinds of data", &p.categories));
    parts.push(item("Who received it", &p.recipients));
    parts.push(item("How long we keep it", &p.retention));
    parts.push(item("Where it came from", &p.source));
    parts.push(item("Automated decisions", &p.automated_decisions));
    parts.push(item("Transfers outside the EEA", &p.transfers));
    parts.push(Part::Heading {
        text: "Your rights".into(),
    });
    parts.push(para(format!(
        "You may ask us to correct data that is wrong (rectification), to delete it (erasure) or \
         to restrict its use, and you may object to its use. You may also complain to a \
         supervisory authority: {}.",
        p.authority
    )));
    let dpo = if p.dpo.trim().is_empty() {
        String::new()
    } else {
        format!(" Our data protection officer: {}.", p.dpo)
    };
    parts.push(para(format!(
        "If you have questions about this answer, contact {}.{dpo} Every file in this archive \
         has a checksum, listed at the end of this page, so that anyone can check that nothing \
         was changed after it was made.",
        p.contact
    )));
    parts.push(para("Yours sincerely,".into()));
    parts.push(para(format!("{}, {}", p.signature, p.controller)));
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
}

/// The letter as HTML: every text escaped, line breaks kept.
pub fn to_html(parts: &[Part]) -> String {
    LetterSection {
        blocks: Block::of(parts),
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
            files: Some((75, "11 MB")),
            left_out: Some(&OTHERS_RECORDS),
            made: "27 November 2026, 23:01 UTC",
        }
    }

    /// The letter's paragraphs on what was left out from an export that left out `left_out`,
    /// one a line.
    fn paragraphs(left_out: &LeftOut) -> String {
        let found = Found {
            left_out: Some(left_out),
            ..found()
        };
        compose(&Letter::default(), &found)
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
                links_not_followed: reasons(&[("had no address", 0)]),
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
                links_not_fetched: reasons(&[("held no valid address", 1)]),
                ..LeftOut::default()
            },
            LeftOut {
                links_not_followed: reasons(&[("had no address", 3)]),
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
            links_not_fetched: reasons(&[("held no valid address", 1)]),
            links_not_followed: reasons(&[("had no address", 1)]),
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
            links_not_fetched: reasons(&[
                ("pointed to something other than a web address", 2),
                ("held no valid address", 1),
            ]),
            links_not_followed: reasons(&[
                ("had no address", 1),
                ("pointed outside App Center", 4),
            ]),
        });
        for needed in [
            "(16 records of other test runs were left out, only counted)",
            "App Center listed 3 files for these test runs but no longer had them when we asked \
             for them, so they are not in this archive. They are named further down this page.",
            "3 links to files in the records and reports could not be fetched, because 1 held no \
             valid address and 2 pointed to something other than a web address. They are named \
             further down this page.",
            "App Center's list of where the export records are kept held 5 links that were not \
             followed, because 1 had no address and 4 pointed outside App Center. What they \
             lead to is not in this archive. They are named further down this page.",
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
            received: Some("Monday 2 November 2026".into()),
            ..Letter::default()
        };
        letter.profile.controller = "Northwind QA <script>".into();
        let parts = compose(&letter, &found());
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
        let html = to_html(&parts);
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
            serde_json::to_string(&compose(&Letter::default(), &found)).unwrap()
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
        let text = serde_json::to_string(&compose(&Letter::default(), &found)).unwrap();
        for needed in [
            "for the apps FieldMate for Android (northwind-qa/fieldmate-android), and in it the 8 \
             test runs that are yours and FieldMate for iOS (northwind-qa/fieldmate-ios), and in \
             it every test run of the app,",
            "What is included: 13 test runs, 75 files (11 MB)",
            "the same apps also hold test data of other clients",
        ] {
            assert!(text.contains(needed), "{needed} in {text}");
        }
        assert_eq!(in_words(&["a", "b", "c"]), "a, b and c");
        assert_eq!(in_words::<&str>(&[]), "");
    }
}
