// Screens 4 and 5: the export with live progress and Cancel; then the archive, to save or drag.
import { call, channel } from "./ipc.js";
import { copy, describe as describeError, showError } from "./errors.js";
import { duration, plural, size } from "./format.js";
import { show } from "./screens.js";

const $ = (id) => document.getElementById(id);
const PHASES = {
  listing_runs: "Listing the app's test runs",
  reading_runs: "Reading the test runs and their reports",
  reading_export_records: "Reading the export records",
  reading_account_data: "Reading the account's export records",
  downloading: "Downloading files",
  writing: "Writing the archive",
  done: "Done",
};
let rate = null; // bytes per second, smoothed
let pacingUntil = 0; // when the last wait for App Center's request limit ends
let onAnother = () => {};
let onDeliver = () => {};
let waiting = null; // the finished archive on the Done screen: {reference, saved}
let password = null; // the password of the export under way or done, until the Done screen is left

function retryText(note) {
  const why = note.reason.kind === "rate_limited"
    ? "App Center asked us to slow down"
    : note.reason.kind === "server_error" ? "App Center had a passing problem" : "The connection broke";
  return `${why}; trying again in ${plural(note.wait_seconds, "second", "seconds")}. This is normal and nothing is lost.`;
}

function render(progress, started) {
  const named = PHASES[progress.phase] || progress.phase;
  // In an export of several apps, the app being read.
  const phase = progress.app ? `${named} (${progress.app})` : named;
  const bar = $("export-bar");
  let detail = "";
  if (progress.phase === "downloading") {
    const bytes = progress.bytes_total == null
      ? `${size(progress.bytes_done)} so far`
      : `${size(progress.bytes_done)} of ${size(progress.bytes_total)}`;
    // Files are downloaded, then copied into the archive: the bar and the time left count both.
    const archived = progress.bytes_archived || 0;
    const writing = archived < progress.bytes_done ? `; ${size(archived)} in the archive` : "";
    $("export-phase").textContent = `${phase}: ${progress.items_done} of ${progress.items_total}, ${bytes}${writing}`;
    const work = progress.bytes_done + archived;
    const elapsed = (Date.now() - started) / 1000;
    if (elapsed > 1) rate = work / elapsed;
    if (progress.bytes_total && rate > 0 && work > 0) {
      detail = `Time left: ${duration((2 * progress.bytes_total - work) / rate)}`;
    }
    bar.max = progress.bytes_total ? 2 * progress.bytes_total : progress.items_total || 1;
    bar.value = progress.bytes_total ? work : progress.items_done;
  } else if (progress.items_total > 0 && progress.phase !== "done") {
    $("export-phase").textContent = `${phase}: ${progress.items_done} of ${progress.items_total}`;
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
  pacing.hidden = waiting <= 0;
  if (waiting > 0) {
    pacing.textContent = `Keeping within App Center's limit of 500 requests in 5 minutes: `
      + `the next requests start in ${plural(waiting, "second", "seconds")}.`;
  }
}

/** Runs `command` with `args` and shows its progress; resolves to `{done}` when the archive is
 * ready, or `{error}` when the export failed or was stopped. */
async function run(what, command, args) {
  show("export");
  rate = null;
  pacingUntil = 0;
  $("export-what").textContent = what;
  $("export-phase").textContent = "Starting";
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
    if (!runIds) return `every test run of ${app.display_name}`;
    const runs = n === 0 ? plural(runIds.length, "test run", "test runs") : String(runIds.length);
    return `${runs} of ${app.display_name}`;
  });
  const text = each.length > 1 ? `${each.slice(0, -1).join(", ")} and ${each[each.length - 1]}` : each[0] || "";
  return text.charAt(0).toUpperCase() + text.slice(1);
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
  const what = `${plural(row.runs, "test run", "test runs")} of ${row.app_name}, continued`;
  return run(what, "resume_export", { key: row.key, password });
}

/** "8 in FieldMate for Android, 5 in FieldMate for iOS". */
function runsInEach(apps) {
  return apps.map((a) => `${a.runs} in ${a.display_name}`).join(", ");
}

function finished(done) {
  if ($("cancel-dialog").open) $("cancel-dialog").close();
  show("done");
  $("tile-name").textContent = done.file_name;
  $("tile-size").textContent = size(done.bytes);
  const rows = [
    ...(done.resumed_from ? [["Continued", `The export begun ${done.resumed_from}`]] : []),
    ...(done.begun_anew ? [["Begun anew", done.begun_anew]] : []),
    ["Test runs", done.each_app.length > 1 ? `${done.runs} (${runsInEach(done.each_app)})` : String(done.runs)],
    ["Files", done.missing_files ? `${done.files} (${done.missing_files} no longer existed in App Center)` : String(done.files)],
    ["Size", size(done.bytes)],
    ["Left out", done.excluded_records ? `${plural(done.excluded_records, "record", "records")} of other test runs` : "Nothing"],
    ["SHA-256", done.sha256],
    ...(done.protected ? [["Protection", "A password (AES-256)"]] : []),
    ...(done.reference ? [["Request", done.journal_problem ? done.reference : `${done.reference} (recorded in the journal)`]] : []),
    ...(done.journal_problem ? [["Journal", `Not recorded. ${unrecorded(done.journal_problem)} The archive itself is complete and can be saved.`]] : []),
  ];
  $("summary").replaceChildren(...rows.flatMap(([term, value]) => {
    const dt = document.createElement("dt");
    dt.textContent = term;
    const dd = document.createElement("dd");
    dd.textContent = value;
    if (term === "SHA-256") dd.className = "mono";
    return [dt, dd];
  }));
  $("save-status").textContent = "Not saved yet. The archive is deleted when you close ACT Export.";
  $("show-folder").hidden = true;
  waiting = { reference: done.reference, saved: false };
  $("done-deliver").hidden = true;
  $("done-password").hidden = !(done.protected && password);
  $("done-passphrase").textContent = done.protected && password ? password : "";
}

/** What the journal could not record, in the error table's words. */
function unrecorded(problem) {
  const { title, next } = describeError(problem);
  return `${title} ${next}`;
}

async function save() {
  $("save").disabled = true;
  try {
    const saved = await call("save_archive");
    if (saved) {
      $("save-status").textContent = saved.journal_problem
        ? `Saved to ${saved.path}. The journal could not record it. ${unrecorded(saved.journal_problem)}`
        : `Saved to ${saved.path}`;
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
    $("export-phase").textContent = "Stopping";
    dialog.close();
    call("cancel_export");
  });
  $("save").addEventListener("click", save);
  $("done-copy").addEventListener("click", async (event) => {
    const button = event.currentTarget;
    button.textContent = (await copy(password || "")) ? "Copied" : "Copy failed";
    setTimeout(() => { button.textContent = "Copy"; }, 2000);
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
