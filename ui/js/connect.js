// Screen 1: the token (masked, show/hide, paste), the API address, "Remember", sample data.
import { call } from "./ipc.js";
import { showError } from "./errors.js";
import { t } from "./l10n.js";
import { show } from "./screens.js";
import * as unfinished from "./unfinished.js";

const $ = (id) => document.getElementById(id);
let onConnected = () => {};

function busy(on, text = "") {
  for (const id of ["connect", "try-sample", "use-saved"]) $(id).disabled = on;
  $("connect-status").textContent = text;
}

async function attempt(command, args, waiting) {
  busy(true, waiting);
  try {
    const greeting = await call(command, args);
    $("token").value = "";
    // The keychain's own words (the system's, in English) are for the log: the officer reads
    // what it means for them.
    const notKept = greeting.remember_problem ? t("connect-not-remembered") : "";
    busy(false, notKept);
    onConnected(greeting);
  } catch (error) {
    busy(false);
    showError(error);
    if (command === "connect") $("token").focus();
    // Disabled while it worked, the button lost the focus: it gets it back.
    else if (!document.activeElement || document.activeElement === document.body) {
      $(command === "connect_sample" ? "try-sample" : "use-saved").focus();
    }
  }
}

async function refreshSaved() {
  $("saved-token").hidden = !(await call("has_saved_token").catch(() => false));
}

/** Wires the screen; `connected(greeting)` is called once a connection works. */
export function setUp({ connected }) {
  onConnected = connected;
  $("connect-form").addEventListener("submit", (event) => {
    event.preventDefault();
    attempt("connect", {
      token: $("token").value,
      baseUrl: $("base-url").value,
      remember: $("remember").checked,
    }, t("connect-checking-token"));
  });
  $("try-sample").addEventListener("click", () => attempt("connect_sample", {}, t("connect-starting-sample")));
  $("use-saved").addEventListener("click", () => attempt("connect_saved", {}, t("connect-checking-saved-token")));
  $("forget").addEventListener("click", async () => {
    try {
      await call("forget_token");
      $("connect-status").textContent = t("connect-token-forgotten");
      await refreshSaved();
    } catch (error) {
      showError(error);
    }
  });
  $("toggle-token").addEventListener("click", (event) => {
    const shown = $("token").type === "text";
    $("token").type = shown ? "password" : "text";
    event.currentTarget.textContent = t(shown ? "connect-show-token" : "connect-hide-token");
    event.currentTarget.setAttribute("aria-pressed", String(!shown));
  });
  $("paste-token").addEventListener("click", async () => {
    try {
      $("token").value = (await navigator.clipboard.readText()).trim();
    } catch {
      $("connect-status").textContent = t("connect-paste-by-hand");
    }
    $("token").focus();
  });
}

export function open() {
  show("connect");
  refreshSaved();
  unfinished.show($("unfinished-connect"), { canContinue: false });
}
