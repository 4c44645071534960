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
