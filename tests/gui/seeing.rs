//! Seeing less, on the running app: the text at 200% in the smallest window (800x600) keeps
//! every main action of every screen within reach; nothing is said by colour alone; with the
//! system's high-contrast theme every text has enough contrast, and with forced colours
//! (imitated: WebKitGTK has none) what colour showed stays visible; with reduced motion
//! nothing moves. docs/accessibility.md says what each checks and what it cannot.

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;

use crate::harness::Gui;
use crate::select_contoso_runs;

/// The page at 200%, as a browser's zoom (Ctrl and +) or a display scaled to 200% makes it:
/// CSS `zoom` on the root element multiplies every length, in CSS px and in rem alike, exactly
/// as a browser's zoom does (it changes how many screen pixels a CSS px takes), so that the
/// 800x600 window lays the page out as a 400x300 one would, text and all. Doubling the root's
/// font size instead would enlarge only what is sized in rem and em (text, most paddings) and
/// leave what is in px (borders, the cards' widths) as it was: a milder test than a zoom.
/// (The app has no zoom of its own; a display scaled to 200% enlarges the window with its
/// text, and its smallest size with it: this is the harder case.) WebKit supports `zoom`, but
/// under it the positions it gives
/// (getBoundingClientRect) stay in unzoomed CSS px while WebDriver's clicks take screen
/// pixels: the app is driven at 100%, and set to 200% only while each screen is looked at.
const ZOOM_IN: &str = "document.documentElement.style.zoom = '2';";
const ZOOM_OUT: &str = "document.documentElement.style.zoom = '';";

/// Whether the action `css` can be brought into view and used at the page's present zoom:
/// scrolled into the middle of its scrolling areas (as a person scrolls to it), it shows whole
/// in the window and in every area that clips it (a fixed size that cuts it off fails), its
/// words fit inside it, and nothing else lies on top of it. `None` when it can; else what is
/// wrong.
const REACHABLE: &str = r#"
const css = arguments[0];
const el = document.querySelector(css);
if (!el) return `${css}: not on the page`;
if (el.getClientRects().length === 0) return `${css}: not shown`;
// Screen pixels per unit of getBoundingClientRect (2 at 200% in WebKit, 1 where it is zoomed).
const scale = window.innerWidth / document.documentElement.getBoundingClientRect().width;
// Scrolls each area that holds it, the innermost first, until it is in the area's middle or
// the area can scroll no further. (WebKit's scrollIntoView misjudges a zoomed page; scroll
// offsets are measured here by what a step of scrolling moves the element.)
const areas = [];
for (let box = el.parentElement; box; box = box.parentElement) {
  const style = getComputedStyle(box);
  if (/auto|scroll/.test(style.overflowX + style.overflowY) && box !== document.documentElement) areas.push(box);
}
areas.push(null);
const areaOf = (box) => {
  if (!box) return {left: 0, top: 0, right: window.innerWidth / scale, bottom: window.innerHeight / scale};
  const b = box.getBoundingClientRect();
  return {left: b.left + box.clientLeft, top: b.top + box.clientTop,
    right: b.left + box.clientLeft + box.clientWidth, bottom: b.top + box.clientTop + box.clientHeight};
};
for (const box of areas) {
  const scroller = box || document.scrollingElement;
  for (const [start, end, prop] of [['top', 'bottom', 'scrollTop'], ['left', 'right', 'scrollLeft']]) {
    let units = 1; // scroll offset per unit of getBoundingClientRect
    for (let step = 0; step < 4; step++) {
      const r = el.getBoundingClientRect(), a = areaOf(box);
      const off = (r[start] + r[end]) / 2 - (a[start] + a[end]) / 2;
      if (Math.abs(off) < 1) break;
      const before = scroller[prop];
      scroller[prop] = before + off * units;
      const moved = r[start] - el.getBoundingClientRect()[start];
      if (Math.abs(moved) < 0.5) break;
      units = (scroller[prop] - before) / moved;
    }
  }
}
const r = el.getBoundingClientRect();
const round = (n) => Math.round(n);
const where = (b) => `${round(b.left)},${round(b.top)} to ${round(b.right)},${round(b.bottom)}`;
if (r.width < 1 || r.height < 1) return `${css}: has no size`;
const slack = 1;
const inside = (b) => r.left >= b.left - slack && r.top >= b.top - slack
  && r.right <= b.right + slack && r.bottom <= b.bottom + slack;
const win = {left: 0, top: 0, right: window.innerWidth / scale, bottom: window.innerHeight / scale};
if (!inside(win)) return `${css}: at ${where(r)}, outside the window ${where(win)}`;
for (let box = el.parentElement; box; box = box.parentElement) {
  const style = getComputedStyle(box);
  if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
  const area = areaOf(box);
  if (!inside(area)) {
    return `${css}: at ${where(r)}, cut off by ${box.tagName.toLowerCase()}#${box.id}.${box.className} at ${where(area)}`;
  }
}
if (['BUTTON', 'SUMMARY', 'A'].includes(el.tagName) && el.scrollWidth > el.clientWidth + slack) {
  return `${css}: its words (${el.scrollWidth} wide) do not fit in it (${el.clientWidth})`;
}
// The parts of `e` its scrolling areas show (an inline element that wraps has one box a line).
const visibleBoxes = (e) => [...e.getClientRects()].map((b) => {
  const v = {left: b.left, top: b.top, right: b.right, bottom: b.bottom};
  for (let box = e.parentElement; box; box = box.parentElement) {
    const style = getComputedStyle(box);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const a = areaOf(box);
    v.left = Math.max(v.left, a.left); v.top = Math.max(v.top, a.top);
    v.right = Math.min(v.right, a.right); v.bottom = Math.min(v.bottom, a.bottom);
  }
  return v;
});
const layer = el.closest('dialog[open]') || document.body;
const mine = el.getBoundingClientRect();
// What is painted at its middle is it (WebKit's positions of a zoomed page can disagree with
// where it paints: then this fails rather than passing unseen).
{
  const hit = document.elementFromPoint((mine.left + mine.right) / 2 * scale, (mine.top + mine.bottom) / 2 * scale);
  if (!hit || !(hit === el || el.contains(hit) || [...(el.labels || [])].some((l) => l.contains(hit)))) {
    return `${css}: at ${where(mine)}, but ${hit ? `${hit.tagName.toLowerCase()}#${hit.id}.${hit.className}` : 'nothing'} is painted at its middle`;
  }
}
// Nothing else lies on it: no other element shown (not one that holds it, nor one it holds)
// overlaps it, as much of that element as its own scrolling areas show. Within an open dialog,
// only the dialog's elements count (the page beneath it is inert).
for (const other of layer.querySelectorAll('*')) {
  if (other === el || other.contains(el) || el.contains(other)) continue;
  if (layer === document.body && other.closest('dialog')) continue;
  // Not shown: hidden, in a closed <details>, or invisible.
  if (!other.checkVisibility({visibilityProperty: true, opacityProperty: true})) continue;
  for (const v of visibleBoxes(other)) {
    const w = Math.min(v.right, mine.right) - Math.max(v.left, mine.left);
    const h = Math.min(v.bottom, mine.bottom) - Math.max(v.top, mine.top);
    if (w > 2 && h > 2) {
      return `${css}: at ${where(mine)}, overlapped by ${other.tagName.toLowerCase()}#${other.id}.${other.className} at ${where(v)}`;
    }
  }
}
return null;
"#;

/// Looks at a screen at 200%: every action in `actions` must be reachable (see [`REACHABLE`]).
/// Returns what is wrong, one line for each action that is not; takes the screenshot
/// `zoom-<name>` (and `zoom-<name>-end`, scrolled to the last action).
async fn look_at(gui: &Gui, name: &str, actions: &[&str]) -> Vec<String> {
    gui.client.execute(ZOOM_IN, vec![]).await.unwrap();
    gui.settle().await;
    gui.client
        .execute(
            "document.querySelectorAll('html, body, .screen, dialog[open]').forEach((e) => e.scrollTo(0, 0));",
            vec![],
        )
        .await
        .unwrap();
    gui.screenshot(&format!("zoom-{name}")).await;
    let mut problems = Vec::new();
    for css in actions {
        let answer = gui
            .client
            .execute(REACHABLE, vec![serde_json::Value::from(*css)])
            .await
            .unwrap();
        if let Some(problem) = answer.as_str() {
            problems.push(format!("{name}: {problem}"));
        }
    }
    gui.screenshot(&format!("zoom-{name}-end")).await;
    gui.client.execute(ZOOM_OUT, vec![]).await.unwrap();
    gui.settle().await;
    problems
}

/// What the header and the footer hold on every screen.
const ALWAYS: [&str; 2] = ["#nav-requests", "#app-language"];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn at_200_percent_in_800x600_every_action_is_within_reach() {
    let saves = tempfile::tempdir().unwrap();
    let save_dir = saves.path().display().to_string();
    let Some(gui) = Gui::start_with_env(&[("ACT_EXPORT_E2E_SAVE_DIR", &save_dir)]).await else {
        return;
    };
    gui.resize(800, 600).await;
    gui.wait_text("#requests-today", |t| t.starts_with("Today is "))
        .await;
    let mut problems = Vec::new();
    let with_always = |more: &[&'static str]| -> Vec<&'static str> {
        ALWAYS.iter().copied().chain(more.iter().copied()).collect()
    };

    // The Requests screen, empty; the New request dialog.
    problems.extend(
        look_at(
            &gui,
            "requests-empty",
            &with_always(&[
                "#quick-export",
                "#new-request",
                "#letter-tools summary",
                "#journal-tools summary",
            ]),
        )
        .await,
    );
    gui.click("#new-request").await;
    gui.type_into("#nr-reference", "DSR-2026-200").await;
    gui.type_into("#nr-subject", "Contoso Ltd").await;
    problems.extend(
        look_at(
            &gui,
            "new-request",
            &[
                "#nr-reference",
                "#nr-subject",
                "#nr-right",
                "#nr-language",
                "#nr-received",
                "#nr-cancel",
                "#nr-open",
            ],
        )
        .await,
    );
    gui.click("#nr-open").await;

    // A request's page.
    gui.wait_text("[data-testid=request-standing]", |t| {
        t.ends_with(" days left.")
    })
    .await;
    problems.extend(
        look_at(
            &gui,
            "request",
            &with_always(&[
                "#back-to-requests",
                "#request-language",
                "#request-export",
                "#request-deliver",
                "#request-extend",
                "#request-note",
                "#request-assign",
                "#request-close",
            ]),
        )
        .await,
    );

    // The Requests screen with its list.
    gui.click("#back-to-requests").await;
    gui.find("#requests-table[aria-busy='false']").await;
    gui.wait_text("#requests-status", |t| t == "1 request")
        .await;
    problems.extend(
        look_at(
            &gui,
            "requests",
            &with_always(&[
                "#quick-export",
                "#new-request",
                "#request-search",
                "[data-testid='request-DSR-2026-200']",
                "#letter-tools summary",
                "#journal-tools summary",
            ]),
        )
        .await,
    );

    // Connect, for the request.
    gui.click("[data-testid='request-DSR-2026-200']").await;
    gui.wait_text("#request-title", |t| t == "Request DSR-2026-200")
        .await;
    gui.click("#request-export").await;
    gui.wait_text("#connect-title", |t| t == "Connect to App Center")
        .await;
    problems.extend(
        look_at(
            &gui,
            "connect",
            &with_always(&[
                "#token",
                "#toggle-token",
                "#paste-token",
                "#connect-form details summary",
                "#advanced summary",
                "#remember",
                "#connect",
                "#try-sample",
            ]),
        )
        .await,
    );

    // Apps, with a search across them.
    gui.click("#try-sample").await;
    gui.wait_text("#apps-status", |t| t == "3 of 3 apps").await;
    gui.type_into("#find-text", "contoso-").await;
    gui.click("#find-go").await;
    gui.wait_text("#found-status", |t| {
        t.ends_with(" match. Add them to the export, or review them app by app.")
    })
    .await;
    problems.extend(
        look_at(
            &gui,
            "apps",
            &with_always(&[
                "#disconnect",
                "#find-text",
                "#find-go",
                "#found-list li:first-child button.add",
                "#found-list li:first-child button.quiet",
                "#app-search",
                "[data-testid='app-northwind-qa/fieldmate-android']",
                "#app-list li:last-child button",
            ]),
        )
        .await,
    );

    // The runs, some chosen, with a password.
    select_contoso_runs(&gui).await;
    gui.click("#protect").await;
    gui.wait_text("[data-testid=passphrase]", |t| t.split('-').count() == 8)
        .await;
    problems.extend(
        look_at(
            &gui,
            "runs",
            &with_always(&[
                "#back-to-apps",
                "#preview-letter",
                "#add-app",
                "input[name=scope][value=runs]",
                "input[name=scope][value=app]",
                "#filter-series",
                "#filter-from",
                "#filter-to",
                "#filter-text",
                "#select-shown",
                "#clear-selection",
                "#protect",
                "#runs-table tbody tr:first-child td:first-child",
                "#runs-table tbody tr:last-child td:first-child",
                "#new-passphrase",
                "#copy-passphrase",
                "#own-password-open",
                "#subject",
                "#export",
            ]),
        )
        .await,
    );

    // Done, once saved.
    gui.click("#export").await;
    gui.wait_text("#done-title", |t| t == "The archive is ready")
        .await;
    gui.click("#save").await;
    gui.wait_text("[data-testid=save-status]", |t| t.starts_with("Saved to "))
        .await;
    problems.extend(
        look_at(
            &gui,
            "done",
            &with_always(&[
                "#archive-tile",
                "#save",
                "#show-folder",
                "#done-deliver",
                "#another",
                "#done-copy",
            ]),
        )
        .await,
    );

    assert!(
        problems.is_empty(),
        "out of reach at 200% in 800x600:\n{}",
        problems.join("\n")
    );
    gui.finish().await;
}

/// The mark drawn before the element `css` (its `::before` content: "none" when there is none).
async fn mark(gui: &Gui, css: &str) -> String {
    let script = "const e = document.querySelector(arguments[0]);
        return e ? getComputedStyle(e, '::before').content : 'no element';";
    gui.client
        .execute(script, vec![serde_json::Value::from(css)])
        .await
        .unwrap()
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// A journal under `root` (as `Gui::start_in(root, …)` finds it) with three requests: one
/// overdue, one answered on time and one answered late.
fn journal_of_three(root: &std::path::Path) -> std::path::PathBuf {
    let path = root.join("home/.local/share/org.actexport.desktop/journal.sqlite");
    let today = time::OffsetDateTime::now_utc().date();
    let mut journal = act_journal::Journal::open(&path).unwrap();
    let right = act_journal::Right::Access;
    let long_ago = today - time::Duration::days(45);
    journal
        .open_case("DSR-LATE", "Fabrikam Inc", right, long_ago)
        .unwrap();
    journal
        .open_case("DSR-OVERDUE", "Tailspin Toys", right, long_ago)
        .unwrap();
    journal
        .open_case(
            "DSR-ON-TIME",
            "Contoso Ltd",
            right,
            today - time::Duration::days(5),
        )
        .unwrap();
    for reference in ["DSR-LATE", "DSR-ON-TIME"] {
        journal
            .append(
                Some(reference),
                act_journal::EventKind::Delivered {
                    channel: act_journal::Channel::Email,
                    recipient: "privacy@example.org".into(),
                    on: today.to_string(),
                    password_sent: None,
                },
            )
            .unwrap();
    }
    path
}

/// The text of the requests list's row for `reference`.
async fn request_row(gui: &Gui, reference: &str, ok: impl Fn(&str) -> bool) -> String {
    gui.wait_text(
        &format!("#requests-table tbody tr[data-reference='{reference}']"),
        ok,
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_is_said_by_colour_alone() {
    let root = tempfile::tempdir().unwrap();
    let journal = journal_of_three(root.path());
    let Some(gui) = Gui::start_in(root.path(), &[]).await else {
        return;
    };

    // Overdue (red) says so, with a warning sign; answered on time (green) and late say so.
    let overdue = request_row(&gui, "DSR-OVERDUE", |t| t.contains("overdue by ")).await;
    assert!(overdue.ends_with(" days"), "{overdue}");
    let sign = mark(
        &gui,
        "#requests-table tr[data-reference='DSR-OVERDUE'] td.standing",
    )
    .await;
    assert!(sign.contains('⚠'), "overdue's mark: {sign}");
    request_row(&gui, "DSR-ON-TIME", |t| t.contains("answered on time")).await;
    request_row(&gui, "DSR-LATE", |t| t.contains(" days late")).await;
    gui.screenshot("colour-requests").await;
    gui.click("[data-testid='request-DSR-OVERDUE']").await;
    gui.wait_text("[data-testid=request-standing]", |t| {
        t.starts_with("Overdue by ")
    })
    .await;
    assert!(mark(&gui, "[data-testid=request-standing]")
        .await
        .contains('⚠'));
    gui.click("#back-to-requests").await;
    gui.find("#requests-table[aria-busy='false']").await;

    // Good news and bad news in a status line: words, and a tick or a warning sign. (The app
    // knows how long its journal was once it has written to it: then a deleted one is missing.)
    gui.click("#new-request").await;
    gui.type_into("#nr-reference", "DSR-NEW").await;
    gui.type_into("#nr-subject", "Northwind Traders").await;
    gui.click("#nr-open").await;
    gui.wait_text("[data-testid=request-standing]", |t| {
        t.ends_with(" days left.")
    })
    .await;
    gui.click("#back-to-requests").await;
    gui.find("#requests-table[aria-busy='false']").await;
    gui.click("#journal-tools summary").await;
    gui.click("#check-journal").await;
    gui.wait_text("[data-testid=journal-check]", |t| {
        t.starts_with("The journal is intact: ")
    })
    .await;
    assert!(mark(&gui, "[data-testid=journal-check]")
        .await
        .contains('✓'));
    std::fs::remove_file(&journal).unwrap();
    gui.click("#check-journal").await;
    gui.wait_text("[data-testid=journal-check]", |t| {
        t.starts_with("The journal is missing: ")
    })
    .await;
    assert!(mark(&gui, "[data-testid=journal-check]")
        .await
        .contains('⚠'));
    gui.screenshot("colour-journal-check").await;

    // The steps done are ticked, the current one is in bold; the selected runs are ticked.
    crate::quick_export(&gui).await;
    gui.click("#try-sample").await;
    gui.wait_text("#apps-status", |t| t == "3 of 3 apps").await;
    select_contoso_runs(&gui).await;
    let steps = gui
        .client
        .execute(
            "return [...document.querySelectorAll('.progress-steps li')].map((li) =>
               [li.dataset.step, getComputedStyle(li, '::before').content.includes('✓'),
                li.getAttribute('aria-current') === 'step', Number(getComputedStyle(li).fontWeight)]);",
            vec![],
        )
        .await
        .unwrap();
    let steps: Vec<(String, bool, bool, f64)> = serde_json::from_value(steps).unwrap();
    for (step, ticked, current, weight) in &steps {
        let done = matches!(step.as_str(), "connect" | "apps");
        assert_eq!(*ticked, done, "{step}: ticked only when done: {steps:?}");
        assert_eq!(*current, step == "runs", "{steps:?}");
        assert!(
            (*weight >= 600.0) == *current,
            "{step}: bold only when current: {steps:?}"
        );
    }
    let rows = gui
        .client
        .execute(
            "return [...document.querySelectorAll('#runs-table tbody tr')].map((row) => {
               const box = row.querySelector('input[type=checkbox]');
               return [row.classList.contains('selected'), Boolean(box && box.checked && box.checkVisibility())];
             });",
            vec![],
        )
        .await
        .unwrap();
    let rows: Vec<(bool, bool)> = serde_json::from_value(rows).unwrap();
    assert_eq!(rows.len(), 8, "{rows:?}");
    assert!(
        rows.iter().all(|(selected, ticked)| selected == ticked),
        "a selected row (coloured) has its box ticked, the others not: {rows:?}"
    );
    gui.screenshot("colour-runs").await;

    // A password's strength: its word, and a meter of three bars.
    gui.click("#protect").await;
    gui.click("#own-password-open").await;
    for (typed, words, bars) in [
        ("short", "Not usable: ", "▯▯▯"),
        ("abcdefghij", "Weak: ", "▮▯▯"),
        ("abcdefghijklm", "Fair: ", "▮▮▯"),
        ("abcdefghijklmnopq", "Strong.", "▮▮▮"),
    ] {
        gui.type_into("#own-password", typed).await;
        gui.wait_text("[data-testid=password-strength]", |t| t.starts_with(words))
            .await;
        let meter = mark(&gui, "[data-testid=password-strength]").await;
        assert!(meter.contains(bars), "{typed}: {meter}");
    }
    gui.screenshot("colour-password-strength").await;
    gui.finish().await;
}

/// The contrast of every text shown, with the system's high-contrast theme (which WebKitGTK
/// passes to the page as `prefers-contrast: more`): at least 7:1 against what is behind it
/// (WCAG's enhanced contrast). Returns a line for each text below it.
const CONTRAST: &str = r#"
if (!matchMedia('(prefers-contrast: more)').matches) return ['the page was not told the system asks for more contrast'];
const rgba = (c) => {
  const n = c.match(/[\d.]+/g).map(Number);
  const v = c.startsWith('color(') ? n.slice(0, 3).map((x) => x * 255) : n.slice(0, 3);
  return [...v, n.length > 3 ? n[3] : 1];
};
const over = (top, below) => top.slice(0, 3).map((v, i) => v * top[3] + below[i] * (1 - top[3]));
const behind = (el) => {
  const layers = [];
  for (let e = el; e; e = e.parentElement) {
    const c = rgba(getComputedStyle(e).backgroundColor);
    if (c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
  }
  return layers.reverse().reduce((below, top) => over(top, below), [255, 255, 255]);
};
const light = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
  .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
const ratio = (a, b) => { const [x, y] = [light(a), light(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
const faded = (el) => { for (let e = el; e; e = e.parentElement) if (Number(getComputedStyle(e).opacity) < 1) return true; return false; };
const low = [];
for (const el of document.querySelectorAll('body *')) {
  const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())
    || el.matches('input:not([type=checkbox]):not([type=radio]), select, textarea');
  if (!own || !el.checkVisibility({visibilityProperty: true}) || el.matches(':disabled') || faded(el)) continue;
  if (el.getBoundingClientRect().width <= 1) continue; // for screen readers only
  if (document.querySelector('dialog[open]') && !el.closest('dialog[open]')) continue; // under a dialog
  const bg = behind(el);
  const fg = over(rgba(getComputedStyle(el).color), bg);
  const r = ratio(fg, bg);
  if (r < 7) low.push(`${el.tagName.toLowerCase()}#${el.id}.${el.className} "${el.textContent.trim().slice(0, 30)}": ${r.toFixed(1)}:1`);
}
return low;
"#;

/// Forced colours, as near as a page can make them: WebKitGTK has no forced-colours mode (and
/// WebDriver no switch for one), so the page's `@media (forced-colors: active)` rules are
/// applied as they are, and then what the system does in that mode is done to every element:
/// each colour the page chose, except the system colours those rules chose, is replaced by the
/// system's (text by CanvasText, backgrounds by Canvas, buttons' by ButtonText and ButtonFace,
/// borders and outlines by CanvasText), and shadows and drawn backgrounds go. `FORCE_UNDO`
/// puts it all back. Pseudo-elements (the marks drawn before some elements) keep their colours.
const FORCE: &str = r#"
const sheet = [...document.styleSheets].find((s) => (s.href || '').endsWith('styles.css'));
const blocks = [...sheet.cssRules].filter((r) => r.conditionText && r.conditionText.includes('forced-colors: active'));
if (blocks.length === 0) return 'styles.css has no rules for forced colours';
const first = sheet.cssRules.length;
const kept = new Map(); // element -> the properties the page's forced-colours rules set on it
for (const block of blocks) {
  for (const rule of block.cssRules) {
    sheet.insertRule(rule.cssText, sheet.cssRules.length);
    if (!rule.selectorText || rule.selectorText.includes('::')) continue;
    for (const el of document.querySelectorAll(rule.selectorText)) {
      const props = kept.get(el) || new Set();
      for (let i = 0; i < rule.style.length; i++) props.add(rule.style[i]);
      kept.set(el, props);
    }
  }
}
const clear = (c) => /^rgba\(.*, 0\)$/.test(c) || c === 'transparent';
const changed = [];
for (const el of document.querySelectorAll('body, body *')) {
  const cs = getComputedStyle(el);
  const own = kept.get(el) || new Set();
  const button = el.matches('button, select');
  const wanted = [['color', button ? 'ButtonText' : 'CanvasText'], ['outline-color', 'CanvasText']];
  if (!clear(cs.backgroundColor)) wanted.push(['background-color', button ? 'ButtonFace' : 'Canvas']);
  for (const side of ['top', 'right', 'bottom', 'left']) {
    const c = cs.getPropertyValue(`border-${side}-color`);
    if (parseFloat(cs.getPropertyValue(`border-${side}-width`)) > 0 && !clear(c)) {
      wanted.push([`border-${side}-color`, button ? 'ButtonText' : 'CanvasText']);
    }
  }
  if (cs.boxShadow !== 'none') wanted.push(['box-shadow', 'none']);
  if (cs.textShadow !== 'none') wanted.push(['text-shadow', 'none']);
  if (cs.backgroundImage !== 'none' && !cs.backgroundImage.startsWith('url(')) wanted.push(['background-image', 'none']);
  for (const [prop, value] of wanted) {
    if (own.has(prop)) continue;
    el.style.setProperty(prop, value, 'important');
    changed.push([el, prop]);
  }
}
window.__forced = {changed, first, last: sheet.cssRules.length, sheet};
return null;
"#;
const FORCE_UNDO: &str = "const f = window.__forced; if (!f) return;
    for (const [el, prop] of f.changed) el.style.removeProperty(prop);
    for (let i = f.last - 1; i >= f.first; i--) f.sheet.deleteRule(i);
    delete window.__forced;";

/// What forced colours must leave visible, on whatever the screen shows: the focus ring, the
/// selected rows, the badges, the steps, the progress bar and the password's meter. Returns
/// a line for each that is lost.
const FORCED_MARKS: &str = r#"
const lost = [];
const cs = (e, pseudo) => getComputedStyle(e, pseudo);
const shown = (e) => e && e.checkVisibility();
const named = (e) => `${e.tagName.toLowerCase()}#${e.id}.${e.className}`;
const focus = document.activeElement;
if (!focus || !focus.matches(':focus-visible')) lost.push(`the focus (on ${focus && named(focus)}) is not shown as the keyboard's`);
else if (cs(focus).outlineStyle === 'none' || parseFloat(cs(focus).outlineWidth) < 2) lost.push(`no focus ring on ${named(focus)}`);
else if (cs(focus).outlineColor === cs(document.body).backgroundColor) lost.push(`the focus ring on ${named(focus)} has the page's colour`);
for (const badge of document.querySelectorAll('.badge, .chosen-badge')) {
  if (shown(badge) && (parseFloat(cs(badge).borderTopWidth) === 0 || cs(badge).borderTopColor === cs(badge).backgroundColor)) lost.push(`the badge ${named(badge)} has no outline`);
}
const rows = [...document.querySelectorAll('#runs-table tbody tr')].filter(shown);
const on = rows.find((r) => r.classList.contains('selected'));
const off = rows.find((r) => !r.classList.contains('selected'));
// The colour behind a cell: its own, else the nearest one under it.
const behind = (e) => { for (; e; e = e.parentElement) { const c = cs(e).backgroundColor; if (!/^rgba\(.*, 0\)$/.test(c)) return c; } return 'none'; };
if (on && off && behind(on.cells[1]) === behind(off.cells[1])) lost.push('a selected row looks like the others');
const steps = [...document.querySelectorAll('.progress-steps li')];
if (shown(steps[0])) {
  const current = steps.find((s) => s.getAttribute('aria-current') === 'step');
  const ahead = steps.filter((s, i) => i > steps.indexOf(current));
  const look = (s) => [cs(s).color, cs(s).fontWeight, cs(s).textDecorationLine].join(' ');
  if (current && ahead.some((s) => look(s) === look(current))) lost.push('the current step looks like the steps ahead');
  for (const s of steps.filter((s) => s.classList.contains('done'))) {
    if (!cs(s, '::before').content.includes('✓')) lost.push(`the step done ${s.dataset.step} has no tick`);
  }
}
const bar = document.getElementById('export-bar');
if (parseFloat(cs(bar).borderTopWidth) === 0) lost.push('the progress bar has no outline');
const meter = document.getElementById('password-strength');
if (shown(meter) && meter.textContent && !/[▮▯]/.test(cs(meter, '::before').content)) lost.push('the password meter is gone');
return lost;
"#;

/// On the screen shown: the contrast with the system's high-contrast theme, then the marks
/// with forced colours (after a Tab, for the focus ring). Screenshots `contrast-<name>` and
/// `forced-<name>`. Returns what is wrong.
async fn contrast_and_forced_colours(gui: &Gui, name: &str) -> Vec<String> {
    let mut problems: Vec<String> = Vec::new();
    let low = gui.client.execute(CONTRAST, vec![]).await.unwrap();
    let low: Vec<String> = serde_json::from_value(low).unwrap();
    problems.extend(low.into_iter().map(|l| format!("{name}: contrast: {l}")));
    gui.screenshot(&format!("contrast-{name}")).await;

    let tab = KeyActions::new("keyboard".into())
        .then(KeyAction::Down {
            value: Key::Tab.into(),
        })
        .then(KeyAction::Up {
            value: Key::Tab.into(),
        });
    gui.client.perform_actions(tab).await.unwrap();
    let refused = gui.client.execute(FORCE, vec![]).await.unwrap();
    if let Some(refused) = refused.as_str() {
        problems.push(format!("{name}: {refused}"));
        return problems;
    }
    let lost = gui.client.execute(FORCED_MARKS, vec![]).await.unwrap();
    let lost: Vec<String> = serde_json::from_value(lost).unwrap();
    problems.extend(
        lost.into_iter()
            .map(|l| format!("{name}: forced colours: {l}")),
    );
    gui.screenshot(&format!("forced-{name}")).await;
    gui.client.execute(FORCE_UNDO, vec![]).await.unwrap();
    problems
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn high_contrast_and_forced_colours_on_each_screen() {
    let root = tempfile::tempdir().unwrap();
    journal_of_three(root.path());
    // The system's high-contrast theme, as GNOME's "High Contrast" switch sets it.
    let gtk = root.path().join("home/.config/gtk-3.0");
    std::fs::create_dir_all(&gtk).unwrap();
    std::fs::write(
        gtk.join("settings.ini"),
        "[Settings]\ngtk-theme-name=HighContrast\n",
    )
    .unwrap();
    let saves = tempfile::tempdir().unwrap();
    let save_dir = saves.path().display().to_string();
    let Some(gui) = Gui::start_in(root.path(), &[("ACT_EXPORT_E2E_SAVE_DIR", &save_dir)]).await
    else {
        return;
    };
    let mut problems = Vec::new();
    request_row(&gui, "DSR-OVERDUE", |t| t.contains("overdue by ")).await;
    problems.extend(contrast_and_forced_colours(&gui, "requests").await);
    gui.click("[data-testid='request-DSR-OVERDUE']").await;
    gui.wait_text("[data-testid=request-standing]", |t| {
        t.starts_with("Overdue by ")
    })
    .await;
    problems.extend(contrast_and_forced_colours(&gui, "request").await);
    gui.click("#back-to-requests").await;
    gui.find("#requests-table[aria-busy='false']").await;
    gui.click("#new-request").await;
    gui.find_shown("#nr-reference").await;
    problems.extend(contrast_and_forced_colours(&gui, "new-request").await);
    gui.click("#nr-cancel").await;
    gui.click("#quick-export").await;
    gui.wait_text("#connect-title", |t| t == "Connect to App Center")
        .await;
    problems.extend(contrast_and_forced_colours(&gui, "connect").await);
    gui.click("#try-sample").await;
    gui.wait_text("#apps-status", |t| t == "3 of 3 apps").await;
    problems.extend(contrast_and_forced_colours(&gui, "apps").await);
    gui.click("[data-testid='app-northwind-qa/fieldmate-android']")
        .await;
    gui.wait_text("#shown-count", |t| t == "24 test runs").await;
    gui.click("#runs-table tbody tr:nth-child(2) input[type=checkbox]")
        .await;
    gui.wait_text("[data-testid=selected-count]", |t| {
        t == "1 test run selected"
    })
    .await;
    gui.click("#protect").await;
    gui.wait_text("[data-testid=passphrase]", |t| t.split('-').count() == 8)
        .await;
    problems.extend(contrast_and_forced_colours(&gui, "runs").await);
    gui.click("#own-password-open").await;
    gui.type_into("#own-password", "abcdefghij").await;
    gui.wait_text("[data-testid=password-strength]", |t| {
        t.starts_with("Weak: ")
    })
    .await;
    problems.extend(contrast_and_forced_colours(&gui, "own-password").await);
    gui.click("#op-cancel").await;
    gui.click("#export").await;
    gui.wait_text("#done-title", |t| t == "The archive is ready")
        .await;
    gui.click("#save").await;
    gui.wait_text("[data-testid=save-status]", |t| t.starts_with("Saved to "))
        .await;
    problems.extend(contrast_and_forced_colours(&gui, "done").await);
    assert!(
        problems.is_empty(),
        "lost with more contrast or forced colours:\n{}",
        problems.join("\n")
    );
    gui.finish().await;
}

/// What still moves on the page: every element (and what is drawn before and after it) whose
/// transitions or animations take time, or that scrolls smoothly; and the animations running.
const MOVING: &str = r#"
const moving = [];
const timed = (v) => v.split(',').some((d) => parseFloat(d) > 0);
for (const el of document.querySelectorAll('*')) {
  for (const pseudo of [null, '::before', '::after']) {
    const cs = getComputedStyle(el, pseudo);
    const name = `${el.tagName.toLowerCase()}#${el.id}.${el.className}${pseudo || ''}`;
    if (cs.animationName !== 'none' && timed(cs.animationDuration)) moving.push(`${name}: animation ${cs.animationDuration}`);
    if (timed(cs.transitionDuration) || timed(cs.transitionDelay)) moving.push(`${name}: transition ${cs.transitionDuration}`);
    if (!pseudo && cs.scrollBehavior === 'smooth') moving.push(`${name}: smooth scrolling`);
  }
}
const running = document.getAnimations().filter((a) => a.playState === 'running');
if (running.length) moving.push(`${running.length} animations running`);
return moving;
"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_reduced_motion_nothing_moves() {
    let root = tempfile::tempdir().unwrap();
    // The system's "reduce animation" setting, as GNOME's switch sets it: WebKitGTK passes it
    // to the page as `prefers-reduced-motion: reduce`.
    let gtk = root.path().join("home/.config/gtk-3.0");
    std::fs::create_dir_all(&gtk).unwrap();
    std::fs::write(
        gtk.join("settings.ini"),
        "[Settings]\ngtk-enable-animations=0\n",
    )
    .unwrap();
    let Some(gui) = Gui::start_in(root.path(), &[]).await else {
        return;
    };
    let reduced = gui
        .client
        .execute(
            "return matchMedia('(prefers-reduced-motion: reduce)').matches;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        reduced,
        serde_json::json!(true),
        "the system's setting reaches the page"
    );
    // Motion anyone may add later is stilled as well: a transition, an endless animation and
    // smooth scrolling, given to every card here, do not move.
    gui.client
        .execute(
            "const sheet = [...document.styleSheets].find((s) => (s.href || '').endsWith('styles.css'));
             sheet.insertRule('@keyframes seeing-spin { to { transform: rotate(1turn); } }', 0);
             sheet.insertRule('.card, .card::before { transition: opacity 0.4s 0.1s; animation: seeing-spin 1s infinite; scroll-behavior: smooth; }', 1);",
            vec![],
        )
        .await
        .unwrap();
    let mut moving: Vec<String> = Vec::new();
    let mut look = |name: &str, found: serde_json::Value| {
        let found: Vec<String> = serde_json::from_value(found).unwrap();
        moving.extend(found.into_iter().map(|m| format!("{name}: {m}")));
    };
    gui.wait_text("#requests-today", |t| t.starts_with("Today is "))
        .await;
    look(
        "requests",
        gui.client.execute(MOVING, vec![]).await.unwrap(),
    );
    crate::quick_export(&gui).await;
    gui.click("#try-sample").await;
    gui.wait_text("#apps-status", |t| t == "3 of 3 apps").await;
    select_contoso_runs(&gui).await;
    look("runs", gui.client.execute(MOVING, vec![]).await.unwrap());
    // The export's bar, while how long it takes is not known yet: still, not sweeping.
    let bar = gui
        .client
        .execute(
            "const bar = document.getElementById('export-bar'); bar.removeAttribute('value');
             return getComputedStyle(bar).appearance;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        bar,
        serde_json::json!("none"),
        "the bar is drawn by the page, still"
    );
    gui.click("#export").await;
    gui.wait_text("#done-title", |t| t == "The archive is ready")
        .await;
    look("done", gui.client.execute(MOVING, vec![]).await.unwrap());
    assert!(
        moving.is_empty(),
        "moving with reduced motion:\n{}",
        moving.join("\n")
    );
    gui.finish().await;
}
