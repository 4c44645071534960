//! The command line, as clap reads it.

use act_engine::lang::Lang;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Export one client's App Center Test data as a verifiable archive.
///
/// The API token is read from APPCENTER_ACCESS_TOKEN, or asked for (hidden) on a terminal.
/// It is never taken from the command line, where other users could see it.
#[derive(Debug, Parser)]
#[command(name = "act-export", version, about, long_about = None, after_help = EXIT_CODES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    #[command(flatten)]
    pub common: Common,
}

/// Options every command takes.
#[derive(Debug, Args)]
pub struct Common {
    /// The App Center API address.
    #[arg(long, global = true, value_name = "URL", default_value = act_api::DEFAULT_BASE_URL)]
    pub base_url: String,
    /// Print machine-readable JSON on stdout instead of text.
    #[arg(long, global = true)]
    pub json: bool,
    /// The most requests and downloads in flight at once (downloads adapt below it to what the
    /// link gives).
    #[arg(long, global = true, value_name = "N", default_value_t = 64, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub parallel: u16,
    /// Explain failures in full, and log what is done to stderr.
    #[arg(long, short, global = true)]
    pub verbose: bool,
    /// The request journal to use: a file, or the team's register on PostgreSQL as
    /// postgres://OFFICER@SERVER/DATABASE (default: the desktop app's file, in its data folder).
    /// The register's password is read from PGPASSWORD, so that it is not on the command line.
    #[arg(long, global = true, value_name = "FILE|URL", env = "ACT_EXPORT_JOURNAL", hide_env_values = true, value_parser = parse_location)]
    pub journal: Option<act_journal::Location>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the apps the token can see.
    Apps,
    /// List an app's test runs.
    Runs {
        /// The app, as OWNER/APP.
        app: String,
    },
    /// Export test runs of one app, or of several apps of the same request, into one archive.
    Export(ExportArgs),
    /// Check an archive: every file against its checksum in the manifest.
    Verify {
        /// The archive to check.
        file: PathBuf,
        /// The archive is protected: read its password from standard input (first line).
        #[arg(long)]
        password_stdin: bool,
    },
    /// Your record of each data-subject request: open, extend, deliver, close.
    Case {
        #[command(subcommand)]
        action: CaseCommand,
    },
    /// The rules your team sets for every request in the journal.
    Team {
        #[command(subcommand)]
        action: TeamCommand,
    },
    /// The journal of every request: check it, or export it as CSV.
    Journal {
        #[command(subcommand)]
        action: JournalCommand,
    },
    /// Run the sample App Center server on this computer (for trying things out).
    SampleServer {
        /// The API's port (a free one when not given); files are served on another port.
        #[arg(long)]
        port: Option<u16>,
        /// How much data to serve.
        #[arg(long, value_enum, default_value_t = SampleProfile::Sample)]
        profile: SampleProfile,
        /// Delay added to every request, in milliseconds.
        #[arg(long, value_name = "MS", default_value_t = 0)]
        latency_ms: u64,
        /// Enforce a limit on API requests, as REQUESTS/SECONDS (for example 500/300s).
        #[arg(long, value_name = "REQUESTS/SECONDS", value_parser = parse_rule)]
        rate_limit: Option<act_sample_server::RateLimitRule>,
        /// File links expire this many seconds after they are handed out.
        #[arg(long, value_name = "SECONDS")]
        link_lifetime: Option<u64>,
        /// Ignore Range requests (always send whole files).
        #[arg(long)]
        no_ranges: bool,
        /// Break every file download off after this many bytes.
        #[arg(long, value_name = "BYTES")]
        drop_after: Option<u64>,
        /// Serve files no faster than this many megabytes per second, all downloads together
        /// (a link of that speed).
        #[arg(long, value_name = "MB_PER_SECOND")]
        bandwidth: Option<u64>,
    },
}

#[derive(Debug, Subcommand)]
pub enum CaseCommand {
    /// Open a request: the answer is due one month after it was received.
    New {
        /// Its reference (a ticket number, for example).
        reference: String,
        /// Whose data it asks for (a client or a person).
        #[arg(long, value_name = "NAME")]
        subject: String,
        /// When it was received, as YYYY-MM-DD.
        #[arg(long, value_name = "DATE")]
        received: String,
        /// The right it exercises.
        #[arg(long, value_enum, default_value_t = RightArg::Access)]
        right: RightArg,
        /// The language to answer in: its letter's, README.html's and HOW-TO-OPEN.txt's, and
        /// those two files' names (en, de, fr, es, it, nl or pl; English when not said).
        #[arg(long, value_name = "LANG")]
        lang: Option<Lang>,
    },
    /// Say in which language a request is to be answered: its letter's, README.html's and
    /// HOW-TO-OPEN.txt's, and those two files' names (en, de, fr, es, it, nl or pl).
    Language {
        reference: String,
        #[arg(value_name = "LANG")]
        lang: Lang,
    },
    /// List the requests, soonest due first.
    List {
        /// Only the requests assigned to you (on the team's register: your login there).
        #[arg(long, conflicts_with = "officer")]
        mine: bool,
        /// Only the requests assigned to this officer.
        #[arg(long, value_name = "OFFICER")]
        officer: Option<String>,
    },
    /// Show a request and everything that happened to it.
    Show { reference: String },
    /// Extend a request by one or two further months (GDPR Art. 12(3)).
    Extend {
        reference: String,
        /// Further months in all: 1 or 2.
        #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u8).range(1..=2))]
        months: u8,
        /// When the requester was told, as YYYY-MM-DD (within the first month).
        #[arg(long, value_name = "DATE")]
        told_on: String,
        /// Why the request needs more time (the requester must be told why).
        #[arg(long, value_name = "TEXT")]
        reason: String,
    },
    /// Record that the answer was delivered.
    Deliver {
        reference: String,
        /// How it was sent.
        #[arg(long, value_enum)]
        channel: ChannelArg,
        /// To whom.
        #[arg(long, value_name = "WHO")]
        recipient: String,
        /// When, as YYYY-MM-DD (default: today).
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
        /// How the archive's password was sent, if it had one (for example "by phone").
        #[arg(long, value_name = "HOW")]
        password_sent: Option<String>,
    },
    /// Give a request to an officer to handle, or hand it over to another.
    Assign {
        reference: String,
        /// The officer (on the team's register: their login there).
        #[arg(long, value_name = "OFFICER")]
        to: String,
    },
    /// Approve a request's last archive for delivery (when your team has a second officer
    /// approve each archive; not an archive you exported yourself).
    Approve { reference: String },
    /// Read a request's last archive as the officer who reviews it does: the letter and the
    /// ledger (what App Center returned, what is in the archive, what was left out), without
    /// the data.
    Review { reference: String },
    /// Send a request's last archive back: it is not to be delivered, and says why.
    SendBack {
        reference: String,
        /// Why (whoever exported it reads it).
        #[arg(long, value_name = "TEXT")]
        reason: String,
    },
    /// Add a note to a request.
    Note { reference: String, text: String },
    /// Close a request.
    Close { reference: String },
}

#[derive(Debug, Subcommand)]
pub enum TeamCommand {
    /// A second pair of eyes: whether another officer must approve each archive before its
    /// delivery is recorded (`on`), or not (`off`). Without a value, says which it is.
    Approval {
        #[arg(value_enum)]
        required: Option<OnOff>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnOff {
    On,
    Off,
}

#[derive(Debug, Subcommand)]
pub enum JournalCommand {
    /// Recompute the journal's chain of checksums and name the first event that does not match;
    /// say if the journal is missing, shorter than it was, another journal or rewritten since
    /// this computer last wrote it.
    Verify {
        /// Also check that the journal is the one this archive was made with and still holds
        /// what its manifest recorded of it.
        #[arg(long, value_name = "FILE.zip")]
        archive: Option<PathBuf>,
        /// The --archive is protected: read its password from standard input (first line).
        #[arg(long, requires = "archive")]
        password_stdin: bool,
    },
    /// Show exactly what the journal's checksum of one event is computed from, so that an
    /// auditor can compute it without ACT Export (docs/journal-format.md).
    Explain {
        /// The event's number (1 is the first).
        event: u64,
        /// Write only the bytes whose SHA-256 is the event's checksum, for example to
        /// `sha256sum` (instead of the explanation, or its --json).
        #[arg(long)]
        bytes: bool,
    },
    /// Copy this journal (the file --journal names, or the app's) into the team's register:
    /// every event with its time and request, after one that records where they came from;
    /// all or nothing. The journal copied from stays as it is.
    Copy {
        /// The register (postgres://OFFICER@SERVER/DATABASE; the password from PGPASSWORD), or
        /// another journal file.
        #[arg(long, value_name = "URL|FILE", value_parser = parse_location)]
        to: act_journal::Location,
    },
    /// Write every event to a CSV file (for a spreadsheet program or an auditor).
    Export {
        /// The CSV file to write.
        #[arg(long, value_name = "FILE.csv")]
        csv: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RightArg {
    /// The right of access (Art. 15).
    Access,
    /// The right to data portability (Art. 20).
    Portability,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ChannelArg {
    Email,
    Portal,
    Post,
    Other,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("scope").required(true).multiple(true).args(["run", "all_runs"]))]
#[command(group = clap::ArgGroup::new("which").required(true).multiple(true).args(["app", "apps"]))]
pub struct ExportArgs {
    /// The app, as OWNER/APP (or name each app with --app).
    pub app: Option<String>,
    /// An app of the request, as OWNER/APP; the --run and --all-runs options after it are
    /// its own. Repeat for each app: one archive holds them all, each in its own folder.
    #[arg(long = "app", value_name = "OWNER/APP")]
    pub apps: Vec<String>,
    /// A test run to export (repeat for several), of the app named before it.
    #[arg(long, value_name = "ID")]
    pub run: Vec<String>,
    /// Export every test run of the app named before it.
    #[arg(long, action = clap::ArgAction::Count)]
    pub all_runs: u8,
    /// Each app (as typed) with its runs (`None`: every run), in the order named; filled in
    /// from where the options stand on the command line ([`ExportArgs::group`]).
    #[arg(skip)]
    pub groups: Vec<AppRuns>,
    /// The archive to write (.zip). It appears only once complete.
    #[arg(long, value_name = "FILE.zip")]
    pub out: PathBuf,
    /// Replace the --out file if it exists (it is replaced only once the new one is complete).
    #[arg(long)]
    pub force: bool,
    /// Only continue the unfinished export of this --out (fail if there is none). Running the
    /// same export again continues it anyway.
    #[arg(long, conflicts_with = "restart")]
    pub resume: bool,
    /// Throw away the unfinished export of this --out, and start over.
    #[arg(long)]
    pub restart: bool,
    /// Keep exactly --parallel in flight, without adapting (for measurements).
    #[arg(long)]
    pub steady: bool,
    /// The pace of API calls to start from, as REQUESTS/SECONDS (App Center documents 500 per
    /// 5 minutes). It slows down to a stricter limit the service shows, and never goes faster.
    #[arg(long, value_name = "REQUESTS/SECONDS", default_value = "500/300s", value_parser = parse_rate_limit)]
    pub rate_limit: act_api::RateLimit,
    /// Whose data this is, for the archive's README (for example a client's name).
    #[arg(long, value_name = "NAME")]
    pub subject: Option<String>,
    /// Leave the files out (records and reports only).
    #[arg(long)]
    pub no_files: bool,
    /// Also export the token owner's account-level data.
    #[arg(long)]
    pub include_account_data: bool,
    /// Append every progress report to this file, one JSON object a line (for automation).
    #[arg(long, value_name = "FILE")]
    pub progress_file: Option<PathBuf>,
    /// The request (its reference) this export answers: the journal records it, and the
    /// archive's manifest records the journal's state.
    #[arg(long, value_name = "REFERENCE")]
    pub case: Option<String>,
    /// Open README.html with a cover letter to the requester, from this controller profile
    /// (JSON; missing fields take the defaults, see the README). Texts for the letters in one
    /// language go under "languages", e.g. {"controller": "...", "languages": {"fr":
    /// {"purposes": "..."}}}: a letter in French takes those, and the others the general ones
    /// (the suggested texts in its language). With --case, the letter names the request's
    /// reference and when it was received.
    #[arg(long, value_name = "PROFILE.json")]
    pub letter: Option<PathBuf>,
    /// The language of the answer: the letter's, README.html's and HOW-TO-OPEN.txt's, and those
    /// two files' names (French: LISEZMOI.html, COMMENT-OUVRIR.txt), recorded in manifest.json
    /// (en, de, fr, es, it, nl or pl; default: the request's, else English). This command's own
    /// messages are in English.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<Lang>,
    /// Protect the archive with a password read from standard input (its first line; typed
    /// hidden on a terminal): every entry but HOW-TO-OPEN.txt (named in the answer's language)
    /// is encrypted with AES-256.
    #[arg(long)]
    pub password_stdin: bool,
}

/// An app as typed (OWNER/APP) and its runs (`None`: all of them).
pub type AppRuns = (String, Option<Vec<String>>);

impl ExportArgs {
    /// Ties each --run and --all-runs to the app named before it (the positional app when
    /// no --app comes before it), from the options' places on the command line.
    pub fn group(&mut self, matches: &clap::ArgMatches) -> Result<(), String> {
        let at = |id: &str| -> Vec<usize> {
            // Only where it was typed (a flag not given has a default, and an index for it).
            if matches.value_source(id) != Some(clap::parser::ValueSource::CommandLine) {
                return Vec::new();
            }
            matches
                .indices_of(id)
                .map(|i| i.collect())
                .unwrap_or_default()
        };
        let apps: Vec<(usize, String)> = at("apps").into_iter().zip(self.apps.clone()).collect();
        let runs: Vec<(usize, String)> = at("run").into_iter().zip(self.run.clone()).collect();
        self.groups = group_runs(self.app.as_deref(), &apps, &runs, &at("all_runs"))?;
        Ok(())
    }
}

/// Each app with its runs (`None`: all of them): a run or `--all-runs` (at its index) belongs
/// to the last `--app` before it, or to `first` (the positional app) when none is.
pub fn group_runs(
    first: Option<&str>,
    apps: &[(usize, String)],
    runs: &[(usize, String)],
    all_runs: &[usize],
) -> Result<Vec<AppRuns>, String> {
    let mut groups: Vec<(String, Vec<String>, bool)> = Vec::new();
    if let Some(first) = first {
        groups.push((first.to_string(), Vec::new(), false));
    }
    let offset = groups.len();
    groups.extend(apps.iter().map(|(_, app)| (app.clone(), Vec::new(), false)));
    let owner = |index: usize| -> Result<usize, String> {
        match apps.iter().rposition(|(at, _)| *at < index) {
            Some(n) => Ok(offset + n),
            None if first.is_some() => Ok(0),
            None => Err("name the app before its test runs: --app OWNER/APP --run ID".into()),
        }
    };
    for (index, run) in runs {
        let n = owner(*index)?;
        groups[n].1.push(run.clone());
    }
    for index in all_runs {
        let n = owner(*index)?;
        groups[n].2 = true;
    }
    groups
        .into_iter()
        .map(|(app, runs, all)| match (runs.is_empty(), all) {
            (true, false) => Err(format!(
                "{app}: name its test runs with --run ID after it, or add --all-runs"
            )),
            (false, true) => Err(format!(
                "{app}: choose either --run or --all-runs for it, not both"
            )),
            (false, false) => Ok((app, Some(runs))),
            (true, true) => Ok((app, None)),
        })
        .collect()
}

fn parse_rate_limit(text: &str) -> Result<act_api::RateLimit, String> {
    act_api::RateLimit::parse(text).ok_or_else(|| {
        format!("\"{text}\" is not a pace: write it as REQUESTS/SECONDS, like 500/300s")
    })
}

/// A journal file's path, or a register's address (with the password from `PGPASSWORD`
/// when the address has none).
fn parse_location(given: &str) -> Result<act_journal::Location, String> {
    match act_journal::Location::parse(given)? {
        act_journal::Location::Postgres(address) => Ok(act_journal::Location::Postgres(
            match std::env::var("PGPASSWORD") {
                Ok(password) => address.with_password(password),
                Err(_) => address,
            },
        )),
        file => Ok(file),
    }
}

fn parse_rule(text: &str) -> Result<act_sample_server::RateLimitRule, String> {
    act_sample_server::RateLimitRule::parse(text).ok_or_else(|| {
        format!("\"{text}\" is not a limit: write it as REQUESTS/SECONDS, like 500/300s")
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SampleProfile {
    /// Three apps shared by several clients.
    Sample,
    /// Benchmark: 50 runs with 2 MB files.
    ManySmall,
    /// Benchmark: 20 runs with 100 MB files.
    Large,
    /// Benchmark: 300 runs with 64 kB files (600+ API calls: the request limit).
    ManyRuns,
}

pub const EXIT_CODES: &str = "Exit status:
  0    success
  2    the command line is not right
  3    the API token was not accepted, or may not read this
  4    the app, a test run or a request was not found
  5    the server could not be reached, failed, or answered nonsense
  6    the archive or the journal did not pass verification
  1    anything else (for example, the archive could not be written)
  130  cancelled by Ctrl-C (129: the terminal closed; 143: asked to stop, SIGTERM);
       nothing is left behind";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }

    fn at(list: &[(usize, &str)]) -> Vec<(usize, String)> {
        list.iter().map(|(i, s)| (*i, s.to_string())).collect()
    }

    #[test]
    fn runs_belong_to_the_app_named_before_them() {
        // export o/a --run 1 --app o/b --run 2 --run 3 --app o/c --all-runs
        let groups = group_runs(
            Some("o/a"),
            &at(&[(4, "o/b"), (10, "o/c")]),
            &at(&[(2, "1"), (6, "2"), (8, "3")]),
            &[12],
        )
        .unwrap();
        assert_eq!(
            groups,
            vec![
                ("o/a".to_string(), Some(vec!["1".to_string()])),
                (
                    "o/b".to_string(),
                    Some(vec!["2".to_string(), "3".to_string()])
                ),
                ("o/c".to_string(), None),
            ]
        );
        // Without the positional app, a run before every --app has no app.
        let error = group_runs(None, &at(&[(4, "o/b")]), &at(&[(2, "1")]), &[]).unwrap_err();
        assert!(
            error.contains("name the app before its test runs"),
            "{error}"
        );
        // An app without runs, or with both.
        let error = group_runs(Some("o/a"), &at(&[(4, "o/b")]), &at(&[(2, "1")]), &[]).unwrap_err();
        assert!(error.starts_with("o/b: name its test runs"), "{error}");
        let error = group_runs(Some("o/a"), &[], &at(&[(2, "1")]), &[3]).unwrap_err();
        assert!(error.starts_with("o/a: choose either"), "{error}");
    }
}
