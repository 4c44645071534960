// The page's small dialogs: forms that call the app and say in place what to change, and a
// yes/no question; and where the focus goes when any dialog closes. A leaf module: it imports
// only the error table, the words and the screens' headings.
import { describe } from "./errors.js";
import { t } from "./l10n.js";
import { focusHeading } from "./screens.js";

const $ = (id) => document.getElementById(id);

// The control the focus was on before a dialog opened (while one is open, the rest of the
// page is inert: the focus cannot be anywhere else).
let opener = null;

/** Whether `element` can take the focus back: still on the page, shown, enabled. */
function canTakeFocus(element) {
  return Boolean(element && element.isConnected && element.getClientRects().length > 0
    && !element.disabled && !element.closest("[inert]"));
}

/** Every dialog (opened with showModal: the focus goes to its first field, or to the button
 * marked autofocus; Escape closes it, as Cancel does) gives the focus back when it closes: to
 * the control that opened it, or, when that is gone (the dialog led to another screen), to
 * the heading of the screen shown. */
export function setUpDialogs() {
  document.addEventListener("focusin", (event) => {
    if (!event.target.closest("dialog")) opener = event.target;
  });
  for (const dialog of document.querySelectorAll("dialog")) {
    dialog.addEventListener("close", () => {
      // WebKit gives the focus back itself when it can; something else may have placed it
      // since (a new screen's heading).
      const active = document.activeElement;
      if (active && active !== document.body && !dialog.contains(active)) return;
      if (canTakeFocus(opener)) opener.focus();
      else focusHeading();
    });
  }
}

/** What a refused form says: the app's own sentence for what the officer typed (in the officer's
 * language when the app sent it as a message), else the table's. */
function problemText(error) {
  if (error && error.words) return t(error.words.id, error.words.args);
  if (error && ["invalid_input", "case_exists"].includes(error.code) && error.message) {
    const text = error.message.charAt(0).toUpperCase() + error.message.slice(1);
    return /[.!?]$/.test(text) ? text : `${text}.`;
  }
  const shown = describe(error);
  return t("dialog-problem", { title: shown.title, next: shown.next });
}

/** Wires the form dialog `id` (`<id>` dialog, its form, a Cancel button and a problem line
 * named by `prefix`): `submit()` runs on submit; the dialog closes when it succeeds, and says
 * what to change when it fails. */
export function wireForm(id, prefix, submit) {
  const dialog = $(id);
  const form = dialog.querySelector("form");
  const problem = $(`${prefix}-problem`);
  $(`${prefix}-cancel`).addEventListener("click", () => dialog.close());
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    problem.hidden = true;
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    try {
      await submit();
      dialog.close();
    } catch (error) {
      problem.textContent = problemText(error);
      problem.hidden = false;
    } finally {
      button.disabled = false;
      // Disabled while the app answered, the button lost the focus: it gets it back.
      if (dialog.open && !dialog.contains(document.activeElement)) button.focus();
    }
  });
}

/** Opens the form dialog `id` with its problem line cleared. */
export function openForm(id, prefix) {
  $(`${prefix}-problem`).hidden = true;
  $(id).showModal();
}

/** Asks a yes/no question; resolves to true when `yes` was chosen. */
export function confirm({ title, text, yes }) {
  const dialog = $("confirm-dialog");
  $("confirm-title").textContent = title;
  $("confirm-text").textContent = text;
  $("confirm-yes").textContent = yes;
  return new Promise((resolve) => {
    const answer = (value) => () => {
      $("confirm-yes").onclick = null;
      $("confirm-no").onclick = null;
      dialog.onclose = null;
      if (dialog.open) dialog.close();
      resolve(value);
    };
    $("confirm-yes").onclick = answer(true);
    $("confirm-no").onclick = answer(false);
    dialog.onclose = answer(false);
    dialog.showModal();
  });
}

/** Asks for the password of a protected export; resolves to it, or to null when cancelled. */
export function askPassword() {
  const dialog = $("password-dialog");
  const form = dialog.querySelector("form");
  $("pw-text").value = "";
  return new Promise((resolve) => {
    const done = (value) => {
      form.onsubmit = null;
      $("pw-cancel").onclick = null;
      dialog.onclose = null;
      if (dialog.open) dialog.close();
      resolve(value);
    };
    form.onsubmit = (event) => {
      event.preventDefault();
      done($("pw-text").value || null);
    };
    $("pw-cancel").onclick = () => done(null);
    dialog.onclose = () => done(null);
    dialog.showModal();
  });
}

/** Today as YYYY-MM-DD, in this computer's time zone. */
export function todayIso() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
