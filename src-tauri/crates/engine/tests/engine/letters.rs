//! The cover letter in the requester's language: every sentence of it, the Regulation's
//! terms as its readers know them, the app's suggested texts translated and the officer's own
//! texts kept as written.

use std::collections::BTreeMap;

use act_engine::lang::Lang;
use act_engine::letter::{
    compose, ControllerProfile, Field, Found, FoundApp, LeftOut, Letter, Part, Profiles,
};

const APPS: [FoundApp<'static>; 2] = [
    FoundApp {
        name: "FieldMate for Android",
        slug: "northwind-qa/fieldmate-android",
        whole_app: false,
        runs: 8,
    },
    FoundApp {
        name: "FieldMate for iOS",
        slug: "northwind-qa/fieldmate-ios",
        whole_app: true,
        runs: 3,
    },
];

fn left_out() -> LeftOut {
    LeftOut {
        records: 16,
        missing_files: 1,
        links_not_fetched: BTreeMap::from([("link-not-valid".to_string(), 1)]),
        links_not_followed: BTreeMap::from([
            ("link-no-address".to_string(), 1),
            ("link-other-host".to_string(), 2),
        ]),
    }
}

fn letter_in(lang: Lang, profile: ControllerProfile) -> Vec<String> {
    let letter = Letter {
        profile,
        reference: Some("DSR-2026-050".into()),
        received: Some(time::macros::date!(2026 - 11 - 26)),
    };
    let left_out = left_out();
    let found = Found {
        subject: Some("Contoso Ltd"),
        apps: &APPS,
        files: Some((75, 5_400_000)),
        left_out: Some(&left_out),
        made: time::macros::datetime!(2026-12-06 19:35 UTC),
    };
    compose(&letter, &found, lang)
        .into_iter()
        .map(|part| match part {
            Part::Heading { text } | Part::Paragraph { text } => text,
            Part::Item { term, text } => format!("{term}: {text}"),
        })
        .collect()
}

/// A French request answered by an officer whose app speaks another language: the letter is
/// French from its first line to its signature, with the French Regulation's terms; no
/// sentence of the English letter is left in it.
#[test]
fn a_french_letter_is_french_throughout() {
    let french = letter_in(Lang::Fr, ControllerProfile::default());
    let english = letter_in(Lang::En, ControllerProfile::default());
    let text = french.join("\n");
    for needed in [
        "DSR-2026-050",
        "jeudi 26 novembre 2026",
        "6 décembre 2026 à 19:35 UTC",
        "RGPD",
        "article 15, paragraphe 4",
        "autorité de contrôle",
        "rectification",
        "effacement",
        "5,4 Mo",
        "Contoso Ltd",
        "FieldMate for Android (northwind-qa/fieldmate-android)",
    ] {
        assert!(text.contains(needed), "{needed} not in\n{text}");
    }
    for line in &english {
        assert!(!french.contains(line), "left in English: {line}");
    }
    for word in [
        " the ", " and ", " of ", " your ", " you ", "What ", "test run", "Dear ",
    ] {
        assert!(!text.contains(word), "{word:?} in\n{text}");
    }
}

/// The officer's own texts stay as typed; the app's suggestions come in the answer's language.
#[test]
fn the_suggested_texts_are_translated_and_the_officers_own_are_kept() {
    let profile = ControllerProfile {
        controller: "Northwind QA Ltd".into(),
        purposes: "Zum Testen unserer Apps.".into(),
        ..ControllerProfile::default()
    };
    let german = letter_in(Lang::De, profile.clone());
    assert!(german.iter().any(|l| l.contains("Northwind QA Ltd")));
    assert!(german
        .iter()
        .any(|l| l.ends_with(": Zum Testen unserer Apps.")));
    let suggested = ControllerProfile::suggested(Lang::De);
    assert!(german
        .iter()
        .any(|l| l.ends_with(&format!(": {}", suggested.categories))));
    // A profile saved with another language's suggestions is given in the answer's.
    let from_polish = ControllerProfile {
        recipients: ControllerProfile::suggested(Lang::Pl).recipients,
        ..profile
    };
    assert_eq!(
        from_polish.in_language(Lang::De).recipients,
        suggested.recipients
    );
}

/// A letter in a language uses the texts given for that language, else the general profile
/// as that language's letter would (suggestions translated, the officer's own as written); a
/// text given for French is never used for German.
#[test]
fn a_language_s_own_texts_come_first_and_stay_in_that_language() {
    let general = ControllerProfile {
        controller: "Northwind QA GmbH".into(),
        purposes: "Zum Testen unserer Apps.".into(),
        ..ControllerProfile::default()
    };
    let mut profiles = Profiles::from(general.clone());
    profiles.languages.insert(
        Lang::Fr,
        [
            (Field::Purposes, "Pour tester nos applications.".to_string()),
            (Field::Signature, "Le service juridique".to_string()),
        ]
        .into(),
    );
    let french = profiles.for_language(Lang::Fr);
    assert_eq!(french.purposes, "Pour tester nos applications.");
    assert_eq!(french.signature, "Le service juridique");
    // What French did not give comes from the general profile, as a French letter has it.
    assert_eq!(french.controller, "Northwind QA GmbH");
    assert_eq!(
        french.categories,
        ControllerProfile::suggested(Lang::Fr).categories
    );

    let german = profiles.for_language(Lang::De);
    assert_eq!(german, general.in_language(Lang::De));
    assert_eq!(german.purposes, "Zum Testen unserer Apps.");
    assert_eq!(
        german.signature,
        ControllerProfile::suggested(Lang::De).signature
    );
    for lang in Lang::ALL {
        let profile = profiles.for_language(lang);
        let every_text = serde_json::to_string(&profile).unwrap();
        if lang != Lang::Fr {
            assert!(!every_text.contains("Pour tester"), "{lang}: {every_text}");
            assert!(!every_text.contains("service juridique"), "{lang}");
        }
    }
    // The letters say so.
    let letter = |lang: Lang| {
        compose(
            &Letter {
                profile: profiles.for_language(lang),
                ..Letter::default()
            },
            &Found {
                subject: None,
                apps: &APPS,
                files: None,
                left_out: None,
                made: time::macros::datetime!(2026-12-06 19:35 UTC),
            },
            lang,
        )
    };
    let french = serde_json::to_string(&letter(Lang::Fr)).unwrap();
    assert!(french.contains("Pour tester nos applications."), "{french}");
    let german = serde_json::to_string(&letter(Lang::De)).unwrap();
    assert!(german.contains("Zum Testen unserer Apps."), "{german}");
    assert!(!german.contains("Pour tester"), "{german}");
}

/// The texts the form saves for a language are what that language's letters then use; the
/// ones it leaves as the general profile gives them follow the general profile, and a language
/// saved as the general profile gives it has no texts of its own.
#[test]
fn a_language_keeps_what_differs_from_the_general_profile() {
    let mut profiles = Profiles::from(ControllerProfile {
        controller: "Northwind QA Ltd".into(),
        ..ControllerProfile::default()
    });
    let mut typed = profiles.for_language(Lang::Nl);
    assert_eq!(
        typed.purposes,
        ControllerProfile::suggested(Lang::Nl).purposes
    );
    typed.purposes = "Om onze apps te testen.".into();
    // Another language's suggestion, kept: given in Dutch, not Dutch's own.
    typed.retention = ControllerProfile::suggested(Lang::En).retention;
    profiles.set_language(Lang::Nl, &typed);
    assert_eq!(
        profiles.languages[&Lang::Nl],
        [(Field::Purposes, "Om onze apps te testen.".to_string())].into()
    );
    assert_eq!(profiles.for_language(Lang::Nl), typed.in_language(Lang::Nl));
    assert_eq!(
        profiles.for_language(Lang::Nl).retention,
        ControllerProfile::suggested(Lang::Nl).retention
    );
    // Not another language's.
    assert_eq!(
        profiles.for_language(Lang::De).purposes,
        ControllerProfile::suggested(Lang::De).purposes
    );

    let general = profiles.general.in_language(Lang::Nl);
    profiles.set_language(Lang::Nl, &general);
    assert!(profiles.languages.is_empty(), "{:?}", profiles.languages);
}

/// The general texts (the officer's language saves them) reach every language without its
/// own; a language whose own texts become the general ones keeps none.
#[test]
fn the_general_texts_reach_every_language_without_its_own() {
    let mut profiles = Profiles::default();
    let mut french = profiles.for_language(Lang::Fr);
    french.purposes = "Pour tester nos applications.".into();
    profiles.set_language(Lang::Fr, &french);
    let mut german = profiles.for_language(Lang::De);
    german.controller = "Northwind QA GmbH".into();
    german.purposes = "Zum Testen unserer Apps.".into();
    profiles.set_general(&german);
    assert_eq!(
        profiles.for_language(Lang::It).controller,
        "Northwind QA GmbH"
    );
    assert_eq!(
        profiles.for_language(Lang::It).purposes,
        "Zum Testen unserer Apps."
    );
    let french = profiles.for_language(Lang::Fr);
    assert_eq!(french.purposes, "Pour tester nos applications.");
    assert_eq!(french.controller, "Northwind QA GmbH");
    // French's own purposes written as the general ones: French keeps none.
    let mut same = profiles.general.clone();
    same.purposes = "Pour tester nos applications.".into();
    profiles.set_general(&same);
    assert!(profiles.languages.is_empty(), "{:?}", profiles.languages);
}

/// The profile as JSON: a file of one profile (the previous form) is read as before; texts
/// for a language go under "languages", each field optional; a field or a language that does
/// not exist is refused, not ignored.
#[test]
fn profiles_read_from_json_old_and_new() {
    let one: Profiles =
        serde_json::from_str(r#"{"controller": "Northwind QA Ltd", "dpo": "Dana Reyes"}"#).unwrap();
    assert!(one.languages.is_empty());
    assert_eq!(one.general.controller, "Northwind QA Ltd");
    assert_eq!(one.general.purposes, ControllerProfile::default().purposes);
    assert_eq!(
        one.for_language(Lang::It),
        one.general.in_language(Lang::It)
    );

    let several: Profiles = serde_json::from_str(
        r#"{"controller": "Northwind QA Ltd",
            "languages": {"fr": {"purposes": "Pour tester nos applications.",
                                 "automated_decisions": "Aucune."},
                          "de": {}}}"#,
    )
    .unwrap();
    assert_eq!(several.general.controller, "Northwind QA Ltd");
    assert_eq!(
        several.for_language(Lang::Fr).automated_decisions,
        "Aucune."
    );
    assert_eq!(
        several.for_language(Lang::De),
        several.general.in_language(Lang::De)
    );
    let again: Profiles = serde_json::from_str(&serde_json::to_string(&several).unwrap()).unwrap();
    assert_eq!(again, several);
    // No languages: written as one profile, as the previous version reads it.
    let written = serde_json::to_value(&one).unwrap();
    assert!(written.get("languages").is_none(), "{written}");
    let _: ControllerProfile = serde_json::from_value(written).unwrap();

    for wrong in [
        r#"{"languages": {"fr": {"purpose": "typo"}}}"#,
        r#"{"languages": {"pt": {"purposes": "Para testar."}}}"#,
        r#"{"languages": {"fr": "Pour tester."}}"#,
    ] {
        assert!(serde_json::from_str::<Profiles>(wrong).is_err(), "{wrong}");
    }
}

/// Every language's letter, whole: what a person who speaks it reviews.
#[test]
fn the_letter_in_every_language() {
    for lang in Lang::ALL {
        insta::assert_snapshot!(
            format!("letter_{}", lang.code()),
            letter_in(lang, ControllerProfile::default()).join("\n\n")
        );
    }
}
