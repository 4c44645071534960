//! The organisation's texts for the cover letter, per language of the answer, through the
//! plain functions the commands call: the form shows a language's texts (those saved for it,
//! else the general ones as its letters use them) and saves them for that language alone; the
//! preview takes the request's language's; the settings of the previous version (one profile)
//! still load and keep working.

use std::path::Path;
use std::sync::Arc;

use act_engine::lang::Lang;
use act_engine::letter::ControllerProfile;
use act_export_desktop::cache::InstanceCache;
use act_export_desktop::error::Code;
use act_export_desktop::letter::{letter_preview, letter_profile, save_letter_profile};
use act_export_desktop::page::{self, LetterPart, NewRequest, PreviewApp, PreviewAsk, Right};
use act_export_desktop::requests;
use act_export_desktop::settings::Settings;
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

fn open(state: &AppState, reference: &str, language: &str) {
    let received = act_desk::Clock::today(&act_desk::SystemClock) - time::Duration::days(3);
    requests::open_request(
        state,
        NewRequest {
            reference: reference.into(),
            subject: "Contoso".into(),
            right: Right::Access,
            received: received.to_string(),
            language: Some(language.into()),
        },
    )
    .unwrap();
}

/// The preview of the letter for the request `reference`, every text of it on one line.
fn preview(state: &AppState, reference: &str) -> (String, String) {
    let preview = letter_preview(
        state,
        PreviewAsk {
            reference: Some(reference.into()),
            subject: Some("Contoso".into()),
            apps: vec![PreviewApp {
                name: "FieldMate".into(),
                slug: "northwind-qa/fieldmate".into(),
                runs: Some(2),
            }],
        },
    )
    .unwrap();
    let text = preview
        .parts
        .iter()
        .map(|part| match part {
            LetterPart::Heading { text } | LetterPart::Paragraph { text } => text.clone(),
            LetterPart::Item { term, text } => format!("{term}: {text}"),
        })
        .collect::<Vec<_>>()
        .join("\n");
    (preview.lang, text)
}

#[test]
fn each_language_s_texts_are_shown_saved_and_used_by_its_letters() {
    let root = tempfile::tempdir().unwrap();
    let state = state_in(root.path(), Some("de_DE.UTF-8"));
    // A German officer's form: the German suggestions, for German letters.
    let german = letter_profile(&state, None).unwrap();
    assert_eq!(
        german,
        page::profile(&ControllerProfile::suggested(Lang::De))
    );
    assert_eq!(letter_profile(&state, Some("de")).unwrap(), german);

    // French texts, saved for French letters: trimmed, a blank field the French suggestion.
    let mut french = letter_profile(&state, Some("fr")).unwrap();
    assert_eq!(
        french,
        page::profile(&ControllerProfile::suggested(Lang::Fr))
    );
    french.controller = "Northwind QA SARL".into();
    french.purposes = "  Pour tester nos applications mobiles. ".into();
    french.signature = " ".into();
    save_letter_profile(&state, french, Some("fr")).unwrap();
    let shown = letter_profile(&state, Some("fr")).unwrap();
    assert_eq!(shown.controller, "Northwind QA SARL");
    assert_eq!(shown.purposes, "Pour tester nos applications mobiles.");
    assert_eq!(
        shown.signature,
        ControllerProfile::suggested(Lang::Fr).signature
    );
    // Only French's: the German form is as it was.
    assert_eq!(letter_profile(&state, None).unwrap(), german);
    let settings = Settings::load(state.settings_path());
    assert_eq!(settings.profile.general, ControllerProfile::default());
    assert_eq!(
        settings.profile.languages.keys().collect::<Vec<_>>(),
        [&Lang::Fr]
    );

    // The officer's own language: the organisation's general texts, for every language
    // without its own (Italian); French keeps its.
    let mut mine = german.clone();
    mine.controller = "Northwind QA GmbH".into();
    save_letter_profile(&state, mine, None).unwrap();
    assert_eq!(
        letter_profile(&state, Some("de")).unwrap().controller,
        "Northwind QA GmbH"
    );
    assert_eq!(
        letter_profile(&state, Some("it")).unwrap().controller,
        "Northwind QA GmbH"
    );
    assert_eq!(
        letter_profile(&state, Some("fr")).unwrap().controller,
        "Northwind QA SARL"
    );

    // The preview of each request's letter: its language's texts.
    open(&state, "DSR-1", "fr");
    open(&state, "DSR-2", "de");
    open(&state, "DSR-3", "it");
    let (lang, text) = preview(&state, "DSR-1");
    assert_eq!(lang, "fr");
    for needed in ["Northwind QA SARL", "Pour tester nos applications mobiles."] {
        assert!(text.contains(needed), "{needed} not in {text}");
    }
    let (lang, text) = preview(&state, "DSR-2");
    assert_eq!(lang, "de");
    assert!(text.contains("Northwind QA GmbH"), "{text}");
    assert!(!text.contains("Pour tester"), "{text}");
    let suggested = ControllerProfile::suggested(Lang::It);
    let (lang, text) = preview(&state, "DSR-3");
    assert_eq!(lang, "it");
    assert!(text.contains(&suggested.purposes), "{text}");
    assert!(text.contains("Northwind QA GmbH"), "{text}");
    for other in ["Northwind QA SARL", "Pour tester"] {
        assert!(!text.contains(other), "{other} in {text}");
    }

    // A language the letters are not written in is refused, and nothing changes.
    let before = std::fs::read(state.settings_path()).unwrap();
    let refused = letter_profile(&state, Some("tlh")).unwrap_err();
    assert_eq!(refused.code, Code::InvalidInput);
    let refused = save_letter_profile(&state, german, Some("pt")).unwrap_err();
    assert_eq!(refused.code, Code::InvalidInput);
    assert_eq!(std::fs::read(state.settings_path()).unwrap(), before);
}

/// settings.json as the previous version wrote it: one profile, the officer's own texts in it.
const PREVIOUS_SETTINGS: &str = r#"{
  "remind_after_days": 14,
  "protected_requests": ["DSR-7"],
  "profile": {
    "controller": "Northwind QA Ltd",
    "contact": "the contact who sent you this archive",
    "dpo": "Dana Reyes, dpo@northwind.example",
    "purposes": "Zum Testen unserer Apps.",
    "categories": "Test runs and their results, test reports with device logs and screenshots, the app builds, symbol files and test files uploaded for them, and the names and dates that go with them.",
    "recipients": "Microsoft, which ran the App Center Test service for us as our processor. No one else received this data from us.",
    "retention": "As long as the testing contract runs, and then until the end of its retention period, after which it is deleted.",
    "source": "You, or your organisation, when the tests were set up and run; the reports were made by the test service.",
    "automated_decisions": "None: no decision about you is made by automated means from this data.",
    "transfers": "The App Center service stored data in the United States under the European Commission's standard contractual clauses.",
    "authority": "the data protection authority of the country where you live or work",
    "signature": "The privacy team"
  }
}"#;

#[test]
fn the_previous_version_s_settings_load_and_keep_working() {
    let root = tempfile::tempdir().unwrap();
    let state = state_in(root.path(), Some("fr_FR.UTF-8"));
    std::fs::write(state.settings_path(), PREVIOUS_SETTINGS).unwrap();
    let settings = Settings::load(state.settings_path());
    assert_eq!(settings.remind_after_days, 14, "the settings were not read");
    assert_eq!(settings.protected_requests, ["DSR-7"]);
    assert!(settings.profile.languages.is_empty());
    assert_eq!(settings.profile.general.controller, "Northwind QA Ltd");

    // The French officer's form: the officer's texts as written, the suggestions in French.
    let french = letter_profile(&state, None).unwrap();
    let suggested = ControllerProfile::suggested(Lang::Fr);
    assert_eq!(french.controller, "Northwind QA Ltd");
    assert_eq!(french.dpo, "Dana Reyes, dpo@northwind.example");
    assert_eq!(french.purposes, "Zum Testen unserer Apps.");
    assert_eq!(french.categories, suggested.categories);
    assert_eq!(french.signature, suggested.signature);

    // Saved for Italian with an Italian text: the general profile stays the one it was, the
    // other settings too, and the file still reads as the previous version's (which ignores
    // "languages").
    let mut typed = letter_profile(&state, Some("it")).unwrap();
    assert_eq!(typed.purposes, "Zum Testen unserer Apps.");
    typed.purposes = "Per testare le nostre app.".into();
    save_letter_profile(&state, typed, Some("it")).unwrap();
    let settings = Settings::load(state.settings_path());
    assert_eq!(settings.remind_after_days, 14);
    assert_eq!(settings.protected_requests, ["DSR-7"]);
    assert_eq!(
        settings.profile.general.purposes,
        "Zum Testen unserer Apps."
    );
    let written: serde_json::Value =
        serde_json::from_slice(&std::fs::read(state.settings_path()).unwrap()).unwrap();
    assert_eq!(
        written["profile"]["languages"]["it"],
        serde_json::json!({"purposes": "Per testare le nostre app."}),
        "{written}"
    );
    let previous: ControllerProfile = serde_json::from_value(written["profile"].clone()).unwrap();
    assert_eq!(previous, settings.profile.general);
    assert_eq!(
        letter_profile(&state, Some("de")).unwrap().purposes,
        "Zum Testen unserer Apps."
    );

    // Saved in the officer's own language (French): the general texts, for every language
    // without its own (German), not Italian, which has its own.
    let mut french = letter_profile(&state, None).unwrap();
    french.purposes = "Pour tester nos applications.".into();
    save_letter_profile(&state, french, None).unwrap();
    assert_eq!(
        letter_profile(&state, Some("de")).unwrap().purposes,
        "Pour tester nos applications."
    );
    assert_eq!(
        letter_profile(&state, Some("it")).unwrap().purposes,
        "Per testare le nostre app."
    );
}
