//! Every fixture in `fixtures/` through the rule: its `# expect:` lines, a snapshot of its
//! findings, and coverage of every obligation's every outcome.

use cn_frt_art6::Art6;
use frt_sdk::Status::*;
use frt_sdk::testing;

#[test]
fn fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let runs = testing::run_fixtures::<Art6>(&dir);
    for (name, findings) in &runs {
        insta::assert_snapshot!(name.as_str(), testing::render(findings));
    }
    testing::assert_covers(
        &runs,
        &[
            ("cn-frt-6-legal-basis", NeedsReview),
            ("cn-frt-6-legal-basis", Satisfied),
            ("cn-frt-6-legal-basis", NotApplicable),
            ("cn-frt-6-consent", Violation),
            ("cn-frt-6-consent", NeedsReview),
            ("cn-frt-6-consent", Satisfied),
            ("cn-frt-6-consent", NotApplicable),
            ("cn-frt-6-written", Violation),
            ("cn-frt-6-written", NeedsReview),
            ("cn-frt-6-written", Satisfied),
            ("cn-frt-6-written", NotApplicable),
            ("cn-frt-6-withdrawal", Violation),
            ("cn-frt-6-withdrawal", NeedsReview),
            ("cn-frt-6-withdrawal", Satisfied),
            ("cn-frt-6-withdrawal", NotApplicable),
        ],
    );
}
