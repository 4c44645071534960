//! Any bytes as an API answer: parsing never panics, and what parses keeps the raw JSON.
#![no_main]

use act_api::models::{
    many, one_or_many, App, GdprFileSetFile, GdprHashFile, GdprPipelineTest, GdprTestRun,
    ResourceList, TestReport, TestRun,
};
use act_api::Raw;
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
    let _ = one_or_many::<GdprTestRun>(value.clone());
    let _ = one_or_many::<GdprPipelineTest>(value.clone());
    let _ = one_or_many::<GdprFileSetFile>(value.clone());
    if let Ok(records) = one_or_many::<GdprHashFile>(value.clone()) {
        for record in records {
            let _ = serde_json::to_string(&record.raw);
        }
    }
});
