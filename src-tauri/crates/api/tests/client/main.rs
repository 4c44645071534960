//! The client over real HTTP on loopback against the sample server: every operation
//! (`operations`), where the token goes (`tokens`), retries and failures (`retries`),
//! downloads that stream, continue and cancel (`downloads`), and the pace of API calls
//! (`pacing`). Waits are for conditions of the sample server, never for a time.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod downloads;
mod operations;
mod pacing;
mod retries;
mod support;
mod tokens;
