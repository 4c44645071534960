//! The Test export sub-endpoints of the contract, by name. One enum for the client, the engine
//! and the sample server, so that no endpoint is a string literal spelled in several places.

use std::fmt;

/// A documented export sub-endpoint: `.../test/export/{segment}` (app level) or
/// `/v0.1/account/test/export/{segment}` (account level).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Endpoint {
    /// `TestGDPRTestRun`: a run's binary, symbols, icon and locale.
    TestRuns,
    /// `TestGDPRPipelineTest`: a run's test parameters.
    PipelineTests,
    /// `TestGDPRHashFile`: an uploaded file's id and name.
    HashFiles,
    /// `TestGDPRFileSetFile`: a file of a run's test file set.
    FileSetFiles,
    /// `TestGDPRApp`: the app-wide list of uploaded files.
    Apps,
    /// `TestGDPRAccount` (account level): the token owner's account.
    Accounts,
    /// `TestGDPRFeatureFlag` (account level).
    FeatureFlags,
}

impl Endpoint {
    /// The app-level endpoints, in the order the contract lists them.
    pub const APP: [Endpoint; 5] = [
        Endpoint::TestRuns,
        Endpoint::PipelineTests,
        Endpoint::HashFiles,
        Endpoint::FileSetFiles,
        Endpoint::Apps,
    ];

    /// The account-level endpoints.
    pub const ACCOUNT: [Endpoint; 2] = [Endpoint::Accounts, Endpoint::FeatureFlags];

    /// The path segment (and the `rel` the resource list uses).
    pub fn segment(self) -> &'static str {
        match self {
            Endpoint::TestRuns => "testRuns",
            Endpoint::PipelineTests => "pipelineTests",
            Endpoint::HashFiles => "hashFiles",
            Endpoint::FileSetFiles => "fileSetFiles",
            Endpoint::Apps => "apps",
            Endpoint::Accounts => "accounts",
            Endpoint::FeatureFlags => "featureFlags",
        }
    }

    /// The contract's operation id.
    pub fn operation_id(self) -> &'static str {
        match self {
            Endpoint::TestRuns => "test_gdprExportTestRun",
            Endpoint::PipelineTests => "test_gdprExportPipelineTest",
            Endpoint::HashFiles => "test_gdprExportHashFile",
            Endpoint::FileSetFiles => "test_gdprExportFileSetFile",
            Endpoint::Apps => "test_gdprExportApp",
            Endpoint::Accounts => "test_gdprExportAccount",
            Endpoint::FeatureFlags => "test_gdprExportFeatureFlag",
        }
    }

    /// What the records are, in words.
    pub fn words(self) -> &'static str {
        match self {
            Endpoint::TestRuns => "test runs",
            Endpoint::PipelineTests => "pipeline tests",
            Endpoint::HashFiles => "uploaded files",
            Endpoint::FileSetFiles => "test files",
            Endpoint::Apps => "the app's file list",
            Endpoint::Accounts => "accounts",
            Endpoint::FeatureFlags => "feature flags",
        }
    }

    /// The endpoint a path segment or `rel` names (compared without regard to case).
    pub fn from_name(name: &str) -> Option<Endpoint> {
        Endpoint::APP
            .iter()
            .chain(Endpoint::ACCOUNT.iter())
            .copied()
            .find(|e| e.segment().eq_ignore_ascii_case(name.trim()))
    }
}

impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.segment())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_without_regard_to_case() {
        for endpoint in Endpoint::APP.iter().chain(Endpoint::ACCOUNT.iter()) {
            assert_eq!(Endpoint::from_name(endpoint.segment()), Some(*endpoint));
            let upper = endpoint.segment().to_ascii_uppercase();
            assert_eq!(Endpoint::from_name(&upper), Some(*endpoint));
        }
        assert_eq!(Endpoint::from_name("self"), None);
    }
}
