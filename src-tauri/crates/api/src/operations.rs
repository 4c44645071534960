//! The 15 operations of the contract, by their operation ids.

use serde_json::Value;
use url::Url;

use crate::client::Client;
use crate::error::{ApiError, ErrorKind};
use crate::models::{
    many, one_or_many, App, GdprAccount, GdprApp, GdprFeatureFlag, GdprFileSetFile, GdprHashFile,
    GdprPipelineTest, GdprTestRun, Organization, Raw, ResourceList, TestReport, TestRun,
    UserProfile,
};

/// The app-level export sub-endpoints, as `(rel, path segment)`: what `/test/export` links to.
pub const APP_EXPORT_ENDPOINTS: [&str; 5] = [
    "testRuns",
    "pipelineTests",
    "hashFiles",
    "fileSetFiles",
    "apps",
];

/// The account-level export sub-endpoints.
pub const ACCOUNT_EXPORT_ENDPOINTS: [&str; 2] = ["accounts", "featureFlags"];

/// An app as its URL names it: `owner/app`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
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
        let mut url = self.base_url().join("v0.1").map_err(|e| {
            ApiError::new(ErrorKind::InvalidSettings, "build URL", String::new()).with_source(e)
        })?;
        url.path_segments_mut()
            .map_err(|()| ApiError::new(ErrorKind::InvalidSettings, "build URL", String::new()))?
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
        operation: &str,
        url: &Url,
        parse: fn(Value) -> Result<T, serde_json::Error>,
    ) -> Result<T, ApiError> {
        let value = self.get_json(operation, url).await?;
        parse(value).map_err(|e| {
            ApiError::new(
                ErrorKind::InvalidResponse,
                operation,
                crate::base_url::strip_query(url),
            )
            .with_detail(format!("the answer does not have the expected form ({e})"))
        })
    }

    /// `users_get`: the token owner's profile. Also the way to check a token.
    pub async fn user(&self) -> Result<Raw<UserProfile>, ApiError> {
        let url = self.api_url(&["user"])?;
        self.typed("users_get", &url, Raw::from_value).await
    }

    /// `apps_list`: the apps the token can see.
    pub async fn apps(&self) -> Result<Vec<Raw<App>>, ApiError> {
        let url = self.api_url(&["apps"])?;
        self.typed("apps_list", &url, many).await
    }

    /// `organizations_list`: the organizations the token owner belongs to.
    pub async fn orgs(&self) -> Result<Vec<Raw<Organization>>, ApiError> {
        let url = self.api_url(&["orgs"])?;
        self.typed("organizations_list", &url, many).await
    }

    /// `test_getTestRuns`: every test run of an app.
    pub async fn test_runs(&self, app: &AppRef) -> Result<Vec<Raw<TestRun>>, ApiError> {
        let url = self.app_url(app, &["test_runs"])?;
        self.typed("test_getTestRuns", &url, many).await
    }

    /// `test_getTestRun`: one test run.
    pub async fn test_run(&self, app: &AppRef, run_id: &str) -> Result<Raw<TestRun>, ApiError> {
        let url = self.app_url(app, &["test_runs", run_id])?;
        self.typed("test_getTestRun", &url, Raw::from_value).await
    }

    /// `test_getTestReport`: a test run's full report.
    pub async fn test_report(
        &self,
        app: &AppRef,
        run_id: &str,
    ) -> Result<Raw<TestReport>, ApiError> {
        let url = self.app_url(app, &["test_runs", run_id, "report"])?;
        self.typed("test_getTestReport", &url, Raw::from_value)
            .await
    }

    /// `test_gdprExportApps`: the app's export resource list.
    pub async fn export_resources(&self, app: &AppRef) -> Result<Raw<ResourceList>, ApiError> {
        let url = self.app_url(app, &["test", "export"])?;
        self.typed("test_gdprExportApps", &url, Raw::from_value)
            .await
    }

    /// The URL of an app-level export sub-endpoint (one of [`APP_EXPORT_ENDPOINTS`]).
    pub fn export_endpoint_url(&self, app: &AppRef, endpoint: &str) -> Result<Url, ApiError> {
        self.app_url(app, &["test", "export", endpoint])
    }

    /// `test_gdprExportTestRun`.
    pub async fn export_test_runs(&self, app: &AppRef) -> Result<Vec<Raw<GdprTestRun>>, ApiError> {
        let url = self.export_endpoint_url(app, "testRuns")?;
        self.typed("test_gdprExportTestRun", &url, one_or_many)
            .await
    }

    /// `test_gdprExportPipelineTest`.
    pub async fn export_pipeline_tests(
        &self,
        app: &AppRef,
    ) -> Result<Vec<Raw<GdprPipelineTest>>, ApiError> {
        let url = self.export_endpoint_url(app, "pipelineTests")?;
        self.typed("test_gdprExportPipelineTest", &url, one_or_many)
            .await
    }

    /// `test_gdprExportHashFile`.
    pub async fn export_hash_files(
        &self,
        app: &AppRef,
    ) -> Result<Vec<Raw<GdprHashFile>>, ApiError> {
        let url = self.export_endpoint_url(app, "hashFiles")?;
        self.typed("test_gdprExportHashFile", &url, one_or_many)
            .await
    }

    /// `test_gdprExportFileSetFile`.
    pub async fn export_file_set_files(
        &self,
        app: &AppRef,
    ) -> Result<Vec<Raw<GdprFileSetFile>>, ApiError> {
        let url = self.export_endpoint_url(app, "fileSetFiles")?;
        self.typed("test_gdprExportFileSetFile", &url, one_or_many)
            .await
    }

    /// `test_gdprExportApp`.
    pub async fn export_apps(&self, app: &AppRef) -> Result<Vec<Raw<GdprApp>>, ApiError> {
        let url = self.export_endpoint_url(app, "apps")?;
        self.typed("test_gdprExportApp", &url, one_or_many).await
    }

    /// `test_gdprExportAccounts`: the account-level export resource list.
    pub async fn account_export_resources(&self) -> Result<Raw<ResourceList>, ApiError> {
        let url = self.api_url(&["account", "test", "export"])?;
        self.typed("test_gdprExportAccounts", &url, Raw::from_value)
            .await
    }

    /// `test_gdprExportAccount`.
    pub async fn account_export_accounts(&self) -> Result<Vec<Raw<GdprAccount>>, ApiError> {
        let url = self.api_url(&["account", "test", "export", "accounts"])?;
        self.typed("test_gdprExportAccount", &url, one_or_many)
            .await
    }

    /// `test_gdprExportFeatureFlag`.
    pub async fn account_export_feature_flags(
        &self,
    ) -> Result<Vec<Raw<GdprFeatureFlag>>, ApiError> {
        let url = self.api_url(&["account", "test", "export", "featureFlags"])?;
        self.typed("test_gdprExportFeatureFlag", &url, one_or_many)
            .await
    }

    /// Follows a link from a resource list: records of any kind, one object or an array.
    /// The operation name is given by the caller (the link's `rel` or endpoint).
    pub async fn export_link(
        &self,
        operation: &str,
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
