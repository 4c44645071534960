// ACT Export: the page. Each screen lives in its own module; this one, the root of the module
// tree, wires them together: no screen imports another, or this module.
import { call } from "./ipc.js";
import { load, t } from "./l10n.js";
import { setUpErrorPanel, showError } from "./errors.js";
import { askPassword, confirm, setUpDialogs } from "./dialogs.js";
import { focusHeading } from "./screens.js";
import * as requests from "./requests.js";
import * as letter from "./letter.js";
import * as request from "./request.js";
import * as connect from "./connect.js";
import * as apps from "./apps.js";
import * as runs from "./runs.js";
import * as exporting from "./exporting.js";
import { fillAppLanguages } from "./languages.js";

const $ = (id) => document.getElementById(id);
let connected = false;
let forRequest = null; // the request the export answers: {reference, subject}, or null

function greet(greeting) {
  connected = Boolean(greeting);
  $("greeting").textContent = greeting ? t("main-greeting", { name: greeting.display_name }) : "";
  $("sample-badge").hidden = !(greeting && greeting.sample);
  $("disconnect").hidden = !greeting;
  document.body.classList.toggle("sample-mode", Boolean(greeting && greeting.sample));
}

/** The export steps that follow answer `chosen` (a request) or, with null, no request. */
function answer(chosen) {
  forRequest = chosen
    ? { reference: chosen.reference, subject: chosen.subject, protect: Boolean(chosen.protect) }
    : null;
  const banner = $("for-request");
  banner.hidden = !forRequest;
  banner.textContent = forRequest
    ? t("main-for-request", { reference: forRequest.reference, subject: forRequest.subject })
    : "";
}

async function showVersion() {
  const target = $("app-version");
  try {
    const info = await call("app_info");
    target.textContent = t("main-version", { name: info.name, version: info.version });
  } catch (error) {
    target.textContent = t("main-version-unknown");
  }
}

/** Runs an export (`begin()` starts it); on failure goes `back()` and shows why. While an
 * export runs there is nothing to disconnect from and no leaving: the buttons come back after. */
async function exportWith(begin, back) {
  $("disconnect").hidden = true;
  $("nav-requests").hidden = true;
  $("app-language").disabled = true;
  const { error } = await begin();
  $("disconnect").hidden = !connected;
  $("nav-requests").hidden = false;
  $("app-language").disabled = false;
  if (error) {
    back();
    showError(error);
  }
}

const exportRuns = (picks, subject, password) => exportWith(
  () => exporting.start(picks, subject, forRequest && forRequest.reference, password),
  runs.reopen,
);
const continueExport = async (row) => {
  const password = row.protected ? await askPassword() : null;
  if (row.protected && !password) return;
  answer(row.reference ? { reference: row.reference, subject: row.subject || "" } : forRequest);
  await exportWith(() => exporting.resume(row, password), apps.back);
};

/** Starts the export steps for a request (or none): connect first when needed. */
function exportFor(chosen) {
  answer(chosen);
  runs.reset();
  apps.clearFind();
  if (connected) apps.open();
  else connect.open();
}

/** Leaves the export steps for the Requests screen (a finished archive not saved yet is
 * deleted, after asking). */
async function home() {
  if (exporting.unsaved()) {
    const leave = await confirm({
      title: t("main-leave-title"),
      text: t("main-leave-text"),
      yes: t("main-leave-yes"),
    });
    if (!leave) return;
  }
  if (document.body.dataset.screen === "done") await exporting.leave();
  answer(null);
  runs.reset();
  apps.clearFind();
  requests.open();
}

async function disconnect() {
  await call("disconnect").catch(() => {});
  greet(null);
  connect.open();
}

// The officer's language first: every screen writes its words in it.
try {
  const words = await call("app_words");
  load(words);
  fillAppLanguages($("app-language"), words);
} catch (error) {
  load({ lang: "en", sources: [] });
  showError(error);
}
// Another language is remembered, and the page starts again in it (the connection stays).
$("app-language").addEventListener("change", async (event) => {
  try {
    await call("set_app_language", { choice: event.target.value });
    window.location.reload();
  } catch (error) {
    showError(error);
  }
});
setUpErrorPanel();
setUpDialogs();
$("disconnect").addEventListener("click", disconnect);
$("nav-requests").addEventListener("click", home);
requests.setUp({ openRequest: (reference) => request.open(reference), quickExport: () => exportFor(null) });
request.setUp({ back: home, exportFor });
connect.setUp({ connected: (greeting) => { greet(greeting); apps.open(); } });
apps.setUp({
  choose: (app) => runs.open(app, forRequest ? forRequest.subject : "", Boolean(forRequest && forRequest.protect)),
  continueExport,
  chosen: runs.chosenIn,
  add: runs.add,
});
runs.setUp({
  back: apps.back,
  exportRuns,
  previewLetter: (picks, subject) => letter.preview({
    reference: forRequest ? forRequest.reference : null,
    subject: subject || null,
    apps: picks.map(({ app, runIds }) => ({
      name: app.display_name,
      slug: `${app.owner}/${app.name}`,
      runs: runIds ? runIds.length : null,
    })),
  }),
});
exporting.setUp({
  another: () => (runs.chosen() ? runs.reopen() : apps.back()),
  deliver: async (reference) => {
    await exporting.leave();
    answer(null);
    request.open(reference, { deliver: true });
  },
});
showVersion();
requests.open();
// Every handler is wired: the page may be used (and the end-to-end tests may start).
$("main").inert = false;
focusHeading(); // the first screen's heading could not take the focus while the page was inert
document.documentElement.dataset.ready = "true";
