//! Every operation against the sample server, in every shape its answers take.

use act_api::{ApiToken, AppRef, BaseUrl, Client, ClientConfig, Endpoint, ErrorKind, Operation};
use act_sample_server::{Fault, FaultKind, LinkStyle, Origin, Shape, Target, SAMPLE_TOKEN};

use crate::support::{client, quick_retries, recorder, server, shared_app};

#[tokio::test]
async fn every_operation_returns_the_servers_data() {
    let server = server().await;
    let c = client(&server);
    let data = server.dataset();
    let app = shared_app(&server);
    let expected = &data.apps[0];

    let user = c.user().await.unwrap();
    assert_eq!(user.data.display_name, "Alex Morgan");
    assert_eq!(
        user.raw["can_change_password"], true,
        "unknown fields are kept"
    );
    assert_eq!(c.apps().await.unwrap().len(), data.apps.len());
    assert_eq!(c.apps().await.unwrap()[0].data.slug(), app.to_string());
    assert_eq!(c.orgs().await.unwrap()[0].data.name, "northwind-qa");

    let runs = c.test_runs(&app).await.unwrap();
    assert_eq!(runs.len(), expected.runs.len());
    let first = &expected.runs[1];
    let run = c.test_run(&app, &first.id).await.unwrap();
    assert_eq!(run.data.test_series.as_deref(), Some(first.series.as_str()));
    let report = c.test_report(&app, &first.id).await.unwrap();
    assert_eq!(
        report.data.app_upload_id.as_deref(),
        Some(first.app_upload_id.as_str())
    );
    assert_ne!(
        first.app_upload_id, first.id,
        "this run's upload id differs from its id"
    );

    let index = c.export_resources(&app).await.unwrap();
    let rels: Vec<_> = index
        .data
        .resources
        .iter()
        .filter_map(|r| r.rel.clone())
        .collect();
    let segments: Vec<&str> = Endpoint::APP.iter().map(|e| e.segment()).collect();
    assert_eq!(rels, segments);
    let count = |e: Endpoint| {
        let c = c.clone();
        let app = app.clone();
        async move { c.export_records(&app, e).await.unwrap().len() }
    };
    assert_eq!(count(Endpoint::TestRuns).await, expected.runs.len());
    assert_eq!(count(Endpoint::PipelineTests).await, expected.runs.len());
    assert_eq!(count(Endpoint::HashFiles).await, expected.hash_files.len());
    let set_files: usize = expected.runs.iter().map(|r| r.file_set.len()).sum();
    assert_eq!(count(Endpoint::FileSetFiles).await, set_files);
    assert_eq!(count(Endpoint::Apps).await, 1);

    let account = c.account_export_resources().await.unwrap();
    assert_eq!(account.data.resources.len(), 2);
    assert_eq!(
        c.account_export_records(Endpoint::Accounts).await.unwrap()[0].raw["id"],
        data.user.id.as_str()
    );
    assert_eq!(
        c.account_export_records(Endpoint::FeatureFlags)
            .await
            .unwrap()
            .len(),
        data.feature_flags.len()
    );

    // Following the index's links gives the same records as the named operations.
    for link in &index.data.resources {
        let url = c.resolve(link.path.as_deref().unwrap()).unwrap();
        assert!(c.is_api_origin(&url));
        let records = c
            .export_link(Operation::OtherExport("link".into()), &url)
            .await
            .unwrap();
        assert!(!records.is_empty());
    }
}

#[tokio::test]
async fn object_and_array_shapes_are_both_read() {
    let server = server().await;
    let c = client(&server);
    let single = server
        .dataset()
        .apps
        .iter()
        .find(|a| a.runs.len() == 1)
        .unwrap();
    let app = AppRef {
        owner: single.owner.name.clone(),
        app: single.name.clone(),
    };
    let as_array = c.export_records(&app, Endpoint::TestRuns).await.unwrap();
    server.controls().update(|s| s.shape = Shape::Object);
    let as_object = c.export_records(&app, Endpoint::TestRuns).await.unwrap();
    assert_eq!(as_array.len(), 1);
    assert_eq!(as_array, as_object);
}

#[tokio::test]
async fn relative_absolute_and_foreign_links() {
    let server = server().await;
    let c = client(&server);
    let app = shared_app(&server);
    for style in [LinkStyle::Relative, LinkStyle::Absolute] {
        server.controls().update(|s| s.links = style);
        let index = c.export_resources(&app).await.unwrap();
        let url = c
            .resolve(index.data.resources[0].path.as_deref().unwrap())
            .unwrap();
        assert_eq!(
            url,
            c.export_endpoint_url(&app, Endpoint::TestRuns).unwrap(),
            "{style:?}"
        );
    }
    // A link to another host resolves there, and the token does not go with it.
    server
        .controls()
        .update(|s| s.links = LinkStyle::ForeignHost);
    let index = c.export_resources(&app).await.unwrap();
    let url = c
        .resolve(index.data.resources[0].path.as_deref().unwrap())
        .unwrap();
    assert!(!c.is_api_origin(&url));
    let error = c
        .export_link(Operation::OtherExport("link".into()), &url)
        .await
        .unwrap_err();
    assert_eq!(error.kind, ErrorKind::Forbidden);
    let storage_requests: Vec<_> = server
        .controls()
        .requests()
        .into_iter()
        .filter(|r| r.origin == Origin::Storage)
        .collect();
    assert!(!storage_requests.is_empty());
    assert!(
        storage_requests.iter().all(|r| r.token.is_none()),
        "{storage_requests:?}"
    );
}

#[tokio::test]
async fn hostile_names_reach_the_caller_unchanged() {
    let server = server().await;
    let c = client(&server);
    server.controls().update(|s| s.hostile_names = true);
    let names: Vec<String> = c
        .export_records(&shared_app(&server), Endpoint::HashFiles)
        .await
        .unwrap()
        .into_iter()
        .filter_map(|h| h.raw["filename"].as_str().map(str::to_string))
        .collect();
    assert!(names.iter().any(|n| n.contains("../")));
    assert!(names.iter().any(|n| n.len() > 255));
}

#[tokio::test]
async fn a_100_mb_answer_is_read_whole_and_kept() {
    let server = server().await;
    // The default stall timeout: making 100 MB of JSON takes the (debug-built) server a while.
    let config = ClientConfig {
        base_url: BaseUrl::parse(&server.api_url()).unwrap(),
        retry: quick_retries(),
        ..ClientConfig::default()
    };
    let (c, events) = recorder(Client::new(config, ApiToken::new(SAMPLE_TOKEN)).unwrap());
    server.controls().add_fault(Fault::new(
        Target::PathContains("hashFiles".into()),
        FaultKind::HugeJson(100_000_000),
        1,
    ));
    let records = c
        .export_records(&shared_app(&server), Endpoint::HashFiles)
        .await
        .unwrap();
    assert_eq!(
        records[0].raw["x_padding"].as_str().unwrap().len(),
        100_000_000
    );
    assert_eq!(records.len(), server.dataset().apps[0].hash_files.len());
    assert!(events.lock().unwrap().is_empty(), "read in one attempt");
}
