//! The national pack's rule crates compiled natively and called directly: the same code the
//! components run, without the sandbox. This is the physical limit a host can approach.

use frt_model::{Date, Declaration, Finding, RuleDescription};
use frt_report::{FailurePolicy, Report, RuleOutcome, RuleRef, assemble_with_policy};
use frt_sdk::{Input, Rule};

/// One rule crate, called natively.
#[derive(Debug, Clone)]
pub struct NativeRule {
    /// What the rule says it is.
    pub description: RuleDescription,
    /// The rule's `check`.
    pub check: fn(&Input) -> Vec<Finding>,
}

fn rule<R: Rule>() -> NativeRule {
    NativeRule {
        description: R::describe(),
        check: R::check,
    }
}

/// Every rule of the national pack (`cn-measures`), in the pack's order.
pub fn national() -> Vec<NativeRule> {
    let mut rules = vec![
        rule::<cn_frt_scope::MeasuresScope>(),
        rule::<cn_frt_art4::Art4>(),
        rule::<cn_frt_art5::Art5>(),
        rule::<cn_frt_art6::Art6>(),
        rule::<cn_frt_art7::Art7>(),
        rule::<cn_frt_art8::Art8>(),
        rule::<cn_frt_art9::Art9>(),
        rule::<cn_frt_art10::Art10>(),
        rule::<cn_frt_art11::Art11>(),
        rule::<cn_frt_art12::Art12>(),
        rule::<cn_frt_art13::Art13>(),
        rule::<cn_frt_art14::Art14>(),
        rule::<cn_frt_art15::Art15>(),
    ];
    rules.sort_by(|a, b| frt_report::compare_articles(&a.description.id, &b.description.id));
    rules
}

/// The rules of `national()` whose ids are in `ids`.
pub fn subset(ids: &[&str]) -> Vec<NativeRule> {
    national()
        .into_iter()
        .filter(|r| ids.contains(&r.description.id.as_str()))
        .collect()
}

/// Checks `document` (the JSON the host gives components) with `rules` as a component does:
/// each rule reads the document, decides, and the findings are assembled into a report.
pub fn check_document(rules: &[NativeRule], id: &str, as_of: Date, document: &str) -> Report {
    let outcomes = rules
        .iter()
        .map(|rule| {
            let declaration: Declaration =
                serde_json::from_str(document).expect("the host's document is a declaration");
            let input = Input::new(&declaration).expect("the host sets `as_of`");
            outcome(rule, (rule.check)(&input))
        })
        .collect();
    assemble_with_policy(id, as_of, outcomes, FailurePolicy::FailClosed)
}

/// Checks the typed `declaration` (with `as_of` set) with `rules`, with no document at all:
/// the decisions and the report alone.
pub fn check_typed(rules: &[NativeRule], declaration: &Declaration) -> Report {
    let input = Input::new(declaration).expect("`as_of` is set");
    let outcomes = rules
        .iter()
        .map(|rule| outcome(rule, (rule.check)(&input)))
        .collect();
    assemble_with_policy(
        &declaration.id,
        input.as_of,
        outcomes,
        FailurePolicy::FailClosed,
    )
}

fn outcome(rule: &NativeRule, findings: Vec<Finding>) -> RuleOutcome {
    let d = &rule.description;
    RuleOutcome::new(
        RuleRef {
            id: d.id.clone(),
            version: d.version.clone(),
            digest: String::new(),
        },
        d.instrument.clone(),
        d.articles[0].number.clone(),
        Ok(findings),
    )
}
