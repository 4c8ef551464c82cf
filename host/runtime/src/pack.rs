//! A loaded set of rules, and checking a declaration against it.

use frt_model::{
    ArticleText, Date, Declaration, Finding, Localized, RuleDescription, RuleJurisdiction,
    Severity, Status,
};
use frt_report::contract;
use frt_report::{FailurePolicy, Report, RuleFailure, RuleOutcome, RuleRef, assemble_with_policy};

use crate::load::Runtime;
use crate::store::{StoreState, failure_reason, new_store};

#[allow(missing_docs, clippy::all)]
pub(crate) mod bindings {
    wasmtime::component::bindgen!({
        path: "../../wit",
        world: "rule",
    });
}

use bindings as wit;

/// One rule, compiled and ready to instantiate.
pub struct LoadedRule {
    pub(crate) description: RuleDescription,
    pub(crate) digest: String,
    pub(crate) source: String,
    pub(crate) pre: bindings::RulePre<StoreState>,
}

impl std::fmt::Debug for LoadedRule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoadedRule")
            .field("id", &self.description.id)
            .field("digest", &self.digest)
            .field("source", &self.source)
            .finish_non_exhaustive()
    }
}

impl LoadedRule {
    /// What the rule says it is.
    pub fn description(&self) -> &RuleDescription {
        &self.description
    }

    /// `sha256:` and the hex digest of the component's bytes.
    pub fn digest(&self) -> &str {
        &self.digest
    }

    /// Where the rule was loaded from (a file path or the name given with its bytes).
    pub fn source(&self) -> &str {
        &self.source
    }

    fn reference(&self) -> RuleRef {
        RuleRef {
            id: self.description.id.clone(),
            version: self.description.version.clone(),
            digest: self.digest.clone(),
        }
    }

    /// Evaluates the rule on `document` and files the result under its instrument.
    pub(crate) fn outcome(&self, runtime: &Runtime, document: &str) -> RuleOutcome {
        let d = &self.description;
        RuleOutcome::new(
            self.reference(),
            d.instrument.clone(),
            d.articles[0].number.clone(),
            self.evaluate(runtime, document),
        )
    }

    /// Evaluates the rule in a fresh store and instance.
    fn evaluate(&self, runtime: &Runtime, document: &str) -> Result<Vec<Finding>, RuleFailure> {
        let failure = |reason: String| RuleFailure { reason };
        let mut store = new_store(runtime);
        let instance = self.pre.instantiate(&mut store).map_err(|e| {
            failure(format!(
                "could not be instantiated: {}",
                failure_reason(&store, &e)
            ))
        })?;
        let result = instance
            .call_check(&mut store, document)
            .map_err(|e| failure(failure_reason(&store, &e)))?;
        let findings = result.map_err(|e| {
            failure(match e {
                wit::RuleError::InvalidDeclaration(m) => contract::invalid_declaration_reason(&m),
                wit::RuleError::Internal(m) => contract::internal_error_reason(&m),
            })
        })?;
        self.accept(runtime, findings).map_err(failure)
    }

    /// Converts the rule's findings, refusing the lot if any breaks the contract.
    fn accept(
        &self,
        runtime: &Runtime,
        findings: Vec<wit::Finding>,
    ) -> Result<Vec<Finding>, String> {
        let findings: Vec<Finding> = findings.into_iter().map(finding_from_wit).collect();
        contract::accept_findings(&findings, &self.description, &runtime.limits.output())?;
        Ok(findings)
    }
}

fn localized(l: wit::Localized) -> Localized {
    Localized { en: l.en, zh: l.zh }
}

fn finding_from_wit(f: wit::Finding) -> Finding {
    Finding {
        obligation: f.obligation,
        article: f.article,
        paragraph: f.paragraph,
        item: f.item,
        status: match f.status {
            wit::Status::Violation => Status::Violation,
            wit::Status::NeedsReview => Status::NeedsReview,
            wit::Status::Advisory => Status::Advisory,
            wit::Status::Satisfied => Status::Satisfied,
            wit::Status::NotApplicable => Status::NotApplicable,
        },
        severity: match f.severity {
            wit::Severity::Blocking => Severity::Blocking,
            wit::Severity::High => Severity::High,
            wit::Severity::Medium => Severity::Medium,
            wit::Severity::Low => Severity::Low,
            wit::Severity::Info => Severity::Info,
        },
        message: localized(f.message),
        evidence: f.evidence,
        remediation: f.remediation.map(localized),
    }
}

/// Converts and checks a rule's self-description.
pub(crate) fn description_from_wit(d: wit::Description) -> Result<RuleDescription, String> {
    let mut description = RuleDescription {
        id: d.id,
        version: d.version,
        instrument: d.instrument,
        articles: d
            .articles
            .into_iter()
            .map(|a| ArticleText {
                number: a.number,
                text: localized(a.text),
            })
            .collect(),
        title: localized(d.title),
        jurisdictions: d
            .jurisdictions
            .into_iter()
            .map(|j| RuleJurisdiction {
                country: j.country,
                region: j.region,
                city: j.city,
            })
            .collect(),
        effective_from: None,
        sources: d.sources,
        unconfirmed: d.unconfirmed.map(localized),
    };
    contract::check_description(&description)?;
    description.effective_from = contract::effective_from(d.effective_from)?;
    Ok(description)
}

/// A set of loaded rules, ordered by id.
#[derive(Debug, Clone)]
pub struct RulePack {
    runtime: Runtime,
    rules: std::sync::Arc<Vec<LoadedRule>>,
}

impl RulePack {
    pub(crate) fn new(runtime: Runtime, rules: Vec<LoadedRule>) -> RulePack {
        RulePack {
            runtime,
            rules: std::sync::Arc::new(rules),
        }
    }

    /// The runtime the rules were loaded by, with its limits.
    pub fn runtime(&self) -> &Runtime {
        &self.runtime
    }

    /// The rules, by id.
    pub fn rules(&self) -> &[LoadedRule] {
        &self.rules
    }

    /// The findings of one rule for `declaration`, as the rule returned them and the host
    /// accepted them (not assembled into a report): what `frt test` compares with a rule's
    /// native snapshots. The error says why the rule failed.
    pub fn findings_of(
        &self,
        rule: &LoadedRule,
        declaration: &Declaration,
        as_of: Option<Date>,
    ) -> Result<Vec<Finding>, String> {
        let (_, document) = document(declaration, as_of);
        rule.evaluate(&self.runtime, &document)
            .map_err(|f| f.reason)
    }

    /// Checks `declaration` against every rule, failing closed: a rule that fails makes the
    /// verdict `non_compliant`.
    ///
    /// The date the report speaks for is `as_of` when given, else the declaration's `as_of`,
    /// else today (UTC). Rules never read a clock: they receive that date in the document.
    pub fn check(&self, declaration: &Declaration, as_of: Option<Date>) -> Report {
        self.check_with_policy(declaration, as_of, FailurePolicy::FailClosed)
    }

    /// Checks `declaration` against every rule under a [`FailurePolicy`].
    ///
    /// Under [`FailurePolicy::FailOpen`] a failed rule's `error` finding stays in the report
    /// but weighs on the verdict like `needs_review` (an undecided article is never
    /// `compliant`), and the report says which policy decided it.
    pub fn check_with_policy(
        &self,
        declaration: &Declaration,
        as_of: Option<Date>,
        policy: FailurePolicy,
    ) -> Report {
        let (as_of, document) = document(declaration, as_of);
        let outcomes = self
            .rules
            .iter()
            .map(|rule| rule.outcome(&self.runtime, &document))
            .collect();
        assemble_with_policy(&declaration.id, as_of, outcomes, policy)
    }
}

/// The date a check speaks for (`as_of`, else the declaration's, else today in UTC) and the
/// declaration as the compact JSON document rules receive, with that date set.
pub(crate) fn document(declaration: &Declaration, as_of: Option<Date>) -> (Date, String) {
    let as_of = as_of.or(declaration.as_of).unwrap_or_else(crate::today_utc);
    let mut normalized = declaration.clone();
    normalized.as_of = Some(as_of);
    let document = serde_json::to_string(&normalized).expect("a declaration is JSON");
    (as_of, document)
}
