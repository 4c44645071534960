//! End-to-end tests of the desktop app through WebDriver (one test binary: `gui`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod harness;

use harness::Gui;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_opens_and_shows_the_version_from_rust() {
    let Some(gui) = Gui::start().await else {
        return;
    };
    let expected = format!("ACT Export version {}", env!("CARGO_PKG_VERSION"));
    let text = gui
        .wait_text("[data-testid=app-version]", |t| t.contains("version "))
        .await;
    assert_eq!(text, expected);
    assert_eq!(gui.client.title().await.unwrap(), "ACT Export");
    let heading = gui.find("h1").await.text().await.unwrap();
    assert_eq!(heading, "ACT Export");
    gui.screenshot("welcome").await;
    gui.finish().await;
}
