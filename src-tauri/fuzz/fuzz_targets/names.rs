//! Any text as file names from the service: entry names are safe and unique.
#![no_main]

use act_engine::names::{sanitize_path, EntryNames, MAX_SEGMENT_BYTES};
use libfuzzer_sys::fuzz_target;

fn check(name: &str) {
    assert!(!name.is_empty() && !name.starts_with('/'));
    assert!(!name.contains('\\') && !name.contains(':'));
    assert!(!name.chars().any(char::is_control));
    for segment in name.split('/') {
        assert!(!segment.is_empty() && segment != "." && segment != "..");
        assert!(segment.len() <= MAX_SEGMENT_BYTES);
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    check(&sanitize_path(text));
    let mut names = EntryNames::default();
    let mut seen = std::collections::HashSet::new();
    for part in text.split('\n') {
        let name = names.claim("files", part);
        check(&name);
        assert!(seen.insert(name.to_lowercase()));
    }
});
