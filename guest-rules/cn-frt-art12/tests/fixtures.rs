//! Every fixture in `fixtures/` through the rule: its `# expect:` lines, a snapshot of its
//! findings, and coverage of every obligation's every outcome.

use cn_frt_art12::Art12;
use frt_sdk::Status::*;
use frt_sdk::testing;

#[test]
fn fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let runs = testing::run_fixtures::<Art12>(&dir);
    for (name, findings) in &runs {
        insta::assert_snapshot!(name.as_str(), testing::render(findings));
    }
    testing::assert_covers(
        &runs,
        &[
            ("cn-frt-12-no-coercion", Violation),
            ("cn-frt-12-no-coercion", NeedsReview),
            ("cn-frt-12-no-coercion", Satisfied),
            ("cn-frt-12-no-coercion", NotApplicable),
            ("cn-frt-12-no-misleading", Violation),
            ("cn-frt-12-no-misleading", NeedsReview),
            ("cn-frt-12-no-misleading", Satisfied),
            ("cn-frt-12-no-misleading", NotApplicable),
            ("cn-frt-12-no-nudging", NeedsReview),
            ("cn-frt-12-no-nudging", Satisfied),
            ("cn-frt-12-no-nudging", NotApplicable),
        ],
    );
}
