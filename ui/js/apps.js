// Screen 2: the apps the token can see, with search.
import { call } from "./ipc.js";
import { showError } from "./errors.js";
import { show } from "./screens.js";
import * as unfinished from "./unfinished.js";

const $ = (id) => document.getElementById(id);
let all = [];
let onChoose = () => {};
let onContinue = () => {};

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
    button.addEventListener("click", () => onChoose(app));
    item.append(button);
    return item;
  }));
  $("apps-status").textContent = all.length === 0
    ? "This token cannot see any apps."
    : shown.length === 0 ? "No app matches the search." : `${shown.length} of ${all.length} apps`;
}

/** Wires the screen; `choose(app)` is called when an app is picked, `continueExport(row)` when
 * an unfinished export is continued. */
export function setUp({ choose, continueExport }) {
  onChoose = choose;
  onContinue = continueExport;
  $("app-search").addEventListener("input", render);
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
