//! Which export records belong to the selected test runs: the linking rules of the contract's
//! README, applied strictly. A record is kept only when a documented link ties it to a selected
//! run; everything else is left out and only counted.
//!
//! - `testRuns`: `id` is a selected run id (or one of their reports' `app_upload_id`).
//! - `pipelineTests`, `fileSetFiles`: `app_upload_id` is one of those ids.
//! - `hashFiles`: `id` is referenced by a kept record (`app_hash_file_id`,
//!   `dsym_hash_file_id`, `hash_file_id`).
//! - `apps` (app-wide, `hash_files_url` lists every upload of the app) and records of
//!   endpoints the contract does not document: never part of a run selection.

use std::collections::{BTreeMap, BTreeSet};

use act_api::Raw;
use serde_json::Value;

/// The records of one export endpoint.
pub type Records = Vec<Raw<Value>>;

/// The ids that tie records to the selected runs.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Run ids and their reports' `app_upload_id`s.
    pub run_ids: BTreeSet<String>,
}

/// The outcome of scoping.
#[derive(Debug, Default)]
pub struct Scoped {
    /// Kept records by endpoint, in the server's order.
    pub kept: BTreeMap<String, Records>,
    /// Left-out records by endpoint: only their number goes into the archive.
    pub excluded: BTreeMap<String, u64>,
}

fn field<'a>(record: &'a Raw<Value>, name: &str) -> Option<&'a str> {
    record.raw.get(name).and_then(Value::as_str)
}

/// Splits `records` by endpoint into kept and excluded for `selection` (`None`: the whole app,
/// everything is kept).
pub fn apply(records: BTreeMap<String, Records>, selection: Option<&Selection>) -> Scoped {
    let Some(selection) = selection else {
        let excluded = records.keys().map(|k| (k.clone(), 0)).collect();
        return Scoped {
            kept: records,
            excluded,
        };
    };
    let ids = &selection.run_ids;
    let mut scoped = Scoped::default();
    let mut records = records;
    let mut hash_ids: BTreeSet<String> = BTreeSet::new();
    let run_linked =
        |name: &'static str| move |r: &Raw<Value>| field(r, name).is_some_and(|v| ids.contains(v));

    if let Some(list) = records.remove("testRuns") {
        split(&mut scoped, "testRuns", list, &run_linked("id"));
    }
    for endpoint in ["pipelineTests", "fileSetFiles"] {
        if let Some(list) = records.remove(endpoint) {
            split(&mut scoped, endpoint, list, &run_linked("app_upload_id"));
        }
    }
    for (endpoint, names) in [
        ("testRuns", &["app_hash_file_id", "dsym_hash_file_id"][..]),
        ("fileSetFiles", &["hash_file_id"][..]),
    ] {
        for record in scoped.kept.get(endpoint).into_iter().flatten() {
            hash_ids.extend(
                names
                    .iter()
                    .filter_map(|n| field(record, n))
                    .map(str::to_string),
            );
        }
    }
    if let Some(list) = records.remove("hashFiles") {
        split(&mut scoped, "hashFiles", list, &|r: &Raw<Value>| {
            field(r, "id").is_some_and(|v| hash_ids.contains(v))
        });
    }
    // App-wide and undocumented records cannot be tied to a run.
    for (endpoint, list) in records {
        split(&mut scoped, &endpoint, list, &|_| false);
    }
    scoped
}

fn split(
    scoped: &mut Scoped,
    endpoint: &str,
    records: Records,
    keep: &dyn Fn(&Raw<Value>) -> bool,
) {
    let (kept, left): (Records, Records) = records.into_iter().partition(|r| keep(r));
    scoped
        .excluded
        .insert(endpoint.to_string(), left.len() as u64);
    scoped.kept.insert(endpoint.to_string(), kept);
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn raw(v: Value) -> Raw<Value> {
        Raw::from_value(v).unwrap()
    }

    fn fixture() -> BTreeMap<String, Records> {
        let mut m = BTreeMap::new();
        m.insert("testRuns".into(), vec![
            raw(json!({"id": "run-a", "app_hash_file_id": "h-bin-a", "dsym_hash_file_id": "h-dsym-a"})),
            raw(json!({"id": "run-b", "app_hash_file_id": "h-bin-b"})),
            raw(json!({"locale": "en_US"})),
        ]);
        m.insert(
            "pipelineTests".into(),
            vec![
                raw(json!({"app_upload_id": "upload-a"})),
                raw(json!({"app_upload_id": "run-b"})),
            ],
        );
        m.insert(
            "fileSetFiles".into(),
            vec![
                raw(
                    json!({"path": "a.rb", "hash_file_id": "h-set-a", "app_upload_id": "upload-a"}),
                ),
                raw(json!({"path": "b.rb", "hash_file_id": "h-set-b", "app_upload_id": "run-b"})),
            ],
        );
        m.insert(
            "hashFiles".into(),
            ["h-bin-a", "h-dsym-a", "h-set-a", "h-bin-b", "h-set-b"]
                .iter()
                .map(|id| raw(json!({"id": id, "filename": format!("{id}.bin")})))
                .collect(),
        );
        m.insert(
            "apps".into(),
            vec![raw(json!({"hash_files_url": "https://x/all"}))],
        );
        m.insert("somethingNew".into(), vec![raw(json!({"id": "run-a"}))]);
        m
    }

    #[test]
    fn a_selection_keeps_only_what_links_to_it() {
        let selection = Selection {
            run_ids: ["run-a".to_string(), "upload-a".to_string()].into(),
        };
        let scoped = apply(fixture(), Some(&selection));
        let ids = |endpoint: &str, f: &str| -> Vec<String> {
            scoped.kept[endpoint]
                .iter()
                .map(|r| r.raw[f].as_str().unwrap_or("").to_string())
                .collect()
        };
        assert_eq!(ids("testRuns", "id"), ["run-a"]);
        assert_eq!(ids("pipelineTests", "app_upload_id"), ["upload-a"]);
        assert_eq!(ids("fileSetFiles", "path"), ["a.rb"]);
        assert_eq!(ids("hashFiles", "id"), ["h-bin-a", "h-dsym-a", "h-set-a"]);
        assert!(scoped.kept["apps"].is_empty());
        assert!(scoped.kept["somethingNew"].is_empty());
        let excluded: Vec<_> = scoped
            .excluded
            .iter()
            .map(|(k, v)| (k.as_str(), *v))
            .collect();
        assert_eq!(
            excluded,
            [
                ("apps", 1),
                ("fileSetFiles", 1),
                ("hashFiles", 2),
                ("pipelineTests", 1),
                ("somethingNew", 1),
                ("testRuns", 2)
            ]
        );
        let text = serde_json::to_string(
            &scoped
                .kept
                .values()
                .flatten()
                .map(|r| &r.raw)
                .collect::<Vec<_>>(),
        )
        .unwrap();
        assert!(!text.contains("run-b") && !text.contains("h-bin-b") && !text.contains("b.rb"));
    }

    #[test]
    fn the_whole_app_keeps_everything() {
        let scoped = apply(fixture(), None);
        assert_eq!(scoped.kept["hashFiles"].len(), 5);
        assert!(scoped.excluded.values().all(|n| *n == 0));
    }
}
