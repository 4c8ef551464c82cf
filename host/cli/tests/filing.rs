//! `frt filing` on the public scenarios, in Markdown and JSON.

mod common;
use common::{examples, frt, stderr, stdout};

#[test]
fn the_filing_helper_on_every_public_scenario() {
    let mut names: Vec<String> = std::fs::read_dir(examples())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".yaml"))
        .collect();
    names.sort();
    assert_eq!(names.len(), 6);
    for name in names {
        let stem = name.trim_end_matches(".yaml");
        let markdown = frt(&["filing", &name], &examples());
        assert_eq!(
            markdown.status.code(),
            Some(0),
            "{name}: {}",
            stderr(&markdown)
        );
        insta::assert_snapshot!(format!("{stem}-markdown"), stdout(&markdown));
        let json = frt(&["filing", &name, "--format", "json"], &examples());
        assert_eq!(json.status.code(), Some(0), "{name}: {}", stderr(&json));
        let value: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
        insta::assert_json_snapshot!(format!("{stem}-json"), value);
    }
}

#[test]
fn the_deadline_is_counted_on_the_working_day_calendar() {
    // p03 reached 100,000 on 2026-02-02: Spring Festival and two make-up Saturdays put the
    // deadline on 2026-03-20. One day before, one working day is left.
    let out = frt(
        &[
            "filing",
            "p03-supermarket-pay.yaml",
            "--format",
            "json",
            "--as-of",
            "2026-03-19",
        ],
        &examples(),
    );
    let value: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(value["deadline"], "2026-03-20");
    assert_eq!(value["status"], "filed_on_time");
}

#[test]
fn a_bad_declaration_exits_2() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-input");
    let out = frt(&["filing", "unknown-value.yaml"], &dir);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--> unknown-value.yaml:"),
        "{}",
        stderr(&out)
    );
}
