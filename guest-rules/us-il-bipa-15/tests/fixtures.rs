//! Every fixture in `fixtures/` through the rule: its `# expect:` lines, a snapshot of its
//! findings, and coverage of every obligation's every outcome.

use frt_sdk::Status::*;
use frt_sdk::testing;
use us_il_bipa_15::Bipa15;

#[test]
fn fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let runs = testing::run_fixtures::<Bipa15>(&dir);
    for (name, findings) in &runs {
        insta::assert_snapshot!(name.as_str(), testing::render(findings));
    }
    testing::assert_covers(
        &runs,
        &[
            ("us-il-bipa-15a-policy", Violation),
            ("us-il-bipa-15a-policy", NeedsReview),
            ("us-il-bipa-15a-policy", Satisfied),
            ("us-il-bipa-15a-policy", NotApplicable),
            ("us-il-bipa-15a-destruction", Violation),
            ("us-il-bipa-15a-destruction", NeedsReview),
            ("us-il-bipa-15a-destruction", Satisfied),
            ("us-il-bipa-15b-notice", Violation),
            ("us-il-bipa-15b-notice", NeedsReview),
            ("us-il-bipa-15b-notice", Satisfied),
            ("us-il-bipa-15b-release", Violation),
            ("us-il-bipa-15b-release", NeedsReview),
            ("us-il-bipa-15b-release", Satisfied),
            ("us-il-bipa-15c-no-sale", Violation),
            ("us-il-bipa-15c-no-sale", NeedsReview),
            ("us-il-bipa-15c-no-sale", Satisfied),
            ("us-il-bipa-15d-disclosure", Violation),
            ("us-il-bipa-15d-disclosure", NeedsReview),
            ("us-il-bipa-15d-disclosure", Satisfied),
            ("us-il-bipa-15e-care", Violation),
            ("us-il-bipa-15e-care", NeedsReview),
            ("us-il-bipa-15e-care", Satisfied),
        ],
    );
}
