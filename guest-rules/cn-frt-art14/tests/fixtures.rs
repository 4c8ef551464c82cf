//! Every fixture in `fixtures/` through the rule: its `# expect:` lines, a snapshot of its
//! findings, and coverage of every obligation's every outcome.

use cn_frt_art14::Art14;
use frt_sdk::Status::*;
use frt_sdk::testing;

#[test]
fn fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let runs = testing::run_fixtures::<Art14>(&dir);
    for (name, findings) in &runs {
        insta::assert_snapshot!(name.as_str(), testing::render(findings));
    }
    testing::assert_covers(
        &runs,
        &[
            ("cn-frt-14-encryption", Violation),
            ("cn-frt-14-encryption", NeedsReview),
            ("cn-frt-14-encryption", Satisfied),
            ("cn-frt-14-encryption", NotApplicable),
            ("cn-frt-14-security-audit", Violation),
            ("cn-frt-14-security-audit", NeedsReview),
            ("cn-frt-14-security-audit", Satisfied),
            ("cn-frt-14-security-audit", NotApplicable),
            ("cn-frt-14-access-control", Violation),
            ("cn-frt-14-access-control", NeedsReview),
            ("cn-frt-14-access-control", Satisfied),
            ("cn-frt-14-access-control", NotApplicable),
            ("cn-frt-14-authorization-management", Violation),
            ("cn-frt-14-authorization-management", NeedsReview),
            ("cn-frt-14-authorization-management", Satisfied),
            ("cn-frt-14-authorization-management", NotApplicable),
            ("cn-frt-14-intrusion-detection", Violation),
            ("cn-frt-14-intrusion-detection", NeedsReview),
            ("cn-frt-14-intrusion-detection", Satisfied),
            ("cn-frt-14-intrusion-detection", NotApplicable),
            ("cn-frt-14-classified-protection", Violation),
            ("cn-frt-14-classified-protection", NeedsReview),
            ("cn-frt-14-classified-protection", Satisfied),
            ("cn-frt-14-classified-protection", NotApplicable),
        ],
    );
}
