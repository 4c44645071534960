//! What a call does: the contract's operation, as a type (never a string split again).

use std::fmt;

use crate::endpoint::Endpoint;

/// One operation of the client.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Operation {
    /// `users_get`: also the way to check a token.
    CheckToken,
    /// `apps_list`.
    ListApps,
    /// `organizations_list`.
    ListOrganizations,
    /// `test_getTestRuns`.
    ListTestRuns,
    /// `test_getTestRun`.
    GetTestRun,
    /// `test_getTestReport`.
    GetTestReport,
    /// `test_gdprExportApps`: an app's export resource list.
    AppExportIndex,
    /// `test_gdprExportAccounts`: the account's export resource list.
    AccountExportIndex,
    /// An app-level export sub-endpoint the contract documents.
    AppExport(Endpoint),
    /// An account-level export sub-endpoint.
    AccountExport(Endpoint),
    /// An app-level export link the contract does not document (named by its `rel` or path).
    OtherExport(String),
    /// Downloading a file.
    Download,
}

impl Operation {
    /// The contract's operation id, or a name of ours for what the contract has none for.
    pub fn id(&self) -> String {
        match self {
            Operation::CheckToken => "users_get".into(),
            Operation::ListApps => "apps_list".into(),
            Operation::ListOrganizations => "organizations_list".into(),
            Operation::ListTestRuns => "test_getTestRuns".into(),
            Operation::GetTestRun => "test_getTestRun".into(),
            Operation::GetTestReport => "test_getTestReport".into(),
            Operation::AppExportIndex => "test_gdprExportApps".into(),
            Operation::AccountExportIndex => "test_gdprExportAccounts".into(),
            Operation::AppExport(e) | Operation::AccountExport(e) => e.operation_id().into(),
            Operation::OtherExport(name) => format!("export {name}"),
            Operation::Download => "download".into(),
        }
    }
}

impl fmt::Display for Operation {
    /// What the operation does, in words ("Reading the export records (hashFiles)").
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Operation::CheckToken => f.write_str("Checking the API token"),
            Operation::ListApps => f.write_str("Listing the apps"),
            Operation::ListOrganizations => f.write_str("Listing the organizations"),
            Operation::ListTestRuns => f.write_str("Listing the app's test runs"),
            Operation::GetTestRun => f.write_str("Reading a test run"),
            Operation::GetTestReport => f.write_str("Reading a test run's report"),
            Operation::AppExportIndex => f.write_str("Reading the app's list of export records"),
            Operation::AccountExportIndex => {
                f.write_str("Reading the account's list of export records")
            }
            Operation::AppExport(e) => write!(f, "Reading the export records ({e})"),
            Operation::AccountExport(e) => write!(f, "Reading the account's export records ({e})"),
            Operation::OtherExport(name) => write!(f, "Reading the export records ({name})"),
            Operation::Download => f.write_str("Downloading a file"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_the_contracts_and_words_are_plain() {
        assert_eq!(Operation::ListTestRuns.id(), "test_getTestRuns");
        assert_eq!(
            Operation::AppExport(Endpoint::HashFiles).id(),
            "test_gdprExportHashFile"
        );
        assert_eq!(
            Operation::AppExport(Endpoint::HashFiles).to_string(),
            "Reading the export records (hashFiles)"
        );
        assert_eq!(
            Operation::OtherExport("brandNew".into()).id(),
            "export brandNew"
        );
    }
}
