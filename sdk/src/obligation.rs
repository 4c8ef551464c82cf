//! Obligations and the findings they produce.

use frt_model::{Finding, Localized, Severity, Status};

/// A duty a rule decides: a stable id and where it stands in the text.
///
/// Declare obligations as constants, so their ids are written once and listed in one place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Obligation {
    /// Stable identifier, never reused for another meaning, such as `cn-frt-13-signage`.
    pub id: &'static str,
    /// The article number.
    pub article: &'static str,
    /// The paragraph (款), from 1.
    pub paragraph: Option<u32>,
    /// The item (项), from 1.
    pub item: Option<u32>,
    /// The severity of a breach.
    pub severity: Severity,
    /// A short title in English and Chinese.
    pub title: (&'static str, &'static str),
    /// A duty of the handler itself (an entrusted processor cannot be in breach of it, see
    /// [`crate::measures::for_entrusted_processor`]).
    pub handler_duty: bool,
}

impl Obligation {
    /// An obligation of `article` with severity `high`.
    pub const fn new(id: &'static str, article: &'static str) -> Obligation {
        Obligation {
            id,
            article,
            paragraph: None,
            item: None,
            severity: Severity::High,
            title: ("", ""),
            handler_duty: false,
        }
    }

    /// The paragraph (款).
    pub const fn paragraph(mut self, paragraph: u32) -> Obligation {
        self.paragraph = Some(paragraph);
        self
    }

    /// The item (项).
    pub const fn item(mut self, item: u32) -> Obligation {
        self.item = Some(item);
        self
    }

    /// The severity of a breach.
    pub const fn severity(mut self, severity: Severity) -> Obligation {
        self.severity = severity;
        self
    }

    /// A short title.
    pub const fn title(mut self, en: &'static str, zh: &'static str) -> Obligation {
        self.title = (en, zh);
        self
    }

    /// Marks a duty that rests on the handler itself.
    pub const fn handler_duty(mut self) -> Obligation {
        self.handler_duty = true;
        self
    }

    fn finding(
        &self,
        status: Status,
        en: impl Into<String>,
        zh: impl Into<String>,
    ) -> FindingBuilder {
        let severity = match status {
            Status::Violation | Status::NeedsReview | Status::Error => self.severity,
            Status::Advisory => Severity::Low,
            Status::Satisfied | Status::NotApplicable => Severity::Info,
        };
        FindingBuilder {
            finding: Finding {
                obligation: self.id.to_owned(),
                article: self.article.to_owned(),
                paragraph: self.paragraph,
                item: self.item,
                status,
                severity,
                message: Localized::new(en, zh),
                evidence: Vec::new(),
                remediation: None,
            },
        }
    }

    /// The obligation is breached.
    pub fn violation(&self, en: impl Into<String>, zh: impl Into<String>) -> FindingBuilder {
        self.finding(Status::Violation, en, zh)
    }

    /// A deciding fact is missing, or a person must judge.
    pub fn needs_review(&self, en: impl Into<String>, zh: impl Into<String>) -> FindingBuilder {
        self.finding(Status::NeedsReview, en, zh)
    }

    /// An encouraged practice is not followed.
    pub fn advisory(&self, en: impl Into<String>, zh: impl Into<String>) -> FindingBuilder {
        self.finding(Status::Advisory, en, zh)
    }

    /// The obligation is met.
    pub fn satisfied(&self, en: impl Into<String>, zh: impl Into<String>) -> FindingBuilder {
        self.finding(Status::Satisfied, en, zh)
    }

    /// The obligation does not apply.
    pub fn not_applicable(&self, en: impl Into<String>, zh: impl Into<String>) -> FindingBuilder {
        self.finding(Status::NotApplicable, en, zh)
    }
}

/// A finding under construction.
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use = "a finding builder does nothing until it is turned into a `Finding`"]
pub struct FindingBuilder {
    finding: Finding,
}

impl FindingBuilder {
    /// A JSON Pointer into the declaration the finding rests on, or a missing field.
    pub fn evidence(mut self, pointer: &str) -> Self {
        if !self.finding.evidence.iter().any(|p| p == pointer) {
            self.finding.evidence.push(pointer.to_owned());
        }
        self
    }

    /// Several evidence pointers.
    pub fn evidence_all<'p>(self, pointers: impl IntoIterator<Item = &'p str>) -> Self {
        pointers.into_iter().fold(self, FindingBuilder::evidence)
    }

    /// What to do.
    pub fn remediation(mut self, en: impl Into<String>, zh: impl Into<String>) -> Self {
        self.finding.remediation = Some(Localized::new(en, zh));
        self
    }

    /// A severity other than the obligation's.
    pub fn severity(mut self, severity: Severity) -> Self {
        self.finding.severity = severity;
        self
    }

    /// The finding.
    pub fn build(self) -> Finding {
        self.finding
    }
}

impl From<FindingBuilder> for Finding {
    fn from(builder: FindingBuilder) -> Finding {
        builder.finding
    }
}
