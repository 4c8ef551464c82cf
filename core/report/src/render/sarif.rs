//! SARIF 2.1.0: one run per checked declaration, one SARIF rule per obligation, every result
//! located at the line and column of the declaration fields it rests on.

use frt_model::parse::SourceMap;
use frt_model::{Lang, RuleDescription, Status};
use serde_json::{Value, json};

use super::cite::{article_text, cite};
use super::markdown::quote;
use crate::{Report, ReportFinding};

/// The SARIF schema a log declares.
pub const SARIF_SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// One checked declaration, as SARIF needs it.
#[derive(Debug, Clone, Copy)]
pub struct SarifInput<'a> {
    /// The report.
    pub report: &'a Report,
    /// Where each field was written in the declaration's source.
    pub source_map: &'a SourceMap,
    /// The declaration's file name, as results should name it (`-` for stdin).
    pub file: &'a str,
}

/// How to render a SARIF log.
#[derive(Debug, Clone, Copy)]
pub struct SarifOptions<'a> {
    /// The language of messages.
    pub lang: Lang,
    /// The descriptions of the rules that ran, for the article text of each obligation.
    pub descriptions: &'a [RuleDescription],
    /// The version of the tool, written into the log.
    pub tool_version: &'a str,
}

/// Renders the reports as one SARIF 2.1.0 log (pretty-printed JSON, final newline).
pub fn sarif(inputs: &[SarifInput<'_>], options: &SarifOptions<'_>) -> String {
    let runs: Vec<Value> = inputs.iter().map(|i| run(i, options)).collect();
    let log = json!({
        "$schema": SARIF_SCHEMA_URI,
        "version": "2.1.0",
        "runs": runs,
    });
    let mut s = serde_json::to_string_pretty(&log).expect("a SARIF log is JSON");
    s.push('\n');
    s
}

fn run(input: &SarifInput<'_>, options: &SarifOptions<'_>) -> Value {
    let report = input.report;
    let obligations = obligations(report);
    let rules: Vec<Value> = obligations.iter().map(|f| sarif_rule(f, options)).collect();
    let results: Vec<Value> = report
        .findings
        .iter()
        .map(|f| {
            let index = obligations
                .iter()
                .position(|o| o.obligation == f.obligation)
                .expect("every obligation has a rule");
            result(f, index, input, options.lang)
        })
        .collect();
    let mut properties = json!({
        "declaration": report.declaration,
        "asOf": report.as_of.to_string(),
        "verdict": report.verdict.as_str(),
        "rulePack": report.rules,
    });
    // The packs the host chose from, in the run's property bag (SARIF 2.1.0 §3.8): written only
    // when the host selected packs, as in the report.
    if !report.packs.is_empty() {
        let packs: Vec<Value> = report
            .packs
            .iter()
            .map(|p| {
                json!({
                    "name": p.name,
                    "applied": p.applied,
                    "reason": p.reason.get(options.lang),
                    "rules": p.rules,
                })
            })
            .collect();
        properties["packs"] = Value::Array(packs);
    }
    json!({
        "tool": { "driver": {
            "name": "frt",
            "version": options.tool_version,
            "informationUri": "https://github.com/frt-rs/frt",
            "rules": rules,
        }},
        "artifacts": [{ "location": { "uri": input.file } }],
        "results": results,
        "properties": properties,
    })
}

/// The first finding of each obligation, in report order.
fn obligations(report: &Report) -> Vec<&ReportFinding> {
    let mut seen: Vec<&ReportFinding> = Vec::new();
    for f in &report.findings {
        if !seen.iter().any(|s| s.obligation == f.obligation) {
            seen.push(f);
        }
    }
    seen
}

fn sarif_rule(f: &ReportFinding, options: &SarifOptions<'_>) -> Value {
    let lang = options.lang;
    let cite = cite(f, lang);
    let text = article_text(options.descriptions, &f.instrument, &f.article, lang);
    let help = match &text {
        Some(t) => format!("{cite}: {t}"),
        None => cite.clone(),
    };
    let help_markdown = match &text {
        Some(t) => format!("**{cite}**\n\n{}", quote(t)),
        None => format!("**{cite}**"),
    };
    json!({
        "id": f.obligation,
        "shortDescription": { "text": format!("{cite} ({})", f.obligation) },
        "fullDescription": { "text": help },
        "help": { "text": help, "markdown": help_markdown },
        "properties": {
            "instrument": f.instrument,
            "article": f.article,
            "frtRule": f.rule,
            "tags": ["compliance", f.instrument],
        },
    })
}

fn result(f: &ReportFinding, rule_index: usize, input: &SarifInput<'_>, lang: Lang) -> Value {
    let (kind, level) = kind_and_level(f.status);
    let mut message = f.message.get(lang).to_owned();
    if let Some(fix) = &f.remediation {
        message.push(' ');
        message.push_str(fix.get(lang));
    }
    let pointers: Vec<&str> = if f.evidence.is_empty() {
        vec![""]
    } else {
        f.evidence.iter().map(String::as_str).collect()
    };
    let locations: Vec<Value> = pointers.iter().map(|p| location(p, input)).collect();
    let mut result = json!({
        "ruleId": f.obligation,
        "ruleIndex": rule_index,
        "kind": kind,
        "level": level,
        "message": { "text": message },
        "locations": locations,
        "properties": {
            "status": f.status,
            "severity": f.severity,
            "citation": f.citation(),
            "evidence": f.evidence,
        },
    });
    if let Some(waiver) = &f.waiver {
        result["properties"]["waiver"] = json!(waiver);
        // SARIF's own word for an accepted result, so review tools hide it while it holds.
        if waiver.is_active() {
            result["suppressions"] = json!([{
                "kind": "external",
                "status": "accepted",
                "justification": waiver.justification,
                "properties": { "approver": waiver.approver, "expires": waiver.expires },
            }]);
        }
    }
    result
}

/// SARIF's `kind` and `level` for a status: failures are errors, open questions warnings.
fn kind_and_level(status: Status) -> (&'static str, &'static str) {
    match status {
        Status::Violation | Status::Error => ("fail", "error"),
        Status::NeedsReview => ("review", "warning"),
        Status::Advisory => ("informational", "note"),
        Status::Satisfied => ("pass", "none"),
        Status::NotApplicable => ("notApplicable", "none"),
    }
}

/// The place of the field at `pointer`, or of its nearest written parent when it is missing.
fn location(pointer: &str, input: &SarifInput<'_>) -> Value {
    let pos = input.source_map.locate(pointer);
    let shown = if pointer.is_empty() { "/" } else { pointer };
    let note = if input.source_map.contains(pointer) {
        format!("`{shown}`")
    } else {
        format!("`{shown}` (not written; its nearest written parent)")
    };
    json!({
        "physicalLocation": {
            "artifactLocation": { "uri": input.file, "index": 0 },
            "region": { "startLine": pos.line, "startColumn": pos.column },
        },
        "logicalLocations": [{ "fullyQualifiedName": shown, "kind": "member" }],
        "message": { "text": note },
    })
}
