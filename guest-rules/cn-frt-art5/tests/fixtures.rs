//! Every fixture in `fixtures/` through the rule: its `# expect:` lines, a snapshot of its
//! findings, and coverage of every obligation's every outcome.

use cn_frt_art5::Art5;
use frt_sdk::Status::*;
use frt_sdk::testing;

#[test]
fn fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let runs = testing::run_fixtures::<Art5>(&dir);
    for (name, findings) in &runs {
        insta::assert_snapshot!(name.as_str(), testing::render(findings));
    }
    let mut required = Vec::new();
    for id in [
        "cn-frt-5-before-processing",
        "cn-frt-5-handler-identity",
        "cn-frt-5-purpose-method-retention",
        "cn-frt-5-necessity-impact",
        "cn-frt-5-rights-exercise",
        "cn-frt-5-change-notified",
    ] {
        required.extend([
            (id, Violation),
            (id, NeedsReview),
            (id, Satisfied),
            (id, NotApplicable),
        ]);
    }
    required.extend([
        ("cn-frt-5-conspicuous-plain", NeedsReview),
        ("cn-frt-5-conspicuous-plain", Satisfied),
        ("cn-frt-5-conspicuous-plain", NotApplicable),
        ("cn-frt-5-exemption", NeedsReview),
        ("cn-frt-5-exemption", NotApplicable),
        ("cn-frt-5-accessibility", NeedsReview),
        ("cn-frt-5-accessibility", Satisfied),
        ("cn-frt-5-accessibility", NotApplicable),
    ]);
    testing::assert_covers(&runs, &required);
}
