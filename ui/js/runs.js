// Screen 3: the app's test runs, filters, the selection (or the entire app), and Export. One
// request may take runs from several apps: each app keeps its own selection, and one archive
// holds them all.
import { call } from "./ipc.js";
import { copy, showError } from "./errors.js";
import { openForm, wireForm } from "./dialogs.js";
import { date } from "./format.js";
import { rowGrid } from "./grid.js";
import { put, t } from "./l10n.js";
import { show } from "./screens.js";

const $ = (id) => document.getElementById(id);
let app = null;
let runs = [];
let selected = new Set();
let anchor = null; // the run a range chosen with Shift starts at
let grid = null; // the table's keys (set up once)
// Every app's choice for this request, by "owner/name": {app, ids: Set, whole}.
const picks = new Map();
const keyOf = (a) => `${a.owner}/${a.name}`;

const wholeApp = () => document.querySelector('input[name="scope"]:checked').value === "app";

/** This app's choice, made if it has none yet. */
function pickOf(chosen) {
  const key = keyOf(chosen);
  if (!picks.has(key)) picks.set(key, { app: chosen, ids: new Set(), whole: false, total: null });
  return picks.get(key);
}

/** The apps with something chosen, in the order they were first opened. */
function chosenApps() {
  return [...picks.values()].filter((p) => p.whole || p.ids.size > 0);
}

/** "8 test runs" of a choice, or "all N test runs". */
function pickText(pick) {
  if (pick.whole) return pick.total == null ? t("runs-pick-every") : t("runs-pick-all", { count: pick.total });
  return t("runs-pick", { count: pick.ids.size });
}

/** "8 test runs in FieldMate for Android" of another app's choice. */
function otherText(pick) {
  const app = pick.app.display_name;
  if (pick.whole) {
    return pick.total == null ? t("runs-other-every", { app }) : t("runs-other-all", { count: pick.total, app });
  }
  return t("runs-other", { count: pick.ids.size, app });
}

/** The choices of the other apps of this request, each with a Remove button. */
function renderOthers() {
  const others = chosenApps().filter((p) => !app || keyOf(p.app) !== keyOf(app));
  const box = $("other-apps");
  box.hidden = others.length === 0;
  const list = $("other-apps-list");
  list.replaceChildren(...others.map((pick) => {
    const item = document.createElement("li");
    item.dataset.testid = `picked-${keyOf(pick.app)}`;
    const text = document.createElement("span");
    text.textContent = otherText(pick);
    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "quiet";
    put(remove, "runs-remove", { app: pick.app.display_name });
    remove.addEventListener("click", () => {
      picks.delete(keyOf(pick.app));
      render();
    });
    item.append(text, remove);
    return item;
  }));
}

function shownRuns() {
  const series = $("filter-series").value;
  const from = $("filter-from").value;
  const to = $("filter-to").value;
  const words = $("filter-text").value.trim().toLowerCase();
  return runs.filter((run) => {
    const day = (run.date || "").slice(0, 10);
    return (!series || run.test_series === series)
      && (!from || day >= from)
      && (!to || day <= to)
      && (!words || [run.id, run.app_version, run.result, run.platform, run.test_series, date(run.date)]
        .join(" ").toLowerCase().includes(words));
  });
}

function updateCount() {
  const entire = wholeApp();
  const pick = pickOf(app);
  pick.whole = entire;
  pick.total = runs.length;
  $("filters").classList.toggle("disabled", entire);
  for (const id of ["select-shown", "clear-selection"]) $(id).disabled = entire;
  $("runs-table").classList.toggle("disabled", entire);
  $("runs-table").setAttribute("aria-disabled", String(entire));
  const here = entire
    ? t("runs-entire-app", { count: runs.length })
    : selected.size === 0 ? t("runs-none-selected") : t("runs-selected", { count: selected.size });
  const apps = chosenApps();
  const elsewhere = apps.filter((p) => keyOf(p.app) !== keyOf(app));
  // With other apps in the export: this app's count, and the whole export's (short enough to
  // keep Export in an 800x600 window).
  const all = apps.reduce((sum, p) => sum + (p.whole ? p.total || 0 : p.ids.size), 0);
  $("selected-count").textContent = elsewhere.length === 0
    ? here
    : entire
      ? t("runs-entire-app-and-others", { here: runs.length, all, apps: apps.length })
      : t("runs-selected-and-others", { here: selected.size, all, apps: apps.length });
  $("export").disabled = apps.length === 0;
  renderOthers();
}

/** Shows whether the row's run is selected: its box, its colour and what is spoken. */
function paintRow(row) {
  const on = selected.has(row.dataset.runId);
  row.querySelector("input").checked = on;
  row.classList.toggle("selected", on);
  row.setAttribute("aria-selected", String(on));
}

/** Selects (or, with `on` false, unselects) the runs of `rows`, and says how many are. */
function choose(rows, on) {
  if (wholeApp()) return;
  for (const row of rows) {
    if (on) selected.add(row.dataset.runId);
    else selected.delete(row.dataset.runId);
    paintRow(row);
  }
  updateCount();
}

/** Whether the run `id` is shown in the table. */
function shownHas(id) {
  return [...$("runs-table").tBodies[0].rows].some((r) => r.dataset.runId === id);
}

/** The rows from the anchor's to `row` (only `row` when the anchor is not shown). */
function range(row) {
  const rows = [...$("runs-table").tBodies[0].rows];
  const from = rows.findIndex((r) => r.dataset.runId === anchor);
  const to = rows.indexOf(row);
  if (from < 0) return [row];
  return rows.slice(Math.min(from, to), Math.max(from, to) + 1);
}

/** The table's keys: Space ticks or unticks the run, Shift with Space or an arrow selects
 * from the anchor to the run, Ctrl+A (Cmd+A) selects every run shown. */
function setUpKeys() {
  grid = rowGrid($("runs-table"), {
    key: (row) => row.dataset.runId,
    moved(row, from, event) {
      if (!event.shiftKey || wholeApp()) return;
      if (!shownHas(anchor)) anchor = from.dataset.runId;
      choose(range(row), true);
    },
    pressed(event, row) {
      if (event.key === " ") {
        if (event.shiftKey) {
          if (!shownHas(anchor)) anchor = row.dataset.runId;
          choose(range(row), true);
        } else {
          choose([row], !selected.has(row.dataset.runId));
          anchor = row.dataset.runId;
        }
        return true; // not the page's scrolling
      }
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "a") {
        choose([...$("runs-table").tBodies[0].rows], true);
        return true; // not the page's text
      }
      return false;
    },
  });
}

function render() {
  const shown = shownRuns();
  const body = $("runs-table").tBodies[0];
  body.replaceChildren(...shown.map((run) => {
    const row = document.createElement("tr");
    row.dataset.runId = run.id;
    row.tabIndex = -1;
    const pick = document.createElement("td");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.checked = selected.has(run.id);
    box.disabled = wholeApp();
    // For the mouse: the keys work on the row, whose "selected" says what the box shows.
    box.tabIndex = -1;
    box.setAttribute("aria-hidden", "true");
    put(box, "runs-select-run", {
      date: date(run.date),
      series: String(run.test_series),
      version: String(run.app_version),
    });
    box.addEventListener("change", () => {
      if (box.checked) selected.add(run.id);
      else selected.delete(run.id);
      anchor = run.id;
      paintRow(row);
      updateCount();
    });
    pick.append(box);
    row.append(pick);
    for (const text of [date(run.date), run.test_series, run.app_version, run.platform, run.result]) {
      const cell = document.createElement("td");
      cell.textContent = text;
      row.append(cell);
    }
    paintRow(row);
    return row;
  }));
  // WebKitGTK can keep telling a screen reader the rows the table had when its screen was shown
  // (none, the runs being read): the body shown anew is read anew. The focus stays where it is.
  body.hidden = true;
  void body.offsetHeight;
  body.hidden = false;
  grid.refresh();
  $("shown-count").textContent = shown.length === runs.length
    ? t("runs-count", { count: runs.length })
    : t("runs-shown", { shown: shown.length, total: runs.length });
  updateCount();
}

let passphrase = ""; // the suggested one, shown while "Protect" is ticked; never stored
let own = ""; // a password of the officer's own, when chosen instead

function showPassword() {
  $("passphrase").textContent = own ? t("runs-own-password", { length: own.length }) : passphrase;
}

async function newPassphrase() {
  try {
    passphrase = await call("new_passphrase");
    own = "";
    showPassword();
  } catch (error) {
    showError(error);
  }
}

async function protectChanged() {
  const on = $("protect").checked;
  $("protect-panel").hidden = !on;
  if (on && !passphrase) await newPassphrase();
}

async function rateOwn() {
  const text = $("own-password").value;
  const out = $("password-strength");
  if (!text) {
    out.textContent = "";
    out.className = "hint";
    return;
  }
  const strength = await call("password_strength", { password: text });
  if ($("own-password").value !== text) return; // typed on meanwhile
  out.textContent = strength.words;
  out.className = `hint ${strength.level}`;
}

/** The password the archive is to be protected with, or null. */
function chosenPassword() {
  if (!$("protect").checked) return null;
  return own || passphrase;
}

/** Every app with runs chosen: `[{app, runIds}]` (`runIds` null: the entire app). */
function chosenPicks() {
  return chosenApps().map((pick) => ({
    app: pick.app,
    runIds: pick.whole ? null : [...pick.ids],
  }));
}

/** Wires the screen: `back()` returns to the apps (to add another app's runs),
 * `exportRuns(picks, subject, password)` exports every app's choice (`picks` as
 * `[{app, runIds}]`, `runIds` null for the entire app; `password` null: not protected),
 * `previewLetter(picks, subject)` shows the letter the archive will open with. */
export function setUp({ back, exportRuns, previewLetter }) {
  setUpKeys();
  $("preview-letter").addEventListener("click", () => {
    const chosen = chosenPicks();
    // Nothing chosen yet: the letter for this app, as it reads once runs are.
    previewLetter(chosen.length ? chosen : [{ app, runIds: [] }], $("subject").value.trim());
  });
  $("add-app").addEventListener("click", back);
  $("protect").addEventListener("change", protectChanged);
  $("new-passphrase").addEventListener("click", newPassphrase);
  $("copy-passphrase").addEventListener("click", async (event) => {
    const ok = await copy(chosenPassword());
    event.currentTarget.textContent = t(ok ? "runs-copied" : "runs-copy-failed");
    const button = event.currentTarget;
    setTimeout(() => { button.textContent = t("runs-copy"); }, 2000);
  });
  $("own-password").addEventListener("input", rateOwn);
  $("own-password-open").addEventListener("click", () => {
    $("own-password").value = own;
    rateOwn();
    openForm("own-password-dialog", "op");
  });
  wireForm("own-password-dialog", "op", async () => {
    const strength = await call("password_strength", { password: $("own-password").value });
    if (strength.level === "too_short") {
      throw { code: "invalid_input", message: t("runs-password-too-short") };
    }
    own = $("own-password").value;
    showPassword();
  });
  for (const id of ["filter-series", "filter-from", "filter-to", "filter-text"]) {
    $(id).addEventListener("input", render);
  }
  document.querySelectorAll('input[name="scope"]').forEach((radio) => radio.addEventListener("change", render));
  $("select-shown").addEventListener("click", () => {
    shownRuns().forEach((run) => selected.add(run.id));
    render();
  });
  $("clear-selection").addEventListener("click", () => {
    selected.clear();
    render();
  });
  $("back-to-apps").addEventListener("click", back);
  $("export").addEventListener("click", () => {
    exportRuns(chosenPicks(), $("subject").value.trim(), chosenPassword());
  });
}

/** Forgets every app's choice and "Whose data" (a new request, or none). */
export function reset() {
  picks.clear();
  selected = new Set();
  app = null;
  $("subject").value = "";
}

/** How many runs are chosen in `other` for this export ("8 test runs", "every test run"),
 * or "" when none. */
export function chosenIn(other) {
  const pick = picks.get(keyOf(other));
  return pick && (pick.whole || pick.ids.size > 0) ? pickText(pick) : "";
}

/** Adds `runIds` of `other` to this export's choice (found by a search across the apps). */
export function add(other, runIds) {
  const pick = pickOf(other);
  pick.whole = false;
  for (const id of runIds) pick.ids.add(id);
}

/** Shows the runs of `chosen`; `subject` fills "Whose data" when it is empty (the request's);
 * `protect` ticks "Protect the archive" (the request's last export was protected). The
 * choices made in other apps are kept: they go into the same archive. */
export async function open(chosen, subject = "", protect = false) {
  const pick = pickOf(chosen);
  selected = pick.ids;
  anchor = null;
  document.querySelector(`input[name="scope"][value="${pick.whole ? "app" : "runs"}"]`).checked = true;
  if (protect && !$("protect").checked) {
    $("protect").checked = true;
    protectChanged();
  }
  if (subject && !$("subject").value.trim()) $("subject").value = subject;
  app = chosen;
  show("runs");
  $("runs-app").textContent = `${app.display_name} (${app.owner}/${app.name})`;
  $("runs-table").tBodies[0].replaceChildren();
  $("shown-count").textContent = t("runs-loading");
  try {
    runs = await call("list_runs", { owner: app.owner, app: app.name });
    const series = [...new Set(runs.map((r) => r.test_series).filter(Boolean))].sort();
    $("filter-series").replaceChildren(new Option(t("runs-all-series"), ""), ...series.map((s) => new Option(s, s)));
    render();
    landFocus(series.length);
  } catch (error) {
    $("shown-count").textContent = "";
    showError(error);
  }
}

/** Once the runs are read, the focus goes where a person goes on (unless they moved it
 * meanwhile): to the test series, where a client's runs are found, or, with one series or
 * none, to the runs. */
function landFocus(seriesCount) {
  const heading = $("runs-title");
  if (document.body.dataset.screen !== "runs"
    || ![heading, document.body, null].includes(document.activeElement)) return;
  if (seriesCount > 1) $("filter-series").focus();
  else $("runs-table").tBodies[0].querySelector("tr[tabindex='0']")?.focus();
}

/** True once an app was chosen. */
export function chosen() {
  return app !== null;
}

/** Back to this screen, as it was (after a cancelled or failed export). */
export function reopen() {
  show("runs");
  render();
}
