//! What the page and the shell must agree on, read from the page's own files.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use act_export_desktop::error::Code;

fn ui_file(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("ui/js")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The keys of `const NAME = { key: [...], ... };` in a module.
fn table_keys(source: &str, name: &str) -> BTreeSet<String> {
    let start = source
        .find(&format!("const {name} = {{"))
        .unwrap_or_else(|| panic!("no table {name}"));
    let body = &source[start..];
    let body = &body[..body.find("\n};").expect("the table ends")];
    body.lines()
        .skip(1)
        .filter_map(|line| line.trim().split_once(':').map(|(k, _)| k.trim()))
        .filter(|k| !k.is_empty() && !k.starts_with("//"))
        .map(str::to_string)
        .collect()
}

#[test]
fn every_error_code_has_an_entry_in_the_ui_table_and_every_entry_a_code() {
    let errors = ui_file("errors.js");
    let table = table_keys(&errors, "TABLE");
    let codes: BTreeSet<String> = Code::ALL.iter().map(|c| c.as_str().to_string()).collect();
    let unshown: Vec<_> = codes.difference(&table).collect();
    let unknown: Vec<_> = table.difference(&codes).collect();
    assert!(
        unshown.is_empty(),
        "codes with no entry in ui/js/errors.js: {unshown:?}"
    );
    assert!(
        unknown.is_empty(),
        "entries in ui/js/errors.js that the app never sends: {unknown:?}"
    );
    let page = table_keys(&errors, "PAGE_CODES");
    assert!(
        page.is_disjoint(&codes),
        "page codes must not shadow app codes"
    );
}

/// Each module's imports of other modules of the page.
fn import_graph() -> BTreeMap<String, Vec<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/js");
    let mut graph = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.ends_with(".js") {
            continue;
        }
        let source = std::fs::read_to_string(entry.path()).unwrap();
        let imports = source
            .lines()
            .filter(|l| l.trim_start().starts_with("import "))
            .filter_map(|l| l.split("from \"./").nth(1))
            .filter_map(|rest| rest.split('"').next())
            .map(str::to_string)
            .collect();
        graph.insert(name, imports);
    }
    graph
}

#[test]
fn the_pages_modules_form_a_tree_rooted_in_main() {
    let graph = import_graph();
    // No cycles: a depth-first walk from every module never meets a module on its own path.
    fn walk(graph: &BTreeMap<String, Vec<String>>, module: &str, path: &mut Vec<String>) {
        assert!(
            !path.iter().any(|m| m == module),
            "import cycle: {} -> {module}",
            path.join(" -> ")
        );
        path.push(module.to_string());
        for next in graph.get(module).into_iter().flatten() {
            assert!(
                graph.contains_key(next),
                "{module} imports a missing {next}"
            );
            walk(graph, next, path);
        }
        path.pop();
    }
    for module in graph.keys() {
        walk(&graph, module, &mut Vec::new());
    }
    for (module, imports) in &graph {
        assert!(
            !imports.iter().any(|m| m == "main.js"),
            "{module} imports main.js"
        );
    }
    let index =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/index.html"))
            .unwrap();
    assert!(index.contains(r#"<script type="module" src="js/main.js"></script>"#));
}

#[test]
fn only_ipc_touches_tauri() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/js");
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let source = std::fs::read_to_string(entry.path()).unwrap();
        if name != "ipc.js" {
            assert!(!source.contains("__TAURI__"), "{name} touches Tauri");
        }
    }
}

/// The page lists the languages of the answer the engine writes in, each named as the engine
/// names it (ui/js/languages.js is the page's copy of `Lang::ALL`).
#[test]
fn the_page_offers_the_languages_the_engine_writes() {
    let source = ui_file("languages.js");
    let offered: Vec<(String, String)> = source
        .lines()
        .filter_map(|line| {
            let line = line.trim().strip_prefix("[\"")?.strip_suffix("\"],")?;
            let (code, name) = line.split_once("\", \"")?;
            Some((code.to_string(), name.to_string()))
        })
        .collect();
    let engine: Vec<(String, String)> = act_engine::lang::Lang::ALL
        .iter()
        .map(|l| (l.code().to_string(), l.name().to_string()))
        .collect();
    assert_eq!(offered, engine);
}

/// The string literals of a page module (a template's `${...}` parts left out), with their
/// line numbers; comments skipped.
fn literals(source: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = source.chars().collect();
    let line_at = |i: usize| chars[..i].iter().filter(|c| **c == '\n').count() + 1;
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let next = chars.get(i + 1).copied();
        match (chars[i], next) {
            ('/', Some('/')) => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            ('/', Some('*')) => {
                i += 2;
                while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                    i += 1;
                }
                i += 2;
            }
            (quote @ ('"' | '\'' | '`'), _) => {
                let start = i;
                let mut text = String::new();
                let mut depth = 0;
                i += 1;
                while i < chars.len() {
                    let c = chars[i];
                    if c == '\\' {
                        i += 2;
                        continue;
                    }
                    if depth == 0 && c == quote {
                        break;
                    }
                    if quote == '`' && depth == 0 && c == '$' && chars.get(i + 1) == Some(&'{') {
                        depth = 1;
                        text.push(' ');
                        i += 2;
                        continue;
                    }
                    if depth > 0 {
                        match c {
                            '{' => depth += 1,
                            '}' => depth -= 1,
                            _ => {}
                        }
                    } else {
                        text.push(c);
                    }
                    i += 1;
                }
                found.push((line_at(start), text));
                i += 1;
            }
            _ => i += 1,
        }
    }
    found
}

/// Whether a literal reads as words for a person: two words or more (not a CSS selector, a
/// class list or a path), beginning with a capital, ending like a sentence, or three words
/// or more.
fn reads_as_words(literal: &str) -> bool {
    let words = literal
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2)
        .count();
    let trimmed = literal.trim();
    let spaced = literal
        .as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_alphabetic() && w[1] == b' ' && w[2].is_ascii_alphabetic());
    words >= 2
        && spaced
        && !literal.contains(['#', '[', ']', '>', '=', '/'])
        && !trimmed.starts_with('.')
        && (trimmed.starts_with(|c: char| c.is_ascii_uppercase())
            || trimmed.ends_with(['.', ':', '!', '?'])
            || words >= 3)
}

/// The page writes no words of its own: every text of its modules is a message of the
/// officer's language (`app*.ftl`), formatted through `l10n.js`.
#[test]
fn the_page_s_modules_hold_no_english_of_their_own() {
    // Said before there is any app to ask for messages (the page opened outside it).
    const ALLOWED: [&str; 1] = ["This page must be opened inside the ACT Export app."];
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/js");
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let source = std::fs::read_to_string(entry.path()).unwrap();
        for (line, literal) in literals(&source) {
            if reads_as_words(&literal) && !ALLOWED.contains(&literal.as_str()) {
                found.push(format!("{name}:{line}: {literal}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "words outside the messages:\n{}",
        found.join("\n")
    );
    // The scanner finds words where there are some.
    assert!(reads_as_words("Choose the app"));
    assert!(reads_as_words("selected here, in all:"));
    assert!(!reads_as_words("#runs-table tbody tr"));
    assert!(!reads_as_words("hint by"));
    assert!(!reads_as_words(".progress-steps li"));
}

/// Every text and every spoken or shown attribute of the static page names its message
/// (`data-l10n-id`): none stays in English whatever the officer's language. The product's
/// name and code (a command's name) are the same in every language.
#[test]
fn every_word_of_the_static_page_is_a_message() {
    let html = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/index.html"))
        .unwrap();
    let found = unnamed_words(&html);
    assert!(
        found.is_empty(),
        "English outside the messages:\n{}",
        found.join("\n")
    );
    // The scan finds words where there are some.
    assert_eq!(
        unnamed_words(
            r#"<p data-l10n-id="x">Fine <b>too</b></p><p>Hello <i>there</i></p><input placeholder="Type it here">"#
        ),
        [
            "text in <p>: Hello",
            "text in <i>: there",
            "placeholder of <input>: Type it here"
        ]
    );
}

/// The texts and attributes of `html` in no element that names a message.
fn unnamed_words(html: &str) -> Vec<String> {
    const VOID: [&str; 6] = ["input", "img", "br", "meta", "link", "hr"];
    const WORDS_OF_THEIR_OWN: [&str; 4] = ["title", "code", "script", "style"];
    const ATTRIBUTES: [&str; 4] = ["aria-label", "placeholder", "title", "alt"];
    // Each open element: its name, and whether it (or one around it) names a message.
    let mut open: Vec<(String, bool)> = Vec::new();
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let text = &rest[..start];
        let covered = open
            .iter()
            .any(|(name, named)| *named || WORDS_OF_THEIR_OWN.contains(&name.as_str()));
        let words: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !covered && words.chars().filter(char::is_ascii_alphabetic).count() >= 2 {
            let inside = open.last().map_or("", |(n, _)| n.as_str());
            if !(inside == "h1" && words == "ACT Export") {
                found.push(format!("text in <{inside}>: {words}"));
            }
        }
        let end = rest[start..]
            .find('>')
            .map_or(rest.len(), |e| start + e + 1);
        let tag = &rest[start + 1..end - 1];
        rest = &rest[end..];
        if tag.starts_with('!') {
            continue;
        }
        if let Some(closing) = tag.strip_prefix('/') {
            let name = closing.trim().to_ascii_lowercase();
            if let Some(at) = open.iter().rposition(|(n, _)| *n == name) {
                open.truncate(at);
            }
            continue;
        }
        let name = tag
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let named = tag.contains("data-l10n-id=");
        for attribute in ATTRIBUTES {
            let Some(at) = tag.find(&format!(" {attribute}=\"")) else {
                continue;
            };
            let value = &tag[at + attribute.len() + 3..];
            let value = &value[..value.find('"').unwrap_or(value.len())];
            if value.chars().any(|c| c.is_ascii_alphabetic()) && value.contains(' ') && !named {
                found.push(format!("{attribute} of <{name}>: {value}"));
            }
        }
        if !VOID.contains(&name.as_str()) && !tag.ends_with('/') {
            open.push((name, named));
        }
    }
    found
}
