//! Every fixture in `fixtures/` through the rule: its `# expect:` lines, a snapshot of its
//! findings, and coverage of every obligation's every outcome.

use cn_pipl_art31::Art31;
use frt_sdk::Status::*;
use frt_sdk::testing;

#[test]
fn fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let runs = testing::run_fixtures::<Art31>(&dir);
    for (name, findings) in &runs {
        insta::assert_snapshot!(name.as_str(), testing::render(findings));
    }
    testing::assert_covers(
        &runs,
        &[
            ("cn-pipl-31-guardian-consent", Violation),
            ("cn-pipl-31-guardian-consent", NeedsReview),
            ("cn-pipl-31-guardian-consent", Satisfied),
            ("cn-pipl-31-guardian-consent", NotApplicable),
            ("cn-pipl-31-minor-rules", Violation),
            ("cn-pipl-31-minor-rules", NeedsReview),
            ("cn-pipl-31-minor-rules", Satisfied),
            ("cn-pipl-31-minor-rules", NotApplicable),
        ],
    );
}
