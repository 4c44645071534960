//! Which files to download: every file the kept records and the selected runs' reports point
//! at, each once, with a safe name in a folder that says what it is.

use std::collections::{BTreeMap, HashMap};

use act_api::{strip_query, Client, Url};
use serde_json::Value;

use crate::collect::RunBundle;
use crate::names::{sanitize_segment, EntryNames};
use crate::scope::Records;

/// A file to download.
#[derive(Debug, Clone)]
pub(crate) struct PlannedFile {
    pub url: Url,
    /// The entry name in the archive.
    pub path: String,
    pub kind: &'static str,
    pub original_name: String,
    pub run_ids: Vec<String>,
}

fn text<'a>(record: &'a Value, name: &str) -> Option<&'a str> {
    record
        .get(name)
        .and_then(Value::as_str)
        .filter(|s| !s.trim().is_empty())
}

/// The last path segment of a URL, percent-decoded as far as it is valid UTF-8.
fn url_file_name(url: &Url) -> String {
    let last = url
        .path_segments()
        .and_then(|mut s| s.next_back())
        .unwrap_or("");
    let decoded = percent_decode(last);
    if decoded.trim().is_empty() {
        "file".into()
    } else {
        decoded
    }
}

fn percent_decode(text: &str) -> String {
    let hex = |b: u8| {
        char::from(b)
            .to_digit(16)
            .and_then(|d| u8::try_from(d).ok())
    };
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(high), Some(low)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push(high * 16 + low);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Collects the planned downloads.
pub(crate) struct Planner<'a> {
    client: &'a Client,
    names: &'a mut EntryNames,
    by_url: HashMap<String, usize>,
    pub files: Vec<PlannedFile>,
}

impl<'a> Planner<'a> {
    pub fn new(client: &'a Client, names: &'a mut EntryNames) -> Self {
        Planner {
            client,
            names,
            by_url: HashMap::new(),
            files: Vec::new(),
        }
    }

    /// Adds a file unless it is planned already (then only its run ids are merged).
    /// Links that are not valid addresses are skipped: they cannot be fetched.
    fn add(
        &mut self,
        link: &str,
        folder: &str,
        name: Option<&str>,
        kind: &'static str,
        run_id: Option<&str>,
    ) {
        let Ok(url) = self.client.resolve(link) else {
            tracing::warn!(kind, "skipping a file link that is not a valid address");
            return;
        };
        let key = strip_query(&url);
        if let Some(&index) = self.by_url.get(&key) {
            let file = &mut self.files[index];
            if let Some(id) = run_id.filter(|id| !file.run_ids.iter().any(|r| r == id)) {
                file.run_ids.push(id.to_string());
            }
            return;
        }
        let original_name = name
            .map(str::to_string)
            .unwrap_or_else(|| url_file_name(&url));
        let path = self.names.claim(folder, &original_name);
        self.by_url.insert(key, self.files.len());
        self.files.push(PlannedFile {
            url,
            path,
            kind,
            original_name,
            run_ids: run_id.map(|r| vec![r.to_string()]).unwrap_or_default(),
        });
    }

    /// Files the kept export records reference.
    pub fn add_from_records(&mut self, kept: &BTreeMap<String, Records>) {
        let filenames: HashMap<&str, &str> = kept
            .get("hashFiles")
            .into_iter()
            .flatten()
            .filter_map(|h| Some((text(&h.raw, "id")?, text(&h.raw, "filename")?)))
            .collect();
        let name_of = |id: Option<&str>| id.and_then(|id| filenames.get(id).copied());
        for record in kept.get("testRuns").into_iter().flatten().map(|r| &r.raw) {
            let run = text(record, "id");
            if let Some(link) = text(record, "app_hash_file_url") {
                self.add(
                    link,
                    "files/app-binaries",
                    name_of(text(record, "app_hash_file_id")),
                    "app_binary",
                    run,
                );
            }
            if let Some(link) = text(record, "dsym_hash_file_url") {
                self.add(
                    link,
                    "files/symbols",
                    name_of(text(record, "dsym_hash_file_id")),
                    "symbols",
                    run,
                );
            }
            if let Some(link) = text(record, "app_icon_url") {
                let folder = format!("files/icons/{}", sanitize_segment(run.unwrap_or("app")));
                self.add(link, &folder, None, "icon", run);
            }
        }
        for record in kept
            .get("fileSetFiles")
            .into_iter()
            .flatten()
            .map(|r| &r.raw)
        {
            if let Some(link) = text(record, "hash_file_url") {
                let upload = text(record, "app_upload_id");
                let folder = format!(
                    "files/test-files/{}",
                    sanitize_segment(upload.unwrap_or("unknown"))
                );
                self.add(link, &folder, text(record, "path"), "test_file", upload);
            }
        }
        for record in kept.get("apps").into_iter().flatten().map(|r| &r.raw) {
            if let Some(link) = text(record, "hash_files_url") {
                self.add(link, "files/app", None, "app_hash_files", None);
            }
        }
    }

    /// Files a selected run's report links to: every string under a key ending in `_url`,
    /// under `artifacts`, or a device log field, that is a web address.
    pub fn add_from_report(&mut self, bundle: &RunBundle) {
        let run_id = bundle
            .run
            .data
            .id
            .clone()
            .or_else(|| bundle.report.data.id.clone())
            .unwrap_or_default();
        let folder = format!("files/report-artifacts/{}", sanitize_segment(&run_id));
        let mut links = Vec::new();
        collect_links(&bundle.report.raw, false, &mut links);
        for link in links {
            self.add(&link, &folder, None, "report_artifact", Some(&run_id));
        }
    }
}

fn looks_like_link(text: &str) -> bool {
    let t = text.trim();
    t.starts_with("https://")
        || t.starts_with("http://")
        || (t.starts_with('/') && !t.starts_with("//"))
}

fn collect_links(value: &Value, link_context: bool, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                let context = link_context
                    || key.ends_with("_url")
                    || key == "artifacts"
                    || matches!(key.as_str(), "device_log" | "test_log" | "appium_log");
                collect_links(v, context, out);
            }
        }
        Value::Array(items) => items
            .iter()
            .for_each(|v| collect_links(v, link_context, out)),
        Value::String(s) if link_context && looks_like_link(s) => out.push(s.clone()),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn report_links_are_found_where_reports_keep_them() {
        let report = json!({
            "id": "r", "stats": {"artifacts": {"screenshots": "https://s/blob/shots.zip?sig=1", "note": "not a link"}},
            "device_logs": [{"device_snapshot_id": "d", "device_log": "https://s/d.log", "test_log": "plain text log"}],
            "features": [{"tests": [{"runs": [{"report_url": "/v0.1/x/report", "steps": [{"step_report_url": "https://s/step"}]}]}]}],
            "errorMessage": "https://not-a-file-field"
        });
        let mut links = Vec::new();
        collect_links(&report, false, &mut links);
        assert_eq!(
            links,
            [
                "https://s/blob/shots.zip?sig=1",
                "https://s/d.log",
                "/v0.1/x/report",
                "https://s/step"
            ]
        );
    }

    #[test]
    fn url_names_are_decoded() {
        let url = Url::parse("https://s/blobs/k/my%20file.apk?sig=x").unwrap();
        assert_eq!(url_file_name(&url), "my file.apk");
        assert_eq!(percent_decode("a%2"), "a%2");
        assert_eq!(percent_decode("%zz"), "%zz");
    }
}
