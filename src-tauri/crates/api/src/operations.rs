//! The 15 operations of the contract.

use serde_json::Value;
use url::Url;

use crate::client::Client;
use crate::endpoint::Endpoint;
use crate::error::{ApiError, ErrorKind};
use crate::models::{
    many, one_or_many, App, Organization, Raw, ResourceList, TestReport, TestRun, UserProfile,
};
use crate::operation::Operation;

/// An app as its URL names it: `owner/app`.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct AppRef {
    pub owner: String,
    pub app: String,
}

impl AppRef {
    /// Parses `owner/app`.
    pub fn parse(slug: &str) -> Option<AppRef> {
        let (owner, app) = slug.trim().split_once('/')?;
        if owner.is_empty() || app.is_empty() || app.contains('/') {
            return None;
        }
        Some(AppRef {
            owner: owner.to_string(),
            app: app.to_string(),
        })
    }
}

impl std::fmt::Display for AppRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.owner, self.app)
    }
}

impl Client {
    /// Builds an API URL from path segments, each percent-encoded.
    pub fn api_url(&self, segments: &[&str]) -> Result<Url, ApiError> {
        let invalid = || {
            ApiError::new(
                ErrorKind::InvalidSettings,
                &Operation::CheckToken,
                String::new(),
            )
        };
        let mut url = self
            .base_url()
            .join("v0.1")
            .map_err(|e| invalid().with_source(e))?;
        url.path_segments_mut()
            .map_err(|()| invalid())?
            .extend(segments);
        Ok(url)
    }

    fn app_url(&self, app: &AppRef, rest: &[&str]) -> Result<Url, ApiError> {
        let mut segments = vec!["apps", app.owner.as_str(), app.app.as_str()];
        segments.extend_from_slice(rest);
        self.api_url(&segments)
    }

    async fn typed<T>(
        &self,
        operation: Operation,
        url: &Url,
        parse: fn(Value) -> Result<T, serde_json::Error>,
    ) -> Result<T, ApiError> {
        let value = self.get_json(&operation, url).await?;
        parse(value).map_err(|e| {
            ApiError::new(
                ErrorKind::InvalidResponse,
                &operation,
                crate::base_url::strip_query(url),
            )
            .with_detail(format!("the answer does not have the expected form ({e})"))
        })
    }

    /// `users_get`: the token owner's profile. Also the way to check a token.
    pub async fn user(&self) -> Result<Raw<UserProfile>, ApiError> {
        let url = self.api_url(&["user"])?;
        self.typed(Operation::CheckToken, &url, Raw::from_value)
            .await
    }

    /// `apps_list`: the apps the token can see.
    pub async fn apps(&self) -> Result<Vec<Raw<App>>, ApiError> {
        let url = self.api_url(&["apps"])?;
        self.typed(Operation::ListApps, &url, many).await
    }

    /// `organizations_list`: the organizations the token owner belongs to.
    pub async fn orgs(&self) -> Result<Vec<Raw<Organization>>, ApiError> {
        let url = self.api_url(&["orgs"])?;
        self.typed(Operation::ListOrganizations, &url, many).await
    }

    /// `test_getTestRuns`: every test run of an app.
    pub async fn test_runs(&self, app: &AppRef) -> Result<Vec<Raw<TestRun>>, ApiError> {
        let url = self.app_url(app, &["test_runs"])?;
        self.typed(Operation::ListTestRuns, &url, many).await
    }

    /// `test_getTestRun`: one test run.
    pub async fn test_run(&self, app: &AppRef, run_id: &str) -> Result<Raw<TestRun>, ApiError> {
        let url = self.app_url(app, &["test_runs", run_id])?;
        self.typed(Operation::GetTestRun, &url, Raw::from_value)
            .await
    }

    /// `test_getTestReport`: a test run's full report.
    pub async fn test_report(
        &self,
        app: &AppRef,
        run_id: &str,
    ) -> Result<Raw<TestReport>, ApiError> {
        let url = self.app_url(app, &["test_runs", run_id, "report"])?;
        self.typed(Operation::GetTestReport, &url, Raw::from_value)
            .await
    }

    /// `test_gdprExportApps`: the app's export resource list.
    pub async fn export_resources(&self, app: &AppRef) -> Result<Raw<ResourceList>, ApiError> {
        let url = self.app_url(app, &["test", "export"])?;
        self.typed(Operation::AppExportIndex, &url, Raw::from_value)
            .await
    }

    /// The URL of an app-level export sub-endpoint.
    pub fn export_endpoint_url(&self, app: &AppRef, endpoint: Endpoint) -> Result<Url, ApiError> {
        self.app_url(app, &["test", "export", endpoint.segment()])
    }

    /// The folder every app-level export link of `app` is under:
    /// `.../v0.1/apps/{owner}/{app}/test/export/`.
    pub fn export_folder_url(&self, app: &AppRef) -> Result<Url, ApiError> {
        self.app_url(app, &["test", "export", ""])
    }

    /// An app-level export sub-endpoint's records (`test_gdprExport*`): one object or an
    /// array, each kept as the JSON it was.
    pub async fn export_records(
        &self,
        app: &AppRef,
        endpoint: Endpoint,
    ) -> Result<Vec<Raw<Value>>, ApiError> {
        let url = self.export_endpoint_url(app, endpoint)?;
        self.export_link(Operation::AppExport(endpoint), &url).await
    }

    /// `test_gdprExportAccounts`: the account-level export resource list.
    pub async fn account_export_resources(&self) -> Result<Raw<ResourceList>, ApiError> {
        let url = self.api_url(&["account", "test", "export"])?;
        self.typed(Operation::AccountExportIndex, &url, Raw::from_value)
            .await
    }

    /// An account-level export sub-endpoint's records.
    pub async fn account_export_records(
        &self,
        endpoint: Endpoint,
    ) -> Result<Vec<Raw<Value>>, ApiError> {
        let url = self.api_url(&["account", "test", "export", endpoint.segment()])?;
        self.export_link(Operation::AccountExport(endpoint), &url)
            .await
    }

    /// Follows a link from a resource list: records of any kind, one object or an array.
    pub async fn export_link(
        &self,
        operation: Operation,
        url: &Url,
    ) -> Result<Vec<Raw<Value>>, ApiError> {
        self.typed(operation, url, one_or_many).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn app_refs() {
        let app = AppRef::parse(" owner/my-app ").unwrap();
        assert_eq!(app.to_string(), "owner/my-app");
        for bad in ["", "owner", "/app", "owner/", "a/b/c"] {
            assert!(AppRef::parse(bad).is_none(), "{bad}");
        }
    }
}
