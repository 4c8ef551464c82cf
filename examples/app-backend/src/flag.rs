//! The face-login feature flag and the rule that decides it from a report.

use std::path::Path;

use frt_runtime::{Format, RulePack, Verdict};

/// Whether face login is on, and why.
#[derive(Debug, Clone)]
pub struct FaceLogin {
    /// The flag.
    pub enabled: bool,
    /// The declaration's verdict, or `None` when it could not be checked.
    pub verdict: Option<Verdict>,
    /// Why the flag is on or off, for the operator.
    pub reason: String,
}

impl FaceLogin {
    /// The flag as JSON, for `GET /flags`.
    pub fn to_json(&self) -> String {
        let mut body = serde_json::json!({
            "face_login": self.enabled,
            "verdict": self.verdict.map(Verdict::as_str),
            "reason": self.reason,
        })
        .to_string();
        body.push('\n');
        body
    }
}

/// Checks the declaration at `path` and decides the flag.
///
/// Only `compliant` turns face login on. `needs_review` keeps it off until a reviewer has
/// settled the open findings and the declaration says so: a feature that collects face
/// information is not launched on an undecided legal question. A declaration that cannot be
/// read or parsed keeps it off too, with the error as the reason.
pub fn decide(pack: &RulePack, path: &Path) -> FaceLogin {
    let source = match std::fs::read_to_string(path) {
        Ok(source) => source,
        Err(e) => return unchecked(format!("cannot read `{}`: {e}", path.display())),
    };
    let parsed = match pack.runtime().parse(&source, Format::from_path(path)) {
        Ok(parsed) => parsed,
        Err(e) => return unchecked(parse_error(path, &e)),
    };
    let report = pack.check(&parsed.declaration, None);
    let s = &report.summary;
    let (enabled, reason) = match report.verdict {
        Verdict::Compliant => (true, "the declaration is compliant".to_owned()),
        Verdict::NeedsReview => (
            false,
            format!(
                "{} finding(s) need a reviewer's decision; face login stays off until they are settled",
                s.needs_review
            ),
        ),
        Verdict::NonCompliant => (
            false,
            format!(
                "the declaration is non-compliant: {} violation(s), {} rule error(s)",
                s.violation, s.error
            ),
        ),
    };
    FaceLogin {
        enabled,
        verdict: Some(report.verdict),
        reason,
    }
}

fn unchecked(reason: String) -> FaceLogin {
    FaceLogin {
        enabled: false,
        verdict: None,
        reason,
    }
}

fn parse_error(path: &Path, error: &frt_runtime::ParseError) -> String {
    match error.position() {
        Some(at) => format!("`{}:{at}`: {error}", path.display()),
        None => format!("`{}`: {error}", path.display()),
    }
}
