//! Every fixture in `fixtures/` through the rule: its `# expect:` lines, a snapshot of its
//! findings, and coverage of every obligation's every outcome.

use cn_sh_data_art23::Art23;
use frt_sdk::Status::*;
use frt_sdk::testing;

#[test]
fn fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let runs = testing::run_fixtures::<Art23>(&dir);
    for (name, findings) in &runs {
        insta::assert_snapshot!(name.as_str(), testing::render(findings));
    }
    testing::assert_covers(
        &runs,
        &[
            ("cn-sh-23-public-safety", NeedsReview),
            ("cn-sh-23-public-safety", Satisfied),
            ("cn-sh-23-public-safety", NotApplicable),
            ("cn-sh-23-signage", NeedsReview),
            ("cn-sh-23-signage", Satisfied),
            ("cn-sh-23-signage", NotApplicable),
            ("cn-sh-23-use-limited", NeedsReview),
            ("cn-sh-23-use-limited", Satisfied),
            ("cn-sh-23-use-limited", NotApplicable),
            ("cn-sh-23-not-only-entry", NeedsReview),
            ("cn-sh-23-not-only-entry", Satisfied),
            ("cn-sh-23-not-only-entry", NotApplicable),
        ],
    );
}
