// Screens 4 and 5: the export with live progress and Cancel; then the archive, to save or drag.
import { announce } from "./announce.js";
import { call, channel } from "./ipc.js";
import { copy, describe as describeError, showError } from "./errors.js";
import { duration, list, size } from "./format.js";
import { t } from "./l10n.js";
import { show } from "./screens.js";

const $ = (id) => document.getElementById(id);
// Each phase's name, in words (as functions: the words are there only once loaded).
const PHASES = {
  listing_runs: () => t("exporting-phase-listing-runs"),
  reading_runs: () => t("exporting-phase-reading-runs"),
  reading_export_records: () => t("exporting-phase-reading-export-records"),
  reading_account_data: () => t("exporting-phase-reading-account-data"),
  downloading: () => t("exporting-phase-downloading"),
  writing: () => t("exporting-phase-writing"),
  done: () => t("exporting-phase-done"),
};
let rate = null; // bytes per second, smoothed
let pacingUntil = 0; // when the last wait for App Center's request limit ends
let onAnother = () => {};
let onDeliver = () => {};
let waiting = null; // the finished archive on the Done screen: {reference, saved}
let password = null; // the password of the export under way or done, until the Done screen is left
// What the progress last had a screen reader say: the step (and its app), the quarter of the
// download, the retries.
let said = { step: null, quarter: 0, retries: 0 };

function retryText(note) {
  const seconds = note.wait_seconds;
  if (note.reason.kind === "rate_limited") return t("exporting-retry-rate-limited", { seconds });
  if (note.reason.kind === "server_error") return t("exporting-retry-server-error", { seconds });
  return t("exporting-retry-connection", { seconds });
}

/** Has a screen reader say the progress at its steps, not at every report: each step once (in
 * each app), the download at each quarter (25%, 50%, 75%), and each wait before a retry or for
 * App Center's request limit once. The finished archive is said by `finished`. */
function speak(progress, phase, pacingBegins) {
  const step = `${progress.phase} ${progress.app || ""}`;
  if (progress.phase !== "done" && step !== said.step) {
    said = { ...said, step, quarter: 0 };
    announce(phase);
  } else if (progress.phase === "downloading") {
    const bar = $("export-bar");
    const quarter = bar.max > 0 ? Math.floor((4 * bar.value) / bar.max) : 0;
    if (quarter > said.quarter && quarter < 4) {
      said.quarter = quarter;
      announce(t("exporting-announce-downloaded", { phase, percent: 25 * quarter }));
    }
  }
  if (progress.last_retry && progress.retries > said.retries) {
    said.retries = progress.retries;
    announce(retryText(progress.last_retry));
  }
  if (pacingBegins) announce($("export-pacing").textContent);
}

function render(progress, started) {
  const named = PHASES[progress.phase] ? PHASES[progress.phase]() : progress.phase;
  // In an export of several apps, the app being read.
  const phase = progress.app ? t("exporting-phase-in-app", { phase: named, app: progress.app }) : named;
  const bar = $("export-bar");
  let detail = "";
  if (progress.phase === "downloading") {
    // Files are downloaded, then copied into the archive: the bar and the time left count both.
    const archived = progress.bytes_archived || 0;
    $("export-phase").textContent = t("exporting-progress-downloading", {
      phase,
      done: progress.items_done,
      total: progress.items_total,
      downloaded: size(progress.bytes_done),
      // The size of all files, once known ("yes"/"no": the message's choices).
      known: progress.bytes_total == null ? "no" : "yes",
      size: progress.bytes_total == null ? "" : size(progress.bytes_total),
      // Some of what was downloaded is not in the archive yet.
      copying: archived < progress.bytes_done ? "yes" : "no",
      archived: size(archived),
    });
    const work = progress.bytes_done + archived;
    const elapsed = (Date.now() - started) / 1000;
    if (elapsed > 1) rate = work / elapsed;
    if (progress.bytes_total && rate > 0 && work > 0) {
      detail = t("exporting-time-left", { duration: duration((2 * progress.bytes_total - work) / rate) });
    }
    bar.max = progress.bytes_total ? 2 * progress.bytes_total : progress.items_total || 1;
    bar.value = progress.bytes_total ? work : progress.items_done;
  } else if (progress.items_total > 0 && progress.phase !== "done") {
    $("export-phase").textContent = t("exporting-progress", {
      phase,
      done: progress.items_done,
      total: progress.items_total,
    });
    bar.max = progress.items_total;
    bar.value = progress.items_done;
  } else {
    $("export-phase").textContent = phase;
    bar.removeAttribute("value");
  }
  $("export-detail").textContent = detail;
  const retry = $("export-retry");
  retry.hidden = !progress.last_retry;
  if (progress.last_retry) retry.textContent = retryText(progress.last_retry);
  if (progress.pacing_seconds) pacingUntil = Date.now() + progress.pacing_seconds * 1000;
  const pacing = $("export-pacing");
  const waiting = Math.ceil((pacingUntil - Date.now()) / 1000);
  const pacingBegins = pacing.hidden && waiting > 0;
  pacing.hidden = waiting <= 0;
  if (waiting > 0) {
    pacing.textContent = t("exporting-pacing", { seconds: waiting });
  }
  speak(progress, phase, pacingBegins);
}

/** Runs `command` with `args` and shows its progress; resolves to `{done}` when the archive is
 * ready, or `{error}` when the export failed or was stopped. */
async function run(what, command, args) {
  show("export");
  rate = null;
  pacingUntil = 0;
  said = { step: null, quarter: 0, retries: 0 };
  $("export-what").textContent = what;
  $("export-phase").textContent = t("exporting-starting");
  $("export-detail").textContent = "";
  $("export-retry").hidden = true;
  $("export-pacing").hidden = true;
  $("export-bar").removeAttribute("value");
  $("cancel-export").disabled = false;
  const started = Date.now();
  const onProgress = channel((progress) => render(progress, started));
  try {
    const done = await call(command, { ...args, onProgress });
    finished(done);
    return { done };
  } catch (error) {
    if ($("cancel-dialog").open) $("cancel-dialog").close();
    return { error };
  }
}

/** "8 test runs of FieldMate for Android and 5 of FieldMate for iOS". */
function describe(picks) {
  const each = picks.map(({ app, runIds }, n) => {
    const args = { app: app.display_name, runs: runIds ? runIds.length : 0 };
    // The first app's words begin the line; the others' follow in a list ("and 5 of ...").
    if (n === 0) return runIds ? t("exporting-what-first", args) : t("exporting-what-every-first", args);
    return runIds ? t("exporting-what-next", args) : t("exporting-what-every-next", args);
  });
  return list(each);
}

/** Exports the chosen runs (`picks`: `[{app, runIds}]`, `runIds` null for the entire app) into
 * one archive, for the request `reference` (null: none). */
export function start(picks, subject, reference, chosenPassword) {
  password = chosenPassword || null;
  const ask = {
    apps: picks.map(({ app, runIds }) => ({ owner: app.owner, app: app.name, run_ids: runIds })),
    subject: subject || null,
    reference: reference || null,
    password,
  };
  return run(describe(picks), "start_export", { ask });
}

/** True while the Done screen holds an archive that was not saved. */
export function unsaved() {
  return Boolean(waiting && !waiting.saved && document.body.dataset.screen === "done");
}

/** Leaves the Done screen: its archive (personal data) is deleted. */
export async function leave() {
  waiting = null;
  password = null;
  $("done-passphrase").textContent = "";
  await call("discard_archive").catch(() => {});
}

/** Continues an unfinished export (a protected one with its `password`). */
export function resume(row, typed) {
  password = typed || null;
  const what = t("exporting-what-continued", { runs: row.runs, app: row.app_name });
  return run(what, "resume_export", { key: row.key, password });
}

/** "8 in FieldMate for Android, 5 in FieldMate for iOS". */
function runsInEach(apps) {
  return apps.map((a) => t("exporting-runs-in-app", { runs: a.runs, app: a.display_name })).join(", ");
}

function finished(done) {
  if ($("cancel-dialog").open) $("cancel-dialog").close();
  show("done");
  announce(t("exporting-announce-ready", { size: size(done.bytes) }));
  $("tile-name").textContent = done.file_name;
  $("tile-size").textContent = size(done.bytes);
  const sha256 = ["SHA-256", done.sha256];
  const rows = [
    ...(done.resumed_from
      ? [[t("exporting-summary-continued"), t("exporting-summary-continued-from", { when: done.resumed_from })]]
      : []),
    ...(done.begun_anew ? [[t("exporting-summary-begun-anew"), done.begun_anew]] : []),
    [t("exporting-summary-runs"), done.each_app.length > 1
      ? t("exporting-summary-runs-each", { runs: done.runs, each: runsInEach(done.each_app) })
      : String(done.runs)],
    [t("exporting-summary-files"), done.missing_files
      ? t("exporting-summary-files-missing", { files: done.files, missing: done.missing_files })
      : String(done.files)],
    [t("exporting-summary-size"), size(done.bytes)],
    [t("exporting-summary-left-out"), done.excluded_records
      ? t("exporting-summary-left-out-records", { records: done.excluded_records })
      : t("exporting-summary-nothing-left-out")],
    sha256,
    ...(done.protected ? [[t("exporting-summary-protection"), t("exporting-summary-password")]] : []),
    ...(done.reference
      ? [[t("exporting-summary-request"), done.journal_problem
        ? done.reference
        : t("exporting-summary-request-recorded", { reference: done.reference })]]
      : []),
    ...(done.journal_problem
      ? [[t("exporting-summary-journal"),
        t("exporting-summary-not-recorded", { problem: unrecorded(done.journal_problem) })]]
      : []),
  ];
  $("summary").replaceChildren(...rows.flatMap((row) => {
    const [term, value] = row;
    const dt = document.createElement("dt");
    dt.textContent = term;
    const dd = document.createElement("dd");
    dd.textContent = value;
    if (row === sha256) dd.className = "mono";
    return [dt, dd];
  }));
  $("save-status").textContent = t("exporting-not-saved");
  $("show-folder").hidden = true;
  waiting = { reference: done.reference, saved: false };
  $("done-deliver").hidden = true;
  $("done-password").hidden = !(done.protected && password);
  $("done-passphrase").textContent = done.protected && password ? password : "";
}

/** What the journal could not record, in the error table's words. */
function unrecorded(problem) {
  const { title, next } = describeError(problem);
  return t("exporting-problem", { title, next });
}

async function save() {
  $("save").disabled = true;
  try {
    const saved = await call("save_archive");
    if (saved) {
      $("save-status").textContent = saved.journal_problem
        ? t("exporting-saved-unrecorded", { path: saved.path, problem: unrecorded(saved.journal_problem) })
        : t("exporting-saved", { path: saved.path });
      announce($("save-status").textContent);
      $("show-folder").hidden = false;
      if (waiting) {
        waiting.saved = true;
        $("done-deliver").hidden = !waiting.reference;
      }
    }
  } catch (error) {
    showError(error);
  } finally {
    $("save").disabled = false;
    // Disabled while saving, the button lost the focus: it gets it back (not the page's start).
    if (!document.activeElement || document.activeElement === document.body) $("save").focus();
  }
}

/** Wires the screens: `another()` when the user starts another export, `deliver(reference)`
 * when the delivery of a request's saved archive is to be recorded. */
export function setUp({ another, deliver }) {
  onAnother = another;
  onDeliver = deliver;
  $("done-deliver").addEventListener("click", () => onDeliver(waiting.reference));
  const dialog = $("cancel-dialog");
  $("cancel-export").addEventListener("click", () => dialog.showModal());
  $("keep-going").addEventListener("click", () => dialog.close());
  $("confirm-cancel").addEventListener("click", () => {
    $("cancel-export").disabled = true;
    $("export-phase").textContent = t("exporting-stopping");
    dialog.close();
    call("cancel_export");
  });
  $("save").addEventListener("click", save);
  $("done-copy").addEventListener("click", async (event) => {
    const button = event.currentTarget;
    button.textContent = t((await copy(password || "")) ? "exporting-copied" : "exporting-copy-failed");
    setTimeout(() => { button.textContent = t("exporting-copy"); }, 2000);
  });
  $("show-folder").addEventListener("click", () => call("show_in_folder").catch(showError));
  $("another").addEventListener("click", async () => {
    await leave();
    onAnother();
  });
  $("archive-tile").addEventListener("dragstart", (event) => {
    event.preventDefault();
    call("start_drag").catch(showError);
  });
}
