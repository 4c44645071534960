// Screen 2: the apps the token can see, with search; and a search for a client's test runs
// across every app, whose finds go into the export.
import { call } from "./ipc.js";
import { showError } from "./errors.js";
import { plural } from "./format.js";
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
    meta.textContent = `${app.owner_display_name} · ${app.os || "unknown OS"} · ${app.owner}/${app.name}`;
    button.append(name, meta);
    const chosen = chosenIn(app);
    if (chosen) {
      const badge = document.createElement("span");
      badge.className = "chosen-badge";
      badge.textContent = `In this export: ${chosen}`;
      button.append(badge);
    }
    button.addEventListener("click", () => onChoose(app));
    item.append(button);
    return item;
  }));
  $("apps-status").textContent = all.length === 0
    ? "This token cannot see any apps."
    : shown.length === 0 ? "No app matches the search." : `${shown.length} of ${all.length} apps`;
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
  text.textContent = `${app.display_name}: ${plural(ids.length, "test run matches", "test runs match")}`;
  const addButton = document.createElement("button");
  addButton.type = "button";
  addButton.className = "add";
  addButton.textContent = "Add to the export";
  addButton.addEventListener("click", () => {
    onAdd(app, ids);
    addButton.disabled = true;
    addButton.textContent = "Added";
    render();
  });
  const review = document.createElement("button");
  review.type = "button";
  review.className = "quiet";
  review.textContent = "Review";
  review.setAttribute("aria-label", `Review the test runs of ${app.display_name}`);
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
    $("found-status").textContent = `Searching ${app.display_name} (${n + 1} of ${all.length})…`;
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
    ? `No test run in any of the ${plural(all.length, "app", "apps")} matches "${$("find-text").value.trim()}".`
    : `${plural(runs, "test run", "test runs")} in ${plural(found.length, "app", "apps")} match. Add them to the export, or review them app by app.`;
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
  $("apps-status").textContent = "Loading the apps…";
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
