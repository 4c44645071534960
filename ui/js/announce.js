// The page's one voice for what happens without the officer moving to it: the export's
// progress, a finished or saved archive, an error, a recorded delivery. A screen reader says it
// once it has finished what it is saying (a polite live region). A leaf module: it imports
// nothing.
//
// The region (#announcer in index.html, shown to no one, outside <main>, which is inert until the
// page is ready) gets a new child each time: WebKitGTK tells a screen reader about a live region
// when its children are replaced, not when the text of a child changes. While a modal dialog is
// open the region, like the rest of the page behind it, is inert: say what a dialog did once it
// has closed.

/** Has a screen reader say `text` (a sentence in the officer's language), once. */
export function announce(text) {
  const region = document.getElementById("announcer");
  if (!region || !text) return;
  const line = document.createElement("p");
  line.textContent = text;
  region.replaceChildren(line);
}
