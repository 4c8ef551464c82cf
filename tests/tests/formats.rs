//! SARIF, JUnit and Markdown reports of the public scenarios, snapshotted. The SARIF snapshots
//! are checked against the SARIF 2.1.0 JSON Schema by `core/report/tests/sarif_snapshots.rs`
//! (the validator stays out of this crate's dependencies).

use std::path::{Path, PathBuf};

use frt_model::{Lang, RuleDescription};
use frt_report::render::{self, SarifInput, SarifOptions};
use frt_runtime::{Format, Parsed, Report, Runtime, parse};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

/// Every public scenario: its file name, parsed source and report.
fn scenarios() -> (Vec<(String, Parsed, Report)>, Vec<RuleDescription>) {
    let pack = Runtime::new().unwrap().national_pack().unwrap();
    let dir = root().join("examples/declarations");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".yaml"))
        .collect();
    names.sort();
    assert!(names.len() >= 6, "public scenarios missing: {names:?}");
    let checked = names
        .into_iter()
        .map(|name| {
            let source = std::fs::read_to_string(dir.join(&name)).unwrap();
            let parsed = parse(&source, Format::Yaml).unwrap();
            let report = pack.check(&parsed.declaration, None);
            (name, parsed, report)
        })
        .collect();
    let descriptions = pack
        .rules()
        .iter()
        .map(|r| r.description().clone())
        .collect();
    (checked, descriptions)
}

#[test]
fn public_scenario_formats() {
    let mut settings = insta::Settings::clone_current();
    settings.add_filter(r"sha256:[0-9a-f]{64}", "sha256:[digest]");
    settings.bind(public_scenario_snapshots);
}

fn public_scenario_snapshots() {
    let (checked, descriptions) = scenarios();
    for (name, parsed, report) in &checked {
        let id = &report.declaration;
        let input = SarifInput {
            report,
            source_map: &parsed.source_map,
            file: &format!("examples/declarations/{name}"),
        };
        let options = SarifOptions {
            lang: Lang::En,
            descriptions: &descriptions,
            tool_version: "0.1.0",
        };
        let sarif = render::sarif(&[input], &options);
        let log: serde_json::Value = serde_json::from_str(&sarif).unwrap();
        assert_eq!(
            log["runs"][0]["results"].as_array().unwrap().len(),
            report.findings.len()
        );
        insta::assert_snapshot!(format!("{id}.sarif"), sarif);
        insta::assert_snapshot!(
            format!("{id}.junit.xml"),
            render::junit(std::slice::from_ref(report), Lang::En)
        );
        for (lang, tag) in [(Lang::En, "en"), (Lang::Zh, "zh")] {
            let md = render::markdown(report, &descriptions, lang);
            insta::assert_snapshot!(format!("{id}.{tag}.md"), md);
        }
    }
}
