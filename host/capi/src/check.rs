//! Checking a declaration.

use std::ffi::c_char;

use frt_report::render;
use frt_runtime::{Date, FailurePolicy, Format, PackChoice, ParseError, Report, Verdict};

use crate::boundary::{guard, optional_str};
use crate::buffer::FrtBuffer;
use crate::engine::FrtEngine;
use crate::error::{Error, FrtStatus};

/// The overall verdict, as in the report's `verdict` field.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrtVerdict {
    /// No verdict: the check did not run. Zero, so a zeroed or unfilled outcome never reads as
    /// compliant.
    Unknown = 0,
    /// No finding is a violation, an error or needs review.
    Compliant = 1,
    /// Some finding needs a person to decide; none is a violation.
    NeedsReview = 2,
    /// Some finding is a violation (or, failing closed, an error).
    NonCompliant = 3,
}

impl From<Verdict> for FrtVerdict {
    fn from(verdict: Verdict) -> FrtVerdict {
        match verdict {
            Verdict::Compliant => FrtVerdict::Compliant,
            Verdict::NeedsReview => FrtVerdict::NeedsReview,
            Verdict::NonCompliant => FrtVerdict::NonCompliant,
        }
    }
}

/// The decision of a check, without parsing the report: the verdict and the counts of the
/// findings that weigh on it.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct FrtOutcome {
    /// The verdict; `FRT_VERDICT_UNKNOWN` when the check failed before deciding.
    pub verdict: FrtVerdict,
    /// Findings with status `violation`.
    pub violations: u32,
    /// Findings with status `needs_review`.
    pub needs_review: u32,
    /// Findings with status `error`: rules that failed.
    pub errors: u32,
}

impl FrtOutcome {
    const UNKNOWN: FrtOutcome = FrtOutcome {
        verdict: FrtVerdict::Unknown,
        violations: 0,
        needs_review: 0,
        errors: 0,
    };

    fn of(report: &Report) -> FrtOutcome {
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        FrtOutcome {
            verdict: report.verdict.into(),
            violations: count(report.summary.violation),
            needs_review: count(report.summary.needs_review),
            errors: count(report.summary.error),
        }
    }
}

/// Checks the declaration in `json[0..json_len]` (UTF-8 `frt/declaration/v1` JSON) with
/// `engine`'s rules, failing closed.
///
/// - `as_of`: `NULL`, or the day the assessment speaks for as `YYYY-MM-DD` (overrides the
///   declaration's `as_of`; without either, today in UTC).
/// - `out_outcome`: required; receives the verdict and counts. On failure its verdict is
///   `FRT_VERDICT_UNKNOWN`.
/// - `out_report`: `NULL`, or receives the `frt/report/v1` JSON, byte for byte what
///   `frt check --format json` prints. Free it with `frt_buffer_free`. Left empty on failure.
///
/// Returns `FRT_STATUS_OK`, or `FRT_STATUS_RULE_FAILED` with the outcome and report filled in
/// (a rule failed; the verdict is non-compliant), or another status with nothing filled in.
///
/// # Safety
///
/// `engine` is `NULL` or a live engine; `json` is `NULL` or points to `json_len` readable
/// bytes; `as_of` is `NULL` or a NUL-terminated string; `out_outcome` and `out_report` are
/// `NULL` or point to writable structures.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn frt_check(
    engine: *const FrtEngine,
    json: *const u8,
    json_len: usize,
    as_of: *const c_char,
    out_outcome: *mut FrtOutcome,
    out_report: *mut FrtBuffer,
) -> FrtStatus {
    // SAFETY: the caller promises NULL or a writable outcome.
    let outcome_slot = unsafe { out_outcome.as_mut() };
    let has_outcome = outcome_slot.is_some();
    if let Some(slot) = outcome_slot {
        *slot = FrtOutcome::UNKNOWN;
    }
    guard(Error::status, || {
        if !has_outcome {
            return Err(Error::Null("out_outcome"));
        }
        // SAFETY: the caller promises NULL or a live engine, not freed during the call.
        let engine = unsafe { engine.as_ref() }.ok_or(Error::Null("engine"))?;
        if json.is_null() {
            return Err(Error::Null("json"));
        }
        // SAFETY: not NULL, and the caller promises `json_len` readable bytes.
        let bytes = unsafe { std::slice::from_raw_parts(json, json_len) };
        // SAFETY: the caller promises NULL or a NUL-terminated string.
        let as_of = unsafe { optional_str(as_of, "as_of") }?
            .map(parse_date)
            .transpose()?;
        let report = check(engine, bytes, as_of)?;
        // SAFETY: checked above that it is not NULL; the caller promises it is writable.
        unsafe { *out_outcome = FrtOutcome::of(&report) };
        // SAFETY: the caller promises NULL or a writable frt_buffer.
        if let Some(slot) = unsafe { out_report.as_mut() } {
            *slot = FrtBuffer::from_string(render::json(&report));
        }
        match failed_rules(&report) {
            Some(message) => Err(Error::RuleFailed(message)),
            None => Ok(FrtStatus::Ok),
        }
    })
}

fn parse_date(text: &str) -> Result<Date, Error> {
    text.parse()
        .map_err(|e: frt_model::InvalidDate| Error::Argument {
            name: "as_of",
            message: e.to_string(),
        })
}

fn check(engine: &FrtEngine, bytes: &[u8], as_of: Option<Date>) -> Result<Report, Error> {
    let source = std::str::from_utf8(bytes)
        .map_err(|e| Error::Declaration(format!("the declaration is not UTF-8: {e}")))?;
    let parsed = engine
        .runtime
        .parse(source, Format::Json)
        .map_err(|e| Error::Declaration(describe(&e)))?;
    let declaration = &parsed.declaration;
    engine
        .rules
        .check(
            declaration,
            as_of,
            FailurePolicy::FailClosed,
            &PackChoice::ByJurisdiction,
        )
        .map_err(|e| Error::Argument {
            name: "engine",
            message: e.to_string(),
        })
}

/// The parse error with its place and help, on one line.
fn describe(error: &ParseError) -> String {
    let mut text = error.to_string();
    if let Some(at) = error.position() {
        text.push_str(&format!(" (line {}, column {})", at.line, at.column));
    }
    if let Some(help) = error.help() {
        text.push_str(&format!("; help: {help}"));
    }
    text
}

/// What failed, when a rule did.
fn failed_rules(report: &Report) -> Option<String> {
    let failed: Vec<String> = report
        .findings
        .iter()
        .filter(|f| f.status == frt_model::Status::Error)
        .map(|f| format!("`{}`", f.rule))
        .collect();
    (!failed.is_empty()).then(|| {
        format!(
            "{} rule(s) failed, so the verdict is non-compliant (fail-closed): {}; the report says why",
            failed.len(),
            failed.join(", ")
        )
    })
}
