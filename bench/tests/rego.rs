//! The Rego peer decides what the rule crates decide: on every declaration of the examples,
//! the scenarios and the fixtures of Arts. 8, 13 and 15, each obligation the policies decide
//! has the status the rule crate gives it.

use std::collections::BTreeMap;
use std::path::PathBuf;

use frt_bench::declarations::{repository, root};
use frt_bench::native;
use frt_bench::rego::RegoPeer;
use frt_model::Declaration;
use frt_model::parse::{Format, parse};

/// The fixtures of the three rule crates.
fn fixtures() -> Vec<(String, Declaration)> {
    let mut out = Vec::new();
    for krate in ["cn-frt-art8", "cn-frt-art13", "cn-frt-art15"] {
        let dir = root().join("guest-rules").join(krate).join("fixtures");
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
            .collect();
        paths.sort();
        for path in paths {
            let source = std::fs::read_to_string(&path).unwrap();
            let declaration = parse(&source, Format::Yaml).unwrap().declaration;
            out.push((path.display().to_string(), declaration));
        }
    }
    out
}

#[test]
fn the_rego_policies_give_the_rule_crates_statuses_on_the_shared_subset() {
    let rules = native::subset(&frt_bench::SHARED);
    assert_eq!(rules.len(), 3);
    let mut peer = RegoPeer::new().unwrap();
    let mut cases = repository().unwrap();
    cases.extend(fixtures());
    let mut compared = 0;
    let mut left_out = 0;
    for (name, mut declaration) in cases {
        declaration.as_of = declaration.as_of.or(Some("2026-05-01".parse().unwrap()));
        let native: BTreeMap<String, String> = native::check_typed(&rules, &declaration)
            .findings
            .iter()
            .map(|f| (f.obligation.clone(), f.status.to_string()))
            .collect();
        let document = serde_json::to_string(&declaration).unwrap();
        let rego = peer.statuses(&document).unwrap();
        for (obligation, status) in &rego {
            assert_eq!(
                Some(status),
                native.get(obligation),
                "`{obligation}` on `{name}`"
            );
            compared += 1;
        }
        for obligation in native.keys().filter(|o| !rego.contains_key(*o)) {
            // Only the working-day deadlines of Art. 15 are outside the subset.
            assert!(
                [
                    "cn-frt-15-filing-due",
                    "cn-frt-15-change",
                    "cn-frt-15-deregistration"
                ]
                .contains(&obligation.as_str()),
                "the policies leave out `{obligation}` on `{name}`"
            );
            left_out += 1;
        }
    }
    // The subset is most of what the three rules decide.
    assert!(
        compared > 10 * left_out,
        "{compared} compared, {left_out} left out"
    );
}
