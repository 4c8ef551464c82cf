//! `examples/ci-gate/gate.sh` with the real `frt` binary: exit statuses and the artefacts a
//! pipeline uploads.

use std::path::{Path, PathBuf};
use std::process::Output;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// Runs the gate on `declarations` (relative to the repository root), reports into `out`.
fn gate(out: &Path, cache: &Path, declarations: &[&str]) -> Output {
    std::process::Command::new("bash")
        .arg(root().join("examples/ci-gate/gate.sh"))
        .arg("-o")
        .arg(out)
        .args(declarations)
        .current_dir(root())
        .env("FRT", env!("CARGO_BIN_EXE_frt"))
        .env("FRT_CACHE_DIR", cache)
        .output()
        .expect("bash runs the gate")
}

fn report(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).expect("the artefact is JSON")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_gate_passes_a_clean_declaration_and_fails_one_with_violations() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");

    let pass_dir = dir.path().join("pass");
    let pass = gate(
        &pass_dir,
        &cache,
        &["examples/declarations/p01-hotel-lobby-kiosk.yaml"],
    );
    assert_eq!(pass.status.code(), Some(0), "{pass:?}");
    assert!(
        String::from_utf8_lossy(&pass.stdout)
            .contains("pass: examples/declarations/p01-hotel-lobby-kiosk.yaml")
    );
    let json = report(&pass_dir.join("p01-hotel-lobby-kiosk.json"));
    assert_eq!(json["schema"], "frt/report/v1");
    assert_eq!(json["verdict"], "needs_review");
    assert_eq!(json["summary"]["violation"], 0);
    let junit = read(&pass_dir.join("p01-hotel-lobby-kiosk.junit.xml"));
    assert!(
        junit.starts_with("<?xml") && !junit.contains("<failure"),
        "{junit}"
    );
    assert!(read(&pass_dir.join("p01-hotel-lobby-kiosk.md")).contains("p01-hotel-lobby-kiosk"));

    let fail_dir = dir.path().join("fail");
    let fail = gate(
        &fail_dir,
        &cache,
        &[
            "examples/declarations/p01-hotel-lobby-kiosk.yaml",
            "examples/declarations/p04-changing-room-camera.yaml",
        ],
    );
    assert_eq!(fail.status.code(), Some(1), "{fail:?}");
    let stdout = String::from_utf8_lossy(&fail.stdout);
    assert!(
        stdout
            .contains("FAIL: examples/declarations/p04-changing-room-camera.yaml is non-compliant"),
        "{stdout}"
    );
    let json = report(&fail_dir.join("p04-changing-room-camera.json"));
    assert_eq!(json["verdict"], "non_compliant");
    assert_eq!(json["summary"]["violation"], 1);
    let junit = read(&fail_dir.join("p04-changing-room-camera.junit.xml"));
    assert!(
        junit.contains("<failure") && junit.contains("cn-frt-13-private-space"),
        "{junit}"
    );
    // The passing declaration's reports are still there, for the release record.
    assert!(fail_dir.join("p01-hotel-lobby-kiosk.json").is_file());
}

#[test]
fn the_gate_fails_with_2_on_a_declaration_it_cannot_read_and_leaves_no_report_for_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let output = gate(
        &out,
        &dir.path().join("cache"),
        &["host/cli/tests/bad-input/unknown-key.yaml"],
    );
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("unknown-key.yaml:"), "{stderr}");
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("could not be checked (exit status 2)")
    );
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 0);
}
