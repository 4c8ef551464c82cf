//! What changed between two reports of a deployment: new violations, resolved ones and
//! changed statuses, for reassessment after a change of purpose or method.
//!
//! Findings are matched by instrument and obligation (and, for an obligation a rule reports
//! more than once, by its place among them). A finding *weighs* on the verdict by its status,
//! unless a waiver that holds accepts it; the diff got [worse](ReportDiff::got_worse) when the
//! verdict did or any finding weighs more than before.

use std::collections::BTreeMap;
use std::fmt::Write;

use frt_model::{Date, Lang, Localized, Status};
use serde::{Deserialize, Serialize};

use crate::render::{status_label, verdict_label};
use crate::{Report, ReportFinding, Verdict};

/// The differences between an old and a new report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportDiff {
    /// The declarations compared (the same id, unless the deployment was renamed).
    pub declaration: Change<String>,
    /// The days the reports speak for.
    pub as_of: Change<Date>,
    /// The verdicts.
    pub verdict: Change<Verdict>,
    /// Whether anything got worse: the verdict, or the weight of some finding.
    pub worse: bool,
    /// Every finding whose status or waiver changed, in the new report's order, then the
    /// findings that are gone.
    pub changes: Vec<FindingChange>,
}

/// A value in the old and in the new report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change<T> {
    /// In the old report.
    pub old: T,
    /// In the new report.
    pub new: T,
}

/// How one finding changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FindingChange {
    /// What kind of change it is.
    pub kind: ChangeKind,
    /// The obligation.
    pub obligation: String,
    /// The instrument.
    pub instrument: String,
    /// The citation, such as `13(1)`.
    pub citation: String,
    /// The status before, or `None` for a finding the old report did not have.
    pub old: Option<Status>,
    /// The status now, or `None` for a finding that is gone.
    pub new: Option<Status>,
    /// Whether a waiver that holds accepted it before.
    pub old_waived: bool,
    /// Whether a waiver that holds accepts it now.
    pub new_waived: bool,
    /// The finding's message in the newer report that has it.
    pub message: Localized,
}

/// What kind of change a [`FindingChange`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// Now `violation` or `error`, and not before.
    NewViolation,
    /// Was `violation` or `error`, and is no longer (or is gone).
    Resolved,
    /// Weighs more than before: a worse status, or a waiver that no longer holds.
    Worse,
    /// Weighs less than before: a better status, or a waiver that now holds.
    Better,
    /// Status or waiver changed without changing its weight (`satisfied` to
    /// `not_applicable`, say), or a finding came or went that weighs nothing.
    Changed,
}

impl ReportDiff {
    /// Whether something got worse: `frt diff` exits 1 then.
    pub fn got_worse(&self) -> bool {
        self.worse
    }
}

type Key = (String, String, usize);

/// The findings of `report` in report order, each with its key: instrument, obligation and
/// its place among the findings of the same obligation.
fn keyed(report: &Report) -> Vec<(Key, &ReportFinding)> {
    let mut seen: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    report
        .findings
        .iter()
        .map(|f| {
            let n = seen.entry((&f.instrument, &f.obligation)).or_default();
            *n += 1;
            ((f.instrument.clone(), f.obligation.clone(), *n - 1), f)
        })
        .collect()
}

/// How much a finding weighs on the verdict, from 0 (nothing) to 3 (`violation`, `error`).
fn weight(f: Option<&ReportFinding>) -> u8 {
    match f {
        Some(f) if f.is_waived() => 0,
        Some(f) => match f.status {
            Status::Error | Status::Violation => 3,
            Status::NeedsReview => 2,
            Status::Advisory => 1,
            Status::Satisfied | Status::NotApplicable => 0,
        },
        None => 0,
    }
}

fn breached(f: Option<&ReportFinding>) -> bool {
    f.is_some_and(|f| matches!(f.status, Status::Violation | Status::Error))
}

/// Compares `old` with `new`.
pub fn diff(old: &Report, new: &Report) -> ReportDiff {
    let old_keyed = keyed(old);
    let new_keyed = keyed(new);
    let old_map: BTreeMap<&Key, &ReportFinding> = old_keyed.iter().map(|(k, f)| (k, *f)).collect();
    let new_map: BTreeMap<&Key, &ReportFinding> = new_keyed.iter().map(|(k, f)| (k, *f)).collect();
    // The new report's findings in its order, then those only the old report has.
    let pairs = new_keyed
        .iter()
        .map(|(k, f)| (old_map.get(k).copied(), Some(*f)))
        .chain(
            old_keyed
                .iter()
                .filter(|(k, _)| !new_map.contains_key(k))
                .map(|(_, f)| (Some(*f), None)),
        );
    let mut changes = Vec::new();
    let mut worse = new.verdict > old.verdict;
    for (before, after) in pairs {
        if let Some(change) = change(before, after) {
            worse |= weight(after) > weight(before);
            changes.push(change);
        }
    }
    ReportDiff {
        declaration: Change {
            old: old.declaration.clone(),
            new: new.declaration.clone(),
        },
        as_of: Change {
            old: old.as_of,
            new: new.as_of,
        },
        verdict: Change {
            old: old.verdict,
            new: new.verdict,
        },
        worse,
        changes,
    }
}

fn change(before: Option<&ReportFinding>, after: Option<&ReportFinding>) -> Option<FindingChange> {
    let status = |f: Option<&ReportFinding>| f.map(|f| f.status);
    let waived = |f: Option<&ReportFinding>| f.is_some_and(ReportFinding::is_waived);
    if status(before) == status(after) && waived(before) == waived(after) {
        return None;
    }
    let kind = match (breached(before), breached(after)) {
        (false, true) => ChangeKind::NewViolation,
        (true, false) => ChangeKind::Resolved,
        _ => match weight(after).cmp(&weight(before)) {
            std::cmp::Ordering::Greater => ChangeKind::Worse,
            std::cmp::Ordering::Less => ChangeKind::Better,
            std::cmp::Ordering::Equal => ChangeKind::Changed,
        },
    };
    let f = after.or(before).expect("one side has the finding");
    Some(FindingChange {
        kind,
        obligation: f.obligation.clone(),
        instrument: f.instrument.clone(),
        citation: f.citation(),
        old: status(before),
        new: status(after),
        old_waived: waived(before),
        new_waived: waived(after),
        message: f.message.clone(),
    })
}

fn kind_label(kind: ChangeKind, lang: Lang) -> &'static str {
    match (lang, kind) {
        (Lang::En, ChangeKind::NewViolation) => "new violation",
        (Lang::En, ChangeKind::Resolved) => "resolved",
        (Lang::En, ChangeKind::Worse) => "worse",
        (Lang::En, ChangeKind::Better) => "better",
        (Lang::En, ChangeKind::Changed) => "changed",
        (Lang::Zh, ChangeKind::NewViolation) => "新增违规",
        (Lang::Zh, ChangeKind::Resolved) => "已解决",
        (Lang::Zh, ChangeKind::Worse) => "变差",
        (Lang::Zh, ChangeKind::Better) => "改善",
        (Lang::Zh, ChangeKind::Changed) => "变化",
    }
}

fn side(status: Option<Status>, waived: bool, lang: Lang) -> String {
    let label = match status {
        Some(s) => status_label(s, lang),
        None => match lang {
            Lang::En => "absent",
            Lang::Zh => "无",
        },
    };
    match (waived, lang) {
        (false, _) => label.to_owned(),
        (true, Lang::En) => format!("{label} (waived)"),
        (true, Lang::Zh) => format!("{label}（已豁免）"),
    }
}

impl ReportDiff {
    /// The diff as text in `lang`: the verdicts, then one line per changed finding.
    pub fn to_text(&self, lang: Lang) -> String {
        let mut out = String::new();
        let (title, verdict, none, worse, not_worse) = match lang {
            Lang::En => (
                "Changes",
                "Verdict",
                "No finding changed.",
                "Something got worse.",
                "Nothing got worse.",
            ),
            Lang::Zh => (
                "变化",
                "结论",
                "检查项无变化。",
                "存在变差的检查项。",
                "没有变差的检查项。",
            ),
        };
        let d = &self.declaration;
        let a = &self.as_of;
        let name = if d.old == d.new {
            d.new.clone()
        } else {
            format!("{} → {}", d.old, d.new)
        };
        let _ = writeln!(out, "{title}: {name} ({} → {})", a.old, a.new);
        let v = &self.verdict;
        let _ = writeln!(
            out,
            "{verdict}: {} → {}",
            verdict_label(v.old, lang),
            verdict_label(v.new, lang)
        );
        if self.changes.is_empty() {
            let _ = writeln!(out, "\n{none}");
        } else {
            let _ = writeln!(out);
        }
        for c in &self.changes {
            let _ = writeln!(
                out,
                "  {:<14} {:<8} {}  {} → {}\n  {:<14} {:<8} {}",
                kind_label(c.kind, lang),
                c.citation,
                c.obligation,
                side(c.old, c.old_waived, lang),
                side(c.new, c.new_waived, lang),
                "",
                "",
                c.message.get(lang)
            );
        }
        let _ = writeln!(out, "\n{}", if self.worse { worse } else { not_worse });
        out
    }

    /// The diff as Markdown in `lang`: a table of the changed findings.
    pub fn to_markdown(&self, lang: Lang) -> String {
        let (title, change, obligation, before, after, finding, worse, not_worse) = match lang {
            Lang::En => (
                "Changes between reports: ",
                "Change",
                "Obligation",
                "Before",
                "After",
                "Finding",
                "**Something got worse.**",
                "Nothing got worse.",
            ),
            Lang::Zh => (
                "报告变化：",
                "变化",
                "义务",
                "之前",
                "之后",
                "说明",
                "**存在变差的检查项。**",
                "没有变差的检查项。",
            ),
        };
        let (as_of, verdict) = match lang {
            Lang::En => ("As of", "Verdict"),
            Lang::Zh => ("评估日期", "结论"),
        };
        let mut out = format!("# {title}`{}`\n\n", self.declaration.new);
        let v = &self.verdict;
        let _ = writeln!(
            out,
            "| | {before} | {after} |\n|---|---|---|\n| {as_of} | {} | {} |\n| {verdict} | {} | {} |\n",
            self.as_of.old,
            self.as_of.new,
            verdict_label(v.old, lang),
            verdict_label(v.new, lang)
        );
        let _ = writeln!(
            out,
            "| {change} | {obligation} | {before} | {after} | {finding} |\n|---|---|---|---|---|"
        );
        for c in &self.changes {
            let _ = writeln!(
                out,
                "| {} | `{}` ({}) | {} | {} | {} |",
                kind_label(c.kind, lang),
                c.obligation,
                c.citation,
                side(c.old, c.old_waived, lang),
                side(c.new, c.new_waived, lang),
                c.message.get(lang).replace('|', "\\|").replace('\n', " ")
            );
        }
        let _ = writeln!(out, "\n{}", if self.worse { worse } else { not_worse });
        out
    }

    /// The diff as pretty JSON with a final newline.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("a diff is JSON");
        s.push('\n');
        s
    }
}

#[cfg(test)]
mod tests {
    use frt_model::{Finding, Severity};

    use super::*;
    use crate::{RuleOutcome, RuleRef, Waiver, apply_waivers, assemble};

    fn report(statuses: &[(&str, Status)]) -> Report {
        let findings = statuses
            .iter()
            .map(|(o, s)| Finding {
                obligation: (*o).into(),
                article: "13".into(),
                paragraph: None,
                item: None,
                status: *s,
                severity: Severity::High,
                message: Localized::new(format!("{o} is {s}"), "说明"),
                evidence: vec![],
                remediation: None,
            })
            .collect();
        let rule = RuleRef {
            id: "r".into(),
            version: "0.1.0".into(),
            digest: "sha256:00".into(),
        };
        let outcome = RuleOutcome::new(rule, "X", "13", Ok(findings));
        assemble("d", "2026-05-01".parse().unwrap(), vec![outcome])
    }

    #[test]
    fn classifies_new_resolved_and_changed() {
        let old = report(&[
            ("a", Status::Violation),
            ("b", Status::Satisfied),
            ("c", Status::NeedsReview),
            ("gone", Status::Violation),
        ]);
        let new = report(&[
            ("a", Status::Satisfied),
            ("b", Status::Violation),
            ("c", Status::NeedsReview),
            ("fresh", Status::NotApplicable),
        ]);
        let d = diff(&old, &new);
        let kinds: Vec<_> = d
            .changes
            .iter()
            .map(|c| (c.obligation.as_str(), c.kind))
            .collect();
        assert_eq!(
            kinds,
            [
                ("a", ChangeKind::Resolved),
                ("b", ChangeKind::NewViolation),
                ("fresh", ChangeKind::Changed),
                ("gone", ChangeKind::Resolved),
            ]
        );
        assert!(d.got_worse());
        assert!(!diff(&new, &new).got_worse());
        assert!(diff(&new, &new).changes.is_empty());
    }

    #[test]
    fn an_expired_waiver_makes_it_worse() {
        let mut old = report(&[("a", Status::Violation)]);
        let waiver = Waiver {
            obligation: "a".into(),
            declaration: "d".into(),
            justification: "j".into(),
            approver: "p".into(),
            expires: "2026-05-01".parse().unwrap(),
        };
        apply_waivers(&mut old, std::slice::from_ref(&waiver));
        assert_eq!(old.verdict, Verdict::Compliant);
        let mut new = old.clone();
        new.as_of = "2026-05-02".parse().unwrap();
        apply_waivers(&mut new, &[waiver]);
        let d = diff(&old, &new);
        assert_eq!(d.changes.len(), 1);
        assert_eq!(d.changes[0].kind, ChangeKind::Worse);
        assert!(d.got_worse() && d.changes[0].old_waived && !d.changes[0].new_waived);
    }
}
