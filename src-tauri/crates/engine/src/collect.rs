//! Reading what the export needs from the API.

use std::collections::BTreeMap;

use act_api::models::{TestReport, TestRun};
use act_api::{AppRef, Client, Raw, Url, APP_EXPORT_ENDPOINTS};
use futures_util::{StreamExt, TryStreamExt};
use serde_json::Value;

use crate::error::{ExportError, Step};
use crate::progress::Tracker;
use crate::scope::Records;

/// A selected run with its report.
pub(crate) struct RunBundle {
    pub run: Raw<TestRun>,
    pub report: Raw<TestReport>,
}

/// Reads each selected run and its report, `parallel` at a time, in the order given.
pub(crate) async fn runs(
    client: &Client,
    app: &AppRef,
    ids: &[String],
    parallel: usize,
    tracker: &Tracker,
) -> Result<Vec<RunBundle>, ExportError> {
    futures_util::stream::iter(ids.iter().cloned())
        .map(|id| async move {
            let (run, report) =
                tokio::try_join!(client.test_run(app, &id), client.test_report(app, &id))
                    .map_err(|e| ExportError::api(Step::FetchRuns, e))?;
            tracker.update(false, |p| {
                p.items_done += 1;
                p.current = Some(id.clone());
            });
            Ok::<_, ExportError>(RunBundle { run, report })
        })
        .buffered(parallel)
        .try_collect()
        .await
}

/// What the export resource list led to.
pub(crate) struct ExportRecords {
    /// Records by endpoint name (`testRuns`, `hashFiles`... or the link's `rel`).
    pub records: BTreeMap<String, Records>,
    /// Links that were not followed because they point at another host (which must never
    /// receive the token); the documented endpoint on the API was read instead.
    pub not_followed: Vec<String>,
}

/// The endpoint a resource-list link stands for: its `rel`, or its path's last segment.
fn endpoint_name(rel: Option<&str>, url: &Url) -> String {
    let from_path = url
        .path_segments()
        .and_then(|mut s| s.next_back())
        .unwrap_or("");
    let known = |name: &str| {
        APP_EXPORT_ENDPOINTS
            .iter()
            .find(|e| e.eq_ignore_ascii_case(name))
    };
    if let Some(endpoint) = rel.and_then(known).or_else(|| known(from_path)) {
        return (*endpoint).to_string();
    }
    rel.filter(|r| !r.trim().is_empty())
        .unwrap_or(from_path)
        .to_string()
}

/// Reads the app's export resource list, follows its links (on the API's origin only), and
/// reads any documented sub-endpoint the list left out.
pub(crate) async fn export_records(
    client: &Client,
    app: &AppRef,
    parallel: usize,
    tracker: &Tracker,
) -> Result<ExportRecords, ExportError> {
    let fail = |e| ExportError::api(Step::FetchExportRecords, e);
    let index = client.export_resources(app).await.map_err(fail)?;
    let mut targets: BTreeMap<String, Url> = BTreeMap::new();
    let mut not_followed = Vec::new();
    for link in &index.data.resources {
        let Some(path) = link.path.as_deref().filter(|p| !p.trim().is_empty()) else {
            continue;
        };
        let url = client.resolve(path).map_err(fail)?;
        if !client.is_api_origin(&url) {
            not_followed.push(act_api::strip_query(&url));
            continue;
        }
        targets
            .entry(endpoint_name(link.rel.as_deref(), &url))
            .or_insert(url);
    }
    for endpoint in APP_EXPORT_ENDPOINTS {
        if !targets.contains_key(endpoint) {
            targets.insert(
                endpoint.to_string(),
                client.export_endpoint_url(app, endpoint).map_err(fail)?,
            );
        }
    }
    tracker.update(true, |p| p.items_total = targets.len() as u64);
    let records = futures_util::stream::iter(targets)
        .map(|(name, url)| async move {
            let operation = format!("export {name}");
            let records = client.export_link(&operation, &url).await.map_err(fail)?;
            tracker.update(false, |p| {
                p.items_done += 1;
                p.current = Some(name.clone());
            });
            Ok::<_, ExportError>((name, records))
        })
        .buffer_unordered(parallel)
        .try_collect()
        .await?;
    Ok(ExportRecords {
        records,
        not_followed,
    })
}

/// The token owner's account-level export records (off unless asked for).
pub(crate) async fn account_records(
    client: &Client,
) -> Result<BTreeMap<String, Vec<Raw<Value>>>, ExportError> {
    let fail = |e| ExportError::api(Step::FetchAccountData, e);
    let mut out = BTreeMap::new();
    for endpoint in act_api::ACCOUNT_EXPORT_ENDPOINTS {
        let url = client
            .api_url(&["account", "test", "export", endpoint])
            .map_err(fail)?;
        out.insert(
            endpoint.to_string(),
            client
                .export_link(&format!("account export {endpoint}"), &url)
                .await
                .map_err(fail)?,
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoint_names_come_from_rel_or_path() {
        let url = Url::parse("https://h/v0.1/apps/o/a/test/export/hashFiles").unwrap();
        assert_eq!(endpoint_name(Some("hashfiles"), &url), "hashFiles");
        assert_eq!(endpoint_name(None, &url), "hashFiles");
        assert_eq!(endpoint_name(Some("self"), &url), "hashFiles");
        let other = Url::parse("https://h/v0.1/apps/o/a/test/export/brandNew").unwrap();
        assert_eq!(endpoint_name(Some("brand-new"), &other), "brand-new");
        assert_eq!(endpoint_name(None, &other), "brandNew");
    }
}
