//! The sample server over real HTTP: every kind of answer it gives holds to the published
//! contract (`contract`), and its switches do what they say whatever the machine's speed
//! (`switches`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod contract;
mod switches;
