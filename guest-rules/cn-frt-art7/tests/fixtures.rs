//! Every fixture in `fixtures/` through the rule: its `# expect:` lines, a snapshot of its
//! findings, and coverage of every obligation's every outcome.

use cn_frt_art7::Art7;
use frt_sdk::Status::*;
use frt_sdk::testing;

#[test]
fn fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let runs = testing::run_fixtures::<Art7>(&dir);
    for (name, findings) in &runs {
        insta::assert_snapshot!(name.as_str(), testing::render(findings));
    }
    testing::assert_covers(
        &runs,
        &[
            ("cn-frt-7-guardian-consent", Violation),
            ("cn-frt-7-guardian-consent", NeedsReview),
            ("cn-frt-7-guardian-consent", Satisfied),
            ("cn-frt-7-guardian-consent", NotApplicable),
            ("cn-frt-7-minor-rules", Violation),
            ("cn-frt-7-minor-rules", NeedsReview),
            ("cn-frt-7-minor-rules", Satisfied),
            ("cn-frt-7-minor-rules", NotApplicable),
        ],
    );
}
