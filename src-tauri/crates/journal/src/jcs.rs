//! The JSON Canonicalization Scheme (JCS, RFC 8785), which gives every event one exact
//! sequence of bytes for the chain to hash, so that an auditor can recompute a hash with any
//! JCS implementation, without ACT Export.
//!
//! Written out here (rather than taken from a crate) because the journal's hashes must never
//! change with a dependency's update; the tests compare it with a maintained implementation.
//!
//! What the journal holds is I-JSON (RFC 7493), which JCS requires: numbers are whole and
//! within ±(2^53 − 1), where every JSON reader agrees on them. A number outside that (or with
//! a fraction) is refused: JCS would write the nearest double, and the hash would then cover a
//! number other than the one recorded. No event of ACT Export holds such a number.

use serde_json::{Map, Number, Value};

/// The largest whole number every JSON reader reads exactly (2^53 − 1).
pub const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

/// A value the journal cannot hash exactly: a number with a fraction or beyond ±(2^53 − 1).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the number {0} cannot be recorded: the journal holds whole numbers between -9007199254740991 and 9007199254740991 only")]
pub struct NotCanonical(pub String);

/// `value` in canonical JSON (RFC 8785): no whitespace, object members sorted by the UTF-16
/// code units of their names, strings escaped as ECMAScript's JSON.stringify does, numbers as
/// whole numbers.
pub fn canonical(value: &Value) -> Result<String, NotCanonical> {
    let mut out = String::new();
    write_value(value, &mut out)?;
    Ok(out)
}

fn write_value(value: &Value, out: &mut String) -> Result<(), NotCanonical> {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        Value::Number(number) => write_number(number, out)?,
        Value::String(text) => write_string(text, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(item, out)?;
            }
            out.push(']');
        }
        Value::Object(members) => write_object(members, out)?,
    }
    Ok(())
}

fn write_object(members: &Map<String, Value>, out: &mut String) -> Result<(), NotCanonical> {
    let mut names: Vec<&String> = members.keys().collect();
    // RFC 8785 §3.2.3: by UTF-16 code units, which differs from the order of code points
    // (and of UTF-8 bytes) where a name holds a character beyond U+FFFF.
    names.sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
    out.push('{');
    for (i, name) in names.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_string(name, out);
        out.push(':');
        write_value(&members[name], out)?;
    }
    out.push('}');
    Ok(())
}

fn write_number(number: &Number, out: &mut String) -> Result<(), NotCanonical> {
    let whole = match (number.as_u64(), number.as_i64()) {
        (Some(n), _) if n <= MAX_SAFE_INTEGER => Some(n.to_string()),
        (_, Some(n)) if n.unsigned_abs() <= MAX_SAFE_INTEGER => Some(n.to_string()),
        _ => None,
    };
    match whole {
        Some(text) => {
            out.push_str(&text);
            Ok(())
        }
        None => Err(NotCanonical(number.to_string())),
    }
}

/// RFC 8785 §3.2.2.2: `"` and `\` escaped, the control characters U+0000 to U+001F as `\b`,
/// `\t`, `\n`, `\f`, `\r` or `\u00xx` (lower-case hex); everything else as it is, in UTF-8.
fn write_string(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn members_sort_by_utf16_code_units_as_in_rfc_8785() {
        // The example of RFC 8785 §3.2.3: U+1F600 (two UTF-16 units from U+D83D) sorts before
        // U+FB33, although its code point is larger.
        let value = json!({
            "\u{20ac}": "Euro Sign",
            "\r": "Carriage Return",
            "\u{fb33}": "Hebrew Letter Dalet With Dagesh",
            "1": "One",
            "\u{1f600}": "Emoji: Grinning Face",
            "\u{80}": "Control",
            "\u{f6}": "Latin Small Letter O With Diaeresis"
        });
        let expected = concat!(
            "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u{80}\":\"Control\",",
            "\"\u{f6}\":\"Latin Small Letter O With Diaeresis\",\"\u{20ac}\":\"Euro Sign\",",
            "\"\u{1f600}\":\"Emoji: Grinning Face\",\"\u{fb33}\":\"Hebrew Letter Dalet With Dagesh\"}"
        );
        assert_eq!(canonical(&value).unwrap(), expected);
    }

    #[test]
    fn strings_escape_only_what_json_stringify_escapes() {
        let value = json!("\"\\/\u{0}\u{8}\t\n\u{b}\u{c}\r\u{1f}\u{7f}\u{2028}é😀");
        assert_eq!(
            canonical(&value).unwrap(),
            "\"\\\"\\\\/\\u0000\\b\\t\\n\\u000b\\f\\r\\u001f\u{7f}\u{2028}é😀\""
        );
    }

    #[test]
    fn whole_numbers_within_the_safe_range_only() {
        assert_eq!(
            canonical(&json!([0, -1, 9007199254740991_u64, -9007199254740991_i64])).unwrap(),
            "[0,-1,9007199254740991,-9007199254740991]"
        );
        for refused in [
            json!(9007199254740992_u64),
            json!(-9007199254740992_i64),
            json!(u64::MAX),
            json!(1.5),
            json!(2.0),
            json!({"nested": [1e300]}),
        ] {
            assert!(canonical(&refused).is_err(), "{refused}");
        }
    }

    mod against_a_maintained_implementation {
        use super::super::*;
        use proptest::prelude::*;
        use serde_json::json;

        fn text() -> impl Strategy<Value = String> {
            prop_oneof![
                any::<String>(),
                // What escaping and ordering turn on: controls, quotes, backslashes, DEL,
                // the line separators, characters either side of U+FFFF.
                "[\\x00-\\x1f\"\\\\/\\x7f\u{80}\u{2028}\u{2029}\u{e000}\u{fb33}\u{ffff}\u{10000}\u{1f600}\u{10ffff}aé1]{0,12}",
            ]
        }

        fn value() -> impl Strategy<Value = Value> {
            let max = MAX_SAFE_INTEGER as i64;
            let leaf = prop_oneof![
                Just(Value::Null),
                any::<bool>().prop_map(Value::Bool),
                (-max..=max).prop_map(Value::from),
                prop_oneof![Just(max), Just(-max), Just(0)].prop_map(Value::from),
                text().prop_map(Value::String),
            ];
            leaf.prop_recursive(4, 64, 8, |inner| {
                prop_oneof![
                    prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
                    prop::collection::vec((text(), inner), 0..8)
                        .prop_map(|members| Value::Object(members.into_iter().collect())),
                ]
            })
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2000))]

            #[test]
            fn gives_the_bytes_serde_json_canonicalizer_gives(value in value()) {
                let ours = canonical(&value).unwrap();
                let theirs = serde_json_canonicalizer::to_string(&value).unwrap();
                prop_assert_eq!(&ours, &theirs);
                prop_assert_eq!(serde_json::from_str::<Value>(&ours).unwrap(), value);
            }
        }

        #[test]
        fn beyond_the_safe_range_the_standard_would_record_another_number() {
            // Why the journal refuses such numbers rather than hash them as JCS writes them.
            let big = json!(9007199254740993_u64);
            assert_eq!(
                serde_json_canonicalizer::to_string(&big).unwrap(),
                "9007199254740992"
            );
            assert!(canonical(&big).is_err());
        }
    }
}
