//! The Markdown report: what a person reads and signs. A summary, a table of articles, then
//! each article quoted with its findings and remediations, and the rules that ran.

use std::fmt::Write;

use frt_model::{Lang, RuleDescription, Status};

use super::cite::{article_text, cite, cite_article};
use super::text::{pack_state, status_label, verdict_label};
use super::waived::{review_line, unused_note, waiver_note};
use crate::{ArticleVerdict, Report, ReportFinding};

struct Words {
    colon: &'static str,
    title: &'static str,
    declaration: &'static str,
    as_of: &'static str,
    verdict: &'static str,
    summary: &'static str,
    status: &'static str,
    count: &'static str,
    articles: &'static str,
    article: &'static str,
    findings: &'static str,
    obligation: &'static str,
    finding: &'static str,
    evidence: &'static str,
    fix: &'static str,
    no_text: &'static str,
    packs: &'static str,
    pack: &'static str,
    applied: &'static str,
    reason: &'static str,
    rules: &'static str,
    rule: &'static str,
    version: &'static str,
    digest: &'static str,
    sign_off: &'static str,
    assessed_by: &'static str,
    date: &'static str,
    signature: &'static str,
}

const EN: Words = Words {
    colon: ": ",
    title: "Facial recognition compliance report",
    declaration: "Declaration",
    as_of: "As of",
    verdict: "Verdict",
    summary: "Summary",
    status: "Status",
    count: "Findings",
    articles: "Articles",
    article: "Article",
    findings: "Findings",
    obligation: "Obligation",
    finding: "Finding",
    evidence: "Evidence",
    fix: "Remediation",
    no_text: "The rules that ran do not quote this article.",
    packs: "Packs",
    pack: "Pack",
    applied: "Applied",
    reason: "Why",
    rules: "Rules and digests",
    rule: "Rule",
    version: "Version",
    digest: "Digest",
    sign_off: "Sign-off",
    assessed_by: "Assessed by",
    date: "Date",
    signature: "Signature",
};

const ZH: Words = Words {
    colon: "：",
    title: "人脸识别技术应用合规检查报告",
    declaration: "声明",
    as_of: "评估日期",
    verdict: "结论",
    summary: "统计",
    status: "状态",
    count: "数量",
    articles: "条款",
    article: "条款",
    findings: "检查项",
    obligation: "义务",
    finding: "说明",
    evidence: "依据",
    fix: "整改",
    no_text: "所运行的规则未引用本条原文。",
    packs: "规则包",
    pack: "规则包",
    applied: "是否适用",
    reason: "原因",
    rules: "规则及摘要",
    rule: "规则",
    version: "版本",
    digest: "摘要",
    sign_off: "签署",
    assessed_by: "评估人",
    date: "日期",
    signature: "签名",
};

fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
    }
}

/// Renders `report` as Markdown in `lang`, quoting article text from `descriptions` (the
/// descriptions of the rules that ran).
pub fn markdown(report: &Report, descriptions: &[RuleDescription], lang: Lang) -> String {
    let w = words(lang);
    let mut out = String::new();
    header(&mut out, report, w, lang);
    summary(&mut out, report, w, lang);
    let articles = report.articles();
    article_table(&mut out, &articles, w, lang);
    for article in &articles {
        article_section(&mut out, article, descriptions, w, lang);
    }
    waivers(&mut out, report, lang);
    packs(&mut out, report, w, lang);
    rules(&mut out, report, w);
    sign_off(&mut out, w);
    out
}

fn header(out: &mut String, report: &Report, w: &Words, lang: Lang) {
    let _ = writeln!(out, "# {}{}`{}`\n", w.title, w.colon, report.declaration);
    let _ = writeln!(out, "| | |\n|---|---|");
    let _ = writeln!(out, "| {} | `{}` |", w.declaration, report.declaration);
    let _ = writeln!(out, "| {} | {} |", w.as_of, report.as_of);
    let verdict = verdict_label(report.verdict, lang);
    let _ = writeln!(out, "| {} | **{verdict}** |", w.verdict);
}

fn summary(out: &mut String, report: &Report, w: &Words, lang: Lang) {
    let _ = writeln!(out, "\n## {}\n", w.summary);
    let _ = writeln!(out, "| {} | {} |\n|---|---:|", w.status, w.count);
    for status in Status::ALL {
        let label = status_label(status, lang);
        let _ = writeln!(out, "| {label} | {} |", report.summary.count(status));
    }
}

fn article_table(out: &mut String, articles: &[ArticleVerdict<'_>], w: &Words, lang: Lang) {
    let _ = writeln!(out, "\n## {}\n", w.articles);
    let _ = writeln!(
        out,
        "| {} | {} | {} |\n|---|---|---:|",
        w.article, w.verdict, w.findings
    );
    for a in articles {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            cite_article(a.instrument, a.article, lang),
            status_label(a.status, lang),
            a.findings.len()
        );
    }
}

fn article_section(
    out: &mut String,
    article: &ArticleVerdict<'_>,
    descriptions: &[RuleDescription],
    w: &Words,
    lang: Lang,
) {
    let heading = cite_article(article.instrument, article.article, lang);
    let status = status_label(article.status, lang);
    let _ = writeln!(out, "\n## {heading}{}{status}\n", w.colon);
    match article_text(descriptions, article.instrument, article.article, lang) {
        Some(text) => {
            let _ = writeln!(out, "{}", quote(text));
        }
        None => {
            let _ = writeln!(out, "_{}_", w.no_text);
        }
    }
    let _ = writeln!(
        out,
        "\n| {} | {} | {} | {} |\n|---|---|---|---|",
        w.status, w.article, w.obligation, w.finding
    );
    for f in article.findings {
        let _ = writeln!(
            out,
            "| {} | {} | `{}` | {} |",
            status_label(f.status, lang),
            f.citation(),
            f.obligation,
            cell(f.message.get(lang))
        );
    }
    for f in article.findings.iter().filter(|f| needs_action(f)) {
        action(out, f, w, lang);
    }
}

fn needs_action(f: &ReportFinding) -> bool {
    !matches!(f.status, Status::Satisfied | Status::NotApplicable)
}

fn action(out: &mut String, f: &ReportFinding, w: &Words, lang: Lang) {
    let _ = writeln!(
        out,
        "\n### {}{}`{}` ({})\n",
        status_label(f.status, lang),
        w.colon,
        f.obligation,
        cite(f, lang)
    );
    let _ = writeln!(out, "{}", f.message.get(lang));
    if !f.evidence.is_empty() {
        let pointers: Vec<String> = f.evidence.iter().map(|e| format!("`{e}`")).collect();
        let _ = writeln!(out, "\n- {}{}{}", w.evidence, w.colon, pointers.join(", "));
    }
    if let Some(fix) = &f.remediation {
        let _ = writeln!(out, "- {}{}{}", w.fix, w.colon, fix.get(lang));
    }
    if let Some(waiver) = &f.waiver {
        let _ = writeln!(out, "- **{}**", waiver_note(waiver, lang));
    }
}

fn waivers(out: &mut String, report: &Report, lang: Lang) {
    let Some(review) = &report.waivers else {
        return;
    };
    let title = match lang {
        Lang::En => "Waivers",
        Lang::Zh => "豁免",
    };
    let _ = writeln!(out, "\n## {title}\n\n{}", review_line(review, lang));
    if !review.unused.is_empty() {
        let _ = writeln!(out);
    }
    for unused in &review.unused {
        let _ = writeln!(out, "- {}", unused_note(unused, lang));
    }
}

/// The packs a host chose from, whether each applied and why (the reason names the rules that
/// ran); only when the host selected packs.
fn packs(out: &mut String, report: &Report, w: &Words, lang: Lang) {
    if report.packs.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n## {}\n", w.packs);
    let _ = writeln!(
        out,
        "| {} | {} | {} |\n|---|---|---|",
        w.pack, w.applied, w.reason
    );
    for pack in &report.packs {
        let _ = writeln!(
            out,
            "| `{}` | {} | {} |",
            pack.name,
            pack_state(pack, lang),
            cell(pack.reason.get(lang)),
        );
    }
}

fn rules(out: &mut String, report: &Report, w: &Words) {
    let _ = writeln!(out, "\n## {}\n", w.rules);
    let _ = writeln!(
        out,
        "| {} | {} | {} |\n|---|---|---|",
        w.rule, w.version, w.digest
    );
    for r in &report.rules {
        let _ = writeln!(out, "| `{}` | {} | `{}` |", r.id, r.version, r.digest);
    }
}

fn sign_off(out: &mut String, w: &Words) {
    let _ = writeln!(out, "\n## {}\n", w.sign_off);
    for label in [w.assessed_by, w.date, w.signature] {
        let _ = writeln!(out, "- {label}{}____________________", w.colon);
    }
}

/// `text` as a Markdown block quote, one quoted paragraph per line (款) of the article.
pub(crate) fn quote(text: &str) -> String {
    let paragraphs: Vec<String> = text.lines().map(|l| format!("> {l}")).collect();
    paragraphs.join("\n>\n")
}

/// Text safe inside a table cell: no pipes, no line breaks.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}
