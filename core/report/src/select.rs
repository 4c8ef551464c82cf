//! Choosing rule packs for a declaration: pure, so every host chooses the same rules.
//!
//! Each rule says where its instrument applies; [`frt_model::select::reach`] compares that
//! with the declaration's `jurisdiction`. A pack applies when any of its rules reaches the
//! declaration or cannot be ruled out (a missing field is unknown, never "elsewhere"), and
//! then only those rules of it run. A choice made by the user ([`PackChoice::All`],
//! [`PackChoice::Named`]) overrides this: every rule of a chosen pack runs, and a rule outside
//! its place says so itself with `not_applicable`.

use frt_model::select::{Reach, declared_place, place, reach};
use frt_model::{Jurisdiction, Localized, RuleDescription};

use crate::PackSelection;

/// Which packs to run.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum PackChoice {
    /// The packs whose instruments reach the declaration's jurisdiction.
    #[default]
    ByJurisdiction,
    /// Every pack.
    All,
    /// The packs with these names.
    Named(Vec<String>),
}

/// A pack as selection sees it: its name and its rules' descriptions.
#[derive(Debug, Clone, Copy)]
pub struct PackRules<'a> {
    /// The pack's name.
    pub name: &'a str,
    /// Its rules, in pack order.
    pub rules: &'a [&'a RuleDescription],
}

/// A pack name the choice named that no pack has.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown rule pack `{name}`; available packs: {available}")]
pub struct UnknownPack {
    /// The name given.
    pub name: String,
    /// The names that exist, in backticks, comma-separated.
    pub available: String,
}

/// For each pack, whether it applies and why, and the indexes (into its `rules`) of the rules
/// to run.
pub fn select_packs(
    packs: &[PackRules<'_>],
    at: Option<&Jurisdiction>,
    choice: &PackChoice,
) -> Result<Vec<(PackSelection, Vec<usize>)>, UnknownPack> {
    if let PackChoice::Named(names) = choice
        && let Some(name) = names.iter().find(|n| !packs.iter().any(|p| p.name == *n))
    {
        let available: Vec<String> = packs.iter().map(|p| format!("`{}`", p.name)).collect();
        return Err(UnknownPack {
            name: name.clone(),
            available: available.join(", "),
        });
    }
    Ok(packs.iter().map(|p| select_pack(p, at, choice)).collect())
}

/// [`select_packs`] for packs given as their names and their rules' descriptions.
pub fn select_described(
    packs: &[(&str, Vec<&RuleDescription>)],
    at: Option<&Jurisdiction>,
    choice: &PackChoice,
) -> Result<Vec<(PackSelection, Vec<usize>)>, UnknownPack> {
    let rules: Vec<PackRules<'_>> = packs
        .iter()
        .map(|(name, rules)| PackRules { name, rules })
        .collect();
    select_packs(&rules, at, choice)
}

fn select_pack(
    pack: &PackRules<'_>,
    at: Option<&Jurisdiction>,
    choice: &PackChoice,
) -> (PackSelection, Vec<usize>) {
    let every: Vec<usize> = (0..pack.rules.len()).collect();
    let (applied, reason, chosen) = match choice {
        PackChoice::All => (true, chosen_reason("--all-packs"), every),
        PackChoice::Named(names) if names.iter().any(|n| n == pack.name) => {
            (true, chosen_reason(&format!("--pack {}", pack.name)), every)
        }
        PackChoice::Named(_) => (
            false,
            Localized::new("Not chosen with `--pack`.", "未通过 `--pack` 选择。"),
            Vec::new(),
        ),
        PackChoice::ByJurisdiction => by_jurisdiction(pack, at),
    };
    let rules = chosen.iter().map(|&i| pack.rules[i].id.clone()).collect();
    let selection = PackSelection {
        name: pack.name.to_owned(),
        applied,
        reason,
        rules,
    };
    (selection, chosen)
}

fn chosen_reason(flag: &str) -> Localized {
    Localized::new(
        format!("Chosen on the command line (`{flag}`); a rule outside its place says so."),
        format!("通过命令行选择（`{flag}`）；不适用地域的规则会自行说明。"),
    )
}

fn by_jurisdiction(
    pack: &PackRules<'_>,
    at: Option<&Jurisdiction>,
) -> (bool, Localized, Vec<usize>) {
    let reaches: Vec<Reach> = pack
        .rules
        .iter()
        .map(|r| reach(&r.jurisdictions, at))
        .collect();
    let chosen: Vec<usize> = (0..reaches.len())
        .filter(|&i| reaches[i].selects())
        .collect();
    let within: Vec<&str> = chosen
        .iter()
        .filter(|&&i| matches!(reaches[i], Reach::Within { .. }))
        .map(|&i| pack.rules[i].id.as_str())
        .collect();
    if !within.is_empty() {
        let ids = within.join(", ");
        let reason = Localized::new(
            format!("Its instruments reach where the processing happens: {ids}."),
            format!("其法律文件适用于处理活动所在地：{ids}。"),
        );
        return (true, reason, chosen);
    }
    if let Some(&first) = chosen.first() {
        let reason = reaches[first].reason().clone();
        return (true, reason, chosen);
    }
    if pack.rules.is_empty() {
        let reason = Localized::new("The pack holds no rules.", "该规则包不含规则。");
        return (false, reason, Vec::new());
    }
    let mut places: Vec<String> = pack
        .rules
        .iter()
        .flat_map(|r| r.jurisdictions.iter().map(|j| format!("`{}`", place(j))))
        .collect();
    places.sort();
    places.dedup();
    let places = places.join(", ");
    let here = declared_place(at);
    let reason = Localized::new(
        format!("Its instruments apply in {places}; the processing happens in `{here}`."),
        format!("其法律文件适用于 {places}；处理活动位于 `{here}`。"),
    );
    (false, reason, Vec::new())
}

#[cfg(test)]
mod tests {
    use super::*;
    use frt_model::{Localized, RuleJurisdiction};

    fn rule(id: &str, country: &str, region: Option<&str>, city: Option<&str>) -> RuleDescription {
        RuleDescription {
            id: id.into(),
            version: "0.1.0".into(),
            instrument: "X".into(),
            articles: vec![],
            title: Localized::new("t", "t"),
            jurisdictions: vec![RuleJurisdiction {
                country: country.into(),
                region: region.map(str::to_owned),
                city: city.map(str::to_owned),
            }],
            effective_from: None,
            sources: vec![],
            unconfirmed: None,
        }
    }

    fn at(country: &str, region: Option<&str>, city: Option<&str>) -> Jurisdiction {
        Jurisdiction {
            country: Some(country.into()),
            region: region.map(str::to_owned),
            city: city.map(str::to_owned),
        }
    }

    fn applied(selections: &[(PackSelection, Vec<usize>)]) -> Vec<(&str, Vec<&str>)> {
        selections
            .iter()
            .filter(|(s, _)| s.applied)
            .map(|(s, _)| {
                (
                    s.name.as_str(),
                    s.rules.iter().map(String::as_str).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn a_hangzhou_declaration_gets_national_and_hangzhou_rules_only() {
        let measures = rule("cn-frt-art4", "CN", None, None);
        let pipl = rule("cn-pipl-art26", "CN", None, None);
        let hz = rule(
            "cn-hz-property-art50",
            "CN",
            Some("CN-ZJ"),
            Some("Hangzhou"),
        );
        let sh = rule("cn-sh-data-art23", "CN", Some("CN-SH"), None);
        let bipa = rule("us-il-bipa-15", "US", Some("US-IL"), None);
        let packs = [
            PackRules {
                name: "cn-measures",
                rules: &[&measures],
            },
            PackRules {
                name: "cn-national-law",
                rules: &[&pipl],
            },
            PackRules {
                name: "cn-regional",
                rules: &[&hz, &sh],
            },
            PackRules {
                name: "us-states",
                rules: &[&bipa],
            },
        ];
        let hangzhou = at("CN", Some("CN-ZJ"), Some("Hangzhou"));
        let chosen = select_packs(&packs, Some(&hangzhou), &PackChoice::ByJurisdiction).unwrap();
        assert_eq!(
            applied(&chosen),
            [
                ("cn-measures", vec!["cn-frt-art4"]),
                ("cn-national-law", vec!["cn-pipl-art26"]),
                ("cn-regional", vec!["cn-hz-property-art50"]),
            ]
        );
        let us = &chosen[3].0;
        assert!(us.reason.en.contains("`US / US-IL`"), "{}", us.reason.en);

        let illinois = at("US", Some("US-IL"), None);
        let chosen = select_packs(&packs, Some(&illinois), &PackChoice::ByJurisdiction).unwrap();
        assert_eq!(applied(&chosen), [("us-states", vec!["us-il-bipa-15"])]);
    }

    #[test]
    fn a_choice_overrides_the_jurisdiction_and_unknown_names_are_refused() {
        let sh = rule("cn-sh-data-art23", "CN", Some("CN-SH"), None);
        let packs = [PackRules {
            name: "cn-regional",
            rules: &[&sh],
        }];
        let illinois = at("US", Some("US-IL"), None);
        let all = select_packs(&packs, Some(&illinois), &PackChoice::All).unwrap();
        assert_eq!(applied(&all), [("cn-regional", vec!["cn-sh-data-art23"])]);
        let named = PackChoice::Named(vec!["cn-regionl".into()]);
        let err = select_packs(&packs, Some(&illinois), &named).unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown rule pack `cn-regionl`; available packs: `cn-regional`"
        );
    }

    #[test]
    fn a_missing_region_cannot_rule_a_regional_pack_out() {
        let sh = rule("cn-sh-data-art23", "CN", Some("CN-SH"), None);
        let packs = [PackRules {
            name: "cn-regional",
            rules: &[&sh],
        }];
        let cn = at("CN", None, None);
        let chosen = select_packs(&packs, Some(&cn), &PackChoice::ByJurisdiction).unwrap();
        assert!(chosen[0].0.applied);
        assert!(chosen[0].0.reason.en.contains("`jurisdiction.region`"));
    }
}
