//! Typed views of the API's answers. Every record keeps the JSON exactly as the server sent it
//! ([`Raw::raw`]) beside the typed view, so an export never drops a field we do not know.
//!
//! Field names follow the wire: `TestRun` is camelCase, `TestReport` both. The `TestGDPR*`
//! export records are read as JSON only ([`Raw`] of a `Value`): every one of their fields is
//! optional and the export engine reads their links tolerantly (a blank or mistyped id is an
//! absent link, not a failed export).

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A record: the typed view and the JSON as it came.
#[derive(Debug, Clone, PartialEq)]
pub struct Raw<T> {
    pub data: T,
    pub raw: Value,
}

impl<T: DeserializeOwned> Raw<T> {
    /// Reads the typed view out of `raw`; `raw` is kept untouched.
    pub fn from_value(raw: Value) -> Result<Self, serde_json::Error> {
        let data = T::deserialize(&raw)?;
        Ok(Raw { data, raw })
    }
}

/// Reads an answer that may be one object or an array of objects (the export sub-endpoints:
/// their schema is one object, their description says "lists").
pub fn one_or_many<T: DeserializeOwned>(value: Value) -> Result<Vec<Raw<T>>, serde_json::Error> {
    match value {
        Value::Array(items) => items.into_iter().map(Raw::from_value).collect(),
        other => Ok(vec![Raw::from_value(other)?]),
    }
}

/// Reads an answer that must be an array.
pub fn many<T: DeserializeOwned>(value: Value) -> Result<Vec<Raw<T>>, serde_json::Error> {
    let items: Vec<Value> = serde_json::from_value(value)?;
    items.into_iter().map(Raw::from_value).collect()
}

/// `GET /v0.1/user`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UserProfile {
    pub id: String,
    pub name: String,
    pub display_name: String,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub origin: Option<String>,
    #[serde(default)]
    pub avatar_url: Option<String>,
}

/// The owner of an app: a person or an organization.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Owner {
    #[serde(default)]
    pub id: Option<String>,
    pub name: String,
    #[serde(default)]
    pub display_name: Option<String>,
    /// `org` or `user`.
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
}

/// `GET /v0.1/apps` items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct App {
    #[serde(default)]
    pub id: Option<String>,
    pub name: String,
    #[serde(default)]
    pub display_name: Option<String>,
    #[serde(default)]
    pub os: Option<String>,
    #[serde(default)]
    pub platform: Option<String>,
    pub owner: Owner,
}

impl App {
    /// `owner/app`, as used in every app path.
    pub fn slug(&self) -> String {
        format!("{}/{}", self.owner.name, self.name)
    }
}

/// `GET /v0.1/orgs` items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organization {
    #[serde(default)]
    pub id: Option<String>,
    pub name: String,
    #[serde(default)]
    pub display_name: Option<String>,
}

/// A test run's counts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TestRunStatistics {
    pub devices: Option<f64>,
    pub devices_finished: Option<f64>,
    pub devices_failed: Option<f64>,
    pub total: Option<f64>,
    pub passed: Option<f64>,
    pub failed: Option<f64>,
    pub skipped: Option<f64>,
    pub peak_memory: Option<f64>,
    pub total_device_minutes: Option<f64>,
}

/// `GET .../test_runs` items and `GET .../test_runs/{id}`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct TestRun {
    pub id: Option<String>,
    pub date: Option<String>,
    pub app_version: Option<String>,
    pub test_series: Option<String>,
    pub platform: Option<String>,
    pub run_status: Option<String>,
    pub result_status: Option<String>,
    pub description: Option<String>,
    pub stats: Option<TestRunStatistics>,
    pub test_type: Option<String>,
}

/// `GET .../test_runs/{id}/report`: only what the export needs is typed (the run's
/// `app_upload_id` and the URLs of its artifacts); the rest stays in [`Raw::raw`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TestReport {
    pub id: Option<String>,
    pub app_upload_id: Option<String>,
    pub date: Option<String>,
    pub date_finished: Option<String>,
    pub stats: Option<ReportStats>,
    pub device_logs: Vec<DeviceLog>,
    pub features: Vec<Map<String, Value>>,
}

/// The part of a report's `stats` with the artifact links.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReportStats {
    pub artifacts: Option<Map<String, Value>>,
}

/// A device's logs in a report (each may be a link to the log file).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DeviceLog {
    pub device_snapshot_id: Option<String>,
    pub device_log: Option<String>,
    pub test_log: Option<String>,
    pub appium_log: Option<String>,
}

/// `GET .../test/export` and `GET /v0.1/account/test/export`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ResourceList {
    pub resources: Vec<ResourceLink>,
}

/// A link in a [`ResourceList`]. `rel` is undocumented; `path` may be relative or absolute.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ResourceLink {
    pub rel: Option<String>,
    pub path: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn unknown_fields_are_kept_in_raw() {
        let raw = json!({"id": "r", "appVersion": "1.0", "x_new": {"a": 1}});
        let record: Raw<TestRun> = Raw::from_value(raw.clone()).unwrap();
        assert_eq!(record.data.app_version.as_deref(), Some("1.0"));
        assert_eq!(record.raw, raw);
    }

    #[test]
    fn one_object_or_an_array() {
        let one: Vec<Raw<Value>> = one_or_many(json!({"id": "a"})).unwrap();
        assert_eq!(one.len(), 1);
        let two: Vec<Raw<Value>> = one_or_many(json!([{"id": "a"}, {}])).unwrap();
        assert_eq!(two.len(), 2);
        assert_eq!(two[1].raw, json!({}));
    }

    #[test]
    fn wrong_types_are_an_error_not_a_silent_drop() {
        assert!(Raw::<TestRun>::from_value(json!({"id": 17})).is_err());
        assert!(many::<TestRun>(json!({"id": "x"})).is_err());
    }

    #[test]
    fn test_runs_use_camel_case() {
        let run: TestRun = serde_json::from_value(json!({
            "id": "r", "appVersion": "1.2", "testSeries": "s", "stats": {"devicesFinished": 3}
        }))
        .unwrap();
        assert_eq!(run.app_version.as_deref(), Some("1.2"));
        assert_eq!(run.stats.unwrap().devices_finished, Some(3.0));
    }
}
