//! The built-in packs selected by jurisdiction, through the real host: every declaration in
//! `tests/scenarios-packs/` against its `expected.json` (which packs applied, and the verdict
//! of each instrument's article), and snapshots of the packs section of the report.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use frt_model::Lang;
use frt_report::render::{self, SarifInput, SarifOptions};
use frt_runtime::{Catalog, FailurePolicy, Format, PackChoice, Report, Runtime, parse};
use serde::Deserialize;

/// What a careful reader expects of one declaration.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    /// Why the declaration is in the corpus.
    #[allow(dead_code)]
    about: String,
    /// The packs that must apply, in catalog order; every other pack must not.
    packs: Vec<String>,
    /// `"INSTRUMENT ARTICLE"` to the verdicts accepted for that article.
    articles: BTreeMap<String, Vec<String>>,
}

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Runtime::new().unwrap().builtin_packs().unwrap())
}

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios-packs")
}

fn reports() -> Vec<(String, Report)> {
    let mut files: Vec<_> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| {
            let source = std::fs::read_to_string(path).unwrap();
            let declaration = parse(&source, Format::Yaml)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
                .declaration;
            let report = catalog()
                .check(
                    &declaration,
                    None,
                    FailurePolicy::FailClosed,
                    &PackChoice::ByJurisdiction,
                )
                .unwrap();
            (declaration.id.clone(), report)
        })
        .collect()
}

fn verdicts(report: &Report) -> BTreeMap<String, &'static str> {
    report
        .articles()
        .iter()
        .map(|a| (format!("{} {}", a.instrument, a.article), a.status.as_str()))
        .collect()
}

#[test]
fn scenarios_get_the_packs_and_verdicts_expected() {
    let text = std::fs::read_to_string(dir().join("expected.json")).unwrap();
    let expected: BTreeMap<String, Expected> = serde_json::from_str(&text).unwrap();
    let reports = reports();
    assert!(
        reports.len() >= 12,
        "the corpus holds at least twelve scenarios"
    );
    assert_eq!(
        expected.len(),
        reports.len(),
        "one expected.json entry per file"
    );
    let mut failures = Vec::new();
    for (id, report) in &reports {
        let Some(want) = expected.get(id) else {
            failures.push(format!("{id}: no entry in expected.json"));
            continue;
        };
        let applied: Vec<&str> = report
            .packs
            .iter()
            .filter(|p| p.applied)
            .map(|p| p.name.as_str())
            .collect();
        if applied != want.packs {
            failures.push(format!(
                "{id}: packs {applied:?}, expected {:?}",
                want.packs
            ));
        }
        let got = verdicts(report);
        for (article, allowed) in &want.articles {
            match got.get(article) {
                Some(v) if allowed.iter().any(|a| a == v) => {}
                Some(v) => failures.push(format!(
                    "{id}: {article} is `{v}`, expected one of {allowed:?}"
                )),
                None => failures.push(format!("{id}: {article} has no finding")),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every finding comes from a pack the report says applied, and every pack says why.
#[test]
fn reports_say_which_packs_applied_and_why() {
    for (id, report) in reports() {
        assert_eq!(report.packs.len(), catalog().packs().len(), "{id}");
        for pack in &report.packs {
            assert!(
                !pack.reason.en.is_empty() && !pack.reason.zh.is_empty(),
                "{id}"
            );
            assert_eq!(pack.applied, !pack.rules.is_empty(), "{id}: {}", pack.name);
        }
        let ran: Vec<&String> = report.packs.iter().flat_map(|p| &p.rules).collect();
        for finding in &report.findings {
            assert!(
                ran.contains(&&finding.rule),
                "{id}: {} ran unlisted",
                finding.rule
            );
        }
    }
}

#[test]
fn pack_selection_in_reports() {
    let packs: BTreeMap<String, Vec<String>> = reports()
        .into_iter()
        .map(|(id, report)| {
            let lines = report
                .packs
                .iter()
                .map(|p| {
                    let state = if p.applied { "applied" } else { "not applied" };
                    format!("{} ({state}): {} | {}", p.name, p.reason.en, p.reason.zh)
                })
                .collect();
            (id, lines)
        })
        .collect();
    insta::assert_json_snapshot!("pack-selection", packs);
}

#[test]
fn a_named_pack_overrides_the_jurisdiction() {
    let source = std::fs::read_to_string(dir().join("r05-illinois-time-clock.yaml")).unwrap();
    let declaration = parse(&source, Format::Yaml).unwrap().declaration;
    let choice = PackChoice::Named(vec!["cn-regional".into()]);
    let report = catalog()
        .check(&declaration, None, FailurePolicy::FailClosed, &choice)
        .unwrap();
    assert!(!report.findings.is_empty());
    assert!(
        report
            .findings
            .iter()
            .all(|f| f.status == frt_model::Status::NotApplicable),
        "outside their places, the regional rules say not_applicable"
    );
}

/// The packs block of one report as each format renders it: SARIF's run properties, JUnit's
/// testsuite properties, and the Markdown section in both languages.
#[test]
fn packs_in_every_format() {
    let name = "r14-shanghai-app-bundled-consent.yaml";
    let source = std::fs::read_to_string(dir().join(name)).unwrap();
    let parsed = parse(&source, Format::Yaml).unwrap();
    let report = catalog()
        .check(
            &parsed.declaration,
            None,
            FailurePolicy::FailClosed,
            &PackChoice::ByJurisdiction,
        )
        .unwrap();
    let input = SarifInput {
        report: &report,
        source_map: &parsed.source_map,
        file: name,
    };
    let options = SarifOptions {
        lang: Lang::En,
        descriptions: &[],
        tool_version: "0.1.0",
    };
    let log: serde_json::Value = serde_json::from_str(&render::sarif(&[input], &options)).unwrap();
    let junit = render::junit(std::slice::from_ref(&report), Lang::En);
    let properties: Vec<&str> = junit
        .lines()
        .filter(|l| l.contains("<property name=\"pack\""))
        .map(str::trim)
        .collect();
    let section = |lang| {
        let md = render::markdown(&report, &[], lang);
        let start = md.find(&format!(
            "\n## {}\n",
            if lang == Lang::En {
                "Packs"
            } else {
                "规则包"
            }
        ));
        let start = start.expect("a packs section");
        let end = md[start + 1..]
            .find("\n## ")
            .map_or(md.len(), |e| start + 1 + e);
        md[start..end].trim().to_owned()
    };
    let rendered = serde_json::json!({
        "sarif": log["runs"][0]["properties"]["packs"],
        "junit": properties,
        "markdown_en": section(Lang::En),
        "markdown_zh": section(Lang::Zh),
    });
    insta::assert_json_snapshot!("packs-in-every-format", rendered);
}
