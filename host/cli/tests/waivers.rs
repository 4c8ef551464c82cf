//! `frt check --waivers`: the boundary day, unused waivers in every format, and bad waiver
//! files as input errors.

mod common;
use common::{examples, frt, stderr, stdout};

const P04: &str = "p04-changing-room-camera.yaml";

const WAIVERS: &str = "\
schema: frt/waivers/v1
waivers:
  - obligation: cn-frt-13-private-space
    declaration: p04-*
    justification: The camera is removed on 2026-06-30; the room is closed until then.
    approver: Li Wei (DPO)
    expires: 2026-06-30
  - obligation: cn-frt-13-signage
    declaration: p04-changing-room-camera
    justification: The sign was checked on site.
    approver: Wang Fang
    expires: 2026-12-31
  - obligation: cn-frt-13-signage
    declaration: metro-*
    justification: For another deployment.
    approver: Wang Fang
    expires: 2026-12-31
";

fn waivers_file() -> tempfile::NamedTempFile {
    let file = tempfile::Builder::new().suffix(".yaml").tempfile().unwrap();
    std::fs::write(file.path(), WAIVERS).unwrap();
    file
}

fn check(as_of: &str, format: &str, waivers: &std::path::Path) -> std::process::Output {
    let args = [
        "check",
        P04,
        "--waivers",
        waivers.to_str().unwrap(),
        "--as-of",
        as_of,
        "--format",
        format,
    ];
    frt(&args, &examples())
}

#[test]
fn a_waiver_holds_on_its_expiry_day_and_not_the_day_after() {
    let file = waivers_file();
    let on_the_day = check("2026-06-30", "json", file.path());
    assert_eq!(on_the_day.status.code(), Some(0), "{}", stderr(&on_the_day));
    let report: serde_json::Value = serde_json::from_str(&stdout(&on_the_day)).unwrap();
    assert_eq!(report["verdict"], "needs_review");
    let private = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["obligation"] == "cn-frt-13-private-space")
        .unwrap();
    assert_eq!(private["status"], "violation", "the status is kept");
    assert_eq!(private["waiver"]["state"], "active");
    assert_eq!(private["waiver"]["approver"], "Li Wei (DPO)");

    let day_after = check("2026-07-01", "json", file.path());
    assert_eq!(
        day_after.status.code(),
        Some(1),
        "the violation counts again"
    );
    let report: serde_json::Value = serde_json::from_str(&stdout(&day_after)).unwrap();
    assert_eq!(report["verdict"], "non_compliant");
    assert_eq!(
        report["waivers"]["expired"][0]["obligation"],
        "cn-frt-13-private-space"
    );
    let text = check("2026-07-01", "text", file.path());
    assert!(
        stdout(&text).contains(
            "waiver expired on 2026-06-30 (approved by Li Wei (DPO)): the finding counts again"
        ),
        "{}",
        stdout(&text)
    );
}

#[test]
fn unused_waivers_are_reported_in_text_json_and_markdown() {
    let file = waivers_file();
    // `cn-frt-13-signage` is satisfied for p04: its waiver accepts nothing.
    let json = check("2026-06-30", "json", file.path());
    let report: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(
        report["waivers"]["unused"][0]["obligation"],
        "cn-frt-13-signage"
    );
    assert_eq!(report["waivers"]["unused"].as_array().unwrap().len(), 1);
    // The `metro-*` waiver names no declaration checked: a warning on stderr.
    assert!(
        stderr(&json).contains("warning: unused waiver 2: `cn-frt-13-signage` for `metro-*` names no declaration checked"),
        "{}",
        stderr(&json)
    );
    let text = stdout(&check("2026-06-30", "text", file.path()));
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.starts_with("Waivers:"))
        .expect("a waiver summary");
    insta::assert_snapshot!("waived-text-tail", lines[start..start + 2].join("\n"));
    let markdown = stdout(&check("2026-06-30", "markdown", file.path()));
    let section =
        &markdown[markdown.find("## Waivers").unwrap()..markdown.find("## Rules").unwrap()];
    insta::assert_snapshot!("waived-markdown-section", section);
    let sarif = stdout(&check("2026-06-30", "sarif", file.path()));
    assert!(sarif.contains("\"suppressions\""), "{sarif}");
}

#[test]
fn a_bad_waiver_file_exits_2_and_says_where() {
    let cases = [
        ("typo", WAIVERS.replace("approver: Wang Fang\n    expires: 2026-12-31\n  - obligation: cn-frt-13-signage\n    declaration: metro", "aprover: Wang Fang\n    expires: 2026-12-31\n  - obligation: cn-frt-13-signage\n    declaration: metro")),
        ("bad-date", WAIVERS.replace("2026-06-30", "2026-06-31")),
        ("empty-justification", WAIVERS.replace("The sign was checked on site.", "''")),
        ("pattern-obligation", WAIVERS.replace("obligation: cn-frt-13-private-space", "obligation: cn-frt-13-*")),
        ("wrong-schema", WAIVERS.replace("frt/waivers/v1", "frt/waivers/v2")),
    ];
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in cases {
        let path = dir.path().join(format!("{name}.yaml"));
        std::fs::write(&path, text).unwrap();
        let out = frt(
            &["check", P04, "--waivers", path.to_str().unwrap()],
            &examples(),
        );
        assert_eq!(out.status.code(), Some(2), "{name}: {}", stderr(&out));
        assert!(stdout(&out).is_empty(), "{name} printed a report");
        let message = stderr(&out).replace(dir.path().to_str().unwrap(), "DIR");
        insta::assert_snapshot!(format!("bad-waivers-{name}"), message);
    }
}
