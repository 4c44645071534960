//! README.html opens with the cover letter: the letter first, then the summary; every text the
//! officer typed is escaped, and the page loads nothing from elsewhere; what was left out is
//! named, with the counts of the lists below it.

use act_engine::letter::{ControllerProfile, Letter};
use act_engine::Scope;

use crate::support::{client_runs, file_keys_of_run, manifest, read_zip, request, run, server};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_readme_opens_with_the_letter_and_escapes_the_profile() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("letter.zip");
    let mut req = request(
        &server,
        0,
        Scope::Runs {
            run_ids: client_runs(&server, 0, "contoso-regression"),
        },
        archive.clone(),
    );
    req.options.subject = Some("Contoso Ltd".into());
    req.options.letter = Some(Letter {
        profile: ControllerProfile {
            controller: "Northwind <b>QA</b> Ltd".into(),
            contact: "privacy@northwind.example <img src=https://tracker.example/p.gif>".into(),
            authority: "The \"Information\" Commissioner's Office".into(),
            ..ControllerProfile::default()
        },
        reference: Some("DSR-<7>".into()),
        received: Some(time::macros::date!(2026 - 11 - 02)),
    });
    let (result, _) = run(req).await;
    let summary = result.unwrap();
    let entries = read_zip(&archive);
    let html = String::from_utf8(entries["README.html"].clone()).unwrap();

    let letter = html
        .find("<section class=\"letter\" lang=\"en\">")
        .expect("a letter");
    let summary_heading = html.find("<h1>").unwrap();
    assert!(letter < summary_heading, "the letter comes first");
    for text in [
        "Our reference: DSR-&lt;7&gt;.",
        "Your request reached us on Monday, 2 November 2026.",
        "Dear Contoso Ltd,",
        "Northwind &lt;b&gt;QA&lt;/b&gt; Ltd",
        "privacy@northwind.example &lt;img src=https://tracker.example/p.gif&gt;",
        "The &quot;Information&quot; Commissioner&#39;s Office",
        "8 test runs",
        &format!(
            "{} records of other test runs were left out",
            summary.excluded_records
        ),
        "Article 15(4)",
    ] {
        assert!(html.contains(text), "{text} not in the letter");
    }
    assert!(!html.contains("<script"), "no script");
    assert!(!html.contains("<img"), "no image");
    assert!(!html.contains("<b>"), "typed markup stays text");
    assert!(
        !html.contains("src=\"") && !html.contains("href=\"http"),
        "nothing loaded from elsewhere"
    );
    assert!(html.contains("default-src 'none'"), "the page's own CSP");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_letter_names_files_and_links_left_out_when_no_record_was() {
    let server = server().await;
    let run0 = server.dataset().apps[0].runs[0].id.clone();
    let gone: Vec<String> = file_keys_of_run(&server, 0, &run0)
        .into_iter()
        .take(2)
        .collect();
    server.controls().update(|s| {
        s.gone_files.extend(gone.iter().cloned());
        s.odd_index_links = true;
    });
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("letter.zip");
    // The whole app: no record of anyone else's is left out.
    let mut req = request(&server, 0, Scope::WholeApp, archive.clone());
    req.options.letter = Some(Letter::default());
    let (result, _) = run(req).await;
    let summary = result.unwrap();
    assert_eq!(summary.excluded_records, 0);
    let entries = read_zip(&archive);
    let manifest = manifest(&entries);
    let missing = manifest["apps"][0]["reconciliation"]["files"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["fate"] == "missing_at_source")
        .count();
    let not_followed = manifest["apps"][0]["links_not_followed"]
        .as_array()
        .unwrap()
        .len();
    assert!(
        missing >= 2 && not_followed == 5,
        "{missing} {not_followed}"
    );

    let html = String::from_utf8(entries["README.html"].clone()).unwrap();
    let start = html
        .find("<section class=\"letter\" lang=\"en\">")
        .expect("a letter");
    let letter = &html[start..start + html[start..].find("</section>").unwrap()];
    assert!(!letter.contains("left out: nothing"), "{letter}");
    for said in [
        "What was left out: no records, but not everything App Center named could be included."
            .to_string(),
        format!(
            "App Center listed {missing} files for these test runs but no longer had them when \
             we asked for them, so they are not in this archive. They are named further down \
             this page."
        ),
        format!(
            "App Center&#39;s list of where the export records are kept held {not_followed} \
             links that were not followed, because "
        ),
        "did not lead to the app&#39;s own export records".to_string(),
    ] {
        assert!(letter.contains(&said), "{said}\nnot in\n{letter}");
    }
    // The same counts as the lists further down, and no technical reasons in the letter.
    assert!(html.contains(&format!("Files App Center no longer had ({missing})")));
    assert!(html.contains(&format!("were not followed ({not_followed})")));
    assert!(!letter.contains("API token"), "{letter}");
}
