//! The `frt:web-core` world's exports, converting between its types and the core's.

#[allow(missing_docs, unsafe_code, clippy::all)]
mod bindings {
    wit_bindgen::generate!({
        path: "wit",
        world: "core",
    });
}

#[allow(unsafe_code)]
mod exports {
    use super::Core;
    use super::bindings;
    bindings::export!(Core with_types_in bindings);
}

use bindings::{
    Description, Finding, Format, Guest, Localized, Outcome, Pack, PackChoice, Plan, Position,
    Rule, RuleError, Severity, Status,
};
use frt_model::parse;
use frt_report::contract;

use crate::convert::{RawDescription, raw_description};

struct Core;

fn localized(l: Localized) -> frt_model::Localized {
    frt_model::Localized { en: l.en, zh: l.zh }
}

fn raw(d: Description) -> RawDescription {
    raw_description(
        d.id,
        d.version,
        d.instrument,
        d.articles
            .into_iter()
            .map(|a| (a.number, localized(a.text)))
            .collect(),
        localized(d.title),
        d.jurisdictions
            .into_iter()
            .map(|j| frt_model::RuleJurisdiction {
                country: j.country,
                region: j.region,
                city: j.city,
            })
            .collect(),
        d.effective_from,
        d.sources,
        d.unconfirmed.map(localized),
    )
}

fn rule(r: Rule) -> Result<crate::Rule, String> {
    let id = r.description.id.clone();
    let description =
        crate::check_rule(raw(r.description)).map_err(|e| format!("rule `{id}`: {e}"))?;
    Ok(crate::Rule {
        description,
        digest: r.digest,
    })
}

fn rules(rules: Vec<Rule>) -> Result<Vec<crate::Rule>, String> {
    rules.into_iter().map(rule).collect()
}

fn packs(packs: Vec<Pack>) -> Result<Vec<crate::Pack>, String> {
    packs
        .into_iter()
        .map(|p| {
            Ok(crate::Pack {
                name: p.name,
                rules: rules(p.rules)?,
            })
        })
        .collect()
}

fn choice(c: PackChoice) -> frt_report::select::PackChoice {
    match c {
        PackChoice::ByJurisdiction => frt_report::select::PackChoice::ByJurisdiction,
        PackChoice::All => frt_report::select::PackChoice::All,
        PackChoice::Named(names) => frt_report::select::PackChoice::Named(names),
    }
}

fn format(f: Format) -> parse::Format {
    match f {
        Format::Yaml => parse::Format::Yaml,
        Format::Json => parse::Format::Json,
    }
}

fn finding(f: Finding) -> frt_model::Finding {
    frt_model::Finding {
        obligation: f.obligation,
        article: f.article,
        paragraph: f.paragraph,
        item: f.item,
        status: match f.status {
            Status::Violation => frt_model::Status::Violation,
            Status::NeedsReview => frt_model::Status::NeedsReview,
            Status::Advisory => frt_model::Status::Advisory,
            Status::Satisfied => frt_model::Status::Satisfied,
            Status::NotApplicable => frt_model::Status::NotApplicable,
        },
        severity: match f.severity {
            Severity::Blocking => frt_model::Severity::Blocking,
            Severity::High => frt_model::Severity::High,
            Severity::Medium => frt_model::Severity::Medium,
            Severity::Low => frt_model::Severity::Low,
            Severity::Info => frt_model::Severity::Info,
        },
        message: localized(f.message),
        evidence: f.evidence,
        remediation: f.remediation.map(localized),
    }
}

fn outcome(o: Outcome) -> crate::Outcome {
    match o {
        Outcome::Findings(findings) => {
            crate::Outcome::Findings(findings.into_iter().map(finding).collect())
        }
        Outcome::RuleError(RuleError::InvalidDeclaration(m)) => {
            crate::Outcome::Failed(contract::invalid_declaration_reason(&m))
        }
        Outcome::RuleError(RuleError::Internal(m)) => {
            crate::Outcome::Failed(contract::internal_error_reason(&m))
        }
        Outcome::Failed(reason) => crate::Outcome::Failed(reason),
    }
}

fn declaration_error(e: crate::DeclarationError) -> bindings::DeclarationError {
    bindings::DeclarationError {
        message: e.message,
        path: e.path,
        line: e.position.map(|(l, _)| l as u32),
        column: e.position.map(|(_, c)| c as u32),
        help: e.help,
    }
}

impl Guest for Core {
    fn accept_rule(description: Description) -> Result<(), String> {
        crate::check_rule(raw(description)).map(|_| ())
    }

    fn order(ids: Vec<String>) -> Vec<u32> {
        crate::order_rules(&ids)
            .into_iter()
            .map(|i| i as u32)
            .collect()
    }

    fn plan(
        source: String,
        format_: Format,
        as_of: Option<String>,
        today: String,
        packs_: Vec<Pack>,
        choice_: PackChoice,
    ) -> Result<Plan, bindings::DeclarationError> {
        let packs = packs(packs_).map_err(|m| declaration_error(crate::unplaced(m)))?;
        let plan = crate::plan(
            &source,
            format(format_),
            as_of.as_deref(),
            &today,
            &packs,
            &choice(choice_),
        )
        .map_err(declaration_error)?;
        Ok(Plan {
            document: plan.document,
            run: plan
                .run
                .into_iter()
                .map(|r| r.into_iter().map(|i| i as u32).collect())
                .collect(),
        })
    }

    fn assemble(
        document: String,
        packs_: Vec<Pack>,
        choice_: PackChoice,
        outcomes: Vec<Vec<Outcome>>,
        fail_open: bool,
    ) -> Result<String, String> {
        let packs = packs(packs_)?;
        let outcomes = outcomes
            .into_iter()
            .map(|o| o.into_iter().map(outcome).collect())
            .collect();
        crate::assemble(&document, &packs, &choice(choice_), outcomes, fail_open)
    }

    fn assemble_rules(
        document: String,
        rules_: Vec<Rule>,
        outcomes: Vec<Outcome>,
        fail_open: bool,
    ) -> Result<String, String> {
        let rules = rules(rules_)?;
        let outcomes = outcomes.into_iter().map(outcome).collect();
        crate::assemble_rules(&document, &rules, outcomes, fail_open)
    }

    fn locate(source: String, format_: Format, pointers: Vec<String>) -> Vec<Position> {
        crate::locate(&source, format(format_), &pointers)
            .into_iter()
            .map(|(line, column)| Position {
                line: line as u32,
                column: column as u32,
            })
            .collect()
    }
}
