//! What ARCHITECTURE.md says of the crates, read from their sources and from cargo: the
//! top-level modules of each crate form a tree (no import cycle, tests included), no crate
//! under src-tauri/crates depends on Tauri, and every crate there is named in the code map.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::{Path, PathBuf};

use proc_macro2::{TokenStream, TokenTree};
use serde_json::{json, Value};
use syn::visit::{self, Visit};

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn crates_dir() -> PathBuf {
    repo().join("src-tauri/crates")
}

/// The folders under src-tauri/crates.
fn crate_dirs() -> BTreeSet<String> {
    std::fs::read_dir(crates_dir())
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Modules and their imports

/// A crate's top-level modules and what its root makes reachable as `crate::NAME`.
struct Crate {
    /// Each top-level module's files, with their depth below it (0: `a.rs`, `a/mod.rs`).
    modules: BTreeMap<String, Vec<(PathBuf, usize)>>,
    /// A name the root imports (`pub use b::Thing;`, `use b::{X as Y}`) and its module.
    names: BTreeMap<String, String>,
    /// Modules the root imports whole (`pub use b::*;`), with the names each defines.
    globs: BTreeMap<String, BTreeSet<String>>,
}

fn parse(path: &Path) -> syn::File {
    let source =
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    syn::parse_file(&source).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(rust_files(&path));
        } else if path.extension().is_some_and(|x| x == "rs") {
            found.push(path);
        }
    }
    found.sort();
    found
}

/// One path of a `use` tree, as segments, with `*` last for a glob.
fn flatten_use(
    tree: &syn::UseTree,
    prefix: &mut Vec<String>,
    out: &mut Vec<(Vec<String>, String)>,
) {
    match tree {
        syn::UseTree::Path(p) => {
            prefix.push(p.ident.to_string());
            flatten_use(&p.tree, prefix, out);
            prefix.pop();
        }
        syn::UseTree::Name(n) if n.ident == "self" => {
            // `use a::{self, X}`: the module `a` itself.
            let name = prefix.last().cloned().unwrap_or_default();
            out.push((prefix.clone(), name));
        }
        syn::UseTree::Name(n) => {
            let mut path = prefix.clone();
            path.push(n.ident.to_string());
            out.push((path, n.ident.to_string()));
        }
        syn::UseTree::Rename(r) => {
            let mut path = prefix.clone();
            path.push(r.ident.to_string());
            out.push((path, r.rename.to_string()));
        }
        syn::UseTree::Glob(_) => {
            let mut path = prefix.clone();
            path.push("*".into());
            out.push((path, "*".into()));
        }
        syn::UseTree::Group(g) => {
            for tree in &g.items {
                flatten_use(tree, prefix, out);
            }
        }
    }
}

/// The names of a file's own items (those a glob import of its module can bring in).
fn item_names(file: &syn::File) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for item in &file.items {
        let ident = match item {
            syn::Item::Const(i) => Some(&i.ident),
            syn::Item::Enum(i) => Some(&i.ident),
            syn::Item::Fn(i) => Some(&i.sig.ident),
            syn::Item::Mod(i) => Some(&i.ident),
            syn::Item::Static(i) => Some(&i.ident),
            syn::Item::Struct(i) => Some(&i.ident),
            syn::Item::Trait(i) => Some(&i.ident),
            syn::Item::Type(i) => Some(&i.ident),
            syn::Item::Union(i) => Some(&i.ident),
            syn::Item::Macro(i) => i.ident.as_ref(),
            syn::Item::Use(u) => {
                let mut paths = Vec::new();
                flatten_use(&u.tree, &mut Vec::new(), &mut paths);
                names.extend(paths.into_iter().map(|(_, name)| name).filter(|n| n != "*"));
                None
            }
            _ => None,
        };
        names.extend(ident.map(ToString::to_string));
    }
    names
}

impl Crate {
    /// The crate whose sources are in `src` (its root: `lib.rs`, else `main.rs`).
    fn read(src: &Path) -> Crate {
        let mut modules: BTreeMap<String, Vec<(PathBuf, usize)>> = BTreeMap::new();
        for entry in std::fs::read_dir(src).unwrap().flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_dir() {
                if name == "bin" {
                    continue; // separate crates
                }
                for file in rust_files(&path) {
                    let below = file.strip_prefix(&path).unwrap().components().count();
                    let depth = below - usize::from(file.ends_with("mod.rs"));
                    modules.entry(name.clone()).or_default().push((file, depth));
                }
            } else if let Some(stem) = name.strip_suffix(".rs") {
                if stem != "lib" && stem != "main" {
                    modules.entry(stem.to_string()).or_default().push((path, 0));
                }
            }
        }
        let root = [src.join("lib.rs"), src.join("main.rs")]
            .into_iter()
            .find(|p| p.exists())
            .unwrap_or_else(|| panic!("{}: no lib.rs or main.rs", src.display()));
        let mut names = BTreeMap::new();
        let mut globs = BTreeMap::new();
        for item in parse(&root).items {
            let syn::Item::Use(u) = item else { continue };
            let mut paths = Vec::new();
            flatten_use(&u.tree, &mut Vec::new(), &mut paths);
            for (path, name) in paths {
                let path = match path.first().map(String::as_str) {
                    Some("crate" | "self") => &path[1..],
                    _ => &path[..],
                };
                let Some(module) = path.first().filter(|m| modules.contains_key(*m)) else {
                    continue; // another crate's
                };
                if name == "*" && path.len() == 2 {
                    let defined = modules[module]
                        .iter()
                        .filter(|(_, depth)| *depth == 0)
                        .flat_map(|(file, _)| item_names(&parse(file)))
                        .collect();
                    globs.insert(module.clone(), defined);
                } else if name != "*" {
                    names.insert(name, module.clone());
                }
            }
        }
        Crate {
            modules,
            names,
            globs,
        }
    }

    /// The modules a path from the crate root (`crate::` left out) leads into.
    fn targets(&self, path: &[String]) -> BTreeSet<String> {
        let Some(first) = path.first() else {
            return BTreeSet::new();
        };
        if first == "*" {
            // `use crate::*`: everything the root brings in.
            return self
                .names
                .values()
                .chain(self.globs.keys())
                .cloned()
                .collect();
        }
        if self.modules.contains_key(first) {
            return BTreeSet::from([first.clone()]);
        }
        if let Some(module) = self.names.get(first) {
            return BTreeSet::from([module.clone()]);
        }
        self.globs
            .iter()
            .filter(|(_, defined)| defined.contains(first))
            .map(|(module, _)| module.clone())
            .collect()
    }

    /// Each module's imports of the others, with where each was first seen.
    fn graph(&self, src: &Path) -> Graph {
        let mut graph = Graph::new();
        for (module, files) in &self.modules {
            graph.entry(module.clone()).or_default();
            for (file, depth) in files {
                let mut uses = Uses {
                    depth: *depth,
                    paths: Vec::new(),
                };
                uses.visit_file(&parse(file));
                let shown = file.strip_prefix(src).unwrap().display().to_string();
                for (depth, path) in uses.paths {
                    for target in self.targets(&from_root(&path, depth)) {
                        if target != *module {
                            graph
                                .entry(module.clone())
                                .or_default()
                                .entry(target)
                                .or_insert_with(|| format!("{shown} uses {}", path.join("::")));
                        }
                    }
                }
            }
        }
        graph
    }
}

/// A path seen at `depth` below a top-level module, from the crate root (empty: it stays
/// inside the module, or it does not start at the crate at all).
fn from_root(path: &[String], depth: usize) -> Vec<String> {
    match path.first().map(String::as_str) {
        Some("crate") => path[1..].to_vec(),
        Some("super") => {
            let up = path.iter().take_while(|s| *s == "super").count();
            if up == depth + 1 {
                path[up..].to_vec()
            } else {
                Vec::new()
            }
        }
        _ => Vec::new(),
    }
}

/// Module → the modules it imports → where that was first seen.
type Graph = BTreeMap<String, BTreeMap<String, String>>;

/// Every path in a file that starts at `crate` or `super`, with its depth below the file's
/// top-level module. Doc comments are attributes holding strings, so they hold no path.
struct Uses {
    depth: usize,
    paths: Vec<(usize, Vec<String>)>,
}

impl Uses {
    fn add(&mut self, path: Vec<String>) {
        if matches!(path.first().map(String::as_str), Some("crate" | "super")) {
            self.paths.push((self.depth, path));
        }
    }

    /// Paths written inside a macro's tokens (`format!("{}", crate::a::f())`, `$crate::a`).
    fn scan(&mut self, tokens: TokenStream) {
        let tokens: Vec<TokenTree> = tokens.into_iter().collect();
        let mut i = 0;
        while i < tokens.len() {
            match &tokens[i] {
                TokenTree::Group(group) => self.scan(group.stream()),
                TokenTree::Ident(ident) if ident == "crate" || ident == "super" => {
                    let mut path = vec![ident.to_string()];
                    while let [TokenTree::Punct(a), TokenTree::Punct(b), TokenTree::Ident(next), ..] =
                        &tokens[i + 1..]
                    {
                        if a.as_char() != ':' || b.as_char() != ':' {
                            break;
                        }
                        path.push(next.to_string());
                        i += 3;
                    }
                    self.add(path);
                }
                _ => {}
            }
            i += 1;
        }
    }
}

impl<'ast> Visit<'ast> for Uses {
    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        // An inline module (`mod tests { ... }`) is one level further down.
        let inline = item.content.is_some();
        self.depth += usize::from(inline);
        visit::visit_item_mod(self, item);
        self.depth -= usize::from(inline);
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        let mut paths = Vec::new();
        flatten_use(&item.tree, &mut Vec::new(), &mut paths);
        for (path, _) in paths {
            self.add(path);
        }
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        self.add(path.segments.iter().map(|s| s.ident.to_string()).collect());
        visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        self.scan(mac.tokens.clone());
        visit::visit_macro(self, mac);
    }

    fn visit_vis_restricted(&mut self, _: &'ast syn::VisRestricted) {
        // `pub(in crate::a)` says who may see an item, not what it uses.
    }
}

/// The shortest path from `from` to `to` in `graph`.
fn shortest_path<'a>(graph: &'a Graph, from: &'a str, to: &'a str) -> Option<Vec<String>> {
    let mut came_from: BTreeMap<&str, &str> = BTreeMap::new();
    let mut queue = VecDeque::from([from]);
    while let Some(node) = queue.pop_front() {
        if node == to {
            let mut path = vec![to.to_string()];
            let mut at = to;
            while at != from {
                at = came_from[at];
                path.push(at.to_string());
            }
            path.reverse();
            return Some(path);
        }
        for next in graph.get(node).into_iter().flat_map(BTreeMap::keys) {
            if next != from && !came_from.contains_key(next.as_str()) {
                came_from.insert(next, node);
                queue.push_back(next);
            }
        }
    }
    None
}

/// The cycles of `graph`: for each import that is part of one, the shortest cycle through it,
/// each starting at its first module by name (`a -> b -> a`).
fn cycles(graph: &Graph) -> BTreeSet<Vec<String>> {
    let mut found = BTreeSet::new();
    for (from, imports) in graph {
        for to in imports.keys() {
            let Some(back) = shortest_path(graph, to, from) else {
                continue;
            };
            let mut cycle = vec![from.clone()];
            cycle.extend(back);
            cycle.pop(); // `from` again
            let first = (0..cycle.len()).min_by_key(|&i| &cycle[i]).unwrap();
            cycle.rotate_left(first);
            found.insert(cycle);
        }
    }
    found
}

/// The cycles of the crate in `src`, as lines naming `crate_name`, each with the imports
/// that make it.
fn cycle_report(crate_name: &str, src: &Path) -> Vec<String> {
    let graph = Crate::read(src).graph(src);
    cycles(&graph)
        .into_iter()
        .map(|cycle| {
            let mut line = format!("{crate_name}: {} -> {}", cycle.join(" -> "), cycle[0]);
            for (i, from) in cycle.iter().enumerate() {
                let to = &cycle[(i + 1) % cycle.len()];
                line.push_str(&format!("\n      {from} -> {to}: {}", graph[from][to]));
            }
            line
        })
        .collect()
}

/// `name = "..."` of a manifest's `[package]`.
fn package_name(manifest: &Path) -> String {
    let text = std::fs::read_to_string(manifest).unwrap();
    let package = text.split("[package]").nth(1).unwrap();
    package
        .lines()
        .filter_map(|l| l.trim().strip_prefix("name"))
        .filter_map(|rest| rest.trim_start().strip_prefix('='))
        .map(|value| value.trim().trim_matches('"').to_string())
        .next()
        .unwrap_or_else(|| panic!("{}: no package name", manifest.display()))
}

/// Every crate's name and sources: those under src-tauri/crates, and the desktop shell.
fn crate_sources() -> Vec<(String, PathBuf)> {
    let mut crates: Vec<(String, PathBuf)> = crate_dirs()
        .into_iter()
        .map(|dir| crates_dir().join(dir))
        .filter(|dir| dir.join("src").is_dir())
        .map(|dir| (package_name(&dir.join("Cargo.toml")), dir.join("src")))
        .collect();
    crates.push((
        package_name(&repo().join("Cargo.toml")),
        repo().join("src-tauri/src"),
    ));
    crates
}

#[test]
fn the_modules_of_each_crate_form_a_tree() {
    let crates = crate_sources();
    assert!(crates.len() > 1, "no crates found");
    let found: Vec<String> = crates
        .iter()
        .flat_map(|(name, src)| cycle_report(name, src))
        .collect();
    assert!(
        found.is_empty(),
        "import cycles between the top-level modules of a crate (each import must go one way):\n  {}",
        found.join("\n  ")
    );
}

/// A crate made to hold every kind of path the check must see (and a doc link it must not).
#[test]
fn the_cycle_check_sees_every_kind_of_path() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path();
    let write = |name: &str, text: &str| {
        let path = src.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    let edges = |files: &[(&str, &str)]| -> BTreeSet<String> {
        for (name, text) in files {
            write(name, text);
        }
        let graph = Crate::read(src).graph(src);
        for (name, _) in files {
            std::fs::remove_file(src.join(name)).unwrap();
        }
        graph
            .iter()
            .flat_map(|(from, to)| to.keys().map(move |to| format!("{from} -> {to}")))
            .collect()
    };
    write(
        "lib.rs",
        "mod a; mod b; mod c; mod d; pub use b::Thing; use self::c::{Other as Renamed};\n\
         pub use d::*;",
    );
    write("b.rs", "pub struct Thing;");
    write("c.rs", "pub struct Other;");
    write("d.rs", "pub fn helper() {}");
    write("e/mod.rs", "mod inner;");
    let cases: &[(&str, &str, &str)] = &[
        ("use", "use crate::b::Thing;", "a -> b"),
        ("grouped use", "use crate::{b::Thing, c};", "a -> b, a -> c"),
        ("nested group", "use crate::{b::{self, Thing}};", "a -> b"),
        ("re-export", "use crate::Thing;", "a -> b"),
        (
            "private import",
            "fn f() -> crate::Renamed { todo!() }",
            "a -> c",
        ),
        ("glob re-export", "fn f() { crate::helper() }", "a -> d"),
        (
            "expression",
            "fn f() { let _ = crate::b::Thing; }",
            "a -> b",
        ),
        ("type", "fn f(_: Vec<crate::b::Thing>) {}", "a -> b"),
        ("super", "use super::c::Other;", "a -> c"),
        (
            "macro",
            "fn f() { println!(\"{:?}\", crate::c::Other); }",
            "a -> c",
        ),
        (
            "test module",
            "#[cfg(test)] mod tests { use super::*; fn f() { super::super::b::Thing; } }",
            "a -> b",
        ),
        (
            "doc link",
            "//! See [`crate::b`].\n/// [crate::c::Other]\nfn f() {}",
            "",
        ),
        ("inner super", "mod m { use super::Thing; }", ""),
    ];
    for (what, text, expected) in cases {
        let found: Vec<String> = edges(&[("a.rs", text)]).into_iter().collect();
        assert_eq!(found.join(", "), *expected, "{what}: {text}");
    }
    let folder = edges(&[("e/inner.rs", "use super::super::b::Thing;")]);
    assert_eq!(folder, BTreeSet::from(["e -> b".to_string()]));

    write("a.rs", "use crate::Thing;");
    write(
        "b.rs",
        "pub struct Thing;\n#[cfg(test)]\nmod tests { use crate::c::Other; }",
    );
    write("c.rs", "pub struct Other; fn f() { let _ = super::a::f; }");
    assert_eq!(
        cycle_report("act-example", src),
        ["act-example: a -> b -> c -> a\n      \
          a -> b: a.rs uses crate::Thing\n      \
          b -> c: b.rs uses crate::c::Other\n      \
          c -> a: c.rs uses super::a::f"]
    );
}

// ---------------------------------------------------------------------------------------------
// Tauri

fn metadata() -> Value {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = std::process::Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked", "--offline"])
        .current_dir(repo())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "cargo metadata: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn is_tauri(name: &str) -> bool {
    name == "tauri" || name.starts_with("tauri-")
}

/// The shortest chain of dependencies from `start` to a Tauri crate, by package name: through
/// normal, build and (of `start` only) dev dependencies, as cargo builds them.
fn tauri_chain(metadata: &Value, start: &str) -> Option<Vec<String>> {
    let names: BTreeMap<&str, &str> = metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["id"].as_str().unwrap(), p["name"].as_str().unwrap()))
        .collect();
    let deps: BTreeMap<&str, Vec<(&str, bool)>> = metadata["resolve"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|node| {
            let deps = node["deps"]
                .as_array()
                .unwrap()
                .iter()
                .map(|dep| {
                    let kinds = dep["dep_kinds"].as_array().unwrap();
                    let built = kinds.iter().any(|k| k["kind"].as_str() != Some("dev"));
                    (dep["pkg"].as_str().unwrap(), built)
                })
                .collect();
            (node["id"].as_str().unwrap(), deps)
        })
        .collect();
    let mut came_from: BTreeMap<&str, &str> = BTreeMap::new();
    let mut queue = VecDeque::from([start]);
    while let Some(id) = queue.pop_front() {
        if is_tauri(names[id]) {
            let mut chain = vec![names[id].to_string()];
            let mut at = id;
            while at != start {
                at = came_from[at];
                chain.push(names[at].to_string());
            }
            chain.reverse();
            return Some(chain);
        }
        for &(dep, built) in deps.get(id).into_iter().flatten() {
            if (built || id == start) && dep != start && !came_from.contains_key(dep) {
                came_from.insert(dep, id);
                queue.push_back(dep);
            }
        }
    }
    None
}

#[test]
fn no_crate_under_src_tauri_crates_depends_on_tauri() {
    let metadata = metadata();
    let root = Path::new(metadata["workspace_root"].as_str().unwrap());
    let members: Vec<&Value> = metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| {
            metadata["workspace_members"]
                .as_array()
                .unwrap()
                .contains(&p["id"])
        })
        .collect();
    let id_of = |manifest: &Path| {
        members
            .iter()
            .find(|p| Path::new(p["manifest_path"].as_str().unwrap()) == manifest)
            .map(|p| p["id"].as_str().unwrap())
    };
    // The walk sees Tauri where it is: the shell's own dependency.
    let shell = id_of(&root.join("Cargo.toml")).expect("the shell is a member");
    assert_eq!(
        tauri_chain(&metadata, shell).map(|c| c.len()),
        Some(2),
        "the shell depends on tauri directly"
    );
    let mut checked = BTreeSet::new();
    let mut failures = Vec::new();
    for member in &members {
        let manifest = Path::new(member["manifest_path"].as_str().unwrap());
        if !manifest.starts_with(root.join("src-tauri/crates")) {
            continue;
        }
        checked.insert(
            manifest
                .parent()
                .unwrap()
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned(),
        );
        if let Some(chain) = tauri_chain(&metadata, member["id"].as_str().unwrap()) {
            failures.push(chain.join(" -> "));
        }
    }
    assert_eq!(
        checked,
        crate_dirs(),
        "every crate folder is a workspace member"
    );
    assert!(
        failures.is_empty(),
        "crates under src-tauri/crates that depend on Tauri (only the shell may):\n  {}",
        failures.join("\n  ")
    );
}

#[test]
fn the_tauri_check_follows_normal_build_and_own_dev_dependencies() {
    let metadata = |deps: Value| {
        let nodes: Vec<Value> = ["a", "b", "c", "tauri-utils"]
            .iter()
            .map(|id| {
                let edges: Vec<Value> = deps[id]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|d| json!({"pkg": d[0], "dep_kinds": [{"kind": d[1]}]}))
                    .collect();
                json!({"id": id, "deps": edges})
            })
            .collect();
        let packages: Vec<Value> = ["a", "b", "c", "tauri-utils"]
            .iter()
            .map(|id| json!({"id": id, "name": id}))
            .collect();
        json!({"packages": packages, "resolve": {"nodes": nodes}})
    };
    let chain = |deps: Value| tauri_chain(&metadata(deps), "a").map(|c| c.join(" -> "));
    assert_eq!(
        chain(json!({"a": [["b", null]], "b": [["c", "build"]], "c": [["tauri-utils", null]]})),
        Some("a -> b -> c -> tauri-utils".into())
    );
    assert_eq!(
        chain(json!({"a": [["b", "dev"]], "b": [["tauri-utils", null]]})),
        Some("a -> b -> tauri-utils".into())
    );
    // A dependency's dev-dependencies are not built for it.
    assert_eq!(
        chain(json!({"a": [["b", null]], "b": [["tauri-utils", "dev"]]})),
        None
    );
}

// ---------------------------------------------------------------------------------------------
// The code map

/// The crate folders the code map of ARCHITECTURE.md lists under `crates/`.
fn crates_in_code_map() -> BTreeSet<String> {
    let text = std::fs::read_to_string(repo().join("ARCHITECTURE.md")).unwrap();
    let map = text
        .split("## Code map")
        .nth(1)
        .and_then(|rest| rest.split("```").nth(1))
        .expect("ARCHITECTURE.md has a code map in a code block");
    let indent = |line: &str| line.len() - line.trim_start().len();
    let mut lines = map.lines().skip_while(|l| l.trim() != "crates/");
    let heading = lines.next().expect("the code map lists crates/");
    let mut listed = BTreeSet::new();
    let mut entry_indent = None;
    for line in lines {
        if line.trim().is_empty() {
            continue;
        }
        if indent(line) <= indent(heading) {
            break;
        }
        let first = line.split_whitespace().next().unwrap_or_default();
        // Entries are the first lines at their indent; deeper lines continue a description.
        let at = *entry_indent.get_or_insert(indent(line));
        if indent(line) == at {
            if let Some(dir) = first.strip_suffix('/') {
                listed.insert(dir.to_string());
            }
        }
    }
    listed
}

#[test]
fn every_crate_is_named_in_the_code_map() {
    let listed = crates_in_code_map();
    let present = crate_dirs();
    let unnamed: Vec<_> = present.difference(&listed).collect();
    let gone: Vec<_> = listed.difference(&present).collect();
    assert!(
        unnamed.is_empty(),
        "crates under src-tauri/crates missing from ARCHITECTURE.md's code map: {unnamed:?}"
    );
    assert!(
        gone.is_empty(),
        "ARCHITECTURE.md's code map names crates that are not under src-tauri/crates: {gone:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// The crate graph

/// The graph ARCHITECTURE.md draws between `<!-- crate graph -->` and its end: each line a
/// crate and the workspace crates it depends on (normal dependencies).
fn drawn_crate_graph() -> BTreeMap<String, BTreeSet<String>> {
    let text = std::fs::read_to_string(repo().join("ARCHITECTURE.md")).unwrap();
    let block = text
        .split("<!-- crate graph -->")
        .nth(1)
        .and_then(|rest| rest.split("<!-- end crate graph -->").next())
        .expect("ARCHITECTURE.md draws the crate graph");
    block
        .lines()
        .map(|line| line.split('(').next().unwrap_or_default())
        .filter(|line| line.trim_start().starts_with("act-"))
        .map(|line| {
            let mut words = line.split_whitespace().map(str::to_string);
            let name = words.next().unwrap();
            (name, words.collect())
        })
        .collect()
}

/// The workspace crates each workspace crate depends on (normal dependencies), from cargo.
fn actual_crate_graph(metadata: &Value) -> BTreeMap<String, BTreeSet<String>> {
    let members: BTreeSet<&str> = metadata["workspace_members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap())
        .collect();
    let names: BTreeMap<&str, &str> = metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["id"].as_str().unwrap(), p["name"].as_str().unwrap()))
        .collect();
    metadata["resolve"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|node| members.contains(node["id"].as_str().unwrap()))
        .map(|node| {
            let deps = node["deps"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|d| members.contains(d["pkg"].as_str().unwrap()))
                .filter(|d| {
                    d["dep_kinds"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .any(|k| k["kind"].is_null())
                })
                .map(|d| names[d["pkg"].as_str().unwrap()].to_string())
                .collect();
            (names[node["id"].as_str().unwrap()].to_string(), deps)
        })
        .collect()
}

#[test]
fn the_crates_depend_on_each_other_as_drawn() {
    let drawn = drawn_crate_graph();
    let actual = actual_crate_graph(&metadata());
    assert_eq!(
        drawn.keys().collect::<Vec<_>>(),
        actual.keys().collect::<Vec<_>>(),
        "ARCHITECTURE.md's crate graph names the workspace's crates"
    );
    let differ: Vec<String> = actual
        .iter()
        .filter(|(name, deps)| drawn.get(*name) != Some(deps))
        .map(|(name, deps)| format!("{name} depends on {deps:?}, drawn as {:?}", drawn[name]))
        .collect();
    assert!(
        differ.is_empty(),
        "ARCHITECTURE.md's crate graph is not what cargo builds:\n  {}",
        differ.join("\n  ")
    );
}

// ---------------------------------------------------------------------------------------------
// The hosts and the desk

/// Every path a file names (in `use` trees, expressions, types and macros), as its segments.
fn paths_in(file: &syn::File) -> Vec<Vec<String>> {
    struct Paths(Vec<Vec<String>>);
    impl<'ast> Visit<'ast> for Paths {
        fn visit_path(&mut self, path: &'ast syn::Path) {
            self.0
                .push(path.segments.iter().map(|s| s.ident.to_string()).collect());
            visit::visit_path(self, path);
        }
        fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
            fn walk(tree: &syn::UseTree, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
                match tree {
                    syn::UseTree::Path(p) => {
                        prefix.push(p.ident.to_string());
                        walk(&p.tree, prefix, out);
                        prefix.pop();
                    }
                    syn::UseTree::Name(n) => {
                        let mut path = prefix.clone();
                        path.push(n.ident.to_string());
                        out.push(path);
                    }
                    syn::UseTree::Rename(r) => {
                        let mut path = prefix.clone();
                        path.push(r.ident.to_string());
                        out.push(path);
                    }
                    syn::UseTree::Glob(_) => {
                        let mut path = prefix.clone();
                        path.push("*".into());
                        out.push(path);
                    }
                    syn::UseTree::Group(g) => {
                        for tree in &g.items {
                            walk(tree, prefix, out);
                        }
                    }
                }
            }
            walk(&item.tree, &mut Vec::new(), &mut self.0);
        }
    }
    let mut paths = Paths(Vec::new());
    paths.visit_file(file);
    paths.0
}

/// What of `path` a host may not name: the journal's store (opening, appending, folding) and
/// the engine's export run belong to the desk.
fn reserved_for_the_desk(path: &[String]) -> bool {
    let names = |a: &str, b: &str| path.len() >= 2 && path[0] == a && path[1] == b;
    names("act_journal", "Journal")
        || names("act_journal", "store")
        || names("act_journal", "*")
        || names("act_engine", "export")
        || names("act_engine", "*")
}

fn host_violations(src: &Path) -> Vec<String> {
    rust_files(src)
        .into_iter()
        .flat_map(|file| {
            let shown = file
                .strip_prefix(repo())
                .unwrap_or(&file)
                .display()
                .to_string();
            paths_in(&parse(&file))
                .into_iter()
                .filter(|p| reserved_for_the_desk(p))
                .map(move |p| format!("{shown}: {}", p.join("::")))
        })
        .collect()
}

#[test]
fn the_hosts_reach_the_journal_and_the_engine_only_through_the_desk() {
    let mut found = Vec::new();
    for src in [repo().join("src-tauri/src"), crates_dir().join("cli/src")] {
        found.extend(host_violations(&src));
    }
    assert!(
        found.is_empty(),
        "the hosts open the journal or run an export themselves (the desk does):\n  {}",
        found.join("\n  ")
    );
    // The check sees what it looks for.
    let file: syn::File = syn::parse_quote! {
        use act_journal::{Case, Journal};
        fn f() { let _ = act_engine::export; }
    };
    let seen: Vec<_> = paths_in(&file)
        .into_iter()
        .filter(|p| reserved_for_the_desk(p))
        .collect();
    assert_eq!(seen.len(), 2, "{seen:?}");
}

// ---------------------------------------------------------------------------------------------
// The Tauri commands

/// Why the command `item` is not one call of a plain function naming only the page's types.
fn command_problems(item: &syn::ItemFn) -> Vec<String> {
    let name = item.sig.ident.to_string();
    let mut problems = Vec::new();
    let body: Vec<&syn::Stmt> = item.block.stmts.iter().collect();
    let one_call = match body.as_slice() {
        [syn::Stmt::Expr(expr, None)] => {
            let mut expr = expr;
            while let syn::Expr::Await(awaited) = expr {
                expr = &awaited.base;
            }
            // A method chain on a call (`f(..).map(page::x)`) is still one call.
            while let syn::Expr::MethodCall(call) = expr {
                expr = &call.receiver;
            }
            matches!(expr, syn::Expr::Call(_))
        }
        _ => false,
    };
    if !one_call {
        problems.push(format!(
            "{name}: its body is not one call of a plain function"
        ));
    }
    let signature = quote_of(&item.sig);
    for foreign in ["act_engine", "act_journal", "act_api", "act_desk"] {
        if signature.contains(foreign) {
            problems.push(format!("{name}: its signature names {foreign}'s types"));
        }
    }
    problems
}

fn quote_of(sig: &syn::Signature) -> String {
    use quote::ToTokens;
    sig.to_token_stream().to_string()
}

fn is_command(item: &syn::ItemFn) -> bool {
    item.attrs.iter().any(|a| {
        let segments: Vec<String> = a
            .path()
            .segments
            .iter()
            .map(|s| s.ident.to_string())
            .collect();
        segments == ["tauri", "command"]
    })
}

#[test]
fn every_command_is_one_call_and_names_only_the_pages_types() {
    let file = parse(&repo().join("src-tauri/src/commands.rs"));
    let commands: Vec<&syn::ItemFn> = file
        .items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Fn(f) if is_command(f) => Some(f),
            _ => None,
        })
        .collect();
    assert!(commands.len() > 20, "the commands were found");
    let problems: Vec<String> = commands.iter().flat_map(|c| command_problems(c)).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The check sees what it looks for.
    let wordy: syn::ItemFn = syn::parse_quote! {
        #[tauri::command]
        pub fn wordy(x: act_engine::Progress) -> u32 { let y = 1; y }
    };
    assert_eq!(
        command_problems(&wordy).len(),
        2,
        "{:?}",
        command_problems(&wordy)
    );
}

// ---------------------------------------------------------------------------------------------
// The engine's HTML comes from its templates.

/// The engine's sources outside tests and comments hold no HTML element (README.html and the
/// letter are built by the templates, which escape every value), and no template marks a value
/// as safe to write unescaped.
#[test]
fn the_engines_html_comes_only_from_templates_that_escape_every_value() {
    let engine = crates_dir().join("engine");
    let tags = [
        "<p>", "<p ", "<li>", "<ul>", "<h1", "<h2", "<h3", "<code>", "<strong>", "<table", "<tr>",
        "<td>", "<th>", "<section", "<dl>", "<dt>", "<dd>", "<br>", "<html", "<body", "<style",
        "<title",
    ];
    let mut found = Vec::new();
    for entry in std::fs::read_dir(engine.join("src")).unwrap().flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (n, line) in code.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            if let Some(tag) = tags.iter().find(|tag| line.contains(**tag)) {
                found.push(format!("{}:{}: {tag}", path.display(), n + 1));
            }
        }
    }
    assert_eq!(
        found,
        Vec::<String>::new(),
        "HTML built outside the templates"
    );
    let mut templates = 0;
    for entry in std::fs::read_dir(engine.join("templates"))
        .unwrap()
        .flatten()
    {
        let text = std::fs::read_to_string(entry.path()).unwrap();
        templates += 1;
        for unsafe_write in [
            "|safe",
            "| safe",
            "escape(\"none\")",
            "e(\"none\")",
            "|e(",
            "|escape(",
        ] {
            assert!(
                !text.contains(unsafe_write),
                "{} writes a value with {unsafe_write}",
                entry.path().display()
            );
        }
    }
    assert_eq!(
        templates, 2,
        "readme.html, letter.html (HOW-TO-OPEN.txt is a message)"
    );
    let config = std::fs::read_to_string(engine.join("askama.toml")).unwrap();
    assert!(
        config.contains("path = \"crate::html::Html\"")
            && config.contains("extensions = [\"html\"]"),
        "{config}"
    );
}
