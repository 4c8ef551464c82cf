//! Every fixture in `fixtures/` through the rule: its `# expect:` lines, a snapshot of its
//! findings, and coverage of every obligation's every outcome.

use cn_frt_art15::Art15;
use frt_sdk::Status::*;
use frt_sdk::testing;

#[test]
fn fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let runs = testing::run_fixtures::<Art15>(&dir);
    for (name, findings) in &runs {
        insta::assert_snapshot!(name.as_str(), testing::render(findings));
    }
    testing::assert_covers(
        &runs,
        &[
            ("cn-frt-15-filing-due", Violation),
            ("cn-frt-15-filing-due", NeedsReview),
            ("cn-frt-15-filing-due", Satisfied),
            ("cn-frt-15-filing-due", NotApplicable),
            ("cn-frt-15-authority", Violation),
            ("cn-frt-15-authority", NeedsReview),
            ("cn-frt-15-authority", Satisfied),
            ("cn-frt-15-authority", NotApplicable),
            ("cn-frt-15-materials", Violation),
            ("cn-frt-15-materials", NeedsReview),
            ("cn-frt-15-materials", Satisfied),
            ("cn-frt-15-materials", NotApplicable),
            ("cn-frt-15-change", Violation),
            ("cn-frt-15-change", NeedsReview),
            ("cn-frt-15-change", Satisfied),
            ("cn-frt-15-change", NotApplicable),
            ("cn-frt-15-deregistration", Violation),
            ("cn-frt-15-deregistration", NeedsReview),
            ("cn-frt-15-deregistration", Satisfied),
            ("cn-frt-15-deregistration", NotApplicable),
            ("cn-frt-15-data-disposal", Violation),
            ("cn-frt-15-data-disposal", NeedsReview),
            ("cn-frt-15-data-disposal", Satisfied),
            ("cn-frt-15-data-disposal", NotApplicable),
        ],
    );
}
