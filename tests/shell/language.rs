//! The officer's language: the app follows the operating system's locale until the officer
//! chooses one (remembered across starts); the texts the shell makes for the screens (where a
//! request stands, its history, a password's strength) and the rules it refuses input with
//! are in that language, and every message the Rust side names is in the catalogue.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use act_engine::lang::Lang;
use act_engine::messages::{text, Arg};
use act_export_desktop::cache::InstanceCache;
use act_export_desktop::error::Code;
use act_export_desktop::language::{app_words, set_app_language};
use act_export_desktop::page::{Channel, Delivery, NewRequest, Right};
use act_export_desktop::requests;
use act_export_desktop::state::AppState;

/// The app's state in `root`, on a computer whose locale is `locale`.
fn state_in(root: &Path, locale: Option<&str>) -> Arc<AppState> {
    Arc::new(
        AppState::new(
            InstanceCache::claim(&root.join("cache")).unwrap(),
            root,
            &root.join("witness"),
        )
        .with_system_locale(locale),
    )
}

#[test]
fn the_app_follows_the_system_language_until_the_officer_chooses_one() {
    let root = tempfile::tempdir().unwrap();
    let german = state_in(root.path(), Some("de_DE.UTF-8"));
    let words = app_words(&german);
    assert_eq!(
        (
            words.lang.as_str(),
            words.choice.as_str(),
            words.system.as_str()
        ),
        ("de", "system", "de")
    );
    // The page's messages in German: the app's files only, not the archive's.
    let sources = words.sources.concat();
    assert!(
        sources.contains("page-footer-language ="),
        "no page messages"
    );
    assert!(
        !sources.contains("\nletter-included"),
        "the archive's messages sent to the page"
    );
    assert!(
        sources.contains(&text(Lang::De, "page-footer-language", &[])),
        "not German"
    );

    let chosen = set_app_language(&german, "fr").unwrap();
    assert_eq!((chosen.lang.as_str(), chosen.choice.as_str()), ("fr", "fr"));
    // Remembered at the next start, whatever the system says.
    drop(german);
    let again = state_in(root.path(), Some("de_DE.UTF-8"));
    assert_eq!(app_words(&again).lang, "fr");
    let system = set_app_language(&again, "system").unwrap();
    assert_eq!(
        (system.lang.as_str(), system.choice.as_str()),
        ("de", "system")
    );
    let refused = set_app_language(&again, "tlh").unwrap_err();
    assert_eq!(refused.code, Code::InvalidInput);
    assert_eq!(
        app_words(&again).lang,
        "de",
        "a refused choice changed nothing"
    );

    // A locale none of ours, or none at all: English.
    for locale in [Some("ja_JP.UTF-8"), Some("C"), None] {
        let other = tempfile::tempdir().unwrap();
        assert_eq!(
            app_words(&state_in(other.path(), locale)).lang,
            "en",
            "{locale:?}"
        );
    }
}

#[test]
fn a_request_s_page_speaks_the_officer_s_language_and_its_answer_keeps_its_own() {
    let root = tempfile::tempdir().unwrap();
    let state = state_in(root.path(), Some("de_AT.UTF-8"));
    let today = act_desk::Clock::today(&act_desk::SystemClock);
    let received = today - time::Duration::days(3);
    requests::open_request(
        &state,
        NewRequest {
            reference: "DSR-7".into(),
            subject: "Contoso SA".into(),
            right: Right::Access,
            received: received.to_string(),
            language: Some("fr".into()),
        },
    )
    .unwrap();
    let detail = requests::request(&state, "DSR-7").unwrap();
    let case = &detail.case;
    assert_eq!(
        case.received_words,
        act_engine::dates::day_in_words(Lang::De, received)
    );
    assert_eq!(case.status_words, text(Lang::De, "record-status-open", &[]));
    let left = case.days_left.unsigned_abs();
    assert_eq!(
        case.standing,
        text(Lang::De, "record-days-left", &[("days", Arg::Count(left))])
    );
    assert_ne!(case.standing, format!("{left} days left"));
    // The answer is French: the request says so in the officer's German list of languages.
    assert_eq!(
        (case.language.as_str(), case.language_name.as_str()),
        ("fr", "Français")
    );
    let history: Vec<&str> = detail.events.iter().map(|e| e.what.as_str()).collect();
    let language = text(
        Lang::De,
        "history-answer-language",
        &[("language", Arg::Text("Français"))],
    );
    assert!(history.contains(&language.as_str()), "{history:?}");
    assert!(
        !history
            .iter()
            .any(|line| line.starts_with("Request opened")),
        "an English line in a German history: {history:?}"
    );

    // A rule the officer broke comes with its message, which the page writes in German.
    let refused = requests::record_delivery(
        &state,
        "DSR-7",
        Delivery {
            channel: Channel::Email,
            recipient: " ".into(),
            on: today.to_string(),
            password_sent: None,
        },
    )
    .unwrap_err();
    assert_eq!(refused.code, Code::InvalidInput);
    let words = refused.words.expect("the rule's message");
    assert_eq!(words.id, "rule-no-recipient");

    // A password's strength, as typed, in the officer's language.
    let weak = act_export_desktop::exports::strength(Lang::De, "aaaaaaaaaaaa");
    assert_eq!(weak.words, text(Lang::De, "shell-strength-weak", &[]));
}

/// The message ids the shell and the desk name in their sources (string literals of the
/// catalogue's app prefixes).
fn ids_named_in(dir: &Path, ids: &mut BTreeSet<String>) {
    const PREFIXES: [&str; 5] = ["record-", "history-", "shell-", "rule-", "page-"];
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let source = std::fs::read_to_string(entry.path()).unwrap();
        for literal in source.split('"').skip(1).step_by(2) {
            if PREFIXES.iter().any(|p| literal.starts_with(p))
                && literal
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                ids.insert(literal.to_string());
            }
        }
    }
}

#[test]
fn every_message_the_rust_side_names_is_in_the_catalogue() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut ids = BTreeSet::new();
    ids_named_in(&root.join("src-tauri/src"), &mut ids);
    ids_named_in(&root.join("src-tauri/crates/desk/src"), &mut ids);
    assert!(ids.len() > 40, "{ids:?}");
    let missing: Vec<&String> = ids
        .iter()
        .filter(|id| !act_engine::messages::has(Lang::En, id))
        .collect();
    assert!(
        missing.is_empty(),
        "not in the English messages: {missing:?}"
    );
}
