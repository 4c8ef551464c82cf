//! `examples/camera-c`: compiles `camera.c` with gcc against `include/frt.h` and the shared
//! library cargo built for this test run, then runs it as a camera would at start-up.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The directory holding `libfrt.so` for this build: the parent of `deps/`, where this test
/// binary runs from, whatever `CARGO_TARGET_DIR` or profile is in use.
fn library_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary's path");
    let deps = exe.parent().expect("the test binary is in deps/");
    let profile = deps.parent().expect("deps/ is in the profile directory");
    [profile, deps]
        .into_iter()
        .find(|dir| dir.join("libfrt.so").is_file())
        .unwrap_or_else(|| panic!("no libfrt.so next to {}", deps.display()))
        .to_path_buf()
}

/// Builds the camera program once per test run.
fn camera() -> &'static Path {
    static CAMERA: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    CAMERA.get_or_init(|| {
        let lib = library_dir();
        let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("camera");
        let gcc = Command::new("gcc")
            .args(["-std=c11", "-Wall", "-Wextra", "-Werror", "-O2", "-I"])
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("include"))
            .arg(root().join("examples/camera-c/camera.c"))
            .arg("-L")
            .arg(&lib)
            .arg("-lfrt")
            .arg(format!("-Wl,-rpath,{}", lib.display()))
            .arg("-o")
            .arg(&out)
            .output()
            .expect("gcc runs");
        assert!(
            gcc.status.success(),
            "gcc failed: {}",
            String::from_utf8_lossy(&gcc.stderr)
        );
        out
    })
}

fn run(declaration: &str, extra: &[&Path]) -> Output {
    run_with(declaration, extra, &[])
}

fn run_with(declaration: &str, extra: &[&Path], env: &[(&str, &Path)]) -> Output {
    Command::new(camera())
        .arg(root().join("examples/camera-c").join(declaration))
        .args(extra)
        .envs(env.iter().copied())
        .env(
            "FRT_CACHE_DIR",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("frt-capi-cache"),
        )
        .env("FRT_AS_OF", "2026-05-11")
        .output()
        .expect("the camera program runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn a_compliant_camera_enables_recognition_and_keeps_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let report_path = dir.path().join("report.json");
    let output = run("camera-compliant.json", &[&report_path]);
    let out = stdout(&output);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{out}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        out.contains("verdict: compliant (0 violation(s), 0 need(s) review, 0 rule error(s))"),
        "{out}"
    );
    assert!(out.ends_with("recognition enabled\n"), "{out}");
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report_path).unwrap()).unwrap();
    assert_eq!(report["verdict"], "compliant");
    assert_eq!(report["as_of"], "2026-05-11");
}

#[test]
fn a_non_compliant_camera_refuses_to_enable_recognition() {
    let output = run("camera-face-only.json", &[]);
    let out = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{out}");
    assert!(
        out.ends_with("recognition disabled: the declaration is non-compliant (3 violation(s), 0 rule error(s))\n"),
        "{out}"
    );
}

#[test]
fn a_camera_loads_the_vendor_pack_only_when_its_signature_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("national.frtpack");
    let key = dir.path().join("vendor.pub");
    std::fs::write(&pack, frt_builtin_packs::PACK).unwrap();
    std::fs::write(&key, frt_builtin_packs::PUBLIC_KEY).unwrap();
    let env = [
        ("FRT_PACK", pack.as_path()),
        ("FRT_TRUSTED_KEY", key.as_path()),
    ];
    let output = run_with("camera-face-only.json", &[], &env);
    let out = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{out}");
    assert!(
        out.ends_with("recognition disabled: the declaration is non-compliant (3 violation(s), 0 rule error(s))\n"),
        "{out}"
    );

    let mut tampered = frt_builtin_packs::PACK.to_vec();
    let at = tampered.len() - 3;
    tampered[at] ^= 0x01;
    std::fs::write(&pack, tampered).unwrap();
    let output = run_with("camera-compliant.json", &[], &env);
    let err = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{err}");
    assert!(err.contains("does not match its digest"), "{err}");
    assert!(
        stdout(&output).ends_with("recognition disabled: the rules could not be loaded\n"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn an_invalid_declaration_keeps_recognition_disabled_and_names_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.json");
    let source =
        std::fs::read_to_string(root().join("examples/camera-c/camera-compliant.json")).unwrap();
    std::fs::write(
        &broken,
        source.replace("\"mlps_level\": 2", "\"mlps_level\": \"two\""),
    )
    .unwrap();
    let output = Command::new(camera())
        .arg(&broken)
        .env(
            "FRT_CACHE_DIR",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("frt-capi-cache"),
        )
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let out = stdout(&output);
    assert!(
        out.ends_with("recognition disabled: the declaration could not be checked (status 3)\n"),
        "{out}"
    );
    let err = String::from_utf8(output.stderr).unwrap();
    assert!(
        err.starts_with("camera: invalid declaration: `/security/mlps_level`: "),
        "{err}"
    );
}
