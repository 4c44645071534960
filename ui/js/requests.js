// The home screen: every request, the soonest due first, with where it stands; a new request;
// the reminder about saved copies; and a check of the journal. It needs no connection.
import { call } from "./ipc.js";
import { showError } from "./errors.js";
import { show } from "./screens.js";
import { openForm, todayIso, wireForm } from "./dialogs.js";
import * as unfinished from "./unfinished.js";
import * as letter from "./letter.js";
import { knownOfficers } from "./request.js";
import { fillLanguages } from "./languages.js";
import { rowGrid } from "./grid.js";
import { t } from "./l10n.js";

const $ = (id) => document.getElementById(id);
let all = [];
let onOpen = () => {};
let place = null; // where the record is kept (JournalPlace)
let whose = null; // "mine" or "all", once chosen on this screen
let grid = null; // the table's keys: Up and Down between the requests, Enter opens one

function cell(text, className) {
  const td = document.createElement("td");
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function render() {
  const words = $("request-search").value.trim().toLowerCase();
  const mine = place?.shared && whose === "mine";
  const theirs = mine ? all.filter((c) => c.assignee === place.officer) : all;
  const shown = theirs.filter((c) => `${c.reference} ${c.subject}`.toLowerCase().includes(words));
  const shared = Boolean(place?.shared);
  // On the team's register the list names who has each request; when it was received is on
  // the request's own page (the table fits a small window).
  for (const th of document.querySelectorAll(".assignee-col")) th.hidden = !shared;
  for (const th of document.querySelectorAll(".received-col")) th.hidden = shared;
  $("requests-table").tBodies[0].replaceChildren(...shown.map((c) => {
    const row = document.createElement("tr");
    row.dataset.reference = c.reference;
    row.tabIndex = -1;
    if (c.overdue) row.classList.add("overdue");
    if (c.status === "closed") row.classList.add("closed");
    const first = document.createElement("td");
    const open = document.createElement("button");
    open.type = "button";
    open.className = "link";
    open.textContent = c.reference;
    open.dataset.testid = `request-${c.reference}`;
    open.tabIndex = -1; // for the mouse: the table is one Tab stop, Enter on a row opens it
    open.addEventListener("click", () => onOpen(c.reference));
    first.append(open);
    const standing = c.status === "closed" ? t("requests-standing-closed", { standing: c.standing }) : c.standing;
    row.append(first, cell(c.subject), ...(shared ? [] : [cell(c.received_words)]), cell(c.due_words),
      cell(standing, c.overdue ? "standing overdue" : c.answered ? "standing answered" : "standing"));
    if (shared) row.append(cell(c.assignee ?? t("requests-nobody-yet")));
    return row;
  }));
  // WebKitGTK can keep telling a screen reader the rows the table had when its screen was shown
  // (none, the list being read): the body shown anew is read anew. The focus stays where it is.
  const body = $("requests-table").tBodies[0];
  body.hidden = true;
  void body.offsetHeight;
  body.hidden = false;
  grid.refresh();
  const count = theirs.length; // all of them, unless only the officer's are shown
  $("requests-status").textContent = all.length === 0 ? ""
    : mine && theirs.length === 0 ? t("requests-none-mine", { count: all.length })
      : shown.length === theirs.length ? (mine ? t("requests-count-mine", { count }) : t("requests-count", { count }))
        : shown.length === 0 ? t("requests-no-match")
          : mine ? t("requests-shown-mine", { shown: shown.length, count }) : t("requests-shown", { shown: shown.length, count });
}

function remind(view) {
  const box = $("copies-reminder");
  box.hidden = view.old_copies.length === 0;
  if (box.hidden) return;
  const title = document.createElement("p");
  title.textContent = t("requests-old-copies", { count: view.old_copies.length, days: view.remind_after_days });
  const list = document.createElement("ul");
  for (const copy of view.old_copies) {
    const item = document.createElement("li");
    const open = document.createElement("button");
    open.type = "button";
    open.className = "link";
    open.textContent = copy.reference;
    open.addEventListener("click", () => onOpen(copy.reference));
    item.append(open, ` ${t("requests-old-copy", { path: copy.path, days: copy.age_days })}`);
    list.append(item);
  }
  box.replaceChildren(title, list);
}

/** Shows the screen with the requests as the journal has them now. */
export async function open() {
  show("requests");
  letter.load();
  $("letter-status").textContent = "";
  unfinished.show($("unfinished-requests"), { canContinue: false, fromHome: true });
  $("journal-check").textContent = "";
  $("remind-status").textContent = "";
  // The list is being read again (on the team's register, from its server): say so until it is.
  $("requests-table").setAttribute("aria-busy", "true");
  try {
    const view = await call("requests");
    all = view.cases;
    $("requests-today").textContent = t("requests-today", { today: view.today });
    $("requests-empty").hidden = all.length > 0;
    $("requests-list").hidden = all.length === 0;
    showPlace(view.journal);
    $("approval-rule").hidden = !view.journal.shared;
    $("approval-required").checked = view.approval_required;
    knownOfficers(view.officers);
    $("remind-days").value = String(view.remind_after_days);
    remind(view);
    render();
  } catch (error) {
    all = [];
    render();
    showError(error);
  } finally {
    $("requests-table").setAttribute("aria-busy", "false");
  }
}

/** The team's register in words: its database and server. */
function registerName(journal) {
  return t("requests-register-place", { database: journal.database, server: journal.server });
}

/** Says where the record is kept, and offers the other place. */
function showPlace(journal) {
  place = journal;
  $("journal-path").textContent = journal.shared ? "" : journal.shown;
  $("journal-where").hidden = journal.shared;
  $("register-where").hidden = !journal.shared;
  $("register-where").textContent = journal.shared
    ? t("requests-register-where", { address: registerName(journal), officer: journal.officer })
    : "";
  const protection = $("register-protection");
  protection.hidden = !journal.protection;
  protection.textContent = journal.protection ? t(`requests-protection-${journal.protection}`) : "";
  protection.classList.toggle("good", journal.protection === "checked");
  protection.classList.toggle("bad", journal.protection === "plain" || journal.protection === "unchecked");
  $("journal-tools").querySelector("summary").textContent = journal.shared
    ? t("requests-record-shared") : t("requests-record-local");
  $("register-title").textContent = journal.shared ? t("requests-register-title-shared") : t("requests-register-title-local");
  $("use-register").textContent = journal.shared ? t("requests-connect-again") : t("requests-connect-use");
  $("use-this-computer").hidden = !journal.shared;
  if (journal.shared && !$("register-address").value) $("register-address").value = journal.address ?? "";
  $("requests-whose").hidden = !journal.shared;
  if (whose === null) whose = journal.shared ? "mine" : "all";
  for (const radio of document.querySelectorAll("input[name=requests-whose]")) radio.checked = radio.value === whose;
}

async function useRegister(event) {
  event.preventDefault();
  const status = $("register-status");
  status.classList.remove("bad", "good");
  status.textContent = t("requests-connecting");
  $("use-register").disabled = true;
  try {
    const journal = await call("use_register", {
      ask: {
        address: $("register-address").value,
        password: $("register-password").value || null,
        remember: $("register-remember").checked,
      },
    });
    $("register-password").value = "";
    whose = "mine";
    await open();
    status.textContent = t("requests-connected", { address: registerName(journal) });
    status.classList.add("good");
  } catch (error) {
    status.textContent = "";
    showError(error);
  } finally {
    $("use-register").disabled = false;
  }
}

async function useThisComputer() {
  try {
    await call("use_this_computer");
    whose = "all";
    await open();
    $("register-status").textContent = t("requests-back-local");
  } catch (error) {
    showError(error);
  }
}

async function checkJournal() {
  const out = $("journal-check");
  out.textContent = t("requests-checking");
  out.classList.remove("bad", "good");
  try {
    const check = await call("check_journal");
    out.textContent = check.intact
      ? t("requests-journal-intact", { count: check.events })
      : check.finding === "missing"
        ? t("requests-journal-missing", { problem: check.problem })
        : check.finding === "changed"
          ? t("requests-journal-changed", { problem: check.problem })
          : t("requests-journal-problem", { problem: check.problem });
    out.classList.add(check.intact ? "good" : "bad");
  } catch (error) {
    out.textContent = "";
    showError(error);
  }
}

/** Wires the screen: `openRequest(reference)` shows one request, `quickExport()` starts an
 * export that answers no request. */
export function setUp({ openRequest, quickExport }) {
  onOpen = openRequest;
  grid = rowGrid($("requests-table"), {
    key: (row) => row.dataset.reference,
    pressed(event, row) {
      if (event.key !== "Enter") return false;
      onOpen(row.dataset.reference);
      return true;
    },
  });
  letter.setUp();
  $("request-search").addEventListener("input", render);
  for (const radio of document.querySelectorAll("input[name=requests-whose]")) {
    radio.addEventListener("change", () => {
      whose = radio.value;
      render();
    });
  }
  $("register-form").addEventListener("submit", useRegister);
  $("approval-required").addEventListener("change", async () => {
    const box = $("approval-required");
    const status = $("approval-status");
    try {
      const required = await call("require_approval", { required: box.checked });
      status.textContent = required
        ? t("requests-approval-on")
        : t("requests-approval-off");
    } catch (error) {
      box.checked = !box.checked;
      status.textContent = "";
      showError(error);
    }
  });
  $("use-this-computer").addEventListener("click", useThisComputer);
  $("quick-export").addEventListener("click", quickExport);
  $("new-request").addEventListener("click", () => {
    for (const id of ["nr-reference", "nr-subject"]) $(id).value = "";
    $("nr-right").value = "access";
    fillLanguages($("nr-language"));
    $("nr-received").value = todayIso();
    $("nr-received").max = todayIso();
    openForm("new-request-dialog", "nr");
  });
  wireForm("new-request-dialog", "nr", async () => {
    const detail = await call("open_request", {
      new: {
        reference: $("nr-reference").value,
        subject: $("nr-subject").value,
        right: $("nr-right").value,
        language: $("nr-language").value,
        received: $("nr-received").value,
      },
    });
    onOpen(detail.case.reference);
  });
  $("check-journal").addEventListener("click", checkJournal);
  $("remind-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await call("set_reminder", { days: Number($("remind-days").value) });
      $("remind-status").textContent = t("requests-reminder-saved");
      const view = await call("requests");
      remind(view);
    } catch (error) {
      showError(error);
    }
  });
}
