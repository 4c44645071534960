//! The export engine's integration tests, one binary: exports over real HTTP against the
//! sample server (its switches play the odd services), the archive's promise (nothing of
//! another client, nothing dropped, everything accounted for), destinations that fail,
//! extraction with real tools, token hygiene, and property tests of names and scoping.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod cancel;
mod destination;
mod export;
mod extract;
mod hygiene;
mod letter;
mod letters;
mod lock;
mod messages;
mod names_props;
mod promise;
mod protected;
mod resume;
mod scope_props;
mod several;
mod support;
mod toplevel;
