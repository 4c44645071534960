// The one table that decides how each error code is shown: a plain title and the next step,
// each a message of the officer's language (app-errors.ftl; a code without a next step shows
// the app's own explanation, which the app writes in the officer's language too). Errors
// reach the page as {code, message, detail}; the detail is for "Show details" only. TABLE has
// exactly the app's codes (`Code` in src-tauri/src/error.rs; a test holds the two lists equal
// and every message named here present); PAGE_CODES the ones this page makes itself.
import { announce } from "./announce.js";
import { t } from "./l10n.js";

const TABLE = {
  unauthorized: ["error-unauthorized", "error-unauthorized-next"],
  forbidden: ["error-forbidden", "error-forbidden-next"],
  not_found: ["error-not-found", "error-not-found-next"],
  rate_limited: ["error-rate-limited", "error-rate-limited-next"],
  server: ["error-server", "error-server-next"],
  network: ["error-network", "error-network-next"],
  invalid_response: ["error-invalid-response", "error-invalid-response-next"],
  invalid_address: ["error-invalid-address", null],
  invalid_settings: ["error-invalid-settings", null],
  token_missing: ["error-token-missing", "error-token-missing-next"],
  keychain: ["error-keychain", "error-keychain-next"],
  sample_server: ["error-sample-server", "error-sample-server-next"],
  not_connected: ["error-not-connected", "error-not-connected-next"],
  unknown_run: ["error-unknown-run", "error-unknown-run-next"],
  nothing_selected: ["error-nothing-selected", "error-nothing-selected-next"],
  cancelled: ["error-cancelled", "error-cancelled-next"],
  disk_full: ["error-disk-full", "error-disk-full-next"],
  destination_not_writable: ["error-destination-not-writable", "error-destination-not-writable-next"],
  destination_is_directory: ["error-destination-is-directory", "error-destination-is-directory-next"],
  destination_missing: ["error-destination-missing", "error-destination-missing-next"],
  write_failed: ["error-write-failed", "error-write-failed-next"],
  local_write: ["error-local-write", "error-local-write-next"],
  no_archive: ["error-no-archive", "error-no-archive-next"],
  not_saved: ["error-not-saved", "error-not-saved-next"],
  open_folder: ["error-open-folder", "error-open-folder-next"],
  drag: ["error-drag", "error-drag-next"],
  export_running: ["error-export-running", "error-export-running-next"],
  unfinished_differs: ["error-unfinished-differs", "error-unfinished-differs-next"],
  nothing_to_resume: ["error-nothing-to-resume", "error-nothing-to-resume-next"],
  staging_busy: ["error-staging-busy", "error-staging-busy-next"],
  changed_at_source: ["error-changed-at-source", "error-changed-at-source-next"],
  cache: ["error-cache", "error-cache-next"],
  journal_storage: ["error-journal-storage", "error-journal-storage-next"],
  register_unavailable: ["error-register-unavailable", "error-register-unavailable-next"],
  journal_too_new: ["error-journal-too-new", "error-journal-too-new-next"],
  invalid_input: ["error-invalid-input", null],
  case_exists: ["error-case-exists", "error-case-exists-next"],
  case_not_found: ["error-case-not-found", "error-case-not-found-next"],
  journal_moved: ["error-journal-moved", "error-journal-moved-next"],
  copy_not_found: ["error-copy-not-found", "error-copy-not-found-next"],
  internal_error: ["error-internal-error", "error-internal-error-next"],
  password_needed: ["error-password-needed", "error-password-needed-next"],
  delete_failed: ["error-delete-failed", "error-delete-failed-next"],
  approval_needed: ["error-approval-needed", null],
  copy_changed: ["error-copy-changed", "error-copy-changed-next"],
};

const PAGE_CODES = {
  no_app: ["error-no-app", null],
  internal: ["error-internal", "error-internal-next"],
};

/** How an error is shown: {title, next, details}. */
export function describe(error) {
  const code = (error && error.code) || "internal";
  const message = (error && error.message) || String(error);
  const [title, next] = TABLE[code] || PAGE_CODES[code] || PAGE_CODES.internal;
  const details = `code: ${code}\n${(error && error.detail) || message}`;
  return {
    code,
    title: t(title),
    next: next ? t(next) : (error && error.words ? t(error.words.id, error.words.args) : message),
    details,
    resumable: Boolean(error && error.resumable),
  };
}

const panel = () => document.getElementById("error");

/** Shows an error in the panel at the top of the window, and has a screen reader say it (the
 * panel itself is no live region: it would say it a second time). */
export function showError(error) {
  const shown = describe(error);
  const box = panel();
  document.getElementById("error-title").textContent = shown.title;
  document.getElementById("error-next").textContent = shown.next;
  const details = document.getElementById("error-details");
  details.textContent = shown.details;
  details.hidden = true;
  const toggle = document.getElementById("error-details-toggle");
  toggle.textContent = t("error-show-details");
  toggle.setAttribute("aria-expanded", "false");
  box.dataset.code = shown.code;
  document.getElementById("error-resumable").hidden = !shown.resumable;
  box.hidden = false;
  box.scrollIntoView({ block: "nearest" });
  announce(t("error-announced", { title: shown.title, next: shown.next }));
}

export function hideError() {
  panel().hidden = true;
}

/** Copies `text` to the clipboard; true when it worked. */
export async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older WebKit: copy through a hidden text area.
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "sr-only";
    document.body.append(area);
    area.select();
    const done = document.execCommand("copy");
    area.remove();
    return done;
  }
}

export function setUpErrorPanel() {
  document.getElementById("error-details-toggle").addEventListener("click", (event) => {
    const details = document.getElementById("error-details");
    details.hidden = !details.hidden;
    event.currentTarget.textContent = t(details.hidden ? "error-show-details" : "error-hide-details");
    event.currentTarget.setAttribute("aria-expanded", String(!details.hidden));
  });
  document.getElementById("error-copy").addEventListener("click", async (event) => {
    const ok = await copy(document.getElementById("error-details").textContent);
    const button = event.currentTarget;
    button.textContent = t(ok ? "error-copied" : "error-copy-failed");
    setTimeout(() => { button.textContent = t("error-copy-details"); }, 2000);
  });
  document.getElementById("error-dismiss").addEventListener("click", hideError);
}
