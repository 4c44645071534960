//! Which export records belong to the selected test runs: the linking rules of the contract's
//! README, applied strictly, on link ids read one way ([`LinkId`]). A record is kept only when
//! a documented link ties it to a selected run, and the rule that did is kept with it;
//! everything else is left out and only counted, by reason.
//!
//! - `testRuns`: `id` is a selected run's id, or the `app_upload_id` in a selected run's report.
//! - `pipelineTests`, `fileSetFiles`: `app_upload_id` is one of those ids.
//! - `hashFiles`: `id` is referenced by a kept record (`app_hash_file_id`,
//!   `dsym_hash_file_id` of `testRuns`, `hash_file_id` of `fileSetFiles`).
//! - `apps` (app-wide: `hash_files_url` lists every upload of the app) and records of endpoints
//!   the contract does not document: never part of a run selection.
//!
//! A record whose link field is missing, blank, or not a string links nothing, so it is never
//! kept in a run selection (counted as "no usable link").

use std::collections::BTreeMap;
use std::fmt;

use act_api::Endpoint;
use serde::{Serialize, Serializer};
use serde_json::Value;

use crate::lang::Lang;
use crate::links::LinkId;
use crate::messages::{text, Arg};

/// The endpoint records came from: one the contract documents, or one the app's resource list
/// named that it does not.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Source {
    Documented(Endpoint),
    Other(String),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Documented(e) => f.write_str(e.segment()),
            Source::Other(name) => f.write_str(name),
        }
    }
}

impl Serialize for Source {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// How an id belongs to the selection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tie {
    /// It is a selected run's id.
    Run(String),
    /// It is the `app_upload_id` in the report of this selected run.
    ReportUpload(String),
}

impl Tie {
    /// The selected run behind the tie.
    pub fn run(&self) -> &str {
        match self {
            Tie::Run(run) | Tie::ReportUpload(run) => run,
        }
    }
}

/// The ids that tie records to the selected runs.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    ties: BTreeMap<LinkId, Tie>,
}

impl Selection {
    /// A selected run. A run's own id ties more directly than an upload id that happens to
    /// equal it, so it wins.
    pub fn add_run(&mut self, run: &LinkId) {
        self.ties
            .insert(run.clone(), Tie::Run(run.shown().to_string()));
    }

    /// The `app_upload_id` in the report of selected run `run`.
    pub fn add_report_upload(&mut self, upload: &LinkId, run: &str) {
        self.ties
            .entry(upload.clone())
            .or_insert_with(|| Tie::ReportUpload(run.to_string()));
    }

    fn tie(&self, id: &LinkId) -> Option<&Tie> {
        self.ties.get(id)
    }
}

/// Why a record was kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    /// The whole app was exported.
    WholeApp,
    /// The record's `field` holds an id of the selection.
    Linked { field: &'static str, tie: Tie },
    /// The record is the uploaded file that field `field` of a kept `by` record names.
    HashFile {
        field: &'static str,
        by: Endpoint,
        run: String,
    },
}

impl Rule {
    /// The selected run the record belongs to (none for a whole-app export).
    pub fn run(&self) -> Option<&str> {
        match self {
            Rule::WholeApp => None,
            Rule::Linked { tie, .. } => Some(tie.run()),
            Rule::HashFile { run, .. } => Some(run),
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rule::WholeApp => f.write_str("the whole app was exported"),
            Rule::Linked {
                field,
                tie: Tie::Run(run),
            } => write!(f, "{field} is the selected run {run}"),
            Rule::Linked {
                field,
                tie: Tie::ReportUpload(run),
            } => write!(
                f,
                "{field} is the app_upload_id from the report of run {run}"
            ),
            Rule::HashFile { field, by, run } => {
                write!(f, "id is the {field} of the kept {by} record of run {run}")
            }
        }
    }
}

impl Serialize for Rule {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Why a record was left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Exclusion {
    /// Its link names a run that was not selected: another client's.
    OtherRun,
    /// Its link field is missing, blank or not a string: it cannot be tied to any run.
    NoUsableLink,
    /// An uploaded file no kept record uses.
    NotUsed,
    /// About the whole app (every client's uploads), not one test run.
    AppWide,
    /// A kind of record the contract does not document, so no rule can tie it to a run.
    Undocumented,
}

impl Exclusion {
    pub const ALL: [Exclusion; 5] = [
        Exclusion::OtherRun,
        Exclusion::NoUsableLink,
        Exclusion::NotUsed,
        Exclusion::AppWide,
        Exclusion::Undocumented,
    ];

    /// Why, said of one record, as the manifest's `excluded_because` names it.
    fn says(self) -> &'static str {
        match self {
            Exclusion::OtherRun => "belongs to a test run that was not chosen",
            Exclusion::NoUsableLink => "has no usable link to a test run",
            Exclusion::NotUsed => "is an uploaded file no chosen test run uses",
            Exclusion::AppWide => "is about the whole app, not one test run",
            Exclusion::Undocumented => "is of a kind the API does not document",
        }
    }

    /// The message that says, after a count of records, why they were left out.
    fn message(self) -> &'static str {
        match self {
            Exclusion::OtherRun => "record-other-run",
            Exclusion::NoUsableLink => "record-no-usable-link",
            Exclusion::NotUsed => "record-not-used",
            Exclusion::AppWide => "record-app-wide",
            Exclusion::Undocumented => "record-undocumented",
        }
    }

    /// The reason the manifest gives (`excluded_because`), read back.
    pub fn from_reason(reason: &str) -> Option<Exclusion> {
        Exclusion::ALL.into_iter().find(|e| e.says() == reason)
    }

    /// `n` records and why in `lang`, the words agreeing with the count: "1 record belongs to
    /// a test run that was not chosen", "16 records belong to test runs that were not chosen".
    pub fn counted(self, lang: Lang, n: u64) -> String {
        text(lang, self.message(), &[("n", Arg::Count(n))])
    }
}

impl fmt::Display for Exclusion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.says())
    }
}

impl Serialize for Exclusion {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A kept record and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Kept {
    pub record: Value,
    pub rule: Rule,
    /// Its place (0-based) in the endpoint's answer.
    pub index: usize,
}

/// One endpoint's records after scoping.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scoped {
    /// How many records the service returned.
    pub received: u64,
    /// The kept records, in the service's order.
    pub kept: Vec<Kept>,
    /// The left-out records, counted by reason (never the records themselves).
    pub excluded: BTreeMap<Exclusion, u64>,
}

impl Scoped {
    /// How many records were left out.
    pub fn excluded_total(&self) -> u64 {
        self.excluded.values().sum()
    }

    fn keep(&mut self, record: Value, rule: Rule) {
        let index = usize::try_from(self.received).unwrap_or(usize::MAX);
        self.received += 1;
        self.kept.push(Kept {
            record,
            rule,
            index,
        });
    }

    fn exclude(&mut self, why: Exclusion) {
        self.received += 1;
        *self.excluded.entry(why).or_default() += 1;
    }
}

/// The records of every endpoint, as the service returned them.
pub type Received = BTreeMap<Source, Vec<Value>>;

/// Splits each endpoint's records into kept and left out for `selection` (`None`: the whole
/// app, everything is kept).
pub fn apply(records: Received, selection: Option<&Selection>) -> BTreeMap<Source, Scoped> {
    let mut out: BTreeMap<Source, Scoped> = BTreeMap::new();
    let Some(selection) = selection else {
        for (source, list) in records {
            let scoped = out.entry(source).or_default();
            list.into_iter()
                .for_each(|r| scoped.keep(r, Rule::WholeApp));
        }
        return out;
    };
    let mut records = records;
    let mut take = |endpoint| {
        records
            .remove(&Source::Documented(endpoint))
            .map(|list| (endpoint, list))
    };
    let mut linked = Vec::new();
    for (endpoint, field) in [
        (Endpoint::TestRuns, "id"),
        (Endpoint::PipelineTests, "app_upload_id"),
        (Endpoint::FileSetFiles, "app_upload_id"),
    ] {
        if let Some((endpoint, list)) = take(endpoint) {
            linked.push((endpoint, field, list));
        }
    }
    let hash_files = take(Endpoint::HashFiles);
    let apps = take(Endpoint::Apps);

    // Uploaded files the kept records name, and which field of which record named each first.
    let mut used: BTreeMap<LinkId, Rule> = BTreeMap::new();
    for (endpoint, field, list) in linked {
        let scoped = out.entry(Source::Documented(endpoint)).or_default();
        for record in list {
            let Some(id) = LinkId::field(&record, field) else {
                scoped.exclude(Exclusion::NoUsableLink);
                continue;
            };
            let Some(tie) = selection.tie(&id) else {
                scoped.exclude(Exclusion::OtherRun);
                continue;
            };
            let references: &[&'static str] = match endpoint {
                Endpoint::TestRuns => &["app_hash_file_id", "dsym_hash_file_id"],
                Endpoint::FileSetFiles => &["hash_file_id"],
                _ => &[],
            };
            for reference in references {
                if let Some(hash) = LinkId::field(&record, reference) {
                    used.entry(hash).or_insert_with(|| Rule::HashFile {
                        field: reference,
                        by: endpoint,
                        run: tie.run().to_string(),
                    });
                }
            }
            scoped.keep(
                record,
                Rule::Linked {
                    field,
                    tie: tie.clone(),
                },
            );
        }
    }
    if let Some((endpoint, list)) = hash_files {
        let scoped = out.entry(Source::Documented(endpoint)).or_default();
        for record in list {
            match LinkId::field(&record, "id") {
                None => scoped.exclude(Exclusion::NoUsableLink),
                Some(id) => match used.get(&id) {
                    Some(rule) => scoped.keep(record, rule.clone()),
                    None => scoped.exclude(Exclusion::NotUsed),
                },
            }
        }
    }
    if let Some((endpoint, list)) = apps {
        let scoped = out.entry(Source::Documented(endpoint)).or_default();
        list.iter().for_each(|_| scoped.exclude(Exclusion::AppWide));
    }
    for (source, list) in records {
        let why = match source {
            Source::Documented(_) => Exclusion::AppWide,
            Source::Other(_) => Exclusion::Undocumented,
        };
        let scoped = out.entry(source).or_default();
        list.iter().for_each(|_| scoped.exclude(why));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_reason_agrees_with_its_count_and_reads_back() {
        for why in Exclusion::ALL {
            assert_eq!(Exclusion::from_reason(&why.to_string()), Some(why));
            let one = why.counted(Lang::En, 1);
            let (none, many) = (why.counted(Lang::En, 0), why.counted(Lang::En, 16));
            assert!(
                one.starts_with("1 record ") && one.ends_with(&why.to_string()),
                "{one}"
            );
            assert!(many.starts_with("16 records ") && none.starts_with("0 records "));
            assert_eq!(none[2..], many[3..], "0 and 16 agree alike");
            for singular in [" belongs ", " has ", " is ", " an "] {
                assert!(!many.contains(singular), "{many}");
            }
        }
        assert_eq!(
            Exclusion::OtherRun.counted(Lang::En, 1),
            "1 record belongs to a test run that was not chosen"
        );
        assert_eq!(
            Exclusion::OtherRun.counted(Lang::En, 16),
            "16 records belong to test runs that were not chosen"
        );
        assert_eq!(
            Exclusion::NotUsed.counted(Lang::En, 2),
            "2 records are uploaded files no chosen test run uses"
        );
        assert_eq!(Exclusion::from_reason("is blue"), None);
    }

    fn fixture() -> Received {
        let mut m = BTreeMap::new();
        m.insert(Source::Documented(Endpoint::TestRuns), vec![
            json!({"id": "run-a", "app_hash_file_id": "h-bin-a", "dsym_hash_file_id": "h-dsym-a"}),
            json!({"id": "run-b", "app_hash_file_id": "h-bin-b"}),
            json!({"locale": "en_US"}),
            json!({"id": "", "app_hash_file_id": "", "dsym_hash_file_id": ""}),
            json!({"id": 17}),
        ]);
        m.insert(
            Source::Documented(Endpoint::PipelineTests),
            vec![
                json!({"app_upload_id": "UPLOAD-A"}),
                json!({"app_upload_id": "run-b"}),
                json!({"app_upload_id": "  "}),
            ],
        );
        m.insert(
            Source::Documented(Endpoint::FileSetFiles),
            vec![
                json!({"path": "a.rb", "hash_file_id": "h-set-a", "app_upload_id": "upload-a"}),
                json!({"path": "b.rb", "hash_file_id": "h-set-b", "app_upload_id": "run-b"}),
                json!({"path": "x.rb", "hash_file_id": "", "app_upload_id": ""}),
            ],
        );
        m.insert(
            Source::Documented(Endpoint::HashFiles),
            ["H-BIN-A", "h-dsym-a", "h-set-a", "h-bin-b", "h-set-b", ""]
                .iter()
                .map(|id| json!({"id": id, "filename": format!("{id}.bin")}))
                .collect(),
        );
        m.insert(
            Source::Documented(Endpoint::Apps),
            vec![json!({"hash_files_url": "https://x/all"})],
        );
        m.insert(
            Source::Other("somethingNew".into()),
            vec![json!({"id": "run-a"})],
        );
        m
    }

    fn selection() -> Selection {
        let mut selection = Selection::default();
        selection.add_run(&LinkId::from_text("run-a").unwrap());
        selection.add_report_upload(&LinkId::from_text("upload-a").unwrap(), "run-a");
        selection
    }

    #[test]
    fn a_selection_keeps_only_what_links_to_it_and_says_why() {
        let scoped = apply(fixture(), Some(&selection()));
        let kept = |e: Endpoint, f: &str| -> Vec<String> {
            scoped[&Source::Documented(e)]
                .kept
                .iter()
                .map(|k| k.record[f].as_str().unwrap_or("").to_string())
                .collect()
        };
        assert_eq!(kept(Endpoint::TestRuns, "id"), ["run-a"]);
        assert_eq!(kept(Endpoint::PipelineTests, "app_upload_id"), ["UPLOAD-A"]);
        assert_eq!(kept(Endpoint::FileSetFiles, "path"), ["a.rb"]);
        assert_eq!(
            kept(Endpoint::HashFiles, "id"),
            ["H-BIN-A", "h-dsym-a", "h-set-a"]
        );
        assert!(scoped[&Source::Documented(Endpoint::Apps)].kept.is_empty());
        assert!(scoped[&Source::Other("somethingNew".into())]
            .kept
            .is_empty());

        let rules: Vec<String> = scoped[&Source::Documented(Endpoint::PipelineTests)]
            .kept
            .iter()
            .map(|k| k.rule.to_string())
            .collect();
        assert_eq!(
            rules,
            ["app_upload_id is the app_upload_id from the report of run run-a"]
        );
        assert_eq!(
            scoped[&Source::Documented(Endpoint::HashFiles)].kept[0]
                .rule
                .to_string(),
            "id is the app_hash_file_id of the kept testRuns record of run run-a"
        );

        let runs = &scoped[&Source::Documented(Endpoint::TestRuns)];
        assert_eq!(runs.received, 5);
        assert_eq!(runs.excluded[&Exclusion::OtherRun], 1);
        assert_eq!(runs.excluded[&Exclusion::NoUsableLink], 3);
        for scoped in scoped.values() {
            assert_eq!(
                scoped.received,
                scoped.kept.len() as u64 + scoped.excluded_total()
            );
        }
        let text = serde_json::to_string(
            &scoped
                .values()
                .flat_map(|s| s.kept.iter().map(|k| &k.record))
                .collect::<Vec<_>>(),
        )
        .unwrap();
        for other in ["run-b", "h-bin-b", "b.rb", "x.rb", "\"\""] {
            assert!(!text.contains(other), "{other} in {text}");
        }
    }

    #[test]
    fn blank_ids_never_link_even_when_the_selection_has_a_blank_report_id() {
        let mut selection = selection();
        // A report with `"app_upload_id": ""` adds nothing: LinkId refuses blanks.
        assert!(LinkId::from_text("").is_none());
        selection.add_run(&LinkId::from_text("run-a").unwrap());
        let scoped = apply(fixture(), Some(&selection));
        let hash = &scoped[&Source::Documented(Endpoint::HashFiles)];
        assert_eq!(hash.excluded[&Exclusion::NoUsableLink], 1);
    }

    #[test]
    fn the_whole_app_keeps_everything() {
        let scoped = apply(fixture(), None);
        assert_eq!(
            scoped[&Source::Documented(Endpoint::HashFiles)].kept.len(),
            6
        );
        assert!(scoped.values().all(|s| s.excluded.is_empty()));
    }
}
