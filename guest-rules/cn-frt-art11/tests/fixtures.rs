//! Every fixture in `fixtures/` through the rule: its `# expect:` lines, a snapshot of its
//! findings, and coverage of every obligation's every outcome.

use cn_frt_art11::Art11;
use frt_sdk::Status::*;
use frt_sdk::testing;

#[test]
fn fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let runs = testing::run_fixtures::<Art11>(&dir);
    for (name, findings) in &runs {
        insta::assert_snapshot!(name.as_str(), testing::render(findings));
    }
    testing::assert_covers(
        &runs,
        &[
            ("cn-frt-11-national-channels", Satisfied),
            ("cn-frt-11-national-channels", Advisory),
            ("cn-frt-11-national-channels", NotApplicable),
        ],
    );
    // An encouraged provision (鼓励) is never a violation, nor a demand for review.
    for (name, findings) in &runs {
        for f in findings {
            assert!(
                matches!(f.status, Satisfied | Advisory | NotApplicable),
                "fixture `{name}`: `{}` is `{}`, but Art. 11 only encourages",
                f.obligation,
                f.status
            );
        }
    }
}
