//! The C API called the way C calls it, through the `extern "C"` functions: null pointers,
//! bytes that are not UTF-8 or not JSON, bad dates, and a good check, all without a panic.
#![allow(unsafe_code)]

use std::ffi::{CStr, CString};
use std::ptr::{null, null_mut};
use std::sync::OnceLock;

use frt::{
    FrtBuffer, FrtEngine, FrtOutcome, FrtStatus, FrtVerdict, frt_buffer_free, frt_check,
    frt_engine_free, frt_engine_new_builtin, frt_engine_new_from_dir, frt_engine_new_from_pack,
    frt_last_error,
};

const CAMERA: &str = include_str!("../../../examples/camera-c/camera-compliant.json");
const FACE_ONLY: &str = include_str!("../../../examples/camera-c/camera-face-only.json");

/// An engine that lives for the whole test run. The pointer is shared across test threads,
/// which the API documents as safe.
struct Shared(*mut FrtEngine);
// SAFETY: `FrtEngine` is `Send + Sync` (asserted in the library); the pointer is never freed.
unsafe impl Sync for Shared {}
// SAFETY: as above.
unsafe impl Send for Shared {}

fn cache_dir() -> CString {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("frt-capi-cache");
    CString::new(dir.to_str().unwrap()).unwrap()
}

fn engine() -> *const FrtEngine {
    static ENGINE: OnceLock<Shared> = OnceLock::new();
    ENGINE
        .get_or_init(|| {
            let cache = cache_dir();
            // SAFETY: a NUL-terminated string that outlives the call.
            let engine = unsafe { frt_engine_new_builtin(cache.as_ptr()) };
            assert!(!engine.is_null(), "{}", last_error());
            Shared(engine)
        })
        .0
}

fn last_error() -> String {
    let ptr = frt_last_error();
    assert!(!ptr.is_null(), "a failed call leaves a message");
    // SAFETY: the library returns a NUL-terminated string valid until the next call.
    unsafe { CStr::from_ptr(ptr) }.to_str().unwrap().to_owned()
}

fn unknown() -> FrtOutcome {
    FrtOutcome {
        verdict: FrtVerdict::Compliant,
        violations: 7,
        needs_review: 7,
        errors: 7,
    }
}

/// Checks `bytes` and returns the status, outcome and report text.
fn check(bytes: &[u8], as_of: Option<&str>) -> (FrtStatus, FrtOutcome, Option<String>) {
    let as_of = as_of.map(|d| CString::new(d).unwrap());
    let mut outcome = unknown();
    let mut report = FrtBuffer {
        data: null_mut(),
        len: 0,
    };
    // SAFETY: every pointer is valid for the call; `bytes` has `bytes.len()` bytes.
    let status = unsafe {
        frt_check(
            engine(),
            bytes.as_ptr(),
            bytes.len(),
            as_of.as_ref().map_or(null(), |d| d.as_ptr()),
            &mut outcome,
            &mut report,
        )
    };
    let text = (!report.data.is_null()).then(|| {
        // SAFETY: the library filled in `len` bytes followed by a NUL.
        let bytes = unsafe { std::slice::from_raw_parts(report.data, report.len + 1) };
        assert_eq!(bytes[report.len], 0, "the report ends with a NUL");
        String::from_utf8(bytes[..report.len].to_vec()).unwrap()
    });
    // SAFETY: the buffer came from the library; freeing twice is documented as harmless.
    unsafe {
        frt_buffer_free(&mut report);
        frt_buffer_free(&mut report);
    }
    assert!(report.data.is_null() && report.len == 0);
    (status, outcome, text)
}

#[test]
fn a_compliant_camera_passes_and_the_report_is_the_json_report() {
    let (status, outcome, report) = check(CAMERA.as_bytes(), Some("2026-05-11"));
    assert_eq!(status, FrtStatus::Ok);
    assert!(
        frt_last_error().is_null(),
        "a successful call clears the last error"
    );
    assert_eq!(outcome.verdict, FrtVerdict::Compliant);
    assert_eq!(
        (outcome.violations, outcome.needs_review, outcome.errors),
        (0, 0, 0)
    );
    let report: serde_json::Value = serde_json::from_str(&report.unwrap()).unwrap();
    assert_eq!(report["schema"], "frt/report/v1");
    assert_eq!(report["declaration"], "office-door-camera");
    assert_eq!(report["as_of"], "2026-05-11");
    assert_eq!(report["verdict"], "compliant");
}

#[test]
fn a_face_only_camera_is_non_compliant_and_as_of_overrides_the_declaration() {
    let (status, outcome, report) = check(FACE_ONLY.as_bytes(), Some("2026-09-30"));
    assert_eq!(status, FrtStatus::Ok);
    assert_eq!(outcome.verdict, FrtVerdict::NonCompliant);
    assert_eq!(outcome.violations, 3);
    let report: serde_json::Value = serde_json::from_str(&report.unwrap()).unwrap();
    assert_eq!(report["as_of"], "2026-09-30");
    assert_eq!(report["summary"]["violation"], 3);
}

#[test]
fn null_pointers_are_refused_with_a_message() {
    let json = CAMERA.as_bytes();
    let mut outcome = unknown();
    let mut report = FrtBuffer {
        data: null_mut(),
        len: 0,
    };
    // SAFETY: every pointer is NULL or valid for the call.
    let statuses = unsafe {
        [
            (
                frt_check(
                    null(),
                    json.as_ptr(),
                    json.len(),
                    null(),
                    &mut outcome,
                    &mut report,
                ),
                "`engine` is NULL",
            ),
            (
                frt_check(engine(), null(), 0, null(), &mut outcome, &mut report),
                "`json` is NULL",
            ),
            (
                frt_check(
                    engine(),
                    json.as_ptr(),
                    json.len(),
                    null(),
                    null_mut(),
                    &mut report,
                ),
                "`out_outcome` is NULL",
            ),
        ]
    };
    for (status, _) in &statuses {
        assert_eq!(*status, FrtStatus::NullArgument);
    }
    assert_eq!(last_error(), statuses[2].1);
    assert_eq!(
        outcome.verdict,
        FrtVerdict::Unknown,
        "a failed check never reads as compliant"
    );
    assert!(report.data.is_null(), "nothing is handed out on failure");

    // SAFETY: NULL is allowed for the path check and for the frees.
    unsafe {
        assert!(frt_engine_new_from_dir(null(), null()).is_null());
        assert_eq!(last_error(), "`path` is NULL");
        frt_engine_free(null_mut());
        frt_buffer_free(null_mut());
    }
}

#[test]
fn the_report_is_optional() {
    let json = FACE_ONLY.as_bytes();
    let mut outcome = unknown();
    // SAFETY: valid pointers; NULL for the report is allowed.
    let status = unsafe {
        frt_check(
            engine(),
            json.as_ptr(),
            json.len(),
            null(),
            &mut outcome,
            null_mut(),
        )
    };
    assert_eq!(status, FrtStatus::Ok);
    assert_eq!(outcome.verdict, FrtVerdict::NonCompliant);
}

#[test]
fn bytes_that_are_not_utf8_are_an_invalid_declaration() {
    let mut bytes = CAMERA.as_bytes().to_vec();
    bytes[20] = 0xff;
    let (status, outcome, report) = check(&bytes, None);
    assert_eq!(status, FrtStatus::InvalidDeclaration);
    assert_eq!(outcome.verdict, FrtVerdict::Unknown);
    assert!(report.is_none());
    assert_eq!(
        last_error(),
        "invalid declaration: the declaration is not UTF-8: invalid utf-8 sequence of 1 bytes from index 20"
    );
}

#[test]
fn broken_json_is_an_invalid_declaration_with_its_place() {
    let (status, _, _) = check(b"{\"schema\": \"frt/declaration/v1\",\n  \"id\": }", None);
    assert_eq!(status, FrtStatus::InvalidDeclaration);
    let message = last_error();
    assert!(message.starts_with("invalid declaration: "), "{message}");
    assert!(message.contains("(line 2, column 9)"), "{message}");
    assert!(
        message.contains("help: look for a missing or trailing comma"),
        "{message}"
    );
}

#[test]
fn a_schema_error_names_the_field_path() {
    let json = CAMERA.replace("\"office_building\"", "\"office_buildin\"");
    let (status, _, _) = check(json.as_bytes(), None);
    assert_eq!(status, FrtStatus::InvalidDeclaration);
    let message = last_error();
    assert!(
        message.starts_with("invalid declaration: `/siting/venue`: unknown value `office_buildin`"),
        "{message}"
    );
    assert!(
        message.contains("help: did you mean `office_building`?"),
        "{message}"
    );
}

#[test]
fn a_bad_date_or_path_is_an_invalid_argument() {
    let (status, _, _) = check(CAMERA.as_bytes(), Some("2026-02-30"));
    assert_eq!(status, FrtStatus::InvalidArgument);
    assert!(last_error().starts_with("`as_of`: "), "{}", last_error());

    let message = engine_from_dir_error(&[b'/', 0xff]);
    assert!(message.starts_with("`path`: not UTF-8"), "{message}");
}

/// Makes an engine from `path`, which must fail, and returns the error message.
fn engine_from_dir_error(path: &[u8]) -> String {
    let path = CString::new(path).unwrap();
    // SAFETY: a NUL-terminated string.
    let engine = unsafe { frt_engine_new_from_dir(path.as_ptr(), null()) };
    assert!(engine.is_null());
    last_error()
}

#[test]
fn a_missing_rules_directory_or_a_file_fails_to_load_and_says_which() {
    let message = engine_from_dir_error(b"/nonexistent/frt-rules");
    assert!(
        message.starts_with("cannot read `/nonexistent/frt-rules`"),
        "{message}"
    );
    // A file is not a directory: refused, naming it (pack files go to
    // `frt_engine_new_from_pack`).
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml");
    let message = engine_from_dir_error(file.as_bytes());
    assert!(
        message.starts_with(&format!("cannot read `{file}`")),
        "{message}"
    );
}

#[test]
fn an_engine_from_a_directory_of_components_checks_like_the_built_in_pack() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in frt_builtin_packs::COMPONENTS {
        std::fs::write(dir.path().join(format!("{name}.wasm")), bytes).unwrap();
    }
    let path = CString::new(dir.path().to_str().unwrap()).unwrap();
    let cache = cache_dir();
    // SAFETY: NUL-terminated strings.
    let engine = unsafe { frt_engine_new_from_dir(path.as_ptr(), cache.as_ptr()) };
    assert!(!engine.is_null(), "{}", last_error());
    assert_face_only_is_non_compliant_then_free(engine);
}

/// Checks the face-only camera with `engine`, expects its three violations, and frees it.
fn assert_face_only_is_non_compliant_then_free(engine: *mut FrtEngine) {
    let json = FACE_ONLY.as_bytes();
    let mut outcome = unknown();
    // SAFETY: valid pointers; the engine is freed once, after its last use.
    let status = unsafe {
        let status = frt_check(
            engine,
            json.as_ptr(),
            json.len(),
            null(),
            &mut outcome,
            null_mut(),
        );
        frt_engine_free(engine);
        status
    };
    assert_eq!(status, FrtStatus::Ok);
    assert_eq!(outcome.verdict, FrtVerdict::NonCompliant);
    assert_eq!(outcome.violations, 3);
}

/// Makes an engine from the pack file `bytes` trusting `keys` (one per line); the engine, or
/// the last error.
fn engine_from_pack(bytes: &[u8], keys: Option<&str>) -> Result<*mut FrtEngine, String> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("national.frtpack");
    std::fs::write(&file, bytes).unwrap();
    let path = CString::new(file.to_str().unwrap()).unwrap();
    let keys = keys.map(|k| CString::new(k).unwrap());
    let cache = cache_dir();
    // SAFETY: NUL-terminated strings, or NULL for the keys.
    let engine = unsafe {
        frt_engine_new_from_pack(
            path.as_ptr(),
            keys.as_ref().map_or(null(), |k| k.as_ptr()),
            false,
            cache.as_ptr(),
        )
    };
    if engine.is_null() {
        Err(last_error())
    } else {
        Ok(engine)
    }
}

#[test]
fn a_signed_pack_from_a_trusted_key_loads_and_checks() {
    let keys = format!("\n{}\n", frt_builtin_packs::PUBLIC_KEY);
    let engine = engine_from_pack(frt_builtin_packs::PACK, Some(&keys)).unwrap();
    assert_face_only_is_non_compliant_then_free(engine);
}

#[test]
fn a_pack_signed_by_another_key_a_changed_byte_or_a_bad_key_is_refused() {
    let other = frt_pack::SecretKey::generate()
        .unwrap()
        .public()
        .to_string();
    let message = engine_from_pack(frt_builtin_packs::PACK, Some(&other)).unwrap_err();
    assert!(
        message.contains("which is not one of the trusted keys"),
        "{message}"
    );

    // The last component's last byte sits just before the two-byte end marker.
    let mut tampered = frt_builtin_packs::PACK.to_vec();
    let at = tampered.len() - 3;
    tampered[at] ^= 0x01;
    let message = engine_from_pack(&tampered, Some(frt_builtin_packs::PUBLIC_KEY)).unwrap_err();
    assert!(message.contains("does not match its digest"), "{message}");

    let message = engine_from_pack(frt_builtin_packs::PACK, Some("not a key")).unwrap_err();
    assert!(message.starts_with("`trusted_keys`: line 1: "), "{message}");
}

#[test]
fn one_engine_checks_from_many_threads_at_once() {
    let handles: Vec<_> = (0..4)
        .map(|i| {
            std::thread::spawn(move || {
                let json = if i % 2 == 0 { CAMERA } else { FACE_ONLY };
                check(json.as_bytes(), None).1.verdict
            })
        })
        .collect();
    let verdicts: Vec<FrtVerdict> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    assert_eq!(
        verdicts,
        [
            FrtVerdict::Compliant,
            FrtVerdict::NonCompliant,
            FrtVerdict::Compliant,
            FrtVerdict::NonCompliant
        ]
    );
}

#[test]
fn the_version_is_the_crate_version() {
    // SAFETY: a static NUL-terminated string.
    let version = unsafe { CStr::from_ptr(frt::frt_version()) };
    assert_eq!(version.to_str().unwrap(), env!("CARGO_PKG_VERSION"));
}
