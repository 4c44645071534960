//! What a screen reader reads of the app: the accessibility tree (AT-SPI, as WebKitGTK exposes
//! the page to Orca) on every screen and dialog, and what the page's live region says during
//! an export. The app runs in a private D-Bus session with the accessibility bus
//! ([`Gui::start_accessible`]); `accessibility.py` reads the tree and the live regions' events.
//!
//! On each screen and dialog: every control has a role and a name a person understands (not
//! an id, not a file name, not only signs, not the label around it with what the field holds),
//! headings form an outline (one of level 1, none skipped), a dialog has a name, and during an
//! export the current step is marked. The checker's own tests show that it fails on what it
//! looks for, in a made-up tree and in the running app's.
//!
//! WebKitGTK builds the tree when it is asked for it: every wait reads the tree until it shows
//! what the step needs and reads the same twice, the live region is listened to after the page
//! was walked once, and each look at what was said asks the live regions for their children
//! (WebKitGTK tells of a region's new child then). Nothing that changed is asked about but the
//! live regions: asking a node while the page removes it crashed WebKitGTK 2.50's web process.
//! `ACT_EXPORT_A11Y_PRINT=1` prints each view's tree as it was checked;
//! `ACT_EXPORT_A11Y_DEBUG=1` has `accessibility.py` say what it could not read.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::os::unix::process::CommandExt;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use act_engine::lang::Lang;
use act_engine::messages::{text, Arg};
use act_sample_server::{Hold, SAMPLE_TOKEN};
use act_test_support::{server, HANG};
use serde::Deserialize;
use serde_json::Value;

use crate::harness::Gui;

/// The app as AT-SPI lists it: the name of its program.
const APP: &str = "act-export-desktop";

/// One node of the accessibility tree.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Node {
    /// AT-SPI's role ("push button", "check box", "heading"...).
    pub role: String,
    pub name: String,
    /// The toolkit's attributes: for the page, "tag", "id", "level", "live", "current"...
    pub attrs: BTreeMap<String, String>,
    /// "focusable", "showing", "expandable"...
    pub states: Vec<String>,
    /// What it says, for a node with text of its own.
    pub text: String,
    pub children: Vec<Node>,
}

impl Node {
    /// This node and every node under it, in the order of the page.
    pub fn all(&self) -> Vec<&Node> {
        let mut found = vec![self];
        for child in &self.children {
            found.extend(child.all());
        }
        found
    }

    fn attr(&self, name: &str) -> &str {
        self.attrs.get(name).map_or("", String::as_str)
    }

    fn has(&self, state: &str) -> bool {
        self.states.iter().any(|s| s == state)
    }

    /// A node of `role` named `name`, somewhere under this one.
    pub fn holds(&self, role: &str, name: &str) -> bool {
        self.all()
            .iter()
            .any(|n| n.role == role && n.name.trim() == name)
    }

    /// The node of the page element `id`.
    pub fn by_id(&self, id: &str) -> Option<&Node> {
        self.all().into_iter().find(|n| n.attr("id") == id)
    }

    /// How a failure names it: role, name, and the page's id or tag.
    fn describe(&self) -> String {
        let at = match (self.attr("id"), self.attr("tag")) {
            ("", "") => String::new(),
            ("", tag) => format!(" <{tag}>"),
            (id, _) => format!(" #{id}"),
        };
        format!("{} {:?}{at}", self.role, self.name.trim())
    }
}

/// The roles of what a person operates: each needs a name that says what it does.
const CONTROLS: [&str; 19] = [
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "entry",
    "password text",
    "combo box",
    "list box",
    "link",
    "spin button",
    "slider",
    "menu item",
    "check menu item",
    "radio menu item",
    "page tab",
    "tree item",
    "column header",
    "row header",
    "date editor",
];

/// Controls a screen reader names by their text.
const TEXT_NAMED: [&str; 3] = ["column header", "row header", "menu item"];

/// Roles that say nothing of what a node is: a node a person can reach (focusable) with one of
/// them has no role.
const NO_ROLE: [&str; 5] = ["unknown", "section", "panel", "filler", "invalid"];

/// Why `name` is not words a person understands (`None`: it is). `id` is the element's id;
/// `data`: the name is a value of the officer's data (an option such as a test series, named
/// as App Center names it), which may look like an identifier.
fn not_understood(name: &str, id: &str, data: bool) -> Option<&'static str> {
    let name = name.trim();
    if name.is_empty() {
        return Some("it has no name");
    }
    if !name.chars().any(char::is_alphabetic) {
        return Some("its name has no words, only signs");
    }
    if name == id {
        return Some("its name is its id");
    }
    if name.contains(char::is_whitespace) || data {
        return None;
    }
    let ascii_word = |c: char| c.is_ascii_alphanumeric();
    // "page-requests-new", "export_button": an id or a message's id, not words.
    if name.contains(['-', '_'])
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
    {
        return Some("its name is an identifier");
    }
    // "saveButton"
    if name.starts_with(|c: char| c.is_ascii_lowercase())
        && name.chars().any(|c| c.is_ascii_uppercase())
        && name.chars().all(ascii_word)
    {
        return Some("its name is an identifier");
    }
    // "logo.svg", "ACT-Export_contoso.zip"
    if let Some((stem, extension)) = name.rsplit_once('.') {
        if !stem.is_empty()
            && (2..=4).contains(&extension.len())
            && extension.chars().all(ascii_word)
            && extension.chars().any(|c| c.is_ascii_alphabetic())
        {
            return Some("its name is a file name");
        }
    }
    None
}

/// What a field holds: the text typed in an entry, the option chosen in a combo box.
fn value_of(node: &Node) -> Option<String> {
    let value = match node.role.as_str() {
        "entry" => node.text.trim().to_string(),
        "combo box" => node
            .all()
            .into_iter()
            .find(|n| n.role == "menu item" && n.has("selected"))
            .map(|n| n.name.trim().to_string())?,
        _ => return None,
    };
    (!value.is_empty()).then_some(value)
}

/// What a screen reader user would miss on the page `page` shows: one line per problem.
pub fn problems(page: &Node) -> Vec<String> {
    let mut found = Vec::new();
    for node in page.all() {
        let tag = node.attr("tag");
        // WebKitGTK gives a <summary> no role (its <details> says whether it is open), and
        // authors may give it none (ARIA in HTML): it needs its name.
        let summary = tag == "summary";
        let control = CONTROLS.contains(&node.role.as_str()) || summary;
        if !control && node.has("focusable") && NO_ROLE.contains(&node.role.as_str()) {
            found.push(format!(
                "{}: a person can reach it, but it has no role",
                node.describe()
            ));
            continue;
        }
        if control {
            // WebKitGTK names a table's header cell, an option and a <summary> by nothing but
            // their text, which is what a screen reader reads of them.
            let name = if node.name.trim().is_empty() && TEXT_NAMED.contains(&node.role.as_str())
                || summary
            {
                node.name.clone() + &node.text
            } else {
                node.name.clone()
            };
            let data = node.role == "menu item";
            if let Some(why) = not_understood(&name, node.attr("id"), data) {
                found.push(format!("{}: {why}", node.describe()));
            } else if let Some(value) = value_of(node).filter(|v| v.chars().count() >= 2) {
                // A label around a field ends with what the field holds.
                if name.trim() == value || name.trim().ends_with(&format!(" {value}")) {
                    found.push(format!(
                        "{}: its name says what it holds too ({value:?}), as a label around it does",
                        node.describe()
                    ));
                }
            }
        }
        if ["dialog", "alert"].contains(&node.role.as_str()) && node.name.trim().is_empty() {
            found.push(format!("{}: a dialog with no name", node.describe()));
        }
    }
    found.extend(outline_problems(page));
    found
}

/// Whether the headings form an outline: one of level 1, each at most one level below the one
/// before it, each with a name.
fn outline_problems(page: &Node) -> Vec<String> {
    let mut found = Vec::new();
    let headings: Vec<&Node> = page
        .all()
        .into_iter()
        .filter(|n| n.role == "heading")
        .collect();
    // A modal dialog hides the page from a screen reader: its headings go on under the page's
    // heading of level 1.
    let modal = page.all().iter().any(|n| n.role == "dialog")
        && !headings.iter().any(|h| h.attr("level") == "1");
    let mut before = u32::from(modal);
    let mut first_level = 0;
    for heading in headings {
        let Ok(level) = heading.attr("level").parse::<u32>() else {
            found.push(format!("{}: a heading with no level", heading.describe()));
            continue;
        };
        if heading.name.trim().is_empty() {
            found.push(format!("{}: a heading with no name", heading.describe()));
        }
        if level == 1 {
            first_level += 1;
        }
        if level > before + 1 {
            found.push(format!(
                "{}: a heading of level {level} after one of level {before}",
                heading.describe()
            ));
        }
        before = level;
    }
    if first_level != 1 && !modal {
        found.push(format!(
            "{first_level} headings of level 1 (one is the outline's top)"
        ));
    }
    found
}

/// What the page marks as the current one (aria-current: the step of an export), by its words
/// (without a list's number: "3. Choose the runs" is "Choose the runs").
pub fn current_steps(page: &Node) -> Vec<String> {
    page.all()
        .into_iter()
        .filter(|n| !matches!(n.attr("current"), "" | "false"))
        .map(|n| {
            let said = if n.name.trim().is_empty() {
                &n.text
            } else {
                &n.name
            };
            let said = said.trim();
            match said.split_once(". ") {
                Some((number, rest)) if number.chars().all(|c| c.is_ascii_digit()) => rest,
                _ => said,
            }
            .to_string()
        })
        .collect()
}

/// What a live region said: how (polite), its id, and the text of what it was given.
#[derive(Debug, Clone, Deserialize)]
pub struct Spoken {
    pub live: String,
    pub id: String,
    pub text: String,
}

/// Reads what a screen reader reads of an accessible [`Gui`] (`accessibility.py`, running in
/// its D-Bus session).
pub struct ScreenReader {
    child: Child,
    stdin: ChildStdin,
    lines: mpsc::Receiver<String>,
}

impl ScreenReader {
    pub fn start(gui: &Gui) -> ScreenReader {
        let access = gui
            .access
            .as_ref()
            .expect("the app was started with Gui::start_accessible");
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/gui/accessibility.py");
        let mut child = Command::new(&access.python)
            .arg(script)
            .arg(APP)
            .env("DBUS_SESSION_BUS_ADDRESS", &access.bus)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .process_group(0)
            .spawn()
            .expect("start accessibility.py");
        let stdin = child.stdin.take().expect("its stdin");
        let stdout = child.stdout.take().expect("its stdout");
        let (send, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        let mut reader = ScreenReader {
            child,
            stdin,
            lines,
        };
        let ready = reader.answer("start");
        assert_eq!(ready["ready"], true, "accessibility.py said {ready}");
        reader
    }

    /// The next line the reader writes, as JSON.
    fn answer(&mut self, asked: &str) -> Value {
        let line = self
            .lines
            .recv_timeout(HANG)
            .unwrap_or_else(|e| panic!("accessibility.py gave no answer to {asked}: {e}"));
        serde_json::from_str(&line)
            .unwrap_or_else(|e| panic!("accessibility.py said {line:?}: {e}"))
    }

    fn ask(&mut self, command: &str) -> Value {
        writeln!(self.stdin, "{command}").expect("write to accessibility.py");
        self.stdin.flush().expect("flush");
        self.answer(command)
    }

    /// The page's tree as it is now, once the app shows one.
    pub fn tree(&mut self) -> Option<Node> {
        let answer = self.ask("tree");
        if answer["tree"].is_null() {
            return None;
        }
        Some(serde_json::from_value(answer["tree"].clone()).expect("a tree"))
    }

    /// Waits until the tree shows `what` (`ok` holds) and has settled (read twice the same: the
    /// page builds its tree a little after the page changes), and returns it.
    pub async fn wait(&mut self, what: &str, ok: impl Fn(&Node) -> bool) -> Node {
        let deadline = Instant::now() + HANG;
        let mut last: Option<Node> = None;
        loop {
            let now = self.tree();
            if let Some(tree) = &now {
                if ok(tree) && last.as_ref() == Some(tree) {
                    return now.expect("a tree");
                }
            }
            assert!(
                Instant::now() < deadline,
                "the accessibility tree never showed {what}; last read: {}",
                now.as_ref().map_or("nothing".into(), outline)
            );
            last = now;
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Walks the page once (WebKitGTK makes a node when it is first asked for), then records
    /// what live regions say.
    pub fn listen(&mut self) {
        let answer = self.ask("listen");
        assert_eq!(answer["listening"], true, "accessibility.py said {answer}");
    }

    /// What live regions said since [`ScreenReader::listen`]. Each look asks the live regions
    /// for their children, as a screen reader reading them does: WebKitGTK tells of a region's
    /// new child once they are asked for.
    pub fn spoken(&mut self) -> Vec<Spoken> {
        let answer = self.ask("events");
        serde_json::from_value(answer["events"].clone()).expect("events")
    }

    /// Waits until a live region said something `ok` accepts, and returns all said so far.
    pub async fn wait_spoken(&mut self, what: &str, ok: impl Fn(&Spoken) -> bool) -> Vec<Spoken> {
        let deadline = Instant::now() + HANG;
        loop {
            let spoken = self.spoken();
            if spoken.iter().any(&ok) {
                return spoken;
            }
            assert!(
                Instant::now() < deadline,
                "no live region said {what}; they said: {:#?}",
                spoken.iter().map(|s| &s.text).collect::<Vec<_>>()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

impl Drop for ScreenReader {
    fn drop(&mut self) {
        let _ = writeln!(self.stdin, "quit");
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The tree in short, one node a line, for a failure's message.
fn outline(tree: &Node) -> String {
    fn walk(node: &Node, depth: usize, out: &mut String) {
        out.push_str(&format!("\n{}{}", "  ".repeat(depth), node.describe()));
        for child in &node.children {
            walk(child, depth + 1, out);
        }
    }
    let mut out = String::new();
    walk(tree, 0, &mut out);
    out
}

/// An English message of the page (of its static words or of a script's).
fn en(id: &str) -> String {
    text(Lang::En, id, &[])
}

/// True when `page` shows the screen whose heading is `heading`, with no dialog open.
fn screen(page: &Node, heading: &str) -> bool {
    page.holds("heading", heading) && !page.all().iter().any(|n| n.role == "dialog")
}

/// What the walk found, view by view.
#[derive(Default)]
struct Report {
    views: usize,
    found: Vec<String>,
}

impl Report {
    /// Waits until the tree shows `view` (`ok` holds), and notes what it lacks.
    async fn check(
        &mut self,
        reader: &mut ScreenReader,
        view: &str,
        ok: impl Fn(&Node) -> bool,
    ) -> Node {
        let page = reader.wait(view, ok).await;
        if std::env::var_os("ACT_EXPORT_A11Y_PRINT").is_some() {
            eprintln!("== {view}{}", outline(&page));
        }
        self.views += 1;
        for problem in problems(&page) {
            self.found.push(format!("{view}: {problem}"));
        }
        page
    }

    /// Like [`Report::check`] on a step of an export, which must be marked as the current one.
    async fn check_step(
        &mut self,
        reader: &mut ScreenReader,
        view: &str,
        step: &str,
        ok: impl Fn(&Node) -> bool,
    ) {
        let page = self.check(reader, view, ok).await;
        let current = current_steps(&page);
        if current != [en(step)] {
            self.found.push(format!(
                "{view}: the current step is {current:?}, not {:?}",
                en(step)
            ));
        }
    }
}

/// Opens a dialog with `open` (a button's selector), checks it, and closes it with `close`.
async fn check_dialog(
    gui: &Gui,
    reader: &mut ScreenReader,
    report: &mut Report,
    open: &str,
    title: &str,
    close: &str,
) {
    gui.click(open).await;
    report
        .check(reader, &format!("the dialog {title:?}"), |p| {
            p.holds("dialog", title)
        })
        .await;
    gui.click(close).await;
}

/// Every screen and every dialog, as a screen reader reads them: the Requests screen (with its
/// folded parts open), a request's page and its dialogs, the export's steps for it (Connect with
/// an error, the apps with a search's finds, the runs protected with a password, the letter, the
/// export held at a file and its question, the archive saved), the delivery recorded, and the
/// dialogs this walk does not reach, opened by hand.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_screen_and_dialog_is_named_for_a_screen_reader() {
    let server = server().await;
    let saves = tempfile::tempdir().unwrap();
    let save_dir = saves.path().display().to_string();
    let Some(gui) = Gui::start_accessible(&[("ACT_EXPORT_E2E_SAVE_DIR", &save_dir)]).await else {
        return;
    };
    let mut reader = ScreenReader::start(&gui);
    let mut report = Report::default();
    let requests = en("page-requests-title");

    report
        .check(&mut reader, "the Requests screen, with no request", |p| {
            screen(p, &requests)
        })
        .await;
    // Its two folded parts, unfolded.
    gui.click("#letter-tools summary").await;
    gui.click("#journal-tools summary").await;
    let check = en("page-requests-journal-check");
    report
        .check(
            &mut reader,
            "the Requests screen, its folded parts open",
            |p| p.holds("push button", &check) && p.by_id("lp-controller").is_some(),
        )
        .await;
    gui.click("#letter-tools summary").await;
    gui.click("#journal-tools summary").await;

    // A new request, and its page with each of its dialogs.
    gui.click("#new-request").await;
    report
        .check(&mut reader, "the dialog New request", |p| {
            p.holds("dialog", &en("page-new-request-title"))
        })
        .await;
    gui.type_into("#nr-reference", "DSR-2026-050").await;
    gui.type_into("#nr-subject", "Contoso Ltd").await;
    gui.click("#nr-open").await;
    gui.wait_text("[data-testid=request-standing]", |t| {
        t.ends_with(" days left.")
    })
    .await;
    report
        .check(&mut reader, "a request's page", |p| {
            screen(p, "Request DSR-2026-050")
        })
        .await;
    for (open, title, close) in [
        ("#request-extend", "page-extend-title", "#ex-cancel"),
        ("#request-note", "page-note-title", "#note-cancel"),
        ("#request-assign", "page-assign-title", "#assign-cancel"),
        ("#request-deliver", "page-deliver-title", "#dl-cancel"),
    ] {
        check_dialog(&gui, &mut reader, &mut report, open, &en(title), close).await;
    }
    check_dialog(
        &gui,
        &mut reader,
        &mut report,
        "#request-close",
        &en("request-close-title"),
        "#confirm-no",
    )
    .await;

    // The export's steps, for the request: Connect, with an error first.
    gui.click("#request-export").await;
    let connect = en("page-connect-title");
    report
        .check_step(
            &mut reader,
            "the Connect screen",
            "page-steps-connect",
            |p| screen(p, &connect),
        )
        .await;
    gui.type_into("#token", "not-the-token").await;
    gui.click("#advanced summary").await;
    gui.type_into("#base-url", &server.api_url()).await;
    gui.click("#connect").await;
    let refused = en("error-unauthorized");
    gui.wait_text("#error-title", |t| t == refused).await;
    report
        .check(&mut reader, "the Connect screen, with an error", |p| {
            p.holds("heading", &refused)
        })
        .await;
    gui.type_into("#token", SAMPLE_TOKEN).await;
    gui.click("#connect").await;
    gui.wait_text("#apps-status", |t| t == "3 of 3 apps").await;
    let apps = en("page-apps-title");
    report
        .check_step(&mut reader, "the apps screen", "page-steps-apps", |p| {
            screen(p, &apps)
                && p.all()
                    .iter()
                    .any(|n| n.name.contains("FieldMate for Android"))
        })
        .await;
    gui.type_into("#find-text", "contoso-").await;
    gui.click("#find-go").await;
    gui.find("[data-testid='found-northwind-qa/fieldmate-android']")
        .await;
    let add = en("apps-add-found");
    report
        .check(
            &mut reader,
            "the apps screen, with what the search found",
            |p| p.holds("push button", &add),
        )
        .await;

    // The runs, protected with a password, with their dialogs.
    crate::select_contoso_runs(&gui).await;
    let runs = en("page-runs-title");
    report
        .check_step(&mut reader, "the runs screen", "page-steps-runs", |p| {
            screen(p, &runs)
                && p.all()
                    .iter()
                    .filter(|n| {
                        (n.role == "check box" || n.role == "table row") && n.has("checked")
                            || n.role == "table row" && n.has("selected")
                    })
                    .count()
                    >= 8
        })
        .await;
    gui.click("#protect").await;
    gui.wait_text("#passphrase", |t| !t.is_empty()).await;
    let another = en("page-runs-password-another");
    report
        .check(&mut reader, "the runs screen, protected", |p| {
            p.holds("push button", &another)
        })
        .await;
    check_dialog(
        &gui,
        &mut reader,
        &mut report,
        "#own-password-open",
        &en("page-own-password-title"),
        "#op-cancel",
    )
    .await;
    gui.click("#preview-letter").await;
    gui.wait_text("[data-testid=letter-preview]", |t| {
        t.contains("Our reference")
    })
    .await;
    report
        .check(&mut reader, "the dialog with the letter", |p| {
            p.holds("dialog", &en("page-letter-title"))
        })
        .await;
    gui.click("#letter-close").await;

    // The export, held at its first file, and its question; then the archive.
    server.controls().hold(Hold::storage_file(1));
    gui.click("#export").await;
    server.controls().held().await;
    let exporting = en("page-export-title");
    report
        .check_step(&mut reader, "the export screen", "page-steps-export", |p| {
            screen(p, &exporting)
        })
        .await;
    check_dialog(
        &gui,
        &mut reader,
        &mut report,
        "#cancel-export",
        &en("page-cancel-title"),
        "#keep-going",
    )
    .await;
    server.controls().release();
    let ready = en("page-done-title");
    gui.wait_text("#done-title", |t| t == ready).await;
    report
        .check_step(&mut reader, "the Done screen", "page-steps-done", |p| {
            screen(p, &ready)
        })
        .await;
    crate::save(&gui).await;
    let deliver = en("page-done-deliver");
    report
        .check_step(
            &mut reader,
            "the Done screen, saved",
            "page-steps-done",
            |p| p.holds("push button", &deliver),
        )
        .await;

    // The delivery, recorded from there.
    gui.click("#done-deliver").await;
    report
        .check(
            &mut reader,
            "the dialog Record delivery, from the Done screen",
            |p| p.holds("dialog", &en("page-deliver-title")),
        )
        .await;
    gui.type_into("#dl-recipient", "privacy@contoso.example")
        .await;
    gui.click("#dl-record").await;
    gui.wait_text("[data-testid=request-standing]", |t| {
        t == "Answered on time."
    })
    .await;
    report
        .check(
            &mut reader,
            "a request's page, answered, with its saved copy",
            |p| {
                screen(p, "Request DSR-2026-050")
                    && p.holds("push button", &en("request-delete-copy"))
            },
        )
        .await;

    // Dialogs this walk does not reach (continuing a protected export; the team's register
    // with a second pair of eyes): their words are the page's own, checked open.
    for (id, title) in [
        ("password-dialog", "page-password-title"),
        ("sendback-dialog", "page-send-back-title"),
        ("papers-dialog", "page-papers-title"),
    ] {
        gui.client
            .execute(
                "document.getElementById(arguments[0]).showModal();",
                vec![Value::from(id)],
            )
            .await
            .unwrap();
        let title = en(title);
        report
            .check(&mut reader, &format!("the dialog {title:?}"), |p| {
                p.holds("dialog", &title)
            })
            .await;
        gui.client
            .execute(
                "document.getElementById(arguments[0]).close();",
                vec![Value::from(id)],
            )
            .await
            .unwrap();
    }

    crate::back_to_requests(&gui).await;
    report
        .check(&mut reader, "the Requests screen, with a request", |p| {
            screen(p, &requests) && p.holds("push button", "DSR-2026-050")
        })
        .await;

    assert!(
        report.found.is_empty(),
        "what a screen reader user would miss, on {} views:\n{}",
        report.views,
        report.found.join("\n")
    );
    gui.finish().await;
}

/// The live regions of the page: the ids of the nodes a screen reader watches for changes.
fn live_regions(page: &Node) -> Vec<String> {
    page.all()
        .into_iter()
        .filter(|n| !matches!(n.attr("live"), "" | "off") || n.role == "alert")
        .map(|n| n.attr("id").to_string())
        .collect()
}

/// The checker finds what a screen reader user would miss in the running app's own tree: an
/// unnamed button, a button named by its id or by a file name, a heading that skips a level,
/// something reachable with no role; and the same page without them passes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_checker_finds_an_unnamed_button_in_the_running_app() {
    let Some(gui) = Gui::start_accessible(&[]).await else {
        return;
    };
    let mut reader = ScreenReader::start(&gui);
    let requests = en("page-requests-title");
    let page = reader
        .wait("the Requests screen", |p| screen(p, &requests))
        .await;
    assert_eq!(problems(&page), Vec::<String>::new(), "the page as it is");
    let probe = r#"const probe = document.createElement("div");
        probe.id = "probe";
        probe.innerHTML = '<button type="button" id="probe-unnamed"><svg width="16" height="16"><rect width="16" height="16"></rect></svg></button>'
          + '<button type="button" id="probe-id">probe-id</button>'
          + '<button type="button" id="probe-file">report.pdf</button>'
          + '<h4 id="probe-heading">Skipped a level</h4>'
          + '<div id="probe-nothing" tabindex="0">Drop it here</div>';
        document.getElementById("screen-requests").append(probe);"#;
    gui.client.execute(probe, vec![]).await.unwrap();
    let page = reader
        .wait("the probe", |p| p.by_id("probe-nothing").is_some())
        .await;
    let found = problems(&page);
    for expected in [
        r#"push button "" #probe-unnamed: it has no name"#,
        r#"push button "probe-id" #probe-id: its name is its id"#,
        r#"push button "report.pdf" #probe-file: its name is a file name"#,
        r#"heading "Skipped a level" #probe-heading: a heading of level 4 after one of level 2"#,
        r#"section "" #probe-nothing: a person can reach it, but it has no role"#,
    ] {
        assert!(
            found.iter().any(|f| f == expected),
            "the checker missed {expected}; it found {found:#?}"
        );
    }
    assert_eq!(found.len(), 5, "{found:#?}");
    gui.client
        .execute("document.getElementById('probe').remove();", vec![])
        .await
        .unwrap();
    let page = reader
        .wait("the page without the probe", |p| {
            screen(p, &requests) && p.by_id("probe").is_none()
        })
        .await;
    assert_eq!(problems(&page), Vec::<String>::new(), "the page as it was");
    gui.finish().await;
}

/// Whether `said` is the German message `id`, whatever the number of seconds in it: its words
/// up to the first number are the message's.
fn is_message(said: &str, id: &str) -> bool {
    let made = text(Lang::De, id, &[("seconds", Arg::Count(30))]);
    let words = &made[..made
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or(made.len())];
    words.chars().count() >= 10 && said.starts_with(words)
}

/// A message in German, with text variables.
fn de(id: &str, args: &[(&str, &str)]) -> String {
    let args: Vec<(&str, Arg<'_>)> = args.iter().map(|(k, v)| (*k, Arg::Text(v))).collect();
    text(Lang::De, id, &args)
}

/// An officer whose computer speaks German hears, through the page's one polite live region, in
/// German: a refused token (what happened and what to do), the export's progress at its steps
/// (not at every report), that the archive is ready, that it was saved, and that its delivery
/// was recorded on time. While the export runs no other live region speaks.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_export_is_announced_in_the_officer_s_language_through_one_polite_live_region() {
    let server = server().await;
    let saves = tempfile::tempdir().unwrap();
    let save_dir = saves.path().display().to_string();
    let Some(gui) = Gui::start_accessible(&[
        ("ACT_EXPORT_E2E_SAVE_DIR", &save_dir),
        ("LANG", "de_DE.UTF-8"),
    ])
    .await
    else {
        return;
    };
    let mut reader = ScreenReader::start(&gui);
    let requests = de("page-requests-title", &[]);
    reader
        .wait("the Requests screen", |p| screen(p, &requests))
        .await;
    reader.listen();

    // A request, and the export for it: a refused token first.
    gui.click("#new-request").await;
    gui.type_into("#nr-reference", "DSR-2026-060").await;
    gui.type_into("#nr-subject", "Contoso GmbH").await;
    gui.click("#nr-open").await;
    gui.find_shown("#request-export").await;
    gui.click("#request-export").await;
    gui.type_into("#token", "not-the-token").await;
    gui.click("#advanced summary").await;
    gui.type_into("#base-url", &server.api_url()).await;
    gui.click("#connect").await;
    let refused = de(
        "error-announced",
        &[
            ("title", &de("error-unauthorized", &[])),
            ("next", &de("error-unauthorized-next", &[])),
        ],
    );
    reader
        .wait_spoken("the refused token", |s| s.text == refused)
        .await;
    // The error panel is no live region of its own: it is said once, through the one region.
    let page = reader
        .wait("the error", |p| p.by_id("error").is_some())
        .await;
    assert_eq!(
        live_regions(page.by_id("error").unwrap()),
        Vec::<String>::new()
    );

    gui.type_into("#token", SAMPLE_TOKEN).await;
    gui.click("#connect").await;
    gui.click("[data-testid='app-northwind-qa/fieldmate-android']")
        .await;
    gui.find("#filter-series option[value='contoso-regression']")
        .await
        .click()
        .await
        .unwrap();
    let shown = text(
        Lang::De,
        "runs-shown",
        &[("shown", Arg::Count(8)), ("total", Arg::Count(24))],
    );
    gui.wait_text("#shown-count", |t| t == shown).await;
    gui.click("#select-shown").await;
    let selected = text(Lang::De, "runs-selected", &[("count", Arg::Count(8))]);
    gui.wait_text("[data-testid=selected-count]", |t| t == selected)
        .await;

    // The export, held at its first file: the download is said, and stays said.
    let before = reader.spoken().len();
    server.controls().hold(Hold::storage_file(1));
    gui.click("#export").await;
    server.controls().held().await;
    let downloading = de("exporting-phase-downloading", &[]);
    reader
        .wait_spoken("the download", |s| s.text.starts_with(&downloading))
        .await;
    let page = reader
        .wait("the export screen", |p| p.by_id("screen-export").is_some())
        .await;
    assert_eq!(
        live_regions(&page),
        ["announcer"],
        "the export screen speaks through one region"
    );
    server.controls().release();
    let title = de("page-done-title", &[]);
    gui.wait_text("#done-title", |t| t == title).await;
    let size = gui.find("#tile-size").await.text().await.unwrap();
    let ready = de("exporting-announce-ready", &[("size", &size)]);
    let spoken = reader
        .wait_spoken("the archive ready", |s| s.text == ready)
        .await;
    let export = &spoken[before..];
    assert!(
        export
            .iter()
            .all(|s| s.id == "announcer" && s.live == "polite"),
        "only the one polite region spoke: {export:#?}"
    );
    let progress = &export[..export.iter().position(|s| s.text == ready).unwrap()];
    let steps: Vec<String> = [
        "listing-runs",
        "reading-runs",
        "reading-export-records",
        "reading-account-data",
        "downloading",
        "writing",
    ]
    .iter()
    .map(|step| de(&format!("exporting-phase-{step}"), &[]))
    .collect();
    // Each step once, the download at its quarters, a wait (for App Center's limit of
    // requests, before a retry) when it begins: never at every report. (A text read as empty
    // was replaced before it could be read: it was said all the same.)
    assert!(
        !progress.is_empty() && progress.len() <= 12,
        "{} progress announcements: {progress:#?}",
        progress.len()
    );
    eprintln!(
        "said {} times before the archive was ready: {:#?}",
        progress.len(),
        progress.iter().map(|s| &s.text).collect::<Vec<_>>()
    );
    let waits = [
        "exporting-pacing",
        "exporting-retry-rate-limited",
        "exporting-retry-server-error",
        "exporting-retry-connection",
    ];
    for said in progress {
        assert!(
            said.text.is_empty()
                || steps.iter().any(|step| said.text.starts_with(step))
                || waits.iter().any(|id| is_message(&said.text, id)),
            "said during the export: {said:?}"
        );
    }
    let page = reader.wait("the Done screen", |p| screen(p, &title)).await;
    assert_eq!(live_regions(&page), ["announcer"], "the Done screen too");

    // Saved, then delivered on time.
    gui.click("#save").await;
    gui.find_shown("#show-folder").await;
    let saved = gui
        .find("[data-testid=save-status]")
        .await
        .text()
        .await
        .unwrap();
    reader
        .wait_spoken("the saved archive", |s| s.text == saved)
        .await;
    gui.click("#done-deliver").await;
    gui.type_into("#dl-recipient", "datenschutz@contoso.example")
        .await;
    gui.click("#dl-record").await;
    let delivered = de(
        "request-delivered",
        &[("standing", &de("record-answered-on-time", &[]))],
    );
    let spoken = reader
        .wait_spoken("the delivery", |s| s.text == delivered)
        .await;
    assert_eq!(
        spoken.iter().filter(|s| s.text == refused).count(),
        1,
        "the error was said once"
    );
    gui.finish().await;
}

/// A node for the checker's own tests.
fn node(role: &str, name: &str, attrs: &[(&str, &str)], children: Vec<Node>) -> Node {
    Node {
        role: role.into(),
        name: name.into(),
        attrs: attrs
            .iter()
            .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
            .collect(),
        states: Vec::new(),
        text: String::new(),
        children,
    }
}

/// A page with the app's heading and a screen holding `screen`.
fn page_with(screen: Vec<Node>) -> Node {
    let mut children = vec![
        node("heading", "ACT Export", &[("level", "1")], vec![]),
        node("heading", "Requests", &[("level", "2")], vec![]),
    ];
    children.extend(screen);
    node("document web", "ACT Export", &[], children)
}

#[test]
fn the_checker_fails_on_an_unnamed_button() {
    let named = page_with(vec![node(
        "push button",
        "New request",
        &[("id", "new-request")],
        vec![],
    )]);
    assert_eq!(problems(&named), Vec::<String>::new());
    let unnamed = page_with(vec![node(
        "push button",
        " ",
        &[("id", "new-request")],
        vec![],
    )]);
    assert_eq!(
        problems(&unnamed),
        [r#"push button "" #new-request: it has no name"#]
    );
}

#[test]
fn the_checker_tells_words_from_ids_and_file_names() {
    for (name, id, why) in [
        ("Export", "export", None),
        ("Save as…", "save", None),
        ("← Requests", "", None),
        ("nav-requests", "nav-requests", Some("its name is its id")),
        ("page-requests-new", "", Some("its name is an identifier")),
        ("saveButton", "", Some("its name is an identifier")),
        ("logo.svg", "", Some("its name is a file name")),
        ("→", "", Some("its name has no words, only signs")),
        ("", "", Some("it has no name")),
    ] {
        assert_eq!(not_understood(name, id, false), why, "{name:?}");
    }
    // A test series, as App Center names it, is the officer's data.
    assert_eq!(not_understood("contoso-regression", "", true), None);
}

#[test]
fn the_checker_follows_the_outline_and_what_a_field_holds() {
    let skipped = page_with(vec![node("heading", "History", &[("level", "4")], vec![])]);
    assert_eq!(
        problems(&skipped),
        [r#"heading "History": a heading of level 4 after one of level 2"#]
    );
    let two = page_with(vec![node("heading", "Again", &[("level", "1")], vec![])]);
    assert_eq!(
        problems(&two),
        ["2 headings of level 1 (one is the outline's top)"]
    );
    // A modal dialog hides the page: its heading goes on under the page's.
    let dialog = node(
        "document web",
        "ACT Export",
        &[],
        vec![node(
            "dialog",
            "New request",
            &[],
            vec![node("heading", "New request", &[("level", "2")], vec![])],
        )],
    );
    assert_eq!(problems(&dialog), Vec::<String>::new());
    let unnamed_dialog = node(
        "document web",
        "",
        &[],
        vec![node("dialog", "", &[], vec![])],
    );
    assert_eq!(
        problems(&unnamed_dialog),
        [r#"dialog "": a dialog with no name"#]
    );
    // A label around a field names it with what it holds.
    let mut field = node(
        "entry",
        "Whose data is this? Contoso Ltd",
        &[("id", "subject")],
        vec![],
    );
    field.text = "Contoso Ltd".into();
    assert_eq!(
        problems(&page_with(vec![field])),
        [
            r#"entry "Whose data is this? Contoso Ltd" #subject: its name says what it holds too ("Contoso Ltd"), as a label around it does"#
        ]
    );
    // A summary is named by its text; something reachable needs a role.
    let mut summary = node("unknown", "", &[("tag", "summary")], vec![]);
    summary.text = "Advanced".into();
    let mut reachable = node("section", "", &[("tag", "div")], vec![]);
    reachable.states = vec!["focusable".into()];
    assert_eq!(
        problems(&page_with(vec![summary, reachable])),
        [r#"section "" <div>: a person can reach it, but it has no role"#]
    );
}

#[test]
fn the_current_step_is_read_without_its_number() {
    let steps = node(
        "list",
        "",
        &[],
        vec![
            node("list item", "1. Connect", &[], vec![]),
            node(
                "list item",
                "2. Choose the app",
                &[("current", "step")],
                vec![],
            ),
        ],
    );
    assert_eq!(current_steps(&steps), ["Choose the app"]);
}
