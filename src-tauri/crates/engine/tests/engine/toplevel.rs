//! The archive's top-level files named in the language of the answer: each language's names
//! are safe on Windows, macOS and Linux and tell themselves apart from every other, French and
//! German archives carry theirs (the note on how to open a protected one names the README as
//! the archive does, and stays the one entry in the clear), and archives of the English names
//! still verify whatever their manifest says of their language.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use act_engine::lang::Lang;
use act_engine::names::{sanitize_path, sanitize_segment};
use act_engine::toplevel::{reserved, TopFile, MANIFEST};
use act_engine::{verify, verify_with, Password, Scope, VerifyError};

use crate::support::{client_runs, manifest, read_zip, request, run, server, write_zip};

const PASSPHRASE: &str = "lantern orbit velvet sparrow";

/// Every language's two names, as the archive writes them.
fn every_name() -> Vec<(Lang, TopFile, String)> {
    Lang::ALL
        .into_iter()
        .flat_map(|lang| TopFile::ALL.map(|file| (lang, file, file.name(lang))))
        .collect()
}

#[test]
fn every_languages_names_are_safe_everywhere_and_tell_themselves_apart() {
    assert_eq!(TopFile::Readme.name(Lang::En), "README.html");
    assert_eq!(TopFile::HowToOpen.name(Lang::En), "HOW-TO-OPEN.txt");
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    // What the manifest and the apps' data are called at the top, in every language.
    for fixed in [MANIFEST, "data", "files", "apps"] {
        seen.insert(fixed.to_ascii_lowercase(), fixed.to_string());
    }
    for (lang, file, name) in every_name() {
        let what = format!("{lang}: {file:?} {name:?}");
        // Safe on Windows, macOS and Linux: the sanitiser leaves it as it is.
        assert_eq!(sanitize_segment(&name), name, "{what}");
        assert_eq!(sanitize_path(&name), name, "{what}");
        // ASCII capitals, digits and hyphens (no space, no accent, which old unzip tools and
        // Windows' own mangle), then the extension that opens it in the right program.
        let (stem, extension) = name.rsplit_once('.').unwrap();
        assert!(
            !stem.is_empty()
                && stem
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-'),
            "{what}"
        );
        assert!(!stem.starts_with('-') && !stem.ends_with('-'), "{what}");
        let wanted = match file {
            TopFile::Readme => "html",
            TopFile::HowToOpen => "txt",
        };
        assert_eq!(extension, wanted, "{what}");
        assert!(name.len() <= 40, "{what}");
        // Found again by its name: the file and the language it names.
        assert_eq!(TopFile::named(&name), Some((file, lang)), "{what}");
        // Distinct from every other name, as a case-insensitive file system compares them:
        // from the manifest, the data folders, the other file and every other language's.
        if let Some(other) = seen.insert(name.to_ascii_lowercase(), what.clone()) {
            panic!("{what} is also {other}");
        }
    }
    assert_eq!(seen.len(), 4 + 2 * Lang::ALL.len());
}

#[test]
fn no_entry_of_any_archive_takes_a_top_level_name_of_any_language() {
    let mut names = act_engine::plan::archive_names();
    for name in reserved() {
        let claimed = names.claim("", &name);
        assert_ne!(claimed.to_lowercase(), name.to_lowercase());
        // Not in another letter case either.
        let lower = names.claim("", &name.to_lowercase());
        assert_ne!(lower.to_lowercase(), name.to_lowercase());
    }
    assert!(reserved().contains(&"COMMENT-OUVRIR.txt".to_string()));
    assert!(reserved().contains(&"LIESMICH.html".to_string()));
}

/// Every entry of the zip at `path`: whether it is encrypted, by name.
fn encryption(path: &Path) -> BTreeMap<String, bool> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    (0..zip.len())
        .map(|i| {
            let entry = zip.by_index_raw(i).unwrap();
            (entry.name().unwrap().to_string(), entry.encrypted())
        })
        .collect()
}

/// The entry `name` of the zip at `path`, as text, read with `password` when it has one.
fn entry_text(path: &Path, name: &str, password: Option<&str>) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut entry = match password {
        Some(password) => zip.by_name_decrypt(name, password.as_bytes()).unwrap(),
        None => zip.by_name(name).unwrap(),
    };
    let mut text = String::new();
    entry.read_to_string(&mut text).unwrap();
    text
}

/// The path of the manifest's entry of `kind`, if there is one.
fn path_of_kind(manifest: &serde_json::Value, kind: &str) -> Option<String> {
    manifest["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == kind)
        .map(|e| e["path"].as_str().unwrap().to_string())
}

#[tokio::test]
async fn a_protected_french_archive_names_its_files_in_french() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("fr.zip");
    let mut req = request(
        &server,
        0,
        Scope::Runs {
            run_ids: client_runs(&server, 0, "contoso-regression"),
        },
        out.clone(),
    );
    req.options.lang = Lang::Fr;
    req.options.password = Some(Password::new(PASSPHRASE).unwrap());
    let summary = run(req).await.0.unwrap();
    assert_eq!(summary.readme, "LISEZMOI.html");

    // At the top: the README and the note in French, the manifest as ever; no English name.
    let encrypted = encryption(&out);
    let top: Vec<&str> = encrypted
        .keys()
        .map(String::as_str)
        .filter(|n| !n.contains('/'))
        .collect();
    assert_eq!(
        top,
        ["COMMENT-OUVRIR.txt", "LISEZMOI.html", "manifest.json"],
        "{encrypted:?}"
    );
    // The note is the one entry in the clear, found by what it is.
    for (name, encrypted) in &encrypted {
        assert_eq!(*encrypted, name != "COMMENT-OUVRIR.txt", "{name}");
    }
    let note = entry_text(&out, "COMMENT-OUVRIR.txt", None);
    assert!(
        note.contains("commencez par LISEZMOI.html\u{a0}:"),
        "the note names the README as the archive does: {note}"
    );
    assert!(!note.contains("README"), "{note}");

    // The manifest gives each its kind; its own name and keys stay English.
    let manifest: serde_json::Value =
        serde_json::from_str(&entry_text(&out, "manifest.json", Some(PASSPHRASE))).unwrap();
    assert_eq!(manifest["language"], "fr");
    assert_eq!(
        path_of_kind(&manifest, "readme").as_deref(),
        Some("LISEZMOI.html")
    );
    assert_eq!(
        path_of_kind(&manifest, "how_to_open").as_deref(),
        Some("COMMENT-OUVRIR.txt")
    );
    let encryption_said = manifest["options"]["encryption"].as_str().unwrap();
    assert!(
        encryption_said.contains("every entry but COMMENT-OUVRIR.txt;"),
        "{encryption_said}"
    );

    // The README calls itself by its name, and lists the note under its name.
    let readme = entry_text(&out, "LISEZMOI.html", Some(PASSPHRASE));
    assert!(readme.contains("<html lang=\"fr\">"), "{readme}");
    assert!(
        readme.contains("<li><code>LISEZMOI.html</code>\u{a0}: la présente page.</li>"),
        "{readme}"
    );
    assert!(
        readme.contains("<tr><td><code>COMMENT-OUVRIR.txt</code></td>"),
        "the note's checksum listed under its name: {readme}"
    );
    // Counted with every other entry.
    let said = format!("Elle contient {} fichiers (", encrypted.len());
    assert!(readme.contains(&said), "{said} {readme}");
    assert!(!readme.contains("README.html") && !readme.contains("HOW-TO-OPEN"));

    let report = verify_with(&out, Some(&Password::new(PASSPHRASE).unwrap())).unwrap();
    assert!(report.is_ok(), "{report:?}");
    assert!(matches!(
        verify(&out),
        Err(VerifyError::PasswordNeeded { .. })
    ));
}

#[tokio::test]
async fn a_german_archive_names_its_files_in_german() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("de.zip");
    let mut req = request(
        &server,
        0,
        Scope::Runs {
            run_ids: client_runs(&server, 0, "contoso-regression"),
        },
        out.clone(),
    );
    req.options.lang = Lang::De;
    let summary = run(req).await.0.unwrap();
    assert_eq!(summary.readme, "LIESMICH.html");
    let entries = read_zip(&out);
    let top: Vec<&str> = entries
        .keys()
        .map(String::as_str)
        .filter(|n| !n.contains('/'))
        .collect();
    // Not protected: no note on how to open it.
    assert_eq!(top, ["LIESMICH.html", "manifest.json"]);
    let manifest = manifest(&entries);
    assert_eq!(manifest["language"], "de");
    assert_eq!(
        path_of_kind(&manifest, "readme").as_deref(),
        Some("LIESMICH.html")
    );
    assert_eq!(path_of_kind(&manifest, "how_to_open"), None);
    let readme = String::from_utf8(entries["LIESMICH.html"].clone()).unwrap();
    assert!(
        readme.contains("<li><code>LIESMICH.html</code>: diese Seite.</li>"),
        "{readme}"
    );
    assert!(!readme.contains("README.html"));
    assert!(verify(&out).unwrap().is_ok());

    // Protected, the note is in German, named in German, and names the German README.
    let out = dir.path().join("de-protected.zip");
    let mut req = request(
        &server,
        0,
        Scope::Runs {
            run_ids: client_runs(&server, 0, "contoso-regression"),
        },
        out.clone(),
    );
    req.options.lang = Lang::De;
    req.options.password = Some(Password::new(PASSPHRASE).unwrap());
    run(req).await.0.unwrap();
    let encrypted = encryption(&out);
    assert_eq!(encrypted.get("HINWEISE-ZUM-OEFFNEN.txt"), Some(&false));
    assert_eq!(encrypted.get("LIESMICH.html"), Some(&true));
    let note = entry_text(&out, "HINWEISE-ZUM-OEFFNEN.txt", None);
    assert!(
        note.contains("Beginnen Sie nach dem Öffnen mit LIESMICH.html:"),
        "{note}"
    );
    let report = verify_with(&out, Some(&Password::new(PASSPHRASE).unwrap())).unwrap();
    assert!(report.is_ok(), "{report:?}");
}

/// `entries` with the manifest rewritten by `change` (it is not listed in itself).
fn with_manifest(
    mut entries: BTreeMap<String, Vec<u8>>,
    change: impl FnOnce(&mut serde_json::Value),
) -> BTreeMap<String, Vec<u8>> {
    let mut manifest = manifest(&entries);
    change(&mut manifest);
    entries.insert(
        MANIFEST.to_string(),
        serde_json::to_vec_pretty(&manifest).unwrap(),
    );
    entries
}

#[tokio::test]
async fn archives_of_the_english_names_verify_whatever_their_language() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("en.zip");
    let req = request(&server, 2, Scope::WholeApp, out.clone());
    let summary = run(req).await.0.unwrap();
    assert_eq!(summary.readme, "README.html");
    let entries = read_zip(&out);
    assert!(entries.contains_key("README.html"));
    assert_eq!(manifest(&entries)["language"], "en");
    assert!(verify(&out).unwrap().is_ok());

    // As an archive made before the language was recorded: no `language` in its manifest.
    let older = dir.path().join("older.zip");
    write_zip(
        &older,
        &with_manifest(entries.clone(), |m| {
            m.as_object_mut().unwrap().remove("language");
        }),
    );
    let report = verify(&older).unwrap();
    assert!(report.is_ok(), "{report:?}");

    // As an archive answered in French before its files were named in French: README.html
    // under `"language": "fr"`. Verify finds entries by the manifest, never by a language's
    // name.
    let french = dir.path().join("french-before.zip");
    write_zip(
        &french,
        &with_manifest(entries, |m| m["language"] = "fr".into()),
    );
    let report = verify(&french).unwrap();
    assert!(report.is_ok(), "{report:?}");
}
