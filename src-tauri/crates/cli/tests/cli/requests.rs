//! The officer's record of each request on the command line: opened, exported for, delivered
//! and closed, with its journal.

use act_sample_server::SAMPLE_TOKEN;

use crate::{act, days_ago, offline, server};

#[tokio::test]
async fn a_request_from_opening_to_delivery_with_its_journal() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.sqlite");
    let j = journal.to_str().unwrap();
    let received = days_ago(3);
    // --journal before the subcommand...
    let run = act(
        None,
        None,
        &[
            "--journal",
            j,
            "case",
            "new",
            "DSR-1",
            "--subject",
            "Contoso Ltd",
            "--received",
            &received,
        ],
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("Opened request DSR-1: data of Contoso Ltd, right of access (Art. 15)."),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("Public holidays are not counted"),
        "{}",
        run.stdout
    );
    // ...or after it (as `offline` puts it). The same reference again is refused.
    let run = offline(
        &[
            "case",
            "new",
            "dsr-1",
            "--subject",
            "X",
            "--received",
            &received,
        ],
        j,
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("already a request with the reference"),
        "{}",
        run.stderr
    );
    let run = offline(
        &[
            "case",
            "new",
            "DSR-2",
            "--subject",
            "X",
            "--received",
            "2026-02-30",
        ],
        j,
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 2);
    assert!(
        run.stderr.contains("is not a date: write it as YYYY-MM-DD"),
        "{}",
        run.stderr
    );

    // An export that answers it: journaled, and the archive keeps the journal's head; its
    // README opens with a letter from the controller's profile (fields left out: defaults).
    let out = dir.path().join("dsr-1.zip");
    let profile = dir.path().join("profile.json");
    std::fs::write(
        &profile,
        r#"{"controller": "Northwind QA Ltd", "contact": "privacy@northwind.example"}"#,
    )
    .unwrap();
    let run = act(
        Some(&server),
        Some(SAMPLE_TOKEN),
        &[
            "export",
            "northwind-qa/fieldmate-android",
            "--all-runs",
            "--out",
            out.to_str().unwrap(),
            "--case",
            "DSR-1",
            "--journal",
            j,
            "--letter",
            profile.to_str().unwrap(),
        ],
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    let (manifest, readme): (serde_json::Value, String) = {
        let file = std::fs::File::open(&out).unwrap();
        let mut zip = zip::ZipArchive::new(file).unwrap();
        let manifest = serde_json::from_reader(zip.by_name("manifest.json").unwrap()).unwrap();
        let mut readme = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("README.html").unwrap(), &mut readme)
            .unwrap();
        (manifest, readme)
    };
    for text in [
        "Our reference: DSR-1.",
        "You asked Northwind QA Ltd for a copy",
        "contact privacy@northwind.example.",
        "Why we hold it",
    ] {
        assert!(readme.contains(text), "{text}");
    }
    assert_eq!(manifest["journal"]["events"], 2, "{}", manifest["journal"]);
    assert_eq!(manifest["journal"]["case"], "DSR-1");
    // An unknown request: nothing is exported.
    let run = act(
        Some(&server),
        Some(SAMPLE_TOKEN),
        &[
            "export",
            "northwind-qa/fieldmate-android",
            "--all-runs",
            "--out",
            "other.zip",
            "--case",
            "DSR-9",
            "--journal",
            j,
        ],
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 4, "{}", run.stderr);
    assert!(!dir.path().join("other.zip").exists());

    let run = offline(
        &[
            "case",
            "deliver",
            "DSR-1",
            "--channel",
            "email",
            "--recipient",
            "privacy@contoso.example",
            "--password-sent",
            "by phone",
        ],
        j,
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(run.stdout.contains("answered on time"), "{}", run.stdout);
    let run = offline(&["case", "list"], j, dir.path()).await;
    assert!(
        run.stdout.contains("DSR-1") && run.stdout.contains("answered on time"),
        "{}",
        run.stdout
    );
    let run = offline(&["case", "show", "DSR-1"], j, dir.path()).await;
    for what in [
        "Request opened",
        "Export started",
        "Export completed",
        "Archive saved to",
        "Delivered by email to privacy@contoso.example",
        "password sent by phone",
    ] {
        assert!(run.stdout.contains(what), "{what} in {}", run.stdout);
    }
    // Who exported, and where the archive is, in full.
    assert!(!run.stdout.contains("by unknown)"), "{}", run.stdout);
    assert!(
        run.stdout.contains(&format!(
            "Archive saved to {}",
            out.canonicalize().unwrap().display()
        )),
        "{}",
        run.stdout
    );
    assert!(
        !run.stdout.contains(SAMPLE_TOKEN)
            && !std::fs::read(&journal)
                .unwrap()
                .windows(SAMPLE_TOKEN.len())
                .any(|w| w == SAMPLE_TOKEN.as_bytes()),
        "the token is never journaled"
    );

    // Intact, also against what the archive kept.
    let run = offline(&["journal", "verify"], j, dir.path()).await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(run.stdout.contains("is intact: 5 events"), "{}", run.stdout);
    let run = offline(
        &["journal", "verify", "--archive", out.to_str().unwrap()],
        j,
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stdout);
    assert!(
        run.stdout.contains("still holds everything"),
        "{}",
        run.stdout
    );

    // CSV: a byte-order mark, a header and one row per event.
    let csv = dir.path().join("journal.csv");
    let run = offline(
        &["journal", "export", "--csv", csv.to_str().unwrap()],
        j,
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with('\u{feff}'));
    assert_eq!(text.trim_end().split("\r\n").count(), 1 + 5);

    // Cut short after the archive was made: the journal alone still chains, the archive
    // says it was longer.
    {
        let conn = rusqlite::Connection::open(&journal).unwrap();
        conn.execute_batch("DROP TRIGGER events_no_delete; DELETE FROM events WHERE seq >= 2;")
            .unwrap();
    }
    let run = offline(
        &["journal", "verify", "--archive", out.to_str().unwrap()],
        j,
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 6, "{}", run.stdout);
    assert!(
        run.stdout.contains("does not match at event 2"),
        "{}",
        run.stdout
    );
    // An edited event is named.
    {
        let conn = rusqlite::Connection::open(&journal).unwrap();
        conn.execute_batch("DROP TRIGGER events_no_update; UPDATE events SET body = replace(body, 'Contoso', 'Fabrikam') WHERE seq = 1;").unwrap();
    }
    let run = offline(&["journal", "verify"], j, dir.path()).await;
    assert_eq!(run.status, 6, "{}", run.stdout);
    assert!(
        run.stdout
            .contains("does not match at event 1: event 1 was changed after it was written"),
        "{}",
        run.stdout
    );
}

#[tokio::test]
async fn an_export_the_journal_cannot_record_says_where_its_archive_is() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.sqlite");
    let j = journal.to_str().unwrap();
    let received = days_ago(1);
    let opened = offline(
        &[
            "case",
            "new",
            "DSR-3",
            "--subject",
            "Contoso Ltd",
            "--received",
            &received,
        ],
        j,
        dir.path(),
    )
    .await;
    assert_eq!(opened.status, 0, "{}", opened.stderr);
    // The journal records the export's start, then cannot record its end (a full disk, say).
    let _refusal = act_test_support::refuse_events(&journal, &["export_completed"]);
    let out = dir.path().join("dsr-3.zip");
    let run = act(
        Some(&server),
        Some(SAMPLE_TOKEN),
        &[
            "export",
            "northwind-qa/fieldmate-android",
            "--all-runs",
            "--out",
            out.to_str().unwrap(),
            "--case",
            "DSR-3",
            "--journal",
            j,
        ],
        dir.path(),
    )
    .await;
    // Not a success (the request's record lacks the export), but the archive is kept and named.
    assert_eq!(run.status, 1, "{}", run.stderr);
    let expected = format!("The archive was saved to {} (SHA-256 ", out.display());
    assert!(run.stderr.contains(&expected), "{}", run.stderr);
    assert!(
        run.stderr.contains("but the journal could not record it"),
        "{}",
        run.stderr
    );
    let verified = act(None, None, &["verify", out.to_str().unwrap()], dir.path()).await;
    assert_eq!(verified.status, 0, "{}", verified.stderr);
}

#[tokio::test]
async fn a_journal_cut_short_deleted_or_replaced_fails_the_check_in_words() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.sqlite");
    let j = journal.to_str().unwrap();
    let received = days_ago(3);
    let run = offline(
        &[
            "case",
            "new",
            "DSR-1",
            "--subject",
            "Contoso Ltd",
            "--received",
            &received,
        ],
        j,
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    let run = offline(
        &["case", "note", "DSR-1", "Called the requester."],
        j,
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    let backup = dir.path().join("backup.sqlite");
    std::fs::copy(&journal, &backup).unwrap();
    let run = offline(
        &["case", "note", "DSR-1", "Sent the archive."],
        j,
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    let run = offline(&["journal", "verify"], j, dir.path()).await;
    assert_eq!(run.status, 0, "{}", run.stdout);

    // An older copy put back: shorter than this computer last wrote it.
    std::fs::copy(&backup, &journal).unwrap();
    let run = offline(&["journal", "verify"], j, dir.path()).await;
    assert_eq!(run.status, 6, "{}", run.stdout);
    assert!(
        run.stdout.starts_with(&format!(
            "The journal {j} is shorter than it was: it had 3 events when this computer last wrote it, on "
        )) && run
            .stdout
            .ends_with(", it now has 2: events were removed from its end.\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr.contains("Keep this journal file as it is"),
        "{}",
        run.stderr
    );

    // Deleted: neither listing the requests nor the check makes a new, empty one.
    std::fs::remove_file(&journal).unwrap();
    let run = offline(&["case", "list"], j, dir.path()).await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("No requests yet."), "{}", run.stdout);
    let run = offline(&["journal", "verify"], j, dir.path()).await;
    assert_eq!(run.status, 6, "{}", run.stdout);
    assert!(
        run.stdout.starts_with(&format!(
            "The journal {j} is missing: it had 3 events when this computer last wrote it, on "
        )),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr.contains("Put the journal back from a backup."),
        "{}",
        run.stderr
    );
    assert!(!journal.exists());

    // Another journal in its place.
    let other = dir.path().join("other.sqlite");
    let run = offline(
        &[
            "case",
            "new",
            "DSR-9",
            "--subject",
            "Fabrikam",
            "--received",
            &received,
        ],
        other.to_str().unwrap(),
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    std::fs::copy(&other, &journal).unwrap();
    let run = offline(&["journal", "verify"], j, dir.path()).await;
    assert_eq!(run.status, 6, "{}", run.stdout);
    assert!(
        run.stdout.starts_with(&format!(
            "The journal {j} is not the journal this computer wrote: its identity differs (the one this computer last wrote had 3 events, on "
        )),
        "{}",
        run.stdout
    );
}

#[tokio::test]
async fn an_auditor_sees_what_an_events_checksum_is_computed_from() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.sqlite");
    let j = journal.to_str().unwrap();
    let received = days_ago(3);
    for args in [
        vec![
            "case",
            "new",
            "DSR-1",
            "--subject",
            "Zoë \"Müller\"",
            "--received",
            &received,
        ],
        vec!["case", "note", "DSR-1", "Called back; said: \\ and \t 😀"],
    ] {
        let run = offline(&args, j, dir.path()).await;
        assert_eq!(run.status, 0, "{}", run.stderr);
    }
    let stored: Vec<(String, String)> = rusqlite::Connection::open(&journal)
        .unwrap()
        .prepare("SELECT prev, hash FROM events ORDER BY seq")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(stored.len(), 2);

    // The bytes alone: their SHA-256 is the checksum the journal holds.
    for (seq, (_, hash)) in (1..).zip(&stored) {
        let seq = seq.to_string();
        let run = offline(&["journal", "explain", &seq, "--bytes"], j, dir.path()).await;
        assert_eq!(run.status, 0, "{}", run.stderr);
        assert_eq!(&act_test_support::sha256_hex(run.stdout.as_bytes()), hash);
    }

    // In words: the previous checksum, a line feed, the event in RFC 8785.
    let run = offline(&["journal", "explain", "2"], j, dir.path()).await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    let (prev, hash) = &stored[1];
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines[0], format!("Event 2 of the journal {j}."));
    assert_eq!(lines[2], "  1. event 1's checksum:");
    assert_eq!(lines[3], format!("     {prev}"));
    assert_eq!(lines[4], "  2. a line feed");
    assert_eq!(
        lines[5],
        "  3. the event in canonical JSON (RFC 8785), in UTF-8:"
    );
    assert!(
        lines[6].starts_with(r#"     {"at":""#)
            && lines[6].ends_with(
                r#""body":{"event":"note_added","note":"Called back; said: \\ and \t 😀"},"case":"DSR-1","seq":2}"#
            ),
        "{}",
        lines[6]
    );
    assert_eq!(lines[7], format!("The SHA-256 of those bytes is {hash}."));
    assert_eq!(lines[8], "The journal holds the same checksum for event 2.");
    assert_eq!(
        lines[9],
        "To compute it yourself: act-export journal explain 2 --bytes | sha256sum"
    );

    // The first event begins with the journal's identity.
    let run = offline(&["journal", "explain", "1"], j, dir.path()).await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("  1. this journal's beginning: the SHA-256 of \"ACT Export journal\", a line feed and the journal's identity "),
        "{}",
        run.stdout
    );

    // An event that is not there.
    let run = offline(&["journal", "explain", "3"], j, dir.path()).await;
    assert_eq!(run.status, 2, "{}", run.stdout);
    assert!(
        run.stderr.contains(&format!(
            "the journal {j} has no event 3: its events are numbered 1 to 2"
        )),
        "{}",
        run.stderr
    );

    // A changed event: explained, and the command fails as the check does.
    let conn = rusqlite::Connection::open(&journal).unwrap();
    conn.execute_batch("DROP TRIGGER events_no_update;")
        .unwrap();
    conn.execute(
        "UPDATE events SET body = replace(body, 'Called back', 'Wrote back') WHERE seq = 2",
        [],
    )
    .unwrap();
    drop(conn);
    let run = offline(&["journal", "explain", "2"], j, dir.path()).await;
    assert_eq!(run.status, 6, "{}", run.stdout);
    assert!(run.stdout.contains("Wrote back"), "{}", run.stdout);
    assert!(
        run.stdout.contains(&format!(
            "The journal holds another checksum for event 2, {hash}: the event was changed after it was written."
        )),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr
            .contains("event 2 does not give the checksum the journal holds"),
        "{}",
        run.stderr
    );
}

/// A request answered in the requester's language: said when it is opened or later, shown
/// with it, and the export's letter and manifest follow it; `--lang` asks for another.
#[tokio::test]
async fn a_request_is_answered_in_its_language() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.sqlite");
    let j = journal.to_str().unwrap();
    let received = days_ago(3);
    let run = offline(
        &[
            "case",
            "new",
            "DSR-9",
            "--subject",
            "Contoso SA",
            "--received",
            &received,
            "--lang",
            "fr",
        ],
        j,
        dir.path(),
    )
    .await;
    assert_eq!(run.status, 0, "{}", run.stderr);
    let run = offline(&["case", "show", "DSR-9"], j, dir.path()).await;
    assert!(
        run.stdout.contains("To be answered in Français."),
        "{}",
        run.stdout
    );
    // A language the answer cannot be written in is refused, with the ones it can.
    let run = offline(&["case", "language", "DSR-9", "pt"], j, dir.path()).await;
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert!(run.stderr.contains("nl (Nederlands)"), "{}", run.stderr);

    let export = |out: std::path::PathBuf, lang: Option<&'static str>| {
        let server = &server;
        let dir = dir.path().to_path_buf();
        async move {
            let mut args = vec![
                "export".to_string(),
                "northwind-qa/fieldmate-android".into(),
                "--all-runs".into(),
                "--out".into(),
                out.to_str().unwrap().into(),
                "--case".into(),
                "DSR-9".into(),
                "--journal".into(),
                j.into(),
                "--letter".into(),
                dir.join("profile.json").to_str().unwrap().into(),
            ];
            if let Some(lang) = lang {
                args.extend(["--lang".to_string(), lang.to_string()]);
            }
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let run = act(Some(server), Some(SAMPLE_TOKEN), &args, &dir).await;
            assert_eq!(run.status, 0, "{}", run.stderr);
            let file = std::fs::File::open(&out).unwrap();
            let mut zip = zip::ZipArchive::new(file).unwrap();
            let manifest: serde_json::Value =
                serde_json::from_reader(zip.by_name("manifest.json").unwrap()).unwrap();
            // The README, named in the language of the answer: the entry of kind `readme`.
            let name = manifest["entries"]
                .as_array()
                .unwrap()
                .iter()
                .find(|e| e["kind"] == "readme")
                .unwrap()["path"]
                .as_str()
                .unwrap()
                .to_string();
            let mut readme = String::new();
            std::io::Read::read_to_string(&mut zip.by_name(&name).unwrap(), &mut readme).unwrap();
            (manifest["language"].clone(), (name, readme))
        }
    };
    std::fs::write(
        dir.path().join("profile.json"),
        r#"{"controller": "Northwind QA SA"}"#,
    )
    .unwrap();
    let (language, (name, readme)) = export(dir.path().join("fr.zip"), None).await;
    assert_eq!(language, "fr");
    assert_eq!(name, "LISEZMOI.html");
    assert!(
        readme.contains("<section class=\"letter\" lang=\"fr\">"),
        "{readme}"
    );
    assert!(
        readme.contains("Notre référence") && readme.contains("DSR-9."),
        "{readme}"
    );
    let (language, (name, readme)) = export(dir.path().join("nl.zip"), Some("nl")).await;
    assert_eq!(language, "nl");
    assert_eq!(name, "LEESMIJ.html");
    assert!(readme.contains("lang=\"nl\""), "{readme}");
}

/// `--letter` with texts for one language's letters: a French letter takes those, a Dutch one
/// the general profile (the suggestions in Dutch, the organisation's own texts as written); a
/// field or a language that does not exist is refused before anything is asked.
#[tokio::test]
async fn a_profile_with_texts_per_language() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let profile = dir.path().join("profile.json");
    std::fs::write(
        &profile,
        r#"{"controller": "Northwind QA SA",
            "languages": {"fr": {"purposes": "Pour tester nos applications mobiles.",
                                 "signature": "Le service juridique"},
                          "de": {}}}"#,
    )
    .unwrap();
    let letter = |lang: &'static str| {
        let server = &server;
        let dir = dir.path().to_path_buf();
        let profile = profile.clone();
        async move {
            let out = dir.join(format!("{lang}.zip"));
            let run = act(
                Some(server),
                Some(SAMPLE_TOKEN),
                &[
                    "export",
                    "northwind-qa/fieldmate-android",
                    "--all-runs",
                    "--out",
                    out.to_str().unwrap(),
                    "--letter",
                    profile.to_str().unwrap(),
                    "--lang",
                    lang,
                ],
                &dir,
            )
            .await;
            assert_eq!(run.status, 0, "{}", run.stderr);
            // README.html, whatever its name in the language of the answer: the one page at
            // the top of the archive.
            let archive = act_test_support::read_zip(&out);
            let (_, page) = archive
                .iter()
                .find(|(name, _)| !name.contains('/') && name.ends_with(".html"))
                .unwrap();
            String::from_utf8(page.clone()).unwrap()
        }
    };
    let french = letter("fr").await;
    for needed in [
        "Pour tester nos applications mobiles.",
        "Le service juridique",
        "Northwind QA SA",
    ] {
        assert!(french.contains(needed), "{needed} not in {french}");
    }
    let dutch = letter("nl").await;
    assert!(dutch.contains("Northwind QA SA"), "{dutch}");
    for french in ["Pour tester", "Le service juridique"] {
        assert!(!dutch.contains(french), "{french} in {dutch}");
    }

    // A field or a language that does not exist: refused, nothing exported.
    for (wrong, named) in [
        (
            r#"{"languages": {"fr": {"purpose": "Pour tester."}}}"#,
            "purpose",
        ),
        (
            r#"{"languages": {"pt": {"purposes": "Para testar."}}}"#,
            "pt",
        ),
    ] {
        std::fs::write(&profile, wrong).unwrap();
        let out = dir.path().join("wrong.zip");
        let run = act(
            Some(&server),
            Some(SAMPLE_TOKEN),
            &[
                "export",
                "northwind-qa/fieldmate-android",
                "--all-runs",
                "--out",
                out.to_str().unwrap(),
                "--letter",
                profile.to_str().unwrap(),
            ],
            dir.path(),
        )
        .await;
        assert_eq!(run.status, 2, "{}", run.stderr);
        assert!(
            run.stderr.contains("not a controller profile") && run.stderr.contains(named),
            "{}",
            run.stderr
        );
        assert!(!out.exists());
    }
}
