//! The cover letter in the requester's language: every sentence of it, the Regulation's
//! terms as its readers know them, the app's suggested texts translated and the officer's own
//! texts kept as written.

use std::collections::BTreeMap;

use act_engine::lang::Lang;
use act_engine::letter::{compose, ControllerProfile, Found, FoundApp, LeftOut, Letter, Part};

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
