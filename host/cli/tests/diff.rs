//! `frt diff`: reassessment after a change, with exit 1 when something got worse.

mod common;
use common::{examples, frt, stderr, stdout};

fn report(dir: &std::path::Path, name: &str, declaration: &std::path::Path) -> std::path::PathBuf {
    let out = frt(
        &["check", "--format", "json", declaration.to_str().unwrap()],
        &examples(),
    );
    assert!(out.status.code().unwrap() < 2, "{}", stderr(&out));
    let path = dir.join(name);
    std::fs::write(&path, stdout(&out)).unwrap();
    path
}

/// p01 after a change of method: raw images are kept and the least intrusive way is no
/// longer claimed.
fn changed_p01(dir: &std::path::Path) -> std::path::PathBuf {
    let source = std::fs::read_to_string(examples().join("p01-hotel-lobby-kiosk.yaml")).unwrap();
    let changed = source
        .replace("least_intrusive: true", "least_intrusive: false")
        .replace("raw_images_retained: false", "raw_images_retained: true");
    assert_ne!(source, changed);
    let path = dir.join("p01-changed.yaml");
    std::fs::write(&path, changed).unwrap();
    path
}

#[test]
fn a_change_of_method_is_worse_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let old = report(
        dir.path(),
        "old.json",
        &examples().join("p01-hotel-lobby-kiosk.yaml"),
    );
    let new = report(dir.path(), "new.json", &changed_p01(dir.path()));
    let (old, new) = (old.to_str().unwrap(), new.to_str().unwrap());
    let worse = frt(&["diff", old, new], dir.path());
    assert_eq!(worse.status.code(), Some(1), "{}", stderr(&worse));
    insta::assert_snapshot!("p01-change-of-method-text", stdout(&worse));
    let markdown = frt(
        &["diff", old, new, "--format", "markdown", "--lang", "zh"],
        dir.path(),
    );
    insta::assert_snapshot!("p01-change-of-method-markdown-zh", stdout(&markdown));
    let json: serde_json::Value = serde_json::from_str(&stdout(&frt(
        &["diff", old, new, "--format", "json"],
        dir.path(),
    )))
    .unwrap();
    assert_eq!(json["worse"], true);
    assert_eq!(json["changes"][0]["kind"], "new_violation");

    // The way back resolves the violation: better, exit 0.
    let better = frt(&["diff", new, old], dir.path());
    assert_eq!(better.status.code(), Some(0));
    assert!(stdout(&better).contains("resolved"), "{}", stdout(&better));
    // A report against itself: nothing changed.
    let same = frt(&["diff", old, old], dir.path());
    assert_eq!(same.status.code(), Some(0));
    assert!(stdout(&same).contains("No finding changed."));
}

#[test]
fn a_file_that_is_not_a_report_exits_2_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let good = report(
        dir.path(),
        "good.json",
        &examples().join("p01-hotel-lobby-kiosk.yaml"),
    );
    let bad = dir.path().join("bad.json");
    std::fs::write(
        &bad,
        "{\n  \"schema\": \"frt/report/v1\",\n  \"declaration\": 7\n}\n",
    )
    .unwrap();
    let out = frt(
        &["diff", good.to_str().unwrap(), bad.to_str().unwrap()],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(2));
    let message = stderr(&out).replace(dir.path().to_str().unwrap(), "DIR");
    insta::assert_snapshot!("not-a-report", message);
}
