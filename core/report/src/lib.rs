//! The frt report core: from rule outcomes to a deterministic report, and from a report to
//! text or JSON.
//!
//! Every host (the CLI, the library, the HTTP service, the browser) calls [`assemble`] with
//! what its rules returned and renders with [`render`], so the same declaration and rules give
//! byte-identical JSON everywhere. Nothing here runs WebAssembly or reads a clock.
//!
//! # Concepts
//!
//! - A [`RuleOutcome`] is what one rule produced for a declaration: its findings, or the reason
//!   it failed.
//! - A [`Report`] (`frt/report/v1`) holds every finding in a fixed order (instrument, article,
//!   obligation), a [`Summary`] of statuses and an overall [`Verdict`].
//! - [`select::select_packs`] chooses the rule packs whose instruments reach a declaration's
//!   jurisdiction; the report lists them ([`PackSelection`]).
//! - An article's verdict ([`ArticleVerdict`]) is the worst status among its findings.
//!
//! # Example
//!
//! ```
//! use frt_model::{Date, Finding, Localized, Severity, Status};
//! use frt_report::{assemble, RuleOutcome, RuleRef, Verdict};
//!
//! let rule = RuleRef { id: "cn-frt-art13".into(), version: "0.1.0".into(), digest: "sha256:00".into() };
//! let finding = Finding {
//!     obligation: "cn-frt-13-signage".into(),
//!     article: "13".into(),
//!     paragraph: Some(1),
//!     item: None,
//!     status: Status::Violation,
//!     severity: Severity::High,
//!     message: Localized::new("No sign warns people.", "未设置显著提示标识。"),
//!     evidence: vec!["/siting/signage".into()],
//!     remediation: Some(Localized::new("Put up a sign.", "设置显著提示标识。")),
//! };
//! let outcome = RuleOutcome::new(rule, "CN-FRT-2025", "13", Ok(vec![finding]));
//! let report = assemble("gate-7", "2026-05-01".parse::<Date>().unwrap(), vec![outcome]);
//! assert_eq!(report.verdict, Verdict::NonCompliant);
//! assert_eq!(report.summary.violation, 1);
//! ```

#![deny(missing_docs)]

mod assemble;
pub mod contract;
pub mod diff;
pub mod render;
mod report;
pub mod select;
mod waiver;

pub use assemble::{RuleFailure, RuleOutcome, assemble, assemble_with_policy, compare_articles};
pub use report::{
    ArticleVerdict, FailurePolicy, PackSelection, REPORT_SCHEMA, Report, ReportFinding, RuleRef,
    Summary, Verdict,
};
pub use waiver::{
    FindingWaiver, WAIVERS_SCHEMA, Waiver, WaiverReview, WaiverState, Waivers, apply_waivers,
};

/// The JSON Schema of [`Report`].
#[cfg(feature = "schema")]
pub fn report_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Report)).expect("a schema is JSON")
}
