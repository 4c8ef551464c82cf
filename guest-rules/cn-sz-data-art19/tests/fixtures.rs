//! Every fixture in `fixtures/` through the rule: its `# expect:` lines, a snapshot of its
//! findings, and coverage of every obligation's every outcome.

use cn_sz_data_art19::Art19;
use frt_sdk::Status::*;
use frt_sdk::testing;

#[test]
fn fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let runs = testing::run_fixtures::<Art19>(&dir);
    for (name, findings) in &runs {
        insta::assert_snapshot!(name.as_str(), testing::render(findings));
    }
    testing::assert_covers(
        &runs,
        &[
            ("cn-sz-12-core-service", NeedsReview),
            ("cn-sz-12-core-service", Satisfied),
            ("cn-sz-12-core-service", NotApplicable),
            ("cn-sz-19-alternative", NeedsReview),
            ("cn-sz-19-alternative", Satisfied),
            ("cn-sz-19-alternative", NotApplicable),
            ("cn-sz-19-other-purpose", NeedsReview),
            ("cn-sz-19-other-purpose", Satisfied),
        ],
    );
}
