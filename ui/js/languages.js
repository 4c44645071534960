// The languages a request can be answered in (the letter, README.html, HOW-TO-OPEN.txt) and the
// app can speak. The same list as the engine's (a test keeps them equal), each language named
// in itself.
import { lang, t } from "./l10n.js";

export const LANGUAGES = [
  ["en", "English"],
  ["de", "Deutsch"],
  ["fr", "Français"],
  ["es", "Español"],
  ["it", "Italiano"],
  ["nl", "Nederlands"],
  ["pl", "Polski"],
];

/** Fills a <select> with the languages, `chosen` selected (the officer's language unless
 * said). */
export function fillLanguages(select, chosen = lang()) {
  select.replaceChildren(...LANGUAGES.map(([code, name]) => {
    const option = document.createElement("option");
    option.value = code;
    option.lang = code;
    option.textContent = name;
    return option;
  }));
  select.value = chosen;
}

/** Fills the choice of the app's language: "System: <its language>", then each language. */
export function fillAppLanguages(select, words) {
  fillLanguages(select, words.choice === "system" ? "en" : words.choice);
  const system = document.createElement("option");
  system.value = "system";
  const named = LANGUAGES.find(([code]) => code === words.system);
  system.textContent = t("page-footer-language-system", { language: named ? named[1] : words.system });
  select.prepend(system);
  select.value = words.choice;
}
