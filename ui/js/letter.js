// The cover letter: the organisation's texts on the Requests screen (for the letters in one
// language at a time), and the preview of the letter before an export. A leaf module: it
// imports only the app's door, the error panel, the words and the list of languages.
import { call } from "./ipc.js";
import { showError } from "./errors.js";
import { lang, t } from "./l10n.js";
import { fillLanguages, LANGUAGES } from "./languages.js";

const $ = (id) => document.getElementById(id);
const fields = () => [...document.querySelectorAll("#letter-form [data-field]")];
// The language whose texts the form shows, once the officer chose one (else theirs).
let chosen = null;

/** Fills the form with the texts kept on this computer for the letters in the chosen language
 * (those saved for it, else what its letters use: the suggestions in it until saved). */
export async function load() {
  const select = $("profile-language");
  fillLanguages(select, chosen || lang());
  const asked = select.value;
  try {
    const profile = await call("letter_profile", { lang: asked });
    // Another language was chosen meanwhile: its texts are on their way.
    if (select.value !== asked) return;
    for (const field of fields()) field.value = profile[field.dataset.field] || "";
  } catch (error) {
    showError(error);
  }
}

async function save(event) {
  event.preventDefault();
  const profile = Object.fromEntries(fields().map((f) => [f.dataset.field, f.value]));
  const code = $("profile-language").value;
  const named = LANGUAGES.find(([c]) => c === code);
  try {
    await call("save_letter_profile", { profile, lang: code });
    $("letter-status").textContent = t("requests-letter-saved", { language: named ? named[1] : code });
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
  $("profile-language").addEventListener("change", () => {
    chosen = $("profile-language").value;
    $("letter-status").textContent = "";
    load();
  });
  $("letter-close").addEventListener("click", () => $("letter-dialog").close());
}
