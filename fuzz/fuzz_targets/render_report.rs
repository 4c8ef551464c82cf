//! Report assembly and every renderer on reports built from arbitrary rule outcomes.
//!
//! Properties: assembly and rendering never panic, whatever strings, articles and statuses
//! rules return; the JSON report reads back as the same report; SARIF is well-formed JSON;
//! the verdict agrees with the summary.

#![no_main]

use arbitrary::{Arbitrary, Result, Unstructured};
use frt_model::parse::{Format, parse};
use frt_model::{ArticleText, Date, Finding, Lang, Localized, RuleDescription, Severity, Status};
use frt_report::render::{SarifInput, SarifOptions, TextOptions};
use frt_report::{FailurePolicy, Report, RuleFailure, RuleOutcome, RuleRef, Verdict};
use libfuzzer_sys::fuzz_target;

const DECLARATION: &str = include_str!("../../examples/declarations/p01-hotel-lobby-kiosk.yaml");

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok((outcomes, descriptions, policy)) = outcomes(&mut u) else {
        return;
    };
    let as_of = Date::new(2026, 1, 5).expect("a valid date");
    let report = frt_report::assemble_with_policy("fuzz", as_of, outcomes, policy);
    check_verdict(&report);

    let json = frt_report::render::json(&report);
    let back: Report = serde_json::from_str(&json).expect("the JSON report reads back");
    assert_eq!(
        back, report,
        "the JSON report does not read back as the same report"
    );

    let source = parse(DECLARATION, Format::Yaml).expect("the example parses");
    for lang in [Lang::En, Lang::Zh] {
        let options = TextOptions { lang, color: true };
        let _ = frt_report::render::text(&report, &options);
        let _ = frt_report::render::markdown(&report, &descriptions, lang);
        let _ = frt_report::render::junit(std::slice::from_ref(&report), lang);
        let input = SarifInput {
            report: &report,
            source_map: &source.source_map,
            file: "d.yaml",
        };
        let sarif_options = SarifOptions {
            lang,
            descriptions: &descriptions,
            tool_version: "0",
        };
        let sarif = frt_report::render::sarif(&[input], &sarif_options);
        serde_json::from_str::<serde_json::Value>(&sarif).expect("SARIF is JSON");
    }
});

fn check_verdict(report: &Report) {
    let s = &report.summary;
    let worst = if s.violation > 0 {
        Verdict::NonCompliant
    } else if s.error > 0 && report.failure_policy == FailurePolicy::FailClosed {
        Verdict::NonCompliant
    } else if s.error > 0 || s.needs_review > 0 {
        Verdict::NeedsReview
    } else {
        Verdict::Compliant
    };
    assert_eq!(
        report.verdict, worst,
        "verdict disagrees with the summary {s:?}"
    );
    assert_eq!(
        s.violation + s.needs_review + s.advisory + s.satisfied + s.not_applicable + s.error,
        report.findings.len(),
        "summary does not count every finding"
    );
}

type Generated = (Vec<RuleOutcome>, Vec<RuleDescription>, FailurePolicy);

fn outcomes(u: &mut Unstructured<'_>) -> Result<Generated> {
    let policy = if bool::arbitrary(u)? {
        FailurePolicy::FailOpen
    } else {
        FailurePolicy::FailClosed
    };
    let mut outcomes = Vec::new();
    let mut descriptions = Vec::new();
    for _ in 0..u.int_in_range(0..=4)? {
        let id = format!("rule-{}", String::arbitrary(u)?);
        let article = short(u)?;
        let rule = RuleRef {
            id: id.clone(),
            version: short(u)?,
            digest: short(u)?,
        };
        let result = if bool::arbitrary(u)? {
            Err(RuleFailure {
                reason: String::arbitrary(u)?,
            })
        } else {
            let count = u.int_in_range(0..=6)?;
            Ok((0..count)
                .map(|_| finding(u, &article))
                .collect::<Result<Vec<_>>>()?)
        };
        descriptions.push(RuleDescription {
            id,
            version: rule.version.clone(),
            instrument: "CN-FRT-2025".into(),
            articles: vec![ArticleText {
                number: article.clone(),
                text: localized(u)?,
            }],
            title: localized(u)?,
            jurisdictions: Vec::new(),
            effective_from: None,
            sources: Vec::new(),
            unconfirmed: Option::<()>::arbitrary(u)?
                .map(|()| localized(u))
                .transpose()?,
        });
        outcomes.push(RuleOutcome::new(rule, "CN-FRT-2025", article, result));
    }
    Ok((outcomes, descriptions, policy))
}

fn finding(u: &mut Unstructured<'_>, article: &str) -> Result<Finding> {
    let article = if bool::arbitrary(u)? {
        article.to_owned()
    } else {
        short(u)?
    };
    Ok(Finding {
        obligation: short(u)?,
        article,
        paragraph: Option::arbitrary(u)?,
        item: Option::arbitrary(u)?,
        status: *u.choose(&[
            Status::Error,
            Status::Violation,
            Status::NeedsReview,
            Status::Advisory,
            Status::Satisfied,
            Status::NotApplicable,
        ])?,
        severity: *u.choose(&[
            Severity::Blocking,
            Severity::High,
            Severity::Medium,
            Severity::Low,
            Severity::Info,
        ])?,
        message: localized(u)?,
        evidence: (0..u.int_in_range(0..=3)?)
            .map(|_| pointer(u))
            .collect::<Result<_>>()?,
        remediation: Option::<()>::arbitrary(u)?
            .map(|()| localized(u))
            .transpose()?,
    })
}

fn short(u: &mut Unstructured<'_>) -> Result<String> {
    let s = String::arbitrary(u)?;
    Ok(s.chars().take(24).collect())
}

fn localized(u: &mut Unstructured<'_>) -> Result<Localized> {
    Ok(Localized {
        en: String::arbitrary(u)?,
        zh: String::arbitrary(u)?,
    })
}

/// Evidence pointers: mostly real fields of the example, sometimes anything.
fn pointer(u: &mut Unstructured<'_>) -> Result<String> {
    let known = [
        "/purpose",
        "/processing/storage",
        "/subjects/minors",
        "/notice",
        "/missing/field",
    ];
    if bool::arbitrary(u)? {
        Ok((*u.choose(&known)?).to_owned())
    } else {
        String::arbitrary(u)
    }
}
