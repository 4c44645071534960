//! `README.html`: the archive explained to the person who asked for their data and to the
//! compliance officer sending it. Self-contained (no fonts, scripts or images from elsewhere);
//! every value that came from the service is escaped.

use askama::Template;
use serde::Serialize;

use crate::collect::NotFollowed;
use crate::dates::moment_in_words;
use crate::files::{skipped_reason_alone, skipped_reason_message};
use crate::lang::Lang;
use crate::ledger::{Fate, Ledger, RecordAccount};
use crate::letter::Block;
use crate::messages::{listed, text, Arg};
use crate::model::ManifestEntry;
use crate::papers::{AppPapers, Papers, RecordPapers};
use crate::scope::Exclusion;
use crate::toplevel::{TopFile, MANIFEST};

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

/// A piece of a sentence on the page: text, or a value shown in bold or as code. Every piece
/// is escaped by the template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Seg {
    Text(String),
    Strong(String),
    Code(String),
}

/// The sentences of the page in the answer's language, with their marked values: a marked value
/// stands in the message as a private-use sentinel (so a translation may move it), and the
/// finished sentence is cut back into pieces. A sentinel typed into a value is replaced.
struct Words {
    lang: Lang,
    marks: std::cell::RefCell<Vec<Seg>>,
}

const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';

/// `value` without the sentinels' characters.
fn clean(value: &str) -> String {
    value.replace([OPEN, CLOSE], "\u{FFFD}")
}

impl Words {
    fn new(lang: Lang) -> Words {
        Words {
            lang,
            marks: std::cell::RefCell::new(Vec::new()),
        }
    }

    /// A message as plain text (its values cleaned).
    fn text(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let cleaned: Vec<Option<String>> = args
            .iter()
            .map(|(_, value)| match value {
                Arg::Text(text) => Some(clean(text)),
                Arg::Count(_) => None,
            })
            .collect();
        let args: Vec<(&str, Arg<'_>)> = args
            .iter()
            .zip(&cleaned)
            .map(|((name, value), cleaned)| (*name, cleaned.as_deref().map_or(*value, Arg::Text)))
            .collect();
        text(self.lang, id, &args)
    }

    fn mark(&self, seg: Seg) -> String {
        let mut marks = self.marks.borrow_mut();
        marks.push(seg);
        format!("{OPEN}{}{CLOSE}", marks.len() - 1)
    }

    /// `value` in bold, to put into a message.
    fn strong(&self, value: &str) -> String {
        self.mark(Seg::Strong(clean(value)))
    }

    /// `value` as code, to put into a message.
    fn code(&self, value: &str) -> String {
        self.mark(Seg::Code(clean(value)))
    }

    /// A sentence cut into its pieces.
    fn pieces(&self, sentence: &str) -> Vec<Seg> {
        let marks = self.marks.borrow();
        let mut pieces = Vec::new();
        let mut rest = sentence;
        while let Some(start) = rest.find(OPEN) {
            if start > 0 {
                pieces.push(Seg::Text(rest[..start].to_string()));
            }
            let after = &rest[start + OPEN.len_utf8()..];
            let Some(end) = after.find(CLOSE) else {
                break;
            };
            if let Some(seg) = after[..end]
                .parse::<usize>()
                .ok()
                .and_then(|i| marks.get(i))
            {
                pieces.push(seg.clone());
            }
            rest = &after[end + CLOSE.len_utf8()..];
        }
        if !rest.is_empty() {
            pieces.push(Seg::Text(rest.replace([OPEN, CLOSE], "")));
        }
        pieces
    }

    /// A message cut into its pieces.
    fn rich(&self, id: &str, args: &[(&str, Arg<'_>)]) -> Vec<Seg> {
        self.pieces(&text(self.lang, id, args))
    }

    /// "Name (owner/app)", the name in bold or not, the slug as code or not.
    fn app(&self, name: &str, slug: &str, strong_name: bool, code_slug: bool) -> String {
        let name = if strong_name {
            self.strong(name)
        } else {
            clean(name)
        };
        let slug = if code_slug {
            self.code(slug)
        } else {
            clean(slug)
        };
        text(
            self.lang,
            "readme-app",
            &[("name", Arg::Text(&name)), ("slug", Arg::Text(&slug))],
        )
    }
}

/// The run table's headings and what it says with no runs.
struct RunWords {
    date: String,
    series: String,
    version: String,
    platform: String,
    result: String,
    run: String,
    none: String,
}

/// One app as README.html shows it.
struct AppView<'a> {
    runs: &'a [RunRow],
    /// "FieldMate (northwind-qa/fieldmate): 8 test runs" (several apps).
    runs_heading: Vec<Seg>,
    /// "In FieldMate (northwind-qa/fieldmate)" (several apps).
    left_out_heading: Vec<Seg>,
    /// "apps/...: the data of FieldMate (...), in data/ and files/ as described below."
    folder_line: Vec<Seg>,
    /// Nothing of this app was left out: what the page says then.
    nothing: Option<String>,
    /// Records of other runs were left out: the paragraph, and a line per endpoint.
    others: String,
    excluded: Vec<Vec<Seg>>,
    /// Files App Center listed but no longer had: the heading, the note, the files.
    missing_heading: String,
    missing_note: String,
    missing: Vec<Vec<Seg>>,
    /// Links that could not be fetched, and why.
    skipped_heading: String,
    skipped: Vec<Vec<Seg>>,
    /// Links of the export resource list not followed, and why.
    not_followed_heading: String,
    not_followed: Vec<Vec<Seg>>,
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
    /// The page's language (ISO 639-1).
    lang: &'static str,
    title: String,
    heading: String,
    /// The cover letter that opens the page.
    letter: Option<Vec<Block>>,
    /// The language of the letter (ISO 639-1).
    letter_lang: &'static str,
    /// Whose data, from which apps, made when: the first paragraph.
    holds: Vec<Seg>,
    /// What it covers and how many files: the second.
    covers: Vec<Seg>,
    several: bool,
    runs_heading: String,
    run_words: RunWords,
    apps: Vec<AppView<'a>>,
    contents_heading: String,
    contents: Vec<Vec<Seg>>,
    left_out_heading: String,
    check_heading: String,
    check: Vec<Seg>,
    file_word: String,
    file_column: String,
    size_column: String,
    sha256_column: String,
    entries: Vec<EntryView<'a>>,
}

impl<'a> AppView<'a> {
    fn of(app: &ReadmeApp<'a>, words: &Words) -> AppView<'a> {
        let lang = words.lang;
        let ledger = app.ledger;
        let n = |n: usize| Arg::Count(n as u64);
        let excluded: Vec<Vec<Seg>> = ledger
            .records
            .iter()
            .filter(|r| r.excluded > 0)
            .map(|r| {
                let endpoint = words.code(&r.endpoint);
                let reasons = left_out_because(lang, r).join("; ");
                words.rich(
                    "readme-excluded",
                    &[
                        ("endpoint", Arg::Text(&endpoint)),
                        ("excluded", Arg::Count(r.excluded)),
                        ("received", Arg::Count(r.received)),
                        ("reasons", Arg::Text(&clean(&reasons))),
                    ],
                )
            })
            .collect();
        let missing: Vec<Vec<Seg>> = ledger
            .files
            .iter()
            .filter(|f| matches!(f.fate, Fate::MissingAtSource { .. }))
            .map(|f| {
                let address = words.code(&f.address);
                words.rich(
                    "readme-missing-file",
                    &[
                        ("address", Arg::Text(&address)),
                        ("file", Arg::Text(&clean(&f.found_in))),
                    ],
                )
            })
            .collect();
        let skipped: Vec<Vec<Seg>> = ledger
            .files
            .iter()
            .filter_map(|f| match &f.fate {
                Fate::Skipped { reason } => Some((f, reason)),
                _ => None,
            })
            .map(|(f, reason)| {
                let address = words.code(&f.address);
                let reason = words.text(skipped_reason_alone(reason), &[]);
                words.rich(
                    "readme-skipped-file",
                    &[
                        ("address", Arg::Text(&address)),
                        ("file", Arg::Text(&clean(&f.found_in))),
                        ("reason", Arg::Text(&reason)),
                    ],
                )
            })
            .collect();
        let not_followed: Vec<Vec<Seg>> = app
            .not_followed
            .iter()
            .map(|link| {
                let shown = words.code(&link.link);
                let reason = match link.reason_alone() {
                    Some(id) => words.text(id, &[]),
                    None => clean(&link.reason),
                };
                words.rich(
                    "readme-not-followed",
                    &[("link", Arg::Text(&shown)), ("reason", Arg::Text(&reason))],
                )
            })
            .collect();
        let nothing = (excluded.is_empty()
            && missing.is_empty()
            && skipped.is_empty()
            && not_followed.is_empty())
        .then(|| words.text("readme-nothing-left-out", &[]));
        let heading_app = words.app(app.name, app.slug, false, true);
        let plain_app = words.app(app.name, app.slug, false, false);
        let folder = words.code(app.folder);
        let (data, files) = (words.code("data/"), words.code("files/"));
        AppView {
            runs: app.runs,
            runs_heading: words.rich(
                "readme-app-runs",
                &[
                    ("app", Arg::Text(&heading_app)),
                    ("runs", n(app.runs.len())),
                ],
            ),
            left_out_heading: words.rich("readme-left-out-in", &[("app", Arg::Text(&heading_app))]),
            folder_line: words.rich(
                "readme-contents-app",
                &[
                    ("folder", Arg::Text(&folder)),
                    ("app", Arg::Text(&plain_app)),
                    ("data", Arg::Text(&data)),
                    ("files", Arg::Text(&files)),
                ],
            ),
            nothing,
            others: words.text("readme-others-records", &[]),
            excluded,
            missing_heading: words.text("readme-missing-heading", &[("n", n(missing.len()))]),
            missing_note: words.text("readme-missing-note", &[]),
            missing,
            skipped_heading: words.text("readme-skipped-heading", &[("n", n(skipped.len()))]),
            skipped,
            not_followed_heading: words.text(
                "readme-not-followed-heading",
                &[("n", n(not_followed.len()))],
            ),
            not_followed,
        }
    }
}

/// Why an endpoint's records were left out, each counted, in `lang`: "16 records belong to
/// test runs that were not chosen" (a reason of another version: its count and its words).
pub(crate) fn left_out_because(lang: Lang, records: &RecordAccount) -> Vec<String> {
    records
        .excluded_because
        .iter()
        .map(|(why, n)| match Exclusion::from_reason(why) {
            Some(exclusion) => exclusion.counted(lang, *n),
            None => format!("{n}: {why}"),
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
                            left_out: left_out_because(Lang::En, r),
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

/// Renders the page, in the answer's language.
pub(crate) fn render(ctx: &ReadmeContext<'_>) -> String {
    let lang = ctx.lang;
    let words = Words::new(lang);
    let count = ctx.apps.len();
    let several = count > 1;
    let t = |id: &str| words.text(id, &[]);
    let listed_apps: Vec<String> = ctx
        .apps
        .iter()
        .map(|a| words.app(a.name, a.slug, true, true))
        .collect();
    let apps_list = listed(lang, &listed_apps);
    let mut holds = match ctx.subject {
        Some(subject) => {
            let subject = words.strong(subject);
            text(
                lang,
                "readme-holds-subject",
                &[
                    ("subject", Arg::Text(&subject)),
                    ("apps", Arg::Text(&apps_list)),
                    ("count", Arg::from(count)),
                ],
            )
        }
        None => text(
            lang,
            "readme-holds-selected",
            &[("apps", Arg::Text(&apps_list)), ("count", Arg::from(count))],
        ),
    };
    holds.push(' ');
    holds.push_str(&words.text(
        "readme-made",
        &[
            ("date", Arg::Text(&moment_in_words(lang, ctx.created))),
            ("version", Arg::Text(ctx.tool_version)),
        ],
    ));
    let whole = ctx.apps.iter().all(|a| a.whole_app);
    let mut covers = if whole {
        let what = words.strong(&words.text("readme-every-run", &[("count", Arg::from(count))]));
        text(lang, "readme-covers-whole", &[("what", Arg::Text(&what))])
    } else {
        let what = words.strong(&t("readme-only-listed"));
        text(
            lang,
            "readme-covers-listed",
            &[("what", Arg::Text(&what)), ("count", Arg::from(count))],
        )
    };
    covers.push(' ');
    covers.push_str(&words.text(
        "readme-contains",
        &[
            ("files", Arg::from(ctx.entries.len() + 2)),
            (
                "size",
                Arg::Text(&human_size(lang, ctx.entries.iter().map(|x| x.bytes).sum())),
            ),
        ],
    ));
    let apps: Vec<AppView<'_>> = ctx.apps.iter().map(|a| AppView::of(a, &words)).collect();
    let mut contents = vec![
        words.rich(
            "readme-contents-readme",
            // This page as the archive names it, in its language.
            &[("file", Arg::Text(&words.code(&TopFile::Readme.name(lang))))],
        ),
        words.rich(
            "readme-contents-manifest",
            &[("file", Arg::Text(&words.code(MANIFEST)))],
        ),
    ];
    if several {
        contents.extend(apps.iter().map(|a| a.folder_line.clone()));
    }
    let (each_data, each_files) = if several {
        ("readme-contents-data-each", "readme-contents-files-each")
    } else {
        ("readme-contents-data", "readme-contents-files")
    };
    contents.push(words.rich(
        each_data,
        &[
            ("data", Arg::Text(&words.code("data/"))),
            ("runs", Arg::Text(&words.code("data/test-runs/"))),
            ("reports", Arg::Text(&words.code("data/test-reports/"))),
            ("export", Arg::Text(&words.code("data/export/"))),
        ],
    ));
    contents.push(words.rich(each_files, &[("files", Arg::Text(&words.code("files/")))]));
    let page = Page {
        lang: lang.code(),
        title: words.text(
            "readme-title",
            &[(
                "apps",
                Arg::Text(
                    &ctx.apps
                        .iter()
                        .map(|a| a.slug)
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
            )],
        ),
        heading: t("readme-heading"),
        letter: ctx.letter.map(|letter| letter_blocks(letter, ctx)),
        letter_lang: lang.code(),
        holds: words.pieces(&holds),
        covers: words.pieces(&covers),
        several,
        runs_heading: words.text(
            "readme-runs-heading",
            &[(
                "runs",
                Arg::from(ctx.apps.iter().map(|a| a.runs.len()).sum::<usize>()),
            )],
        ),
        run_words: RunWords {
            date: t("readme-column-date"),
            series: t("readme-column-series"),
            version: t("readme-column-version"),
            platform: t("readme-column-platform"),
            result: t("readme-column-result"),
            run: t("readme-column-run"),
            none: t("readme-no-runs"),
        },
        apps,
        contents_heading: t("readme-contents-heading"),
        contents,
        left_out_heading: t("readme-left-out-heading"),
        check_heading: t("readme-check-heading"),
        check: words.rich(
            "readme-check",
            &[("manifest", Arg::Text(&words.code(MANIFEST)))],
        ),
        file_word: t("readme-check-file"),
        file_column: t("readme-column-file"),
        size_column: t("readme-column-size"),
        sha256_column: t("readme-column-sha256"),
        entries: ctx
            .entries
            .iter()
            .map(|entry| EntryView {
                path: &entry.path,
                size: human_size(lang, entry.bytes),
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
            // of what was left out, each file, the letter's fields (its date of receipt is a
            // date, and a link not fetched has one of the engine's reasons, said in words).
            let least = if several { 37 } else { 27 };
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
