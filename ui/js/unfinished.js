// Exports that did not finish (the app closed, crashed, or lost the service): shown on the
// Connect screen (connect to continue) and on the apps screen (continue, or throw away).
import { call } from "./ipc.js";
import { showError } from "./errors.js";
import { t } from "./l10n.js";

/** Fills `box` with the unfinished exports; `onContinue(row)` when one is continued. `fromHome`:
 * the box is on the Requests screen (the way to continue starts with "Export without a request"). */
export async function show(box, { canContinue, onContinue, fromHome = false }) {
  const rows = await call("unfinished_exports").catch(() => []);
  box.hidden = rows.length === 0;
  if (rows.length === 0) return;
  const title = document.createElement("h3");
  title.textContent = t("unfinished-title", { count: rows.length });
  const list = document.createElement("ul");
  for (const row of rows) {
    const item = document.createElement("li");
    item.dataset.key = row.key;
    const what = document.createElement("span");
    what.className = "what";
    what.textContent = t("unfinished-what", {
      app: row.app_name,
      runs: row.runs,
      // Who and what it is for, each only when it has one ("yes"/"no": the message's choices).
      whose: row.subject ? "yes" : "no",
      subject: row.subject || "",
      requested: row.reference ? "yes" : "no",
      reference: row.reference || "",
      protected: row.protected ? "yes" : "no",
      started: row.started,
      done: row.files_done,
      planned: row.files_planned,
    });
    let next = "";
    if (row.in_use_by) {
      next = t("unfinished-running", { program: row.in_use_by });
    } else if (canContinue && !row.can_resume) {
      next = row.sample ? t("unfinished-connect-sample") : t("unfinished-connect", { service: row.service });
    } else if (!canContinue && fromHome) {
      next = row.sample
        ? t("unfinished-from-home-sample")
        : t("unfinished-from-home", { service: row.service });
    } else if (!canContinue) {
      next = row.sample ? t("unfinished-try-sample") : t("unfinished-connect", { service: row.service });
    }
    // The next step is a sentence of its own, after a space.
    if (next) what.textContent += ` ${next}`;
    item.append(what);
    if (row.in_use_by) {
      list.append(item);
      continue;
    }
    if (canContinue && row.can_resume) {
      const resume = document.createElement("button");
      resume.type = "button";
      resume.className = "primary";
      resume.textContent = t("unfinished-continue");
      resume.dataset.testid = "resume";
      resume.addEventListener("click", () => onContinue(row));
      item.append(resume);
    }
    const discard = document.createElement("button");
    discard.type = "button";
    discard.className = "quiet";
    discard.textContent = t("unfinished-discard");
    discard.addEventListener("click", async () => {
      try {
        await call("discard_unfinished", { key: row.key });
        await show(box, { canContinue, onContinue, fromHome });
      } catch (error) {
        showError(error);
      }
    });
    item.append(discard);
    list.append(item);
  }
  box.replaceChildren(title, list);
}
