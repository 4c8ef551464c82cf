//! Helpers for testing rules natively: run a rule on a YAML fixture and render its findings
//! for a snapshot.
//!
//! ```
//! # use frt_sdk::prelude::*;
//! # struct Nothing;
//! # impl Rule for Nothing {
//! #     fn describe() -> RuleDescription { describe("x", "0.1.0", "X").build() }
//! #     fn obligations() -> &'static [Obligation] { &[] }
//! #     fn check(_: &Input) -> Vec<Finding> { vec![] }
//! # }
//! let findings = frt_sdk::testing::check_yaml::<Nothing>(
//!     "schema: frt/declaration/v1\nid: t\nas_of: 2026-05-01\n",
//! );
//! assert!(findings.is_empty());
//! ```

use std::fmt::Write;

use frt_model::parse::{Format, parse};
use frt_model::{Finding, Status};

use crate::{Input, Rule};

/// Runs rule `R` on a declaration written in YAML. Panics with the parse error, naming the
/// line, when the fixture is not a valid declaration, and when the findings break the
/// contract every rule keeps (see [`assert_contract`]).
pub fn check_yaml<R: Rule>(yaml: &str) -> Vec<Finding> {
    let parsed = match parse(yaml, Format::Yaml) {
        Ok(p) => p,
        Err(e) => panic!(
            "the fixture is not a valid declaration: {} at {}",
            e,
            e.position().map(|p| p.to_string()).unwrap_or_default()
        ),
    };
    let input = Input::new(&parsed.declaration).expect("fixtures set `as_of`");
    let findings = R::check(&input);
    assert_contract::<R>(&findings);
    findings
}

/// Checks what every rule promises: each finding belongs to one of the rule's obligations and
/// to one of its articles, has bilingual text, evidence pointers, and a remediation when it
/// is `violation` or `needs_review`.
pub fn assert_contract<R: Rule>(findings: &[Finding]) {
    let description = R::describe();
    for f in findings {
        assert!(
            R::obligations().iter().any(|o| o.id == f.obligation),
            "finding `{}` is not one of the rule's obligations",
            f.obligation
        );
        assert!(
            description.articles.iter().any(|a| a.number == f.article),
            "finding `{}` cites article `{}`, which the rule does not describe",
            f.obligation,
            f.article
        );
        assert!(
            !f.message.en.is_empty() && !f.message.zh.is_empty(),
            "finding `{}` lacks a message in both languages",
            f.obligation
        );
        assert!(
            f.evidence.iter().all(|e| e.starts_with('/')),
            "finding `{}` has an evidence entry that is not a JSON Pointer",
            f.obligation
        );
        if matches!(f.status, Status::Violation | Status::NeedsReview) {
            assert!(
                f.remediation.is_some(),
                "finding `{}` is `{}` without a remediation",
                f.obligation,
                f.status
            );
        }
    }
}

/// The status of obligation `id` among `findings`; panics when it is absent or repeated.
pub fn status_of(findings: &[Finding], id: &str) -> Status {
    let matching: Vec<&Finding> = findings.iter().filter(|f| f.obligation == id).collect();
    match matching.as_slice() {
        [one] => one.status,
        [] => panic!("no finding for obligation `{id}`"),
        _ => panic!("more than one finding for obligation `{id}`"),
    }
}

/// The finding for obligation `id`; panics when it is absent or repeated.
pub fn finding<'a>(findings: &'a [Finding], id: &str) -> &'a Finding {
    let _ = status_of(findings, id);
    findings
        .iter()
        .find(|f| f.obligation == id)
        .expect("checked above")
}

/// Findings as compact text for a snapshot: one block per finding with status, citation,
/// both messages, evidence and remediation.
pub fn render(findings: &[Finding]) -> String {
    let mut out = String::new();
    for f in findings {
        let mut cite = f.article.clone();
        if let Some(p) = f.paragraph {
            let _ = write!(cite, "({p})");
        }
        if let Some(i) = f.item {
            let _ = write!(cite, "({i})");
        }
        let _ = writeln!(
            out,
            "{} {} [{}] {}",
            f.status,
            f.severity.as_str(),
            cite,
            f.obligation
        );
        let _ = writeln!(out, "  en: {}", f.message.en);
        let _ = writeln!(out, "  zh: {}", f.message.zh);
        if !f.evidence.is_empty() {
            let _ = writeln!(out, "  evidence: {}", f.evidence.join(", "));
        }
        if let Some(r) = &f.remediation {
            let _ = writeln!(out, "  fix en: {}", r.en);
            let _ = writeln!(out, "  fix zh: {}", r.zh);
        }
    }
    out
}

/// The expectations a fixture states in its comments, as `(obligation, status)`.
///
/// A fixture says what it expects in lines such as `# expect: cn-frt-13-signage = violation`,
/// so the fixture file alone tells a reader what it tests.
pub fn expectations(source: &str) -> Vec<(String, Status)> {
    source
        .lines()
        .filter_map(|line| line.trim().strip_prefix("# expect:"))
        .map(|rest| {
            let (id, status) = rest.split_once('=').unwrap_or_else(|| {
                panic!("`# expect:` takes `obligation = status`, found `{rest}`")
            });
            let status: Status = serde_json::from_value(status.trim().into())
                .unwrap_or_else(|_| panic!("unknown status `{}` in `# expect:`", status.trim()));
            (id.trim().to_owned(), status)
        })
        .collect()
}

/// Checks the findings against the fixture's `# expect:` lines; panics naming the first
/// mismatch, or when the fixture states no expectation at all.
pub fn assert_expectations(source: &str, findings: &[Finding]) {
    let expected = expectations(source);
    assert!(
        !expected.is_empty(),
        "the fixture states no `# expect: obligation = status` line"
    );
    for (id, status) in expected {
        let actual = status_of(findings, &id);
        assert_eq!(
            actual,
            status,
            "obligation `{id}`: expected `{status}`, got `{actual}`\n{}",
            render(findings)
        );
    }
}

/// Runs every `*.yaml` fixture in `dir` through rule `R`: checks its `# expect:` lines and
/// returns `(file name, source, findings)` for snapshots, plus every `(obligation, status)`
/// seen, so a test can assert that the fixtures cover every outcome.
pub fn run_fixtures<R: Rule>(dir: &std::path::Path) -> Vec<(String, Vec<Finding>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read fixtures in `{}`: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no fixtures in `{}`", dir.display());
    files
        .into_iter()
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let source = std::fs::read_to_string(&path).unwrap();
            let findings = check_yaml::<R>(&source);
            assert_expectations(&source, &findings);
            (name, findings)
        })
        .collect()
}

/// Panics unless `runs` show every `(obligation, status)` pair in `required`.
pub fn assert_covers(runs: &[(String, Vec<Finding>)], required: &[(&str, Status)]) {
    for (id, status) in required {
        let seen = runs
            .iter()
            .flat_map(|(_, f)| f)
            .any(|f| f.obligation == *id && f.status == *status);
        assert!(seen, "no fixture shows `{id}` as `{status}`");
    }
}
