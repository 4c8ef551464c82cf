//! Which rules apply where and when: the pure selection every host shares.
//!
//! A rule says where its instrument applies ([`RuleDescription::jurisdictions`]: a country,
//! an ISO 3166-2 region, a city) and from when ([`RuleDescription::effective_from`]). A
//! declaration says where the processing happens (`jurisdiction`) and the day it speaks for
//! (`as_of`). [`reach`] compares the places, [`in_force`] the dates. Hosts use them to pick
//! rule packs; rules use them (through the SDK) to say `not_applicable` with the reason.
//!
//! An absent fact is unknown, never fine: a declaration that does not state its region cannot
//! rule out a regional instrument, so [`Reach::Unknown`] names the missing field.

use crate::{Date, Jurisdiction, Localized, RuleDescription, RuleJurisdiction};

/// How a rule's places compare with a declaration's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reach {
    /// The declaration is within one of the rule's places (or the rule applies everywhere).
    Within {
        /// Why, in words.
        reason: Localized,
    },
    /// The declaration is outside every place the rule applies in.
    Outside {
        /// Why, in words.
        reason: Localized,
        /// The declaration field that decided it.
        evidence: &'static str,
    },
    /// A field that would decide it is missing.
    Unknown {
        /// What is missing.
        reason: Localized,
        /// The missing field, as a JSON Pointer.
        evidence: &'static str,
    },
}

impl Reach {
    /// Whether a host should run the rule: within, or not ruled out.
    pub fn selects(&self) -> bool {
        !matches!(self, Reach::Outside { .. })
    }

    /// The reason, in English and Chinese.
    pub fn reason(&self) -> &Localized {
        match self {
            Reach::Within { reason }
            | Reach::Outside { reason, .. }
            | Reach::Unknown { reason, .. } => reason,
        }
    }
}

/// A rule's place as written: `CN`, `CN / CN-ZJ` or `CN / CN-ZJ / Hangzhou`.
pub fn place(j: &RuleJurisdiction) -> String {
    [
        Some(j.country.as_str()),
        j.region.as_deref(),
        j.city.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" / ")
}

/// Where a declaration says its processing happens, written like [`place`].
pub fn declared_place(at: Option<&Jurisdiction>) -> String {
    at.map(|j| {
        [j.country.as_deref(), j.region.as_deref(), j.city.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" / ")
    })
    .unwrap_or_default()
}

/// Compares the places a rule applies in with where the declaration's processing happens.
///
/// A rule place matches when the country is equal and, where the place names a region or a
/// city, those are equal too (regions ignoring case, cities ignoring case and surrounding
/// space). Any match is [`Reach::Within`]; otherwise a missing declaration field that could
/// have matched is [`Reach::Unknown`]; otherwise [`Reach::Outside`]. A rule with no place
/// applies everywhere.
pub fn reach(places: &[RuleJurisdiction], at: Option<&Jurisdiction>) -> Reach {
    if places.is_empty() {
        return Reach::Within {
            reason: Localized::new("The rule applies everywhere.", "该规则不限适用地域。"),
        };
    }
    let outcomes: Vec<Reach> = places.iter().map(|p| reach_one(p, at)).collect();
    let first = |pick: fn(&Reach) -> bool| outcomes.iter().find(|r| pick(r)).cloned();
    first(|r| matches!(r, Reach::Within { .. }))
        .or_else(|| first(|r| matches!(r, Reach::Unknown { .. })))
        .unwrap_or_else(|| outside_all(places, at))
}

fn reach_one(p: &RuleJurisdiction, at: Option<&Jurisdiction>) -> Reach {
    let name = place(p);
    let field = |f: Option<&String>| f.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
    let Some(country) = field(at.and_then(|j| j.country.as_ref())) else {
        return unknown(&name, "country", "/jurisdiction/country");
    };
    if !country.eq_ignore_ascii_case(&p.country) {
        return outside_marker();
    }
    if let Some(region) = &p.region {
        match field(at.and_then(|j| j.region.as_ref())) {
            None => return unknown(&name, "region", "/jurisdiction/region"),
            Some(r) if !r.eq_ignore_ascii_case(region) => return outside_marker(),
            Some(_) => {}
        }
    }
    if let Some(city) = &p.city {
        match field(at.and_then(|j| j.city.as_ref())) {
            None => return unknown(&name, "city", "/jurisdiction/city"),
            Some(c) if !c.eq_ignore_ascii_case(city) => return outside_marker(),
            Some(_) => {}
        }
    }
    Reach::Within {
        reason: Localized::new(
            format!("The processing happens in `{name}`, where the instrument applies."),
            format!("处理活动位于 `{name}`，属于该文件的适用地域。"),
        ),
    }
}

fn unknown(name: &str, what: &str, evidence: &'static str) -> Reach {
    let zh = match what {
        "country" => "国家",
        "region" => "省级行政区",
        _ => "城市",
    };
    Reach::Unknown {
        reason: Localized::new(
            format!(
                "The instrument applies in `{name}`; the declaration does not state its {what} (`jurisdiction.{what}`), so whether it applies is unknown."
            ),
            format!(
                "该文件适用于 `{name}`；声明未填写{zh}（`jurisdiction.{what}`），无法确定是否适用。"
            ),
        ),
        evidence,
    }
}

/// Stands for "this place does not match"; [`outside_all`] words the reason once for all.
fn outside_marker() -> Reach {
    Reach::Outside {
        reason: Localized::default(),
        evidence: "/jurisdiction",
    }
}

fn outside_all(places: &[RuleJurisdiction], at: Option<&Jurisdiction>) -> Reach {
    let names: Vec<String> = places.iter().map(|p| format!("`{}`", place(p))).collect();
    let names = names.join(", ");
    let here = declared_place(at);
    Reach::Outside {
        reason: Localized::new(
            format!("The instrument applies in {names}; this processing happens in `{here}`."),
            format!("该文件适用于 {names}；本处理活动位于 `{here}`。"),
        ),
        evidence: "/jurisdiction",
    }
}

/// Why the rule's instrument does not yet apply on `as_of`, or `None` when it does (or its
/// first day is unknown).
pub fn not_yet_in_force(rule: &RuleDescription, as_of: Date) -> Option<Localized> {
    let from = rule.effective_from?;
    (as_of < from).then(|| {
        Localized::new(
            format!(
                "`{}` applies from {from}; this assessment speaks for {as_of}.",
                rule.instrument
            ),
            format!(
                "`{}` 自{from}起施行；本评估日期为{as_of}。",
                rule.instrument
            ),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(country: Option<&str>, region: Option<&str>, city: Option<&str>) -> Jurisdiction {
        Jurisdiction {
            country: country.map(str::to_owned),
            region: region.map(str::to_owned),
            city: city.map(str::to_owned),
        }
    }

    fn rule_place(country: &str, region: Option<&str>, city: Option<&str>) -> RuleJurisdiction {
        RuleJurisdiction {
            country: country.into(),
            region: region.map(str::to_owned),
            city: city.map(str::to_owned),
        }
    }

    #[test]
    fn a_national_rule_reaches_every_region_of_its_country() {
        let cn = [rule_place("CN", None, None)];
        let hz = at(Some("CN"), Some("CN-ZJ"), Some("Hangzhou"));
        assert!(matches!(reach(&cn, Some(&hz)), Reach::Within { .. }));
        let il = at(Some("US"), Some("US-IL"), None);
        assert!(matches!(reach(&cn, Some(&il)), Reach::Outside { .. }));
    }

    #[test]
    fn a_municipal_rule_needs_its_city() {
        let hz = [rule_place("CN", Some("CN-ZJ"), Some("Hangzhou"))];
        let here = at(Some("CN"), Some("cn-zj"), Some(" hangzhou "));
        assert!(reach(&hz, Some(&here)).selects());
        let ningbo = at(Some("CN"), Some("CN-ZJ"), Some("Ningbo"));
        let outside = reach(&hz, Some(&ningbo));
        assert!(!outside.selects());
        assert!(outside.reason().en.contains("`CN / CN-ZJ / Ningbo`"));
        let no_city = at(Some("CN"), Some("CN-ZJ"), None);
        assert!(matches!(
            reach(&hz, Some(&no_city)),
            Reach::Unknown {
                evidence: "/jurisdiction/city",
                ..
            }
        ));
    }

    #[test]
    fn a_missing_country_rules_nothing_out() {
        let il = [rule_place("US", Some("US-IL"), None)];
        assert!(matches!(
            reach(&il, None),
            Reach::Unknown {
                evidence: "/jurisdiction/country",
                ..
            }
        ));
        assert!(reach(&[], None).selects());
    }

    #[test]
    fn any_place_of_several_is_enough() {
        let eu = [rule_place("DE", None, None), rule_place("FR", None, None)];
        assert!(reach(&eu, Some(&at(Some("FR"), None, None))).selects());
        assert!(!reach(&eu, Some(&at(Some("CN"), None, None))).selects());
    }
}
