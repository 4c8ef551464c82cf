//! Every fixture in `fixtures/` through the rule: its `# expect:` lines, a snapshot of its
//! findings, and coverage of every obligation's every outcome.

use cn_spc_2021_art2_4::Art2And4;
use frt_sdk::Status::*;
use frt_sdk::testing;

#[test]
fn fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let runs = testing::run_fixtures::<Art2And4>(&dir);
    for (name, findings) in &runs {
        insta::assert_snapshot!(name.as_str(), testing::render(findings));
    }
    testing::assert_covers(
        &runs,
        &[
            ("cn-spc-2-2-rules-published", Violation),
            ("cn-spc-2-2-rules-published", NeedsReview),
            ("cn-spc-2-2-rules-published", Satisfied),
            ("cn-spc-2-2-rules-published", NotApplicable),
            ("cn-spc-2-3-consent", Violation),
            ("cn-spc-2-3-consent", NeedsReview),
            ("cn-spc-2-3-consent", Satisfied),
            ("cn-spc-2-3-consent", NotApplicable),
            ("cn-spc-2-4-purpose-kept", Violation),
            ("cn-spc-2-4-purpose-kept", NeedsReview),
            ("cn-spc-2-4-purpose-kept", Satisfied),
            ("cn-spc-2-6-provision", Violation),
            ("cn-spc-2-6-provision", NeedsReview),
            ("cn-spc-2-6-provision", Satisfied),
            ("cn-spc-4-1-not-a-condition", Violation),
            ("cn-spc-4-1-not-a-condition", NeedsReview),
            ("cn-spc-4-1-not-a-condition", Satisfied),
            ("cn-spc-4-1-not-a-condition", NotApplicable),
            ("cn-spc-4-2-not-bundled", Violation),
            ("cn-spc-4-2-not-bundled", NeedsReview),
            ("cn-spc-4-2-not-bundled", Satisfied),
            ("cn-spc-4-3-not-forced", Violation),
            ("cn-spc-4-3-not-forced", NeedsReview),
            ("cn-spc-4-3-not-forced", Satisfied),
        ],
    );
}
