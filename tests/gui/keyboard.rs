//! The app with the keyboard alone: a sample export from the first screen to Save counted in
//! key presses, the runs and the requests tables as grids (one Tab stop; the arrows, Space,
//! Shift and Ctrl+A), and the dialogs' focus (in on opening, kept inside, given back on
//! closing, Escape for Cancel).
//!
//! Every key goes through WebDriver's key actions to whatever has the focus, as a person's
//! keyboard does (WebKitWebDriver answers once the page has handled the key). The test waits
//! for the page to move the focus where it says it does (a screen moves it once it shows what
//! it read), never for a fixed time.

use std::time::Instant;

use act_test_support::{read_zip, HANG};
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;

use crate::harness::Gui;

/// The focused element in a few words, for failure messages.
const DESCRIBE_FOCUS: &str = "const e = document.activeElement;
    if (!e || e === document.body) return 'nothing (the page)';
    const text = (e.getAttribute('aria-label') || e.textContent || e.value || '').trim().replace(/\\s+/g, ' ');
    return `<${e.tagName.toLowerCase()}${e.id ? ' id=' + e.id : ''}> ${text.slice(0, 40)}`;";

/// A keyboard that counts its key presses (a key with Shift or Control held is one press).
struct Keyboard<'a> {
    gui: &'a Gui,
    presses: usize,
    /// Each press and where the focus was after it, for the failure messages and the report.
    trail: Vec<String>,
}

impl<'a> Keyboard<'a> {
    fn new(gui: &'a Gui) -> Self {
        Keyboard {
            gui,
            presses: 0,
            trail: Vec::new(),
        }
    }

    /// Presses `key` once, with `held` held down.
    async fn chord(&mut self, held: &[Key], key: char, name: &str) {
        let mut keys = KeyActions::new("keyboard".into());
        for modifier in held {
            keys = keys.then(KeyAction::Down {
                value: (*modifier).into(),
            });
        }
        keys = keys
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key });
        for modifier in held.iter().rev() {
            keys = keys.then(KeyAction::Up {
                value: (*modifier).into(),
            });
        }
        self.gui
            .client
            .perform_actions(keys)
            .await
            .unwrap_or_else(|e| panic!("cannot press {name}: {e}"));
        self.presses += 1;
        let focus = focus_words(self.gui).await;
        self.trail.push(format!("{name} -> {focus}"));
    }

    async fn press(&mut self, key: Key, name: &str) {
        self.chord(&[], key.into(), name).await;
    }

    /// Presses Tab until the focus is on `css`, as a person looking for it does (at most 30
    /// times: the page has fewer stops on any screen).
    async fn tab_to(&mut self, css: &str) {
        for _ in 0..30 {
            if focused(self.gui, css).await {
                return;
            }
            self.press(Key::Tab, "Tab").await;
        }
        panic!(
            "30 Tab presses never reached {css}; the presses so far:\n{}",
            self.trail.join("\n")
        );
    }
}

/// Whether the focus is on an element matching `css`.
async fn focused(gui: &Gui, css: &str) -> bool {
    gui.client
        .execute(
            "const e = document.activeElement; return Boolean(e && e.matches(arguments[0]));",
            vec![serde_json::Value::from(css)],
        )
        .await
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

async fn focus_words(gui: &Gui) -> String {
    gui.client
        .execute(DESCRIBE_FOCUS, vec![])
        .await
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Waits until the page has put the focus on `css` (it does once a screen shows what it read).
async fn wait_focus(gui: &Gui, css: &str) {
    let deadline = Instant::now() + HANG;
    while Instant::now() < deadline {
        if focused(gui, css).await {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let focus = focus_words(gui).await;
    let state = gui.describe_page().await;
    panic!("the focus never went to {css}; it is on {focus}; {state}");
}

/// A script's answer as a string ("" when it has none).
async fn script(gui: &Gui, source: &str) -> String {
    let value = gui.client.execute(source, vec![]).await.unwrap();
    match value {
        serde_json::Value::String(text) => text,
        other => other.to_string(),
    }
}

/// The runs table's rows as the keys see them, one letter each: "x" selected, "o" not, in
/// upper case for the row with the focus; and how many places in it are in the Tab order.
async fn grid_state(gui: &Gui) -> (String, usize) {
    let rows = script(
        gui,
        "return [...document.querySelectorAll('#runs-table tbody tr')].map((r) => {
           const mark = r.getAttribute('aria-selected') === 'true' ? 'x' : 'o';
           return r === document.activeElement ? mark.toUpperCase() : mark; }).join('');",
    )
    .await;
    let stops = script(
        gui,
        "return String(document.querySelectorAll('#runs-table tbody [tabindex=\"0\"], #runs-table tbody input:not([tabindex=\"-1\"])').length);",
    )
    .await;
    (rows, stops.parse().unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sample_export_with_the_keyboard_alone_takes_at_most_20_key_presses() {
    let saves = tempfile::tempdir().unwrap();
    let save_dir = saves.path().display().to_string();
    let Some(gui) = Gui::start_with_env(&[("ACT_EXPORT_E2E_SAVE_DIR", &save_dir)]).await else {
        return;
    };
    let mut keys = Keyboard::new(&gui);
    // The first screen starts with its heading focused.
    wait_focus(&gui, "#requests-title").await;
    keys.tab_to("#quick-export").await;
    keys.press(Key::Enter, "Enter").await;
    wait_focus(&gui, "#connect-title").await;
    keys.tab_to("#try-sample").await;
    keys.press(Key::Enter, "Enter").await;
    // The apps are listed: the focus is in their search, the apps follow it.
    wait_focus(&gui, "#app-search").await;
    keys.tab_to("[data-testid='app-northwind-qa/fieldmate-android']")
        .await;
    keys.press(Key::Enter, "Enter").await;
    // The runs are read: the focus is on the test series; its first letter picks Contoso's.
    wait_focus(&gui, "#filter-series").await;
    keys.chord(&[], 'c', "c").await;
    gui.wait_text("#shown-count", |t| t == "8 of 24 test runs shown")
        .await;
    keys.tab_to("#runs-table tbody tr").await;
    keys.chord(&[Key::Control], 'a', "Ctrl+A").await;
    gui.wait_text("[data-testid=selected-count]", |t| {
        t == "8 test runs selected"
    })
    .await;
    keys.tab_to("#export").await;
    keys.press(Key::Enter, "Enter").await;
    gui.wait_text("#done-title", |t| t == "The archive is ready")
        .await;
    wait_focus(&gui, "#done-title").await;
    keys.tab_to("#save").await;
    keys.press(Key::Enter, "Enter").await;
    let status = gui
        .wait_text("[data-testid=save-status]", |t| t.starts_with("Saved to "))
        .await;

    let saved = std::path::Path::new(status.trim_start_matches("Saved to ")).to_path_buf();
    let runs = read_zip(&saved)
        .keys()
        .filter(|k| k.starts_with("data/test-runs/"))
        .count();
    assert_eq!(runs, 8, "Contoso's runs, as with the mouse");
    eprintln!(
        "keyboard-only sample export: {} key presses\n{}",
        keys.presses,
        keys.trail.join("\n")
    );
    assert!(
        keys.presses <= 20,
        "{} key presses from the first screen to Save (at most 20):\n{}",
        keys.presses,
        keys.trail.join("\n")
    );
    gui.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_runs_table_is_one_tab_stop_moved_through_with_the_arrows() {
    let Some(gui) = Gui::start().await else {
        return;
    };
    crate::quick_export(&gui).await;
    gui.click("#try-sample").await;
    gui.wait_text("#apps-status", |t| t == "3 of 3 apps").await;
    gui.click("[data-testid='app-northwind-qa/fieldmate-android']")
        .await;
    gui.wait_text("#shown-count", |t| t == "24 test runs").await;
    wait_focus(&gui, "#filter-series").await;
    let count = "[data-testid=selected-count]";
    let roles = script(
        &gui,
        "const t = document.getElementById('runs-table');
         const boxes = [...t.querySelectorAll('tbody input')];
         return [t.getAttribute('role'), t.getAttribute('aria-multiselectable'),
           boxes.every((b) => b.tabIndex === -1 && b.getAttribute('aria-hidden') === 'true')].join(' ');",
    )
    .await;
    assert_eq!(
        roles, "grid true true",
        "a grid of rows to select; the boxes are for the mouse, their state is the row's"
    );
    let (rows, stops) = grid_state(&gui).await;
    assert_eq!(rows, "o".repeat(24), "nothing selected, no row focused");
    assert_eq!(stops, 1, "the table is one Tab stop");

    let mut keys = Keyboard::new(&gui);
    keys.tab_to("#runs-table tbody tr").await;
    assert_eq!(
        grid_state(&gui).await.0,
        format!("O{}", "o".repeat(23)),
        "Tab enters the table on its first run"
    );
    gui.screenshot("runs-grid-focus").await;

    // The arrows, Home, End and the page keys move the focus; the selection stays as it was.
    keys.press(Key::Down, "Down").await;
    wait_focus(&gui, "#runs-table tbody tr:nth-child(2)").await;
    keys.press(Key::Up, "Up").await;
    wait_focus(&gui, "#runs-table tbody tr:first-child").await;
    keys.press(Key::End, "End").await;
    wait_focus(&gui, "#runs-table tbody tr:last-child").await;
    keys.press(Key::Home, "Home").await;
    wait_focus(&gui, "#runs-table tbody tr:first-child").await;
    keys.press(Key::PageDown, "PageDown").await;
    // (by more than one run)
    wait_focus(&gui, "#runs-table tbody tr:nth-child(n+3)").await;
    gui.screenshot("runs-grid-page-down").await;
    keys.press(Key::PageUp, "PageUp").await;
    wait_focus(&gui, "#runs-table tbody tr:first-child").await;
    // (scrolled back up, clear of the column headings)
    gui.screenshot("runs-grid-page-up").await;
    assert_eq!(grid_state(&gui).await.0, format!("O{}", "o".repeat(23)));
    assert_eq!(
        gui.find(count).await.text().await.unwrap(),
        "No test runs selected"
    );

    // Space ticks the focused run; the count follows.
    keys.press(Key::Space, "Space").await;
    gui.wait_text(count, |t| t == "1 test run selected").await;
    assert_eq!(grid_state(&gui).await.0, format!("X{}", "o".repeat(23)));
    // Shift+Space selects from there to the focused run.
    keys.press(Key::Down, "Down").await;
    keys.press(Key::Down, "Down").await;
    keys.chord(&[Key::Shift], Key::Space.into(), "Shift+Space")
        .await;
    gui.wait_text(count, |t| t == "3 test runs selected").await;
    assert_eq!(grid_state(&gui).await.0, format!("xxX{}", "o".repeat(21)));
    // Shift+Down extends it by one.
    keys.chord(&[Key::Shift], Key::Down.into(), "Shift+Down")
        .await;
    gui.wait_text(count, |t| t == "4 test runs selected").await;
    assert_eq!(grid_state(&gui).await.0, format!("xxxX{}", "o".repeat(20)));
    // Space again unticks the focused run.
    keys.press(Key::Space, "Space").await;
    gui.wait_text(count, |t| t == "3 test runs selected").await;
    assert_eq!(grid_state(&gui).await.0, format!("xxxO{}", "o".repeat(20)));
    // Ctrl+A selects every run shown.
    keys.chord(&[Key::Control], 'a', "Ctrl+A").await;
    gui.wait_text(count, |t| t == "24 test runs selected").await;
    assert_eq!(grid_state(&gui).await.0, format!("xxxX{}", "x".repeat(20)));

    // A mouse click on a box still works, and the row says the same.
    gui.click("#runs-table tbody tr:first-child input").await;
    gui.wait_text(count, |t| t == "23 test runs selected").await;
    // (The click gives the row the focus.)
    assert_eq!(grid_state(&gui).await.0, format!("O{}", "x".repeat(23)));

    // The filter shown, Ctrl+A selects only what it shows.
    gui.click("#clear-selection").await;
    gui.wait_text(count, |t| t == "No test runs selected").await;
    crate::show_contoso_series(&gui, "8 of 24 test runs shown").await;
    let (rows, stops) = grid_state(&gui).await;
    assert_eq!((rows.len(), stops), (8, 1));
    gui.show("#protect").await;
    script(
        &gui,
        "document.getElementById('protect').focus(); return '';",
    )
    .await;
    keys.tab_to("#runs-table tbody tr").await;
    keys.chord(&[Key::Control], 'a', "Ctrl+A").await;
    gui.wait_text(count, |t| t == "8 test runs selected").await;
    // One Tab leaves the table; Shift+Tab comes back to the same run.
    keys.press(Key::Down, "Down").await;
    keys.press(Key::Tab, "Tab").await;
    assert!(
        focused(&gui, "#subject").await,
        "one Tab from the table to what follows it: {}",
        focus_words(&gui).await
    );
    keys.chord(&[Key::Shift], Key::Tab.into(), "Shift+Tab")
        .await;
    wait_focus(&gui, "#runs-table tbody tr:nth-child(2)").await;

    // A dialog with no field opens on what it shows (the letter scrolls with the keys);
    // Escape closes it, and the focus is back on the button that opened it.
    script(
        &gui,
        "document.getElementById('preview-letter').focus(); return '';",
    )
    .await;
    keys.press(Key::Enter, "Enter").await;
    wait_focus(&gui, "#letter-preview").await;
    gui.wait_text("[data-testid=letter-preview]", |t| {
        t.contains("What we searched")
    })
    .await;
    keys.press(Key::Escape, "Escape").await;
    wait_focus(&gui, "#preview-letter").await;
    assert!(!gui.visible("#letter-dialog").await);
    gui.finish().await;
}

/// Types `text` into whatever has the focus.
async fn type_here(gui: &Gui, text: &str) {
    gui.client
        .active_element()
        .await
        .unwrap()
        .send_keys(text)
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_requests_table_and_the_dialogs_work_with_the_keyboard() {
    // Two requests the command line opened, due in about 10 and 20 days.
    let root = tempfile::tempdir().unwrap();
    {
        let today = time::OffsetDateTime::now_utc().date();
        let mut journal = act_journal::Journal::open(crate::app_journal(root.path())).unwrap();
        for (reference, subject, days) in [
            ("DSR-2026-101", "Fabrikam Inc", 20),
            ("DSR-2026-102", "Tailspin Toys", 10),
        ] {
            journal
                .open_case(
                    reference,
                    subject,
                    act_journal::Right::Access,
                    today - time::Duration::days(days),
                )
                .unwrap();
        }
    }
    let Some(gui) = Gui::start_in(root.path(), &[]).await else {
        return;
    };
    gui.wait_text("#requests-status", |t| t == "2 requests")
        .await;
    wait_focus(&gui, "#requests-title").await;
    let mut keys = Keyboard::new(&gui);

    // A dialog opens on its first field, and keeps the focus inside: Tab from its last
    // control comes back into it.
    keys.tab_to("#new-request").await;
    keys.press(Key::Enter, "Enter").await;
    wait_focus(&gui, "#nr-reference").await;
    type_here(&gui, "DSR-2026-103").await;
    keys.press(Key::Tab, "Tab").await;
    wait_focus(&gui, "#nr-subject").await;
    type_here(&gui, "Contoso Ltd").await;
    keys.tab_to("#nr-open").await;
    for _ in 0..12 {
        keys.press(Key::Tab, "Tab").await;
        assert!(
            focused(&gui, "#new-request-dialog, #new-request-dialog *").await,
            "the focus left the open dialog:\n{}",
            keys.trail.join("\n")
        );
    }
    // Escape closes it as Cancel does (nothing is opened); the focus is back on New request.
    keys.press(Key::Escape, "Escape").await;
    wait_focus(&gui, "#new-request").await;
    assert!(!gui.visible("#new-request-dialog").await);
    assert_eq!(
        gui.find("#requests-status").await.text().await.unwrap(),
        "2 requests"
    );
    // Again, with Enter in a field: the request opens, and its heading has the focus (the
    // button that opened the dialog is on another screen).
    keys.press(Key::Enter, "Enter").await;
    wait_focus(&gui, "#nr-reference").await;
    type_here(&gui, "DSR-2026-103").await;
    keys.press(Key::Tab, "Tab").await;
    type_here(&gui, "Contoso Ltd").await;
    keys.press(Key::Enter, "Enter").await;
    gui.wait_text("[data-testid=request-standing]", |t| {
        t.ends_with(" days left.")
    })
    .await;
    wait_focus(&gui, "#request-title").await;
    gui.wait_text("#request-title", |t| t.contains("DSR-2026-103"))
        .await;

    // A form dialog: Escape is Cancel, and the focus goes back to the button that opened it.
    keys.tab_to("#request-note").await;
    keys.press(Key::Enter, "Enter").await;
    wait_focus(&gui, "#note-text").await;
    type_here(&gui, "Not to be kept").await;
    keys.press(Key::Escape, "Escape").await;
    wait_focus(&gui, "#request-note").await;
    assert!(!gui.visible("#note-dialog").await);
    // A question: the safe answer has the focus; Escape keeps the request open.
    keys.tab_to("#request-close").await;
    keys.press(Key::Enter, "Enter").await;
    wait_focus(&gui, "#confirm-no").await;
    keys.press(Key::Escape, "Escape").await;
    wait_focus(&gui, "#request-close").await;
    assert!(!gui.visible("#confirm-dialog").await);
    let events = gui
        .find("[data-testid=request-events]")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        !events.contains("Not to be kept") && !events.contains("losed"),
        "{events}"
    );

    // The list: one Tab stop, the arrows, Home and End between the requests, Enter opens one.
    keys.tab_to("#back-to-requests").await;
    keys.press(Key::Enter, "Enter").await;
    gui.wait_text("#requests-status", |t| t == "3 requests")
        .await;
    wait_focus(&gui, "#requests-title").await;
    let stops = script(
        &gui,
        "return String(document.querySelectorAll('#requests-table tbody [tabindex=\"0\"], #requests-table tbody button:not([tabindex=\"-1\"])').length);",
    )
    .await;
    assert_eq!(stops, "1", "the table is one Tab stop");
    let row = |n: usize| format!("#requests-table tbody tr:nth-child({n})");
    keys.tab_to("#requests-table tbody tr").await;
    // Tab enters on the first, the soonest due.
    assert!(focused(&gui, "tr:first-child[data-reference='DSR-2026-101']").await);
    gui.screenshot("requests-grid-focus").await;
    keys.press(Key::Down, "Down").await;
    wait_focus(&gui, &row(2)).await;
    keys.press(Key::End, "End").await;
    wait_focus(&gui, &row(3)).await;
    keys.press(Key::Down, "Down").await;
    assert!(focused(&gui, &row(3)).await, "the last stays the last");
    keys.press(Key::Home, "Home").await;
    wait_focus(&gui, &row(1)).await;
    keys.press(Key::Down, "Down").await;
    wait_focus(&gui, "tr[data-reference='DSR-2026-102']").await;
    keys.press(Key::Enter, "Enter").await;
    gui.wait_text("#request-title", |t| t.contains("DSR-2026-102"))
        .await;
    wait_focus(&gui, "#request-title").await;
    gui.finish().await;
}
