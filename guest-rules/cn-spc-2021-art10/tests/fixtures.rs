//! Every fixture in `fixtures/` through the rule: its `# expect:` lines, a snapshot of its
//! findings, and coverage of every obligation's every outcome.

use cn_spc_2021_art10::Art10;
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
            ("cn-spc-10-other-verification", Violation),
            ("cn-spc-10-other-verification", NeedsReview),
            ("cn-spc-10-other-verification", Satisfied),
            ("cn-spc-10-other-verification", NotApplicable),
        ],
    );
}
