// Screen 2: the apps the token can see, with search; and a search for a client's test runs
// across every app, whose finds go into the export.
import { call } from "./ipc.js";
import { showError } from "./errors.js";
import { put, t } from "./l10n.js";
import { show } from "./screens.js";
import * as unfinished from "./unfinished.js";

const $ = (id) => document.getElementById(id);
let all = [];
let onChoose = () => {};
let onContinue = () => {};
let chosenIn = () => "";
let onAdd = () => {};
let finding = 0; // the search under way (a newer one makes an older one's finds stale)

function render() {
  const words = $("app-search").value.trim().toLowerCase();
  const shown = all.filter((a) =>
    [a.display_name, a.name, a.owner, a.owner_display_name, a.os].join(" ").toLowerCase().includes(words));
  const list = $("app-list");
  list.replaceChildren(...shown.map((app) => {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "app-item";
    button.dataset.testid = `app-${app.owner}/${app.name}`;
    const name = document.createElement("span");
    name.className = "app-name";
    name.textContent = app.display_name;
    const meta = document.createElement("span");
    meta.className = "hint";
    meta.textContent = `${app.owner_display_name} · ${app.os || t("apps-unknown-os")} · ${app.owner}/${app.name}`;
    button.append(name, meta);
    const chosen = chosenIn(app);
    if (chosen) {
      const badge = document.createElement("span");
      badge.className = "chosen-badge";
      badge.textContent = t("apps-in-export", { chosen });
      button.append(badge);
    }
    button.addEventListener("click", () => onChoose(app));
    item.append(button);
    return item;
  }));
  $("apps-status").textContent = all.length === 0
    ? t("apps-none-visible")
    : shown.length === 0 ? t("apps-no-match") : t("apps-shown", { shown: shown.length, total: all.length });
}

/** True when `run` matches the words searched: its test series begins with them, or its
 * series, id, version, platform or result holds them. */
function matches(run, words) {
  const series = (run.test_series || "").toLowerCase();
  return series.startsWith(words)
    || [run.test_series, run.id, run.app_version, run.platform, run.result]
      .join(" ").toLowerCase().includes(words);
}

/** One app's finds: how many, with "Add to the export" and "Review". */
function foundItem(app, ids) {
  const item = document.createElement("li");
  item.dataset.testid = `found-${app.owner}/${app.name}`;
  const text = document.createElement("span");
  text.textContent = t("apps-found-in-app", { app: app.display_name, count: ids.length });
  const addButton = document.createElement("button");
  addButton.type = "button";
  addButton.className = "add";
  addButton.textContent = t("apps-add-found");
  addButton.addEventListener("click", () => {
    onAdd(app, ids);
    addButton.disabled = true;
    addButton.textContent = t("apps-added");
    render();
  });
  const review = document.createElement("button");
  review.type = "button";
  review.className = "quiet";
  put(review, "apps-review", { app: app.display_name });
  review.addEventListener("click", () => onChoose(app));
  item.append(text, addButton, review);
  return item;
}

/** Reads every app's test runs and lists the apps with runs that match, one after another
 * (App Center's request limit is kept by the app). */
async function find(event) {
  event.preventDefault();
  const words = $("find-text").value.trim().toLowerCase();
  const search = ++finding;
  $("found").hidden = !words;
  $("found-list").replaceChildren();
  if (!words) return;
  const found = [];
  for (const [n, app] of all.entries()) {
    $("found-status").textContent = t("apps-searching", { app: app.display_name, n: n + 1, total: all.length });
    let runs;
    try {
      runs = await call("list_runs", { owner: app.owner, app: app.name });
    } catch (error) {
      if (search === finding) {
        $("found-status").textContent = "";
        showError(error);
      }
      return;
    }
    if (search !== finding) return;
    const ids = runs.filter((run) => matches(run, words)).map((run) => run.id);
    if (ids.length) {
      found.push(ids.length);
      $("found-list").append(foundItem(app, ids));
    }
  }
  const runs = found.reduce((a, b) => a + b, 0);
  $("found-status").textContent = found.length === 0
    ? t("apps-found-none", { apps: all.length, words: $("find-text").value.trim() })
    : t("apps-found", { runs, apps: found.length });
}

/** Wires the screen; `choose(app)` is called when an app is picked, `continueExport(row)` when
 * an unfinished export is continued; `chosen(app)` says what of an app is in the export ("" if
 * nothing), `add(app, runIds)` puts runs found by the search into it. */
export function setUp({ choose, continueExport, chosen, add }) {
  onChoose = choose;
  onContinue = continueExport;
  chosenIn = chosen;
  onAdd = add;
  $("app-search").addEventListener("input", render);
  $("find-form").addEventListener("submit", find);
}

/** Forgets the last search across the apps (a new request). */
export function clearFind() {
  finding += 1;
  $("find-text").value = "";
  $("found").hidden = true;
  $("found-list").replaceChildren();
}

function showUnfinished() {
  unfinished.show($("unfinished-apps"), { canContinue: true, onContinue });
}

export async function open() {
  show("apps");
  showUnfinished();
  $("apps-status").textContent = t("apps-loading");
  $("app-list").replaceChildren();
  try {
    all = await call("list_apps");
    render();
    $("app-search").focus();
  } catch (error) {
    $("apps-status").textContent = "";
    showError(error);
  }
}

export function back() {
  show("apps");
  showUnfinished();
  render();
}
