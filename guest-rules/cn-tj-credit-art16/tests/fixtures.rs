//! Every fixture in `fixtures/` through the rule: its `# expect:` lines, a snapshot of its
//! findings, and coverage of every obligation's every outcome.

use cn_tj_credit_art16::Art16;
use frt_sdk::Status::*;
use frt_sdk::testing;

#[test]
fn fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let runs = testing::run_fixtures::<Art16>(&dir);
    for (name, findings) in &runs {
        insta::assert_snapshot!(name.as_str(), testing::render(findings));
    }
    testing::assert_covers(
        &runs,
        &[
            ("cn-tj-16-no-biometrics", NeedsReview),
            ("cn-tj-16-no-biometrics", NotApplicable),
        ],
    );
}

/// The rule's own logic finds a violation; only the unconfirmed citation softens it.
#[test]
fn the_breach_is_a_violation_once_the_citation_is_confirmed() {
    let source = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/credit-agency-faces.yaml"),
    )
    .unwrap();
    let findings = testing::check_yaml::<Art16>(&source);
    let finding = testing::finding(&findings, "cn-tj-16-no-biometrics");
    assert_eq!(finding.status, NeedsReview);
    assert!(finding.message.en.contains("This would be a violation"));
    let mut confirmed = <Art16 as frt_sdk::Rule>::describe();
    confirmed.unconfirmed = None;
    let restored = frt_sdk::law::unconfirmed(&confirmed, findings.clone());
    assert_eq!(
        restored, findings,
        "a confirmed citation leaves findings as the rule made them"
    );
}
