//! Integration tests of frt; the test files are in `tests/`. This library only exposes the
//! paths of the test guests that `build.rs` builds.

#![deny(missing_docs)]

/// Paths of the test guests' components.
pub mod guests {
    include!(concat!(env!("OUT_DIR"), "/guests.rs"));
}
