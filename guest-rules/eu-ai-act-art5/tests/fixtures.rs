//! Every fixture in `fixtures/` through the rule: its `# expect:` lines, a snapshot of its
//! findings, and coverage of every obligation's every outcome.

use eu_ai_act_art5::Art5;
use frt_sdk::Status::*;
use frt_sdk::testing;

#[test]
fn fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let runs = testing::run_fixtures::<Art5>(&dir);
    for (name, findings) in &runs {
        insta::assert_snapshot!(name.as_str(), testing::render(findings));
    }
    testing::assert_covers(
        &runs,
        &[
            ("eu-ai-5-1e-scraping", Violation),
            ("eu-ai-5-1e-scraping", NeedsReview),
            ("eu-ai-5-1e-scraping", Satisfied),
            ("eu-ai-5-1e-scraping", NotApplicable),
            ("eu-ai-5-1h-realtime-rbi", Violation),
            ("eu-ai-5-1h-realtime-rbi", NeedsReview),
            ("eu-ai-5-1h-realtime-rbi", NotApplicable),
        ],
    );
}
