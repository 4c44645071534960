//! The `act-export` program as users run it: its words (snapshots), exit statuses, Ctrl-C,
//! exports that continue after a kill, and the officer's record of each request.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod commands;
mod interrupted;
mod pace;
mod protected;
mod register;
mod requests;
mod resume;
mod rules;

use std::path::Path;
use std::process::{Child, Command, Output, Stdio};

use act_sample_server::SampleServer;
pub use act_test_support::{content, server};

pub const BIN: &str = env!("CARGO_BIN_EXE_act-export");

/// `act-export export APP --all-runs --out all.zip` in `dir` against `server`, with the sample
/// token and the tests' data folder ([`data_home`]).
pub fn export_command(server: &SampleServer, dir: &Path, app: &str) -> Command {
    let mut command = Command::new(BIN);
    command
        .current_dir(dir)
        .args(["export", app, "--all-runs", "--out", "all.zip"])
        .args(["--base-url", &server.api_url()])
        .env("APPCENTER_ACCESS_TOKEN", act_sample_server::SAMPLE_TOKEN)
        .env("XDG_DATA_HOME", data_home())
        .env_remove("ACT_EXPORT_JOURNAL")
        .env_remove("RUST_LOG")
        .stdin(Stdio::null());
    command
}

/// Starts [`export_command`] in the background; its output is read (`piped`) or thrown away.
pub fn spawn_export(server: &SampleServer, dir: &Path, app: &str, piped: bool) -> Child {
    let output = || if piped { Stdio::piped() } else { Stdio::null() };
    export_command(server, dir, app)
        .stdout(output())
        .stderr(output())
        .spawn()
        .unwrap()
}

/// The data folder the program finds (as the desktop app's): under the build's temporary
/// folder, never the user's own, and this run's alone (the program keeps the pace of API calls
/// there, per address: a run's calls do not count against the next run's servers, which may
/// get the same ports).
pub fn data_home() -> std::path::PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("cli-data")
        .join(std::process::id().to_string())
}

pub struct Run {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs the program with the sample token unless `token` says otherwise.
pub async fn act(
    server: Option<&SampleServer>,
    token: Option<&str>,
    args: &[&str],
    dir: &Path,
) -> Run {
    act_with_input(server, token, args, dir, None).await
}

/// [`act`] with `input` on standard input (else none).
pub async fn act_with_input(
    server: Option<&SampleServer>,
    token: Option<&str>,
    args: &[&str],
    dir: &Path,
    input: Option<&str>,
) -> Run {
    act_in(server, token, args, dir, input, &[]).await
}

/// [`act_with_input`] with the environment variables `env` set (none of the user's own
/// reaches the program: no token, no journal, no register password).
pub async fn act_in(
    server: Option<&SampleServer>,
    token: Option<&str>,
    args: &[&str],
    dir: &Path,
    input: Option<&str>,
    env: &[(&str, &str)],
) -> Run {
    let mut command = Command::new(BIN);
    command
        .current_dir(dir)
        .args(args)
        .env_remove("APPCENTER_ACCESS_TOKEN")
        .env_remove("ACT_EXPORT_JOURNAL")
        .env_remove("PGPASSWORD")
        .env_remove("RUST_LOG")
        .envs(env.iter().copied())
        // Where the journal's witness goes (Linux): never the real user's settings folder.
        .env(
            "XDG_CONFIG_HOME",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("config"),
        )
        .env("XDG_DATA_HOME", data_home())
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(server) = server {
        command.args(["--base-url", &server.api_url()]);
    }
    if let Some(token) = token {
        command.env("APPCENTER_ACCESS_TOKEN", token);
    }
    let input = input.map(str::to_string);
    let output: Output = tokio::task::spawn_blocking(move || {
        let mut child = command.spawn().unwrap();
        if let (Some(input), Some(mut stdin)) = (input, child.stdin.take()) {
            std::io::Write::write_all(&mut stdin, input.as_bytes()).unwrap();
        }
        child.wait_with_output().unwrap()
    })
    .await
    .unwrap();
    let clean = |bytes: &[u8]| {
        let mut text = String::from_utf8_lossy(bytes).into_owned();
        if let Some(server) = server {
            text = text.replace(&server.api_url(), "http://[API]");
        }
        text
    };
    Run {
        status: output.status.code().unwrap_or(-1),
        stdout: clean(&output.stdout),
        stderr: clean(&output.stderr),
    }
}

pub fn hide_sha(text: &str) -> String {
    text.split('\n')
        .map(|line| match line.split_once("SHA-256 of the archive: ") {
            Some((head, _)) => format!("{head}SHA-256 of the archive: [SHA256]"),
            None => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}
/// Today (UTC) minus `days`, as YYYY-MM-DD.
pub fn days_ago(days: i64) -> String {
    let date = time::OffsetDateTime::now_utc().date() - time::Duration::days(days);
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// Runs a journal command (no service, no token) on the journal `journal`.
pub async fn offline(args: &[&str], journal: &str, dir: &Path) -> Run {
    let mut args = args.to_vec();
    args.extend(["--journal", journal]);
    act(None, None, &args, dir).await
}
