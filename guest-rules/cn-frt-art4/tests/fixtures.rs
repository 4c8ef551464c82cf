//! Every fixture in `fixtures/` through the rule: its `# expect:` lines, a snapshot of its
//! findings, and coverage of every obligation's every outcome.

use cn_frt_art4::Art4;
use frt_sdk::Status::*;
use frt_sdk::testing;

#[test]
fn fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let runs = testing::run_fixtures::<Art4>(&dir);
    for (name, findings) in &runs {
        insta::assert_snapshot!(name.as_str(), testing::render(findings));
    }
    testing::assert_covers(
        &runs,
        &[
            ("cn-frt-4-specific-purpose", Violation),
            ("cn-frt-4-specific-purpose", NeedsReview),
            ("cn-frt-4-specific-purpose", Satisfied),
            ("cn-frt-4-specific-purpose", NotApplicable),
            ("cn-frt-4-necessity", NeedsReview),
            ("cn-frt-4-necessity", Satisfied),
            ("cn-frt-4-necessity", NotApplicable),
            ("cn-frt-4-least-impact", Violation),
            ("cn-frt-4-least-impact", NeedsReview),
            ("cn-frt-4-least-impact", Satisfied),
            ("cn-frt-4-least-impact", NotApplicable),
        ],
    );
}
