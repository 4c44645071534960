//! `README.html`: the archive explained to the person who asked for their data and to the
//! compliance officer sending it. Self-contained (no fonts, scripts or images from elsewhere);
//! every value that came from the service is escaped.

use std::fmt::Write;

use serde::Serialize;

use crate::archive::ManifestEntry;

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

/// A file the service listed but no longer had.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct MissingFile {
    /// Where it was expected (query string removed).
    pub url: String,
    pub kind: String,
    pub run_ids: Vec<String>,
}

/// What the README says.
pub(crate) struct ReadmeContext<'a> {
    pub app_slug: &'a str,
    pub app_name: &'a str,
    pub subject: Option<&'a str>,
    pub whole_app: bool,
    pub created_at: &'a str,
    pub tool_version: &'a str,
    pub runs: &'a [RunRow],
    pub entries: &'a [ManifestEntry],
    pub missing: &'a [MissingFile],
}

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// Sizes in words: "310 MB".
pub fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 5] = ["bytes", "kB", "MB", "GB", "TB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1000.0 && unit < UNITS.len() - 1 {
        value /= 1000.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} bytes")
    } else if value < 10.0 {
        format!("{value:.1} {}", UNITS[unit])
    } else {
        format!("{value:.0} {}", UNITS[unit])
    }
}

const STYLE: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b2330}\
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}table{border-collapse:collapse;width:100%;font-size:.9rem}\
th,td{border:1px solid #d6dce6;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f0f3f8}\
code{font-family:ui-monospace,monospace;font-size:.85em;word-break:break-all}.note{background:#fff7e0;padding:.5rem .75rem;border-radius:6px}";

/// Renders the page.
pub(crate) fn render(ctx: &ReadmeContext<'_>) -> String {
    let mut h = String::new();
    let e = escape;
    let whose = match ctx.subject {
        Some(subject) => format!("the test data of <strong>{}</strong>", e(subject)),
        None => "the test data of the selected test runs".to_string(),
    };
    let _ = write!(
        h,
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
         <title>App Center Test data export: {app}</title><style>{STYLE}</style></head><body>\n\
         <h1>Your App Center Test data</h1>\n\
         <p>This archive holds {whose} in the app <strong>{name}</strong> (<code>{app}</code>) on \
         Visual Studio App Center Test. It was made on {created} with ACT Export {version}.</p>\n",
        app = e(ctx.app_slug),
        name = e(ctx.app_name),
        created = e(ctx.created_at),
        version = e(ctx.tool_version),
    );
    let scope = if ctx.whole_app {
        "It covers <strong>every test run of the app</strong>."
    } else {
        "It covers <strong>only the test runs listed below</strong>. Data of other test runs of \
         the same app is not included."
    };
    let total: u64 = ctx.entries.iter().map(|x| x.bytes).sum();
    let _ = writeln!(
        h,
        "<p>{scope} It contains {files} files ({size}).</p>",
        files = ctx.entries.len() + 2,
        size = human_size(total),
    );

    let _ = writeln!(h, "<h2>Test runs ({})</h2>", ctx.runs.len());
    if ctx.runs.is_empty() {
        h.push_str("<p>The app has no test runs.</p>\n");
    } else {
        h.push_str("<table><tr><th>Date</th><th>Test series</th><th>App version</th><th>Platform</th><th>Result</th><th>Run id</th></tr>\n");
        for run in ctx.runs {
            let _ = writeln!(
                h,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td><code>{}</code></td></tr>",
                e(&run.date), e(&run.test_series), e(&run.app_version), e(&run.platform), e(&run.result), e(&run.id)
            );
        }
        h.push_str("</table>\n");
    }

    h.push_str(
        "<h2>What is in this archive</h2>\n<ul>\n\
         <li><code>README.html</code>: this page.</li>\n\
         <li><code>manifest.json</code>: a machine-readable list of every file with its size and \
         SHA-256 checksum, what was asked of App Center and when.</li>\n\
         <li><code>data/</code>: the records App Center keeps about the test runs, exactly as it \
         sent them, as JSON: the runs (<code>data/test-runs/</code>), their full test reports \
         (<code>data/test-reports/</code>) and the Test export records \
         (<code>data/export/</code>).</li>\n\
         <li><code>files/</code>: the files uploaded for these test runs and made by them: app \
         binaries, symbol files, app icons, test files, and report artifacts such as \
         screenshots and device logs.</li>\n</ul>\n",
    );

    if !ctx.missing.is_empty() {
        let _ = write!(
            h,
            "<h2>Files App Center no longer had ({})</h2>\n<p class=\"note\">App Center listed \
             these files, but answered that they no longer exist. They could not be included.</p>\n<ul>\n",
            ctx.missing.len()
        );
        for missing in ctx.missing {
            let _ = writeln!(
                h,
                "<li>{}: <code>{}</code></li>",
                e(&missing.kind),
                e(&missing.url)
            );
        }
        h.push_str("</ul>\n");
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
        assert_eq!(human_size(999), "999 bytes");
        assert_eq!(human_size(1_500), "1.5 kB");
        assert_eq!(human_size(310_000_000), "310 MB");
        assert_eq!(human_size(1_200_000_000), "1.2 GB");
    }
}
