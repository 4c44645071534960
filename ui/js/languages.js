// The languages a request can be answered in (the letter, README.html, HOW-TO-OPEN.txt). The same list as the
// engine's (a test keeps them equal), each language named in itself.
export const LANGUAGES = [
  ["en", "English"],
  ["de", "Deutsch"],
  ["fr", "Français"],
  ["es", "Español"],
  ["it", "Italiano"],
  ["nl", "Nederlands"],
  ["pl", "Polski"],
];

/** Fills a <select> with the languages, `chosen` selected. */
export function fillLanguages(select, chosen = "en") {
  select.replaceChildren(...LANGUAGES.map(([code, name]) => {
    const option = document.createElement("option");
    option.value = code;
    option.lang = code;
    option.textContent = name;
    return option;
  }));
  select.value = chosen;
}
