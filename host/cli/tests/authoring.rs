//! A rule author's whole workflow with the real `frt` binary and real cargo: scaffold a rule
//! crate in a temporary directory, test it natively, build it, test it through the host,
//! make a key, pack, verify, check a declaration with the pack, then tamper with the pack and
//! see each change refused, naming what changed.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// Builds of scaffolded crates share one target directory under this workspace's `target/`,
/// so their dependencies compile once across runs.
fn shared_target() -> PathBuf {
    root().join("target/authoring")
}

fn frt(args: &[&str], dir: &Path, cache: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_frt"))
        .args(args)
        .current_dir(dir)
        .env("FRT_CACHE_DIR", cache)
        .env("CARGO_TARGET_DIR", shared_target())
        .env_remove("FRT_TRUSTED_KEYS")
        .output()
        .expect("frt runs")
}

fn text(o: &Output) -> String {
    format!(
        "status {:?}\n--- stdout\n{}--- stderr\n{}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn assert_ok(o: &Output) -> String {
    assert_eq!(o.status.code(), Some(0), "{}", text(o));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn assert_refused(o: &Output, needle: &str) {
    assert_eq!(o.status.code(), Some(2), "{}", text(o));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains(needle),
        "expected `{needle}` in\n{}",
        text(o)
    );
}

/// The offset of `needle` in `haystack`, after `from`.
fn find(haystack: &[u8], needle: &[u8], from: usize) -> usize {
    from + haystack[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .expect("present")
}

#[test]
fn scaffold_build_test_pack_verify_load_and_refuse_tampering() {
    let tmp = tempfile::tempdir().unwrap();
    let work = tmp.path();
    let cache = work.join("cache");
    let sdk = root().join("sdk");

    // Scaffold, and test natively: the snapshots are written by `cargo test` itself.
    let out = frt(
        &["new", "acme-signage", "--sdk", sdk.to_str().unwrap()],
        work,
        &cache,
    );
    assert!(assert_ok(&out).contains("created rule crate `acme-signage`"));
    let krate = work.join("acme-signage");
    for file in [
        "Cargo.toml",
        "src/lib.rs",
        "tests/fixtures.rs",
        "README.md",
        "fixtures/no-sign.yaml",
    ] {
        assert!(krate.join(file).is_file(), "{file}");
    }
    let readme = std::fs::read_to_string(krate.join("README.md")).unwrap();
    for heading in [
        "## What it checks",
        "## Why",
        "## Legal basis",
        "## Examples",
    ] {
        assert!(readme.contains(heading), "{heading}");
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let native = Command::new(&cargo)
        .args(["test", "--quiet"])
        .current_dir(&krate)
        .env("CARGO_TARGET_DIR", shared_target())
        .env("INSTA_UPDATE", "always")
        .env_remove("CI")
        .output()
        .unwrap();
    assert_ok(&native);
    let snapshots: Vec<_> = std::fs::read_dir(krate.join("tests/snapshots"))
        .unwrap()
        .collect();
    assert_eq!(snapshots.len(), 4, "one snapshot per fixture");

    // Build: the component carries its crate's metadata.
    let built = assert_ok(&frt(&["build"], &krate, &cache));
    assert!(built.contains("rule        acme-signage 0.1.0"), "{built}");
    let component = krate.join("target/frt/acme-signage.wasm");
    assert!(component.is_file());

    // The same fixtures through the host agree with the native snapshots.
    let tested = assert_ok(&frt(&["test"], &krate, &cache));
    assert!(tested.contains("4 passed, 0 failed"), "{tested}");

    // A snapshot that no longer matches the component is a failure with a diff.
    let snap = krate.join("tests/snapshots/fixtures__no-sign.snap");
    let original = std::fs::read_to_string(&snap).unwrap();
    std::fs::write(
        &snap,
        original.replace("No sign warns people.", "No sign warns anyone."),
    )
    .unwrap();
    let mismatch = frt(&["test"], &krate, &cache);
    assert_eq!(mismatch.status.code(), Some(1), "{}", text(&mismatch));
    let report = String::from_utf8_lossy(&mismatch.stdout);
    assert!(report.contains("fixture no-sign ... FAILED"), "{report}");
    assert!(
        report.contains("-  en: No sign warns anyone.")
            && report.contains("+  en: No sign warns people."),
        "{report}"
    );
    std::fs::write(&snap, original).unwrap();

    // Keys, pack, verify.
    assert_ok(&frt(&["keygen", "-o", "author"], work, &cache));
    assert_ok(&frt(&["keygen", "-o", "stranger"], work, &cache));
    let packed = assert_ok(&frt(
        &[
            "pack",
            krate.join("target/frt").to_str().unwrap(),
            "--key",
            "author.secret",
            "-o",
            "acme.frtpack",
        ],
        work,
        &cache,
    ));
    assert!(packed.contains("1 rules"), "{packed}");
    let verified = assert_ok(&frt(
        &["verify", "acme.frtpack", "--trusted", "author.pub"],
        work,
        &cache,
    ));
    assert!(verified.contains("(trusted)"), "{verified}");
    assert!(
        verified.contains("acme-signage 0.1.0  (ACME-2026, art. 1)"),
        "{verified}"
    );
    assert!(verified.contains("licenses    Apache-2.0"), "{verified}");
    assert_refused(
        &frt(
            &["verify", "acme.frtpack", "--trusted", "stranger.pub"],
            work,
            &cache,
        ),
        "which is not one of the trusted keys",
    );

    // Load it to check a declaration, through `frt check`.
    let declaration = krate.join("fixtures/no-sign.yaml");
    let decl = declaration.to_str().unwrap();
    let checked = frt(
        &[
            "check",
            decl,
            "--rules",
            "acme.frtpack",
            "--trusted",
            "author.pub",
        ],
        work,
        &cache,
    );
    assert_eq!(
        checked.status.code(),
        Some(1),
        "non-compliant: {}",
        text(&checked)
    );
    assert!(String::from_utf8_lossy(&checked.stdout).contains("acme-signage-1-signage"));
    // Without a trusted key the signed pack loads, saying its signer is not verified.
    let unverified = frt(&["check", decl, "--rules", "acme.frtpack"], work, &cache);
    assert_eq!(unverified.status.code(), Some(1), "{}", text(&unverified));
    assert!(String::from_utf8_lossy(&unverified.stderr).contains("who signed it is not verified"));

    // Tamper: one byte of the component, of the manifest, of the signature.
    let pack = std::fs::read(work.join("acme.frtpack")).unwrap();
    let component_at = find(
        &pack,
        b"acme-signage.wasm",
        find(&pack, b"signature.json", 0),
    ) + 17
        + 8
        + 100;
    let manifest_at = find(&pack, b"ACME-2026", 0);
    let signature_at = find(&pack, b"\"signature\": \"", 0) + 14;
    let cases = [
        (
            component_at,
            "the component `acme-signage.wasm` does not match its digest in the manifest",
        ),
        (manifest_at, "the signature over `manifest.json` is invalid"),
        (
            signature_at,
            "the signature over `manifest.json` is invalid",
        ),
    ];
    for (at, message) in cases {
        let mut bad = pack.clone();
        // A different hex digit keeps the signature readable, so the check itself refuses it.
        bad[at] = if bad[at] == b'0' {
            b'1'
        } else if at == component_at {
            bad[at] ^ 1
        } else {
            b'0'
        };
        std::fs::write(work.join("bad.frtpack"), &bad).unwrap();
        assert_refused(
            &frt(
                &["verify", "bad.frtpack", "--trusted", "author.pub"],
                work,
                &cache,
            ),
            message,
        );
        assert_refused(
            &frt(
                &[
                    "check",
                    decl,
                    "--rules",
                    "bad.frtpack",
                    "--trusted",
                    "author.pub",
                ],
                work,
                &cache,
            ),
            message,
        );
    }

    // Unsigned packs need an explicit flag, and never load when keys are trusted.
    assert_ok(&frt(
        &[
            "pack",
            krate.join("target/frt").to_str().unwrap(),
            "--unsigned",
            "-o",
            "plain.frtpack",
        ],
        work,
        &cache,
    ));
    assert_refused(
        &frt(&["check", decl, "--rules", "plain.frtpack"], work, &cache),
        "the pack is unsigned",
    );
    let allowed = frt(
        &[
            "check",
            decl,
            "--rules",
            "plain.frtpack",
            "--allow-unsigned",
        ],
        work,
        &cache,
    );
    assert_eq!(allowed.status.code(), Some(1), "{}", text(&allowed));
    assert_refused(
        &frt(
            &[
                "check",
                decl,
                "--rules",
                "plain.frtpack",
                "--allow-unsigned",
                "--trusted",
                "author.pub",
            ],
            work,
            &cache,
        ),
        "trusted keys are configured",
    );
}

#[test]
fn new_refuses_bad_names_and_existing_directories() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache");
    assert_refused(
        &frt(&["new", "Acme_Rule"], tmp.path(), &cache),
        "`Acme_Rule` is not a rule name",
    );
    std::fs::create_dir(tmp.path().join("taken")).unwrap();
    std::fs::write(tmp.path().join("taken/file"), "x").unwrap();
    assert_refused(
        &frt(&["new", "taken"], tmp.path(), &cache),
        "`taken` already exists and is not empty",
    );
}

#[test]
fn build_refuses_a_crate_that_is_not_a_rule() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache");
    assert_refused(
        &frt(&["build", "."], tmp.path(), &cache),
        "is not a rule crate: it has no `Cargo.toml`",
    );
}
