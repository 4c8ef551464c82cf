//! JUnit XML: one test suite per declaration, one test case per obligation, so CI dashboards
//! show compliance like tests.

use std::fmt::Write;

use frt_model::{Lang, Status};

use super::cite::cite;
use super::text::pack_line;
use super::waived::waiver_note;
use crate::{Report, ReportFinding};

/// Renders the reports as one JUnit XML document: `violation` and `error` findings fail,
/// `not_applicable` ones are skipped, every other finding passes.
pub fn junit(reports: &[Report], lang: Lang) -> String {
    let total = |count: fn(&Report) -> usize| reports.iter().map(count).sum::<usize>();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"frt\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\">",
        total(|r| r.findings.len()),
        total(failures),
        total(|r| r.summary.not_applicable),
    );
    for report in reports {
        suite(&mut out, report, lang);
    }
    out.push_str("</testsuites>\n");
    out
}

fn failures(report: &Report) -> usize {
    report
        .findings
        .iter()
        .filter(|f| matches!(f.status, Status::Violation | Status::Error) && !f.is_waived())
        .count()
}

fn suite(out: &mut String, report: &Report, lang: Lang) {
    let _ = writeln!(
        out,
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\">",
        escape(&report.declaration),
        report.findings.len(),
        failures(report),
        report.summary.not_applicable,
    );
    out.push_str("    <properties>\n");
    property(out, "as_of", &report.as_of.to_string());
    property(out, "verdict", report.verdict.as_str());
    for rule in &report.rules {
        let value = format!("{} {} {}", rule.id, rule.version, rule.digest);
        property(out, "rule", &value);
    }
    // The packs the host chose from, when it selected any: one property each.
    for pack in &report.packs {
        property(out, "pack", &pack_line(pack, lang));
    }
    out.push_str("    </properties>\n");
    for f in &report.findings {
        case(out, f, lang);
    }
    out.push_str("  </testsuite>\n");
}

fn property(out: &mut String, name: &str, value: &str) {
    let _ = writeln!(
        out,
        "      <property name=\"{name}\" value=\"{}\"/>",
        escape(value)
    );
}

fn case(out: &mut String, f: &ReportFinding, lang: Lang) {
    let _ = write!(
        out,
        "    <testcase classname=\"{}.art{}\" name=\"{}\"",
        escape(&f.instrument),
        escape(&f.article),
        escape(&f.obligation),
    );
    let message = f.message.get(lang);
    match f.status {
        // A waiver that holds passes the case, as the verdict leaves the finding out.
        Status::Violation | Status::Error if !f.is_waived() => {
            let _ = writeln!(
                out,
                ">\n      <failure type=\"{}\" message=\"{}\">{}</failure>\n    </testcase>",
                f.status.as_str(),
                escape(message),
                escape_text(&details(f, lang)),
            );
        }
        Status::NotApplicable => {
            let _ = writeln!(
                out,
                ">\n      <skipped message=\"{}\"/>\n    </testcase>",
                escape(message)
            );
        }
        Status::Violation
        | Status::Error
        | Status::NeedsReview
        | Status::Advisory
        | Status::Satisfied => {
            let _ = writeln!(
                out,
                ">\n      <system-out>{}: {}</system-out>\n    </testcase>",
                f.status.as_str(),
                escape_text(&details(f, lang)),
            );
        }
    }
}

/// The citation, message, evidence and remediation of a finding, one per line.
fn details(f: &ReportFinding, lang: Lang) -> String {
    let mut s = format!("{}\n{}", cite(f, lang), f.message.get(lang));
    if !f.evidence.is_empty() {
        let _ = write!(s, "\nevidence: {}", f.evidence.join(", "));
    }
    if let Some(fix) = &f.remediation {
        let _ = write!(s, "\nfix: {}", fix.get(lang));
    }
    if let Some(waiver) = &f.waiver {
        let _ = write!(s, "\n{}", waiver_note(waiver, lang));
    }
    s
}

/// Escapes element content, keeping line breaks.
fn escape_text(s: &str) -> String {
    escape(s).replace("&#10;", "\n")
}

/// Escapes text for XML attributes and content; drops characters XML 1.0 cannot hold.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\t' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_markup_and_control_characters() {
        assert_eq!(
            escape("a<b & \"c\"\n'd'\u{1}"),
            "a&lt;b &amp; &quot;c&quot;&#10;&apos;d&apos;"
        );
    }
}
