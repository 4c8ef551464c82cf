//! The vocabulary rules and reports share: statuses, severities, bilingual text, findings.

use serde::{Deserialize, Serialize};

/// A text in English and in Chinese.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Localized {
    /// English.
    pub en: String,
    /// Chinese (简体中文).
    pub zh: String,
}

impl Localized {
    /// A text from its English and Chinese versions.
    pub fn new(en: impl Into<String>, zh: impl Into<String>) -> Localized {
        Localized {
            en: en.into(),
            zh: zh.into(),
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Zh => &self.zh,
        }
    }
}

/// A language a report can be read in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Chinese.
    Zh,
}

/// How an obligation stands for a declaration, from worst to best.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The rule module failed; the finding says how. Only hosts produce it.
    Error,
    /// The declaration shows the obligation is breached.
    Violation,
    /// A deciding fact is missing, or a person must judge it.
    NeedsReview,
    /// A provision that only encourages is not followed.
    Advisory,
    /// The obligation is met.
    Satisfied,
    /// The obligation does not apply.
    NotApplicable,
}

impl Status {
    /// Every status, worst first.
    pub const ALL: [Status; 6] = [
        Status::Error,
        Status::Violation,
        Status::NeedsReview,
        Status::Advisory,
        Status::Satisfied,
        Status::NotApplicable,
    ];

    /// The status as written in a report.
    pub const fn as_str(self) -> &'static str {
        match self {
            Status::Error => "error",
            Status::Violation => "violation",
            Status::NeedsReview => "needs_review",
            Status::Advisory => "advisory",
            Status::Satisfied => "satisfied",
            Status::NotApplicable => "not_applicable",
        }
    }

    /// 0 for the worst status, `error`, up to 5 for `not_applicable`.
    pub const fn rank(self) -> u8 {
        self as u8
    }

    /// The worse of two statuses.
    pub fn worse(self, other: Status) -> Status {
        if other.rank() < self.rank() {
            other
        } else {
            self
        }
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Must stop before processing continues; the text allows no exception.
    Blocking,
    /// A breach that exposes the handler to enforcement.
    High,
    /// A breach of a procedural duty.
    Medium,
    /// A shortcoming of form.
    Low,
    /// For information only.
    Info,
}

impl Severity {
    /// The severity as written in a report.
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Blocking => "blocking",
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
            Severity::Info => "info",
        }
    }
}

/// One obligation as a rule decided it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable identifier of the obligation, such as `cn-frt-13-private-space`.
    pub obligation: String,
    /// The article number as written in the instrument.
    pub article: String,
    /// The paragraph (款), counted from 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u32>,
    /// The item (项), counted from 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<u32>,
    /// How the obligation stands.
    pub status: Status,
    /// How much it matters.
    pub severity: Severity,
    /// What is right, wrong or missing.
    pub message: Localized,
    /// JSON Pointers into the declaration.
    pub evidence: Vec<String>,
    /// What to do, for `violation` and `needs_review`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remediation: Option<Localized>,
}
