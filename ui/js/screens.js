// Which screen shows. A leaf module: the screens import it, it imports only the error panel.
import { hideError } from "./errors.js";

const STEPS = ["connect", "apps", "runs", "export", "done"];
const SCREENS = ["requests", "request", ...STEPS];

/** Shows one screen, moves focus to its heading, and marks the current step. */
export function show(name) {
  hideError();
  for (const screen of SCREENS) {
    document.getElementById(`screen-${screen}`).hidden = screen !== name;
  }
  // The steps of an export show only while one is being made.
  document.querySelector(".progress-steps").hidden = !STEPS.includes(name);
  const current = STEPS.indexOf(name);
  document.querySelectorAll(".progress-steps li").forEach((step) => {
    const index = STEPS.indexOf(step.dataset.step);
    step.classList.toggle("done", index < current);
    if (index === current) step.setAttribute("aria-current", "step");
    else step.removeAttribute("aria-current");
  });
  document.body.dataset.screen = name;
  focusHeading();
}

/** Moves the focus to the heading of the screen shown (where a screen reader starts reading
 * it). Does nothing while the page is inert (starting, or under a dialog): the page starting
 * and the dialogs closing call it again. */
export function focusHeading() {
  const name = document.body.dataset.screen;
  const heading = name && document.querySelector(`#screen-${name} h2`);
  if (heading) {
    heading.setAttribute("tabindex", "-1");
    heading.focus();
  }
}
