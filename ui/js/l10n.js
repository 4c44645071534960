// The page's words in the officer's language. The messages are the app's Project Fluent files
// (the same catalogue the Rust side formats the archive's words from), sent by the app once at
// start; they are formatted here with @fluent/bundle, so plurals and numbers follow the
// language. A leaf module: every screen imports `t`, nothing here imports a screen.
//
// In index.html an element names its message with data-l10n-id (and its variables, as JSON, with
// data-l10n-args): the message's value becomes its text and its attributes (aria-label,
// placeholder, title) its attributes. Elements with children are never given a text: their
// words sit in children of their own, except an element marked data-l10n-markup, whose message
// is a whole sentence that may put words in <strong>, <em> or <code> (no other markup, no
// attributes): those become elements, made here, never parsed as HTML.
import { FluentBundle, FluentResource } from "../vendor/fluent-bundle/index.js";

const ATTRIBUTES = new Set(["aria-label", "placeholder", "title", "alt"]);
const MARKUP = /<(strong|em|code)>(.*?)<\/\1>/gs;

let bundle = null;
let language = "en";

/** Makes the bundle from the app's messages: `words` is {lang, sources}. */
export function load(words) {
  language = words.lang;
  // Isolation marks would be invisible but make every text differ from what it reads as.
  bundle = new FluentBundle(language, { useIsolating: false });
  for (const source of words.sources) {
    bundle.addResource(new FluentResource(source));
  }
  document.documentElement.lang = language;
  translate(document);
}

/** The language the page speaks (ISO 639-1). */
export function lang() {
  return language;
}

function format(pattern, args) {
  const errors = [];
  const text = bundle.formatPattern(pattern, args, errors);
  if (errors.length) console.error("message", errors);
  return text;
}

/** The message `id` with its variables; the id itself when there is no such message (the
 * messages test keeps that from happening). */
export function t(id, args) {
  const message = bundle && bundle.getMessage(id);
  if (!message || message.value === null) return id;
  return format(message.value, args);
}

/** Gives `element` the message `id` (and remembers it, so a later translate() keeps it). */
export function put(element, id, args) {
  element.dataset.l10nId = id;
  if (args) element.dataset.l10nArgs = JSON.stringify(args);
  else delete element.dataset.l10nArgs;
  apply(element);
}

/** Puts `text` into `element`: as its text, or, when it is marked for markup, as text and
 * <strong>/<em>/<code> elements. */
function fill(element, text) {
  if (!element.hasAttribute("data-l10n-markup")) {
    element.textContent = text;
    return;
  }
  const nodes = [];
  let last = 0;
  for (const match of text.matchAll(MARKUP)) {
    if (match.index > last) nodes.push(document.createTextNode(text.slice(last, match.index)));
    const part = document.createElement(match[1]);
    part.textContent = match[2];
    nodes.push(part);
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push(document.createTextNode(text.slice(last)));
  element.replaceChildren(...nodes);
}

function apply(element) {
  const message = bundle && bundle.getMessage(element.dataset.l10nId);
  if (!message) {
    console.error("no message", element.dataset.l10nId);
    return;
  }
  const args = element.dataset.l10nArgs ? JSON.parse(element.dataset.l10nArgs) : undefined;
  const markup = element.hasAttribute("data-l10n-markup");
  if (message.value !== null && (markup || element.children.length === 0)) {
    fill(element, format(message.value, args));
  }
  for (const [name, pattern] of Object.entries(message.attributes)) {
    if (ATTRIBUTES.has(name)) element.setAttribute(name, format(pattern, args));
  }
}

/** Puts each marked element's message in under `root`. */
export function translate(root) {
  root.querySelectorAll("[data-l10n-id]").forEach(apply);
}
