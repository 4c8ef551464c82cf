//! The component side of a rule: bindings for the `frt:rule` world and conversions between
//! them and the SDK's types. Rule authors use [`crate::export_rule!`] instead.

use frt_model::{Declaration, Finding, Localized, RuleDescription, Severity, Status};

use crate::{Input, Rule};

#[allow(missing_docs, unsafe_code, clippy::all)]
pub mod bindings {
    wit_bindgen::generate!({
        path: "../wit",
        world: "rule",
        pub_export_macro: true,
        export_macro_name: "export_bindings",
        default_bindings_module: "frt_sdk::guest::bindings",
        runtime_path: "frt_sdk::guest::wit_bindgen::rt",
    });
}

pub use wit_bindgen;

use bindings as wit;

fn localized(l: Localized) -> wit::Localized {
    wit::Localized { en: l.en, zh: l.zh }
}

fn status(s: Status) -> wit::Status {
    match s {
        Status::Violation => wit::Status::Violation,
        Status::NeedsReview => wit::Status::NeedsReview,
        Status::Advisory => wit::Status::Advisory,
        Status::Satisfied => wit::Status::Satisfied,
        Status::NotApplicable => wit::Status::NotApplicable,
        // Rules cannot report `error` through a finding; the host makes it from a failure.
        Status::Error => wit::Status::NeedsReview,
    }
}

fn severity(s: Severity) -> wit::Severity {
    match s {
        Severity::Blocking => wit::Severity::Blocking,
        Severity::High => wit::Severity::High,
        Severity::Medium => wit::Severity::Medium,
        Severity::Low => wit::Severity::Low,
        Severity::Info => wit::Severity::Info,
    }
}

fn finding(f: Finding) -> wit::Finding {
    wit::Finding {
        obligation: f.obligation,
        article: f.article,
        paragraph: f.paragraph,
        item: f.item,
        status: status(f.status),
        severity: severity(f.severity),
        message: localized(f.message),
        evidence: f.evidence,
        remediation: f.remediation.map(localized),
    }
}

/// The `describe` export for rule `R`.
pub fn describe<R: Rule>() -> wit::Description {
    let d: RuleDescription = R::describe();
    wit::Description {
        id: d.id,
        version: d.version,
        instrument: d.instrument,
        articles: d
            .articles
            .into_iter()
            .map(|a| wit::Article {
                number: a.number,
                text: localized(a.text),
            })
            .collect(),
        title: localized(d.title),
        jurisdictions: d
            .jurisdictions
            .into_iter()
            .map(|j| wit::Jurisdiction {
                country: j.country,
                region: j.region,
                city: j.city,
            })
            .collect(),
        effective_from: d.effective_from.map(|d| d.to_string()),
        sources: d.sources,
        unconfirmed: d.unconfirmed.map(localized),
    }
}

/// The `check` export for rule `R`.
pub fn check<R: Rule>(declaration: &str) -> Result<Vec<wit::Finding>, wit::RuleError> {
    let declaration: Declaration = serde_json::from_str(declaration)
        .map_err(|e| wit::RuleError::InvalidDeclaration(e.to_string()))?;
    let input =
        Input::new(&declaration).map_err(|e| wit::RuleError::InvalidDeclaration(e.to_string()))?;
    Ok(R::check(&input).into_iter().map(finding).collect())
}

/// Exports a type implementing [`Rule`](crate::Rule) as the component's `describe` and
/// `check`. Use it once, at the root of the rule crate.
///
/// On targets other than WebAssembly it expands to nothing, so the rule crate builds and
/// tests natively.
#[macro_export]
macro_rules! export_rule {
    ($rule:ty) => {
        #[cfg(target_arch = "wasm32")]
        const _: () = {
            struct FrtRuleExports;

            impl $crate::guest::bindings::Guest for FrtRuleExports {
                fn describe() -> $crate::guest::bindings::Description {
                    $crate::guest::describe::<$rule>()
                }

                fn check(
                    declaration: ::std::string::String,
                ) -> ::std::result::Result<
                    ::std::vec::Vec<$crate::guest::bindings::Finding>,
                    $crate::guest::bindings::RuleError,
                > {
                    $crate::guest::check::<$rule>(&declaration)
                }
            }

            $crate::guest::bindings::export_bindings!(FrtRuleExports with_types_in $crate::guest::bindings);
        };
    };
}
