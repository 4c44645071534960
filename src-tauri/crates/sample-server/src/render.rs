//! The dataset as the API's JSON answers, shaped by the current switches.

use act_api::Endpoint;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::controls::{FileAddresses, LinkStyle, Shape, Switches};
use crate::data::{AppData, Dataset, FileData, OwnerData, PhantomClient, RunData};

/// The secret behind the storage signatures (a sample, not a secret).
const SIGNING_KEY: &str = "act-export-sample-storage";

/// The origins the JSON points at.
#[derive(Debug, Clone)]
pub struct Origins {
    /// e.g. `http://127.0.0.1:41234`
    pub api: String,
    pub storage: String,
}

/// The signature of a storage URL for a file key and its expiry (`se`).
pub fn signature(key: &str, expires: &str) -> String {
    let digest = Sha256::digest(format!("{SIGNING_KEY}/{key}/{expires}").as_bytes());
    hex::encode(&digest[..16])
}

/// The signature of a link of generation `generation` ([`Switches::link_generation`]); that
/// of generation 0 is [`signature`].
pub fn signature_in(key: &str, expires: &str, generation: u64) -> String {
    if generation == 0 {
        signature(key, expires)
    } else {
        signature(key, &format!("{expires}/{generation}"))
    }
}

/// When links handed out now expire: `se`, as Azure writes it (`2099-01-01T00:00:00Z`), or
/// seconds since 1970 when links live for a set time.
pub fn expiry(lifetime: Option<std::time::Duration>) -> String {
    match lifetime {
        None => "2099-01-01T00:00:00Z".to_string(),
        Some(life) => {
            let at = std::time::SystemTime::now() + life;
            let seconds = at
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or(0);
            seconds.to_string()
        }
    }
}

/// True when an `se` value lies in the past.
pub fn expired(expires: &str) -> bool {
    match expires.parse::<u64>() {
        Ok(seconds) => {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or(0);
            seconds < now
        }
        Err(_) => false,
    }
}

/// A pre-signed storage URL for a file, as App Center's blob storage handed out, in the form
/// the switches ask for.
pub fn file_url(origins: &Origins, file: &FileData, switches: &Switches) -> String {
    let addresses = switches.file_addresses;
    let name: String = file
        .name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || ".-_".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let expires = expiry(switches.link_lifetime);
    let signed = format!(
        "sv=2019-12-12&sr=b&sp=r&se={}&sig={}",
        expires.replace(':', "%3A"),
        signature_in(&file.key, &expires, switches.link_generation)
    );
    match addresses {
        FileAddresses::Path => format!("{}/blobs/{}/{name}?{signed}", origins.storage, file.key),
        FileAddresses::Query => format!(
            "{}/dl?file={}&name={name}&{signed}",
            origins.storage, file.key
        ),
        FileAddresses::ProtocolRelative => format!(
            "{}/blobs/{}/{name}?{signed}",
            origins.storage.trim_start_matches("http:"),
            file.key
        ),
    }
}

fn url_of(data: &Dataset, origins: &Origins, switches: &Switches, key: &str) -> Value {
    data.files
        .get(key)
        .map(|f| Value::String(file_url(origins, f, switches)))
        .unwrap_or(Value::Null)
}

/// An id as the export records write it (upper case when the switch says so).
fn id_in_records(switches: &Switches, id: &str) -> String {
    if switches.upper_case_ids {
        id.to_ascii_uppercase()
    } else {
        id.to_string()
    }
}

fn owner_json(owner: &OwnerData) -> Value {
    json!({
        "id": owner.id,
        "avatar_url": format!("https://avatars.example/{}.png", owner.name),
        "display_name": owner.display_name,
        "email": owner.email,
        "name": owner.name,
        "type": owner.kind,
    })
}

/// `GET /v0.1/user`.
pub fn user(data: &Dataset) -> Value {
    let u = &data.user;
    json!({
        "id": u.id, "avatar_url": format!("https://avatars.example/{}.png", u.name),
        "can_change_password": true, "display_name": u.display_name, "email": u.email,
        "name": u.name, "permissions": ["manager"], "origin": "appcenter",
    })
}

/// `GET /v0.1/orgs`.
pub fn orgs(data: &Dataset) -> Value {
    Value::Array(
        data.orgs
            .iter()
            .map(|o| json!({"id": o.id, "display_name": o.display_name, "name": o.name, "origin": "appcenter"}))
            .collect(),
    )
}

/// `GET /v0.1/apps`.
pub fn apps(data: &Dataset) -> Value {
    Value::Array(data.apps.iter().map(app).collect())
}

fn app(a: &AppData) -> Value {
    json!({
        "id": a.id, "app_secret": format!("{}-secret", &a.id[..8]), "description": format!("{} (sample)", a.display_name),
        "display_name": a.display_name, "release_type": "Production",
        "name": a.name, "os": a.os, "owner": owner_json(&a.owner), "platform": a.platform,
        "origin": "appcenter", "created_at": "2023-09-01T10:00:00Z", "updated_at": "2024-12-01T10:00:00Z",
        "member_permissions": ["manager"],
    })
}

/// A test run summary.
pub fn test_run(run: &RunData) -> Value {
    let result = if run.failed > 0 { "failed" } else { "passed" };
    json!({
        "id": run.id, "date": run.date, "appVersion": run.app_version, "testSeries": run.series,
        "platform": run.platform, "runStatus": "finished", "resultStatus": result,
        "state": "finished", "status": result,
        "description": format!("{} of {} tests passed on {} devices", run.passed, run.passed + run.failed + run.skipped, run.devices),
        "stats": {
            "devices": run.devices, "devicesFinished": run.devices, "devicesFailed": u32::from(run.failed > 0),
            "total": run.passed + run.failed + run.skipped, "passed": run.passed, "failed": run.failed,
            "skipped": run.skipped, "peakMemory": 182.5, "totalDeviceMinutes": 7.25,
        },
        "testType": run.test_type,
    })
}

/// `GET .../test_runs`.
pub fn test_runs(a: &AppData) -> Value {
    Value::Array(a.runs.iter().map(test_run).collect())
}

/// `GET .../test_runs/{id}/report`.
pub fn report(data: &Dataset, origins: &Origins, switches: &Switches, run: &RunData) -> Value {
    let total = run.passed + run.failed + run.skipped;
    let snapshots: Vec<&str> = run.device_logs.iter().map(|(s, _, _)| s.as_str()).collect();
    let features: Vec<Value> = run
        .features
        .iter()
        .enumerate()
        .map(|(fi, (name, tests))| {
            let tests: Vec<Value> = tests
                .iter()
                .enumerate()
                .map(|(ti, test)| {
                    let failed = u32::from(run.failed > 0 && fi == 0 && ti == 0);
                    json!({"testName": test, "runs": [{
                        "number": 1, "failed": failed, "skipped": 0, "id": format!("{}-{fi}-{ti}", &run.id[..8]),
                        "steps": [{"stepName": format!("Given the app is open on {}", run.platform), "id": format!("s{fi}{ti}"), "failed": failed, "skipped": 0,
                            "stepExecutions": snapshots.iter().map(|s| json!({"device_snapshot_id": s, "status": if failed > 0 {"failed"} else {"passed"}, "timestamp": 1_706_000_000.0})).collect::<Vec<_>>()}],
                    }], "peakMemory": 120.0, "peakDuration": 2.5})
                })
                .collect();
            json!({"name": name, "tests": tests, "failed": 0, "skipped": 0, "peakMemory": 150.0, "peakDuration": 9.0})
        })
        .collect();
    let artifacts: serde_json::Map<String, Value> = run
        .artifacts
        .iter()
        .map(|(name, key)| (name.clone(), url_of(data, origins, switches, key)))
        .collect();
    // Real services leave the upload id blank where it is the run's own id.
    let upload = if switches.blank_links && run.app_upload_id == run.id {
        String::new()
    } else {
        run.app_upload_id.clone()
    };
    json!({
        "app_upload_id": upload, "date": run.date, "testType": run.test_type, "platform": run.platform,
        "stats": {
            "os": 1, "devices": run.devices, "filesize": 3_145_728, "totalDeviceMinutes": 7.25, "devices_not_runned": 0,
            "failed": run.failed, "skipped": run.skipped, "passed": run.passed, "total": total,
            "devices_finished": run.devices, "devices_failed": u32::from(run.failed > 0), "devices_skipped": 0,
            "step_count": total, "artifacts": artifacts,
        },
        "id": run.id, "schema_version": 1, "revision": 3, "features": features,
        "finished_device_snapshots": snapshots,
        "device_logs": run.device_logs.iter().map(|(s, device_log, test_log)| json!({
            "device_snapshot_id": s, "device_log": url_of(data, origins, switches, device_log), "test_log": url_of(data, origins, switches, test_log),
        })).collect::<Vec<_>>(),
        "date_finished": run.date_finished,
    })
}

/// `GET .../test/export` or `GET /v0.1/account/test/export`: links to the sub-endpoints.
pub fn resource_list(
    origins: &Origins,
    switches: &Switches,
    base_path: &str,
    endpoints: &[Endpoint],
) -> Value {
    let prefix = match switches.links {
        LinkStyle::Relative => String::new(),
        LinkStyle::Absolute => origins.api.clone(),
        LinkStyle::ForeignHost => origins.storage.clone(),
    };
    let mut resources: Vec<Value> = endpoints
        .iter()
        .filter(|e| !switches.omit_from_index.iter().any(|o| o == e.segment()))
        .map(|e| json!({"rel": e.segment(), "path": format!("{prefix}{base_path}/{e}")}))
        .collect();
    if switches.odd_index_links {
        let app_base = base_path.trim_end_matches("/test/export");
        let (owner_base, _) = app_base.rsplit_once('/').unwrap_or((app_base, ""));
        resources.extend([
            json!({"rel": "contact", "path": "mailto:support@appcenter.example"}),
            json!({"rel": "broken", "path": "http://[not an address"}),
            json!({"rel": "other app", "path": format!("{owner_base}/another-app/test/export/testRuns")}),
            json!({"rel": "account", "path": "/v0.1/account/test/export/featureFlags"}),
            json!({"rel": "deeper", "path": format!("{base_path}/testRuns/everything")}),
        ]);
    }
    json!({ "resources": resources })
}

/// Names a hostile server might send, to test that they never escape the archive.
pub const HOSTILE_NAMES: [&str; 14] = [
    "../../../../etc/passwd",
    "/etc/shadow",
    "C:\\Windows\\System32\\drivers\\evil.sys",
    "CON",
    "nul.txt",
    "COM1.log",
    "bell\u{7}and\u{1b}[31mescape.apk",
    "dup.apk",
    "dup.apk",
    "Cafe\u{301}.txt",
    "Caf\u{e9}.txt",
    "..",
    "features/../../../outside.rb",
    "<img src=x onerror=alert(1)>.apk",
];

fn hostile(index: usize) -> String {
    if index % (HOSTILE_NAMES.len() + 1) == HOSTILE_NAMES.len() {
        return format!("{}.apk", "A".repeat(300));
    }
    HOSTILE_NAMES[index % (HOSTILE_NAMES.len() + 1)].to_string()
}

/// Another client's records with no usable link (the `blank_links` switch).
fn phantom_records(
    data: &Dataset,
    origins: &Origins,
    switches: &Switches,
    endpoint: Endpoint,
) -> Vec<Value> {
    let p: &PhantomClient = &data.phantom;
    let url = |key: &str| url_of(data, origins, switches, key);
    match endpoint {
        Endpoint::TestRuns => vec![
            json!({"id": "", "app_hash_file_id": "", "dsym_hash_file_id": "", "locale": "wingtip_WT",
                "app_hash_file_url": url(&p.binary_key), "dsym_hash_file_url": url(&p.symbols_key),
                "app_icon_url": url(&p.icon_key)}),
            json!({"id": 4242, "app_hash_file_id": null, "app_hash_file_url": url(&p.binary_key)}),
            json!({"id": "   ", "app_icon_url": url(&p.icon_key)}),
        ],
        Endpoint::PipelineTests => vec![
            json!({"app_upload_id": "", "test_parameters": {"test_series": "wingtip-secret-series"}}),
            json!({"app_upload_id": null, "test_parameters": {"test_series": "wingtip-secret-series"}}),
        ],
        Endpoint::HashFiles => vec![
            json!({"id": "", "filename": "wingtip-secret-1.0.apk"}),
            json!({"id": 77, "filename": "wingtip-secret-1.0.dSYM.zip"}),
        ],
        Endpoint::FileSetFiles => vec![
            json!({"path": "wingtip/secret_steps.rb", "hash_file_id": "",
            "app_upload_id": " ", "hash_file_url": url(&p.test_file_key)}),
        ],
        _ => Vec::new(),
    }
}

/// An app-level export sub-endpoint's records.
pub fn app_export(
    data: &Dataset,
    origins: &Origins,
    switches: &Switches,
    a: &AppData,
    endpoint: &str,
) -> Option<Value> {
    let endpoint = Endpoint::from_name(endpoint).filter(|e| Endpoint::APP.contains(e))?;
    let id = |id: &str| id_in_records(switches, id);
    let url = |key: &str| url_of(data, origins, switches, key);
    let mut records: Vec<Value> = match endpoint {
        Endpoint::TestRuns => a
            .runs
            .iter()
            .map(|run| {
                let binary = a.hash_files.iter().find(|h| h.id == run.app_hash_file_id);
                let dsym = run.dsym_hash_file_id.as_ref().and_then(|id| a.hash_files.iter().find(|h| &h.id == id));
                let mut record = json!({
                    "id": id(&run.id), "app_hash_file_id": id(&run.app_hash_file_id), "locale": run.locale,
                    "app_hash_file_url": binary.map(|b| url(&b.key)),
                    "app_icon_url": url(&run.icon_key),
                });
                if let (Some(dsym_id), Some(d)) = (&run.dsym_hash_file_id, dsym) {
                    record["dsym_hash_file_id"] = json!(id(dsym_id));
                    record["dsym_hash_file_url"] = url(&d.key);
                }
                record
            })
            .collect(),
        Endpoint::PipelineTests => a
            .runs
            .iter()
            .map(|run| json!({"app_upload_id": id(&run.app_upload_id), "test_parameters": {
                "test_series": run.series, "locale": run.locale, "device_selection": format!("{}-top-2", run.platform),
                "test_framework": run.test_type.to_ascii_lowercase(),
            }}))
            .collect(),
        Endpoint::HashFiles => a
            .hash_files
            .iter()
            .enumerate()
            .map(|(i, h)| {
                let filename = if switches.hostile_names { hostile(i) } else { h.filename.clone() };
                json!({"id": id(&h.id), "filename": filename})
            })
            .collect(),
        Endpoint::FileSetFiles => {
            let mut index = 0;
            let mut records = Vec::new();
            for run in &a.runs {
                for entry in &run.file_set {
                    let key = a.hash_files.iter().find(|h| h.id == entry.hash_file_id).map(|h| h.key.as_str()).unwrap_or("");
                    let path = if switches.hostile_names { hostile(index + 3) } else { entry.path.clone() };
                    index += 1;
                    records.push(json!({"path": path, "hash_file_id": id(&entry.hash_file_id), "app_upload_id": id(&run.app_upload_id),
                        "hash_file_url": url(key)}));
                }
            }
            records
        }
        Endpoint::Apps => vec![json!({"hash_files_url": url(&a.hash_files_index_key)})],
        Endpoint::Accounts | Endpoint::FeatureFlags => return None,
    };
    if switches.blank_links {
        records.extend(phantom_records(data, origins, switches, endpoint));
    }
    Some(shaped(switches.shape, records))
}

/// An account-level export sub-endpoint's records.
pub fn account_export(data: &Dataset, switches: &Switches, endpoint: &str) -> Option<Value> {
    let records = match Endpoint::from_name(endpoint)? {
        Endpoint::Accounts => vec![json!({"id": data.user.id})],
        Endpoint::FeatureFlags => data
            .feature_flags
            .iter()
            .map(|f| json!({"name": f, "target_id": data.user.id}))
            .collect(),
        _ => return None,
    };
    Some(shaped(switches.shape, records))
}

fn shaped(shape: Shape, mut records: Vec<Value>) -> Value {
    if shape == Shape::Object && records.len() == 1 {
        return records.remove(0);
    }
    Value::Array(records)
}

/// App Center's error body (`ErrorResponse`).
pub fn error_body(code: &str, message: &str) -> Value {
    json!({"error": {"code": code, "message": message}})
}

/// Makes ids numbers: JSON of the wrong types.
pub fn wrong_types(value: &mut Value) {
    match value {
        Value::Array(items) => items.iter_mut().for_each(wrong_types),
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                if key == "id" || key.ends_with("_id") {
                    *v = json!(12345);
                } else {
                    wrong_types(v);
                }
            }
        }
        _ => {}
    }
}

/// Adds `size` bytes to an answer: a field `x_padding` in the object, or in an array's first
/// object.
pub fn pad(value: &mut Value, size: usize) {
    let target = match value {
        Value::Array(items) => items.first_mut(),
        other => Some(other),
    };
    if let Some(Value::Object(map)) = target {
        map.insert("x_padding".into(), Value::String("p".repeat(size)));
    }
}
