//! Archives protected with a password: every entry but HOW-TO-OPEN.txt is AES-256 encrypted,
//! as WinZip AE-2 (no CRC-32 of the plain text, read from the bytes themselves), 7-Zip and
//! Python's pyzipper open them with the password and not without it, `verify` needs it, and a
//! stopped protected export continues only with the same password, AE-2 throughout.

use std::path::{Path, PathBuf};
use std::process::Command;

use act_engine::{verify, verify_with, Password, Scope, Staging, VerifyError};

use crate::resume::{staged_request, staging, stopped};
use crate::support::{client_runs, request, run, server, tool};

const PASSPHRASE: &str = "lantern orbit velvet sparrow";
/// The note's name in an English archive (as it always was: `toplevel.rs` has the others').
const HOW_TO_OPEN: &str = "HOW-TO-OPEN.txt";

fn password(text: &str) -> Password {
    Password::new(text).unwrap()
}

/// Whether each entry is encrypted, by name.
fn encryption(path: &Path) -> Vec<(String, bool)> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    (0..zip.len())
        .map(|i| {
            let entry = zip.by_index_raw(i).unwrap();
            (entry.name().unwrap().to_string(), entry.encrypted())
        })
        .collect()
}

/// One entry as the bytes of a zip give it: its CRC-32 and the vendor version of its WinZip
/// AES extra field (`0x9901`; `None` without one), in its central directory record and in its
/// local header. Read without the zip crate, which would not show them.
#[derive(Debug)]
struct RawEntry {
    name: String,
    central: (u32, Option<u16>),
    local: (u32, Option<u16>),
}

fn le16(bytes: &[u8], at: usize) -> u16 {
    u16::from_le_bytes(bytes[at..at + 2].try_into().unwrap())
}

fn le32(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap())
}

/// The vendor version in the AES extra field among `extra`, if there is one.
fn aes_vendor_version(extra: &[u8]) -> Option<u16> {
    let mut at = 0;
    let mut found = None;
    while at + 4 <= extra.len() {
        let (id, len) = (le16(extra, at), usize::from(le16(extra, at + 2)));
        if id == 0x9901 {
            assert_eq!(len, 7, "an AES extra field is 7 bytes");
            assert_eq!(&extra[at + 6..at + 8], b"AE", "vendor id");
            assert_eq!(extra[at + 8], 3, "AES-256");
            found = Some(le16(extra, at + 4));
        }
        at += 4 + len;
    }
    assert_eq!(at, extra.len(), "the extra fields fill their space");
    found
}

/// Every entry of the zip `zip`, from its central directory (found from the end record, the
/// archive having no comment) and the local header each record points to.
fn raw_entries(zip: &[u8]) -> Vec<RawEntry> {
    let end = zip.len() - 22;
    assert_eq!(le32(zip, end), 0x0605_4b50, "the end record ends the zip");
    let count = usize::from(le16(zip, end + 10));
    let (size, offset) = (le32(zip, end + 12) as usize, le32(zip, end + 16) as usize);
    assert!(
        offset != 0xffff_ffff && size != 0xffff_ffff,
        "no ZIP64 here"
    );
    let mut entries = Vec::new();
    let mut at = offset;
    while at < offset + size {
        assert_eq!(le32(zip, at), 0x0201_4b50, "a central directory record");
        let name_len = usize::from(le16(zip, at + 28));
        let extra_len = usize::from(le16(zip, at + 30));
        let comment_len = usize::from(le16(zip, at + 32));
        let name = String::from_utf8(zip[at + 46..at + 46 + name_len].to_vec()).unwrap();
        let extra = &zip[at + 46 + name_len..at + 46 + name_len + extra_len];
        let local = le32(zip, at + 42) as usize;
        assert_eq!(le32(zip, local), 0x0403_4b50, "{name}: a local header");
        assert_eq!(le16(zip, local + 6) & 8, 0, "{name}: no data descriptor");
        let local_name_len = usize::from(le16(zip, local + 26));
        let local_extra_len = usize::from(le16(zip, local + 28));
        assert_eq!(
            &zip[local + 30..local + 30 + local_name_len],
            name.as_bytes()
        );
        let local_extra = &zip[local + 30 + local_name_len..][..local_extra_len];
        entries.push(RawEntry {
            central: (le32(zip, at + 16), aes_vendor_version(extra)),
            local: (le32(zip, local + 14), aes_vendor_version(local_extra)),
            name,
        });
        at += 46 + name_len + extra_len + comment_len;
    }
    assert_eq!(entries.len(), count, "the end record's count");
    entries
}

/// Every entry of the zip `zip` but HOW-TO-OPEN.txt is AES encrypted as AE-2 with a CRC-32 of
/// 0, in its central directory record and in its local header; HOW-TO-OPEN.txt is not
/// encrypted. Returns how many entries are encrypted.
fn assert_ae2_throughout(zip: &[u8]) -> usize {
    let entries = raw_entries(zip);
    let mut encrypted = 0;
    for entry in &entries {
        if entry.name == HOW_TO_OPEN {
            assert_eq!(entry.central.1, None, "{entry:?}");
            assert_eq!(entry.local, entry.central, "{entry:?}");
        } else {
            assert_eq!(entry.central, (0, Some(2)), "central directory: {entry:?}");
            assert_eq!(entry.local, (0, Some(2)), "local header: {entry:?}");
            encrypted += 1;
        }
    }
    encrypted
}

/// 7-Zip and pyzipper read every entry of `archive` (which has `entries` entries, all but one
/// encrypted) with `passphrase`, and neither reads an encrypted entry without it.
fn tools_open_it_with_the_password_only(archive: &Path, passphrase: &str, entries: usize) {
    if cfg!(windows) {
        // The tools are the build machine's (Linux): `make test` runs this there.
        eprintln!("SKIPPED: 7-Zip and pyzipper are checked by make test on Linux");
        return;
    }
    // 7-Zip opens it with the password, and refuses without.
    if tool("7z") {
        let test = |pass: &str| {
            Command::new("7z")
                .arg("t")
                .arg(format!("-p{pass}"))
                .arg(archive)
                .output()
                .unwrap()
        };
        let right = test(passphrase);
        assert!(
            right.status.success(),
            "{}",
            String::from_utf8_lossy(&right.stdout)
        );
        assert!(String::from_utf8_lossy(&right.stdout).contains("Everything is Ok"));
        assert!(!test("not the passphrase").status.success());
    } else {
        skip_unless_ci("7z (p7zip-full)");
    }

    // So does Python's pyzipper: every entry read in full with it, none without it.
    match pyzipper_python() {
        Some(python) => {
            let script = r#"
import sys, pyzipper
path, password = sys.argv[1], sys.argv[2].encode()
with pyzipper.AESZipFile(path) as z:
    z.setpassword(password)
    read = sum(1 for n in z.namelist() if z.read(n) is not None)
with pyzipper.AESZipFile(path) as z:
    refused = 0
    for n in z.namelist():
        try:
            z.read(n)
        except RuntimeError:
            refused += 1
print(read, refused)
"#;
            let out = Command::new(python)
                .arg("-c")
                .arg(script)
                .arg(archive)
                .arg(passphrase)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            let counts = String::from_utf8_lossy(&out.stdout).trim().to_string();
            assert_eq!(
                counts,
                format!("{} {}", entries, entries - 1),
                "read with the password, refused without"
            );
        }
        None => skip_unless_ci("pyzipper (in target/test-python)"),
    }
}

/// The Python that has pyzipper (`make test` makes it under target/), if any.
fn pyzipper_python() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..");
    let python = root.join("target/test-python/bin/python3");
    let works = Command::new(&python)
        .args(["-c", "import pyzipper"])
        .output()
        .is_ok_and(|o| o.status.success());
    works.then_some(python)
}

fn skip_unless_ci(what: &str) {
    assert!(
        std::env::var("CI").is_err(),
        "{what} is needed here (make test installs it)"
    );
    eprintln!("SKIPPED: {what} is not installed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_protected_archive_opens_with_its_password_only() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("protected.zip");
    let mut req = request(
        &server,
        0,
        Scope::Runs {
            run_ids: client_runs(&server, 0, "contoso-regression"),
        },
        archive.clone(),
    );
    req.options.password = Some(password(PASSPHRASE));
    req.options.subject = Some("Contoso Ltd".into());
    let (result, _) = run(req).await;
    let summary = result.unwrap();
    assert!(summary.protected);

    // Every entry is encrypted, but the note on how to open it, which names no one.
    let entries = encryption(&archive);
    assert!(entries.len() > 10, "{entries:?}");
    for (name, encrypted) in &entries {
        assert_eq!(*encrypted, name != HOW_TO_OPEN, "{name}");
    }
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&archive).unwrap()).unwrap();
    let mut note = String::new();
    std::io::Read::read_to_string(&mut zip.by_name(HOW_TO_OPEN).unwrap(), &mut note).unwrap();
    assert!(note.contains("7-Zip") && note.contains("Keka"), "{note}");
    let lower = note.to_lowercase();
    for personal in ["contoso", "fieldmate", "northwind", "alex"] {
        assert!(!lower.contains(personal), "{personal} in {HOW_TO_OPEN}");
    }
    for run_id in client_runs(&server, 0, "contoso-regression") {
        assert!(!note.contains(&run_id));
    }
    // It says what the password does not hide; so does the manifest.
    assert!(
        note.replace("\r\n", " ").contains(
            "As in any zip archive, the names of the files, their sizes and their dates can be \
             read without the password."
        ),
        "{note}"
    );
    let mut manifest = String::new();
    std::io::Read::read_to_string(
        &mut zip
            .by_name_decrypt("manifest.json", PASSPHRASE.as_bytes())
            .unwrap(),
        &mut manifest,
    )
    .unwrap();
    let manifest: serde_json::Value = serde_json::from_str(&manifest).unwrap();
    let said = manifest["options"]["encryption"].as_str().unwrap();
    assert!(
        said.contains("AE-2") && said.contains("names, sizes and dates are not encrypted"),
        "{said}"
    );

    // `verify` needs the password, and the right one.
    assert!(matches!(
        verify(&archive),
        Err(VerifyError::PasswordNeeded { .. })
    ));
    assert!(matches!(
        verify_with(&archive, Some(&password("another passphrase"))),
        Err(VerifyError::WrongPassword { .. })
    ));
    let report = verify_with(&archive, Some(&password(PASSPHRASE))).unwrap();
    assert!(report.is_ok(), "{report:?}");
    assert_eq!(
        report.entries_ok,
        entries.len() - 1,
        "all but manifest.json"
    );
    assert_eq!(format!("{:?}", password(PASSPHRASE)), "Password(redacted)");

    // Every encrypted entry is AE-2: no CRC-32 of its plain text, in either place.
    let bytes = std::fs::read(&archive).unwrap();
    assert_eq!(assert_ae2_throughout(&bytes), entries.len() - 1);

    tools_open_it_with_the_password_only(&archive, PASSPHRASE, entries.len());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stopped_protected_export_is_ae2_at_its_checkpoint_and_when_continued() {
    let server = server().await;
    let scope = Scope::Runs {
        run_ids: client_runs(&server, 0, "contoso-regression"),
    };
    let dir = tempfile::tempdir().unwrap();
    let mut req = staged_request(&server, scope.clone(), dir.path());
    req.options.password = Some(password(PASSPHRASE));
    stopped(&server, req, 10).await;

    // The zip a later run restores: the entries up to the checkpoint, then its saved directory.
    let staged = dir.path().join("staging");
    let checkpoint: serde_json::Value =
        serde_json::from_slice(&std::fs::read(staged.join("checkpoint.json")).unwrap()).unwrap();
    let cd_offset = usize::try_from(checkpoint["cd_offset"].as_u64().unwrap()).unwrap();
    let mut restored = std::fs::read(staged.join("archive.partial")).unwrap();
    restored.truncate(cd_offset);
    restored.extend(std::fs::read(staged.join("checkpoint.cd")).unwrap());
    let at_checkpoint = assert_ae2_throughout(&restored);
    assert!(
        at_checkpoint >= 10,
        "ten files and the records: {at_checkpoint}"
    );

    // Continued, the entries it restored and those it adds are AE-2 alike.
    server.controls().storage_recovers();
    let mut req = request(&server, 0, scope, dir.path().join("out.zip"));
    req.staging = Some(staging(dir.path()));
    req.options.password = Some(password(PASSPHRASE));
    let (result, _) = run(req).await;
    assert!(result.unwrap().resumed_from.is_some());
    let archive = dir.path().join("out.zip");
    let entries = encryption(&archive).len();
    let bytes = std::fs::read(&archive).unwrap();
    assert_eq!(assert_ae2_throughout(&bytes), entries - 1);
    assert!(entries - 1 > at_checkpoint, "more were added: {entries}");
    let report = verify_with(&archive, Some(&password(PASSPHRASE))).unwrap();
    assert!(report.is_ok(), "{report:?}");
    tools_open_it_with_the_password_only(&archive, PASSPHRASE, entries);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stopped_export_continues_only_as_protected_as_it_was_begun() {
    let server = server().await;
    let scope = Scope::Runs {
        run_ids: client_runs(&server, 0, "contoso-regression"),
    };
    // (the first run's password, the second run's, whether the zip must be begun anew)
    let cases = [
        (Some(PASSPHRASE), Some(PASSPHRASE), false),
        (Some(PASSPHRASE), Some("a different passphrase"), true),
        (None, Some(PASSPHRASE), true),
    ];
    let mut fetched = Vec::new();
    for (first, second, anew) in cases {
        let dir = tempfile::tempdir().unwrap();
        let mut req = staged_request(&server, scope.clone(), dir.path());
        req.options.password = first.map(password);
        stopped(&server, req, 10).await;
        assert!(dir.path().join("staging/checkpoint.json").exists());
        server.controls().storage_recovers();
        server.controls().clear_requests();
        let mut req = request(&server, 0, scope.clone(), dir.path().join("out.zip"));
        req.staging = Some(staging(dir.path()));
        req.options.password = second.map(password);
        let (result, _) = run(req).await;
        let summary = result.unwrap();
        assert!(summary.resumed_from.is_some());
        // Begun anew is said, never silent.
        assert_eq!(
            summary.begun_anew,
            anew.then_some(act_engine::BegunAnew::OtherPassword),
            "{first:?} then {second:?}"
        );
        let archive = dir.path().join("out.zip");
        // Whatever happened, the archive is protected as the second run asked, every entry.
        for (name, encrypted) in encryption(&archive) {
            assert_eq!(encrypted, second.is_some() && name != HOW_TO_OPEN, "{name}");
        }
        let report = verify_with(&archive, second.map(password).as_ref()).unwrap();
        assert!(report.is_ok(), "{report:?}");
        if let (Some(first), Some(second)) = (first, second) {
            if first != second {
                assert!(matches!(
                    verify_with(&archive, Some(&password(first))),
                    Err(VerifyError::WrongPassword { .. })
                ));
            }
        }
        fetched.push(
            server
                .controls()
                .requests()
                .iter()
                .filter(|r| r.origin == act_sample_server::Origin::Storage)
                .count(),
        );
    }
    // Continued with the same password, the files already in the zip are not fetched again;
    // otherwise the zip cannot be kept (its entries are not what this run asks for): it is
    // begun anew, and the files it had are fetched again.
    for (i, (_, _, anew)) in cases.iter().enumerate().skip(1) {
        assert_eq!(fetched[i] > fetched[0], *anew, "files fetched: {fetched:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_protected_export_is_not_continued_without_its_password() {
    let server = server().await;
    // The storage is gone from the start: the plan is written, no file arrives.
    server.controls().add_fault(act_sample_server::Fault::new(
        act_sample_server::Target::Origin(act_sample_server::Origin::Storage),
        act_sample_server::FaultKind::Status(503),
        u32::MAX,
    ));
    let scope = Scope::Runs {
        run_ids: client_runs(&server, 0, "contoso-regression"),
    };
    let dir = tempfile::tempdir().unwrap();
    let mut req = request(&server, 0, scope.clone(), dir.path().join("out.zip"));
    req.staging = Some(staging(dir.path()));
    req.options.password = Some(password(PASSPHRASE));
    let (result, _) = run(req).await;
    let failure = result.unwrap_err();
    assert!(failure.resumable, "{failure}");
    server.controls().update(|s| s.faults.clear());
    let plan = std::fs::read(dir.path().join("staging/plan.json")).unwrap();

    // Continued without a password, the rest would be written in the clear: refused, and the
    // unfinished export is left exactly as it was.
    let mut req = request(&server, 0, scope.clone(), dir.path().join("out.zip"));
    req.staging = Some(staging(dir.path()));
    let (result, _) = run(req).await;
    let failure = result.unwrap_err();
    assert_eq!(failure.code(), "password_needed", "{failure}");
    assert!(!failure.resumable, "not this run's to continue");
    assert_eq!(
        std::fs::read(dir.path().join("staging/plan.json")).unwrap(),
        plan
    );
    assert!(!dir.path().join("out.zip").exists());

    // Started over on purpose, it is a new, unprotected export.
    let mut req = request(&server, 0, scope, dir.path().join("out.zip"));
    req.staging = Some(Staging {
        restart: true,
        ..staging(dir.path())
    });
    let (result, _) = run(req).await;
    let summary = result.unwrap();
    assert!(!summary.protected && summary.resumed_from.is_none());
}
