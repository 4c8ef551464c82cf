//! Every fixture in `fixtures/` through the rule: its `# expect:` lines, a snapshot of its
//! findings, and coverage of every obligation's every outcome.

use cn_sh_data_art22::Art22;
use frt_sdk::Status::*;
use frt_sdk::testing;

#[test]
fn fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let runs = testing::run_fixtures::<Art22>(&dir);
    for (name, findings) in &runs {
        insta::assert_snapshot!(name.as_str(), testing::render(findings));
    }
    testing::assert_covers(
        &runs,
        &[
            ("cn-sh-22-purpose-necessity", NeedsReview),
            ("cn-sh-22-purpose-necessity", Satisfied),
            ("cn-sh-22-purpose-necessity", NotApplicable),
            ("cn-sh-22-separate-consent", NeedsReview),
            ("cn-sh-22-separate-consent", Satisfied),
            ("cn-sh-22-separate-consent", NotApplicable),
        ],
    );
}
