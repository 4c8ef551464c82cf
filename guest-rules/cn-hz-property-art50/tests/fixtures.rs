//! Every fixture in `fixtures/` through the rule: its `# expect:` lines, a snapshot of its
//! findings, and coverage of every obligation's every outcome.

use cn_hz_property_art50::Art50;
use frt_sdk::Status::*;
use frt_sdk::testing;

#[test]
fn fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let runs = testing::run_fixtures::<Art50>(&dir);
    for (name, findings) in &runs {
        insta::assert_snapshot!(name.as_str(), testing::render(findings));
    }
    testing::assert_covers(
        &runs,
        &[
            ("cn-hz-50-no-forced-biometrics", Violation),
            ("cn-hz-50-no-forced-biometrics", NeedsReview),
            ("cn-hz-50-no-forced-biometrics", Satisfied),
            ("cn-hz-50-no-forced-biometrics", NotApplicable),
        ],
    );
}
