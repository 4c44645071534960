//! The chain: how each event's hash is made from the one before, the same in every backend
//! (docs/journal-format.md says it byte by byte).

use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::error::JournalError;
use crate::event::EventKind;
use crate::jcs::{canonical, NotCanonical};

/// The `prev` of the first event of a journal made before journals had an identity.
pub(crate) const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";
/// What the genesis of a journal with an identity hashes before its id.
pub(crate) const GENESIS_PREFIX: &[u8] = b"ACT Export journal\n";

/// The journal's identity and the event that binds it into the chain (0: the first event's
/// `prev`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub id: String,
    pub bound_at: u64,
}

/// How a journal's first event's `prev` is made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Beginning {
    /// The SHA-256 of `ACT Export journal`, a line feed and the journal's identity `id`.
    Identity { id: String },
    /// 64 zeros: a journal made before journals had an identity (a later
    /// `journal_identified` event records it).
    Zeros,
}

/// One row of `events`, as stored (the same columns in both backends).
pub(crate) struct Row {
    pub seq: i64,
    pub at: String,
    pub case: Option<String>,
    pub kind: String,
    pub body: String,
    pub prev: String,
    pub hash: String,
}

/// What a list reads of each event: the whole body, or the body without an export's papers
/// ([`without_papers`]), which no list shows and which are half of a journal's bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Reading {
    Whole,
    WithoutPapers,
}

/// Where an export's papers (`"papers":"..."` in an `export_completed` body) begin and end in
/// `body`, as byte offsets: from the comma before the key to the comma of the key after it.
/// Canonical JSON orders the keys, and no key lies between `papers` and `protected` (written
/// only when true) or `run_ids` (always there); a raw `,"` cannot occur inside a JSON string,
/// so the first `,"protected":` or `,"run_ids":` after the key ends the value. `None`: no
/// papers, or a body that is not in that form (it is then read whole). A test with every field
/// of an export fails if a key is ever added between them. (Cutting them in the register's SQL
/// instead, so that they would not cross the network, cost the server more time than sending
/// them: measured, docs/benchmarks.md.)
pub(crate) fn papers_span(body: &str) -> Option<(usize, usize)> {
    let start = body.find(",\"papers\":\"")?;
    let tail = &body[start..];
    let end = [",\"protected\":", ",\"run_ids\":"]
        .iter()
        .filter_map(|key| tail.find(key))
        .min()?;
    Some((start, start + end))
}

/// `body` without an export's papers (see [`papers_span`]); any other body as it is.
pub(crate) fn without_papers(body: &str) -> std::borrow::Cow<'_, str> {
    match papers_span(body) {
        Some((start, end)) => format!("{}{}", &body[..start], &body[end..]).into(),
        None => body.into(),
    }
}

/// An event as the lists read it (`None`: its body is of a kind this version cannot read, and
/// it is left out), from its columns, its body read as `reading` says; the body is parsed
/// where it lies (the row's bytes), never copied first.
pub(crate) fn recorded(
    seq: i64,
    at: String,
    case: Option<String>,
    body: &str,
    hash: String,
    reading: Reading,
) -> Option<crate::event::Recorded> {
    let body = match reading {
        Reading::Whole => body.into(),
        Reading::WithoutPapers => without_papers(body),
    };
    Some(crate::event::Recorded {
        seq: u64::try_from(seq).ok()?,
        at,
        case,
        event: serde_json::from_str(&body).ok()?,
        hash,
        officer: None,
    })
}

/// The `prev` of the first event of the journal whose identity is `id`.
pub(crate) fn genesis(id: &str) -> String {
    sha256_hex(&[GENESIS_PREFIX, id.as_bytes()].concat())
}

impl Beginning {
    /// How the first event of the journal with `identity` begins: with its identity when it
    /// was made with one (bound at 0), else with zeros.
    pub(crate) fn of(identity: Option<&Identity>) -> Beginning {
        match identity {
            Some(identity) if identity.bound_at == 0 => Beginning::Identity {
                id: identity.id.clone(),
            },
            _ => Beginning::Zeros,
        }
    }

    /// The first event's `prev`.
    pub(crate) fn prev(&self) -> String {
        match self {
            Beginning::Identity { id } => genesis(id),
            Beginning::Zeros => GENESIS.to_string(),
        }
    }
}

/// The bytes an event's hash is the SHA-256 of: `prev`, a line feed, the event in canonical
/// JSON ([`canonical_event`]).
pub(crate) fn hashed_bytes(prev: &str, event: &str) -> String {
    format!("{prev}\n{event}")
}

/// A new identity: 128 random bits from the operating system, as 32 hex digits.
pub(crate) fn new_id() -> Result<String, JournalError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| JournalError::NoRandom(e.to_string()))?;
    Ok(hex::encode(bytes))
}

/// An event as the chain hashes it after its `prev` and a line feed: the canonical JSON
/// (RFC 8785) of `{"at", "body", "case", "seq"}`.
pub(crate) fn canonical_event(
    seq: u64,
    at: &str,
    case: Option<&str>,
    body: &Value,
) -> Result<String, NotCanonical> {
    canonical(&serde_json::json!({"seq": seq, "at": at, "case": case, "body": body}))
}

/// The hash of an event: the SHA-256 of `prev`, a line feed and [`canonical_event`], in
/// lower-case hex.
pub(crate) fn chain_hash(
    prev: &str,
    seq: u64,
    at: &str,
    case: Option<&str>,
    body: &Value,
) -> Result<String, NotCanonical> {
    let event = canonical_event(seq, at, case, body)?;
    Ok(sha256_hex(hashed_bytes(prev, &event).as_bytes()))
}

pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// The reference as compared: trimmed, without regard to case.
pub(crate) fn same_reference(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// What must still hold inside the transaction that appends an event.
pub(crate) enum Unless<'a> {
    Nothing,
    /// A request with this reference was opened already (compared as [`same_reference`]).
    Opened(&'a str),
    /// A request with any of these references was opened already.
    AnyOpened(&'a [String]),
    /// An event was written after the one with this number (0: after none), which the
    /// decision to append was taken on.
    WrittenSince(u64),
}

/// One event to append: its time, its request and what happened.
pub(crate) struct Next<'a> {
    pub at: &'a str,
    pub case: Option<&'a str>,
    pub event: &'a EventKind,
}

impl Unless<'_> {
    /// Checks it against the references of the requests opened so far (read only when it
    /// needs them: `opened` is called inside the append's transaction).
    /// `last` is the number of the journal's last event inside the transaction.
    pub(crate) fn check(
        &self,
        opened: impl FnOnce() -> Result<Vec<Option<String>>, JournalError>,
        last: Option<u64>,
    ) -> Result<(), JournalError> {
        let single;
        let references: &[&str] = match self {
            Unless::Nothing => return Ok(()),
            Unless::WrittenSince(seq) if last.unwrap_or(0) == *seq => return Ok(()),
            Unless::WrittenSince(_) => return Err(JournalError::WrittenSince),
            Unless::Opened(reference) => {
                single = [*reference];
                &single
            }
            Unless::AnyOpened(references) => {
                &references.iter().map(String::as_str).collect::<Vec<_>>()
            }
        };
        let opened = opened()?;
        for reference in references {
            if opened
                .iter()
                .flatten()
                .any(|existing| same_reference(existing, reference))
            {
                return Err(JournalError::DuplicateCase(reference.to_string()));
            }
        }
        Ok(())
    }
}

/// The row that follows `last` (the last event's number and hash; `None`: it is the first,
/// its `prev` the beginning of the journal with `identity`): the event `event` of the request
/// `case` at `at`, hashed.
pub(crate) fn next_row(
    last: Option<(u64, String)>,
    identity: Option<&Identity>,
    at: &str,
    case: Option<&str>,
    event: &EventKind,
) -> Result<Row, JournalError> {
    let unwritable = |e: &dyn std::fmt::Display| {
        JournalError::Invalid(format!("the event could not be written: {e}"))
    };
    let body = serde_json::to_value(event).map_err(|e| unwritable(&e))?;
    let written = canonical(&body).map_err(|e| unwritable(&e))?;
    let (seq, prev) = match last {
        Some((seq, hash)) => (seq + 1, hash),
        None => (1, Beginning::of(identity).prev()),
    };
    let hash = chain_hash(&prev, seq, at, case, &body).map_err(|e| unwritable(&e))?;
    Ok(Row {
        seq: i64::try_from(seq).map_err(|e| unwritable(&e))?,
        at: at.to_string(),
        case: case.map(str::to_string),
        kind: event.name().to_string(),
        body: written,
        prev,
        hash,
    })
}

#[cfg(test)]
mod papers_tests {
    use super::*;

    /// Papers as odd as their text can be: quotes, backslashes, the keys that end them
    /// written inside, U+0000, other scripts.
    const ODD_PAPERS: [&str; 4] = [
        r#"{"letter":[{"text":"Dear \"Contoso\",\"run_ids\":[] ,\"protected\":true"}]}"#,
        "{\"ledger\":\"\u{0}\\\\ ,\\\"runs\\\": Zażółć 日本 🙂\"}",
        "",
        ",\"run_ids\":",
    ];

    /// Every export event with `papers`, canonical as the journal writes it, protected or not.
    fn exports(papers: Option<&str>) -> Vec<(EventKind, String)> {
        [false, true]
            .into_iter()
            .map(|protected| {
                let event = EventKind::ExportCompleted {
                    app: "northwind-qa/fieldmate-android".into(),
                    run_ids: vec!["5a1e".into(), "\",\"papers\":\"".into()],
                    runs: 2,
                    files: 3,
                    entries: 4,
                    excluded_records: 5,
                    bytes: 6,
                    archive_sha256: "a".repeat(64),
                    manifest_sha256: "b".repeat(64),
                    version: "0.1.0".into(),
                    operator: "anna, \"papers\":\"x\"".into(),
                    protected,
                    papers: papers.map(str::to_string),
                };
                let body = canonical(&serde_json::to_value(&event).unwrap()).unwrap();
                (event, body)
            })
            .collect()
    }

    /// The event without its papers.
    fn lean(event: &EventKind) -> EventKind {
        let mut lean = event.clone();
        if let EventKind::ExportCompleted { papers, .. } = &mut lean {
            *papers = None;
        }
        lean
    }

    #[test]
    fn a_body_without_papers_is_the_same_event_without_them() {
        for papers in ODD_PAPERS {
            for (event, body) in exports(Some(papers)) {
                let cut = without_papers(&body);
                assert!(!cut.contains("\"papers\""), "{cut}");
                let read: EventKind = serde_json::from_str(&cut).unwrap();
                assert_eq!(read, lean(&event), "{body}");
            }
        }
        // Without papers, and every other kind of event: read whole.
        for (_, body) in exports(None) {
            assert_eq!(without_papers(&body), body);
        }
        let note = canonical(
            &serde_json::to_value(EventKind::NoteAdded {
                note: ",\"papers\":\"x\",\"run_ids\":".into(),
            })
            .unwrap(),
        )
        .unwrap();
        assert_eq!(without_papers(&note), note);
    }
}
