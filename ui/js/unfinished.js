// Exports that did not finish (the app closed, crashed, or lost the service): shown on the
// Connect screen (connect to continue) and on the apps screen (continue, or throw away).
import { call } from "./ipc.js";
import { showError } from "./errors.js";
import { plural } from "./format.js";

/** Fills `box` with the unfinished exports; `onContinue(row)` when one is continued. `fromHome`:
 * the box is on the Requests screen (the way to continue starts with "Export without a request"). */
export async function show(box, { canContinue, onContinue, fromHome = false }) {
  const rows = await call("unfinished_exports").catch(() => []);
  box.hidden = rows.length === 0;
  if (rows.length === 0) return;
  const title = document.createElement("h3");
  title.textContent = rows.length === 1 ? "An export did not finish" : "Exports that did not finish";
  const list = document.createElement("ul");
  for (const row of rows) {
    const item = document.createElement("li");
    item.dataset.key = row.key;
    const what = document.createElement("span");
    what.className = "what";
    const whose = (row.subject ? `, ${row.subject}` : "") + (row.reference ? ` (request ${row.reference})` : "")
      + (row.protected ? ", protected with a password" : "");
    const where = row.sample ? "the sample data" : row.service;
    what.textContent = `${row.app_name}: ${plural(row.runs, "test run", "test runs")}${whose}, begun ${row.started}; `
      + `${row.files_done} of ${plural(row.files_planned, "file", "files")} done.`;
    if (row.in_use_by) {
      what.textContent += ` It is running now, in ${row.in_use_by}.`;
    } else if (canContinue && !row.can_resume) {
      what.textContent += ` Connect to ${where} to continue it.`;
    } else if (!canContinue && fromHome) {
      what.textContent += row.sample
        ? " Choose Export without a request, then Try with sample data, to continue it."
        : ` Choose Export without a request and connect to ${where} to continue it.`;
    } else if (!canContinue) {
      what.textContent += row.sample ? " Choose Try with sample data to continue it." : ` Connect to ${where} to continue it.`;
    }
    item.append(what);
    if (row.in_use_by) {
      list.append(item);
      continue;
    }
    if (canContinue && row.can_resume) {
      const resume = document.createElement("button");
      resume.type = "button";
      resume.className = "primary";
      resume.textContent = "Continue it";
      resume.dataset.testid = "resume";
      resume.addEventListener("click", () => onContinue(row));
      item.append(resume);
    }
    const discard = document.createElement("button");
    discard.type = "button";
    discard.className = "quiet";
    discard.textContent = "Discard";
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
