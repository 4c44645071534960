//! The desktop shell without a window: its configuration (CSP, capability), the contract
//! between its error codes and the page's table, the page's module tree, the crates' module
//! trees and their freedom from Tauri (`architecture`), and the flow the
//! screens drive (connect, list, export, save, cancel, disconnect, the requests and their journal) as plain Rust calls on a
//! temporary cache folder. One test binary; the GUI tests are the other.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod architecture;
mod config;
mod flow;
mod language;
mod letter;
mod page;
mod register;
mod requests;
mod seeing;
mod ui;
