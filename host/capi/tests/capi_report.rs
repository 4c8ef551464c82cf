//! The C library's report is byte for byte what `frt check --format json` prints.
//!
//! Runs the `frt` binary cargo built beside this test (`cargo test --workspace` builds every
//! binary of the workspace; with `-p frt-capi` alone, build it first: `cargo build -p frt-cli`).
#![allow(unsafe_code)]

use std::ffi::CString;
use std::path::{Path, PathBuf};
use std::ptr::null_mut;

use frt::{FrtBuffer, FrtOutcome, FrtStatus, FrtVerdict};

/// The report of `declaration` through the C API, freed before returning.
fn capi_report(json: &[u8], as_of: &str, cache: &Path) -> (FrtStatus, Vec<u8>) {
    let cache = CString::new(cache.to_str().unwrap()).unwrap();
    let as_of = CString::new(as_of).unwrap();
    let mut outcome = FrtOutcome {
        verdict: FrtVerdict::Unknown,
        violations: 0,
        needs_review: 0,
        errors: 0,
    };
    let mut report = FrtBuffer {
        data: null_mut(),
        len: 0,
    };
    // SAFETY: every pointer is valid for the calls; the engine and buffer are freed once.
    unsafe {
        let engine = frt::frt_engine_new_builtin(cache.as_ptr());
        assert!(!engine.is_null());
        let status = frt::frt_check(
            engine,
            json.as_ptr(),
            json.len(),
            as_of.as_ptr(),
            &mut outcome,
            &mut report,
        );
        let bytes = std::slice::from_raw_parts(report.data, report.len).to_vec();
        frt::frt_buffer_free(&mut report);
        frt::frt_engine_free(engine);
        (status, bytes)
    }
}

/// The `frt` binary of this build: in the profile directory, the parent of `deps/`, where this
/// test binary runs from.
fn frt_binary() -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary's path");
    let profile = exe
        .parent()
        .and_then(Path::parent)
        .expect("the test binary is in <profile>/deps/");
    let frt = profile.join(format!("frt{}", std::env::consts::EXE_SUFFIX));
    assert!(
        frt.is_file(),
        "the `frt` binary is missing at `{}`; run the workspace's tests (`cargo test --workspace`) or build it first (`cargo build -p frt-cli`)",
        frt.display()
    );
    frt
}

#[test]
fn the_c_report_is_byte_identical_to_frt_check_format_json() {
    let cache = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    for name in ["camera-compliant.json", "camera-face-only.json"] {
        let path = root.join("examples/camera-c").join(name);
        let cli = std::process::Command::new(frt_binary())
            .args(["check", "--format", "json", "--as-of", "2026-08-03"])
            .arg(&path)
            .env("FRT_CACHE_DIR", cache.path())
            .output()
            .expect("frt runs");
        let (status, capi) =
            capi_report(&std::fs::read(&path).unwrap(), "2026-08-03", cache.path());
        assert_eq!(status, FrtStatus::Ok);
        assert!(!cli.stdout.is_empty());
        assert!(cli.stdout == capi, "{name}: the reports differ");
    }
}
