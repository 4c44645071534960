//! Property test of the archive's promise on generated services: two to four clients share an
//! app; their export records carry link fields as odd services write them (blank, whitespace,
//! `null`, numbers, GUIDs in either letter case), binaries shared between clients, files told
//! apart only by the query string, and records that link to nothing. The plan for one
//! client's runs keeps every record and file of that client and nothing of anyone else's.

use std::collections::{BTreeMap, BTreeSet};

use act_api::{BaseUrl, Endpoint};
use act_engine::plan::{plan, PlanInput, RunInput};
use act_engine::scope::Source;
use proptest::prelude::*;
use serde_json::{json, Value};

/// How a record writes an id: as it is, in upper case, or padded with spaces.
#[derive(Debug, Clone, Copy)]
enum Spelling {
    AsIs,
    Upper,
    Padded,
}

fn spell(id: &str, spelling: Spelling) -> Value {
    match spelling {
        Spelling::AsIs => json!(id),
        Spelling::Upper => json!(id.to_ascii_uppercase()),
        Spelling::Padded => json!(format!("  {id}\t")),
    }
}

/// A link field that links nothing.
fn junk(n: u8) -> Value {
    match n % 5 {
        0 => json!(""),
        1 => json!("   "),
        2 => Value::Null,
        3 => json!(12345),
        _ => json!({"id": "not a string"}),
    }
}

#[derive(Debug, Clone)]
struct GenRun {
    /// The upload id differs from the run id.
    separate_upload: bool,
    /// The report leaves its upload id blank (only where it is the run's own id).
    blank_report_upload: bool,
    /// The run uses the binary of client 0's first run.
    shares_binary: bool,
    spelling: Spelling,
}

#[derive(Debug, Clone)]
struct World {
    clients: Vec<Vec<GenRun>>,
    junk: Vec<u8>,
}

fn spelling() -> impl Strategy<Value = Spelling> {
    prop_oneof![
        Just(Spelling::AsIs),
        Just(Spelling::Upper),
        Just(Spelling::Padded)
    ]
}

fn world() -> impl Strategy<Value = World> {
    let run = (any::<bool>(), any::<bool>(), any::<bool>(), spelling()).prop_map(
        |(separate_upload, blank, shares_binary, spelling)| GenRun {
            separate_upload,
            blank_report_upload: blank && !separate_upload,
            shares_binary,
            spelling,
        },
    );
    (
        prop::collection::vec(prop::collection::vec(run, 1..4), 2..5),
        prop::collection::vec(any::<u8>(), 0..8),
    )
        .prop_map(|(clients, junk)| World { clients, junk })
}

fn guid(client: usize, run: usize, what: u8) -> String {
    format!("{client:08x}-{run:04x}-4{what:03x}-8000-00000000abcd")
}

/// A service's answers for `world`. Every record carries its owner's marker ("client-N",
/// "shared-binary" for a binary several clients use, "junk" for records that link nothing).
struct Service {
    runs: Vec<Vec<RunInput>>,
    received: BTreeMap<Source, Vec<Value>>,
    /// Each client's file addresses.
    owned_files: Vec<BTreeSet<String>>,
}

fn service(world: &World) -> Service {
    let mut received: BTreeMap<Source, Vec<Value>> = BTreeMap::new();
    let mut push =
        |e: Endpoint, v: Value| received.entry(Source::Documented(e)).or_default().push(v);
    let mut runs = Vec::new();
    let mut owned_files = Vec::new();
    let shared_binary = guid(0xff, 0, 0xb);
    for (c, client) in world.clients.iter().enumerate() {
        let marker = format!("client-{c}");
        let mut inputs = Vec::new();
        let mut files = BTreeSet::new();
        for (r, run) in client.iter().enumerate() {
            let id = guid(c, r, 1);
            let upload = if run.separate_upload {
                guid(c, r, 2)
            } else {
                id.clone()
            };
            let binary = if run.shares_binary {
                shared_binary.clone()
            } else {
                guid(c, r, 0xb)
            };
            let set_file = guid(c, r, 0x5);
            let s = run.spelling;
            inputs.push(RunInput {
                id: id.clone(),
                run: json!({"id": id, "testSeries": marker}),
                report: json!({
                    "id": id,
                    "app_upload_id": if run.blank_report_upload { String::new() } else { upload.clone() },
                    "stats": {"artifacts": {"log": format!("https://storage.example/dl?file=log-{c}-{r}&sig=1")}},
                }),
            });
            let binary_url = format!("https://storage.example/dl?file=bin-{binary}&sig=2");
            let icon_url = format!("https://storage.example/dl?file=icon-{c}-{r}&sig=3");
            let set_url = format!("https://storage.example/dl?file=set-{c}-{r}&sig=4");
            files.extend([
                binary_url.clone(),
                icon_url.clone(),
                set_url.clone(),
                format!("https://storage.example/dl?file=log-{c}-{r}&sig=1"),
            ]);
            push(
                Endpoint::TestRuns,
                json!({"id": spell(&id, s), "app_hash_file_id": spell(&binary, s),
                "app_hash_file_url": binary_url, "app_icon_url": icon_url, "locale": marker}),
            );
            push(
                Endpoint::PipelineTests,
                json!({"app_upload_id": spell(&upload, s), "test_parameters": {"m": marker}}),
            );
            push(
                Endpoint::FileSetFiles,
                json!({"app_upload_id": spell(&upload, s), "hash_file_id": spell(&set_file, s),
                "hash_file_url": set_url, "path": format!("{marker}/steps.rb")}),
            );
            if !run.shares_binary {
                push(
                    Endpoint::HashFiles,
                    json!({"id": spell(&binary, s), "filename": format!("{marker}.apk")}),
                );
            }
            push(
                Endpoint::HashFiles,
                json!({"id": spell(&set_file, s), "filename": format!("{marker}.rb")}),
            );
        }
        runs.push(inputs);
        owned_files.push(files);
    }
    for (n, j) in world.junk.iter().enumerate() {
        let url = format!("https://storage.example/dl?file=junk-{n}&sig=9");
        push(
            Endpoint::TestRuns,
            json!({"id": junk(*j), "app_hash_file_id": junk(j.wrapping_add(1)),
            "app_hash_file_url": url, "locale": "junk"}),
        );
        push(
            Endpoint::PipelineTests,
            json!({"app_upload_id": junk(*j), "test_parameters": {"m": "junk"}}),
        );
        push(
            Endpoint::FileSetFiles,
            json!({"app_upload_id": junk(*j), "hash_file_id": junk(*j),
            "hash_file_url": url, "path": "junk/x.rb"}),
        );
        push(
            Endpoint::HashFiles,
            json!({"id": junk(*j), "filename": "junk.apk"}),
        );
    }
    if world.clients.iter().flatten().any(|r| r.shares_binary) {
        push(
            Endpoint::HashFiles,
            json!({"id": shared_binary, "filename": "shared-binary.apk"}),
        );
    }
    push(
        Endpoint::Apps,
        json!({"hash_files_url": "https://storage.example/dl?file=all&sig=0"}),
    );
    Service {
        runs,
        received,
        owned_files,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn one_clients_plan_holds_all_of_theirs_and_nothing_else(world in world(), chosen in 0usize..4) {
        let chosen = chosen % world.clients.len();
        let service = service(&world);
        let uses_shared = world.clients[chosen].iter().any(|r| r.shares_binary);
        let plan = plan(PlanInput {
            base_url: BaseUrl::parse("https://api.example").unwrap(),
            whole_app: false,
            runs: service.runs[chosen].clone(),
            listings_without_id: Vec::new(),
            received: service.received.clone(),
            include_files: true,
            account: Vec::new(),
        });
        let mine = format!("client-{chosen}");
        let runs_of_client = world.clients[chosen].len();
        // Every record of the chosen client is kept, nothing of another client or of nobody.
        for (source, scoped) in &plan.scoped {
            let owners: Vec<String> = scoped
                .kept
                .iter()
                .map(|k| {
                    let text = k.record.to_string();
                    if text.contains("shared-binary") {
                        "shared-binary".to_string()
                    } else {
                        text.split("client-").nth(1).map(|n| format!("client-{}", &n[..1])).unwrap_or_else(|| "junk".into())
                    }
                })
                .collect();
            for owner in &owners {
                prop_assert!(owner == &mine || (owner == "shared-binary" && uses_shared),
                    "{source}: kept a record of {owner}");
            }
            let expected = match source {
                Source::Documented(Endpoint::TestRuns | Endpoint::PipelineTests | Endpoint::FileSetFiles) => runs_of_client,
                Source::Documented(Endpoint::HashFiles) => {
                    let own_binaries = world.clients[chosen].iter().filter(|r| !r.shares_binary).count();
                    own_binaries + runs_of_client + usize::from(uses_shared)
                }
                _ => 0,
            };
            prop_assert_eq!(scoped.kept.len(), expected, "{}", source);
            prop_assert_eq!(scoped.received, scoped.kept.len() as u64 + scoped.excluded_total());
        }
        // Every file of theirs is planned (told apart by the full address), nothing else.
        let planned: BTreeSet<String> = plan.files.files.iter().map(|f| f.url.to_string()).collect();
        // The shared binary has one address, whoever uses it: it is planned once.
        prop_assert_eq!(&planned, &service.owned_files[chosen]);
        for link in &plan.files.links {
            prop_assert!(link.target.is_ok(), "{:?}", link);
        }
    }
}
