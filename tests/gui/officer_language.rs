//! The officer's language: an officer whose computer is set to German sees the app in German
//! from the first screen, in the 800x600 window, and answers a request marked French with a
//! French archive; an officer who chooses French in the app sees it in French at once. On each
//! screen the heading is the language's message and no English sentence of the app shows.

use act_engine::lang::Lang;
use act_engine::messages::{app_sources, text, Arg};
use act_test_support::read_zip;

use crate::harness::Gui;

/// The English sentences of the app's messages (values without variables, of three words or
/// more): none may show on a screen of another language.
fn english_sentences() -> Vec<String> {
    app_sources(Lang::En)
        .concat()
        .lines()
        .filter_map(|line| {
            let (id, value) = line.split_once(" = ")?;
            let plain = id.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && !value.contains(['{', '}', '<']);
            (plain && value.split_whitespace().count() >= 3).then(|| value.trim().to_string())
        })
        .collect()
}

/// What the window shows now (header, screen, footer), as a person reads it.
async fn shown_text(gui: &Gui) -> String {
    gui.client
        .execute("return document.body.innerText;", vec![])
        .await
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Waits for the screen whose heading is `heading` (the message in `lang`), checks that no
/// English sentence shows, and takes its screenshot.
async fn on_screen(gui: &Gui, lang: Lang, css: &str, heading: &str, shot: &str) {
    let expected = text(lang, heading, &[]);
    gui.wait_text(css, |t| t == expected).await;
    let shown = shown_text(gui).await;
    let english: Vec<String> = english_sentences()
        .into_iter()
        .filter(|sentence| shown.contains(sentence.as_str()))
        .collect();
    assert!(
        english.is_empty(),
        "English on the {shot} screen: {english:?}\n{shown}"
    );
    gui.screenshot(shot).await;
}

/// Where the element and the screen's area are, for a failure's message.
async fn rects(gui: &Gui, css: &str) -> String {
    let script = "const r = (e) => JSON.stringify(e.getBoundingClientRect());
        return r(document.querySelector(arguments[0])) + ' in ' + r(document.getElementById('main'));";
    gui.client
        .execute(script, vec![serde_json::Value::from(css)])
        .await
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// True when the element shows whole in the window.
async fn in_window(gui: &Gui, css: &str) -> bool {
    let script = "const r = document.querySelector(arguments[0]).getBoundingClientRect();
        return r.width > 0 && r.top >= 0 && r.left >= 0
          && r.bottom <= window.innerHeight && r.right <= window.innerWidth;";
    gui.client
        .execute(script, vec![serde_json::Value::from(css)])
        .await
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Chooses the option `value` of the select `css`, as a click on it does.
async fn choose(gui: &Gui, css: &str, value: &str) {
    gui.find(&format!("{css} option[value='{value}']"))
        .await
        .click()
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_german_officer_answers_a_french_request_in_french() {
    let saves = tempfile::tempdir().unwrap();
    let save_dir = saves.path().display().to_string();
    let Some(gui) = Gui::start_with_env(&[
        ("ACT_EXPORT_E2E_SAVE_DIR", &save_dir),
        ("LANG", "de_DE.UTF-8"),
    ])
    .await
    else {
        return;
    };
    let de = Lang::De;
    gui.resize(800, 600).await;
    let lang = gui.find("html").await.attr("lang").await.unwrap();
    assert_eq!(lang.as_deref(), Some("de"));
    on_screen(
        &gui,
        de,
        "#requests-title",
        "page-requests-title",
        "officer-de-requests",
    )
    .await;
    assert!(gui.in_view("#new-request").await, "New request at 800x600");
    let chosen = gui.find("#app-language").await.prop("value").await.unwrap();
    assert_eq!(chosen.as_deref(), Some("system"));

    // A new request is answered in the officer's language unless said otherwise: French here.
    gui.click("#new-request").await;
    gui.type_into("#nr-reference", "DSR-2026-101").await;
    gui.type_into("#nr-subject", "Contoso SA").await;
    let default = gui.find("#nr-language").await.prop("value").await.unwrap();
    assert_eq!(default.as_deref(), Some("de"));
    choose(&gui, "#nr-language", "fr").await;
    gui.screenshot("officer-de-new-request").await;
    // The dialog scrolls within the window: its button is reached and shows whole.
    gui.show("#nr-open").await;
    assert!(
        in_window(&gui, "#nr-open").await,
        "Open the request at 800x600"
    );
    gui.click("#nr-open").await;
    let history = text(
        de,
        "history-answer-language",
        &[("language", Arg::Text("Français"))],
    );
    gui.wait_text("[data-testid=request-events]", |t| t.contains(&history))
        .await;
    on_screen(
        &gui,
        de,
        "label[for='request-language']",
        "page-request-language",
        "officer-de-request",
    )
    .await;

    // The export: the steps in German, the letter in French.
    gui.click("#request-export").await;
    on_screen(
        &gui,
        de,
        "#connect-title",
        "page-connect-title",
        "officer-de-connect",
    )
    .await;
    gui.click("#try-sample").await;
    on_screen(
        &gui,
        de,
        "#apps-title",
        "page-apps-title",
        "officer-de-apps",
    )
    .await;
    gui.click("[data-testid='app-northwind-qa/fieldmate-android']")
        .await;
    gui.find("#filter-series option[value='contoso-regression']")
        .await
        .click()
        .await
        .unwrap();
    let shown = text(
        de,
        "runs-shown",
        &[("shown", Arg::Count(8)), ("total", Arg::Count(24))],
    );
    gui.wait_text("#shown-count", |t| t == shown).await;
    gui.click("#select-shown").await;
    on_screen(
        &gui,
        de,
        "#runs-title",
        "page-runs-title",
        "officer-de-runs",
    )
    .await;
    assert!(
        gui.in_view("#export").await,
        "Export at 800x600: {}",
        rects(&gui, "#export").await
    );
    gui.click("#preview-letter").await;
    let preview = gui
        .wait_text("[data-testid=letter-preview]", |t| {
            t.contains("Notre référence")
        })
        .await;
    assert!(preview.contains("Bonjour Contoso SA,"), "{preview}");
    gui.click("#letter-close").await;
    gui.click("#export").await;
    on_screen(
        &gui,
        de,
        "#done-title",
        "page-done-title",
        "officer-de-done",
    )
    .await;
    assert!(gui.in_view("#save").await, "Save as at 800x600");
    gui.click("#save").await;
    let saved_to = text(de, "exporting-saved", &[("path", Arg::Text(""))]);
    let status = gui
        .wait_text("[data-testid=save-status]", |t| t.starts_with(&saved_to))
        .await;
    let archive = read_zip(std::path::Path::new(status.trim_start_matches(&saved_to)));
    // Named in French, like the rest of the answer.
    let readme = String::from_utf8(archive["LISEZMOI.html"].clone()).unwrap();
    assert!(readme.contains("<html lang=\"fr\">"), "{readme}");
    let how = String::from_utf8(archive["manifest.json"].clone()).unwrap();
    assert!(how.contains("\"language\": \"fr\""), "{how}");
    gui.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_officer_who_chooses_french_sees_the_app_in_french() {
    let Some(gui) = Gui::start().await else {
        return;
    };
    let en = text(Lang::En, "page-requests-title", &[]);
    gui.wait_text("#requests-title", |t| t == en).await;
    choose(&gui, "#app-language", "fr").await;
    let fr = Lang::Fr;
    on_screen(
        &gui,
        fr,
        "#requests-title",
        "page-requests-title",
        "officer-fr-requests",
    )
    .await;
    let lang = gui.find("html").await.attr("lang").await.unwrap();
    assert_eq!(lang.as_deref(), Some("fr"));
    let chosen = gui.find("#app-language").await.prop("value").await.unwrap();
    assert_eq!(chosen.as_deref(), Some("fr"));
    gui.click("#quick-export").await;
    on_screen(
        &gui,
        fr,
        "#connect-title",
        "page-connect-title",
        "officer-fr-connect",
    )
    .await;
    gui.click("#try-sample").await;
    on_screen(
        &gui,
        fr,
        "#apps-title",
        "page-apps-title",
        "officer-fr-apps",
    )
    .await;
    // Back on the Requests screen, and back to the system's language (English here).
    gui.click("#nav-requests").await;
    on_screen(
        &gui,
        fr,
        "#requests-title",
        "page-requests-title",
        "officer-fr-back",
    )
    .await;
    choose(&gui, "#app-language", "system").await;
    gui.wait_text("#requests-title", |t| t == en).await;
    gui.finish().await;
}
