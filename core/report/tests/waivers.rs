//! Waivers applied to a report: the verdict leaves out what a waiver that holds accepts, an
//! expired waiver lets the finding count again, unused waivers are reported, and every format
//! shows it (SARIF as suppressions, still valid SARIF 2.1.0).

use frt_model::parse::{Format, parse};
use frt_model::{Date, Finding, Lang, Localized, Severity, Status};
use frt_report::render::{SarifInput, SarifOptions, TextOptions, junit, markdown, sarif, text};
use frt_report::{
    Report, RuleOutcome, RuleRef, Verdict, WaiverState, Waivers, apply_waivers, assemble,
};

mod common;
use common::check_sarif;

const SOURCE: &str = "schema: frt/declaration/v1\nid: gate-7\nsiting:\n  venue: park\n";

const WAIVERS: &str = "\
schema: frt/waivers/v1
waivers:
  - obligation: cn-frt-13-signage
    declaration: gate-*
    justification: A sign is on order; the gate is staffed until it is up.
    approver: Li Wei (DPO)
    expires: 2026-06-30
  - obligation: cn-frt-13-public-safety
    declaration: gate-7
    justification: Reviewed with counsel on 2026-01-10.
    approver: Wang Fang
    expires: 2026-01-31
  - obligation: cn-frt-13-private-space
    declaration: gate-7
    justification: The old changing-room camera was removed.
    approver: Wang Fang
    expires: 2027-01-01
  - obligation: cn-frt-13-signage
    declaration: metro-*
    justification: Another deployment.
    approver: Wang Fang
    expires: 2027-01-01
";

fn finding(obligation: &str, status: Status) -> Finding {
    Finding {
        obligation: obligation.into(),
        article: "13".into(),
        paragraph: Some(1),
        item: None,
        status,
        severity: Severity::High,
        message: Localized::new(format!("{obligation} is {status}."), "说明。"),
        evidence: vec!["/siting/venue".into()],
        remediation: Some(Localized::new("Fix it.", "整改。")),
    }
}

fn by<'a>(report: &'a Report, obligation: &str) -> &'a frt_report::ReportFinding {
    report
        .findings
        .iter()
        .find(|f| f.obligation == obligation)
        .unwrap()
}

fn report(as_of: &str, waived: bool) -> Report {
    let rule = RuleRef {
        id: "cn-frt-art13".into(),
        version: "0.1.0".into(),
        digest: "sha256:00".into(),
    };
    let findings = vec![
        finding("cn-frt-13-signage", Status::Violation),
        finding("cn-frt-13-public-safety", Status::NeedsReview),
        finding("cn-frt-13-venue", Status::Satisfied),
    ];
    let outcome = RuleOutcome::new(rule, "CN-FRT-2025", "13", Ok(findings));
    let as_of: Date = as_of.parse().unwrap();
    let mut report = assemble("gate-7", as_of, vec![outcome]);
    if waived {
        let waivers = Waivers::parse(WAIVERS, Format::Yaml).unwrap();
        apply_waivers(&mut report, &waivers.waivers);
    }
    report
}

#[test]
fn a_waiver_holds_through_its_expiry_day_and_not_after() {
    let unwaived = report("2026-06-30", false);
    assert_eq!(unwaived.verdict, Verdict::NonCompliant);

    // On the expiry day the signage waiver holds: only the review (its waiver expired in
    // January) weighs.
    let on_the_day = report("2026-06-30", true);
    assert_eq!(on_the_day.verdict, Verdict::NeedsReview);
    let signage = by(&on_the_day, "cn-frt-13-signage");
    assert_eq!(signage.status, Status::Violation, "the status is kept");
    assert_eq!(signage.waiver.as_ref().unwrap().state, WaiverState::Active);
    let review = by(&on_the_day, "cn-frt-13-public-safety");
    assert_eq!(review.waiver.as_ref().unwrap().state, WaiverState::Expired);
    assert_eq!(on_the_day.summary, unwaived.summary);

    // The day after, the violation counts again.
    let day_after = report("2026-07-01", true);
    assert_eq!(day_after.verdict, Verdict::NonCompliant);
    assert_eq!(
        by(&day_after, "cn-frt-13-signage")
            .waiver
            .as_ref()
            .unwrap()
            .state,
        WaiverState::Expired
    );
    let waivers = day_after.waivers.as_ref().unwrap();
    assert_eq!(waivers.active.len(), 0);
    assert_eq!(waivers.expired.len(), 2);
}

#[test]
fn unused_waivers_are_reported_and_others_ignored() {
    let report = report("2026-06-30", true);
    let review = report.waivers.as_ref().unwrap();
    let unused: Vec<&str> = review
        .unused
        .iter()
        .map(|w| w.obligation.as_str())
        .collect();
    // The `metro-*` waiver does not name this declaration, so it is not this report's.
    assert_eq!(unused, ["cn-frt-13-private-space"]);
    assert_eq!(review.active.len(), 1);
    assert_eq!(review.expired.len(), 1);
    // No waiver names the declaration: the report is exactly as before.
    let mut other = self::report("2026-06-30", false);
    let before = other.clone();
    other.declaration = "elsewhere".into();
    let waivers = Waivers::parse(WAIVERS, Format::Yaml).unwrap();
    apply_waivers(&mut other, &waivers.waivers);
    assert!(other.waivers.is_none());
    assert_eq!(other.findings, before.findings);
}

#[test]
fn every_format_shows_the_waivers() {
    let report = report("2026-06-30", true);
    let json = report.to_json();
    insta::assert_snapshot!("waived-json", json);
    for lang in [Lang::En, Lang::Zh] {
        let options = TextOptions { lang, color: false };
        insta::assert_snapshot!(format!("waived-text-{lang:?}"), text(&report, &options));
        insta::assert_snapshot!(
            format!("waived-markdown-{lang:?}"),
            markdown(&report, &[], lang)
        );
    }
    let xml = junit(std::slice::from_ref(&report), Lang::En);
    assert!(xml.contains("tests=\"3\" failures=\"0\""), "{xml}");
    assert!(
        xml.contains("waived until 2026-06-30, approved by Li Wei (DPO)"),
        "{xml}"
    );

    let parsed = parse(SOURCE, Format::Yaml).unwrap();
    let input = SarifInput {
        report: &report,
        source_map: &parsed.source_map,
        file: "gate-7.yaml",
    };
    let options = SarifOptions {
        lang: Lang::En,
        descriptions: &[],
        tool_version: "0.1.0",
    };
    let log: serde_json::Value = serde_json::from_str(&sarif(&[input], &options)).unwrap();
    if let Err(e) = check_sarif(&log) {
        panic!("not valid SARIF 2.1.0: {e}");
    }
    let results = log["runs"][0]["results"].as_array().unwrap();
    let result = |id: &str| results.iter().find(|r| r["ruleId"] == id).unwrap();
    let signage = result("cn-frt-13-signage");
    assert_eq!(signage["suppressions"][0]["status"], "accepted");
    assert_eq!(signage["properties"]["waiver"]["state"], "active");
    let review = result("cn-frt-13-public-safety");
    assert!(
        review.get("suppressions").is_none(),
        "expired: not suppressed"
    );
    assert_eq!(review["properties"]["waiver"]["state"], "expired");
}
