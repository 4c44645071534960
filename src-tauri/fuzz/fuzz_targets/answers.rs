//! Any bytes as an API answer: parsing never panics, what parses keeps the raw JSON, and the
//! export engine's link ids read from any record never panic either.
#![no_main]

use act_api::models::{many, one_or_many, App, ResourceList, TestReport, TestRun};
use act_api::Raw;
use act_engine::links::LinkId;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    if let Ok(list) = Raw::<ResourceList>::from_value(value.clone()) {
        assert_eq!(list.raw, value);
    }
    let _ = Raw::<TestReport>::from_value(value.clone());
    let _ = many::<TestRun>(value.clone());
    let _ = many::<App>(value.clone());
    if let Ok(records) = one_or_many::<serde_json::Value>(value.clone()) {
        for record in records {
            for field in ["id", "app_upload_id", "app_hash_file_id", "hash_file_id"] {
                if let Some(id) = LinkId::field(&record.raw, field) {
                    assert!(!id.shown().trim().is_empty());
                }
            }
        }
    }
});
