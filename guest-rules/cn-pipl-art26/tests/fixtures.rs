//! Every fixture in `fixtures/` through the rule: its `# expect:` lines, a snapshot of its
//! findings, and coverage of every obligation's every outcome.

use cn_pipl_art26::Art26;
use frt_sdk::Status::*;
use frt_sdk::testing;

#[test]
fn fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let runs = testing::run_fixtures::<Art26>(&dir);
    for (name, findings) in &runs {
        insta::assert_snapshot!(name.as_str(), testing::render(findings));
    }
    testing::assert_covers(
        &runs,
        &[
            ("cn-pipl-26-public-safety", Violation),
            ("cn-pipl-26-public-safety", NeedsReview),
            ("cn-pipl-26-public-safety", Satisfied),
            ("cn-pipl-26-public-safety", NotApplicable),
            ("cn-pipl-26-signage", Violation),
            ("cn-pipl-26-signage", NeedsReview),
            ("cn-pipl-26-signage", Satisfied),
            ("cn-pipl-26-use-limited", Violation),
            ("cn-pipl-26-use-limited", NeedsReview),
            ("cn-pipl-26-use-limited", Satisfied),
        ],
    );
}
