//! An export as both hosts run it through the desk: the request looked up before the service
//! is asked anything, the start and the end journaled, the archive saved in place recorded, and
//! whether a failure can continue said by the engine (the plan records the request and whether
//! the archive is protected: no side-car file, no host looking for `plan.json`).

use std::sync::Arc;

use act_desk::{Desk, DeskError, ExportJob};
use act_engine::lang::Lang;
use act_engine::{Password, Scope, Staging};
use act_sample_server::{Fault, FaultKind, Origin, SampleServer, Target};
use act_test_support::{client_runs, server};
use tokio_util::sync::CancellationToken;

use crate::{berlin_desk, kinds, open};

/// The Contoso runs of FieldMate for Android into `out`, staged beside it.
fn job(server: &SampleServer, out: &std::path::Path, reference: Option<&str>) -> ExportJob {
    let runs = client_runs(server, 0, "contoso-regression");
    let mut request =
        act_test_support::request(server, 0, Scope::Runs { run_ids: runs }, out.to_path_buf());
    request.staging = Some(Staging {
        dir: out.with_extension("staging"),
        service: "the sample server".into(),
        restart: false,
        resume_only: false,
    });
    ExportJob {
        request,
        reference: reference.map(str::to_string),
        journaled: reference.is_some(),
        letter: Some(Default::default()),
        lang: None,
        saved_in_place: true,
    }
}

async fn export(desk: &Desk, job: ExportJob) -> Result<act_desk::Exported, DeskError> {
    desk.export(
        job,
        Arc::new(|_: &act_engine::Progress| {}),
        CancellationToken::new(),
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_export_for_a_request_is_journaled_from_start_to_saved() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let (desk, _) = berlin_desk(dir.path());
    open(&desk, "DSR-1042");
    let out = dir.path().join("contoso.zip");
    let done = export(&desk, job(&server, &out, Some("dsr-1042")))
        .await
        .unwrap();
    assert_eq!(
        done.reference.as_deref(),
        Some("DSR-1042"),
        "as the journal spells it"
    );
    assert!(done.journal_problem.is_none());
    assert_eq!(
        kinds(&desk),
        ["case_opened", "export_started", "export_completed", "saved"]
    );
    let (case, events) = desk.history("DSR-1042").unwrap();
    assert_eq!(case.exports, 1);
    assert_eq!(case.copies.len(), 1);
    assert_eq!(case.copies[0].archive_sha256, done.summary.sha256);
    // The archive holds the journal's head as it was when the export began, and its letter
    // names the request.
    let head = act_engine::journal_head(&out).unwrap().unwrap();
    assert_eq!(head.case.as_deref(), Some("DSR-1042"));
    assert_eq!(head.hash, events[1].hash);
    assert!(desk.verify_against(&head).unwrap().is_ok());
}

/// A request to be answered in French gets a French letter and a manifest that says so, and
/// its README and note on how to open it are named in French; the language asked for an export
/// (the command line's `--lang`) comes before the request's.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_answer_is_written_in_the_request_s_language() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let (desk, _) = berlin_desk(dir.path());
    desk.open_request(act_desk::NewRequest {
        reference: "DSR-1042".into(),
        subject: "Contoso SA".into(),
        right: act_journal::Right::Access,
        received: "2026-11-27".into(),
        language: Some(Lang::Fr),
    })
    .unwrap();
    let case = desk.case("DSR-1042").unwrap();
    assert_eq!(act_desk::answer_language(&case), Some(Lang::Fr));

    // The README, named `readme_name` (the manifest's entry of kind `readme`).
    let answer = |out: &std::path::Path, readme_name: &str| {
        let archive = act_test_support::read_zip(out);
        let text = |name: &str| String::from_utf8(archive[name].clone()).unwrap();
        let manifest: serde_json::Value = serde_json::from_str(&text("manifest.json")).unwrap();
        let readme_entry = manifest["entries"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["kind"] == "readme")
            .unwrap();
        assert_eq!(readme_entry["path"], readme_name);
        (unescaped(&text(readme_name)), manifest["language"].clone())
    };
    // Protected, so that HOW-TO-OPEN.txt is there too (COMMENT-OUVRIR.txt in French).
    let french = dir.path().join("fr.zip");
    let mut protected = job(&server, &french, Some("DSR-1042"));
    protected.request.options.password = Some(Password::new("correct horse battery").unwrap());
    let done = export(&desk, protected).await.unwrap();
    assert_eq!(done.summary.readme, "LISEZMOI.html");
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&french).unwrap()).unwrap();
    let mut top: Vec<String> = zip
        .file_names()
        .map(|n| n.unwrap().into_owned())
        .filter(|n| !n.contains('/'))
        .collect();
    top.sort_unstable();
    assert_eq!(
        top,
        ["COMMENT-OUVRIR.txt", "LISEZMOI.html", "manifest.json"]
    );
    let mut how = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("COMMENT-OUVRIR.txt").unwrap(), &mut how)
        .unwrap();
    assert!(
        how.starts_with(
            "Cette archive est protégée par un mot de passe (chiffrement AES-256).\r\n"
        ),
        "{how}"
    );
    assert!(how.contains("commencez par LISEZMOI.html"), "{how}");
    let mut readme = String::new();
    std::io::Read::read_to_string(
        &mut zip
            .by_name_decrypt("LISEZMOI.html", b"correct horse battery")
            .unwrap(),
        &mut readme,
    )
    .unwrap();
    assert!(
        readme.starts_with("<!doctype html>\n<html lang=\"fr\">"),
        "{readme}"
    );
    for french in [
        "Votre demande nous est parvenue le vendredi 27 novembre 2026.",
        "RGPD",
        "<h1>Vos données App Center Test</h1>",
        "<h2>Contenu de cette archive</h2>",
    ] {
        assert!(unescaped(&readme).contains(french), "{french}");
    }
    for english in [
        "This archive holds",
        "It was made on",
        "It covers",
        "It contains",
        "What is in this archive",
        "What was left out",
        "How to check",
        "<th>Date</th>",
        "Our reference",
    ] {
        assert!(
            !unescaped(&readme).contains(english),
            "{english} in {readme}"
        );
    }

    let german = dir.path().join("de.zip");
    let mut asked = job(&server, &german, Some("DSR-1042"));
    asked.lang = Some(Lang::De);
    export(&desk, asked).await.unwrap();
    let (readme, language) = answer(&german, "LIESMICH.html");
    assert_eq!(language, "de");
    assert!(readme.contains("Ihr Antrag ist am Freitag, 27. November 2026 bei uns eingegangen."));

    // The language is the request's, recorded in its history.
    desk.set_language("DSR-1042", Lang::Pl).unwrap();
    desk.set_language("DSR-1042", Lang::Pl).unwrap();
    let (_, events) = desk.history("DSR-1042").unwrap();
    let said: Vec<String> = events
        .iter()
        .filter(|e| e.event.name() == "answer_language")
        .map(|e| e.event.describe())
        .collect();
    assert_eq!(
        said,
        ["To be answered in Français", "To be answered in Polski"]
    );
}

/// The letter takes the organisation's texts of the answer's language: those saved for French
/// in a French request's archive, the general profile (as a German letter has it) in a German
/// request's; the preview takes them by the same rule.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_letter_takes_the_texts_of_the_answer_s_language() {
    use act_engine::letter::{ControllerProfile, Field, Profiles};
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let (desk, _) = berlin_desk(dir.path());
    for (reference, lang) in [("DSR-1042", Lang::Fr), ("DSR-1043", Lang::De)] {
        desk.open_request(act_desk::NewRequest {
            reference: reference.into(),
            subject: "Contoso".into(),
            right: act_journal::Right::Access,
            received: "2026-11-27".into(),
            language: Some(lang),
        })
        .unwrap();
    }
    let mut profiles = Profiles::from(ControllerProfile {
        controller: "Northwind QA".into(),
        ..ControllerProfile::default()
    });
    profiles.languages.insert(
        Lang::Fr,
        [
            (
                Field::Purposes,
                "Pour tester nos applications mobiles.".into(),
            ),
            (
                Field::Signature,
                "Le délégué à la protection des données".into(),
            ),
        ]
        .into(),
    );
    // README.html, whatever its name in the language of the answer: the one page at the top.
    let readme = |out: &std::path::Path| {
        let archive = act_test_support::read_zip(out);
        let (_, page) = archive
            .iter()
            .find(|(name, _)| !name.contains('/') && name.ends_with(".html"))
            .unwrap();
        unescaped(&String::from_utf8(page.clone()).unwrap())
    };
    let french_out = dir.path().join("fr.zip");
    let mut french = job(&server, &french_out, Some("DSR-1042"));
    french.letter = Some(profiles.clone());
    export(&desk, french).await.unwrap();
    let french = readme(&french_out);
    for needed in [
        "Pour tester nos applications mobiles.",
        "Le délégué à la protection des données",
        "Northwind QA",
        ControllerProfile::suggested(Lang::Fr).categories.as_str(),
    ] {
        assert!(french.contains(needed), "{needed} not in {french}");
    }
    let french_suggestion = ControllerProfile::suggested(Lang::Fr).purposes;
    assert!(!french.contains(&french_suggestion), "{french}");

    let german_out = dir.path().join("de.zip");
    let mut german = job(&server, &german_out, Some("DSR-1043"));
    german.letter = Some(profiles.clone());
    export(&desk, german).await.unwrap();
    let german = readme(&german_out);
    let suggested = ControllerProfile::suggested(Lang::De);
    for needed in ["Northwind QA", &suggested.purposes, &suggested.signature] {
        assert!(german.contains(needed), "{needed} not in {german}");
    }
    for french in ["Pour tester", "Le délégué"] {
        assert!(!german.contains(french), "{french} in {german}");
    }

    // The preview: the same texts, by the request's language.
    let (letter, lang) = desk.letter(&profiles, Some("DSR-1042")).unwrap();
    assert_eq!(lang, Lang::Fr);
    assert_eq!(letter.profile, profiles.for_language(Lang::Fr));
    let (letter, lang) = desk.letter(&profiles, Some("DSR-1043")).unwrap();
    assert_eq!(lang, Lang::De);
    assert_eq!(letter.profile.purposes, suggested.purposes);
}

/// README.html's text with the entities a page escapes read back.
fn unescaped(html: &str) -> String {
    [
        ("&#39;", "'"),
        ("&#x27;", "'"),
        ("&apos;", "'"),
        ("&#34;", "\""),
        ("&#x22;", "\""),
        ("&quot;", "\""),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&amp;", "&"),
    ]
    .iter()
    .fold(html.to_string(), |text, (entity, plain)| {
        text.replace(entity, plain)
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_reviewer_reads_the_archive_s_letter_and_ledger_in_the_journal() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let (desk, _) = berlin_desk(dir.path());
    open(&desk, "DSR-1042");
    let out = dir.path().join("contoso.zip");
    export(&desk, job(&server, &out, Some("DSR-1042")))
        .await
        .unwrap();
    let papers = desk
        .approval("DSR-1042")
        .unwrap()
        .expect("a finished export")
        .papers
        .expect("the export recorded its papers");
    let archive = act_test_support::read_zip(&out);
    let text = |name: &str| String::from_utf8(archive[name].clone()).unwrap();
    // The letter is the one that opens README.html, part for part.
    let readme = unescaped(&text("README.html"));
    assert!(papers.letter.len() > 5, "{:?}", papers.letter);
    for part in &papers.letter {
        let text = match part {
            act_engine::letter::Part::Heading { text }
            | act_engine::letter::Part::Paragraph { text } => text,
            act_engine::letter::Part::Item { term, text } => {
                assert!(readme.contains(term.as_str()), "{term}");
                text
            }
        };
        assert!(readme.contains(text.as_str()), "README.html lacks: {text}");
    }
    assert!(
        papers.letter.iter().any(|p| matches!(p,
            act_engine::letter::Part::Paragraph { text } if text.contains("other test runs"))),
        "the letter says records of others were left out: {:?}",
        papers.letter
    );
    // The ledger is the manifest's account, endpoint for endpoint.
    let manifest: serde_json::Value = serde_json::from_str(&text("manifest.json")).unwrap();
    let apps = manifest["apps"].as_array().unwrap();
    assert_eq!(papers.apps.len(), apps.len());
    for (app, section) in papers.apps.iter().zip(apps) {
        assert_eq!(
            app.app,
            format!(
                "{}/{}",
                section["owner"].as_str().unwrap(),
                section["name"].as_str().unwrap()
            )
        );
        let records = section["reconciliation"]["records"].as_array().unwrap();
        assert_eq!(app.records.len(), records.len());
        for (mine, theirs) in app.records.iter().zip(records) {
            assert_eq!(mine.endpoint, theirs["endpoint"].as_str().unwrap());
            assert_eq!(mine.received, theirs["received"].as_u64().unwrap());
            assert_eq!(mine.kept, theirs["kept"].as_u64().unwrap());
            assert_eq!(mine.excluded, theirs["excluded"].as_u64().unwrap());
        }
        assert_eq!(app.runs, section["runs"].as_array().unwrap().len() as u64);
    }
    let excluded: u64 = papers
        .apps
        .iter()
        .flat_map(|a| &a.records)
        .map(|r| r.excluded)
        .sum();
    assert!(excluded > 0, "the sample app holds other clients' records");
    // Counts and words, never a record: no test run's id is in the papers.
    let recorded = serde_json::to_string(&papers).unwrap();
    for run in client_runs(&server, 0, "contoso-regression") {
        assert!(!recorded.contains(&run), "the papers name run {run}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_not_in_the_journal_is_refused_before_the_service_is_asked() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let (desk, _) = berlin_desk(dir.path());
    let out = dir.path().join("contoso.zip");
    let error = export(&desk, job(&server, &out, Some("DSR-404")))
        .await
        .unwrap_err();
    assert_eq!(error.code(), "case_not_found", "{error}");
    assert!(server.controls().requests().is_empty());
    assert!(kinds(&desk).is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stopped_export_says_it_can_continue_and_continues_for_its_request() {
    let server = server().await;
    // The storage answers 503 from the start: the plan is written, no file arrives.
    server.controls().add_fault(Fault::new(
        Target::Origin(Origin::Storage),
        FaultKind::Status(503),
        u32::MAX,
    ));
    let dir = tempfile::tempdir().unwrap();
    let (desk, _) = berlin_desk(dir.path());
    open(&desk, "DSR-1042");
    let out = dir.path().join("contoso.zip");
    let error = export(&desk, job(&server, &out, Some("DSR-1042")))
        .await
        .unwrap_err();
    let DeskError::Export(failure) = &error else {
        panic!("{error:?}")
    };
    assert!(failure.resumable, "the engine kept what it did");
    assert_eq!(error.code(), "server");
    // The plan records which request it answers: the app lists it with its reference.
    let unfinished = act_engine::staging::unfinished(dir.path());
    assert_eq!(unfinished.len(), 1);
    assert_eq!(
        unfinished[0].identity.reference.as_deref(),
        Some("DSR-1042")
    );
    assert!(!unfinished[0].protected);
    assert!(std::fs::read_dir(dir.path())
        .unwrap()
        .all(|e| e.unwrap().path().extension() != Some("request".as_ref())));

    // The same export for another request is another export: refused, the first left alone.
    open(&desk, "DSR-2000");
    let other = export(&desk, job(&server, &out, Some("DSR-2000")))
        .await
        .unwrap_err();
    assert_eq!(other.code(), "unfinished_differs", "{other}");
    assert!(
        other.to_string().contains("another request (DSR-1042)"),
        "{other}"
    );
    let DeskError::Export(failure) = &other else {
        panic!("{other:?}")
    };
    assert!(!failure.resumable, "not this export's to continue");

    server.controls().update(|s| s.faults.clear());
    let done = export(&desk, job(&server, &out, Some("DSR-1042")))
        .await
        .unwrap();
    assert!(done.summary.resumed_from.is_some());
    assert!(act_engine::staging::unfinished(dir.path()).is_empty());
    let (_, events) = desk.history("DSR-1042").unwrap();
    let names: Vec<_> = events.iter().map(|e| e.event.name()).collect();
    assert_eq!(
        names,
        [
            "case_opened",
            "export_started",
            "export_failed",
            "export_started",
            "export_completed",
            "saved"
        ]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_protected_unfinished_export_continues_only_with_a_password() {
    let server = server().await;
    server.controls().add_fault(Fault::new(
        Target::Origin(Origin::Storage),
        FaultKind::Status(503),
        u32::MAX,
    ));
    let dir = tempfile::tempdir().unwrap();
    let (desk, _) = berlin_desk(dir.path());
    let out = dir.path().join("contoso.zip");
    let password = Password::new("correct horse battery staple").unwrap();
    let mut protected = job(&server, &out, None);
    protected.request.options.password = Some(password.clone());
    let error = export(&desk, protected).await.unwrap_err();
    assert_eq!(error.code(), "server");
    assert!(act_engine::staging::unfinished(dir.path())[0].protected);

    // Without its password it is refused, and left as it was: not begun anew unprotected.
    server.controls().update(|s| s.faults.clear());
    let error = export(&desk, job(&server, &out, None)).await.unwrap_err();
    assert_eq!(error.code(), "password_needed", "{error}");
    assert!(!out.exists());
    assert_eq!(act_engine::staging::unfinished(dir.path()).len(), 1);

    let mut protected = job(&server, &out, None);
    protected.request.options.password = Some(password.clone());
    let done = export(&desk, protected).await.unwrap();
    assert!(done.summary.protected);
    assert!(done.summary.resumed_from.is_some());
    assert!(act_engine::verify_with(&out, Some(&password))
        .unwrap()
        .is_ok());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_export_without_a_request_is_not_journaled_unless_asked() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let (desk, _) = berlin_desk(dir.path());
    export(&desk, job(&server, &dir.path().join("a.zip"), None))
        .await
        .unwrap();
    assert!(kinds(&desk).is_empty());
    let mut journaled = job(&server, &dir.path().join("b.zip"), None);
    journaled.journaled = true;
    journaled.saved_in_place = false;
    export(&desk, journaled).await.unwrap();
    assert_eq!(kinds(&desk), ["export_started", "export_completed"]);
    assert!(desk.events().unwrap().iter().all(|e| e.case.is_none()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_export_of_nothing_is_refused_before_anything_is_journaled() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let (desk, _) = berlin_desk(dir.path());
    open(&desk, "DSR-1042");
    let mut nothing = job(&server, &dir.path().join("a.zip"), Some("DSR-1042"));
    nothing.request.apps[0].scope = Scope::Runs {
        run_ids: Vec::new(),
    };
    let error = export(&desk, nothing).await.unwrap_err();
    assert_eq!(error.code(), "nothing_selected", "{error}");
    assert_eq!(kinds(&desk), ["case_opened"]);
    assert!(server.controls().requests().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_archive_names_its_journal_and_the_witness_sees_the_export_to_its_end() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let (desk, _) = berlin_desk(dir.path());
    open(&desk, "DSR-1042");
    let out = dir.path().join("contoso.zip");
    export(&desk, job(&server, &out, Some("DSR-1042")))
        .await
        .unwrap();
    let journal = act_journal::Journal::open(desk.journal_path().unwrap()).unwrap();
    let id = journal.identity().unwrap().unwrap().id;
    let last = journal.head().unwrap().unwrap();
    drop(journal);
    // The manifest's head names the journal it was taken of...
    let head = act_engine::journal_head(&out).unwrap().unwrap();
    assert_eq!(head.id.as_deref(), Some(id.as_str()));
    assert!(desk.verify_against(&head).unwrap().is_ok());
    // ...so that another journal, even one holding an event with that hash, is told apart.
    let mut elsewhere = head.clone();
    elsewhere.id = Some("0123456789abcdef0123456789abcdef".into());
    let problem = desk.verify_against(&elsewhere).unwrap().problem.unwrap();
    assert_eq!(problem.finding, act_journal::Finding::Replaced);
    assert_eq!(
        problem.what,
        "is not the journal the archive was made with: its identity differs"
    );
    // An archive made before journals had an identity still checks by its head alone.
    let before: act_engine::JournalHead =
        serde_json::from_value(serde_json::json!({"events": head.events, "hash": head.hash}))
            .unwrap();
    assert_eq!(before.id, None);
    assert!(desk.verify_against(&before).unwrap().is_ok());
    // The archive can only hold the head at the export's start; what came after (completed,
    // saved) is anchored by the witness, outside the journal.
    let witnessed = desk
        .witness()
        .read(desk.journal_path().unwrap())
        .unwrap()
        .unwrap();
    assert_eq!(
        (witnessed.events, witnessed.hash.as_str()),
        (4, last.hash.as_str())
    );
    assert_eq!(
        kinds(&desk),
        ["case_opened", "export_started", "export_completed", "saved"]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cancelled_export_is_journaled_as_cancelled_and_leaves_nothing() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let (desk, _) = berlin_desk(dir.path());
    open(&desk, "DSR-1042");
    // The third file is held for ever: the export ends only because it is cancelled.
    server
        .controls()
        .hold(act_sample_server::Hold::storage_file(3));
    let out = dir.path().join("contoso.zip");
    let cancel = CancellationToken::new();
    let running = {
        let (desk, job, cancel) = (
            desk.clone(),
            job(&server, &out, Some("DSR-1042")),
            cancel.clone(),
        );
        tokio::spawn(async move {
            desk.export(job, Arc::new(|_: &act_engine::Progress| {}), cancel)
                .await
        })
    };
    act_test_support::until("the third file is held", server.controls().held()).await;
    cancel.cancel();
    let error = act_test_support::until("the export ends", running)
        .await
        .unwrap()
        .unwrap_err();
    server.controls().release();
    let DeskError::Export(failure) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(failure.code(), "cancelled");
    assert!(!failure.resumable);
    assert_eq!(
        kinds(&desk),
        ["case_opened", "export_started", "export_cancelled"]
    );
    assert!(!out.exists());
    assert!(act_engine::staging::unfinished(dir.path()).is_empty());
}
