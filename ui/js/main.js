// ACT Export: the page. Each screen lives in its own module; this one, the root of the module
// tree, wires them together: no screen imports another, or this module.
import { call } from "./ipc.js";
import { setUpErrorPanel, showError } from "./errors.js";
import * as connect from "./connect.js";
import * as apps from "./apps.js";
import * as runs from "./runs.js";
import * as exporting from "./exporting.js";

const $ = (id) => document.getElementById(id);

function greet(greeting) {
  $("greeting").textContent = greeting ? `Hello, ${greeting.display_name}` : "";
  $("sample-badge").hidden = !(greeting && greeting.sample);
  $("disconnect").hidden = !greeting;
  document.body.classList.toggle("sample-mode", Boolean(greeting && greeting.sample));
}

async function showVersion() {
  const target = $("app-version");
  try {
    const info = await call("app_info");
    target.textContent = `${info.name} version ${info.version}`;
  } catch (error) {
    target.textContent = "Version unknown";
  }
}

/** Runs an export (`begin()` starts it); on failure goes `back()` and shows why. While an
 * export runs there is nothing to disconnect from: the button comes back after. */
async function exportWith(begin, back) {
  $("disconnect").hidden = true;
  const { error } = await begin();
  $("disconnect").hidden = false;
  if (error) {
    back();
    showError(error);
  }
}

const exportRuns = (app, runIds, subject) =>
  exportWith(() => exporting.start(app, runIds, subject), runs.reopen);
const continueExport = (row) => exportWith(() => exporting.resume(row), apps.back);

async function disconnect() {
  await call("disconnect").catch(() => {});
  greet(null);
  connect.open();
}

setUpErrorPanel();
$("disconnect").addEventListener("click", disconnect);
connect.setUp({ connected: (greeting) => { greet(greeting); apps.open(); } });
apps.setUp({ choose: runs.open, continueExport });
runs.setUp({ back: apps.back, exportRuns });
exporting.setUp({ another: () => (runs.chosen() ? runs.reopen() : apps.back()) });
showVersion();
connect.open();
// Every handler is wired: the page may be used (and the end-to-end tests may start).
$("main").inert = false;
document.documentElement.dataset.ready = "true";
