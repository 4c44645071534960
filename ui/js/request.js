// One request: where it stands, what was done for it, and what the officer does next (export,
// record the delivery, extend, note, delete a saved copy, close).
import { announce } from "./announce.js";
import { call } from "./ipc.js";
import { showError } from "./errors.js";
import { show } from "./screens.js";
import { confirm, openForm, todayIso, wireForm } from "./dialogs.js";
import { letterNodes } from "./letter.js";
import { fillLanguages, LANGUAGES } from "./languages.js";
import { t } from "./l10n.js";

const $ = (id) => document.getElementById(id);
let current = null; // the request shown (CaseRow)
let papers = null; // its last archive's letter and ledger (PapersView), when recorded
let onExport = () => {};
let officers = []; // whom requests can be given to, the officer first

/** Remembers the officers the journal knows (the Requests screen reads them). */
export function knownOfficers(list) {
  officers = list;
}

function facts(c) {
  const rows = [
    [t("request-fact-subject"), c.subject],
    [t("request-fact-right"), c.right_words],
    [t("request-fact-received"), c.received_words],
    [t("request-fact-due"), c.due_words],
    ...(c.extension ? [[t("request-fact-extension"), c.extension]] : []),
    [t("request-fact-status"), c.status_words],
    [t("request-fact-assignee"), c.assignee ?? t("request-nobody-yet")],
    ...(c.answered ? [[t("request-fact-answered"), c.answered]] : []),
    [t("request-fact-exports"), String(c.exports)],
    ...c.notes.map((note) => [t("request-fact-note"), note]),
  ];
  $("request-facts").replaceChildren(...rows.flatMap(([term, value]) => {
    const dt = document.createElement("dt");
    dt.textContent = term;
    const dd = document.createElement("dd");
    dd.textContent = value;
    return [dt, dd];
  }));
}

function copies(c) {
  const list = $("request-copies");
  if (c.copies.length === 0) {
    const none = document.createElement("li");
    none.className = "hint";
    none.textContent = t("request-no-copies");
    list.replaceChildren(none);
    return;
  }
  list.replaceChildren(...c.copies.map((copy) => {
    const item = document.createElement("li");
    const what = document.createElement("span");
    what.className = "what";
    if (copy.elsewhere) {
      // Another officer's computer's copy (the team's register): listed, not looked for here.
      what.textContent = t("request-copy-elsewhere", { path: copy.path, saved: copy.saved, computer: copy.elsewhere });
      item.append(what);
      return item;
    }
    const gone = copy.exists ? "" : ` ${t("request-copy-gone")}`;
    const old = copy.old ? ` ${t("request-copy-old")}` : "";
    what.textContent = `${t("request-copy", { path: copy.path, saved: copy.saved })}${gone}${old}`;
    if (copy.old) what.classList.add("old");
    const remove = document.createElement("button");
    remove.type = "button";
    remove.textContent = t("request-delete-copy");
    remove.addEventListener("click", () => deleteCopy(copy));
    item.append(what, remove);
    return item;
  }));
}

/** One app's account: what is in the archive, each kind of record received, kept and left
 * out, and what App Center named that is not there. */
function ledgerNodes(app) {
  const heading = document.createElement("h4");
  heading.textContent = app.app;
  const inside = document.createElement("p");
  inside.textContent = t("request-ledger-inside", { contents: app.in_the_archive });
  const table = document.createElement("table");
  const caption = document.createElement("caption");
  caption.textContent = t("request-ledger-caption", { app: app.app });
  const head = document.createElement("tr");
  for (const title of [t("request-ledger-records"), t("request-ledger-received"), t("request-ledger-kept"), t("request-ledger-left-out")]) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = title;
    head.append(th);
  }
  const rows = app.records.map((r) => {
    const row = document.createElement("tr");
    const name = document.createElement("th");
    name.scope = "row";
    name.textContent = r.endpoint;
    row.append(name, ...[r.received, r.kept, r.left_out].map((value) => {
      const cell = document.createElement("td");
      cell.textContent = String(value);
      return cell;
    }));
    return row;
  });
  const thead = document.createElement("thead");
  thead.append(head);
  const tbody = document.createElement("tbody");
  tbody.append(...rows);
  table.append(caption, thead, tbody);
  const rest = document.createElement(app.not_included.length ? "ul" : "p");
  if (app.not_included.length) {
    rest.append(...app.not_included.map((line) => {
      const item = document.createElement("li");
      item.textContent = line;
      return item;
    }));
  } else {
    rest.textContent = t("request-ledger-complete");
  }
  return [heading, inside, table, rest];
}

function showPapers() {
  if (!papers) return;
  const letter = letterNodes(papers.letter);
  if (!letter.length) {
    const none = document.createElement("p");
    none.textContent = t("request-no-letter");
    letter.push(none);
  }
  $("papers-letter").replaceChildren(...letter);
  $("papers-letter").lang = papers.letter.length ? papers.lang : "";
  $("papers-ledger").replaceChildren(...papers.ledger.flatMap(ledgerNodes));
  $("papers-dialog").showModal();
  $("papers").scrollTop = 0;
}

function render(detail) {
  if (current?.reference !== detail.case.reference) $("request-language-saved").textContent = "";
  current = detail.case;
  const c = current;
  $("request-title").textContent = t("request-title", { reference: c.reference });
  const standing = $("request-standing");
  standing.textContent = c.status === "closed" ? t("request-standing-closed", { standing: c.standing })
    : t("request-standing", { standing: `${c.standing.charAt(0).toUpperCase()}${c.standing.slice(1)}` });
  standing.className = `standing${c.overdue ? " overdue" : c.answered ? " answered" : ""}`;
  facts(c);
  if ($("request-language").value !== c.language || !$("request-language").options.length) {
    fillLanguages($("request-language"), c.language);
  }
  copies(c);
  const approval = detail.approval;
  $("request-review").hidden = !approval;
  $("request-approval").textContent = approval ? approval.words : "";
  $("request-review-actions").hidden = !approval?.can_review;
  papers = approval?.papers ?? null;
  $("request-papers").hidden = !papers;
  $("request-events").replaceChildren(...detail.events.map((e) => {
    const item = document.createElement("li");
    const when = document.createElement("span");
    when.className = "hint";
    when.textContent = e.at;
    item.append(when, document.createTextNode(` ${e.what}`));
    if (e.by) {
      const by = document.createElement("span");
      by.className = "hint by";
      by.textContent = ` ${t("request-event-by", { officer: e.by })}`;
      item.append(by);
    }
    return item;
  }));
  const closed = c.status === "closed";
  for (const id of ["request-export", "request-extend", "request-close", "request-assign"]) $(id).hidden = closed;
  $("request-assign").textContent = c.assignee ? t("request-hand-over") : t("request-assign");
  $("request-extend").hidden = closed || c.extension_months >= 2 || c.status !== "open";
}

async function update(command, args) {
  render(await call(command, { reference: current.reference, ...args }));
}

/** Records the language of the answer the officer chose, and says so. */
async function changeLanguage() {
  const select = $("request-language");
  const name = LANGUAGES.find(([code]) => code === select.value)?.[1] ?? select.value;
  $("request-language-saved").textContent = "";
  try {
    await update("set_answer_language", { language: select.value });
    $("request-language-saved").textContent = t("request-language-saved", { language: name });
  } catch (error) {
    select.value = current.language;
    showError(error);
  }
}

function openDelivery() {
  $("dl-channel").value = "email";
  $("dl-recipient").value = "";
  $("dl-on").value = todayIso();
  $("dl-on").max = todayIso();
  $("dl-password").value = "";
  openForm("deliver-dialog", "dl");
}

async function deleteCopy(copy) {
  const yes = await confirm({
    title: t("request-delete-copy-title"),
    text: t("request-delete-copy-text", { path: copy.path }),
    yes: t("request-delete-copy-yes"),
  });
  if (!yes) return;
  try {
    await update("delete_local_copy", { path: copy.path });
  } catch (error) {
    showError(error);
  }
}

async function close() {
  const yes = await confirm({
    title: t("request-close-title"),
    text: current.answered
      ? t("request-close-answered")
      : t("request-close-unanswered"),
    yes: t("request-close-yes"),
  });
  if (!yes) return;
  try {
    await update("close_request");
  } catch (error) {
    showError(error);
  }
}

/** Shows the request `reference`; with `deliver`, opens "Record delivery" at once. */
export async function open(reference, { deliver = false } = {}) {
  show("request");
  $("request-title").textContent = t("request-title", { reference });
  try {
    render(await call("request", { reference }));
    if (deliver) openDelivery();
  } catch (error) {
    showError(error);
  }
}

/** Wires the screen: `back()` returns to the list, `exportFor(case)` exports for the request. */
export function setUp({ back, exportFor }) {
  onExport = exportFor;
  $("back-to-requests").addEventListener("click", back);
  $("request-export").addEventListener("click", () => onExport(current));
  $("request-deliver").addEventListener("click", openDelivery);
  $("request-extend").addEventListener("click", () => {
    $("ex-months").value = current.extension_months >= 1 ? "2" : "1";
    $("ex-told").value = todayIso();
    $("ex-reason").value = "";
    openForm("extend-dialog", "ex");
  });
  $("request-note").addEventListener("click", () => {
    $("note-text").value = "";
    openForm("note-dialog", "note");
  });
  $("request-close").addEventListener("click", close);
  $("request-assign").addEventListener("click", () => {
    const choices = officers.filter((o) => o !== current.assignee);
    $("assign-officers").replaceChildren(...choices.map((o) => {
      const option = document.createElement("option");
      option.value = o;
      return option;
    }));
    $("assign-officer").value = current.assignee ? "" : (officers[0] ?? "");
    openForm("assign-dialog", "assign");
  });
  $("request-approve").addEventListener("click", async () => {
    try {
      await update("approve_request");
    } catch (error) {
      showError(error);
    }
  });
  $("request-papers").addEventListener("click", showPapers);
  $("request-language").addEventListener("change", changeLanguage);
  $("papers-close").addEventListener("click", () => $("papers-dialog").close());
  $("request-send-back").addEventListener("click", () => {
    $("sendback-reason").value = "";
    openForm("sendback-dialog", "sendback");
  });
  wireForm("sendback-dialog", "sendback", () => update("send_back_request", { reason: $("sendback-reason").value }));
  wireForm("assign-dialog", "assign", () => update("assign_request", { officer: $("assign-officer").value }));
  wireForm("deliver-dialog", "dl", async () => {
    await update("record_delivery", {
      delivery: {
        channel: $("dl-channel").value,
        recipient: $("dl-recipient").value,
        on: $("dl-on").value,
        password_sent: $("dl-password").value.trim() || null,
      },
    });
    // Said once the dialog has closed: until then the page behind it, its live region too, is
    // inert. The standing says whether it was answered on time.
    $("deliver-dialog").addEventListener("close", () => {
      announce(t("request-delivered", { standing: current.standing }));
    }, { once: true });
  });
  wireForm("extend-dialog", "ex", () => update("extend_request", {
    months: Number($("ex-months").value),
    toldOn: $("ex-told").value,
    reason: $("ex-reason").value,
  }));
  wireForm("note-dialog", "note", () => update("add_note", { note: $("note-text").value }));
}
