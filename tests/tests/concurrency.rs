//! One engine and one loaded pack shared by many threads: thousands of concurrent checks of
//! different declarations, each report equal to the one the same check gives alone.

use std::path::Path;
use std::sync::Arc;

use frt_runtime::{Date, Declaration, Format, Report, RulePack, Runtime, parse};

const THREADS: usize = 8;
const CHECKS: usize = 2_000;

fn assert_shareable<T: Clone + Send + Sync + 'static>() {}

/// Every declaration of the examples and scenarios that reads without error.
fn declarations() -> Vec<Declaration> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut paths: Vec<_> = ["examples/declarations", "tests/scenarios"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(root.join(dir)).unwrap())
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| {
            let source = std::fs::read_to_string(p).unwrap();
            parse(&source, Format::Yaml).ok().map(|p| p.declaration)
        })
        .collect()
}

/// The checks to run: every declaration on several dates, so that reports differ.
fn cases() -> Vec<(Declaration, Option<Date>)> {
    let dates = [
        None,
        Some(Date::new(2025, 5, 31).unwrap()),
        Some(Date::new(2027, 1, 4).unwrap()),
    ];
    declarations()
        .into_iter()
        .flat_map(|d| dates.iter().map(move |date| (d.clone(), *date)))
        .collect()
}

#[test]
fn concurrent_checks_on_one_pack_match_their_sequential_reports() {
    assert_shareable::<RulePack>();
    assert_shareable::<Runtime>();
    let pack = Runtime::new().unwrap().national_pack().unwrap();
    let cases = Arc::new(cases());
    assert!(cases.len() >= 30, "{} cases", cases.len());
    let expected: Arc<Vec<Report>> = Arc::new(
        cases
            .iter()
            .map(|(declaration, as_of)| pack.check(declaration, *as_of))
            .collect(),
    );
    let distinct: std::collections::HashSet<String> = expected
        .iter()
        .map(|r| serde_json::to_string(r).unwrap())
        .collect();
    assert!(
        distinct.len() > cases.len() / 2,
        "the cases give different reports"
    );

    let threads: Vec<_> = (0..THREADS)
        .map(|t| {
            let (pack, cases, expected) = (pack.clone(), cases.clone(), expected.clone());
            std::thread::spawn(move || {
                let mut compared = 0;
                for i in (t..CHECKS).step_by(THREADS) {
                    // Neighbouring threads check different declarations at the same moment.
                    let k = (i * 7 + t) % cases.len();
                    let (declaration, as_of) = &cases[k];
                    let report = pack.check(declaration, *as_of);
                    assert_eq!(report, expected[k], "case {k} in thread {t}");
                    compared += 1;
                }
                compared
            })
        })
        .collect();
    let compared: usize = threads.into_iter().map(|t| t.join().unwrap()).sum();
    assert_eq!(compared, CHECKS);
}
