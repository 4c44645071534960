//! `act-export`: the ACT Export engine on the command line, for IT staff and automation.

mod cases;
mod cli;
mod commands;
mod failure;
mod output;
mod secrets;

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

use crate::cli::{Cli, Command};
use crate::failure::exit;

fn main() -> ExitCode {
    let parsed = Cli::command()
        .try_get_matches()
        .and_then(|matches| Ok((Cli::from_arg_matches(&matches)?, matches)));
    let cli = match parsed {
        Ok((mut cli, matches)) => {
            // Which app each --run belongs to depends on where it stands.
            if let (Command::Export(args), Some(("export", export))) =
                (&mut cli.command, matches.subcommand())
            {
                if let Err(message) = args.group(export) {
                    let error =
                        Cli::command().error(clap::error::ErrorKind::ArgumentConflict, message);
                    let _ = error.print();
                    return ExitCode::from(exit::USAGE);
                }
            }
            cli
        }
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() { exit::USAGE } else { 0 });
        }
    };
    let filter = if cli.common.verbose {
        "info,act_api=debug,act_engine=debug"
    } else {
        "error"
    };
    let _ = tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(filter)),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .try_init();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("act-export: cannot start: {error}");
            return ExitCode::from(exit::OTHER);
        }
    };
    let verbose = cli.common.verbose;
    match runtime.block_on(commands::run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("{failure}");
            if verbose {
                if let Some(detail) = &failure.detail {
                    eprintln!("details: {detail}");
                }
            }
            ExitCode::from(failure.status)
        }
    }
}
