//! Report assembly: one pure function from rule outcomes to a report.

use std::cmp::Ordering;

use frt_model::{Date, Finding, Localized, Severity, Status};

use crate::report::{
    FailurePolicy, REPORT_SCHEMA, Report, ReportFinding, RuleRef, Summary, Verdict,
};

/// What one rule produced for a declaration.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleOutcome {
    /// The rule.
    pub rule: RuleRef,
    /// The rule's instrument.
    pub instrument: String,
    /// The article an `error` finding is filed under when the rule fails (its first article).
    pub article: String,
    /// The findings, or why the rule failed.
    pub result: Result<Vec<Finding>, RuleFailure>,
}

impl RuleOutcome {
    /// An outcome for `rule`, which applies `article` of `instrument`.
    pub fn new(
        rule: RuleRef,
        instrument: impl Into<String>,
        article: impl Into<String>,
        result: Result<Vec<Finding>, RuleFailure>,
    ) -> RuleOutcome {
        RuleOutcome {
            rule,
            instrument: instrument.into(),
            article: article.into(),
            result,
        }
    }
}

/// Why a rule produced no findings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleFailure {
    /// What happened, for people: a trap, an exhausted budget, an error the rule returned.
    pub reason: String,
}

/// Assembles the report for declaration `declaration_id` as of `as_of`.
///
/// Findings are ordered by instrument, article (numerically: `4` before `13`) and obligation;
/// findings of equal keys keep the order their rule gave them. A failed rule becomes one
/// `error` finding naming the rule. The function is pure: the same outcomes, in any order,
/// give the same report. A failed rule makes the verdict `non_compliant`
/// ([`FailurePolicy::FailClosed`]).
pub fn assemble(declaration_id: &str, as_of: Date, outcomes: Vec<RuleOutcome>) -> Report {
    assemble_with_policy(declaration_id, as_of, outcomes, FailurePolicy::FailClosed)
}

/// [`assemble`] with the [`FailurePolicy`] that decides how failed rules weigh on the
/// verdict. The findings and summary are the same under either policy.
pub fn assemble_with_policy(
    declaration_id: &str,
    as_of: Date,
    outcomes: Vec<RuleOutcome>,
    policy: FailurePolicy,
) -> Report {
    let mut outcomes = outcomes;
    outcomes
        .sort_by(|a, b| compare_articles(&a.rule.id, &b.rule.id).then_with(|| a.rule.cmp(&b.rule)));
    let rules = outcomes.iter().map(|o| o.rule.clone()).collect();
    let mut findings: Vec<ReportFinding> = outcomes.into_iter().flat_map(findings_of).collect();
    findings.sort_by(|a, b| {
        a.instrument
            .cmp(&b.instrument)
            .then_with(|| compare_articles(&a.article, &b.article))
            .then_with(|| a.obligation.cmp(&b.obligation))
    });
    let mut summary = Summary::default();
    for f in &findings {
        summary.add(f.status);
    }
    Report {
        schema: REPORT_SCHEMA.to_owned(),
        declaration: declaration_id.to_owned(),
        as_of,
        verdict: verdict(&summary, policy),
        rules,
        findings,
        summary,
        failure_policy: policy,
        waivers: None,
        packs: Vec::new(),
    }
}

/// The verdict of findings with `statuses` under `policy`.
pub(crate) fn verdict_of(statuses: impl Iterator<Item = Status>, policy: FailurePolicy) -> Verdict {
    let mut summary = Summary::default();
    for status in statuses {
        summary.add(status);
    }
    verdict(&summary, policy)
}

fn verdict(summary: &Summary, policy: FailurePolicy) -> Verdict {
    let (blocking, undecided) = match policy {
        FailurePolicy::FailClosed => (summary.error, 0),
        FailurePolicy::FailOpen => (0, summary.error),
    };
    if summary.violation + blocking > 0 {
        Verdict::NonCompliant
    } else if summary.needs_review + undecided > 0 {
        Verdict::NeedsReview
    } else {
        Verdict::Compliant
    }
}

fn findings_of(outcome: RuleOutcome) -> Vec<ReportFinding> {
    let RuleOutcome {
        rule,
        instrument,
        article,
        result,
    } = outcome;
    match result {
        Ok(findings) => findings
            .into_iter()
            .map(|f| ReportFinding {
                rule: rule.id.clone(),
                obligation: f.obligation,
                instrument: instrument.clone(),
                article: f.article,
                paragraph: f.paragraph,
                item: f.item,
                status: f.status,
                severity: f.severity,
                message: f.message,
                evidence: f.evidence,
                remediation: f.remediation,
                waiver: None,
            })
            .collect(),
        Err(failure) => vec![error_finding(&rule, instrument, article, &failure)],
    }
}

fn error_finding(
    rule: &RuleRef,
    instrument: String,
    article: String,
    failure: &RuleFailure,
) -> ReportFinding {
    let id = &rule.id;
    let reason = &failure.reason;
    ReportFinding {
        rule: id.clone(),
        obligation: format!("{id}-failed"),
        instrument,
        article,
        paragraph: None,
        item: None,
        status: Status::Error,
        severity: Severity::High,
        message: Localized::new(
            format!("The rule `{id}` failed, so its obligations were not checked: {reason}"),
            format!("规则 `{id}` 运行失败，其义务未被检查：{reason}"),
        ),
        evidence: Vec::new(),
        remediation: Some(Localized::new(
            format!(
                "Check this article by hand and report the failure to the publisher of `{id}`."
            ),
            format!("请人工核查本条，并将故障报告给 `{id}` 的发布者。"),
        )),
        waiver: None,
    }
}

/// Orders article numbers as people do: `4` < `13` < `13a` < `19`. Runs of digits compare as
/// numbers, everything else as text, so rule ids order the same way (`cn-frt-art4` before
/// `cn-frt-art10`).
pub fn compare_articles(a: &str, b: &str) -> Ordering {
    let (mut x, mut y) = (a, b);
    loop {
        match (chunk(x), chunk(y)) {
            (None, None) => return a.cmp(b),
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some((cx, rx)), Some((cy, ry))) => {
                let order = match (cx.parse::<u64>(), cy.parse::<u64>()) {
                    (Ok(nx), Ok(ny)) => nx.cmp(&ny),
                    (Ok(_), Err(_)) => Ordering::Less,
                    (Err(_), Ok(_)) => Ordering::Greater,
                    (Err(_), Err(_)) => cx.cmp(cy),
                };
                if order != Ordering::Equal {
                    return order;
                }
                (x, y) = (rx, ry);
            }
        }
    }
}

/// The leading run of digits or of non-digits, and the rest.
fn chunk(s: &str) -> Option<(&str, &str)> {
    let first = s.chars().next()?;
    let digit = first.is_ascii_digit();
    let end = s
        .find(|c: char| c.is_ascii_digit() != digit)
        .unwrap_or(s.len());
    Some(s.split_at(end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(obligation: &str, article: &str, status: Status) -> Finding {
        Finding {
            obligation: obligation.into(),
            article: article.into(),
            paragraph: None,
            item: None,
            status,
            severity: Severity::Medium,
            message: Localized::new("m", "m"),
            evidence: vec![],
            remediation: None,
        }
    }

    fn rule(id: &str) -> RuleRef {
        RuleRef {
            id: id.into(),
            version: "0.1.0".into(),
            digest: "sha256:00".into(),
        }
    }

    fn date() -> Date {
        "2026-05-01".parse().unwrap()
    }

    #[test]
    fn orders_articles_numerically() {
        let mut v = vec!["13", "4", "19", "13a", "5", "13(1)"];
        v.sort_by(|a, b| compare_articles(a, b));
        assert_eq!(v, ["4", "5", "13", "13(1)", "13a", "19"]);
        let mut ids = vec!["cn-frt-art10", "cn-frt-scope", "cn-frt-art4"];
        ids.sort_by(|a, b| compare_articles(a, b));
        assert_eq!(ids, ["cn-frt-art4", "cn-frt-art10", "cn-frt-scope"]);
    }

    #[test]
    fn is_independent_of_rule_order() {
        let a = RuleOutcome::new(
            rule("b"),
            "X",
            "13",
            Ok(vec![finding("x-13-b", "13", Status::Satisfied)]),
        );
        let b = RuleOutcome::new(
            rule("a"),
            "X",
            "4",
            Ok(vec![finding("x-4-a", "4", Status::NeedsReview)]),
        );
        let one = assemble("d", date(), vec![a.clone(), b.clone()]);
        let two = assemble("d", date(), vec![b, a]);
        assert_eq!(one, two);
        assert_eq!(one.findings[0].article, "4");
        assert_eq!(one.rules[0].id, "a");
        assert_eq!(one.verdict, Verdict::NeedsReview);
    }

    #[test]
    fn a_failed_rule_is_an_error_and_others_survive() {
        let ok = RuleOutcome::new(
            rule("good"),
            "X",
            "4",
            Ok(vec![finding("x-4", "4", Status::Satisfied)]),
        );
        let failed = RuleOutcome::new(
            rule("bad"),
            "X",
            "9",
            Err(RuleFailure {
                reason: "trap".into(),
            }),
        );
        let report = assemble("d", date(), vec![ok, failed]);
        assert_eq!(report.summary.error, 1);
        assert_eq!(report.summary.satisfied, 1);
        assert_eq!(report.verdict, Verdict::NonCompliant);
        let err = &report.findings[1];
        assert_eq!(
            (err.rule.as_str(), err.article.as_str(), err.status),
            ("bad", "9", Status::Error)
        );
        assert!(err.message.en.contains("`bad`") && err.message.en.contains("trap"));
    }

    #[test]
    fn failing_open_reports_the_error_but_only_violations_make_it_non_compliant() {
        let outcomes = |status| {
            vec![
                RuleOutcome::new(
                    rule("good"),
                    "X",
                    "4",
                    Ok(vec![finding("x-4", "4", status)]),
                ),
                RuleOutcome::new(
                    rule("bad"),
                    "X",
                    "9",
                    Err(RuleFailure {
                        reason: "trap".into(),
                    }),
                ),
            ]
        };
        let closed = assemble("d", date(), outcomes(Status::Satisfied));
        let open = assemble_with_policy(
            "d",
            date(),
            outcomes(Status::Satisfied),
            FailurePolicy::FailOpen,
        );
        assert_eq!(open.findings, closed.findings);
        assert_eq!(open.summary, closed.summary);
        assert_eq!(closed.verdict, Verdict::NonCompliant);
        assert_eq!(open.verdict, Verdict::NeedsReview);
        assert_eq!(open.failure_policy, FailurePolicy::FailOpen);
        let breached = assemble_with_policy(
            "d",
            date(),
            outcomes(Status::Violation),
            FailurePolicy::FailOpen,
        );
        assert_eq!(breached.verdict, Verdict::NonCompliant);
        // Only a fail-open report says so; fail-closed reports are as they were.
        let json = |r: &Report| serde_json::to_value(r).unwrap();
        assert_eq!(json(&open)["failure_policy"], "fail_open");
        assert!(json(&closed).get("failure_policy").is_none());
    }

    #[test]
    fn article_verdict_is_the_worst_status() {
        let o = RuleOutcome::new(
            rule("r"),
            "X",
            "5",
            Ok(vec![
                finding("x-5-a", "5", Status::Satisfied),
                finding("x-5-b", "5", Status::Advisory),
                finding("x-6-a", "6", Status::NotApplicable),
            ]),
        );
        let report = assemble("d", date(), vec![o]);
        let articles = report.articles();
        assert_eq!(articles.len(), 2);
        assert_eq!(articles[0].status, Status::Advisory);
        assert_eq!(articles[1].status, Status::NotApplicable);
        assert_eq!(report.verdict, Verdict::Compliant);
    }
}
