//! What every rule of an instrument other than the Measures shares: where and from when it
//! applies, and what an unconfirmed citation does to its findings.
//!
//! A rule's [`RuleDescription`] already says where its instrument applies and from when;
//! [`decide`] reads both from `R::describe()`, so they are written once:
//!
//! 1. **In force**: an `as_of` before `effective_from` makes every obligation
//!    `not_applicable`, saying from when the instrument applies.
//! 2. **Place**: the declaration's `jurisdiction` is compared with the rule's places by
//!    [`frt_model::select::reach`], the same function hosts select packs with. Outside them,
//!    every obligation is `not_applicable`; when the deciding field is missing, every
//!    obligation is `needs_review` naming it.
//! 3. **Unconfirmed citations**: when the description says part of the citation is
//!    unconfirmed, a `violation` becomes `needs_review` and says why, until it is confirmed.
//!
//! [`require`] decides the common shape of a duty: a fact that holds, fails or is unknown.

use frt_model::select::{Reach, not_yet_in_force, reach};
use frt_model::{Basis, Finding, RuleDescription, Status};

use crate::{FindingBuilder, Input, Obligation, Rule};

/// Decides rule `R`'s obligations: the date and place gates first, then `decide`, then the
/// unconfirmed-citation adjustment.
pub fn decide<R: Rule>(input: &Input, decide: impl FnOnce(&Input) -> Vec<Finding>) -> Vec<Finding> {
    let description = R::describe();
    let obligations = R::obligations();
    if let Some(reason) = not_yet_in_force(&description, input.as_of) {
        return every(obligations, |o| {
            o.not_applicable(reason.en.clone(), reason.zh.clone())
                .evidence("/as_of")
        });
    }
    match reach(&description.jurisdictions, input.jurisdiction.as_ref()) {
        Reach::Within { .. } => unconfirmed(&description, decide(input)),
        Reach::Outside { reason, evidence } => every(obligations, |o| {
            o.not_applicable(reason.en.clone(), reason.zh.clone())
                .evidence(evidence)
        }),
        Reach::Unknown { reason, evidence } => {
            let field = evidence.trim_start_matches('/').replace('/', ".");
            every(obligations, |o| {
                o.needs_review(reason.en.clone(), reason.zh.clone())
                    .evidence(evidence)
                    .remediation(format!("State `{field}`."), format!("填写 `{field}`。"))
            })
        }
    }
}

fn every(obligations: &[Obligation], f: impl Fn(&Obligation) -> FindingBuilder) -> Vec<Finding> {
    obligations.iter().map(|o| f(o).build()).collect()
}

/// Turns each `violation` into `needs_review` when the rule's citation is unconfirmed.
pub fn unconfirmed(description: &RuleDescription, findings: Vec<Finding>) -> Vec<Finding> {
    let Some(note) = &description.unconfirmed else {
        return findings;
    };
    findings
        .into_iter()
        .map(|mut f| {
            if f.status == Status::Violation {
                f.status = Status::NeedsReview;
                f.message.en.push_str(&format!(
                    " This would be a violation, but the citation is unconfirmed. {}",
                    note.en
                ));
                f.message
                    .zh
                    .push_str(&format!("本项本应判为违规，但引用尚未确认。{}", note.zh));
            }
            f
        })
        .collect()
}

/// The words of a duty that a fact decides, in English and Chinese.
#[derive(Debug, Clone, Copy)]
pub struct Words {
    /// The duty is met.
    pub met: (&'static str, &'static str),
    /// The duty is breached.
    pub unmet: (&'static str, &'static str),
    /// The deciding fact is missing.
    pub unknown: (&'static str, &'static str),
    /// What to do when it is breached or unknown.
    pub fix: (&'static str, &'static str),
}

/// Decides `obligation` from whether it `holds`: `satisfied`, `violation` or, when the fact
/// is unknown, `needs_review`. `evidence` names the facts it rests on.
pub fn require(
    obligation: &Obligation,
    holds: Option<bool>,
    evidence: &[&str],
    words: &Words,
) -> Finding {
    let (en, zh) = match holds {
        Some(true) => {
            return obligation
                .satisfied(words.met.0, words.met.1)
                .evidence_all(evidence.iter().copied())
                .build();
        }
        Some(false) => words.unmet,
        None => words.unknown,
    };
    let builder = if holds.is_some() {
        obligation.violation(en, zh)
    } else {
        obligation.needs_review(en, zh)
    };
    builder
        .evidence_all(evidence.iter().copied())
        .remediation(words.fix.0, words.fix.1)
        .build()
}

/// `not_applicable` for `obligation`, for `reason`, resting on `evidence`.
pub fn not_applicable(obligation: &Obligation, reason: (&str, &str), evidence: &[&str]) -> Finding {
    obligation
        .not_applicable(reason.0, reason.1)
        .evidence_all(evidence.iter().copied())
        .build()
}

/// Decides `obligation` with `decide` only where processing rests on the individual's consent
/// (`legal_basis.basis: consent`): on another stated basis it is `not_applicable`, and with
/// the basis unstated it `needs_review` naming the field.
pub fn on_consent(
    obligation: &Obligation,
    input: &Input,
    decide: impl FnOnce() -> Finding,
) -> Finding {
    match input.legal_basis.as_ref().and_then(|b| b.basis) {
        Some(Basis::Consent) => decide(),
        Some(other) => obligation
            .not_applicable(
                format!("Processing rests on `{other}`, not on consent; this duty applies only to processing based on consent."),
                format!("处理依据为 `{other}`，并非个人同意；本项义务仅适用于基于个人同意的处理。"),
            )
            .evidence("/legal_basis/basis")
            .build(),
        None => obligation
            .needs_review(
                "The legal basis of processing is not stated, so whether this duty, which applies to processing based on consent, applies is unknown.",
                "未说明处理依据，无法判断是否适用本项仅针对基于个人同意的处理的义务。",
            )
            .evidence("/legal_basis/basis")
            .remediation("State `legal_basis.basis`.", "填写 `legal_basis.basis`。")
            .build(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use frt_model::{Date, Localized, Severity};

    const DUTY: Obligation = Obligation::new("x-1-duty", "1").severity(Severity::High);

    fn description(unconfirmed: Option<Localized>) -> RuleDescription {
        let mut d = crate::describe("x", "0.1.0", "X")
            .title("t", "t")
            .article("1", "a", "a")
            .build();
        d.unconfirmed = unconfirmed;
        d
    }

    #[test]
    fn an_unconfirmed_citation_turns_violations_into_review() {
        let findings = vec![
            DUTY.violation("Breached.", "违反。")
                .remediation("Fix.", "修正。")
                .build(),
            DUTY.satisfied("Met.", "符合。").build(),
        ];
        let confirmed = unconfirmed(&description(None), findings.clone());
        assert_eq!(confirmed, findings);
        let note = Localized::new("One copy found.", "仅见一个版本。");
        let adjusted = unconfirmed(&description(Some(note)), findings);
        assert_eq!(adjusted[0].status, Status::NeedsReview);
        assert!(
            adjusted[0]
                .message
                .en
                .ends_with("unconfirmed. One copy found.")
        );
        assert_eq!(adjusted[1].status, Status::Satisfied);
    }

    #[test]
    fn consent_duties_wait_for_a_consent_basis() {
        let mut declaration = frt_model::Declaration {
            as_of: Some(Date::new(2026, 5, 1).unwrap()),
            ..Default::default()
        };
        let decide = |d: &frt_model::Declaration| {
            let input = Input::new(d).unwrap();
            on_consent(&DUTY, &input, || DUTY.satisfied("Met.", "符合。").build()).status
        };
        assert_eq!(decide(&declaration), Status::NeedsReview);
        declaration.legal_basis = Some(frt_model::LegalBasis {
            basis: Some(Basis::Contract),
            citation: None,
        });
        assert_eq!(decide(&declaration), Status::NotApplicable);
        declaration.legal_basis.as_mut().unwrap().basis = Some(Basis::Consent);
        assert_eq!(decide(&declaration), Status::Satisfied);
    }
}
