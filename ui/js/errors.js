// The one table that decides how each error code is shown: a plain title and the next step.
// Errors reach the page as {code, message, detail}; the detail is for "Show details" only.
// TABLE has exactly the app's codes (`Code` in src-tauri/src/error.rs; a test holds the two
// lists equal); PAGE_CODES the ones this page makes itself.

const TABLE = {
  unauthorized: ["This token was not accepted.", "Check that you copied all of it, or create a new one."],
  forbidden: ["This token may not read this.", "Use a token of someone who can see the app, or ask the app's owner for access."],
  not_found: ["App Center could not find this.", "It may have been deleted. Choose the app again."],
  rate_limited: ["App Center asked us to slow down, many times.", "Wait a few minutes, then try again."],
  server: ["App Center had a problem.", "Wait a moment, then try again."],
  network: ["App Center could not be reached.", "Check your internet connection and the API address under Advanced, then try again."],
  invalid_response: ["The answer did not look like App Center's.", "Check the API address under Advanced."],
  invalid_address: ["The API address is not valid.", null],
  invalid_settings: ["A setting is not valid.", null],
  token_missing: ["No token yet.", "Paste your App Center API token, or try the sample data."],
  keychain: ["The computer's keychain could not be used.", "Paste the token instead."],
  sample_server: ["The sample data could not be started.", "Restart ACT Export and try again."],
  not_connected: ["You are not connected.", "Connect to App Center again."],
  unknown_run: ["One of the selected test runs no longer exists.", "Reload the app's test runs and select again."],
  nothing_selected: ["No test runs are selected.", "Select the client's test runs, or choose the entire app."],
  cancelled: ["The export was stopped.", "Nothing was saved. You can start again whenever you like."],
  disk_full: ["There is not enough free disk space.", "Free some space, or save to another drive."],
  destination_not_writable: ["The archive cannot be saved there.", "Choose another folder."],
  destination_is_directory: ["That is a folder, not a file name.", "Choose a file name for the archive."],
  destination_missing: ["That folder does not exist.", "Choose another folder."],
  write_failed: ["The archive could not be written.", "Check the free disk space and try again."],
  local_write: ["A downloaded file could not be written on this computer.", "Free some disk space and try again."],
  no_archive: ["There is no finished export.", "Export again."],
  not_saved: ["The archive is not saved yet.", "Choose Save as first."],
  open_folder: ["The folder could not be opened.", "Open it yourself: the path is shown below."],
  drag: ["Dragging did not start.", "Use Save as instead."],
  export_running: ["An export is already running.", "Wait for it to finish, or cancel it first."],
  unfinished_differs: ["Another unfinished export is in the way.", "Continue it, or discard it, from the list of unfinished exports."],
  nothing_to_resume: ["That unfinished export is no longer there.", "Export the test runs again."],
  staging_busy: ["This export is already running elsewhere.", "Another copy of ACT Export, or the act-export command, is working on it. Wait until it ends, or stop it there, then try again."],
  changed_at_source: ["App Center's data changed since this export began.", "Export again: it starts over with what App Center holds now."],
  cache: ["The app's private folder for unsaved archives cannot be used.", "Check the free disk space, then restart ACT Export."],
  journal_storage: ["The record of your requests cannot be opened or written.", "Check the free disk space and that the app's data folder can be written, then try again."],
  register_unavailable: ["The team's register cannot be used right now.", "The details say why. Check the register's address and your password under \"The record on this computer\" on the Requests screen, and the network, or ask the register's administrator. Nothing was written."],
  journal_too_new: ["The record of your requests was written by a newer ACT Export.", "Install that version of ACT Export to open it."],
  invalid_input: ["Something in the form needs a change.", null],
  case_exists: ["There is already a request with this reference.", "Choose another reference, or open the existing request from the list."],
  case_not_found: ["This request is not in the record.", "Go back to the list of requests and choose it again."],
  journal_moved: ["Other officers were working on this request at the same moment.", "Nothing was recorded. Look at the request again (its page shows what they did), then try again."],
  copy_not_found: ["That file is not a copy this request saved.", "Go back to the request and try again."],
  internal_error: ["ACT Export could not do this on this computer.", "Restart ACT Export and try again. If it keeps happening, copy the details for your IT team."],
  password_needed: ["This export was protected with a password.", "Type the password to continue it."],
  delete_failed: ["The local copy could not be deleted.", "Close any program that has it open, then try again, or delete it yourself."],
  approval_needed: ["This archive is not approved for delivery yet.", null],
  copy_changed: ["That file is no longer the copy this request saved.", "Another archive was saved over it, or it was changed: it was left as it is. Check it before you delete it yourself."],
};

const PAGE_CODES = {
  no_app: ["This page must run inside the ACT Export app.", null],
  internal: ["Something went wrong.", "Try again. If it keeps happening, copy the details for your IT team."],
};

/** How an error is shown: {title, next, details}. */
export function describe(error) {
  const code = (error && error.code) || "internal";
  const message = (error && error.message) || String(error);
  const [title, next] = TABLE[code] || PAGE_CODES[code] || PAGE_CODES.internal;
  const details = `code: ${code}\n${(error && error.detail) || message}`;
  return { code, title, next: next || message, details, resumable: Boolean(error && error.resumable) };
}

const panel = () => document.getElementById("error");

/** Shows an error in the panel at the top of the window. */
export function showError(error) {
  const shown = describe(error);
  const box = panel();
  document.getElementById("error-title").textContent = shown.title;
  document.getElementById("error-next").textContent = shown.next;
  const details = document.getElementById("error-details");
  details.textContent = shown.details;
  details.hidden = true;
  const toggle = document.getElementById("error-details-toggle");
  toggle.textContent = "Show details";
  toggle.setAttribute("aria-expanded", "false");
  box.dataset.code = shown.code;
  document.getElementById("error-resumable").hidden = !shown.resumable;
  box.hidden = false;
  box.scrollIntoView({ block: "nearest" });
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
    event.currentTarget.textContent = details.hidden ? "Show details" : "Hide details";
    event.currentTarget.setAttribute("aria-expanded", String(!details.hidden));
  });
  document.getElementById("error-copy").addEventListener("click", async (event) => {
    const ok = await copy(document.getElementById("error-details").textContent);
    event.currentTarget.textContent = ok ? "Copied" : "Copy failed";
    setTimeout(() => { event.currentTarget.textContent = "Copy details"; }, 2000);
  });
  document.getElementById("error-dismiss").addEventListener("click", hideError);
}
