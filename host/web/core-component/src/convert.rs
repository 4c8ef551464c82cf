//! From the component's types to the core's, with the contract's checks.

use frt_model::{ArticleText, Localized, RuleDescription, RuleJurisdiction};
use frt_report::contract;

/// A rule's self-description as the component receives it, with `effective-from` as text.
#[derive(Debug, Clone)]
pub struct RawDescription {
    /// The description, without its effective date.
    pub description: RuleDescription,
    /// `effective-from` as the rule wrote it.
    pub effective_from: Option<String>,
}

/// Checks a rule's self-description as the native host does when it loads a rule.
pub fn check_rule(raw: RawDescription) -> Result<RuleDescription, String> {
    let mut description = raw.description;
    contract::check_description(&description)?;
    description.effective_from = contract::effective_from(raw.effective_from)?;
    Ok(description)
}

/// The order the native host keeps a pack's rules in: by id, articles numerically.
pub fn order_rules(ids: &[String]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..ids.len()).collect();
    order.sort_by(|&a, &b| frt_report::compare_articles(&ids[a], &ids[b]));
    order
}

/// Builds a [`RawDescription`] from its parts (for the component glue).
#[allow(clippy::too_many_arguments)]
pub(crate) fn raw_description(
    id: String,
    version: String,
    instrument: String,
    articles: Vec<(String, Localized)>,
    title: Localized,
    jurisdictions: Vec<RuleJurisdiction>,
    effective_from: Option<String>,
    sources: Vec<String>,
    unconfirmed: Option<Localized>,
) -> RawDescription {
    RawDescription {
        description: RuleDescription {
            id,
            version,
            instrument,
            articles: articles
                .into_iter()
                .map(|(number, text)| ArticleText { number, text })
                .collect(),
            title,
            jurisdictions,
            effective_from: None,
            sources,
            unconfirmed,
        },
        effective_from,
    }
}
