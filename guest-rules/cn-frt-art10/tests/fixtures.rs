//! Every fixture in `fixtures/` through the rule: its `# expect:` lines, a snapshot of its
//! findings, and coverage of every obligation's every outcome.

use cn_frt_art10::Art10;
use frt_sdk::Status::*;
use frt_sdk::testing;

#[test]
fn fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let runs = testing::run_fixtures::<Art10>(&dir);
    for (name, findings) in &runs {
        insta::assert_snapshot!(name.as_str(), testing::render(findings));
    }
    testing::assert_covers(
        &runs,
        &[
            ("cn-frt-10-not-sole-method", Violation),
            ("cn-frt-10-not-sole-method", NeedsReview),
            ("cn-frt-10-not-sole-method", Satisfied),
            ("cn-frt-10-not-sole-method", NotApplicable),
            ("cn-frt-10-refusal-alternative", Violation),
            ("cn-frt-10-refusal-alternative", NeedsReview),
            ("cn-frt-10-refusal-alternative", Satisfied),
            ("cn-frt-10-refusal-alternative", NotApplicable),
        ],
    );
}
