//! Every fixture in `fixtures/` through the rule: its `# expect:` lines, a snapshot of its
//! findings, and coverage of every obligation's every outcome.

use cn_frt_scope::MeasuresScope;
use frt_sdk::Status::*;
use frt_sdk::testing;

#[test]
fn fixtures() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let runs = testing::run_fixtures::<MeasuresScope>(&dir);
    for (name, findings) in &runs {
        insta::assert_snapshot!(name.as_str(), testing::render(findings));
    }
    testing::assert_covers(
        &runs,
        &[
            ("cn-frt-2-research", NotApplicable),
            ("cn-frt-19-face-information", NeedsReview),
            ("cn-frt-19-face-information", NotApplicable),
        ],
    );
}

/// The face-information finding asks for review exactly when the shared gate excludes the
/// activity as processing no face information: never when the research exclusion, the place or
/// the date decides first.
#[test]
fn face_information_follows_the_gate() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let source = std::fs::read_to_string(&path).unwrap();
        let parsed = frt_sdk::model::parse::parse(&source, frt_sdk::model::parse::Format::Yaml)
            .expect("a valid fixture");
        let input = frt_sdk::Input::new(&parsed.declaration).unwrap();
        let findings = <MeasuresScope as frt_sdk::Rule>::check(&input);
        let reviewed = testing::status_of(&findings, "cn-frt-19-face-information") == NeedsReview;
        let gate_is_face_information = matches!(
            frt_sdk::measures::gate(&input),
            frt_sdk::measures::Gate::NotApplicable { ref evidence, .. }
                if evidence.iter().any(|e| e.starts_with("/activity/anonymized") || e.starts_with("/activity/modes"))
        );
        assert_eq!(
            reviewed,
            gate_is_face_information,
            "`{}`: the face-information finding disagrees with the gate",
            path.display()
        );
    }
}
