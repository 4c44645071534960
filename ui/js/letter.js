// The cover letter: the organisation's details on the Requests screen, and the preview of the
// letter before an export. A leaf module: it imports only the app's door, the error panel and
// the words.
import { call } from "./ipc.js";
import { showError } from "./errors.js";
import { t } from "./l10n.js";

const $ = (id) => document.getElementById(id);
const fields = () => [...document.querySelectorAll("#letter-form [data-field]")];

/** Fills the form with the details kept on this computer (the suggestions until saved). */
export async function load() {
  try {
    const profile = await call("letter_profile");
    for (const field of fields()) field.value = profile[field.dataset.field] || "";
  } catch (error) {
    showError(error);
  }
}

async function save(event) {
  event.preventDefault();
  const profile = Object.fromEntries(fields().map((f) => [f.dataset.field, f.value]));
  try {
    await call("save_letter_profile", { profile });
    $("letter-status").textContent = t("preview-profile-saved");
    await load();
  } catch (error) {
    showError(error);
  }
}

/** The letter's parts as the page shows them: headings, paragraphs, and terms with their
 * explanations in one list. */
export function letterNodes(parts) {
  const nodes = [];
  let list = null;
  for (const part of parts) {
    if (part.kind === "item") {
      if (!list) {
        list = document.createElement("dl");
        nodes.push(list);
      }
      const dt = document.createElement("dt");
      dt.textContent = part.term;
      const dd = document.createElement("dd");
      dd.textContent = part.text;
      list.append(dt, dd);
      continue;
    }
    list = null;
    const node = document.createElement(part.kind === "heading" ? "h3" : "p");
    node.textContent = part.text;
    nodes.push(node);
  }
  return nodes;
}

/** Shows the letter `ask` (reference, subject, app, runs) would open with. */
export async function preview(ask) {
  try {
    const { lang, parts } = await call("letter_preview", { ask });
    const box = $("letter-preview");
    box.lang = lang;
    box.replaceChildren(...letterNodes(parts));
    $("letter-dialog").showModal();
    box.scrollTop = 0;
  } catch (error) {
    showError(error);
  }
}

export function setUp() {
  $("letter-form").addEventListener("submit", save);
  $("letter-close").addEventListener("click", () => $("letter-dialog").close());
}
