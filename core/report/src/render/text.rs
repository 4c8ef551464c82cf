//! The text report: findings grouped by article, in a readable, optionally coloured table.

use std::fmt::Write;

use frt_model::{Lang, Status};
use unicode_width::UnicodeWidthStr;

use super::waived::{review_line, unused_note, waiver_note};
use crate::{PackSelection, Report, ReportFinding, Verdict};

/// How to render a text report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TextOptions {
    /// The language of messages and labels.
    pub lang: Lang,
    /// Whether to colour the output with ANSI escapes.
    pub color: bool,
}

const RESET: &str = "\x1b[0m";
const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";

fn status_color(status: Status) -> &'static str {
    match status {
        Status::Error => "\x1b[1;35m",
        Status::Violation => "\x1b[1;31m",
        Status::NeedsReview => "\x1b[1;33m",
        Status::Advisory => "\x1b[36m",
        Status::Satisfied => "\x1b[32m",
        Status::NotApplicable => "\x1b[2m",
    }
}

pub(crate) fn status_label(status: Status, lang: Lang) -> &'static str {
    match (lang, status) {
        (Lang::En, Status::Error) => "error",
        (Lang::En, Status::Violation) => "violation",
        (Lang::En, Status::NeedsReview) => "needs review",
        (Lang::En, Status::Advisory) => "advisory",
        (Lang::En, Status::Satisfied) => "satisfied",
        (Lang::En, Status::NotApplicable) => "not applicable",
        (Lang::Zh, Status::Error) => "错误",
        (Lang::Zh, Status::Violation) => "违规",
        (Lang::Zh, Status::NeedsReview) => "待审查",
        (Lang::Zh, Status::Advisory) => "建议",
        (Lang::Zh, Status::Satisfied) => "符合",
        (Lang::Zh, Status::NotApplicable) => "不适用",
    }
}

fn fail_open_note(lang: Lang) -> &'static str {
    match lang {
        Lang::En => {
            "Failing open: a rule that failed is reported but does not make the verdict non-compliant"
        }
        Lang::Zh => "失败开放：失败的规则仅作报告，不使结论判为不合规",
    }
}

pub(crate) fn verdict_label(verdict: Verdict, lang: Lang) -> &'static str {
    match (lang, verdict) {
        (Lang::En, Verdict::Compliant) => "compliant",
        (Lang::En, Verdict::NeedsReview) => "needs review",
        (Lang::En, Verdict::NonCompliant) => "non-compliant",
        (Lang::Zh, Verdict::Compliant) => "合规",
        (Lang::Zh, Verdict::NeedsReview) => "需审查",
        (Lang::Zh, Verdict::NonCompliant) => "不合规",
    }
}

fn verdict_status(verdict: Verdict) -> Status {
    match verdict {
        Verdict::Compliant => Status::Satisfied,
        Verdict::NeedsReview => Status::NeedsReview,
        Verdict::NonCompliant => Status::Violation,
    }
}

struct Words {
    /// `": "` or `"："`.
    colon: &'static str,
    /// Opening and closing parentheses.
    parens: (&'static str, &'static str),
    report_for: &'static str,
    as_of: &'static str,
    verdict: &'static str,
    article: fn(&str) -> String,
    evidence: &'static str,
    fix: &'static str,
    summary: &'static str,
    rules: &'static str,
    packs: &'static str,
    applied: &'static str,
    skipped: &'static str,
}

fn words(lang: Lang) -> Words {
    match lang {
        Lang::En => Words {
            colon: ": ",
            parens: (" (", ")"),
            report_for: "Report for",
            as_of: "as of",
            verdict: "Verdict",
            article: |a| format!("Art. {a}"),
            evidence: "evidence",
            fix: "fix",
            summary: "Summary",
            rules: "Rules",
            packs: "Packs",
            applied: "applied",
            skipped: "not applied",
        },
        Lang::Zh => Words {
            colon: "：",
            parens: ("（", "）"),
            report_for: "检查报告",
            as_of: "评估日期",
            verdict: "结论",
            article: |a| format!("第{a}条"),
            evidence: "依据",
            fix: "整改",
            summary: "统计",
            rules: "规则",
            packs: "规则包",
            applied: "已适用",
            skipped: "未适用",
        },
    }
}

struct Painter {
    color: bool,
}

impl Painter {
    fn paint(&self, style: &str, text: &str) -> String {
        if self.color {
            format!("{style}{text}{RESET}")
        } else {
            text.to_owned()
        }
    }

    fn status(&self, status: Status, lang: Lang, width: usize) -> String {
        let label = status_label(status, lang);
        let pad = width.saturating_sub(label.width());
        format!(
            "{}{}",
            self.paint(status_color(status), label),
            " ".repeat(pad)
        )
    }
}

/// Renders `report` as a text table grouped by article.
pub fn text(report: &Report, options: &TextOptions) -> String {
    let lang = options.lang;
    let w = words(lang);
    let p = Painter {
        color: options.color,
    };
    let mut out = String::new();
    let title = format!("{} {}", w.report_for, report.declaration);
    let (open, close) = w.parens;
    let _ = writeln!(
        out,
        "{}{open}{} {}{close}",
        p.paint(BOLD, &title),
        w.as_of,
        report.as_of
    );
    let verdict = verdict_label(report.verdict, lang);
    let _ = writeln!(
        out,
        "{}{}{}",
        w.verdict,
        w.colon,
        p.paint(status_color(verdict_status(report.verdict)), verdict)
    );
    if !report.failure_policy.is_fail_closed() {
        let _ = writeln!(out, "{}", fail_open_note(lang));
    }

    let status_width = Status::ALL
        .iter()
        .map(|s| status_label(*s, lang).width())
        .max()
        .unwrap_or(0);
    let cite_width = report
        .findings
        .iter()
        .map(|f| f.citation().width())
        .max()
        .unwrap_or(0);
    for article in report.articles() {
        let heading = format!("{} {}", article.instrument, (w.article)(article.article));
        let _ = writeln!(
            out,
            "\n{}  {}",
            p.paint(BOLD, &heading),
            p.status(article.status, lang, 0)
        );
        for f in article.findings {
            row(&mut out, f, &p, lang, &w, status_width, cite_width);
        }
    }

    let counts: Vec<String> = Status::ALL
        .iter()
        .map(|s| format!("{} {}", report.summary.count(*s), status_label(*s, lang)))
        .collect();
    let _ = writeln!(out, "\n{}{}{}", w.summary, w.colon, counts.join(" · "));
    let rules: Vec<String> = report
        .rules
        .iter()
        .map(|r| format!("{} {}", r.id, r.version))
        .collect();
    let _ = writeln!(out, "{}{}{}", w.rules, w.colon, rules.join(", "));
    if let Some(review) = &report.waivers {
        let _ = writeln!(out, "{}", review_line(review, lang));
        for unused in &review.unused {
            let _ = writeln!(out, "  {}", unused_note(unused, lang));
        }
    }
    packs(&mut out, report, lang, &w);
    out
}

/// The packs a host chose from, one line each, when it selected any.
fn packs(out: &mut String, report: &Report, lang: Lang, w: &Words) {
    if report.packs.is_empty() {
        return;
    }
    let _ = writeln!(out, "{}{}", w.packs, w.colon.trim_end());
    for pack in &report.packs {
        let _ = writeln!(out, "  {}", pack_line(pack, lang));
    }
}

/// Whether a pack applied, in `lang`.
pub(crate) fn pack_state(pack: &PackSelection, lang: Lang) -> &'static str {
    let w = words(lang);
    if pack.applied { w.applied } else { w.skipped }
}

/// One pack on one line: its name, whether it applied, and why, in `lang`.
pub(crate) fn pack_line(pack: &PackSelection, lang: Lang) -> String {
    format!(
        "{} ({}): {}",
        pack.name,
        pack_state(pack, lang),
        pack.reason.get(lang)
    )
}

fn row(
    out: &mut String,
    f: &ReportFinding,
    p: &Painter,
    lang: Lang,
    w: &Words,
    status_width: usize,
    cite_width: usize,
) {
    let cite = f.citation();
    let cite_pad = " ".repeat(cite_width - cite.width());
    let _ = writeln!(
        out,
        "  {}  {cite}{cite_pad}  {}  {}",
        p.status(f.status, lang, status_width),
        f.message.get(lang),
        p.paint(DIM, &format!("[{}]", f.obligation)),
    );
    if matches!(f.status, Status::Satisfied | Status::NotApplicable) {
        return;
    }
    let indent = " ".repeat(2 + status_width + 2 + cite_width + 2);
    if !f.evidence.is_empty() {
        let _ = writeln!(
            out,
            "{indent}{}{}{}",
            w.evidence,
            w.colon,
            f.evidence.join(", ")
        );
    }
    if let Some(fix) = &f.remediation {
        let _ = writeln!(out, "{indent}{}{}{}", w.fix, w.colon, fix.get(lang));
    }
    if let Some(waiver) = &f.waiver {
        let _ = writeln!(out, "{indent}{}", waiver_note(waiver, lang));
    }
}
