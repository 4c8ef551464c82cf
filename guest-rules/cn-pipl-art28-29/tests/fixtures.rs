//! Every fixture in `fixtures/` through the rule: its `# expect:` lines, a snapshot of its
//! findings, and coverage of every obligation's every outcome.

use cn_pipl_art28_29::Art28And29;
use frt_sdk::Status::*;
use frt_sdk::testing;

#[test]
fn fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let runs = testing::run_fixtures::<Art28And29>(&dir);
    for (name, findings) in &runs {
        insta::assert_snapshot!(name.as_str(), testing::render(findings));
    }
    testing::assert_covers(
        &runs,
        &[
            ("cn-pipl-28-purpose-necessity", Violation),
            ("cn-pipl-28-purpose-necessity", NeedsReview),
            ("cn-pipl-28-purpose-necessity", Satisfied),
            ("cn-pipl-28-purpose-necessity", NotApplicable),
            ("cn-pipl-29-separate-consent", Violation),
            ("cn-pipl-29-separate-consent", NeedsReview),
            ("cn-pipl-29-separate-consent", Satisfied),
            ("cn-pipl-29-separate-consent", NotApplicable),
            ("cn-pipl-29-written", Violation),
            ("cn-pipl-29-written", NeedsReview),
            ("cn-pipl-29-written", Satisfied),
            ("cn-pipl-29-written", NotApplicable),
        ],
    );
}
