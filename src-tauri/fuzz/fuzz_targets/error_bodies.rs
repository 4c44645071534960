//! Any bytes as an error body or a Retry-After header: reading them never panics and the
//! message stays one short line.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Some(message) = act_api::error_body_message(data) {
        assert!(!message.is_empty() && message.chars().count() <= 300);
        assert!(!message.chars().any(char::is_control));
    }
    let _ = act_api::retry::parse_body_hint(data);
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = act_api::retry::parse_retry_after(text, std::time::SystemTime::UNIX_EPOCH);
    }
});
