//! The `frt` binary end to end: exit codes, formats, languages, colour and every kind of bad
//! input.

use std::path::Path;
use std::process::Command;

mod common;
use common::{cache_dir, frt, root, stderr, stdout};

#[test]
fn bad_input_exits_2_and_says_where() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-input");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert!(names.len() >= 15);
    for name in names {
        let out = frt(&["check", &name], &dir);
        assert_eq!(out.status.code(), Some(2), "{name}: {}", stderr(&out));
        assert!(stdout(&out).is_empty(), "{name} printed a report");
        insta::assert_snapshot!(name.clone(), stderr(&out));
    }
}

#[test]
fn exit_codes_follow_the_verdict() {
    let examples = root().join("examples/declarations");
    let needs_review = frt(&["check", "p01-hotel-lobby-kiosk.yaml"], &examples);
    assert_eq!(
        needs_review.status.code(),
        Some(0),
        "{}",
        stderr(&needs_review)
    );
    let violation = frt(&["check", "p04-changing-room-camera.yaml"], &examples);
    assert_eq!(violation.status.code(), Some(1));
}

#[test]
fn a_failed_rule_exits_3_and_the_report_names_it() {
    let rules = tempfile::tempdir().unwrap();
    std::fs::copy(
        frt_tests::guests::TRAP_RULE,
        rules.path().join("trap-rule.wasm"),
    )
    .unwrap();
    let examples = root().join("examples/declarations");
    let rules_dir = rules.path().to_str().unwrap();
    let out = frt(
        &[
            "check",
            "--rules",
            rules_dir,
            "--format",
            "json",
            "p04-changing-room-camera.yaml",
        ],
        &examples,
    );
    assert_eq!(out.status.code(), Some(3));
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["findings"][0]["status"], "error");
    assert_eq!(report["findings"][0]["rule"], "test-trap");
}

#[test]
fn failing_open_reports_the_failed_rule_and_exits_by_the_verdict() {
    let rules = tempfile::tempdir().unwrap();
    std::fs::copy(
        frt_tests::guests::TRAP_RULE,
        rules.path().join("trap-rule.wasm"),
    )
    .unwrap();
    let examples = root().join("examples/declarations");
    let rules_dir = rules.path().to_str().unwrap();
    let args = ["check", "--rules", rules_dir, "--fail-open"];
    let json = frt(
        &[
            &args[..],
            &["--format", "json", "p04-changing-room-camera.yaml"],
        ]
        .concat(),
        &examples,
    );
    assert_eq!(json.status.code(), Some(0), "{}", stderr(&json));
    let report: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(report["findings"][0]["status"], "error");
    assert_eq!(report["verdict"], "needs_review");
    assert_eq!(report["failure_policy"], "fail_open");
    let text = frt(
        &[
            &args[..],
            &["--color", "never", "p04-changing-room-camera.yaml"],
        ]
        .concat(),
        &examples,
    );
    assert!(stdout(&text).contains("Failing open"), "{}", stdout(&text));
}

#[test]
fn rule_limits_and_input_limits_are_set_on_the_command_line() {
    let examples = root().join("examples/declarations");
    let out = frt(
        &[
            "check",
            "--max-input-bytes",
            "16",
            "p04-changing-room-camera.yaml",
        ],
        &examples,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("limit of 16 bytes"),
        "{}",
        stderr(&out)
    );
    let starved = frt(
        &[
            "check",
            "--rule-fuel",
            "1000",
            "--format",
            "json",
            "p04-changing-room-camera.yaml",
        ],
        &examples,
    );
    // So little fuel that no rule can even describe itself: loading fails and says why.
    assert!(!starved.status.success());
    assert!(
        stderr(&starved).contains("its CPU budget of 1000 units"),
        "{}",
        stderr(&starved)
    );
}

#[test]
fn json_output_is_the_library_report() {
    let path = root().join("examples/declarations/p02-park-annual-pass.yaml");
    let out = frt(
        &["check", "--format", "json", path.to_str().unwrap()],
        &root(),
    );
    assert_eq!(out.status.code(), Some(1));
    let source = std::fs::read_to_string(&path).unwrap();
    let declaration = frt_runtime::parse(&source, frt_runtime::Format::Yaml)
        .unwrap()
        .declaration;
    let catalog = frt_runtime::Runtime::new()
        .unwrap()
        .builtin_packs()
        .unwrap();
    let report = catalog
        .check(
            &declaration,
            None,
            frt_runtime::FailurePolicy::FailClosed,
            &frt_runtime::PackChoice::ByJurisdiction,
        )
        .unwrap();
    assert_eq!(stdout(&out), frt_report::render::json(&report));
}

#[test]
fn packs_are_chosen_by_jurisdiction_or_on_the_command_line() {
    let file = root().join("tests/scenarios-packs/r05-illinois-time-clock.yaml");
    let file = file.to_str().unwrap();
    let json = |args: &[&str]| -> serde_json::Value {
        let out = frt(args, &root());
        serde_json::from_str(&stdout(&out)).unwrap_or_else(|_| panic!("{}", stderr(&out)))
    };
    let applied = |report: &serde_json::Value| -> Vec<String> {
        report["packs"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["applied"] == true)
            .map(|p| p["name"].as_str().unwrap().to_owned())
            .collect()
    };
    let auto = json(&["check", "--format", "json", file]);
    assert_eq!(applied(&auto), ["us-states"]);
    assert!(
        auto["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["instrument"] == "US-IL-BIPA")
    );
    let named = json(&["check", "--format", "json", "--pack", "eu", file]);
    assert_eq!(applied(&named), ["eu"]);
    let all = json(&["check", "--format", "json", "--all-packs", file]);
    assert_eq!(applied(&all).len(), 5);

    let bad = frt(&["check", "--pack", "cn-regionl", file], &root());
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("unknown rule pack `cn-regionl`; available packs: `cn-measures`"),
        "{}",
        stderr(&bad)
    );
    let text = frt(&["check", file], &root());
    assert!(
        stdout(&text).contains("us-states (applied)"),
        "{}",
        stdout(&text)
    );
}

#[test]
fn rules_list_shows_the_selection_for_a_jurisdiction() {
    let out = frt(
        &[
            "rules",
            "list",
            "--jurisdiction",
            "CN-ZJ",
            "--city",
            "Hangzhou",
        ],
        &root(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("pack cn-regional applies"), "{text}");
    assert!(text.contains("pack us-states does not apply"), "{text}");
    assert!(text.contains("cn-hz-property-art50"), "{text}");
    assert!(text.contains("cn-pipl-art26"), "{text}");
    assert!(!text.contains("cn-sh-data-art23"), "{text}");
    let bad = frt(&["rules", "list", "--jurisdiction", "zhejiang"], &root());
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("`zhejiang` is not an ISO 3166-1 country"));
}

#[test]
fn as_of_overrides_the_declaration() {
    let examples = root().join("examples/declarations");
    let out = frt(
        &[
            "check",
            "--format",
            "json",
            "--as-of",
            "2025-05-01",
            "--pack",
            "cn-measures",
            "p04-changing-room-camera.yaml",
        ],
        &examples,
    );
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["as_of"], "2025-05-01");
    assert_eq!(
        report["verdict"], "compliant",
        "nothing applies before 2025-06-01"
    );
    assert_eq!(out.status.code(), Some(0));

    let bad = frt(
        &[
            "check",
            "--as-of",
            "2025-13-01",
            "p04-changing-room-camera.yaml",
        ],
        &examples,
    );
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("invalid date `2025-13-01`"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn a_bad_file_does_not_hide_the_reports_of_the_good_ones() {
    let bad = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-input/unknown-key.yaml");
    let good = root().join("examples/declarations/p04-changing-room-camera.yaml");
    let out = frt(
        &[
            "check",
            "--format",
            "json",
            bad.to_str().unwrap(),
            good.to_str().unwrap(),
        ],
        &root(),
    );
    assert_eq!(out.status.code(), Some(2));
    let reports: Vec<serde_json::Value> = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(reports.len(), 1);
    assert_eq!(reports[0]["declaration"], "p04-changing-room-camera");
    assert!(stderr(&out).contains("unknown field `signge`"));
}

#[test]
fn text_is_coloured_only_when_asked_or_on_a_terminal() {
    let examples = root().join("examples/declarations");
    let plain = frt(&["check", "p04-changing-room-camera.yaml"], &examples);
    assert!(
        !stdout(&plain).contains('\x1b'),
        "output to a pipe is not coloured"
    );
    let forced = frt(
        &[
            "check",
            "--color",
            "always",
            "p04-changing-room-camera.yaml",
        ],
        &examples,
    );
    assert!(stdout(&forced).contains("\x1b[1;31m"), "violations are red");
    let zh = frt(
        &["check", "--lang", "zh", "p04-changing-room-camera.yaml"],
        &examples,
    );
    assert!(stdout(&zh).contains("结论：不合规"), "{}", stdout(&zh));
}

#[test]
fn rules_list_shows_every_rule() {
    let out = frt(&["rules", "list"], &root());
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.starts_with("ID"), "{text}");
    for id in ["cn-frt-art13", "cn-frt-art15"] {
        assert!(text.contains(id), "{id} missing from\n{text}");
    }
    let json = frt(&["rules", "list", "--json"], &root());
    let rules: Vec<serde_json::Value> = serde_json::from_str(&stdout(&json)).unwrap();
    assert!(
        rules
            .iter()
            .all(|r| r["digest"].as_str().unwrap().starts_with("sha256:"))
    );
}

#[test]
fn schemas_are_generated_from_the_types() {
    let declaration = frt(&["schema", "declaration"], &root());
    let schema: serde_json::Value = serde_json::from_str(&stdout(&declaration)).unwrap();
    assert_eq!(schema["title"], "frt/declaration/v1");
    assert_eq!(schema["required"], serde_json::json!(["schema", "id"]));
    let venues = &schema["$defs"]["Venue"];
    assert!(
        venues.to_string().contains("public_changing_room"),
        "{venues}"
    );

    let report = frt(&["schema", "report"], &root());
    let schema: serde_json::Value = serde_json::from_str(&stdout(&report)).unwrap();
    assert_eq!(schema["title"], "frt/report/v1");
}

#[test]
fn unknown_arguments_exit_2() {
    let out = frt(&["check", "--format", "xml", "x.yaml"], &root());
    assert_eq!(out.status.code(), Some(2));
    let missing = frt(&["check", "does-not-exist.yaml"], &root());
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("cannot read `does-not-exist.yaml`"));
}

/// Starts `frt serve` with `args` on a free loopback port; the child and its address once it
/// answers `/healthz`.
fn start_serve(args: &[&str], dir: &Path) -> (std::process::Child, String) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let listen = format!("127.0.0.1:{port}");
    let mut child = Command::new(env!("CARGO_BIN_EXE_frt"))
        .args(["serve", "--listen", &listen])
        .args(args)
        .current_dir(dir)
        .env("FRT_CACHE_DIR", cache_dir())
        .env_remove("FRT_TRUSTED_KEYS")
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    loop {
        if std::net::TcpStream::connect(&listen).is_ok() {
            let health = http(&listen, "GET", "/healthz", "");
            assert!(health.starts_with("HTTP/1.1 200"), "{health}");
            return (child, listen);
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "frt serve exited before listening"
        );
        assert!(
            std::time::Instant::now() < deadline,
            "frt serve did not start listening"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

/// One HTTP/1.1 request on a fresh connection; the whole response.
fn http(listen: &str, method: &str, path: &str, body: &str) -> String {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(listen).unwrap();
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/yaml\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    response
}

/// The JSON body of a response.
fn json_body(response: &str) -> serde_json::Value {
    let (_, body) = response.split_once("\r\n\r\n").unwrap();
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {response}"))
}

/// Stops `child` with SIGTERM and expects a graceful exit.
fn stop(mut child: std::process::Child) {
    let pid = child.id().to_string();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "a graceful shutdown exits 0");
}

#[test]
fn serve_selects_the_built_in_packs_by_jurisdiction_and_stops_on_sigterm() {
    let (child, listen) = start_serve(&[], &root());
    let shanghai =
        std::fs::read_to_string(root().join("examples/declarations/p01-hotel-lobby-kiosk.yaml"))
            .unwrap();
    let response = http(&listen, "POST", "/v1/check", &shanghai);
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    let report = json_body(&response);
    let applied: Vec<&str> = report["packs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["applied"] == true)
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(applied, ["cn-measures", "cn-national-law", "cn-regional"]);
    let rules = json_body(&http(&listen, "GET", "/v1/rules", ""));
    let rules = rules.as_array().unwrap();
    assert!(rules.iter().any(|r| r["pack"] == "us-states"), "{rules:?}");
    stop(child);
}

#[test]
fn serve_loads_a_signed_pack_given_at_start_and_refuses_an_untrusted_one() {
    let work = tempfile::tempdir().unwrap();
    let components = work.path().join("components");
    std::fs::create_dir(&components).unwrap();
    for (name, bytes) in frt_builtin_packs::COMPONENTS {
        std::fs::write(components.join(format!("{name}.wasm")), bytes).unwrap();
    }
    for args in [
        &["keygen", "-o", "vendor"][..],
        &["keygen", "-o", "stranger"],
        &[
            "pack",
            "components",
            "--key",
            "vendor.secret",
            "-o",
            "measures.frtpack",
        ],
    ] {
        let out = frt(args, work.path());
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }

    let untrusted = Command::new(env!("CARGO_BIN_EXE_frt"))
        .args(["serve", "--listen", "127.0.0.1:0"])
        .args(["--rules", "measures.frtpack", "--trusted", "stranger.pub"])
        .current_dir(work.path())
        .env("FRT_CACHE_DIR", cache_dir())
        .output()
        .unwrap();
    assert_eq!(untrusted.status.code(), Some(2), "{}", stderr(&untrusted));
    assert!(
        stderr(&untrusted).contains("which is not one of the trusted keys"),
        "{}",
        stderr(&untrusted)
    );

    let (child, listen) = start_serve(
        &["--rules", "measures.frtpack", "--trusted", "vendor.pub"],
        work.path(),
    );
    let rules = json_body(&http(&listen, "GET", "/v1/rules", ""));
    assert_eq!(
        rules.as_array().unwrap().len(),
        frt_builtin_packs::COMPONENTS.len()
    );
    let face_only =
        std::fs::read_to_string(root().join("examples/declarations/p04-changing-room-camera.yaml"))
            .unwrap();
    let report = json_body(&http(&listen, "POST", "/v1/check", &face_only));
    assert_eq!(report["verdict"], "non_compliant");
    assert!(
        report.get("packs").is_none(),
        "one pack runs whole: {report}"
    );
    stop(child);
}

#[test]
fn sarif_junit_and_markdown_keep_the_exit_status() {
    let examples = root().join("examples/declarations");
    let file = "p04-changing-room-camera.yaml";
    let sarif = frt(&["check", "--format", "sarif", file], &examples);
    assert_eq!(sarif.status.code(), Some(1), "{}", stderr(&sarif));
    let log: serde_json::Value = serde_json::from_str(&stdout(&sarif)).unwrap();
    assert_eq!(log["version"], "2.1.0");
    let results = log["runs"][0]["results"].as_array().unwrap();
    let venue = results
        .iter()
        .find(|r| r["ruleId"] == "cn-frt-13-private-space")
        .unwrap();
    let location = &venue["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], file);
    assert_eq!(location["region"]["startLine"], 8);
    assert_eq!(location["region"]["startColumn"], 31);

    let junit = frt(&["check", "--format", "junit", file], &examples);
    assert_eq!(junit.status.code(), Some(1));
    assert!(stdout(&junit).contains("<failure type=\"violation\""));

    let markdown = frt(
        &["check", "--format", "markdown", "--lang", "zh", file],
        &examples,
    );
    assert_eq!(markdown.status.code(), Some(1));
    assert!(stdout(&markdown).contains("| 结论 | **不合规** |"));
    assert!(stdout(&markdown).contains("> 在公共场所安装人脸识别设备"));
}
