// ACT Export: the page. Each screen lives in its own module; this one switches between them.
import { call } from "./ipc.js";
import { hideError, setUpErrorPanel } from "./errors.js";
import * as connect from "./connect.js";
import * as apps from "./apps.js";
import * as runs from "./runs.js";
import * as exporting from "./exporting.js";

const screens = ["connect", "apps", "runs", "export", "done"];

/** Shows one screen, moves focus to its heading, and marks the current step. */
export function show(name) {
  hideError();
  for (const screen of screens) {
    document.getElementById(`screen-${screen}`).hidden = screen !== name;
  }
  document.querySelectorAll(".progress-steps li").forEach((step) => {
    const index = screens.indexOf(step.dataset.step);
    const current = screens.indexOf(name);
    step.classList.toggle("done", index < current);
    if (index === current) step.setAttribute("aria-current", "step");
    else step.removeAttribute("aria-current");
  });
  const heading = document.querySelector(`#screen-${name} h2`);
  if (heading) {
    heading.setAttribute("tabindex", "-1");
    heading.focus();
  }
  document.body.dataset.screen = name;
}

/** After connecting: greet, label sample mode, and go on to the apps. */
export function connected(greeting) {
  document.getElementById("greeting").textContent = `Hello, ${greeting.display_name}`;
  document.getElementById("sample-badge").hidden = !greeting.sample;
  document.getElementById("disconnect").hidden = false;
  document.body.classList.toggle("sample-mode", greeting.sample);
  apps.open();
}

async function showVersion() {
  const target = document.getElementById("app-version");
  try {
    const info = await call("app_info");
    target.textContent = `${info.name} version ${info.version}`;
  } catch (error) {
    target.textContent = "Version unknown";
  }
}

function disconnect() {
  call("disconnect");
  document.getElementById("greeting").textContent = "";
  document.getElementById("sample-badge").hidden = true;
  document.getElementById("disconnect").hidden = true;
  document.body.classList.remove("sample-mode");
  connect.open();
}

setUpErrorPanel();
document.getElementById("disconnect").addEventListener("click", disconnect);
connect.setUp();
apps.setUp();
runs.setUp();
exporting.setUp();
showVersion();
connect.open();
