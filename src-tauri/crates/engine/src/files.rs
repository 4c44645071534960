//! Which files to download: every file link found in a kept export record or a selected run's
//! report, each recorded with where it was found. A file is identified by its full address
//! (query string included: pre-signed storage URLs often differ only there). Two links share
//! one download only when their addresses are identical, or when their records name the same
//! uploaded file (hash-file id); identical bytes behind different addresses are found after
//! downloading, by checksum ([`crate::download`]).

use std::collections::{BTreeMap, HashMap};

use act_api::{strip_query, BaseUrl, Endpoint, LinkError, Url};
use serde_json::Value;

use crate::links::{text, LinkId};
use crate::names::{sanitize_segment, EntryNames};
use crate::scope::{Scoped, Source};

/// Where a file link was found, precisely enough to look it up again in a fresh answer (a
/// pre-signed link that expired is asked for anew).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkOrigin {
    /// Field `field` of the `index`-th record (0-based) of an export endpoint's answer; the
    /// record's ids tell it apart from the others if the answer's order changed.
    Record {
        source: Source,
        index: usize,
        field: String,
        ids: Vec<(String, String)>,
    },
    /// A field of a run's report, as a path (`stats.artifacts.screenshots`,
    /// `device_logs[0].device_log`).
    Report { run: String, path: String },
}

impl LinkOrigin {
    /// The record's identifying fields, to find it again.
    fn ids_of(record: &Value) -> Vec<(String, String)> {
        ["id", "app_upload_id", "hash_file_id", "path"]
            .iter()
            .filter_map(|f| {
                let id = LinkId::field(record, f)?;
                Some((f.to_string(), id.shown().to_ascii_lowercase()))
            })
            .collect()
    }

    /// True when `record` is the one this link came from.
    pub fn same_record(ids: &[(String, String)], record: &Value) -> bool {
        !ids.is_empty() && LinkOrigin::ids_of(record) == ids
    }
}

/// A file to download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedFile {
    pub url: Url,
    /// Where its (first) link was found.
    pub origin: LinkOrigin,
    /// The entry name in the archive.
    pub path: String,
    pub kind: &'static str,
    pub original_name: String,
    pub run_ids: Vec<String>,
    /// Which app of the request it belongs to (its place in the request's list of apps).
    pub app: usize,
}

/// Why a link shares the download of another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Via {
    /// The first link to the file.
    First,
    /// The same full address as the first.
    SameAddress,
    /// Its record names the same uploaded file (this hash-file id) as the first's.
    SameHashFile(String),
}

/// A file link found in a kept record or a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundLink {
    /// The address as shown (query string removed), or the text when it is no address.
    pub address: String,
    /// Where it was found: an archive entry, the record and the field.
    pub found_in: String,
    /// The planned download and how this link leads to it, or why it cannot be fetched.
    pub target: Result<(usize, Via), String>,
}

/// Every file link and the downloads they lead to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FilePlan {
    pub files: Vec<PlannedFile>,
    pub links: Vec<FoundLink>,
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

/// A path segment of an address, percent-decoded as far as it is valid UTF-8.
pub(crate) fn decode_segment(segment: &str) -> String {
    percent_decode(segment)
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

/// A link's text as it may be shown: an address without its query, else the text itself cut
/// short and without control characters.
fn shown_text(link: &str) -> String {
    link.chars().filter(|c| !c.is_control()).take(200).collect()
}

/// Where a link sits: the archive entry it is written to, in words, and precisely.
pub(crate) struct Place<'a> {
    pub entry: &'a str,
    pub within: String,
    pub origin: LinkOrigin,
}

/// What a link is for.
pub(crate) struct Purpose<'a> {
    pub folder: String,
    pub name: Option<&'a str>,
    pub kind: &'static str,
    pub run: Option<&'a str>,
    pub hash_file: Option<LinkId>,
}

/// Why a file link is not fetched (its fate's `reason` in the manifest).
const NOT_WEB: &str = "not a web (http or https) address";
const NOT_VALID: &str = "not a valid address";

/// Why a file link was not fetched, for the person who asked for their data: the id of the
/// message that says it after a count of links ("2 held no valid address").
pub(crate) fn skipped_reason_message(reason: &str) -> &'static str {
    match reason {
        NOT_WEB => "link-not-web",
        _ => "link-not-valid",
    }
}

/// Why a file link was not fetched, on its own (README.html's list): the id of its message.
pub(crate) fn skipped_reason_alone(reason: &str) -> &'static str {
    match reason {
        NOT_WEB => "reason-not-web",
        _ => "reason-not-valid",
    }
}

/// Collects the planned downloads.
pub(crate) struct Planner<'a> {
    base_url: &'a BaseUrl,
    names: &'a mut EntryNames,
    by_address: HashMap<String, usize>,
    by_hash_file: HashMap<LinkId, usize>,
    pub plan: FilePlan,
}

impl<'a> Planner<'a> {
    pub fn new(base_url: &'a BaseUrl, names: &'a mut EntryNames) -> Self {
        Planner {
            base_url,
            names,
            by_address: HashMap::new(),
            by_hash_file: HashMap::new(),
            plan: FilePlan::default(),
        }
    }

    /// Records a link and plans its download unless the same file is planned already.
    pub fn add(&mut self, link: &str, place: Place<'_>, purpose: Purpose<'_>) {
        let found_in = format!("{}, {}", place.entry, place.within);
        let url = match self.base_url.resolve(link) {
            Ok(url) => url,
            Err(why) => {
                let reason = match why {
                    LinkError::Scheme(_) => NOT_WEB,
                    LinkError::Empty | LinkError::NotAnAddress => NOT_VALID,
                };
                self.plan.links.push(FoundLink {
                    address: shown_text(link),
                    found_in,
                    target: Err(reason.to_string()),
                });
                return;
            }
        };
        let address = strip_query(&url);
        let existing = match self.by_address.get(url.as_str()) {
            Some(&index) => Some((index, Via::SameAddress)),
            None => purpose.hash_file.as_ref().and_then(|h| {
                self.by_hash_file
                    .get(h)
                    .map(|&index| (index, Via::SameHashFile(h.shown().to_string())))
            }),
        };
        let (index, via) = match existing {
            Some((index, via)) => {
                let file = &mut self.plan.files[index];
                if let Some(run) = purpose.run.filter(|r| !file.run_ids.iter().any(|x| x == r)) {
                    file.run_ids.push(run.to_string());
                }
                (index, via)
            }
            None => {
                let original_name = purpose
                    .name
                    .map(str::to_string)
                    .unwrap_or_else(|| url_file_name(&url));
                let path = self.names.claim(&purpose.folder, &original_name);
                let index = self.plan.files.len();
                self.plan.files.push(PlannedFile {
                    url: url.clone(),
                    origin: place.origin.clone(),
                    path,
                    kind: purpose.kind,
                    original_name,
                    run_ids: purpose.run.map(|r| vec![r.to_string()]).unwrap_or_default(),
                    app: 0,
                });
                (index, Via::First)
            }
        };
        self.by_address.entry(url.to_string()).or_insert(index);
        if let Some(hash) = purpose.hash_file {
            self.by_hash_file.entry(hash).or_insert(index);
        }
        self.plan.links.push(FoundLink {
            address,
            found_in,
            target: Ok((index, via)),
        });
    }

    /// Files the kept export records reference. `entries` names the archive entry each
    /// endpoint's kept records are written to.
    pub fn add_from_records(
        &mut self,
        scoped: &BTreeMap<Source, Scoped>,
        entries: &BTreeMap<Source, String>,
    ) {
        let kept = |e: Endpoint| scoped.get(&Source::Documented(e));
        let filenames: HashMap<LinkId, String> = kept(Endpoint::HashFiles)
            .into_iter()
            .flat_map(|s| &s.kept)
            .filter_map(|h| {
                Some((
                    LinkId::field(&h.record, "id")?,
                    text(&h.record, "filename")?.to_string(),
                ))
            })
            .collect();
        let entry = |e: Endpoint| {
            entries
                .get(&Source::Documented(e))
                .map(String::as_str)
                .unwrap_or("")
        };
        for (n, kept) in kept(Endpoint::TestRuns)
            .into_iter()
            .flat_map(|s| s.kept.iter())
            .enumerate()
        {
            let record = &kept.record;
            let run = kept
                .rule
                .run()
                .map(str::to_string)
                .or_else(|| LinkId::field(record, "id").map(|id| id.shown().to_string()));
            let run = run.as_deref();
            for (field, id_field, folder, kind) in [
                (
                    "app_hash_file_url",
                    Some("app_hash_file_id"),
                    "files/app-binaries".to_string(),
                    "app_binary",
                ),
                (
                    "dsym_hash_file_url",
                    Some("dsym_hash_file_id"),
                    "files/symbols".to_string(),
                    "symbols",
                ),
                (
                    "app_icon_url",
                    None,
                    format!("files/icons/{}", sanitize_segment(run.unwrap_or("app"))),
                    "icon",
                ),
            ] {
                let Some(link) = text(record, field) else {
                    continue;
                };
                let hash_file = id_field.and_then(|f| LinkId::field(record, f));
                let name = hash_file
                    .as_ref()
                    .and_then(|h| filenames.get(h))
                    .map(String::as_str);
                self.add(
                    link,
                    Place {
                        entry: entry(Endpoint::TestRuns),
                        within: format!("record {}, {field}", n + 1),
                        origin: LinkOrigin::Record {
                            source: Source::Documented(Endpoint::TestRuns),
                            index: kept.index,
                            field: field.to_string(),
                            ids: LinkOrigin::ids_of(record),
                        },
                    },
                    Purpose {
                        folder,
                        name,
                        kind,
                        run,
                        hash_file,
                    },
                );
            }
        }
        for (n, kept) in kept(Endpoint::FileSetFiles)
            .into_iter()
            .flat_map(|s| s.kept.iter())
            .enumerate()
        {
            let record = &kept.record;
            let Some(link) = text(record, "hash_file_url") else {
                continue;
            };
            let upload = LinkId::field(record, "app_upload_id");
            let folder = format!(
                "files/test-files/{}",
                sanitize_segment(upload.as_ref().map_or("unknown", LinkId::shown))
            );
            self.add(
                link,
                Place {
                    entry: entry(Endpoint::FileSetFiles),
                    within: format!("record {}, hash_file_url", n + 1),
                    origin: LinkOrigin::Record {
                        source: Source::Documented(Endpoint::FileSetFiles),
                        index: kept.index,
                        field: "hash_file_url".into(),
                        ids: LinkOrigin::ids_of(record),
                    },
                },
                Purpose {
                    folder,
                    name: text(record, "path"),
                    kind: "test_file",
                    run: kept.rule.run(),
                    hash_file: LinkId::field(record, "hash_file_id"),
                },
            );
        }
        for (n, kept) in kept(Endpoint::Apps)
            .into_iter()
            .flat_map(|s| s.kept.iter())
            .enumerate()
        {
            if let Some(link) = text(&kept.record, "hash_files_url") {
                self.add(
                    link,
                    Place {
                        entry: entry(Endpoint::Apps),
                        within: format!("record {}, hash_files_url", n + 1),
                        origin: LinkOrigin::Record {
                            source: Source::Documented(Endpoint::Apps),
                            index: kept.index,
                            field: "hash_files_url".into(),
                            ids: Vec::new(),
                        },
                    },
                    Purpose {
                        folder: "files/app".into(),
                        name: None,
                        kind: "app_hash_files",
                        run: None,
                        hash_file: None,
                    },
                );
            }
        }
    }

    /// Files a selected run's report links to: every string that looks like an address under
    /// a key ending in `_url`, under `artifacts`, or in a device log field.
    pub fn add_from_report(&mut self, run_id: &str, report: &Value, entry: &str) {
        let folder = format!("files/report-artifacts/{}", sanitize_segment(run_id));
        let mut links = Vec::new();
        collect_links(report, "", false, &mut links);
        for (within, link) in links {
            let origin = LinkOrigin::Report {
                run: run_id.to_string(),
                path: within.clone(),
            };
            self.add(
                &link,
                Place {
                    entry,
                    within,
                    origin,
                },
                Purpose {
                    folder: folder.clone(),
                    name: None,
                    kind: "report_artifact",
                    run: Some(run_id),
                    hash_file: None,
                },
            );
        }
    }
}

/// True when a report's text is meant as an address (a log's text is not).
fn looks_like_link(text: &str) -> bool {
    let t = text.trim();
    t.contains("://") || t.starts_with('/')
}

fn collect_links(value: &Value, at: &str, link_context: bool, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                let context = link_context
                    || key.ends_with("_url")
                    || key == "artifacts"
                    || matches!(key.as_str(), "device_log" | "test_log" | "appium_log");
                let path = if at.is_empty() {
                    key.clone()
                } else {
                    format!("{at}.{key}")
                };
                collect_links(v, &path, context, out);
            }
        }
        Value::Array(items) => items
            .iter()
            .enumerate()
            .for_each(|(i, v)| collect_links(v, &format!("{at}[{i}]"), link_context, out)),
        Value::String(s) if link_context && looks_like_link(s) => {
            out.push((at.to_string(), s.clone()))
        }
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
            "id": "r", "stats": {"artifacts": {"screenshots": "https://s/blob/shots.zip?sig=1", "note": "not a link", "odd": "ftp://x/y"}},
            "device_logs": [{"device_snapshot_id": "d", "device_log": "https://s/d.log", "test_log": "plain text log"}],
            "features": [{"tests": [{"runs": [{"report_url": "/v0.1/x/report", "steps": [{"step_report_url": "//s/step"}]}]}]}],
            "errorMessage": "https://not-a-file-field"
        });
        let mut links = Vec::new();
        collect_links(&report, "", false, &mut links);
        // In the report's own order; "plain text log" and the error message are no links.
        assert_eq!(
            links,
            [
                (
                    "stats.artifacts.screenshots".to_string(),
                    "https://s/blob/shots.zip?sig=1".to_string()
                ),
                ("stats.artifacts.odd".into(), "ftp://x/y".into()),
                ("device_logs[0].device_log".into(), "https://s/d.log".into()),
                (
                    "features[0].tests[0].runs[0].report_url".into(),
                    "/v0.1/x/report".into()
                ),
                (
                    "features[0].tests[0].runs[0].steps[0].step_report_url".into(),
                    "//s/step".into()
                ),
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
