//! Contract tests: every kind of answer the sample server gives validates against the schemas of
//! the published contract, read from `shared/appcenter-api/appcenter-test-export.openapi3.json`
//! beside the repository at test time. Nothing is copied from it.

use std::path::PathBuf;

use act_sample_server::{
    Fault, FaultKind, LinkStyle, RetryHint, SampleServer, Shape, Target, SAMPLE_TOKEN,
};
use act_test_support::server;
use serde_json::{json, Value};

/// The contract, or `None` (after saying so) where `shared/` is absent and not required.
fn contract() -> Option<Value> {
    let path = std::env::var_os("ACT_EXPORT_CONTRACT_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../../shared/appcenter-api")
        })
        .join("appcenter-test-export.openapi3.json");
    match std::fs::read(&path) {
        Ok(bytes) => Some(serde_json::from_slice(&bytes).expect("the contract is JSON")),
        Err(error) => {
            if std::env::var("ACT_EXPORT_REQUIRE_CONTRACT").as_deref() == Ok("1") {
                panic!(
                    "the API contract {} is required here: {error}",
                    path.display()
                );
            }
            eprintln!(
                "SKIPPED: the API contract {} is not here ({error})",
                path.display()
            );
            None
        }
    }
}

struct Checker {
    contract: Value,
}

impl Checker {
    /// Validates `instance` against `schema` (which may `$ref` the contract's components).
    /// Where the server answers an array for a single-object schema, each item is validated.
    fn check(&self, what: &str, schema: &Value, instance: &Value) {
        let errors = self.errors(schema, instance);
        assert!(
            errors.is_empty(),
            "{what} does not match the contract:\n{}\n{instance:#}",
            errors.join("\n")
        );
    }

    /// Every way `instance` breaks `schema`.
    fn errors(&self, schema: &Value, instance: &Value) -> Vec<String> {
        let is_array_schema = schema.get("type") == Some(&json!("array"));
        let items: Vec<&Value> = match instance {
            Value::Array(items) if !is_array_schema => items.iter().collect(),
            other => vec![other],
        };
        let mut wrapped = schema.as_object().cloned().unwrap();
        wrapped.insert("components".into(), self.contract["components"].clone());
        let validator = jsonschema::options()
            .with_draft(jsonschema::Draft::Draft201909)
            .should_validate_formats(true)
            .build(&Value::Object(wrapped))
            .unwrap_or_else(|e| panic!("schema does not compile: {e}"));
        items
            .into_iter()
            .flat_map(|item| {
                validator
                    .iter_errors(item)
                    .map(|e| format!("{} at {}", e, e.instance_path()))
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    fn component(&self, name: &str) -> Value {
        json!({"$ref": format!("#/components/schemas/{name}")})
    }
}

async fn get(client: &reqwest::Client, url: &str, token: Option<&str>) -> (u16, Value) {
    let mut request = client.get(url);
    if let Some(token) = token {
        request = request.header("X-API-Token", token);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let body = response.bytes().await.unwrap();
    (status, serde_json::from_slice(&body).unwrap_or(Value::Null))
}

/// Calls every operation of the contract for every app (and a few runs of each), checks the
/// answers, and returns how many distinct operations were checked.
async fn check_all_operations(server: &SampleServer, checker: &Checker, label: &str) -> usize {
    let http = reqwest::Client::new();
    let mut operations = std::collections::BTreeSet::new();
    let paths = checker.contract["paths"].as_object().unwrap();
    for app in &server.dataset().apps {
        for run in app.runs.iter().take(3) {
            for (template, item) in paths {
                let operation = &item["get"];
                let path = template
                    .replace("{owner_name}", &app.owner.name)
                    .replace("{app_name}", &app.name)
                    .replace("{test_run_id}", &run.id);
                let (status, body) = get(
                    &http,
                    &format!("{}{path}", server.api_url()),
                    Some(SAMPLE_TOKEN),
                )
                .await;
                assert_eq!(status, 200, "{label}: {path}");
                let schema =
                    &operation["responses"]["200"]["content"]["application/json"]["schema"];
                assert!(schema.is_object(), "{template} declares a JSON answer");
                checker.check(&format!("{label}: {path}"), schema, &body);
                operations.insert(operation["operationId"].as_str().unwrap().to_string());
            }
        }
    }
    operations.len()
}

#[tokio::test]
async fn every_operation_matches_the_contract_in_every_shape() {
    let Some(contract) = contract() else { return };
    let checker = Checker { contract };
    let server = server().await;

    assert_eq!(check_all_operations(&server, &checker, "default").await, 15);

    server.controls().update(|s| s.shape = Shape::Object);
    check_all_operations(&server, &checker, "object shape").await;
    server.controls().update(|s| {
        s.shape = Shape::Array;
        s.links = LinkStyle::Absolute;
        s.hostile_names = true;
    });
    check_all_operations(&server, &checker, "absolute links, hostile names").await;
    // What odd but contract-abiding services do: GUIDs in upper case, files told apart only by
    // the query string, protocol-relative file links. (Blank ids, `blank_links`, are outside
    // the contract's uuid format: real services send them anyway, and the engine's tests use
    // them.)
    for (label, addresses) in [
        (
            "upper-case ids, query addresses",
            act_sample_server::FileAddresses::Query,
        ),
        (
            "upper-case ids, protocol-relative links",
            act_sample_server::FileAddresses::ProtocolRelative,
        ),
    ] {
        server.controls().update(|s| {
            s.hostile_names = false;
            s.upper_case_ids = true;
            s.file_addresses = addresses;
        });
        check_all_operations(&server, &checker, label).await;
    }
    server.shutdown().await;
}

#[tokio::test]
async fn object_shape_really_answers_a_bare_object() {
    let Some(_) = contract() else { return };
    let server = server().await;
    server.controls().update(|s| s.shape = Shape::Object);
    let single = server
        .dataset()
        .apps
        .iter()
        .find(|a| a.runs.len() == 1)
        .expect("an app with one run");
    let url = format!(
        "{}/v0.1/apps/{}/{}/test/export/testRuns",
        server.api_url(),
        single.owner.name,
        single.name
    );
    let (_, body) = get(&reqwest::Client::new(), &url, Some(SAMPLE_TOKEN)).await;
    assert!(body.is_object(), "{body}");
}

#[tokio::test]
async fn error_answers_match_the_contract_error_schema() {
    let Some(contract) = contract() else { return };
    let checker = Checker { contract };
    let server = server().await;
    let http = reqwest::Client::new();
    let error_schema = checker.component("ErrorResponse");
    let api = server.api_url();

    let (status, body) = get(&http, &format!("{api}/v0.1/user"), None).await;
    assert_eq!(status, 401);
    checker.check("401 without a token", &error_schema, &body);

    let (status, body) = get(&http, &format!("{api}/v0.1/user"), Some("wrong")).await;
    assert_eq!(status, 401);
    checker.check("401 with a wrong token", &error_schema, &body);

    let (status, body) = get(
        &http,
        &format!("{api}/v0.1/apps/nobody/nothing/test_runs"),
        Some(SAMPLE_TOKEN),
    )
    .await;
    assert_eq!(status, 404);
    checker.check("404 unknown app", &error_schema, &body);

    server.controls().add_fault(Fault::new(
        Target::Any,
        FaultKind::RateLimit(RetryHint::Seconds(1)),
        1,
    ));
    let (status, body) = get(&http, &format!("{api}/v0.1/apps"), Some(SAMPLE_TOKEN)).await;
    assert_eq!(status, 429);
    checker.check("429", &error_schema, &body);

    server
        .controls()
        .add_fault(Fault::new(Target::Any, FaultKind::Status(500), 1));
    let (status, body) = get(&http, &format!("{api}/v0.1/apps"), Some(SAMPLE_TOKEN)).await;
    assert_eq!(status, 500);
    checker.check("500", &error_schema, &body);
    server.shutdown().await;
}

#[tokio::test]
async fn the_checker_rejects_answers_that_break_the_contract() {
    let Some(contract) = contract() else { return };
    let checker = Checker { contract };
    let server = server().await;
    let app = &server.dataset().apps[0];
    let url = format!(
        "{}/v0.1/apps/{}/{}/test/export/testRuns",
        server.api_url(),
        app.owner.name,
        app.name
    );
    server
        .controls()
        .add_fault(Fault::new(Target::Any, FaultKind::WrongTypes, 1));
    let (_, body) = get(&reqwest::Client::new(), &url, Some(SAMPLE_TOKEN)).await;
    let errors = checker.errors(&checker.component("TestGDPRTestRun"), &body);
    assert!(
        errors.iter().any(|e| e.contains("not of type")),
        "{errors:?}"
    );
    // Formats are checked too: an id that is not a UUID is refused.
    let errors = checker.errors(
        &checker.component("TestGDPRHashFile"),
        &json!({"id": "not-a-uuid"}),
    );
    assert_eq!(errors.len(), 1, "{errors:?}");
    server.shutdown().await;
}
