//! Named rule packs, and checking a declaration against the ones that apply to it.

use frt_model::{Date, Declaration, Localized, RuleDescription};
use frt_report::select::{PackChoice, UnknownPack, select_described};
use frt_report::{FailurePolicy, PackSelection, Report, assemble_with_policy};

use crate::pack::{RulePack, document};

/// A rule pack with a stable name, such as `cn-regional`.
#[derive(Debug, Clone)]
pub struct NamedPack {
    /// The stable name.
    pub name: String,
    /// A title in English and Chinese.
    pub title: Localized,
    /// The rules.
    pub pack: RulePack,
}

/// Several named packs. The host runs the ones whose instruments reach a declaration's
/// jurisdiction (or those the user chose) and the report lists every pack and why it applied
/// or not.
#[derive(Debug, Clone)]
pub struct Catalog {
    packs: Vec<NamedPack>,
}

impl Catalog {
    /// A catalog of `packs`, in the order given (which is the order reports list them in).
    pub fn new(packs: Vec<NamedPack>) -> Catalog {
        Catalog { packs }
    }

    /// This catalog, every pack instantiating its rules as `isolation` says.
    pub fn with_isolation(mut self, isolation: crate::Isolation) -> Catalog {
        for named in &mut self.packs {
            named.pack = named.pack.clone().with_isolation(isolation);
        }
        self
    }

    /// The packs.
    pub fn packs(&self) -> &[NamedPack] {
        &self.packs
    }

    /// For each pack, whether it applies to `declaration` under `choice` and why, with the
    /// indexes of the rules to run. The selection itself is
    /// [`frt_report::select::select_packs`], a pure function every host shares.
    pub fn select(
        &self,
        declaration: &Declaration,
        choice: &PackChoice,
    ) -> Result<Vec<(PackSelection, Vec<usize>)>, UnknownPack> {
        let packs: Vec<(&str, Vec<&RuleDescription>)> = self
            .packs
            .iter()
            .map(|p| {
                let rules = p.pack.rules().iter().map(|r| r.description()).collect();
                (p.name.as_str(), rules)
            })
            .collect();
        select_described(&packs, declaration.jurisdiction.as_ref(), choice)
    }

    /// Checks `declaration` against the rules `choice` selects, under `policy`. The report
    /// lists every pack in `packs`.
    pub fn check(
        &self,
        declaration: &Declaration,
        as_of: Option<Date>,
        policy: FailurePolicy,
        choice: &PackChoice,
    ) -> Result<Report, UnknownPack> {
        let selections = self.select(declaration, choice)?;
        let (as_of, document) = document(declaration, as_of);
        let mut outcomes = Vec::new();
        for (named, (_, chosen)) in self.packs.iter().zip(&selections) {
            outcomes.extend(named.pack.outcomes(chosen, &document, 1));
        }
        let mut report = assemble_with_policy(&declaration.id, as_of, outcomes, policy);
        report.packs = selections.into_iter().map(|(s, _)| s).collect();
        Ok(report)
    }

    /// The descriptions of every rule of every pack.
    pub fn descriptions(&self) -> Vec<RuleDescription> {
        self.packs
            .iter()
            .flat_map(|p| p.pack.rules().iter().map(|r| r.description().clone()))
            .collect()
    }
}
