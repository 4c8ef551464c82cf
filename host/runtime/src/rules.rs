//! What a host checks declarations against: the built-in packs, chosen for each declaration,
//! or one pack whose every rule runs.

use frt_model::{Date, Declaration, RuleDescription};
use frt_report::select::{PackChoice, UnknownPack};
use frt_report::{FailurePolicy, Report};

use crate::catalog::Catalog;
use crate::pack::{LoadedRule, RulePack};

/// The rules a host checks declarations against.
#[derive(Debug, Clone)]
pub enum Rules {
    /// Named packs (such as [`crate::Runtime::builtin_packs`]); each check runs the packs its
    /// [`PackChoice`] selects, and the report lists every pack and why.
    Catalog(Catalog),
    /// One pack (a pack file or a directory of components); every rule runs, whatever the
    /// declaration's jurisdiction.
    Pack(RulePack),
}

impl Rules {
    /// Checks `declaration` under `policy`. `choice` selects among a catalog's packs; a
    /// single pack runs whole and ignores it.
    pub fn check(
        &self,
        declaration: &Declaration,
        as_of: Option<Date>,
        policy: FailurePolicy,
        choice: &PackChoice,
    ) -> Result<Report, UnknownPack> {
        match self {
            Rules::Catalog(catalog) => catalog.check(declaration, as_of, policy, choice),
            Rules::Pack(pack) => Ok(pack.check_with_policy(declaration, as_of, policy)),
        }
    }

    /// These rules, instantiated as `isolation` says.
    pub fn with_isolation(self, isolation: crate::Isolation) -> Rules {
        match self {
            Rules::Catalog(catalog) => Rules::Catalog(catalog.with_isolation(isolation)),
            Rules::Pack(pack) => Rules::Pack(pack.with_isolation(isolation)),
        }
    }

    /// Every loaded rule, with the name of its pack (empty for a single pack).
    pub fn loaded(&self) -> Vec<(&str, &LoadedRule)> {
        match self {
            Rules::Catalog(catalog) => catalog
                .packs()
                .iter()
                .flat_map(|p| p.pack.rules().iter().map(|r| (p.name.as_str(), r)))
                .collect(),
            Rules::Pack(pack) => pack.rules().iter().map(|r| ("", r)).collect(),
        }
    }

    /// Every loaded rule as the JSON `frt rules list --json` and the service's `/v1/rules`
    /// print: its self-description, its `digest`, and its `pack` when it came from a catalog.
    pub fn listing(&self) -> Vec<serde_json::Value> {
        self.loaded()
            .into_iter()
            .map(|(pack, rule)| listing(pack, rule))
            .collect()
    }

    /// The descriptions of every loaded rule.
    pub fn descriptions(&self) -> Vec<RuleDescription> {
        match self {
            Rules::Catalog(catalog) => catalog.descriptions(),
            Rules::Pack(pack) => pack
                .rules()
                .iter()
                .map(|r| r.description().clone())
                .collect(),
        }
    }

    /// Refuses a `choice` that names a pack this catalog lacks, before any declaration is
    /// read. A single pack accepts every choice.
    pub fn check_choice(&self, choice: &PackChoice) -> Result<(), UnknownPack> {
        match self {
            Rules::Catalog(catalog) => catalog.select(&Declaration::default(), choice).map(|_| ()),
            Rules::Pack(_) => Ok(()),
        }
    }
}

impl From<Catalog> for Rules {
    fn from(catalog: Catalog) -> Rules {
        Rules::Catalog(catalog)
    }
}

impl From<RulePack> for Rules {
    fn from(pack: RulePack) -> Rules {
        Rules::Pack(pack)
    }
}

/// One rule as listed: its self-description, `digest`, and `pack` unless `pack` is empty.
pub fn listing(pack: &str, rule: &LoadedRule) -> serde_json::Value {
    let mut v = serde_json::to_value(rule.description()).expect("a description is JSON");
    v["digest"] = rule.digest().into();
    if !pack.is_empty() {
        v["pack"] = pack.into();
    }
    v
}
