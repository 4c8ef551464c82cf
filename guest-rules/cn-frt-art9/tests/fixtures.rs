//! Every fixture in `fixtures/` through the rule: its `# expect:` lines, a snapshot of its
//! findings, and coverage of every obligation's every outcome.

use cn_frt_art9::Art9;
use frt_sdk::Status::*;
use frt_sdk::testing;

#[test]
fn fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let runs = testing::run_fixtures::<Art9>(&dir);
    for (name, findings) in &runs {
        insta::assert_snapshot!(name.as_str(), testing::render(findings));
    }
    testing::assert_covers(
        &runs,
        &[
            ("cn-frt-9-prior-assessment", Violation),
            ("cn-frt-9-prior-assessment", NeedsReview),
            ("cn-frt-9-prior-assessment", Satisfied),
            ("cn-frt-9-prior-assessment", NotApplicable),
            ("cn-frt-9-assessment-contents", Violation),
            ("cn-frt-9-assessment-contents", NeedsReview),
            ("cn-frt-9-assessment-contents", Satisfied),
            ("cn-frt-9-assessment-contents", NotApplicable),
            ("cn-frt-9-records", Violation),
            ("cn-frt-9-records", NeedsReview),
            ("cn-frt-9-records", Satisfied),
            ("cn-frt-9-records", NotApplicable),
            ("cn-frt-9-retention", Violation),
            ("cn-frt-9-retention", NeedsReview),
            ("cn-frt-9-retention", Satisfied),
            ("cn-frt-9-retention", NotApplicable),
            ("cn-frt-9-reassessment", Violation),
            ("cn-frt-9-reassessment", NeedsReview),
            ("cn-frt-9-reassessment", Satisfied),
            ("cn-frt-9-reassessment", NotApplicable),
        ],
    );
}
