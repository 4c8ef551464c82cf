//! What a rule says about itself.

use serde::{Deserialize, Serialize};

use crate::Localized;

/// A place where an instrument applies.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Jurisdiction {
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
    /// ISO 3166-2 subdivision code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// City, where the instrument is municipal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
}

/// An article with its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ArticleText {
    /// The article number as written in the instrument.
    pub number: String,
    /// The text: for Chinese instruments `zh` is authoritative and `en` a rendering.
    pub text: Localized,
}

/// What a rule is: its identity, the law it applies and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RuleDescription {
    /// Stable identifier, such as `cn-frt-art13`.
    pub id: String,
    /// Semantic version of the rule's logic.
    pub version: String,
    /// The instrument, such as `CN-FRT-2025`.
    pub instrument: String,
    /// The articles the rule decides.
    pub articles: Vec<ArticleText>,
    /// A short title.
    pub title: Localized,
    /// Where the instrument applies; empty means everywhere.
    pub jurisdictions: Vec<Jurisdiction>,
    /// The first day the instrument applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<crate::Date>,
    /// Where the quoted text and the citation were taken from (URLs or repository paths).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// What about the citation is not confirmed from a second source; while set, the rule
    /// reports `needs_review` where it would otherwise report `violation`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unconfirmed: Option<Localized>,
}
