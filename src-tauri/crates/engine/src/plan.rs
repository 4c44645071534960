//! The pure core of an export: from what the service returned to what the archive will hold.
//! No network, no files: the selection's link ids, the scoped records with the rule that kept
//! each, every archive entry's name, and every file link with the download it leads to. The
//! export runs exactly this, and the property tests run it on generated services.

use std::collections::BTreeMap;

use act_api::{BaseUrl, Endpoint};
use serde_json::Value;

use crate::files::{FilePlan, Planner};
use crate::links::LinkId;
use crate::names::EntryNames;
use crate::scope::{self, Received, Scoped, Selection, Source};

/// A run to export, as read: its id (as the run list writes it), the run and its report.
#[derive(Debug, Clone, PartialEq)]
pub struct RunInput {
    pub id: String,
    pub run: Value,
    pub report: Value,
}

/// What the service returned, and what to make of it.
#[derive(Debug, Clone)]
pub struct PlanInput {
    /// The API's address: relative links in the records resolve against it.
    pub base_url: BaseUrl,
    /// The whole app (everything kept), or only `runs` (the selection).
    pub whole_app: bool,
    pub runs: Vec<RunInput>,
    /// Run-list entries without a usable id (archived as listed in a whole-app export).
    pub listings_without_id: Vec<Value>,
    /// Every export endpoint's records.
    pub received: Received,
    /// Plan the files the kept records and reports link to.
    pub include_files: bool,
    /// Account-level endpoints whose records will be archived too.
    pub account: Vec<Endpoint>,
}

/// A run and where it and its report go.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedRun {
    pub input: RunInput,
    pub run_entry: String,
    pub report_entry: String,
}

/// What the archive will hold.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub runs: Vec<PlannedRun>,
    /// Run listings without an id, and their entries.
    pub listings: Vec<(Value, String)>,
    /// Each endpoint's records, kept (with why) and left out (counted).
    pub scoped: BTreeMap<Source, Scoped>,
    /// Where each endpoint's kept records go (one JSON list per endpoint).
    pub record_entries: BTreeMap<Source, String>,
    /// Where each account endpoint's records go.
    pub account_entries: BTreeMap<Endpoint, String>,
    /// Every file link and the downloads they lead to.
    pub files: FilePlan,
}

/// The ids that tie records to `runs`: each run's id and the `app_upload_id` in its report
/// (read as link ids: a blank one ties nothing).
pub fn selection(runs: &[RunInput]) -> Selection {
    let mut selection = Selection::default();
    for run in runs {
        for id in [
            LinkId::from_text(&run.id),
            LinkId::from_value(run.run.get("id")),
        ]
        .into_iter()
        .flatten()
        {
            selection.add_run(&id);
        }
        if let Some(upload) = LinkId::from_value(run.report.get("app_upload_id")) {
            selection.add_report_upload(&upload, &run.id);
        }
    }
    selection
}

/// Plans the archive of one app.
pub fn plan(input: PlanInput) -> Plan {
    let mut names = archive_names();
    plan_in(input, &mut names)
}

/// The names of an archive: `manifest.json`, and `README.html` and `HOW-TO-OPEN.txt` in every
/// language (`LISEZMOI.html`, `COMMENT-OUVRIR.txt`...), are taken.
pub fn archive_names() -> EntryNames {
    let mut names = EntryNames::default();
    for fixed in crate::toplevel::reserved() {
        names.reserve(&fixed);
    }
    names
}

/// Plans one app's part of an archive, its entries named by `names` (which an archive of
/// several apps shares, each app under its own prefix).
pub fn plan_in(input: PlanInput, names: &mut EntryNames) -> Plan {
    let selection = selection(&input.runs);
    let scoped = scope::apply(input.received, (!input.whole_app).then_some(&selection));
    let runs: Vec<PlannedRun> = input
        .runs
        .into_iter()
        .map(|run| PlannedRun {
            run_entry: names.claim("data/test-runs", &format!("{}.json", run.id)),
            report_entry: names.claim("data/test-reports", &format!("{}.json", run.id)),
            input: run,
        })
        .collect();
    let listings = input
        .listings_without_id
        .into_iter()
        .enumerate()
        .map(|(n, listing)| {
            let entry = names.claim("data/test-runs", &format!("run-without-id-{}.json", n + 1));
            (listing, entry)
        })
        .collect();
    let record_entries: BTreeMap<Source, String> = scoped
        .keys()
        .map(|source| {
            (
                source.clone(),
                names.claim("data/export", &format!("{source}.json")),
            )
        })
        .collect();
    let account_entries = input
        .account
        .iter()
        .map(|e| (*e, names.claim("data/account", &format!("{e}.json"))))
        .collect();
    let mut planner = Planner::new(&input.base_url, names);
    if input.include_files {
        planner.add_from_records(&scoped, &record_entries);
        for run in &runs {
            planner.add_from_report(&run.input.id, &run.input.report, &run.report_entry);
        }
    }
    let files = std::mem::take(&mut planner.plan);
    Plan {
        runs,
        listings,
        scoped,
        record_entries,
        account_entries,
        files,
    }
}
