//! The end-to-end GUI harness: a private X server, tauri-driver and WebKitWebDriver on free
//! ports, the built app, and a WebDriver client driving it.
//!
//! Every process is started in its own process group and torn down in `Drop`, so a failing
//! test (a panic) cleans up as well as a passing one. The app runs with HOME and the XDG
//! folders in a temporary directory: no test touches the real user's files.

use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use act_test_support::HANG;
use fantoccini::{Client, ClientBuilder, Locator};
use nix::sys::signal::{killpg, Signal};
use nix::unistd::Pid;
use serde_json::{json, Map, Value};
use tempfile::TempDir;

/// Set to `1` to skip the GUI tests where their tools cannot be installed. `make test` never
/// sets it: there the tests must run.
const SKIP_VAR: &str = "ACT_EXPORT_SKIP_GUI_TESTS";

/// Where screenshots go when set (the docs' screenshots are made this way).
const SHOTS_VAR: &str = "ACT_EXPORT_SCREENSHOTS";

const APP: &str = env!("CARGO_BIN_EXE_act-export-desktop");

/// A running app under WebDriver. Use [`Gui::start`], drive `client`, end with [`Gui::finish`].
pub struct Gui {
    pub client: Client,
    /// The app's temporary HOME (its XDG folders are under it).
    pub home: PathBuf,
    /// How to read what a screen reader reads of the app, when it was started with
    /// [`Gui::start_accessible`].
    pub access: Option<Access>,
    stack: Stack,
}

/// What a screen reader reads of an accessible GUI (its AT-SPI tree) is read through its private
/// D-Bus session, by a Python with GObject introspection and AT-SPI.
pub struct Access {
    /// The address of the app's D-Bus session.
    pub bus: String,
    pub python: PathBuf,
}

/// The processes behind a [`Gui`]; dropping it ends them all.
struct Stack {
    xvfb: Option<Child>,
    driver: Option<Child>,
    /// The private D-Bus session of an accessible GUI (with what it started: the AT-SPI bus).
    dbus: Option<Child>,
    /// The temporary HOME, when this GUI owns it.
    _dir: Option<TempDir>,
}

impl Gui {
    /// Starts the whole stack, or returns `None` (after saying why) when the GUI tests are
    /// skipped on purpose. Panics with the missing tool's name otherwise.
    pub async fn start() -> Option<Gui> {
        Self::start_with_env(&[]).await
    }

    /// Like [`Gui::start`], with extra environment variables for the app.
    pub async fn start_with_env(extra_env: &[(&str, &str)]) -> Option<Gui> {
        let dir = tempfile::Builder::new()
            .prefix("act-export-gui-")
            .tempdir()
            .expect("temporary folder");
        let root = dir.path().to_path_buf();
        Self::start_at(&root, Some(dir), extra_env, false).await
    }

    /// Like [`Gui::start`], with HOME and the XDG folders under `root`, which the caller keeps:
    /// a second app started there finds what the first left (an unfinished export).
    pub async fn start_in(root: &Path, extra_env: &[(&str, &str)]) -> Option<Gui> {
        Self::start_at(root, None, extra_env, false).await
    }

    /// Like [`Gui::start_with_env`], with the app in a private D-Bus session of its own, where
    /// the accessibility bus (AT-SPI) starts when the app asks for it: what a screen reader
    /// reads of the app can then be read through [`Gui::bus`].
    pub async fn start_accessible(extra_env: &[(&str, &str)]) -> Option<Gui> {
        let dir = tempfile::Builder::new()
            .prefix("act-export-gui-")
            .tempdir()
            .expect("temporary folder");
        let root = dir.path().to_path_buf();
        Self::start_at(&root, Some(dir), extra_env, true).await
    }

    async fn start_at(
        root: &Path,
        owned: Option<TempDir>,
        extra_env: &[(&str, &str)],
        accessible: bool,
    ) -> Option<Gui> {
        let tools = match Tools::find().and_then(|tools| {
            if accessible {
                Tools::find_accessible().map(|(dbus, python)| Tools {
                    dbus: Some((dbus, python)),
                    ..tools
                })
            } else {
                Ok(tools)
            }
        }) {
            Ok(tools) => tools,
            Err(missing) => {
                if std::env::var(SKIP_VAR).as_deref() == Ok("1") {
                    eprintln!("GUI test skipped ({SKIP_VAR}=1): {missing}");
                    return None;
                }
                panic!(
                    "the GUI tests need {missing}. `make test` installs it; \
                     set {SKIP_VAR}=1 to skip these tests on purpose"
                );
            }
        };

        let home = root.join("home");
        let mut app_env: Vec<(String, String)> = Vec::new();
        for (var, sub) in [
            ("HOME", "home"),
            ("XDG_CONFIG_HOME", "home/.config"),
            ("XDG_DATA_HOME", "home/.local/share"),
            ("XDG_CACHE_HOME", "home/.cache"),
            ("XDG_STATE_HOME", "home/.local/state"),
            ("XDG_RUNTIME_DIR", "runtime"),
        ] {
            let path = root.join(sub);
            std::fs::create_dir_all(&path).expect("create test folder");
            app_env.push((var.to_string(), path.display().to_string()));
        }
        set_private(&root.join("runtime"));
        for (k, v) in extra_env {
            app_env.push((k.to_string(), v.to_string()));
        }

        let mut stack = Stack {
            xvfb: None,
            driver: None,
            dbus: None,
            _dir: owned,
        };
        let display = stack.start_xvfb(&tools.xvfb);
        let access = tools.dbus.as_ref().map(|(dbus, python)| {
            let bus = stack.start_dbus(dbus, &root.join("runtime/bus"), &app_env);
            // The app joins the session; GTK's accessibility bridge is on unless told otherwise.
            app_env.push(("DBUS_SESSION_BUS_ADDRESS".into(), bus.clone()));
            app_env.push(("NO_AT_BRIDGE".into(), "0".into()));
            Access {
                bus,
                python: python.clone(),
            }
        });
        let port = free_port();
        let native_port = free_port();
        let mut driver = Command::new(&tools.tauri_driver);
        driver
            .args(["--port", &port.to_string()])
            .args(["--native-port", &native_port.to_string()])
            .arg("--native-driver")
            .arg(&tools.webkit_driver)
            .env("DISPLAY", format!(":{display}"))
            .envs(app_env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .process_group(0);
        stack.driver = Some(driver.spawn().expect("start tauri-driver"));
        wait_for_port(port, HANG);

        let mut caps = Map::new();
        caps.insert("browserName".into(), json!("wry"));
        caps.insert("tauri:options".into(), json!({ "application": APP }));
        let client = connect(port, caps).await;
        let gui = Gui {
            client,
            home,
            access,
            stack,
        };
        // The page marks itself ready once every handler is wired (ui/js/main.js): driving it
        // earlier races its modules (a click before a handler exists does nothing; the first
        // screen's focus lands in the middle of typing).
        gui.find("html[data-ready='true']").await;
        Some(gui)
    }

    /// Waits for an element and returns it.
    pub async fn find(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(HANG)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element {css}: {e}"))
    }

    /// Waits until the element's text satisfies `ok`, and returns that text.
    pub async fn wait_text(&self, css: &str, ok: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + HANG;
        let mut last = String::new();
        while Instant::now() < deadline {
            if let Ok(element) = self.client.find(Locator::Css(css)).await {
                if let Ok(text) = element.text().await {
                    if ok(&text) {
                        return text;
                    }
                    last = text;
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let state = self.describe_page().await;
        panic!("{css} never showed the expected text; last seen: {last:?}; {state}");
    }

    /// What the page shows, for failure messages: the screen, an error, the status lines.
    /// Also saves a screenshot under `target/gui-failures/` when it can.
    pub async fn describe_page(&self) -> String {
        let script = "const t = (id) => { const e = document.getElementById(id); return e && !e.hidden ? e.textContent.trim() : null; };
            return JSON.stringify({screen: document.body.dataset.screen, error: t('error') && t('error-title'),
              error_detail: t('error') && document.getElementById('error-details').textContent,
              requests: t('requests-status'), request: t('request-standing'), connect: t('connect-status'), apps: t('apps-status'), export: t('export-phase'), save: t('save-status')});";
        let state = match self.client.execute(script, vec![]).await {
            Ok(value) => value.as_str().unwrap_or_default().to_string(),
            Err(error) => format!("(the page could not be read: {error})"),
        };
        if let Ok(png) = self.client.screenshot().await {
            let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/gui-failures");
            let name = format!(
                "{}-{}.png",
                std::thread::current()
                    .name()
                    .unwrap_or("gui")
                    .replace("::", "-"),
                std::process::id()
            );
            if std::fs::create_dir_all(&dir).is_ok() && std::fs::write(dir.join(&name), png).is_ok()
            {
                return format!("page: {state}; screenshot: target/gui-failures/{name}");
            }
        }
        format!("page: {state}")
    }

    /// Resizes the window and waits until the page has laid itself out at the new size: a
    /// click right after a resize must not land where an element was before it.
    pub async fn resize(&self, width: u32, height: u32) {
        self.client
            .set_window_size(width, height)
            .await
            .unwrap_or_else(|e| panic!("cannot resize to {width}x{height}: {e}"));
        let deadline = Instant::now() + HANG;
        loop {
            let size = self
                .client
                .execute("return [window.innerWidth, window.innerHeight];", vec![])
                .await
                .ok()
                .and_then(|v| serde_json::from_value::<(u32, u32)>(v).ok());
            if size == Some((width, height)) {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "the page never took the size {width}x{height}; it is {size:?}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        self.settle().await;
    }

    /// Waits until the page has painted what it just laid out (two animation frames).
    pub async fn settle(&self) {
        let _ = self
            .client
            .execute_async(
                "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));",
                vec![],
            )
            .await;
    }

    /// Clicks an element, scrolled to the middle of its scrolling area first (as a person would
    /// scroll to it: WebKitWebDriver's own scrolling can leave it at the clipped edge of a
    /// scrolling `<main>`).
    pub async fn click(&self, css: &str) {
        let element = self.find(css).await;
        self.scroll_to(&element).await;
        if let Err(error) = element.click().await {
            let state = self.describe_page().await;
            panic!("cannot click {css}: {error:?}; {state}");
        }
    }

    /// Scrolls the element to the middle of its scrolling area, as a person reading it would.
    pub async fn show(&self, css: &str) {
        let element = self.find(css).await;
        self.scroll_to(&element).await;
    }

    /// Scrolls `element` to the middle of its scrolling area.
    async fn scroll_to(&self, element: &fantoccini::elements::Element) {
        if let Ok(arg) = serde_json::to_value(element) {
            let _ = self
                .client
                .execute(
                    "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});",
                    vec![arg],
                )
                .await;
        }
    }

    /// Waits until an element is shown (present is not enough: a dialog's fields exist before
    /// it opens) and returns it.
    pub async fn find_shown(&self, css: &str) -> fantoccini::elements::Element {
        let deadline = Instant::now() + HANG;
        while Instant::now() < deadline {
            if let Ok(element) = self.client.find(Locator::Css(css)).await {
                if element.is_displayed().await.unwrap_or(false) {
                    return element;
                }
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let state = self.describe_page().await;
        panic!("{css} was never shown; {state}");
    }

    /// Replaces the text of an input (scrolled into view first, as for a click), once it is
    /// shown (a form opens after what it needs was read: on the team's register, that waits for
    /// the server).
    pub async fn type_into(&self, css: &str, text: &str) {
        let element = self.find_shown(css).await;
        self.scroll_to(&element).await;
        element.clear().await.expect("clear");
        element.send_keys(text).await.expect("type");
    }

    /// True when the element shows whole in the screen's area (between the header and the
    /// footer), without scrolling.
    pub async fn in_view(&self, css: &str) -> bool {
        let script = "const r = document.querySelector(arguments[0]).getBoundingClientRect();
            const area = document.getElementById('main').getBoundingClientRect();
            return r.width > 0 && r.top >= area.top && r.left >= area.left
              && r.bottom <= area.bottom && r.right <= area.right;";
        self.client
            .execute(script, vec![serde_json::Value::from(css)])
            .await
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false)
    }

    /// True when the element exists and is shown.
    pub async fn visible(&self, css: &str) -> bool {
        match self.client.find(Locator::Css(css)).await {
            Ok(element) => element.is_displayed().await.unwrap_or(false),
            Err(_) => false,
        }
    }

    /// Saves a screenshot of the page as `<name>.png` when screenshots were asked for.
    pub async fn screenshot(&self, name: &str) {
        let Ok(dir) = std::env::var(SHOTS_VAR) else {
            return;
        };
        // Let the page paint what the test just waited for: WebKit can hand out a stale frame.
        self.settle().await;
        tokio::time::sleep(Duration::from_millis(400)).await;
        let png = self.client.screenshot().await.expect("screenshot");
        std::fs::create_dir_all(&dir).expect("screenshot folder");
        std::fs::write(Path::new(&dir).join(format!("{name}.png")), png).expect("write shot");
    }

    /// Ends the WebDriver session (which closes the app) and then every process.
    pub async fn finish(self) {
        let Gui { client, stack, .. } = self;
        let _ = client.close().await;
        drop(stack);
    }
}

impl Stack {
    /// Starts a private D-Bus session listening at `socket`, and returns its address once it
    /// accepts connections (the daemon prints it then). What it starts on demand (the
    /// accessibility bus) runs with the app's HOME and XDG folders.
    fn start_dbus(&mut self, dbus: &Path, socket: &Path, env: &[(String, String)]) -> String {
        let mut child = Command::new(dbus)
            .args(["--session", "--nofork", "--nopidfile", "--print-address=1"])
            .arg(format!("--address=unix:path={}", socket.display()))
            .envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .expect("start dbus-daemon");
        let stdout = child.stdout.take().expect("dbus-daemon's stdout");
        self.dbus = Some(child);
        let mut line = String::new();
        std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut line)
            .expect("read the D-Bus session's address");
        let address = line.trim().to_string();
        assert!(
            address.starts_with("unix:"),
            "dbus-daemon did not start (it said {line:?})"
        );
        address
    }

    /// Starts Xvfb on a display number it picks itself, and returns that number once it
    /// accepts connections. `-displayfd` makes Xvfb choose a free display and write its
    /// number when ready: two tests starting at once can never share a display (choosing the
    /// number here and looking for its socket could see another test's server).
    fn start_xvfb(&mut self, xvfb: &Path) -> u32 {
        let mut child = Command::new(xvfb)
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .expect("start Xvfb");
        let stdout = child.stdout.take().expect("Xvfb's stdout");
        self.xvfb = Some(child);
        let mut line = String::new();
        std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut line)
            .expect("read Xvfb's display number");
        line.trim()
            .parse()
            .unwrap_or_else(|_| panic!("Xvfb did not start (it said {line:?})"))
    }
}

impl Drop for Stack {
    fn drop(&mut self) {
        // tauri-driver first, with SIGTERM: only its handler ends WebKitWebDriver cleanly.
        // Whatever is left of its process group (WebKitWebDriver, the app) is then killed.
        if let Some(driver) = self.driver.take() {
            end_group(driver, Duration::from_secs(5));
        }
        // The D-Bus session, with what it started (the accessibility bus and its registry).
        if let Some(dbus) = self.dbus.take() {
            end_group(dbus, Duration::from_secs(2));
        }
        if let Some(xvfb) = self.xvfb.take() {
            end_group(xvfb, Duration::from_secs(2));
        }
    }
}

/// SIGTERM to the child's process group, a grace period, then SIGKILL; always reaped.
fn end_group(mut child: Child, grace: Duration) {
    // Its processes, read before any is stopped: once its parent is gone a process is the
    // init's child, and no longer found from here. The app is among them (WebKitWebDriver
    // starts it), and it must have ended before the next step of a test: until then it holds
    // its files and locks (an unfinished export's staging folder), and the next copy of the
    // app would truthfully say that export is running.
    let family = descendants(child.id());
    let Ok(raw) = i32::try_from(child.id()) else {
        let _ = child.kill();
        let _ = child.wait();
        return;
    };
    let group = Pid::from_raw(raw);
    let _ = killpg(group, Signal::SIGTERM);
    let deadline = Instant::now() + grace;
    while Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    // The leader may be gone while others in its group are not, and a process may have left
    // the group.
    let _ = killpg(group, Signal::SIGKILL);
    for pid in &family {
        if let Ok(pid) = i32::try_from(*pid) {
            let _ = nix::sys::signal::kill(Pid::from_raw(pid), Signal::SIGKILL);
        }
    }
    let _ = child.wait();
    // A killed process ends when the system gets to it, not when the signal is sent: its
    // threads end one by one, and its files (and their locks) are let go as the last ends.
    let hang = Instant::now() + HANG;
    while let Some(pid) = family.iter().copied().find(|pid| !ended(*pid)) {
        assert!(
            Instant::now() < hang,
            "process {pid} still runs {HANG:?} after it was killed ({})",
            threads(pid)
                .iter()
                .map(|(tid, state)| format!("thread {tid}: {state}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Whether process `pid` has ended: gone, or a zombie whose every thread has ended (a
/// zombie's threads may still run, and hold its files, until the last has ended; a zombie
/// itself stays until its parent, here often the system's first process, collects it).
fn ended(pid: u32) -> bool {
    threads(pid)
        .iter()
        .all(|(_, state)| *state == 'Z' || *state == 'X')
}

/// The threads of process `pid` and the state of each (none when it is gone).
fn threads(pid: u32) -> Vec<(u32, char)> {
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return Vec::new();
    };
    tasks
        .flatten()
        .filter_map(|task| {
            let tid = task.file_name().to_str()?.parse().ok()?;
            let (state, _) = stat(&task.path().join("stat"))?;
            Some((tid, state))
        })
        .collect()
}

/// The state and parent in a `/proc/…/stat` file (`None`: the process or thread is gone).
fn stat(path: &Path) -> Option<(char, u32)> {
    let text = std::fs::read_to_string(path).ok()?;
    // "PID (NAME) STATE PPID ...": the name may hold spaces and parentheses.
    let (_, rest) = text.rsplit_once(')')?;
    let mut fields = rest.split_whitespace();
    let state = fields.next()?.chars().next()?;
    let parent = fields.next()?.parse().ok()?;
    Some((state, parent))
}

/// The processes descended from `root` (its children, theirs...).
fn descendants(root: u32) -> Vec<u32> {
    let mut children: std::collections::HashMap<u32, Vec<u32>> = std::collections::HashMap::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        if let Some((_, parent)) = stat(&entry.path().join("stat")) {
            children.entry(parent).or_default().push(pid);
        }
    }
    let mut found = Vec::new();
    let mut next = vec![root];
    while let Some(pid) = next.pop() {
        for child in children.get(&pid).into_iter().flatten() {
            found.push(*child);
            next.push(*child);
        }
    }
    found
}

/// The programs the stack needs.
struct Tools {
    xvfb: PathBuf,
    tauri_driver: PathBuf,
    webkit_driver: PathBuf,
    /// An accessible GUI's D-Bus daemon, and the Python that reads its accessibility tree.
    dbus: Option<(PathBuf, PathBuf)>,
}

impl Tools {
    fn find() -> Result<Tools, String> {
        let cargo_bin = std::env::var_os("CARGO_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
            .map(|p| p.join("bin"));
        let tauri_driver = std::env::var_os("TAURI_DRIVER")
            .map(PathBuf::from)
            .or_else(|| which("tauri-driver", cargo_bin.as_deref()))
            .ok_or("tauri-driver (cargo install tauri-driver --version '^2' --locked)")?;
        let webkit_driver = which("WebKitWebDriver", None)
            .ok_or("WebKitWebDriver (Debian package webkit2gtk-driver)")?;
        let xvfb = which("Xvfb", None).ok_or("Xvfb (Debian package xvfb)")?;
        Ok(Tools {
            xvfb,
            tauri_driver,
            webkit_driver,
            dbus: None,
        })
    }

    /// What an accessible GUI needs besides: the D-Bus daemon, the accessibility bus it
    /// starts on demand (its service file names the launcher), and a Python that reads AT-SPI
    /// (the system's: that is where Debian's packages put GObject introspection).
    fn find_accessible() -> Result<(PathBuf, PathBuf), String> {
        let dbus = which("dbus-daemon", None).ok_or("dbus-daemon (Debian package dbus)")?;
        let service = [
            "/usr/share/dbus-1/services",
            "/usr/local/share/dbus-1/services",
        ]
        .iter()
        .map(|dir| Path::new(dir).join("org.a11y.Bus.service"))
        .find(|path| path.is_file());
        if service.is_none() {
            return Err("the accessibility bus (Debian package at-spi2-core)".into());
        }
        let reads_atspi = |python: &Path| {
            Command::new(python)
                .args([
                    "-c",
                    "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi",
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|status| status.success())
        };
        let python = [
            Some(PathBuf::from("/usr/bin/python3")),
            which("python3", None),
        ]
        .into_iter()
        .flatten()
        .find(|python| python.is_file() && reads_atspi(python))
        .ok_or("Python's AT-SPI bindings (Debian packages python3-gi and gir1.2-atspi-2.0)")?;
        Ok((dbus, python))
    }
}

fn which(name: &str, extra: Option<&Path>) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain(extra.map(Path::to_path_buf))
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

fn set_private(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).expect("chmod 700");
}

/// A free port on 127.0.0.1, never one handed out before in this process: the kernel may give
/// a port just released by one test to the next `bind`, and two tests running at once must
/// not share a driver port.
fn free_port() -> u16 {
    static GIVEN: std::sync::Mutex<std::collections::BTreeSet<u16>> =
        std::sync::Mutex::new(std::collections::BTreeSet::new());
    loop {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a free port");
        let port = listener.local_addr().expect("local address").port();
        let mut given = GIVEN
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if given.insert(port) {
            return port;
        }
    }
}

fn wait_for_port(port: u16, limit: Duration) {
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("tauri-driver did not listen on port {port} within {limit:?}");
}

async fn connect(port: u16, caps: Map<String, Value>) -> Client {
    let url = format!("http://127.0.0.1:{port}");
    let mut last_error = String::new();
    // WebKitWebDriver can take a moment after tauri-driver listens.
    let deadline = Instant::now() + HANG;
    while Instant::now() < deadline {
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        match ClientBuilder::new(connector)
            .capabilities(caps.clone())
            .connect(&url)
            .await
        {
            Ok(client) => return client,
            Err(error) => last_error = error.to_string(),
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    panic!("no WebDriver session: {last_error}");
}
