//! Link ids: the values that tie export records to test runs and to uploaded files
//! (`id`, `app_upload_id`, `app_hash_file_id`, `dsym_hash_file_id`, `hash_file_id`).
//!
//! They are read in one place, here, and one way: a string, trimmed, not blank. A blank or
//! whitespace-only string, a number, `null` or a missing field is *absent* and links nothing.
//! App Center's ids are GUIDs, which compare without regard to letter case: two ids that differ
//! only in case are the same id.

use std::fmt;

use serde_json::Value;

/// A usable link id, compared without regard to ASCII letter case (equality, order and hash
/// all look at the compared form only, never at how the service wrote it).
#[derive(Debug, Clone)]
pub struct LinkId {
    /// The id as compared (trimmed, lower case).
    key: String,
    /// The id as the service wrote it (trimmed), for people.
    shown: String,
}

impl LinkId {
    /// The id in `text`, if it is one.
    pub fn from_text(text: &str) -> Option<LinkId> {
        let shown = text.trim();
        if shown.is_empty() {
            return None;
        }
        Some(LinkId {
            key: shown.to_ascii_lowercase(),
            shown: shown.to_string(),
        })
    }

    /// The id a JSON value holds: only a non-blank string is one.
    pub fn from_value(value: Option<&Value>) -> Option<LinkId> {
        value.and_then(Value::as_str).and_then(LinkId::from_text)
    }

    /// The id in `record`'s field `name`.
    pub fn field(record: &Value, name: &str) -> Option<LinkId> {
        LinkId::from_value(record.get(name))
    }

    /// The id as the service wrote it.
    pub fn shown(&self) -> &str {
        &self.shown
    }
}

impl PartialEq for LinkId {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

impl Eq for LinkId {}

impl std::hash::Hash for LinkId {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.key.hash(state);
    }
}

impl PartialOrd for LinkId {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for LinkId {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.key.cmp(&other.key)
    }
}

impl PartialEq<str> for LinkId {
    fn eq(&self, other: &str) -> bool {
        LinkId::from_text(other).is_some_and(|o| o.key == self.key)
    }
}

impl fmt::Display for LinkId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.shown)
    }
}

/// A non-blank string field, trimmed (links to files, names).
pub fn text<'a>(record: &'a Value, name: &str) -> Option<&'a str> {
    record
        .get(name)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_non_blank_strings_are_ids() {
        let record = json!({"a": "", "b": "  \t", "c": null, "d": 42, "e": [], "f": " X-1 "});
        for absent in ["a", "b", "c", "d", "e", "missing"] {
            assert_eq!(LinkId::field(&record, absent), None, "{absent}");
        }
        let id = LinkId::field(&record, "f").unwrap();
        assert_eq!(id.shown(), "X-1");
        assert!(id == *"x-1");
    }

    #[test]
    fn guids_compare_without_regard_to_case() {
        let upper = LinkId::from_text("420B8C48-B63A-4735-BF31-B63F9F8CE049").unwrap();
        let lower = LinkId::from_text("420b8c48-b63a-4735-bf31-b63f9f8ce049").unwrap();
        assert_eq!(upper, lower);
        assert_eq!(upper.shown(), "420B8C48-B63A-4735-BF31-B63F9F8CE049");
        // Found by the property test: maps must find an id whatever its case.
        let map = std::collections::BTreeMap::from([(lower.clone(), 1)]);
        assert_eq!(map.get(&upper), Some(&1));
        let set: std::collections::HashSet<_> = [lower].into_iter().collect();
        assert!(set.contains(&upper));
    }
}
