//! SARIF, JUnit and Markdown rendering of a small report whose declaration source is known, so
//! every line and column can be checked by hand. The SARIF log is validated against the SARIF
//! 2.1.0 JSON Schema (`sarif-2.1.0-rtm.5.json`, the final 2.1.0 schema as published by
//! SchemaStore, vendored so the test runs offline).

use frt_model::parse::{Format, parse};
use frt_model::{ArticleText, Date, Finding, Lang, Localized, RuleDescription, Severity, Status};
use frt_report::render::{SarifInput, SarifOptions, junit, markdown, sarif};
use frt_report::{PackSelection, Report, RuleOutcome, RuleRef, assemble};
use serde_json::Value;

mod common;
use common::check_sarif;

const SOURCE: &str = "\
schema: frt/declaration/v1
id: gate-7
siting:
  public_place: true
  venue: park
";

fn finding(obligation: &str, status: Status, evidence: &[&str]) -> Finding {
    Finding {
        obligation: obligation.into(),
        article: "13".into(),
        paragraph: Some(1),
        item: None,
        status,
        severity: Severity::High,
        message: Localized::new(format!("{obligation} <&> message"), "中文说明"),
        evidence: evidence.iter().map(|e| (*e).to_owned()).collect(),
        remediation: Some(Localized::new("Put up a sign.", "设置显著提示标识。")),
    }
}

fn report() -> Report {
    let rule = RuleRef {
        id: "cn-frt-art13".into(),
        version: "0.1.0".into(),
        digest: "sha256:00".into(),
    };
    let findings = vec![
        finding("cn-frt-13-signage", Status::Violation, &["/siting/signage"]),
        finding("cn-frt-13-venue", Status::Satisfied, &["/siting/venue"]),
        finding("cn-frt-13-z-none", Status::NotApplicable, &[]),
    ];
    let outcome = RuleOutcome::new(rule, "CN-FRT-2025", "13", Ok(findings));
    let as_of: Date = "2026-05-01".parse().unwrap();
    assemble("gate-7", as_of, vec![outcome])
}

fn descriptions() -> Vec<RuleDescription> {
    vec![RuleDescription {
        id: "cn-frt-art13".into(),
        version: "0.1.0".into(),
        instrument: "CN-FRT-2025".into(),
        articles: vec![ArticleText {
            number: "13".into(),
            text: Localized::new("Article 13 text.", "第十三条原文。"),
        }],
        title: Localized::new("Siting", "安装"),
        jurisdictions: vec![],
        effective_from: None,
        sources: vec![],
        unconfirmed: None,
    }]
}

fn sarif_log() -> Value {
    sarif_of(&report(), Lang::En)
}

/// `report` as a SARIF log in `lang`, parsed back.
fn sarif_of(report: &Report, lang: Lang) -> Value {
    let parsed = parse(SOURCE, Format::Yaml).unwrap();
    let descriptions = descriptions();
    let input = SarifInput {
        report,
        source_map: &parsed.source_map,
        file: "decl/gate-7.yaml",
    };
    let options = SarifOptions {
        lang,
        descriptions: &descriptions,
        tool_version: "0.1.0",
    };
    serde_json::from_str(&sarif(&[input], &options)).unwrap()
}

#[test]
fn sarif_is_valid_against_the_schema() {
    if let Err(e) = check_sarif(&sarif_log()) {
        panic!("not valid SARIF 2.1.0: {e}");
    }
}

#[test]
fn the_schema_rejects_what_it_should() {
    let mut log = sarif_log();
    log["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(check_sarif(&log).is_err());
    let mut log = sarif_log();
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
        0.into();
    assert!(check_sarif(&log).is_err());
}

#[test]
fn sarif_results_point_at_the_fields_or_their_parent() {
    let log = sarif_log();
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        ["cn-frt-13-signage", "cn-frt-13-venue", "cn-frt-13-z-none"]
    );
    assert_eq!(
        rules[0]["help"]["text"],
        "CN-FRT-2025 Art. 13(1): Article 13 text."
    );
    let region = |result: usize| {
        let loc = &run["results"][result]["locations"][0];
        let region = &loc["physicalLocation"]["region"];
        assert_eq!(
            loc["physicalLocation"]["artifactLocation"]["uri"],
            "decl/gate-7.yaml"
        );
        (
            region["startLine"].as_u64().unwrap(),
            region["startColumn"].as_u64().unwrap(),
            loc["message"]["text"].as_str().unwrap().to_owned(),
        )
    };
    // `/siting/signage` is not written: the result points at `siting:`.
    let (line, column, note) = region(0);
    assert_eq!((line, column), (3, 1));
    assert!(note.contains("not written"), "{note}");
    // `/siting/venue` is on line 5, its key at column 3.
    assert_eq!(region(1), (5, 3, "`/siting/venue`".to_owned()));
    // No evidence: the top of the file.
    assert_eq!((region(2).0, region(2).1), (1, 1));
    let levels: Vec<&str> = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["level"].as_str().unwrap())
        .collect();
    assert_eq!(levels, ["error", "none", "none"]);
}

#[test]
fn junit_fails_violations_and_skips_what_does_not_apply() {
    let xml = junit(&[report()], Lang::En);
    assert!(xml.contains("tests=\"3\" failures=\"1\" errors=\"0\" skipped=\"1\""));
    assert!(xml.contains(
        "<failure type=\"violation\" message=\"cn-frt-13-signage &lt;&amp;&gt; message\">"
    ));
    assert!(xml.contains("<skipped message=\"cn-frt-13-z-none &lt;&amp;&gt; message\"/>"));
    assert_eq!(xml.matches("<testcase ").count(), 3);
    assert_eq!(xml.matches("</testcase>").count(), 3);
}

#[test]
fn markdown_quotes_the_article_in_the_chosen_language() {
    let en = markdown(&report(), &descriptions(), Lang::En);
    assert!(en.contains("> Article 13 text."), "{en}");
    assert!(en.contains("| **non-compliant** |"), "{en}");
    assert!(en.contains("- Remediation: Put up a sign."), "{en}");
    assert!(
        en.contains("| `cn-frt-art13` | 0.1.0 | `sha256:00` |"),
        "{en}"
    );
    let zh = markdown(&report(), &descriptions(), Lang::Zh);
    assert!(zh.contains("> 第十三条原文。"), "{zh}");
    assert!(zh.contains("## CN-FRT-2025 第13条：违规"), "{zh}");
    assert!(zh.contains("(CN-FRT-2025 第13条第1款)"), "{zh}");
}

/// The report as a host that selects packs by jurisdiction writes it.
fn report_with_packs() -> Report {
    let mut report = report();
    report.packs = vec![
        PackSelection {
            name: "cn-measures".into(),
            applied: true,
            reason: Localized::new("applies in `CN`", "适用于 `CN`"),
            rules: vec!["cn-frt-art13".into()],
        },
        PackSelection {
            name: "us-states".into(),
            applied: false,
            reason: Localized::new("applies in `US / US-IL`", "适用于 `US / US-IL`"),
            rules: vec![],
        },
    ];
    report
}

#[test]
fn packs_are_in_the_sarif_run_properties() {
    let log = sarif_of(&report_with_packs(), Lang::Zh);
    if let Err(e) = check_sarif(&log) {
        panic!("not valid SARIF 2.1.0: {e}");
    }
    let packs = &log["runs"][0]["properties"]["packs"];
    assert_eq!(packs[0]["name"], "cn-measures");
    assert_eq!(packs[0]["applied"], true);
    assert_eq!(packs[0]["reason"], "适用于 `CN`");
    assert_eq!(packs[0]["rules"][0], "cn-frt-art13");
    assert_eq!(packs[1]["applied"], false);
    // A report of one pack says nothing of packs.
    assert!(sarif_log()["runs"][0]["properties"].get("packs").is_none());
}

#[test]
fn packs_are_testsuite_properties_in_junit() {
    let xml = junit(&[report_with_packs()], Lang::En);
    assert!(
        xml.contains("<property name=\"pack\" value=\"cn-measures (applied): applies in `CN`\"/>"),
        "{xml}"
    );
    assert!(
        xml.contains(
            "<property name=\"pack\" value=\"us-states (not applied): applies in `US / US-IL`\"/>"
        ),
        "{xml}"
    );
    assert!(!junit(&[report()], Lang::En).contains("name=\"pack\""));
}

#[test]
fn markdown_has_a_packs_section_in_either_language() {
    let en = markdown(&report_with_packs(), &descriptions(), Lang::En);
    assert!(en.contains("\n## Packs\n"), "{en}");
    assert!(
        en.contains("| `cn-measures` | applied | applies in `CN` |"),
        "{en}"
    );
    assert!(
        en.contains("| `us-states` | not applied | applies in `US / US-IL` |"),
        "{en}"
    );
    let zh = markdown(&report_with_packs(), &descriptions(), Lang::Zh);
    assert!(zh.contains("\n## 规则包\n"), "{zh}");
    assert!(
        zh.contains("| `cn-measures` | 已适用 | 适用于 `CN` |"),
        "{zh}"
    );
    assert!(!markdown(&report(), &descriptions(), Lang::En).contains("## Packs"));
}
