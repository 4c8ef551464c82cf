//! Every fixture in `fixtures/` through the rule: its `# expect:` lines, a snapshot of its
//! findings, and coverage of every obligation's every outcome.

use cn_frt_art13::Art13;
use frt_sdk::Status::*;
use frt_sdk::testing;

#[test]
fn fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let runs = testing::run_fixtures::<Art13>(&dir);
    for (name, findings) in &runs {
        insta::assert_snapshot!(name.as_str(), testing::render(findings));
    }
    testing::assert_covers(
        &runs,
        &[
            ("cn-frt-13-private-space", Violation),
            ("cn-frt-13-private-space", Satisfied),
            ("cn-frt-13-private-space", NeedsReview),
            ("cn-frt-13-private-space", NotApplicable),
            ("cn-frt-13-public-safety", Violation),
            ("cn-frt-13-public-safety", NeedsReview),
            ("cn-frt-13-public-safety", Satisfied),
            ("cn-frt-13-public-safety", NotApplicable),
            ("cn-frt-13-capture-area", Violation),
            ("cn-frt-13-capture-area", NeedsReview),
            ("cn-frt-13-capture-area", Satisfied),
            ("cn-frt-13-capture-area", NotApplicable),
            ("cn-frt-13-signage", Violation),
            ("cn-frt-13-signage", NeedsReview),
            ("cn-frt-13-signage", Satisfied),
            ("cn-frt-13-signage", NotApplicable),
        ],
    );
}
