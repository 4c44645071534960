//! `README.html`: the archive explained to the person who asked for their data and to the
//! compliance officer sending it. Self-contained (no fonts, scripts or images from elsewhere);
//! every value that came from the service is escaped.

use askama::Template;
use serde::Serialize;

use crate::collect::NotFollowed;
use crate::files::skipped_reason_message;
use crate::lang::Lang;
use crate::ledger::{Fate, FileAccount, Ledger, RecordAccount};
use crate::letter::Block;
use crate::model::ManifestEntry;
use crate::papers::{AppPapers, Papers, RecordPapers};
use crate::scope::Exclusion;
use crate::text::plural;

pub use crate::text::{date_in_words, human_size};

/// A run as listed in the README and the manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RunRow {
    pub id: String,
    pub date: String,
    pub test_series: String,
    pub app_version: String,
    pub platform: String,
    pub result: String,
}

impl RunRow {
    /// The row of a test run (missing fields are empty).
    pub fn from_test_run(run: &act_api::models::TestRun) -> RunRow {
        let text = |v: &Option<String>| v.clone().unwrap_or_default();
        RunRow {
            id: text(&run.id),
            date: text(&run.date),
            test_series: text(&run.test_series),
            app_version: text(&run.app_version),
            platform: text(&run.platform),
            result: text(&run.result_status),
        }
    }
}

/// One app, for the README.
pub(crate) struct ReadmeApp<'a> {
    /// `owner/app`.
    pub slug: &'a str,
    pub name: &'a str,
    /// Where its entries are (`""`: the only app).
    pub folder: &'a str,
    pub whole_app: bool,
    pub runs: &'a [RunRow],
    pub ledger: &'a Ledger,
    pub not_followed: &'a [NotFollowed],
    /// Downloaded files in the archive.
    pub files: usize,
}

/// What the README says.
pub(crate) struct ReadmeContext<'a> {
    /// The apps, in the manifest's order (at least one).
    pub apps: Vec<ReadmeApp<'a>>,
    pub subject: Option<&'a str>,
    pub created: time::OffsetDateTime,
    pub tool_version: &'a str,
    pub entries: &'a [ManifestEntry],
    /// Opens the page with a letter to the requester.
    pub letter: Option<&'a crate::letter::Letter>,
    /// The language of the answer.
    pub lang: Lang,
}

/// What README.html lists as left out for the apps, counted for the letter.
fn left_out_counted(apps: &[ReadmeApp<'_>]) -> crate::letter::LeftOut {
    let mut counted = crate::letter::LeftOut::default();
    for app in apps {
        counted.records += app.ledger.records.iter().map(|r| r.excluded).sum::<u64>();
        for file in &app.ledger.files {
            match &file.fate {
                Fate::MissingAtSource { .. } => counted.missing_files += 1,
                Fate::Skipped { reason } => {
                    *counted
                        .links_not_fetched
                        .entry(skipped_reason_message(reason).to_string())
                        .or_default() += 1;
                }
                Fate::Archived { .. } | Fate::SameFile { .. } => {}
            }
        }
        for link in app.not_followed {
            *counted
                .links_not_followed
                .entry(link.reason_message().to_string())
                .or_default() += 1;
        }
    }
    counted
}

/// The cover letter, first on the page (then the summary, then the technical detail): its
/// parts as the export found it.
fn letter_parts(
    letter: &crate::letter::Letter,
    ctx: &ReadmeContext<'_>,
) -> Vec<crate::letter::Part> {
    let total: u64 = ctx.entries.iter().map(|x| x.bytes).sum();
    let apps: Vec<crate::letter::FoundApp<'_>> = ctx
        .apps
        .iter()
        .map(|a| crate::letter::FoundApp {
            name: a.name,
            slug: a.slug,
            whole_app: a.whole_app,
            runs: a.runs.len(),
        })
        .collect();
    let left_out = left_out_counted(&ctx.apps);
    let found = crate::letter::Found {
        subject: ctx.subject,
        apps: &apps,
        files: Some((ctx.apps.iter().map(|a| a.files).sum(), total)),
        left_out: Some(&left_out),
        made: ctx.created,
    };
    crate::letter::compose(letter, &found, ctx.lang)
}

/// The cover letter's blocks, for the page.
fn letter_blocks(letter: &crate::letter::Letter, ctx: &ReadmeContext<'_>) -> Vec<Block> {
    Block::of(&letter_parts(letter, ctx))
}

/// One app as README.html shows it.
struct AppView<'a> {
    name: &'a str,
    slug: &'a str,
    folder: &'a str,
    runs: &'a [RunRow],
    /// "8 test runs".
    runs_in_words: String,
    /// Endpoints whose records of other runs were left out.
    excluded: Vec<ExcludedView<'a>>,
    /// Files App Center listed but no longer had.
    missing: Vec<&'a FileAccount>,
    /// Links that could not be fetched, and why.
    skipped: Vec<(&'a FileAccount, &'a String)>,
    not_followed: &'a [NotFollowed],
}

impl AppView<'_> {
    /// Nothing of this app was left out.
    fn nothing_left_out(&self) -> bool {
        self.excluded.is_empty()
            && self.missing.is_empty()
            && self.skipped.is_empty()
            && self.not_followed.is_empty()
    }
}

/// Records of an endpoint left out: "12 of 40 records left out: ...".
struct ExcludedView<'a> {
    endpoint: &'a str,
    excluded: u64,
    /// "40 records".
    received: String,
    /// Why, counted: "8 records of other test runs; 4 records that name no test run".
    reasons: String,
}

/// A line of the checksums table.
struct EntryView<'a> {
    path: &'a str,
    size: String,
    sha256: &'a str,
}

/// README.html (`templates/readme.html`).
#[derive(Template)]
#[template(path = "readme.html")]
struct Page<'a> {
    apps: Vec<AppView<'a>>,
    /// The cover letter that opens the page.
    letter: Option<Vec<Block>>,
    /// The language of the letter (ISO 639-1).
    letter_lang: &'static str,
    subject: Option<&'a str>,
    several: bool,
    /// Every app's every run.
    whole: bool,
    created: String,
    version: &'a str,
    /// The archive's files, README.html and manifest.json included.
    files: usize,
    size: String,
    runs: usize,
    entries: Vec<EntryView<'a>>,
}

impl<'a> AppView<'a> {
    fn of(app: &ReadmeApp<'a>) -> AppView<'a> {
        let ledger = app.ledger;
        AppView {
            name: app.name,
            slug: app.slug,
            folder: app.folder,
            runs: app.runs,
            runs_in_words: plural(app.runs.len() as u64, "test run", "test runs"),
            excluded: ledger
                .records
                .iter()
                .filter(|r| r.excluded > 0)
                .map(|r| ExcludedView {
                    endpoint: &r.endpoint,
                    excluded: r.excluded,
                    received: plural(r.received, "record", "records"),
                    reasons: left_out_because(r).join("; "),
                })
                .collect(),
            missing: ledger
                .files
                .iter()
                .filter(|f| matches!(f.fate, Fate::MissingAtSource { .. }))
                .collect(),
            skipped: ledger
                .files
                .iter()
                .filter_map(|f| match &f.fate {
                    Fate::Skipped { reason } => Some((f, reason)),
                    _ => None,
                })
                .collect(),
            not_followed: app.not_followed,
        }
    }
}

/// Why an endpoint's records were left out, counted: "8 records of other test runs".
fn left_out_because(records: &RecordAccount) -> Vec<String> {
    records
        .excluded_because
        .iter()
        .map(|(why, n)| match Exclusion::from_reason(why) {
            Some(exclusion) => exclusion.counted(*n),
            None => format!("{}: {why}", plural(*n, "record", "records")),
        })
        .collect()
}

/// The papers of the archive `ctx` describes.
pub(crate) fn papers(ctx: &ReadmeContext<'_>) -> Papers {
    Papers {
        lang: ctx.lang,
        letter: ctx
            .letter
            .map(|letter| letter_parts(letter, ctx))
            .unwrap_or_default(),
        apps: ctx
            .apps
            .iter()
            .map(|app| {
                let left_out = left_out_counted(std::slice::from_ref(app));
                AppPapers {
                    app: app.slug.to_string(),
                    name: app.name.to_string(),
                    runs: app.runs.len() as u64,
                    files: app.files as u64,
                    records: app
                        .ledger
                        .records
                        .iter()
                        .map(|r| RecordPapers {
                            endpoint: r.endpoint.clone(),
                            received: r.received,
                            kept: r.kept,
                            excluded: r.excluded,
                            left_out: left_out_because(r),
                        })
                        .collect(),
                    missing_files: left_out.missing_files,
                    links_not_fetched: left_out.links_not_fetched,
                    links_not_followed: left_out.links_not_followed,
                }
            })
            .collect(),
    }
}

/// Renders the page.
pub(crate) fn render(ctx: &ReadmeContext<'_>) -> String {
    let page = Page {
        apps: ctx.apps.iter().map(AppView::of).collect(),
        letter: ctx.letter.map(|letter| letter_blocks(letter, ctx)),
        letter_lang: ctx.lang.code(),
        subject: ctx.subject,
        several: ctx.apps.len() > 1,
        whole: ctx.apps.iter().all(|a| a.whole_app),
        created: date_in_words(ctx.created),
        version: ctx.tool_version,
        files: ctx.entries.len() + 2,
        size: human_size(Lang::En, ctx.entries.iter().map(|x| x.bytes).sum()),
        runs: ctx.apps.iter().map(|a| a.runs.len()).sum(),
        entries: ctx
            .entries
            .iter()
            .map(|entry| EntryView {
                path: &entry.path,
                size: human_size(Lang::En, entry.bytes),
                sha256: &entry.sha256,
            })
            .collect(),
    };
    // Rendering into a String fails only if a value's Display fails, which none here does.
    page.render().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(human_size(Lang::En, 999), "999 bytes");
        assert_eq!(human_size(Lang::En, 1_500), "1.5 kB");
        assert_eq!(human_size(Lang::En, 310_000_000), "310 MB");
        assert_eq!(human_size(Lang::En, 1_200_000_000), "1.2 GB");
    }

    #[test]
    fn markup_typed_into_every_field_stays_text() {
        use crate::ledger::{FileAccount, RecordAccount};
        const EVIL: &str = "<img src=x onerror=alert(1)>\"'&\u{202e}";
        const SAFE: &str = "&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;\u{fffd}";
        let text = || EVIL.to_string();
        let ledger = Ledger {
            records: vec![RecordAccount {
                endpoint: text(),
                entry: text(),
                received: 2,
                kept: 1,
                excluded: 1,
                excluded_because: [(text(), 1)].into(),
                kept_because: Vec::new(),
            }],
            files: vec![
                FileAccount {
                    address: text(),
                    found_in: text(),
                    fate: Fate::MissingAtSource { status: None },
                },
                FileAccount {
                    address: text(),
                    found_in: text(),
                    fate: Fate::Skipped { reason: text() },
                },
            ],
            ..Ledger::default()
        };
        let not_followed = [NotFollowed {
            link: text(),
            reason: text(),
        }];
        let runs = [RunRow {
            id: text(),
            date: text(),
            test_series: text(),
            app_version: text(),
            platform: text(),
            result: text(),
        }];
        let entries = [ManifestEntry::new(text(), "test_run", Vec::new())];
        let mut letter = crate::letter::Letter {
            reference: Some(text()),
            received: Some(time::macros::date!(2026 - 11 - 02)),
            ..crate::letter::Letter::default()
        };
        letter.profile.controller = text();
        letter.profile.dpo = text();
        let app = |folder: &'static str| ReadmeApp {
            slug: EVIL,
            name: EVIL,
            folder,
            whole_app: false,
            runs: &runs,
            ledger: &ledger,
            not_followed: &not_followed,
            files: 2,
        };
        for apps in [vec![app("")], vec![app(EVIL), app(EVIL)]] {
            let several = apps.len() > 1;
            let html = render(&ReadmeContext {
                apps,
                subject: Some(EVIL),
                created: time::macros::datetime!(2026-11-27 23:01 UTC),
                tool_version: EVIL,
                entries: &entries,
                letter: Some(&letter),
                lang: Lang::En,
            });
            assert!(!html.contains("<img"), "{html}");
            assert!(!html.contains('\u{202e}'), "{html}");
            // Every field, escaped: the subject, the apps (in the title, the text, the
            // headings, the list of contents), the version, each run's fields, each line
            // of what was left out, each file, the letter's fields (its date of receipt is a date).
            let least = if several { 39 } else { 28 };
            assert!(
                html.matches(SAFE).count() >= least,
                "{}\n{html}",
                html.matches(SAFE).count()
            );
        }
    }

    /// "What was left out" for one app whose endpoints left out records as `excluded` says.
    fn left_out_list(excluded: &[(&str, &[(Exclusion, u64)])]) -> String {
        let records = excluded
            .iter()
            .map(|(endpoint, because)| {
                let n: u64 = because.iter().map(|(_, n)| n).sum();
                crate::ledger::RecordAccount {
                    endpoint: endpoint.to_string(),
                    entry: format!("data/export/{endpoint}.json"),
                    received: n + 2,
                    kept: 2,
                    excluded: n,
                    excluded_because: because.iter().map(|(w, n)| (w.to_string(), *n)).collect(),
                    kept_because: Vec::new(),
                }
            })
            .collect();
        let ledger = Ledger {
            records,
            ..Ledger::default()
        };
        let app = ReadmeApp {
            slug: "northwind-qa/fieldmate",
            name: "FieldMate",
            folder: "",
            whole_app: false,
            runs: &[],
            ledger: &ledger,
            not_followed: &[],
            files: 0,
        };
        let html = render(&ReadmeContext {
            apps: vec![app],
            subject: None,
            created: time::macros::datetime!(2026-11-27 23:01 UTC),
            tool_version: "1",
            entries: &[],
            letter: None,
            lang: Lang::En,
        });
        let (_, list) = html
            .split_once("<h2>What was left out, and why</h2>\n")
            .unwrap();
        list[..list.find("<h2>").unwrap()].to_string()
    }

    #[test]
    fn the_left_out_list_agrees_with_every_count() {
        let none = left_out_list(&[("testRuns", &[])]);
        assert!(none.starts_with("<p>Nothing."), "{none}");

        let one = left_out_list(&[(
            "testRuns",
            &[(Exclusion::OtherRun, 1), (Exclusion::NotUsed, 1)],
        )]);
        assert!(
            one.contains(
                "2 of 4 records left out: 1 record belongs to a test run that was not chosen; 1 \
                 record is an uploaded file no chosen test run uses."
            ),
            "{one}"
        );
        let many = left_out_list(&[
            ("testRuns", &[(Exclusion::OtherRun, 16)]),
            (
                "hashFiles",
                &[(Exclusion::NotUsed, 3), (Exclusion::AppWide, 1)],
            ),
        ]);
        for needed in [
            "16 of 18 records left out: 16 records belong to test runs that were not chosen.",
            "4 of 6 records left out: 1 record is about the whole app, not one test run; 3 \
             records are uploaded files no chosen test run uses.",
        ] {
            assert!(many.contains(needed), "{needed}\nnot in\n{many}");
        }
        for wrong in [
            "records belongs",
            "records has",
            "records is",
            "record belong ",
            "record are",
        ] {
            assert!(!one.contains(wrong) && !many.contains(wrong), "{wrong}");
        }
    }

    #[test]
    fn the_letter_counts_what_the_lists_below_it_list() {
        use crate::ledger::{FileAccount, RecordAccount};
        let file = |address: &str, fate: Fate| FileAccount {
            address: address.into(),
            found_in: "data/test-reports/r.json, screenshots".into(),
            fate,
        };
        let skipped = |reason: &str| Fate::Skipped {
            reason: reason.into(),
        };
        let ledger = Ledger {
            records: vec![RecordAccount {
                endpoint: "testRuns".into(),
                entry: "data/export/testRuns.json".into(),
                received: 2,
                kept: 1,
                excluded: 1,
                excluded_because: [(Exclusion::OtherRun.to_string(), 1)].into(),
                kept_because: Vec::new(),
            }],
            files: vec![
                file(
                    "https://s.example/a.png",
                    Fate::MissingAtSource { status: Some(404) },
                ),
                file(
                    "https://s.example/b.png",
                    Fate::MissingAtSource { status: Some(404) },
                ),
                file(
                    "ftp://s.example/c.log",
                    skipped("not a web (http or https) address"),
                ),
                file(
                    "mailto:x@s.example",
                    skipped("not a web (http or https) address"),
                ),
                file("http://[d", skipped("not a valid address")),
            ],
            ..Ledger::default()
        };
        let not_followed = [
            NotFollowed {
                link: "https://elsewhere.example/export".into(),
                reason: "it points at another host, which must not receive the API token".into(),
            },
            NotFollowed {
                link: "other".into(),
                reason: "the link has no address".into(),
            },
        ];
        let html = render(&ReadmeContext {
            apps: vec![ReadmeApp {
                slug: "northwind-qa/fieldmate",
                name: "FieldMate",
                folder: "",
                whole_app: false,
                runs: &[],
                ledger: &ledger,
                not_followed: &not_followed,
                files: 0,
            }],
            subject: None,
            created: time::macros::datetime!(2026-11-27 23:01 UTC),
            tool_version: "1",
            entries: &[],
            letter: Some(&crate::letter::Letter::default()),
            lang: Lang::En,
        });
        let letter = &html[..html.find("</section>").unwrap()];
        for said in [
            "(1 record of other test runs was left out, only counted)",
            "App Center listed 2 files for these test runs but no longer had them",
            "3 links to files in the records and reports could not be fetched, because 1 held \
             no valid address and 2 pointed to something other than a web address.",
            "held 2 links that were not followed, because 1 had no address and 1 pointed \
             outside App Center, where our access to App Center must never be sent.",
        ] {
            assert!(letter.contains(said), "{said}\nnot in\n{letter}");
        }
        for listed in [
            "1 of 2 records left out: 1 record belongs",
            "Files App Center no longer had (2)",
            "Links that could not be fetched (3)",
            "were not followed (2)",
        ] {
            assert!(html.contains(listed), "{listed}");
        }
    }

    #[test]
    fn dates_read_as_words() {
        let at = time::macros::datetime!(2026-11-27 23:01:59.123456789 UTC);
        assert_eq!(date_in_words(at), "27 November 2026, 23:01 UTC");
        let offset = time::macros::datetime!(2026-11-28 01:01 +02:00);
        assert_eq!(date_in_words(offset), "27 November 2026, 23:01 UTC");
    }
}
