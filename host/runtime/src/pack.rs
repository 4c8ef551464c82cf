//! A loaded set of rules, and checking a declaration against it.

use frt_model::{
    ArticleText, Date, Declaration, Finding, Localized, RuleDescription, RuleJurisdiction,
    Severity, Status,
};
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
                wit::RuleError::InvalidDeclaration(m) => {
                    format!("it could not read the declaration: {m}")
                }
                wit::RuleError::Internal(m) => format!("it reported an internal error: {m}"),
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
        let limits = &runtime.limits;
        if findings.len() > limits.max_findings {
            return Err(format!(
                "it returned {} findings, more than the limit of {}",
                findings.len(),
                limits.max_findings
            ));
        }
        let findings: Vec<Finding> = findings
            .into_iter()
            .map(|f| {
                let f = finding_from_wit(f);
                check_finding(&f, &self.description, limits.max_string_bytes)?;
                Ok(f)
            })
            .collect::<Result<_, String>>()?;
        let total: usize = findings.iter().map(output_bytes).sum();
        if total > limits.max_output_bytes {
            return Err(format!(
                "it returned {total} bytes of text, more than the limit of {}",
                limits.max_output_bytes
            ));
        }
        Ok(findings)
    }
}

/// The bytes of every string of a finding.
fn output_bytes(f: &Finding) -> usize {
    let remediation = f
        .remediation
        .as_ref()
        .map_or(0, |r| r.en.len() + r.zh.len());
    f.obligation.len()
        + f.article.len()
        + f.message.en.len()
        + f.message.zh.len()
        + f.evidence.iter().map(String::len).sum::<usize>()
        + remediation
}

fn check_finding(f: &Finding, d: &RuleDescription, max: usize) -> Result<(), String> {
    let bad = |what: String| Err(format!("it returned an invalid finding: {what}"));
    if f.obligation.is_empty() {
        return bad("an empty obligation id".to_owned());
    }
    if !d.articles.iter().any(|a| a.number == f.article) {
        return bad(format!(
            "`{}` cites article `{}`, which the rule does not describe",
            f.obligation, f.article
        ));
    }
    if f.message.en.is_empty() || f.message.zh.is_empty() {
        return bad(format!(
            "`{}` lacks an English or a Chinese message",
            f.obligation
        ));
    }
    if let Some(e) = f
        .evidence
        .iter()
        .find(|e| !e.is_empty() && !e.starts_with('/'))
    {
        return bad(format!(
            "`{}` has evidence `{e}`, which is not a JSON Pointer",
            f.obligation
        ));
    }
    let strings = [&f.obligation, &f.article, &f.message.en, &f.message.zh]
        .into_iter()
        .chain(&f.evidence)
        .chain(f.remediation.iter().flat_map(|r| [&r.en, &r.zh]));
    for s in strings {
        if s.len() > max {
            return bad(format!(
                "`{}` has a string of {} bytes, more than the limit of {max}",
                f.obligation,
                s.len()
            ));
        }
    }
    Ok(())
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
    let id_ok = !d.id.is_empty()
        && d.id.len() <= 64
        && d.id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !id_ok {
        return Err(format!(
            "id `{}` is not lowercase letters, digits and `-` (at most 64)",
            d.id
        ));
    }
    let version_ok = d.version.split('.').count() == 3
        && d.version
            .split('.')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    if !version_ok {
        return Err(format!(
            "version `{}` is not a semantic version such as `0.1.0`",
            d.version
        ));
    }
    if d.instrument.trim().is_empty() {
        return Err("the instrument is empty".to_owned());
    }
    if d.articles.is_empty() {
        return Err("it names no article".to_owned());
    }
    if d.title.en.trim().is_empty() || d.title.zh.trim().is_empty() {
        return Err("the title lacks English or Chinese".to_owned());
    }
    let effective_from = match d.effective_from {
        None => None,
        Some(s) => Some(
            s.parse::<Date>()
                .map_err(|e| format!("effective-from: {e}"))?,
        ),
    };
    for j in &d.jurisdictions {
        if j.country.len() != 2 || !j.country.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(format!(
                "jurisdiction country `{}` is not an ISO 3166-1 alpha-2 code",
                j.country
            ));
        }
    }
    Ok(RuleDescription {
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
        effective_from,
        sources: d.sources,
        unconfirmed: d.unconfirmed.map(localized),
    })
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
