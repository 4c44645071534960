//! README.html opens with the cover letter: the letter first, then the summary; every text the
//! officer typed is escaped, and the page loads nothing from elsewhere.

use act_engine::letter::{ControllerProfile, Letter};
use act_engine::Scope;

use crate::support::{client_runs, read_zip, request, run, server};

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
        received: Some("Monday 2 November 2026".into()),
    });
    let (result, _) = run(req).await;
    let summary = result.unwrap();
    let entries = read_zip(&archive);
    let html = String::from_utf8(entries["README.html"].clone()).unwrap();

    let letter = html.find("<section class=\"letter\">").expect("a letter");
    let summary_heading = html.find("<h1>").unwrap();
    assert!(letter < summary_heading, "the letter comes first");
    for text in [
        "Our reference: DSR-&lt;7&gt;.",
        "Your request reached us on Monday 2 November 2026.",
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
