//! `README.html`: the archive explained to the person who asked for their data and to the
//! compliance officer sending it. Self-contained (no fonts, scripts or images from elsewhere);
//! every value that came from the service is escaped.

use std::fmt::Write;

use serde::Serialize;

use crate::collect::NotFollowed;
use crate::files::skipped_in_plain_words;
use crate::ledger::{Fate, Ledger};
use crate::model::ManifestEntry;
use crate::scope::Exclusion;
use crate::text::{in_words, plural};

pub use crate::text::{date_in_words, escape, human_size};

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
}

const STYLE: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b2330}\
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}table{border-collapse:collapse;width:100%;font-size:.9rem}\
th,td{border:1px solid #d6dce6;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f0f3f8}\
code{font-family:ui-monospace,monospace;font-size:.85em;word-break:break-all}.note{background:#fff7e0;padding:.5rem .75rem;border-radius:6px}\
.letter{border-bottom:2px solid #d6dce6;padding-bottom:1rem;margin-bottom:2rem}.letter dt{font-weight:600;margin-top:.5rem}.letter dd{margin:0 0 0 1rem}";

/// "What was left out and why", from the ledger: records of other runs (only counted),
/// records that could not be tied to any run, files the service no longer had, links that
/// could not be fetched, and resource-list links that were not followed.
fn left_out(h: &mut String, app: &ReadmeApp<'_>, heading: &str) {
    let e = escape;
    let ledger = app.ledger;
    let missing: Vec<_> = ledger
        .files
        .iter()
        .filter(|f| matches!(f.fate, Fate::MissingAtSource { .. }))
        .collect();
    let skipped: Vec<_> = ledger
        .files
        .iter()
        .filter_map(|f| match &f.fate {
            Fate::Skipped { reason } => Some((f, reason)),
            _ => None,
        })
        .collect();
    h.push_str(heading);
    let excluded: Vec<_> = ledger.records.iter().filter(|r| r.excluded > 0).collect();
    if excluded.is_empty()
        && missing.is_empty()
        && skipped.is_empty()
        && app.not_followed.is_empty()
    {
        h.push_str("<p>Nothing. Every record App Center returned for this app and every file they name is in this archive.</p>\n");
        return;
    }
    if !excluded.is_empty() {
        h.push_str(
            "<p>App Center keeps the records of every test run of the app together, including \
             those of other people and organisations. Only the records that belong to the test \
             runs listed above are in this archive; the others were left out to protect the \
             rights of those others (GDPR Art. 15(4)). They were counted, never copied:</p>\n<ul>\n",
        );
        for r in &excluded {
            let reasons: Vec<String> = r
                .excluded_because
                .iter()
                .map(|(why, n)| match Exclusion::from_reason(why) {
                    Some(exclusion) => exclusion.counted(*n),
                    None => format!("{}: {why}", plural(*n, "record", "records")),
                })
                .collect();
            let _ = writeln!(
                h,
                "<li><code>{}</code>: {} of {} left out: {}.</li>",
                e(&r.endpoint),
                r.excluded,
                plural(r.received, "record", "records"),
                e(&reasons.join("; "))
            );
        }
        h.push_str("</ul>\n");
    }
    if !missing.is_empty() {
        let _ = write!(
            h,
            "<h3>Files App Center no longer had ({})</h3>\n<p class=\"note\">App Center listed \
             these files, but answered that they no longer exist. They could not be included.</p>\n<ul>\n",
            missing.len()
        );
        for f in missing {
            let _ = writeln!(
                h,
                "<li><code>{}</code> (named in {})</li>",
                e(&f.address),
                e(&f.found_in)
            );
        }
        h.push_str("</ul>\n");
    }
    if !skipped.is_empty() {
        let _ = write!(
            h,
            "<h3>Links that could not be fetched ({})</h3>\n<ul>\n",
            skipped.len()
        );
        for (f, reason) in skipped {
            let _ = writeln!(
                h,
                "<li><code>{}</code> (in {}): {}</li>",
                e(&f.address),
                e(&f.found_in),
                e(reason)
            );
        }
        h.push_str("</ul>\n");
    }
    if !app.not_followed.is_empty() {
        let _ = write!(
            h,
            "<h3>Links in App Center's list of export records that were not followed ({})</h3>\n<ul>\n",
            app.not_followed.len()
        );
        for link in app.not_followed {
            let _ = writeln!(
                h,
                "<li><code>{}</code>: {}</li>",
                e(&link.link),
                e(&link.reason)
            );
        }
        h.push_str("</ul>\n");
    }
}

/// What [`left_out`] lists for the apps, counted for the letter.
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
                        .entry(skipped_in_plain_words(reason).to_string())
                        .or_default() += 1;
                }
                Fate::Archived { .. } | Fate::SameFile { .. } => {}
            }
        }
        for link in app.not_followed {
            *counted
                .links_not_followed
                .entry(link.in_plain_words().to_string())
                .or_default() += 1;
        }
    }
    counted
}

/// The cover letter, first on the page (then the summary, then the technical detail).
fn letter_html(letter: &crate::letter::Letter, ctx: &ReadmeContext<'_>) -> String {
    let total: u64 = ctx.entries.iter().map(|x| x.bytes).sum();
    let size = human_size(total);
    let made = date_in_words(ctx.created);
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
        files: Some((ctx.apps.iter().map(|a| a.files).sum(), &size)),
        left_out: Some(&left_out),
        made: &made,
    };
    crate::letter::to_html(&crate::letter::compose(letter, &found))
}

/// "the app <strong>FieldMate</strong> (<code>org/fieldmate</code>)", or the apps, in words.
fn apps_in_words(apps: &[ReadmeApp<'_>]) -> String {
    let each: Vec<String> = apps
        .iter()
        .map(|a| {
            format!(
                "<strong>{}</strong> (<code>{}</code>)",
                escape(a.name),
                escape(a.slug)
            )
        })
        .collect();
    match each.as_slice() {
        [one] => format!("the app {one}"),
        _ => format!("the apps {}", in_words(&each)),
    }
}

/// One app's runs as a table.
fn runs_table(h: &mut String, app: &ReadmeApp<'_>) {
    let e = escape;
    if app.runs.is_empty() {
        h.push_str("<p>The app has no test runs.</p>\n");
        return;
    }
    h.push_str("<table><tr><th>Date</th><th>Test series</th><th>App version</th><th>Platform</th><th>Result</th><th>Run id</th></tr>\n");
    for run in app.runs {
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td><code>{}</code></td></tr>",
            e(&run.date), e(&run.test_series), e(&run.app_version), e(&run.platform), e(&run.result), e(&run.id)
        );
    }
    h.push_str("</table>\n");
}

/// Renders the page.
pub(crate) fn render(ctx: &ReadmeContext<'_>) -> String {
    let mut h = String::new();
    let e = escape;
    let several = ctx.apps.len() > 1;
    let whose = match ctx.subject {
        Some(subject) => format!("the test data of <strong>{}</strong>", e(subject)),
        None => "the test data of the selected test runs".to_string(),
    };
    let slugs: Vec<&str> = ctx.apps.iter().map(|a| a.slug).collect();
    let _ = write!(
        h,
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
         <title>App Center Test data export: {title}</title><style>{STYLE}</style></head><body>\n\
         {letter}<h1>Your App Center Test data</h1>\n\
         <p>This archive holds {whose} in {apps} on Visual Studio App Center Test. It was made \
         on {created} with ACT Export {version}.</p>\n",
        title = e(&slugs.join(", ")),
        apps = apps_in_words(&ctx.apps),
        created = e(&date_in_words(ctx.created)),
        version = e(ctx.tool_version),
        letter = ctx.letter.map(|letter| letter_html(letter, ctx)).unwrap_or_default(),
    );
    let scope = match (several, ctx.apps.iter().all(|a| a.whole_app)) {
        (false, true) => "It covers <strong>every test run of the app</strong>.",
        (false, false) => {
            "It covers <strong>only the test runs listed below</strong>. Data of other test runs \
             of the same app is not included."
        }
        (true, true) => "It covers <strong>every test run of these apps</strong>.",
        (true, false) => {
            "It covers <strong>only the test runs listed below</strong>, app by app. Data of \
             other test runs of the same apps is not included."
        }
    };
    let total: u64 = ctx.entries.iter().map(|x| x.bytes).sum();
    let _ = writeln!(
        h,
        "<p>{scope} It contains {files} files ({size}).</p>",
        files = ctx.entries.len() + 2,
        size = human_size(total),
    );

    if several {
        let runs: usize = ctx.apps.iter().map(|a| a.runs.len()).sum();
        let _ = writeln!(h, "<h2>Test runs ({runs})</h2>");
        for app in &ctx.apps {
            let _ = writeln!(
                h,
                "<h3>{} (<code>{}</code>): {}</h3>",
                e(app.name),
                e(app.slug),
                plural(app.runs.len() as u64, "test run", "test runs")
            );
            runs_table(&mut h, app);
        }
    } else if let Some(app) = ctx.apps.first() {
        let _ = writeln!(h, "<h2>Test runs ({})</h2>", app.runs.len());
        runs_table(&mut h, app);
    }

    h.push_str(
        "<h2>What is in this archive</h2>\n<ul>\n\
         <li><code>README.html</code>: this page.</li>\n\
         <li><code>manifest.json</code>: a machine-readable list of every file with its size and \
         SHA-256 checksum, what was asked of App Center and when, and an account of every record \
         and file link App Center returned: kept (and why) or left out (and why).</li>\n",
    );
    if several {
        for app in &ctx.apps {
            let _ = writeln!(
                h,
                "<li><code>{}</code>: the data of {} ({}), in <code>data/</code> and \
                 <code>files/</code> as described below.</li>",
                e(app.folder),
                e(app.name),
                e(app.slug)
            );
        }
    }
    let each = if several {
        "In each app's folder, "
    } else {
        ""
    };
    let _ = write!(
        h,
        "<li>{each}<code>data/</code>: the records App Center keeps about the test runs, exactly \
         as it sent them, as JSON: the runs (<code>data/test-runs/</code>), their full test \
         reports (<code>data/test-reports/</code>) and the Test export records \
         (<code>data/export/</code>).</li>\n\
         <li>{each}<code>files/</code>: the files uploaded for these test runs and made by them: app \
         binaries, symbol files, app icons, test files, and report artifacts such as \
         screenshots and device logs.</li>\n</ul>\n",
    );

    if several {
        h.push_str("<h2>What was left out, and why</h2>\n");
        for app in &ctx.apps {
            let heading = format!(
                "<h3>In {} (<code>{}</code>)</h3>\n",
                e(app.name),
                e(app.slug)
            );
            left_out(&mut h, app, &heading);
        }
    } else if let Some(app) = ctx.apps.first() {
        left_out(&mut h, app, "<h2>What was left out, and why</h2>\n");
    }

    h.push_str(
        "<h2>How to check that nothing was changed</h2>\n\
         <p>Every file below has a SHA-256 checksum, also listed in <code>manifest.json</code>. \
         Compute a file's checksum and compare:</p>\n<ul>\n\
         <li>Windows (PowerShell): <code>Get-FileHash -Algorithm SHA256 FILE</code></li>\n\
         <li>macOS: <code>shasum -a 256 FILE</code></li>\n\
         <li>Linux: <code>sha256sum FILE</code></li>\n</ul>\n\
         <table><tr><th>File</th><th>Size</th><th>SHA-256</th></tr>\n",
    );
    for entry in ctx.entries {
        let _ = writeln!(
            h,
            "<tr><td><code>{}</code></td><td>{}</td><td><code>{}</code></td></tr>",
            e(&entry.path),
            human_size(entry.bytes),
            e(&entry.sha256)
        );
    }
    h.push_str("</table>\n</body></html>\n");
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_and_sizes() {
        assert_eq!(
            escape("<script>\"a\" & 'b'</script>"),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
        assert_eq!(escape("bell\u{7}"), "bell\u{fffd}");
        assert_eq!(escape("evil\u{202e}txt.exe"), "evil\u{fffd}txt.exe");
        assert_eq!(escape("zero\u{200b}width"), "zero\u{fffd}width");
        assert_eq!(human_size(999), "999 bytes");
        assert_eq!(human_size(1_500), "1.5 kB");
        assert_eq!(human_size(310_000_000), "310 MB");
        assert_eq!(human_size(1_200_000_000), "1.2 GB");
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
        let mut h = String::new();
        left_out(&mut h, &app, "");
        h
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
            assert!(letter.contains(&escape(said)), "{said}\nnot in\n{letter}");
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
