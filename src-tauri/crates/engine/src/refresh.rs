//! Fresh links for files whose pre-signed link expired: the storage answers 403 or 410, and the
//! record or report that named the file is read again for a new link (once per file). One
//! fresh read of an endpoint or report serves every file that needs it at that moment.

use std::collections::{BTreeMap, HashMap};

use act_api::{AppRef, Client, Operation, Url};
use serde_json::Value;
use tokio::time::Instant;

use crate::files::LinkOrigin;
use crate::links::text;
use crate::scope::Source;

/// What was read again, and when.
type Fresh = (Instant, Value);

/// Reads records and reports again for fresh links.
pub(crate) struct Refresher<'a> {
    client: &'a Client,
    app: &'a AppRef,
    /// Where each endpoint's records were read.
    endpoints: &'a BTreeMap<Source, Url>,
    cache: tokio::sync::Mutex<HashMap<String, Fresh>>,
}

/// The value at a report path such as `device_logs[0].device_log`.
fn at_path<'v>(value: &'v Value, path: &str) -> Option<&'v Value> {
    let mut current = value;
    for part in path.split('.') {
        let (name, indices) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if !name.is_empty() {
            current = current.get(name)?;
        }
        for index in indices.split('[').filter(|s| !s.is_empty()) {
            let index: usize = index.trim_end_matches(']').parse().ok()?;
            current = current.get(index)?;
        }
    }
    Some(current)
}

impl<'a> Refresher<'a> {
    pub(crate) fn new(
        client: &'a Client,
        app: &'a AppRef,
        endpoints: &'a BTreeMap<Source, Url>,
    ) -> Refresher<'a> {
        Refresher {
            client,
            app,
            endpoints,
            cache: tokio::sync::Mutex::new(HashMap::new()),
        }
    }

    /// The answer behind `key`, read again unless a read began after `since` already.
    async fn read(&self, key: String, since: Instant, origin: &LinkOrigin) -> Option<Value> {
        let mut cache = self.cache.lock().await;
        if let Some((at, value)) = cache.get(&key) {
            if *at >= since {
                return Some(value.clone());
            }
        }
        let began = Instant::now();
        let value = match origin {
            LinkOrigin::Record { source, .. } => {
                let url = self.endpoints.get(source)?;
                let operation = match source {
                    Source::Documented(e) => Operation::AppExport(*e),
                    Source::Other(name) => Operation::OtherExport(name.clone()),
                };
                let records = self.client.export_link(operation, url).await.ok()?;
                Value::Array(records.into_iter().map(|r| r.raw).collect())
            }
            LinkOrigin::Report { run, .. } => {
                self.client.test_report(self.app, run).await.ok()?.raw
            }
        };
        cache.insert(key, (began, value.clone()));
        Some(value)
    }

    /// A fresh link for the file found at `origin`, read after `since` (when its old link
    /// failed). `None` when the record or field is gone.
    pub(crate) async fn fresh_link(&self, origin: &LinkOrigin, since: Instant) -> Option<String> {
        match origin {
            LinkOrigin::Record {
                source,
                index,
                field,
                ids,
            } => {
                let records = self
                    .read(format!("records {source}"), since, origin)
                    .await?;
                let records = records.as_array()?;
                let same = |r: &&Value| ids.is_empty() || LinkOrigin::same_record(ids, r);
                let record = records
                    .get(*index)
                    .filter(same)
                    .or_else(|| records.iter().find(|r| same(r) && !ids.is_empty()))?;
                text(record, field).map(str::to_string)
            }
            LinkOrigin::Report { run, path } => {
                let report = self.read(format!("report {run}"), since, origin).await?;
                at_path(&report, path)?.as_str().map(str::to_string)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn report_paths_lead_to_their_value() {
        let report = json!({"stats": {"artifacts": {"shots": "a"}}, "device_logs": [{"x": 1}, {"device_log": "b"}],
            "features": [{"tests": [{"runs": [{"steps": [{"step_report_url": "c"}]}]}]}]});
        assert_eq!(at_path(&report, "stats.artifacts.shots"), Some(&json!("a")));
        assert_eq!(
            at_path(&report, "device_logs[1].device_log"),
            Some(&json!("b"))
        );
        assert_eq!(
            at_path(
                &report,
                "features[0].tests[0].runs[0].steps[0].step_report_url"
            ),
            Some(&json!("c"))
        );
        assert_eq!(at_path(&report, "device_logs[5].device_log"), None);
        assert_eq!(at_path(&report, "nothing.here"), None);
    }
}
