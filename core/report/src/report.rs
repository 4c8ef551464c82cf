//! The report, `frt/report/v1`.

use frt_model::{Date, Localized, Severity, Status};
use serde::{Deserialize, Serialize};

use crate::waiver::{FindingWaiver, WaiverReview};

/// The schema identifier of reports of this version.
pub const REPORT_SCHEMA: &str = "frt/report/v1";

/// The outcome of checking one declaration against a set of rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(title = "frt/report/v1"))]
pub struct Report {
    /// Always `frt/report/v1`.
    pub schema: String,
    /// The declaration's `id`.
    pub declaration: String,
    /// The day the report speaks for.
    pub as_of: Date,
    /// The overall verdict.
    pub verdict: Verdict,
    /// The rules that ran, by id.
    pub rules: Vec<RuleRef>,
    /// Every finding, ordered by instrument, article and obligation.
    pub findings: Vec<ReportFinding>,
    /// How many findings have each status.
    pub summary: Summary,
    /// How failed rules weighed on the verdict. Written only when it is not the default
    /// (`fail_closed`), so fail-closed reports are unchanged.
    #[serde(default, skip_serializing_if = "FailurePolicy::is_fail_closed")]
    pub failure_policy: FailurePolicy,
    /// What became of the waivers that name this declaration (additive: written only when
    /// a waiver file named it; see [`crate::apply_waivers`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waivers: Option<WaiverReview>,
    /// Extension: the rule packs the host chose from, whether each applied and why. Written
    /// only by hosts that select packs by the declaration's jurisdiction, so reports of a
    /// single pack are unchanged.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub packs: Vec<PackSelection>,
}

/// Extension: one rule pack a host considered for a declaration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PackSelection {
    /// The pack's stable name, such as `cn-regional`.
    pub name: String,
    /// Whether its rules ran.
    pub applied: bool,
    /// Why it applied or not: the jurisdiction that matched, a missing field that could not
    /// rule it out, or a choice made on the command line.
    pub reason: Localized,
    /// The ids of the pack's rules that ran.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<String>,
}

/// How a rule that failed (an `error` finding) weighs on the verdict.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum FailurePolicy {
    /// A failed rule makes the verdict `non_compliant`: nothing is passed that was not
    /// checked.
    #[default]
    FailClosed,
    /// A failed rule's `error` finding is reported but weighs like `needs_review`: the
    /// verdict is `non_compliant` only for a violation, and never `compliant` while a rule
    /// failed.
    FailOpen,
}

impl FailurePolicy {
    /// Whether this is [`FailurePolicy::FailClosed`].
    pub const fn is_fail_closed(&self) -> bool {
        matches!(self, FailurePolicy::FailClosed)
    }
}

/// The overall verdict of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// No finding is `violation`, `error` or `needs_review`.
    Compliant,
    /// Some finding is `needs_review` (or, failing open, `error`), none is `violation` (or,
    /// failing closed, `error`).
    NeedsReview,
    /// Some finding is `violation` (or, failing closed, `error`).
    NonCompliant,
}
// The variants are declared from best to worst, so `Ord` says which verdict is worse.

impl Verdict {
    /// The verdict as written in a report.
    pub const fn as_str(self) -> &'static str {
        match self {
            Verdict::Compliant => "compliant",
            Verdict::NeedsReview => "needs_review",
            Verdict::NonCompliant => "non_compliant",
        }
    }
}

/// A rule that ran, identified down to its bytes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RuleRef {
    /// The rule's id.
    pub id: String,
    /// The rule's version.
    pub version: String,
    /// `sha256:` and the hex digest of the component.
    pub digest: String,
}

/// One finding of a report: a rule's finding with the rule and instrument that produced it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ReportFinding {
    /// The rule's id.
    pub rule: String,
    /// Stable identifier of the obligation.
    pub obligation: String,
    /// The instrument, such as `CN-FRT-2025`.
    pub instrument: String,
    /// The article number.
    pub article: String,
    /// The paragraph (款), from 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u32>,
    /// The item (项), from 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<u32>,
    /// How the obligation stands.
    pub status: Status,
    /// How much it matters.
    pub severity: Severity,
    /// What is right, wrong or missing.
    pub message: Localized,
    /// JSON Pointers into the declaration.
    pub evidence: Vec<String>,
    /// What to do.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remediation: Option<Localized>,
    /// The waiver that accepts this finding, if any (additive: written only when waived).
    /// The status stays as the rule decided it; the verdict leaves the finding out while the
    /// waiver is `active`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waiver: Option<FindingWaiver>,
}

impl ReportFinding {
    /// Whether a waiver that holds accepts this finding, so the verdict leaves it out.
    pub fn is_waived(&self) -> bool {
        self.waiver.as_ref().is_some_and(FindingWaiver::is_active)
    }
}

impl ReportFinding {
    /// `13`, `13(1)` or `13(1)(2)`: the article with paragraph and item where known.
    pub fn citation(&self) -> String {
        let mut s = self.article.clone();
        if let Some(p) = self.paragraph {
            s.push_str(&format!("({p})"));
            if let Some(i) = self.item {
                s.push_str(&format!("({i})"));
            }
        }
        s
    }
}

/// How many findings have each status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[allow(missing_docs)]
pub struct Summary {
    pub violation: usize,
    pub needs_review: usize,
    pub advisory: usize,
    pub satisfied: usize,
    pub not_applicable: usize,
    pub error: usize,
}

impl Summary {
    /// The count for `status`.
    pub fn count(&self, status: Status) -> usize {
        match status {
            Status::Violation => self.violation,
            Status::NeedsReview => self.needs_review,
            Status::Advisory => self.advisory,
            Status::Satisfied => self.satisfied,
            Status::NotApplicable => self.not_applicable,
            Status::Error => self.error,
        }
    }

    pub(crate) fn add(&mut self, status: Status) {
        let slot = match status {
            Status::Violation => &mut self.violation,
            Status::NeedsReview => &mut self.needs_review,
            Status::Advisory => &mut self.advisory,
            Status::Satisfied => &mut self.satisfied,
            Status::NotApplicable => &mut self.not_applicable,
            Status::Error => &mut self.error,
        };
        *slot += 1;
    }
}

/// The verdict of one article: the worst status among its findings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleVerdict<'a> {
    /// The instrument.
    pub instrument: &'a str,
    /// The article.
    pub article: &'a str,
    /// The worst status among the findings.
    pub status: Status,
    /// The article's findings, in report order.
    pub findings: &'a [ReportFinding],
}

impl Report {
    /// The verdict of every article, in report order.
    pub fn articles(&self) -> Vec<ArticleVerdict<'_>> {
        self.findings
            .chunk_by(|a, b| a.instrument == b.instrument && a.article == b.article)
            .map(|group| ArticleVerdict {
                instrument: &group[0].instrument,
                article: &group[0].article,
                status: group
                    .iter()
                    .map(|f| f.status)
                    .fold(Status::NotApplicable, Status::worse),
                findings: group,
            })
            .collect()
    }

    /// The report as `frt/report/v1` JSON, pretty-printed, with a final newline.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("a report is JSON");
        s.push('\n');
        s
    }
}
