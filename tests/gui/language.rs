//! A request answered in the requester's language: chosen when it is opened, changed on its
//! page (recorded in its history), and the letter the archive opens with, previewed before
//! the export and in the saved archive, is written in it.

use act_test_support::read_zip;

use crate::harness::Gui;
use crate::{export_until_done, save, select_contoso_runs};

/// Chooses the option `value` of the select `css`, as a click on it does.
async fn choose(gui: &Gui, css: &str, value: &str) {
    gui.find(&format!("{css} option[value='{value}']"))
        .await
        .click()
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_french_request_is_answered_in_french() {
    let saves = tempfile::tempdir().unwrap();
    let save_dir = saves.path().display().to_string();
    let Some(gui) = Gui::start_with_env(&[("ACT_EXPORT_E2E_SAVE_DIR", &save_dir)]).await else {
        return;
    };
    gui.click("#new-request").await;
    gui.type_into("#nr-reference", "DSR-2026-077").await;
    gui.type_into("#nr-subject", "Contoso SA").await;
    choose(&gui, "#nr-language", "fr").await;
    gui.screenshot("new-request-language").await;
    gui.click("#nr-open").await;
    gui.wait_text("[data-testid=request-standing]", |t| {
        t.ends_with(" days left.")
    })
    .await;
    let chosen = gui
        .find("#request-language")
        .await
        .prop("value")
        .await
        .unwrap();
    assert_eq!(chosen.as_deref(), Some("fr"));

    // Changed on the request's page, and back: each is in its history.
    choose(&gui, "#request-language", "pl").await;
    gui.wait_text("#request-language-saved", |t| {
        t == "Saved: its answer (the letter and the archive's explanations) will be written in Polski."
    })
    .await;
    choose(&gui, "#request-language", "fr").await;
    gui.wait_text("#request-language-saved", |t| {
        t.ends_with("written in Français.")
    })
    .await;
    let history = gui
        .wait_text("[data-testid=request-events]", |t| {
            t.contains("To be answered in Français")
        })
        .await;
    assert!(history.contains("To be answered in Polski"), "{history}");
    gui.screenshot("request-language").await;

    // The letter, before the export and in the archive, is French.
    gui.click("#request-export").await;
    gui.wait_text("#connect-title", |t| t == "Connect to App Center")
        .await;
    gui.click("#try-sample").await;
    gui.wait_text("#apps-status", |t| t == "3 of 3 apps").await;
    select_contoso_runs(&gui).await;
    gui.click("#preview-letter").await;
    let preview = gui
        .wait_text("[data-testid=letter-preview]", |t| {
            t.contains("Notre référence")
        })
        .await;
    for text in [
        "DSR-2026-077.",
        "Bonjour Contoso SA,",
        "les 8 exécutions de test qui vous concernent",
        "RGPD",
    ] {
        assert!(preview.contains(text), "{text} not in {preview}");
    }
    gui.screenshot("letter-preview-fr").await;
    gui.click("#letter-close").await;
    export_until_done(&gui).await;
    let saved = save(&gui).await;
    let archive = read_zip(&saved);
    // Named in French, like the rest of the answer.
    let readme = String::from_utf8(archive["LISEZMOI.html"].clone()).unwrap();
    assert!(
        readme.contains("<section class=\"letter\" lang=\"fr\">"),
        "{readme}"
    );
    let manifest: serde_json::Value = serde_json::from_slice(&archive["manifest.json"]).unwrap();
    assert_eq!(manifest["language"], "fr");
    gui.finish().await;
}
