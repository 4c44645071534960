//! Reading what the export needs from the API.

use std::collections::BTreeMap;

use std::collections::BTreeSet;

use act_api::models::{TestReport, TestRun};
use act_api::{strip_query, AppRef, Client, Endpoint, Operation, Raw, Url};
use futures_util::{StreamExt, TryStreamExt};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::ExportError;
use crate::links::LinkId;
use crate::progress::{Phase, Tracker};
use crate::request::Scope;
use crate::scope::{Received, Source};

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
                    .map_err(|e| ExportError::api(Phase::ReadingRuns, e))?;
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

/// The runs to read: the selection's (as the service writes their ids), or every run with a
/// usable id. Also the run-list entries without a usable id (they cannot be read one by one).
pub(crate) fn selected_ids(
    scope: &Scope,
    all_runs: &[Raw<TestRun>],
    app: &AppRef,
) -> Result<(Vec<String>, Vec<Value>), ExportError> {
    let listed: BTreeMap<LinkId, &str> = all_runs
        .iter()
        .filter_map(|r| {
            let id = LinkId::from_value(r.raw.get("id"))?;
            let text = r.data.id.as_deref()?.trim();
            Some((id, text))
        })
        .collect();
    let without_id: Vec<Value> = all_runs
        .iter()
        .filter(|r| LinkId::from_value(r.raw.get("id")).is_none())
        .map(|r| r.raw.clone())
        .collect();
    match scope {
        Scope::WholeApp => Ok((listed.values().map(|s| s.to_string()).collect(), without_id)),
        Scope::Runs { run_ids } => {
            let asked: BTreeSet<LinkId> = run_ids
                .iter()
                .filter_map(|id| LinkId::from_text(id))
                .collect();
            if let Some(unknown) = asked.iter().find(|id| !listed.contains_key(*id)) {
                return Err(ExportError::UnknownRun {
                    run_id: unknown.shown().to_string(),
                    app: app.to_string(),
                });
            }
            // In the app's own order, whatever order they were chosen in: the same selection
            // is the same plan (and the same archive), so that an unfinished export continues.
            let ids: Vec<String> = all_runs
                .iter()
                .filter_map(|r| {
                    let id = LinkId::from_value(r.raw.get("id"))?;
                    asked.contains(&id).then(|| listed[&id].to_string())
                })
                .collect();
            let mut seen = BTreeSet::new();
            let ids: Vec<String> = ids
                .into_iter()
                .filter(|id| LinkId::from_text(id).is_some_and(|l| seen.insert(l)))
                .collect();
            if ids.is_empty() {
                return Err(ExportError::NothingSelected);
            }
            Ok((ids, Vec::new()))
        }
    }
}

/// A link of the export resource list that was not followed, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotFollowed {
    /// The link (query string removed), or its text when it is no address.
    pub link: String,
    pub reason: String,
}

/// Why a link was not followed (the manifest's `reason`), besides an address that cannot be
/// read or is no web address (the reason is then the error, [`act_api::LinkError`]).
const NO_ADDRESS: &str = "the link has no address";
const OTHER_HOST: &str = "it points at another host, which must not receive the API token";
const NOT_THIS_APPS: &str = "it is not one of this app's export records";

impl NotFollowed {
    /// Why, for the person who asked for their data: the id of the message that says it
    /// after a count of links ("2 had no address").
    pub(crate) fn reason_message(&self) -> &'static str {
        match self.reason.as_str() {
            NO_ADDRESS => "link-no-address",
            OTHER_HOST => "link-other-host",
            NOT_THIS_APPS => "link-not-this-apps",
            // An address that cannot be read, or not a web address (`mailto:`...).
            _ => "link-no-web-page",
        }
    }
}

impl NotFollowed {
    /// Why, on its own (README.html's list): the id of its message, or none for an address
    /// that could not be read (its reason is the error's own words).
    pub(crate) fn reason_alone(&self) -> Option<&'static str> {
        match self.reason.as_str() {
            NO_ADDRESS => Some("reason-no-address"),
            OTHER_HOST => Some("reason-other-host"),
            NOT_THIS_APPS => Some("reason-not-this-apps"),
            _ => None,
        }
    }
}

/// What the export resource list led to.
pub(crate) struct ExportRecords {
    /// Records by endpoint, as the service sent them.
    pub records: Received,
    /// Links that were not followed: only this app's export sub-endpoints on the API's origin
    /// are (any other host must never receive the token, and nothing else belongs to this
    /// app's export). A documented endpoint such a link stood for is read at its documented
    /// address instead.
    pub not_followed: Vec<NotFollowed>,
    /// Where each endpoint's records were read (to read them again for fresh links).
    pub urls: BTreeMap<Source, Url>,
}

/// Where a resource-list link leads: one of this app's export sub-endpoints, or why not.
fn classify(client: &Client, folder: &Url, path: &str) -> Result<(Source, Url), String> {
    let url = client.resolve(path).map_err(|e| e.to_string())?;
    if !client.is_api_origin(&url) {
        return Err(OTHER_HOST.into());
    }
    let decoded = |u: &Url| -> Vec<String> {
        u.path_segments()
            .map(|s| {
                s.map(|seg| crate::files::decode_segment(seg).to_ascii_lowercase())
                    .collect()
            })
            .unwrap_or_default()
    };
    let folder_segments = decoded(folder);
    let segments = decoded(&url);
    // The folder URL ends with an empty segment (its trailing slash).
    let prefix = &folder_segments[..folder_segments.len().saturating_sub(1)];
    let name_at = prefix.len();
    let inside = segments.len() == name_at + 1
        && segments[..name_at] == *prefix
        && !segments[name_at].is_empty();
    if !inside {
        return Err(NOT_THIS_APPS.into());
    }
    let raw_name = url
        .path_segments()
        .and_then(|mut s| s.next_back())
        .map(crate::files::decode_segment)
        .unwrap_or_default();
    let source = match Endpoint::from_name(&raw_name) {
        Some(e) if Endpoint::APP.contains(&e) => Source::Documented(e),
        _ => Source::Other(raw_name),
    };
    Ok((source, url))
}

/// Reads the app's export resource list, follows its links to this app's export
/// sub-endpoints, and reads any documented sub-endpoint the list left out.
pub(crate) async fn export_records(
    client: &Client,
    app: &AppRef,
    parallel: usize,
    tracker: &Tracker,
) -> Result<ExportRecords, ExportError> {
    let fail = |e| ExportError::api(Phase::ReadingExportRecords, e);
    let index = client.export_resources(app).await.map_err(fail)?;
    let folder = client.export_folder_url(app).map_err(fail)?;
    let mut targets: BTreeMap<Source, Url> = BTreeMap::new();
    let mut not_followed = Vec::new();
    for link in &index.data.resources {
        let Some(path) = link.path.as_deref().filter(|p| !p.trim().is_empty()) else {
            not_followed.push(NotFollowed {
                link: link.rel.clone().unwrap_or_default(),
                reason: NO_ADDRESS.into(),
            });
            continue;
        };
        match classify(client, &folder, path) {
            Ok((source, url)) => {
                targets.entry(source).or_insert(url);
            }
            Err(reason) => not_followed.push(NotFollowed {
                link: client
                    .resolve(path)
                    .map(|u| strip_query(&u))
                    .unwrap_or_else(|_| {
                        path.chars().filter(|c| !c.is_control()).take(200).collect()
                    }),
                reason,
            }),
        }
    }
    for endpoint in Endpoint::APP {
        if let std::collections::btree_map::Entry::Vacant(slot) =
            targets.entry(Source::Documented(endpoint))
        {
            slot.insert(client.export_endpoint_url(app, endpoint).map_err(fail)?);
        }
    }
    tracker.update(true, |p| p.items_total = targets.len() as u64);
    let urls = targets.clone();
    let records = futures_util::stream::iter(targets)
        .map(|(source, url)| async move {
            let operation = match &source {
                Source::Documented(e) => Operation::AppExport(*e),
                Source::Other(name) => Operation::OtherExport(name.clone()),
            };
            let records = client.export_link(operation, &url).await.map_err(fail)?;
            tracker.update(false, |p| {
                p.items_done += 1;
                p.current = Some(source.to_string());
            });
            let records: Vec<Value> = records.into_iter().map(|r| r.raw).collect();
            Ok::<_, ExportError>((source, records))
        })
        .buffer_unordered(parallel)
        .try_collect()
        .await?;
    Ok(ExportRecords {
        records,
        not_followed,
        urls,
    })
}

/// The token owner's account-level export records (off unless asked for).
pub(crate) async fn account_records(
    client: &Client,
) -> Result<BTreeMap<Endpoint, Vec<Value>>, ExportError> {
    let mut out = BTreeMap::new();
    for endpoint in Endpoint::ACCOUNT {
        let records = client
            .account_export_records(endpoint)
            .await
            .map_err(|e| ExportError::api(Phase::ReadingAccountData, e))?;
        out.insert(endpoint, records.into_iter().map(|r| r.raw).collect());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use act_api::{ApiToken, BaseUrl, ClientConfig};

    fn client() -> Client {
        let config = ClientConfig {
            base_url: BaseUrl::parse("https://api.example").unwrap(),
            ..ClientConfig::default()
        };
        Client::new(config, ApiToken::new("t")).unwrap()
    }

    #[test]
    fn only_this_apps_export_links_are_followed() {
        let c = client();
        let app = AppRef::parse("org/app").unwrap();
        let folder = c.export_folder_url(&app).unwrap();
        let ok = |path: &str| classify(&c, &folder, path).map(|(s, _)| s.to_string());
        assert_eq!(
            ok("/v0.1/apps/org/app/test/export/hashFiles"),
            Ok("hashFiles".into())
        );
        assert_eq!(
            ok("https://api.example/v0.1/apps/ORG/app/test/export/HASHFILES"),
            Ok("hashFiles".into())
        );
        assert_eq!(
            ok("/v0.1/apps/org/app/test/export/brandNew"),
            Ok("brandNew".into())
        );
        for refused in [
            "/v0.1/apps/org/other/test/export/hashFiles",
            "/v0.1/account/test/export/accounts",
            "/v0.1/apps/org/app/test/export/hashFiles/extra",
            "/v0.1/apps/org/app/test/export/",
            "/v0.1/user",
            "https://storage.example/v0.1/apps/org/app/test/export/hashFiles",
            "//storage.example/v0.1/apps/org/app/test/export/hashFiles",
            "mailto:someone@example.com",
            "http://[not an address",
        ] {
            assert!(ok(refused).is_err(), "{refused}");
        }
    }
}
