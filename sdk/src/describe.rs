//! Building a rule's description.

use frt_model::{ArticleText, Date, Localized, RuleDescription, RuleJurisdiction};

/// Starts the description of rule `id` at `version`, applying `instrument`.
pub fn describe(id: &str, version: &str, instrument: &str) -> DescriptionBuilder {
    DescriptionBuilder {
        description: RuleDescription {
            id: id.to_owned(),
            version: version.to_owned(),
            instrument: instrument.to_owned(),
            articles: Vec::new(),
            title: Localized::default(),
            jurisdictions: Vec::new(),
            effective_from: None,
            sources: Vec::new(),
            unconfirmed: None,
        },
    }
}

/// A rule description under construction.
#[derive(Debug, Clone)]
pub struct DescriptionBuilder {
    description: RuleDescription,
}

impl DescriptionBuilder {
    /// The rule's title.
    pub fn title(mut self, en: &str, zh: &str) -> Self {
        self.description.title = Localized::new(en, zh);
        self
    }

    /// An article the rule decides, with an English rendering and the Chinese text.
    pub fn article(mut self, number: &str, en: &str, zh: &str) -> Self {
        self.description.articles.push(ArticleText {
            number: number.to_owned(),
            text: Localized::new(en, zh),
        });
        self
    }

    /// A place where the instrument applies: a country, optionally a region and a city.
    pub fn jurisdiction(mut self, country: &str, region: Option<&str>, city: Option<&str>) -> Self {
        self.description.jurisdictions.push(RuleJurisdiction {
            country: country.to_owned(),
            region: region.map(str::to_owned),
            city: city.map(str::to_owned),
        });
        self
    }

    /// The first day the instrument applies.
    pub fn effective_from(mut self, date: Date) -> Self {
        self.description.effective_from = Some(date);
        self
    }

    /// A source of the quoted text or the citation: a URL or a repository path.
    pub fn source(mut self, source: &str) -> Self {
        self.description.sources.push(source.to_owned());
        self
    }

    /// Says what about the citation is not confirmed from a second source. Rules that say so
    /// report `needs_review` instead of `violation` (see [`crate::law::decide`]).
    pub fn unconfirmed(mut self, en: &str, zh: &str) -> Self {
        self.description.unconfirmed = Some(Localized::new(en, zh));
        self
    }

    /// The description.
    pub fn build(self) -> RuleDescription {
        self.description
    }
}
