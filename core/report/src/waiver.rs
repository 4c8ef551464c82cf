//! Waivers: findings a person has accepted, with a justification, an approver and an expiry
//! date (`frt/waivers/v1`).
//!
//! A waived finding keeps its status and gains a [`FindingWaiver`]; the verdict leaves it out
//! while the waiver holds. A waiver holds up to and including its `expires` day, judged
//! against the report's `as_of` (never a clock): `expires: 2026-06-30` holds on 2026-06-30 and
//! has expired on 2026-07-01, when the finding counts again and the report says the waiver
//! expired. Only `violation` and `needs_review` findings can be waived: a rule that failed
//! (`error`) was not checked, so there is nothing to accept.

use frt_model::Date;
use frt_model::Status;
use frt_model::parse::{Format, InputLimits, ParseError, SourceMap, parse_document};
use serde::{Deserialize, Serialize};

use crate::Report;
use crate::assemble::verdict_of;

/// The schema identifier of waiver files of this version.
pub const WAIVERS_SCHEMA: &str = "frt/waivers/v1";

/// One accepted finding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Waiver {
    /// The obligation id, exactly as in the report (`cn-frt-13-signage`).
    pub obligation: String,
    /// The declaration id, or a pattern where `*` stands for any run of characters
    /// (`metro-*`).
    pub declaration: String,
    /// Why the finding is accepted.
    pub justification: String,
    /// Who accepted it.
    pub approver: String,
    /// The last day the waiver holds.
    pub expires: Date,
}

impl Waiver {
    /// Whether the waiver names `declaration_id`.
    pub fn covers_declaration(&self, declaration_id: &str) -> bool {
        glob_match(&self.declaration, declaration_id)
    }

    /// Whether the waiver still holds on `as_of`: up to and including its `expires` day.
    pub fn holds_on(&self, as_of: Date) -> bool {
        as_of <= self.expires
    }
}

/// A waiver file: `schema: frt/waivers/v1` and a list of `waivers`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(title = "frt/waivers/v1"))]
pub struct Waivers {
    /// Always `frt/waivers/v1`.
    pub schema: String,
    /// The accepted findings.
    pub waivers: Vec<Waiver>,
}

impl Waivers {
    /// Reads a waiver file from YAML or JSON. Errors name the field path, line and column,
    /// as for declarations.
    pub fn parse(source: &str, format: Format) -> Result<Waivers, ParseError> {
        let (file, map) = parse_document::<Waivers>(source, format, InputLimits::default())?;
        file.validate(&map)?;
        Ok(file)
    }

    fn validate(&self, map: &SourceMap) -> Result<(), ParseError> {
        let fail = |path: String, message: String| {
            Err(ParseError::invalid_value(message, &path, map.locate(&path)))
        };
        if self.schema != WAIVERS_SCHEMA {
            let message = format!(
                "unsupported schema `{}`, expected `{WAIVERS_SCHEMA}`",
                self.schema
            );
            return fail("/schema".into(), message);
        }
        for (i, w) in self.waivers.iter().enumerate() {
            let fields = [
                ("obligation", &w.obligation),
                ("declaration", &w.declaration),
                ("justification", &w.justification),
                ("approver", &w.approver),
            ];
            for (name, value) in fields {
                if value.trim().is_empty() {
                    return fail(
                        format!("/waivers/{i}/{name}"),
                        format!("the {name} must not be empty"),
                    );
                }
            }
            if w.obligation.contains('*') {
                let message = format!(
                    "`{}` is a pattern; a waiver names one obligation exactly",
                    w.obligation
                );
                return fail(format!("/waivers/{i}/obligation"), message);
            }
            if let Some(first) = self.waivers[..i]
                .iter()
                .position(|o| o.obligation == w.obligation && o.declaration == w.declaration)
            {
                let message = format!(
                    "`{}` for `{}` is already waived by waiver {first}",
                    w.obligation, w.declaration
                );
                return fail(format!("/waivers/{i}"), message);
            }
        }
        Ok(())
    }
}

/// Whether a waiver attached to a finding holds on the report's `as_of`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum WaiverState {
    /// The waiver holds: the verdict leaves the finding out.
    Active,
    /// The waiver's `expires` day is before `as_of`: the finding counts again.
    Expired,
}

/// The waiver a finding carries (additive to `frt/report/v1`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FindingWaiver {
    /// Whether the waiver holds on `as_of`.
    pub state: WaiverState,
    /// The declaration id or pattern the waiver was written for.
    pub declaration: String,
    /// Why the finding is accepted.
    pub justification: String,
    /// Who accepted it.
    pub approver: String,
    /// The last day the waiver holds.
    pub expires: Date,
}

impl FindingWaiver {
    /// Whether the waiver holds, so the verdict leaves the finding out.
    pub fn is_active(&self) -> bool {
        self.state == WaiverState::Active
    }
}

/// What became of the waivers that name a report's declaration (additive to
/// `frt/report/v1`; absent when no waiver names it).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct WaiverReview {
    /// Waivers that hold and matched a finding.
    pub active: Vec<Waiver>,
    /// Waivers that matched a finding but expired before `as_of`: those findings count.
    pub expired: Vec<Waiver>,
    /// Waivers that name the declaration but matched no `violation` or `needs_review`
    /// finding: the finding they accepted is gone or was never there.
    pub unused: Vec<Waiver>,
}

/// Attaches `waivers` to the findings of `report` and recomputes its verdict, leaving out
/// findings whose waiver holds on the report's `as_of`. Statuses and the summary do not
/// change. Applying again replaces what an earlier application attached.
pub fn apply_waivers(report: &mut Report, waivers: &[Waiver]) {
    let as_of = report.as_of;
    let relevant: Vec<&Waiver> = waivers
        .iter()
        .filter(|w| w.covers_declaration(&report.declaration))
        .collect();
    let mut used = vec![false; relevant.len()];
    for finding in &mut report.findings {
        finding.waiver = None;
        if !matches!(finding.status, Status::Violation | Status::NeedsReview) {
            continue;
        }
        if let Some(i) = relevant
            .iter()
            .position(|w| w.obligation == finding.obligation)
        {
            used[i] = true;
            finding.waiver = Some(attach(relevant[i], as_of));
        }
    }
    report.waivers = (!relevant.is_empty()).then(|| review(&relevant, &used, as_of));
    report.verdict = verdict_of(
        report
            .findings
            .iter()
            .filter(|f| !f.waiver.as_ref().is_some_and(FindingWaiver::is_active))
            .map(|f| f.status),
        report.failure_policy,
    );
}

fn attach(w: &Waiver, as_of: Date) -> FindingWaiver {
    FindingWaiver {
        state: if w.holds_on(as_of) {
            WaiverState::Active
        } else {
            WaiverState::Expired
        },
        declaration: w.declaration.clone(),
        justification: w.justification.clone(),
        approver: w.approver.clone(),
        expires: w.expires,
    }
}

fn review(relevant: &[&Waiver], used: &[bool], as_of: Date) -> WaiverReview {
    let mut review = WaiverReview::default();
    for (w, used) in relevant.iter().zip(used) {
        let list = match (used, w.holds_on(as_of)) {
            (false, _) => &mut review.unused,
            (true, true) => &mut review.active,
            (true, false) => &mut review.expired,
        };
        list.push((*w).clone());
    }
    review
}

/// `*` matches any run of characters (none included); everything else matches itself.
fn glob_match(pattern: &str, text: &str) -> bool {
    let Some((first, rest)) = pattern.split_once('*') else {
        return pattern == text;
    };
    let Some(mut remaining) = text.strip_prefix(first) else {
        return false;
    };
    let mut parts: Vec<&str> = rest.split('*').collect();
    let last = parts.pop().unwrap_or("");
    for part in parts {
        match remaining.find(part) {
            Some(i) => remaining = &remaining[i + part.len()..],
            None => return false,
        }
    }
    remaining.len() >= last.len() && remaining.ends_with(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_match_runs_of_characters() {
        assert!(glob_match("gate-7", "gate-7"));
        assert!(!glob_match("gate-7", "gate-70"));
        assert!(glob_match("gate-*", "gate-70"));
        assert!(glob_match("*", "anything"));
        assert!(glob_match("metro-*-gates", "metro-line-2-gates"));
        assert!(!glob_match("metro-*-gates", "metro-gates"));
        assert!(glob_match("a*b*c", "abc"));
        assert!(!glob_match("a*b*c", "acb"));
    }

    #[test]
    fn a_waiver_holds_through_its_expiry_day() {
        let w = Waiver {
            obligation: "o".into(),
            declaration: "d".into(),
            justification: "j".into(),
            approver: "a".into(),
            expires: "2026-06-30".parse().unwrap(),
        };
        assert!(w.holds_on("2026-06-29".parse().unwrap()));
        assert!(w.holds_on("2026-06-30".parse().unwrap()));
        assert!(!w.holds_on("2026-07-01".parse().unwrap()));
    }

    #[test]
    fn bad_files_name_the_field() {
        let source = "schema: frt/waivers/v1\nwaivers:\n  - obligation: cn-frt-13-signage\n    declaration: gate-7\n    justification: ''\n    approver: Li Wei\n    expires: 2026-06-30\n";
        let err = Waivers::parse(source, Format::Yaml).unwrap_err();
        assert_eq!(err.path(), Some("/waivers/0/justification"));
        assert_eq!(err.position().unwrap().line, 5);
        let typo = source.replace("approver:", "aprover:");
        let err = Waivers::parse(&typo, Format::Yaml).unwrap_err();
        assert_eq!(err.path(), Some("/waivers/0/aprover"));
        assert_eq!(err.help().as_deref(), Some("did you mean `approver`?"));
        let date = source.replace("2026-06-30", "2026-06-31");
        let err = Waivers::parse(&date, Format::Yaml).unwrap_err();
        assert_eq!(err.path(), Some("/waivers/0/expires"));
    }
}
