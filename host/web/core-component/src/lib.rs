//! The frt report core as a WebAssembly component (`frt:web-core`, see `wit/core.wit`) for
//! hosts that run rule components outside wasmtime: the browser's JavaScript host in
//! `host/web`.
//!
//! Nothing here is new logic. Reading a declaration is `frt_model::parse`, choosing packs is
//! `frt_report::select`, checking what rules say and return is `frt_report::contract`,
//! assembling and rendering is `frt_report::assemble_with_policy` and `render::json`: the
//! code the native host runs, so the browser's report is byte for byte the one
//! `frt check --format json` prints. This crate only converts between the component's types
//! and the core's.
//!
//! Built for `wasm32-unknown-unknown` and wrapped into a component by
//! `cargo run -p frt-web-export` (the web package's build does it); it imports nothing.

#![deny(missing_docs)]

mod component;
mod convert;

pub use convert::{check_rule, order_rules};

use frt_model::parse::{Format, InputLimits, Parsed, parse_with_limits};
use frt_model::{Date, Declaration, Finding};
use frt_report::contract::{self, OutputLimits};
use frt_report::select::{PackChoice, select_described};
use frt_report::{
    FailurePolicy, PackSelection, Report, RuleFailure, RuleOutcome, RuleRef, assemble_with_policy,
    render,
};

/// A rule as the report core sees it: its checked description and its digest.
#[derive(Debug, Clone)]
pub struct Rule {
    /// What the rule said it is.
    pub description: frt_model::RuleDescription,
    /// `sha256:` and the hex digest of its component.
    pub digest: String,
}

/// A named pack of [`Rule`]s.
#[derive(Debug, Clone)]
pub struct Pack {
    /// Stable name.
    pub name: String,
    /// Its rules, in pack order.
    pub rules: Vec<Rule>,
}

/// What a rule did with the document, before the contract's checks.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// `check` returned findings.
    Findings(Vec<Finding>),
    /// `check` failed, for this reason.
    Failed(String),
}

/// A declaration error: its text, and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeclarationError {
    /// What is wrong.
    pub message: String,
    /// The JSON Pointer at fault.
    pub path: Option<String>,
    /// Line and column, from 1.
    pub position: Option<(usize, usize)>,
    /// How to fix it.
    pub help: Option<String>,
}

/// The document rules receive and, per pack, the indexes of the rules to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// The compact JSON declaration with `as_of` set.
    pub document: String,
    /// Per pack, the rules to run.
    pub run: Vec<Vec<usize>>,
}

fn read(source: &str, format: Format) -> Result<Parsed, DeclarationError> {
    parse_with_limits(source, format, InputLimits::default()).map_err(|e| DeclarationError {
        message: e.to_string(),
        path: e.path().map(str::to_owned),
        position: e.position().map(|p| (p.line, p.column)),
        help: e.help(),
    })
}

fn unplaced(message: String) -> DeclarationError {
    DeclarationError {
        message,
        path: None,
        position: None,
        help: None,
    }
}

fn date(text: &str, what: &str) -> Result<Date, DeclarationError> {
    text.parse::<Date>()
        .map_err(|e| unplaced(format!("{what} `{text}`: {e}")))
}

fn selections(
    packs: &[Pack],
    declaration: &Declaration,
    choice: &PackChoice,
) -> Result<Vec<(PackSelection, Vec<usize>)>, String> {
    let packs: Vec<(&str, Vec<&frt_model::RuleDescription>)> = packs
        .iter()
        .map(|p| {
            (
                p.name.as_str(),
                p.rules.iter().map(|r| &r.description).collect(),
            )
        })
        .collect();
    select_described(&packs, declaration.jurisdiction.as_ref(), choice).map_err(|e| e.to_string())
}

/// Reads a declaration, decides its date like the native host (`as_of`, else the
/// declaration's, else `today`) and chooses the rules to run.
pub fn plan(
    source: &str,
    format: Format,
    as_of: Option<&str>,
    today: &str,
    packs: &[Pack],
    choice: &PackChoice,
) -> Result<Plan, DeclarationError> {
    let parsed = read(source, format)?;
    let as_of = as_of.map(|d| date(d, "as-of")).transpose()?;
    let today = date(today, "today")?;
    let mut declaration = parsed.declaration;
    declaration.as_of = Some(as_of.or(declaration.as_of).unwrap_or(today));
    let run = selections(packs, &declaration, choice)
        .map_err(unplaced)?
        .into_iter()
        .map(|(_, chosen)| chosen)
        .collect();
    let document = serde_json::to_string(&declaration).expect("a declaration is JSON");
    Ok(Plan { document, run })
}

fn outcome(rule: &Rule, outcome: Outcome) -> RuleOutcome {
    let d = &rule.description;
    let result = match outcome {
        Outcome::Findings(findings) => {
            contract::accept_findings(&findings, d, &OutputLimits::default()).map(|()| findings)
        }
        Outcome::Failed(reason) => Err(reason),
    };
    RuleOutcome::new(
        RuleRef {
            id: d.id.clone(),
            version: d.version.clone(),
            digest: rule.digest.clone(),
        },
        d.instrument.clone(),
        d.articles[0].number.clone(),
        result.map_err(|reason| RuleFailure { reason }),
    )
}

fn declaration(document: &str) -> Result<(Declaration, Date), String> {
    let declaration: Declaration =
        serde_json::from_str(document).map_err(|e| format!("the document is not a plan's: {e}"))?;
    let as_of = declaration
        .as_of
        .ok_or("the document has no `as_of`; pass the one `plan` returned")?;
    Ok((declaration, as_of))
}

fn policy(fail_open: bool) -> FailurePolicy {
    if fail_open {
        FailurePolicy::FailOpen
    } else {
        FailurePolicy::FailClosed
    }
}

/// Assembles the report of a planned check, as the native host's catalog does, and renders it
/// as `frt check --format json` does.
pub fn assemble(
    document: &str,
    packs: &[Pack],
    choice: &PackChoice,
    outcomes: Vec<Vec<Outcome>>,
    fail_open: bool,
) -> Result<String, String> {
    let (declaration, as_of) = declaration(document)?;
    let selections = selections(packs, &declaration, choice)?;
    if outcomes.len() != packs.len() {
        return Err(format!(
            "{} lists of outcomes for {} packs",
            outcomes.len(),
            packs.len()
        ));
    }
    let mut all = Vec::new();
    for ((pack, (selection, chosen)), outcomes) in packs.iter().zip(&selections).zip(outcomes) {
        if outcomes.len() != chosen.len() {
            return Err(format!(
                "{} outcomes for the {} rules of pack `{}` the plan runs",
                outcomes.len(),
                chosen.len(),
                selection.name
            ));
        }
        for (&i, o) in chosen.iter().zip(outcomes) {
            all.push(outcome(&pack.rules[i], o));
        }
    }
    let mut report: Report = assemble_with_policy(&declaration.id, as_of, all, policy(fail_open));
    report.packs = selections.into_iter().map(|(s, _)| s).collect();
    Ok(render::json(&report))
}

/// Assembles the report of rules run without packs, as `frt check --rules DIR` does.
pub fn assemble_rules(
    document: &str,
    rules: &[Rule],
    outcomes: Vec<Outcome>,
    fail_open: bool,
) -> Result<String, String> {
    let (declaration, as_of) = declaration(document)?;
    if outcomes.len() != rules.len() {
        return Err(format!(
            "{} outcomes for {} rules",
            outcomes.len(),
            rules.len()
        ));
    }
    let all = rules
        .iter()
        .zip(outcomes)
        .map(|(r, o)| outcome(r, o))
        .collect();
    Ok(render::json(&assemble_with_policy(
        &declaration.id,
        as_of,
        all,
        policy(fail_open),
    )))
}

/// Where each pointer was written in `source`, or nothing when it cannot be read.
pub fn locate(source: &str, format: Format, pointers: &[String]) -> Vec<(usize, usize)> {
    match read(source, format) {
        Ok(parsed) => pointers
            .iter()
            .map(|p| {
                let at = parsed.source_map.locate(p);
                (at.line, at.column)
            })
            .collect(),
        Err(_) => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use frt_model::{ArticleText, Localized, RuleDescription, Severity, Status};

    fn rule(id: &str) -> Rule {
        Rule {
            description: RuleDescription {
                id: id.into(),
                version: "0.1.0".into(),
                instrument: "TEST".into(),
                articles: vec![ArticleText {
                    number: "1".into(),
                    text: Localized::new("Text.", "条文。"),
                }],
                title: Localized::new("Title", "标题"),
                jurisdictions: vec![],
                effective_from: None,
                sources: vec![],
                unconfirmed: None,
            },
            digest: "sha256:00".into(),
        }
    }

    fn finding(article: &str) -> Finding {
        Finding {
            obligation: "test-1".into(),
            article: article.into(),
            paragraph: None,
            item: None,
            status: Status::Satisfied,
            severity: Severity::Info,
            message: Localized::new("Fine.", "满足。"),
            evidence: vec!["/id".into()],
            remediation: None,
        }
    }

    const SOURCE: &str = "schema: frt/declaration/v1\nid: gate-7\n";

    fn packs() -> Vec<Pack> {
        vec![Pack {
            name: "test".into(),
            rules: vec![rule("test-rule")],
        }]
    }

    #[test]
    fn the_date_is_the_option_else_the_declarations_else_today() {
        let choice = PackChoice::ByJurisdiction;
        let plan = plan(SOURCE, Format::Yaml, None, "2026-03-04", &packs(), &choice).unwrap();
        assert!(
            plan.document.contains(r#""as_of":"2026-03-04""#),
            "{}",
            plan.document
        );
        assert_eq!(plan.run, vec![vec![0]]);
        let dated = format!("{SOURCE}as_of: 2025-07-01\n");
        let plan = plan_of(&dated, None);
        assert!(plan.document.contains(r#""as_of":"2025-07-01""#));
        let plan = plan_of(&dated, Some("2027-01-01"));
        assert!(plan.document.contains(r#""as_of":"2027-01-01""#));
    }

    fn plan_of(source: &str, as_of: Option<&str>) -> Plan {
        let choice = PackChoice::ByJurisdiction;
        plan(source, Format::Yaml, as_of, "2026-03-04", &packs(), &choice).unwrap()
    }

    #[test]
    fn declaration_errors_and_unknown_packs_are_refused_with_their_place() {
        let choice = PackChoice::ByJurisdiction;
        let err = plan("id: [", Format::Yaml, None, "2026-03-04", &packs(), &choice).unwrap_err();
        assert!(err.message.starts_with("syntax error"), "{}", err.message);
        let named = PackChoice::Named(vec!["tset".into()]);
        let err = plan(SOURCE, Format::Yaml, None, "2026-03-04", &packs(), &named).unwrap_err();
        assert_eq!(
            err.message,
            "unknown rule pack `tset`; available packs: `test`"
        );
        assert_eq!(err.position, None);
    }

    #[test]
    fn findings_that_break_the_contract_become_the_rules_error() {
        let choice = PackChoice::ByJurisdiction;
        let plan = plan_of(SOURCE, None);
        let good = vec![vec![Outcome::Findings(vec![finding("1")])]];
        let json = assemble(&plan.document, &packs(), &choice, good, false).unwrap();
        let report: Report = serde_json::from_str(&json).unwrap();
        assert_eq!(report.summary.satisfied, 1);
        assert_eq!(report.packs[0].rules, ["test-rule"]);

        let bad = vec![vec![Outcome::Findings(vec![finding("9")])]];
        let json = assemble(&plan.document, &packs(), &choice, bad, false).unwrap();
        assert!(
            json.contains("`test-1` cites article `9`, which the rule does not describe"),
            "{json}"
        );
        let report: Report = serde_json::from_str(&json).unwrap();
        assert_eq!(report.summary.error, 1);

        let short = assemble(&plan.document, &packs(), &choice, vec![vec![]], false);
        assert_eq!(
            short.unwrap_err(),
            "0 outcomes for the 1 rules of pack `test` the plan runs"
        );
    }

    #[test]
    fn evidence_is_located_at_its_field_or_nearest_written_parent() {
        let at = locate(
            SOURCE,
            Format::Yaml,
            &["/id".into(), "/siting/venue".into()],
        );
        assert_eq!(at[0], (2, 1));
        assert_eq!(at[1], (1, 1));
        assert!(locate("id: [", Format::Yaml, &["/id".into()]).is_empty());
    }
}
