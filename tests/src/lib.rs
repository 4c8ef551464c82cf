//! Integration tests live in `tests/`; this crate holds no code.
