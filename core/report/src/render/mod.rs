//! Rendering a report for people and machines.

mod text;

pub use text::{TextOptions, text};

use crate::Report;

/// The report as `frt/report/v1` JSON (pretty-printed, final newline).
pub fn json(report: &Report) -> String {
    report.to_json()
}
