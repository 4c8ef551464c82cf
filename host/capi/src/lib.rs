//! The frt C library: check facial-recognition deployment declarations from C, C++ or any
//! language with a C FFI, with the same wasmtime host, rules and report as `frt check`.
//!
//! The header is `include/frt.h`, generated from this crate by cbindgen (see `build.rs`); the
//! library is built as `libfrt.so` (cdylib) and `libfrt.a` (staticlib).
//!
//! # Use
//!
//! ```c
//! frt_engine *engine = frt_engine_new_builtin(NULL);            /* the built-in packs */
//! if (!engine) { fprintf(stderr, "%s\n", frt_last_error()); return 2; }
//! frt_outcome outcome;
//! frt_buffer report = {0};
//! frt_status status = frt_check(engine, json, json_len, NULL, &outcome, &report);
//! if (status == FRT_STATUS_OK && outcome.verdict != FRT_VERDICT_NON_COMPLIANT) { ... }
//! frt_buffer_free(&report);
//! frt_engine_free(engine);
//! ```
//!
//! # Contract
//!
//! - Every function returns a status code or `NULL` instead of failing silently, and records a
//!   message for [`frt_last_error`]. A panic inside the library is caught at the boundary and
//!   becomes [`FrtStatus::Panic`]; none unwinds into C.
//! - Every pointer argument is checked for `NULL`. A pointer that is not `NULL` must point to
//!   what the header says (the library cannot check that).
//! - The report is `frt/report/v1` JSON, byte for byte what `frt check --format json` prints
//!   for the same declaration and `--as-of`. It carries every message in English and Chinese,
//!   so there is no language argument: a renderer picks `message.en` or `message.zh`.
//! - The verdict is returned as an enum too, so C code can decide without parsing JSON.
//!
//! # Thread safety
//!
//! An engine is immutable once made and is `Send + Sync` (it holds a
//! [`frt_runtime::RulePack`]: a wasmtime engine and the compiled rules, shared by reference
//! count; every check runs in fresh wasmtime stores). One engine may be used by
//! [`frt_check`] from many threads at once. [`frt_engine_free`] must not run while another
//! thread still uses the engine. [`frt_last_error`] is per thread.

// The C ABI needs `#[unsafe(no_mangle)]` and raw pointers; the rest of the workspace denies
// unsafe code. Every unsafe block here says why it is sound.
#![allow(unsafe_code)]
#![deny(missing_docs)]

mod boundary;
mod buffer;
mod check;
mod engine;
mod error;

pub use buffer::{FrtBuffer, frt_buffer_free};
pub use check::{FrtOutcome, FrtVerdict, frt_check};
pub use engine::{
    FrtEngine, frt_engine_free, frt_engine_new_builtin, frt_engine_new_from_dir,
    frt_engine_new_from_pack,
};
pub use error::{FrtStatus, frt_last_error};

/// The library's version, a NUL-terminated string that lives as long as the program.
#[unsafe(no_mangle)]
pub extern "C" fn frt_version() -> *const std::ffi::c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}
