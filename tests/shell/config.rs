//! The webview's security settings, read from the files that define them: a strict CSP, one
//! capability for the main window, granting exactly the app's own commands.

use serde_json::Value;

fn config() -> Value {
    serde_json::from_str(include_str!("../../tauri.conf.json")).unwrap()
}

/// The commands declared in the build script's app manifest.
fn declared_commands() -> Vec<String> {
    let build = include_str!("../../src-tauri/build.rs");
    let list = build
        .split("const COMMANDS: &[&str] = &[")
        .nth(1)
        .unwrap()
        .split("];")
        .next()
        .unwrap();
    list.split(',')
        .map(|s| s.trim().trim_matches('"').to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

#[test]
fn the_csp_is_strict_and_local() {
    let csp = &config()["app"]["security"]["csp"];
    let directives = csp.as_object().expect("a CSP is set");
    for (name, value) in directives {
        let value = value.as_str().unwrap();
        assert!(
            !value.contains("unsafe-inline") && !value.contains("unsafe-eval"),
            "{name}: {value}"
        );
        for source in value.split_whitespace() {
            let local = source.starts_with('\'')
                || source == "data:"
                || source == "ipc:"
                || source == "http://ipc.localhost";
            assert!(local, "{name} allows a remote source: {source}");
        }
    }
    assert_eq!(directives["default-src"], "'self'");
    assert_eq!(directives["script-src"], "'self'");
    assert_eq!(directives["object-src"], "'none'");
    assert_eq!(config()["app"]["security"]["freezePrototype"], true);
}

#[test]
fn one_capability_grants_exactly_the_apps_own_commands() {
    let capabilities = config()["app"]["security"]["capabilities"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(capabilities.len(), 1);
    assert_eq!(capabilities[0]["windows"], serde_json::json!(["main"]));
    let mut granted: Vec<String> = capabilities[0]["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_string())
        .collect();
    let mut expected: Vec<String> = declared_commands()
        .iter()
        .map(|c| format!("allow-{}", c.replace('_', "-")))
        .collect();
    granted.sort();
    expected.sort();
    assert_eq!(
        granted, expected,
        "no plugin, core or shell permission; every app command granted by name"
    );
}

#[test]
fn every_registered_command_is_declared() {
    let registered = include_str!("../../src-tauri/src/commands.rs");
    let handler = registered
        .split("generate_handler![")
        .nth(1)
        .unwrap()
        .split(']')
        .next()
        .unwrap();
    let mut names: Vec<String> = handler
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    let mut declared = declared_commands();
    names.sort();
    declared.sort();
    assert_eq!(names, declared);
}
