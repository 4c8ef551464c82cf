//! The scenario corpus through the real host and the national pack: every declaration's
//! per-article verdicts against its `expected.json`, and snapshots of the JSON and text
//! reports.
//!
//! Corpora: `examples/declarations/` (the public scenarios) and `tests/scenarios/` (the
//! project's own). Each holds `*.yaml` declarations and an `expected.json` mapping a
//! declaration id to, per article, the verdicts a careful reader accepts.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use frt_model::Lang;
use frt_report::render::{self, TextOptions};
use frt_runtime::{Format, Report, RulePack, Runtime, parse};

type Expected = BTreeMap<String, BTreeMap<String, Vec<String>>>;

fn pack() -> &'static RulePack {
    static PACK: OnceLock<RulePack> = OnceLock::new();
    PACK.get_or_init(|| Runtime::new().unwrap().national_pack().unwrap())
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

fn corpus(dir: &str) -> Vec<(String, Report)> {
    let dir = root().join(dir);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no declarations in {}", dir.display());
    files
        .iter()
        .map(|path| {
            let source = std::fs::read_to_string(path).unwrap();
            let declaration = parse(&source, Format::Yaml)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
                .declaration;
            (declaration.id.clone(), pack().check(&declaration, None))
        })
        .collect()
}

fn expected(dir: &str) -> Expected {
    let text = std::fs::read_to_string(root().join(dir).join("expected.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// The articles the loaded pack decides.
fn covered_articles() -> Vec<String> {
    pack()
        .rules()
        .iter()
        .flat_map(|r| r.description().articles.iter().map(|a| a.number.clone()))
        .collect()
}

fn check_expectations(dir: &str) {
    let reports = corpus(dir);
    let expected = expected(dir);
    let covered = covered_articles();
    let mut failures = Vec::new();
    for (id, report) in &reports {
        let Some(articles) = expected.get(id) else {
            failures.push(format!("{id}: no entry in {dir}/expected.json"));
            continue;
        };
        let verdicts: BTreeMap<&str, &str> = report
            .articles()
            .iter()
            .map(|a| (a.article, a.status.as_str()))
            .collect();
        for (article, allowed) in articles.iter().filter(|(a, _)| covered.contains(a)) {
            match verdicts.get(article.as_str()) {
                Some(v) if allowed.iter().any(|a| a == v) => {}
                Some(v) => failures.push(format!(
                    "{id}: Art. {article} is `{v}`, expected one of {allowed:?}"
                )),
                None => failures.push(format!("{id}: Art. {article} has no finding")),
            }
        }
    }
    assert!(
        expected.len() == reports.len(),
        "{dir}/expected.json lists {} declarations, the directory has {}",
        expected.len(),
        reports.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn public_scenarios_have_the_expected_verdicts() {
    check_expectations("examples/declarations");
}

/// Digests change with every rebuild of a rule; `digests_name_the_component_bytes` checks
/// them, and the snapshots show their place.
fn redact_digests<R>(f: impl FnOnce() -> R) -> R {
    let mut settings = insta::Settings::clone_current();
    settings.add_filter(r"sha256:[0-9a-f]{64}", "sha256:[digest]");
    settings.bind(f)
}

#[test]
fn project_scenarios_have_the_expected_verdicts() {
    check_expectations("tests/scenarios");
}

#[test]
fn public_scenario_reports() {
    redact_digests(public_scenario_snapshots);
}

fn public_scenario_snapshots() {
    for (id, report) in corpus("examples/declarations") {
        insta::assert_snapshot!(format!("{id}.json"), render::json(&report));
        let en = render::text(
            &report,
            &TextOptions {
                lang: Lang::En,
                color: false,
            },
        );
        insta::assert_snapshot!(format!("{id}.en.txt"), en);
        let zh = render::text(
            &report,
            &TextOptions {
                lang: Lang::Zh,
                color: false,
            },
        );
        insta::assert_snapshot!(format!("{id}.zh.txt"), zh);
    }
}

#[test]
fn reports_are_deterministic_and_independent_of_rule_order() {
    let runtime = Runtime::new().unwrap();
    let mut components: Vec<_> = frt_builtin_packs::COMPONENTS.to_vec();
    components.reverse();
    let reversed = runtime.load_bytes(components).unwrap();
    let source =
        std::fs::read_to_string(root().join("examples/declarations/p02-park-annual-pass.yaml"))
            .unwrap();
    let declaration = parse(&source, Format::Yaml).unwrap().declaration;
    let a = render::json(&pack().check(&declaration, None));
    let b = render::json(&reversed.check(&declaration, None));
    assert_eq!(a, b);
}

#[test]
fn digests_name_the_component_bytes() {
    use sha2::Digest;
    for rule in pack().rules() {
        let (_, bytes) = frt_builtin_packs::COMPONENTS
            .iter()
            .find(|(name, _)| *name == rule.description().id)
            .unwrap();
        let expected = format!("sha256:{}", hex::encode(sha2::Sha256::digest(bytes)));
        assert_eq!(rule.digest(), expected);
    }
}
