//! Every fixture in `fixtures/` through the rule: its `# expect:` lines, a snapshot of its
//! findings, and coverage of every obligation's every outcome.

use frt_sdk::Status::*;
use frt_sdk::testing;
use us_tx_cubi_503001::Cubi;

#[test]
fn fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let runs = testing::run_fixtures::<Cubi>(&dir);
    for (name, findings) in &runs {
        insta::assert_snapshot!(name.as_str(), testing::render(findings));
    }
    testing::assert_covers(
        &runs,
        &[
            ("us-tx-503001-notice-consent", Violation),
            ("us-tx-503001-notice-consent", NeedsReview),
            ("us-tx-503001-notice-consent", Satisfied),
            ("us-tx-503001-notice-consent", NotApplicable),
            ("us-tx-503001-public-images", Violation),
            ("us-tx-503001-public-images", NeedsReview),
            ("us-tx-503001-public-images", Satisfied),
            ("us-tx-503001-public-images", NotApplicable),
            ("us-tx-503001-disclosure", Violation),
            ("us-tx-503001-disclosure", NeedsReview),
            ("us-tx-503001-disclosure", Satisfied),
            ("us-tx-503001-care", Violation),
            ("us-tx-503001-care", NeedsReview),
            ("us-tx-503001-care", Satisfied),
            ("us-tx-503001-destruction", Violation),
            ("us-tx-503001-destruction", NeedsReview),
            ("us-tx-503001-destruction", Satisfied),
        ],
    );
}
