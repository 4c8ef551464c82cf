//! Every fixture in `fixtures/` through the rule: its `# expect:` lines, a snapshot of its
//! findings, and coverage of every obligation's every outcome.

use cn_frt_art8::Art8;
use frt_sdk::Status::*;
use frt_sdk::testing;

#[test]
fn fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let runs = testing::run_fixtures::<Art8>(&dir);
    for (name, findings) in &runs {
        insta::assert_snapshot!(name.as_str(), testing::render(findings));
    }
    testing::assert_covers(
        &runs,
        &[
            ("cn-frt-8-on-device", Satisfied),
            ("cn-frt-8-on-device", Violation),
            ("cn-frt-8-on-device", NeedsReview),
            ("cn-frt-8-on-device", NotApplicable),
            ("cn-frt-8-retention", Violation),
            ("cn-frt-8-retention", NeedsReview),
            ("cn-frt-8-retention", Satisfied),
            ("cn-frt-8-retention", NotApplicable),
        ],
    );
}
