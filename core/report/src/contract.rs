//! What a host checks in what a rule says about itself and returns: the same checks in every
//! host (the wasmtime host and the browser's), so a rule that breaks the contract fails with
//! the same words everywhere.

use frt_model::{Date, Finding, RuleDescription};

/// Bounds on what one rule may return for one declaration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutputLimits {
    /// Findings one rule may return.
    pub max_findings: usize,
    /// Bytes of one string.
    pub max_string_bytes: usize,
    /// Bytes of all the strings of all the findings.
    pub max_output_bytes: usize,
}

impl Default for OutputLimits {
    /// 1 000 findings, 16 KiB per string, 4 MiB in all: far beyond any rule of the packs.
    fn default() -> OutputLimits {
        OutputLimits {
            max_findings: 1_000,
            max_string_bytes: 16 << 10,
            max_output_bytes: 4 << 20,
        }
    }
}

/// Checks a rule's self-description (its `effective-from`, a date in the contract's text
/// form, is read by [`effective_from`]). The error says what is wrong, for a load error that
/// names the component.
pub fn check_description(d: &RuleDescription) -> Result<(), String> {
    let id_ok = !d.id.is_empty()
        && d.id.len() <= 64
        && d.id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !id_ok {
        return Err(format!(
            "id `{}` is not lowercase letters, digits and `-` (at most 64)",
            d.id
        ));
    }
    let version_ok = d.version.split('.').count() == 3
        && d.version
            .split('.')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    if !version_ok {
        return Err(format!(
            "version `{}` is not a semantic version such as `0.1.0`",
            d.version
        ));
    }
    if d.instrument.trim().is_empty() {
        return Err("the instrument is empty".to_owned());
    }
    if d.articles.is_empty() {
        return Err("it names no article".to_owned());
    }
    if d.title.en.trim().is_empty() || d.title.zh.trim().is_empty() {
        return Err("the title lacks English or Chinese".to_owned());
    }
    for j in &d.jurisdictions {
        if j.country.len() != 2 || !j.country.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(format!(
                "jurisdiction country `{}` is not an ISO 3166-1 alpha-2 code",
                j.country
            ));
        }
    }
    Ok(())
}

/// Reads a rule's `effective-from`.
pub fn effective_from(text: Option<String>) -> Result<Option<Date>, String> {
    text.map(|s| {
        s.parse::<Date>()
            .map_err(|e| format!("effective-from: {e}"))
    })
    .transpose()
}

/// Checks the findings a rule returned, refusing the lot if any breaks the contract or the
/// limits. The error becomes the rule's `error` finding.
pub fn accept_findings(
    findings: &[Finding],
    description: &RuleDescription,
    limits: &OutputLimits,
) -> Result<(), String> {
    if findings.len() > limits.max_findings {
        return Err(format!(
            "it returned {} findings, more than the limit of {}",
            findings.len(),
            limits.max_findings
        ));
    }
    for f in findings {
        check_finding(f, description, limits.max_string_bytes)?;
    }
    let total: usize = findings.iter().map(output_bytes).sum();
    if total > limits.max_output_bytes {
        return Err(format!(
            "it returned {total} bytes of text, more than the limit of {}",
            limits.max_output_bytes
        ));
    }
    Ok(())
}

/// The bytes of every string of a finding.
fn output_bytes(f: &Finding) -> usize {
    let remediation = f
        .remediation
        .as_ref()
        .map_or(0, |r| r.en.len() + r.zh.len());
    f.obligation.len()
        + f.article.len()
        + f.message.en.len()
        + f.message.zh.len()
        + f.evidence.iter().map(String::len).sum::<usize>()
        + remediation
}

fn check_finding(f: &Finding, d: &RuleDescription, max: usize) -> Result<(), String> {
    let bad = |what: String| Err(format!("it returned an invalid finding: {what}"));
    if f.obligation.is_empty() {
        return bad("an empty obligation id".to_owned());
    }
    if !d.articles.iter().any(|a| a.number == f.article) {
        return bad(format!(
            "`{}` cites article `{}`, which the rule does not describe",
            f.obligation, f.article
        ));
    }
    if f.message.en.is_empty() || f.message.zh.is_empty() {
        return bad(format!(
            "`{}` lacks an English or a Chinese message",
            f.obligation
        ));
    }
    if let Some(e) = f
        .evidence
        .iter()
        .find(|e| !e.is_empty() && !e.starts_with('/'))
    {
        return bad(format!(
            "`{}` has evidence `{e}`, which is not a JSON Pointer",
            f.obligation
        ));
    }
    let strings = [&f.obligation, &f.article, &f.message.en, &f.message.zh]
        .into_iter()
        .chain(&f.evidence)
        .chain(f.remediation.iter().flat_map(|r| [&r.en, &r.zh]));
    for s in strings {
        if s.len() > max {
            return bad(format!(
                "`{}` has a string of {} bytes, more than the limit of {max}",
                f.obligation,
                s.len()
            ));
        }
    }
    Ok(())
}

/// The failure reason for a rule whose `check` returned `invalid-declaration(message)`.
pub fn invalid_declaration_reason(message: &str) -> String {
    format!("it could not read the declaration: {message}")
}

/// The failure reason for a rule whose `check` returned `internal(message)`.
pub fn internal_error_reason(message: &str) -> String {
    format!("it reported an internal error: {message}")
}

/// Why a component that imports something is refused: rules import nothing. `kind` is
/// `function`, `interface` or `item`; `import` is the first import's name.
pub fn import_refusal(name: &str, kind: &str, import: &str) -> String {
    format!(
        "`{name}` imports the {kind} `{import}`; rules must import nothing (no WASI, no clock, no randomness)"
    )
}
