//! Property tests of the entry-name sanitiser: whatever the service sends, the entry name is
//! safe everywhere and unique as case-insensitive file systems compare names, and no entry is
//! a file where another needs a folder.

use act_engine::names::{
    is_format_char, sanitize_path, EntryNames, MAX_PATH_BYTES, MAX_SEGMENT_BYTES,
};
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

const RESERVED: [&str; 32] = [
    "CON",
    "PRN",
    "AUX",
    "NUL",
    "CONIN$",
    "CONOUT$",
    "COM0",
    "COM1",
    "COM2",
    "COM3",
    "COM4",
    "COM5",
    "COM6",
    "COM7",
    "COM8",
    "COM9",
    "COM\u{b9}",
    "COM\u{b2}",
    "COM\u{b3}",
    "LPT0",
    "LPT1",
    "LPT2",
    "LPT3",
    "LPT4",
    "LPT5",
    "LPT6",
    "LPT7",
    "LPT8",
    "LPT9",
    "LPT\u{b9}",
    "LPT\u{b2}",
    "LPT\u{b3}",
];

fn assert_safe(name: &str) {
    assert!(!name.is_empty());
    assert!(!name.starts_with('/'), "{name:?}");
    assert!(!name.contains('\\') && !name.contains(':'), "{name:?}");
    assert!(
        !name.chars().any(|c| c.is_control() || is_format_char(c)),
        "{name:?}"
    );
    assert_eq!(name.nfc().collect::<String>(), name, "NFC");
    for segment in name.split('/') {
        assert!(
            !segment.is_empty() && segment != "." && segment != "..",
            "{name:?}"
        );
        assert!(
            !segment.ends_with('.') && !segment.ends_with(' '),
            "{name:?}"
        );
        assert!(segment.len() <= MAX_SEGMENT_BYTES, "{name:?}");
        let stem = segment
            .split('.')
            .next()
            .unwrap()
            .trim_end()
            .to_ascii_uppercase();
        assert!(!RESERVED.contains(&stem.as_str()), "{name:?}");
    }
}

/// Names as a hostile or careless service might send them.
fn hostile() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("..".to_string()),
        Just(".".to_string()),
        Just("/".to_string()),
        Just("\\".to_string()),
        Just("C:".to_string()),
        Just("CON".to_string()),
        Just("nul.txt".to_string()),
        Just("LPT\u{b3}".to_string()),
        Just("CONOUT$".to_string()),
        Just("\u{202e}".to_string()),
        Just("\u{200b}".to_string()),
        Just("\u{3c2}".to_string()),
        Just("\u{3a3}".to_string()),
        Just("\u{df}".to_string()),
        Just("SS".to_string()),
        Just("support".to_string()),
        Just("e\u{301}".to_string()),
        Just("\u{0}".to_string()),
        Just(" ".to_string()),
        "[a-zA-Z0-9._-]{1,12}",
        "\\PC{1,8}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(pieces, 0..40).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn every_path_becomes_safe(raw in hostile()) {
        assert_safe(&sanitize_path(&raw));
    }

    #[test]
    fn claimed_names_are_safe_bounded_and_unique(raws in prop::collection::vec(hostile(), 1..30)) {
        let mut names = EntryNames::default();
        let fold = |s: &str| -> String { caseless::default_case_fold_str(s).nfc().collect() };
        let mut seen = std::collections::HashSet::new();
        let mut claimed = Vec::new();
        for raw in &raws {
            let name = names.claim("files/test-files", raw);
            assert_safe(&name);
            prop_assert!(name.len() <= MAX_PATH_BYTES, "{}", name.len());
            prop_assert!(name.starts_with("files/test-files/"));
            prop_assert!(seen.insert(fold(&name)), "duplicate {}", name);
            claimed.push(fold(&name));
        }
        for file in &claimed {
            let folder = format!("{file}/");
            prop_assert!(!claimed.iter().any(|other| other.starts_with(&folder)), "{} is a file and a folder", file);
        }
    }
}
