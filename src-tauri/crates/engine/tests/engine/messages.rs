//! The archive's messages in every language: every message of English exists in every
//! language with the same variables, each plural choice has a form for each of the
//! language's plural categories (CLDR's: Polish has one, few and many), and no message is
//! left in English. The files are read as they are on disk, so a translator sees the
//! result without building the app.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use act_engine::lang::Lang;
use fluent_syntax::ast;
use intl_pluralrules::{PluralRuleType, PluralRules};

/// Messages of more than one word that may read the same as in English: only placeables and
/// punctuation in some languages ("{ $date }, { $time } UTC"), or a unit (Dutch "bytes"). A
/// message of one word may always (a cognate: "Export", "Status").
const MAY_BE_THE_SAME: [&str; 6] = [
    "moment",
    "readme-column-sha256",
    "letter-signed",
    "size-bytes",
    "format-size-bytes",
    "ledger-left-out-records",
];

fn locales() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// A message's (or term's) variables and the keys of each choice on a number.
#[derive(Debug, Default)]
struct Shape {
    variables: BTreeSet<String>,
    /// Each choice's variable and its variants' keys (the default marked with `*`).
    choices: Vec<(String, BTreeSet<String>)>,
    /// The words outside placeables, to tell an untranslated message.
    text: String,
}

fn walk_pattern(pattern: &ast::Pattern<&str>, shape: &mut Shape) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => shape.text.push_str(value),
            ast::PatternElement::Placeable { expression } => walk_expression(expression, shape),
        }
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, shape: &mut Shape) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, shape),
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in &arguments.positional {
                walk_inline(argument, shape);
            }
        }
        _ => {}
    }
}

fn walk_expression(expression: &ast::Expression<&str>, shape: &mut Shape) {
    match expression {
        ast::Expression::Inline(inline) => walk_inline(inline, shape),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, shape);
            if let ast::InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .map(|v| {
                        let key = match &v.key {
                            ast::VariantKey::Identifier { name } => name.to_string(),
                            ast::VariantKey::NumberLiteral { value } => value.to_string(),
                        };
                        if v.default {
                            format!("*{key}")
                        } else {
                            key
                        }
                    })
                    .collect();
                shape.choices.push((id.name.to_string(), keys));
            }
            for variant in variants {
                walk_pattern(&variant.value, shape);
            }
        }
    }
}

/// Every message and term of a language's files, by id, with its shape.
fn shapes(lang: Lang) -> BTreeMap<String, Shape> {
    let dir = locales().join(lang.code());
    let mut all = BTreeMap::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        let resource = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", file.display()));
        for entry in &resource.body {
            // A message's value and each of its attributes (`id.aria-label`), each a pattern
            // of its own; a message has a value, or attributes, or both.
            let (id, value, attributes) = match entry {
                ast::Entry::Message(m) => {
                    (m.id.name.to_string(), m.value.as_ref(), &m.attributes[..])
                }
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &[][..]),
                ast::Entry::Junk { content } => {
                    panic!("{}: cannot be read: {content}", file.display())
                }
                _ => continue,
            };
            assert!(
                value.is_some() || !attributes.is_empty(),
                "{}: {id} has no value",
                file.display()
            );
            let patterns = value.map(|v| (id.clone(), v)).into_iter().chain(
                attributes
                    .iter()
                    .map(|a| (format!("{id}.{}", a.id.name), &a.value)),
            );
            for (id, pattern) in patterns {
                let mut shape = Shape::default();
                walk_pattern(pattern, &mut shape);
                assert!(
                    all.insert(id.clone(), shape).is_none(),
                    "{}: {id} is there twice",
                    file.display()
                );
            }
        }
    }
    all
}

/// The plural categories `lang`'s whole numbers fall in (CLDR's rules; counts are whole):
/// for Polish one (1), few (2-4, 22-24...) and many (0, 5-21, 25...).
fn categories(lang: Lang) -> BTreeSet<String> {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap();
    let rules = PluralRules::create(id, PluralRuleType::CARDINAL).unwrap();
    (0..=1000u64)
        .map(|n| format!("{:?}", rules.select(n).unwrap()).to_lowercase())
        .collect()
}

const PLURAL_KEYS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

#[test]
fn every_message_is_in_every_language_with_the_same_variables() {
    let english = shapes(Lang::En);
    assert!(english.len() > 50, "{}", english.len());
    let mut wrong = Vec::new();
    for lang in Lang::ALL.into_iter().skip(1) {
        let theirs = shapes(lang);
        for (id, shape) in &english {
            match theirs.get(id) {
                None => wrong.push(format!("{}: {id} is missing", lang.code())),
                Some(their) if their.variables != shape.variables => wrong.push(format!(
                    "{}: {id} uses {:?}, English {:?}",
                    lang.code(),
                    their.variables,
                    shape.variables
                )),
                Some(_) => {}
            }
        }
        for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
            // A language may have terms of its own (grammatical forms); not messages.
            if !id.starts_with('-') {
                wrong.push(format!("{}: {id} is not an English message", lang.code()));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_choice_on_a_number_has_each_plural_form_of_the_language() {
    let mut wrong = Vec::new();
    for lang in Lang::ALL {
        let needed = categories(lang);
        for (id, shape) in shapes(lang) {
            for (variable, keys) in &shape.choices {
                let plain: BTreeSet<String> = keys
                    .iter()
                    .map(|k| k.trim_start_matches('*').to_string())
                    .collect();
                if !plain.iter().any(|k| PLURAL_KEYS.contains(&k.as_str())) {
                    continue;
                }
                let missing: Vec<&String> = needed.difference(&plain).collect();
                if !missing.is_empty() {
                    wrong.push(format!(
                        "{}: {id}: the choice on ${variable} has no form for {missing:?}",
                        lang.code()
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert_eq!(
        categories(Lang::Pl),
        ["few", "many", "one"].map(String::from).into()
    );
}

#[test]
fn no_message_is_left_in_english() {
    let english = shapes(Lang::En);
    let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut wrong = Vec::new();
    for lang in Lang::ALL.into_iter().skip(1) {
        for (id, shape) in shapes(lang) {
            let Some(en) = english.get(&id) else { continue };
            let has_words = en
                .text
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count()
                > 1;
            if has_words
                && !MAY_BE_THE_SAME.contains(&id.as_str())
                && words(&shape.text) == words(&en.text)
            {
                wrong.push(format!("{}: {id} reads as in English", lang.code()));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Dates, sizes and counts as each language writes them (CLDR's dates, each language's
/// plural forms): a snapshot per language, read by someone who speaks it.
#[test]
fn dates_sizes_and_counts_in_every_language() {
    use act_engine::dates::{day_in_words, moment_in_words};
    use act_engine::messages::{text, Arg};
    use act_engine::readme::human_size;

    for lang in Lang::ALL {
        let mut lines = vec![
            day_in_words(lang, time::macros::date!(2026 - 11 - 26)),
            moment_in_words(lang, time::macros::datetime!(2026-12-01 09:05 UTC)),
        ];
        for bytes in [1, 999, 1_500, 12_000_000, 3_400_000_000] {
            lines.push(human_size(lang, bytes));
        }
        for n in [0u64, 1, 2, 4, 5, 12, 22, 25, 101, 112] {
            let size = human_size(lang, 11_000_000);
            let files = text(
                lang,
                "letter-files",
                &[("files", Arg::Count(n)), ("size", Arg::Text(&size))],
            );
            lines.push(text(
                lang,
                "letter-included",
                &[("runs", Arg::Count(n)), ("files", Arg::Text(&files))],
            ));
        }
        for n in [1u64, 2, 5, 22] {
            lines.push(text(lang, "letter-missing-files", &[("n", Arg::Count(n))]));
        }
        insta::assert_snapshot!(format!("words_{}", lang.code()), lines.join("\n"));
    }
}
