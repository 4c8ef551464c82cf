//! Rendering a report for people and machines: text, JSON, SARIF, JUnit XML and Markdown, all
//! from the same [`Report`] value.

mod cite;
mod junit;
mod markdown;
mod sarif;
mod text;
mod waived;

pub use junit::junit;
pub use markdown::markdown;
pub use sarif::{SARIF_SCHEMA_URI, SarifInput, SarifOptions, sarif};
pub use text::{TextOptions, text};
pub(crate) use text::{status_label, verdict_label};

use crate::Report;

/// The report as `frt/report/v1` JSON (pretty-printed, final newline).
pub fn json(report: &Report) -> String {
    report.to_json()
}
