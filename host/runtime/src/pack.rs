//! A loaded set of rules, and checking a declaration against it.

use frt_model::{
    ArticleText, Date, Declaration, Finding, Localized, RuleDescription, RuleJurisdiction,
    Severity, Status,
};
use frt_report::contract;
use frt_report::{FailurePolicy, Report, RuleFailure, RuleOutcome, RuleRef, assemble_with_policy};

use crate::load::Runtime;
use crate::store::{StoreState, failure_reason, new_store, renew_store};

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
    /// Whether the rule's native code came from a precompiled cache.
    pub(crate) precompiled: bool,
    /// Instances kept for reuse by packs in [`Isolation::Warm`].
    pub(crate) warm: std::sync::Mutex<Vec<Warm>>,
}

/// A rule instance kept between evaluations, in the store it lives in.
pub(crate) struct Warm {
    store: wasmtime::Store<StoreState>,
    instance: bindings::Rule,
}

/// The most declarations [`RulePack::check_batch`] evaluates rule by rule in one run: enough
/// to keep a rule hot, few enough that the runs spread evenly over threads.
const BATCH_RUN: usize = 16;

/// How a pack instantiates its rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Isolation {
    /// Every evaluation of a rule runs in a fresh store and instance, dropped afterwards:
    /// nothing a rule did for one declaration can be seen by the next. The default.
    #[default]
    Isolated,
    /// Instances are kept and reused across checks, one per rule and concurrent check: each
    /// call gets fresh fuel and a fresh deadline and the memory and table caps still hold,
    /// but the rule's memory (its heap, its statics) carries over from the checks before.
    /// A rule could remember or leak what it saw in one declaration into the report on
    /// another, or behave differently as its heap fills. An instance whose call traps, fails
    /// or returns findings the host refuses is dropped, never reused. For packs whose rules
    /// are trusted to be pure functions, such as the signed built-in packs.
    Warm,
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

    /// Whether the rule's native code was loaded from a precompiled cache
    /// ([`Runtime::with_precompiled`]) rather than compiled from the component.
    pub fn precompiled(&self) -> bool {
        self.precompiled
    }

    fn reference(&self) -> RuleRef {
        RuleRef {
            id: self.description.id.clone(),
            version: self.description.version.clone(),
            digest: self.digest.clone(),
        }
    }

    /// Evaluates the rule on `document` and files the result under its instrument.
    pub(crate) fn outcome(
        &self,
        runtime: &Runtime,
        document: &str,
        isolation: Isolation,
    ) -> RuleOutcome {
        let d = &self.description;
        let result = match isolation {
            Isolation::Isolated => self.evaluate(runtime, document),
            Isolation::Warm => self.evaluate_warm(runtime, document),
        };
        RuleOutcome::new(
            self.reference(),
            d.instrument.clone(),
            d.articles[0].number.clone(),
            result,
        )
    }

    /// Evaluates the rule in a fresh store and instance.
    fn evaluate(&self, runtime: &Runtime, document: &str) -> Result<Vec<Finding>, RuleFailure> {
        let Warm {
            mut store,
            instance,
        } = self.instantiate(runtime)?;
        self.call_check(runtime, &mut store, &instance, document)
    }

    /// A fresh store and instance of the rule.
    fn instantiate(&self, runtime: &Runtime) -> Result<Warm, RuleFailure> {
        let mut store = new_store(runtime);
        let instance = self.pre.instantiate(&mut store).map_err(|e| RuleFailure {
            reason: format!("could not be instantiated: {}", failure_reason(&store, &e)),
        })?;
        Ok(Warm { store, instance })
    }

    /// Evaluates the rule in a kept instance (or a new one), keeping it again when the call
    /// succeeded.
    fn evaluate_warm(
        &self,
        runtime: &Runtime,
        document: &str,
    ) -> Result<Vec<Finding>, RuleFailure> {
        let kept = self.warm.lock().unwrap_or_else(|e| e.into_inner()).pop();
        let mut warm = match kept {
            Some(mut warm) => {
                renew_store(&mut warm.store, runtime);
                warm
            }
            None => self.instantiate(runtime)?,
        };
        let result = self.call_check(runtime, &mut warm.store, &warm.instance, document);
        if result.is_ok() {
            self.warm
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(warm);
        }
        result
    }

    /// Calls `check` of `instance` and accepts its findings.
    fn call_check(
        &self,
        runtime: &Runtime,
        store: &mut wasmtime::Store<StoreState>,
        instance: &bindings::Rule,
        document: &str,
    ) -> Result<Vec<Finding>, RuleFailure> {
        let failure = |reason: String| RuleFailure { reason };
        let result = instance
            .call_check(&mut *store, document)
            .map_err(|e| failure(failure_reason(store, &e)))?;
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
    isolation: Isolation,
    threads: usize,
}

impl RulePack {
    pub(crate) fn new(runtime: Runtime, rules: Vec<LoadedRule>) -> RulePack {
        RulePack {
            runtime,
            rules: std::sync::Arc::new(rules),
            isolation: Isolation::Isolated,
            threads: 1,
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

    /// This pack, instantiating its rules as `isolation` says. Clones share the loaded rules
    /// (and the instances warm packs keep).
    pub fn with_isolation(mut self, isolation: Isolation) -> RulePack {
        self.isolation = isolation;
        self
    }

    /// How the pack instantiates its rules.
    pub fn isolation(&self) -> Isolation {
        self.isolation
    }

    /// This pack, evaluating the rules of one check on up to `threads` threads (at least
    /// one). The report is the same, byte for byte, whatever the number: outcomes are
    /// gathered in rule order. Worth it for a single large check on an idle machine; for
    /// many checks, [`RulePack::check_batch`] spreads whole checks over the cores instead.
    pub fn with_threads(mut self, threads: usize) -> RulePack {
        self.threads = threads.max(1);
        self
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
        let indexes: Vec<usize> = (0..self.rules.len()).collect();
        let outcomes = self.outcomes(&indexes, &document, self.threads);
        assemble_with_policy(&declaration.id, as_of, outcomes, policy)
    }

    /// Checks every declaration of `declarations` under `policy`, spreading the checks over
    /// up to `threads` threads. The reports are in the order of the declarations and the
    /// same as [`RulePack::check_with_policy`] gives.
    ///
    /// A batch is evaluated rule by rule over runs of declarations rather than declaration
    /// by declaration: every rule carries its own copy of the code that reads a declaration,
    /// and one rule applied to several declarations in a row keeps its code and memory in the
    /// processor's caches, where a single check finds every rule cold (see `BENCHMARKS.md`).
    pub fn check_batch(
        &self,
        declarations: &[Declaration],
        as_of: Option<Date>,
        policy: FailurePolicy,
        threads: usize,
    ) -> Vec<Report> {
        let threads = threads.clamp(1, declarations.len().max(1));
        let run = declarations.len().div_ceil(threads).clamp(1, BATCH_RUN);
        let runs: Vec<&[Declaration]> = declarations.chunks(run).collect();
        crate::parallel::map(&runs, threads, |run| self.check_run(run, as_of, policy))
            .into_iter()
            .flatten()
            .collect()
    }

    /// Checks `run` on this thread, each rule over every declaration before the next rule.
    fn check_run(
        &self,
        run: &[Declaration],
        as_of: Option<Date>,
        policy: FailurePolicy,
    ) -> Vec<Report> {
        let documents: Vec<(Date, String)> = run.iter().map(|d| document(d, as_of)).collect();
        let mut outcomes: Vec<Vec<RuleOutcome>> = run
            .iter()
            .map(|_| Vec::with_capacity(self.rules.len()))
            .collect();
        for rule in self.rules.iter() {
            for ((_, document), outcomes) in documents.iter().zip(&mut outcomes) {
                outcomes.push(rule.outcome(&self.runtime, document, self.isolation));
            }
        }
        run.iter()
            .zip(documents)
            .zip(outcomes)
            .map(|((declaration, (as_of, _)), outcomes)| {
                assemble_with_policy(&declaration.id, as_of, outcomes, policy)
            })
            .collect()
    }

    /// The outcomes of the rules at `indexes` for `document`, in that order, evaluated on up
    /// to `threads` threads.
    pub(crate) fn outcomes(
        &self,
        indexes: &[usize],
        document: &str,
        threads: usize,
    ) -> Vec<RuleOutcome> {
        crate::parallel::map(indexes, threads, |&i| {
            self.rules[i].outcome(&self.runtime, document, self.isolation)
        })
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
