//! Loading rule packs (`frt/pack/v1` files): verify, then load each component as usual, then
//! check that each rule describes itself as the signed manifest says.

use frt_pack::{ComponentEntry, Pack, ReadLimits, Signer, Trust};

use crate::error::LoadError;
use crate::load::{Runtime, Source};
use crate::pack::{LoadedRule, RulePack};

/// A rule pack loaded from a pack file, with who signed it.
#[derive(Debug)]
pub struct LoadedPack {
    /// The rules.
    pub rules: RulePack,
    /// Who signed the pack, as far as the [`Trust`] could tell.
    pub signer: Signer,
}

impl Runtime {
    /// Loads the pack file `bytes` (named `name` in errors): reads it under this runtime's
    /// component size limit, verifies it as `trust` demands (signature, then every digest),
    /// loads every component through the usual checks, and refuses a rule whose own
    /// description differs from its manifest entry.
    pub fn load_pack(
        &self,
        name: &str,
        bytes: &[u8],
        trust: &Trust,
    ) -> Result<LoadedPack, LoadError> {
        let pack_error = |source| LoadError::Pack {
            name: name.to_owned(),
            source,
        };
        let limits = ReadLimits {
            max_component_bytes: self.limits.max_component_bytes as u64,
            ..ReadLimits::default()
        };
        let verified = Pack::read(bytes, &limits)
            .and_then(|pack| pack.verify(trust))
            .map_err(pack_error)?;
        let sources: Vec<Source> = verified
            .components
            .iter()
            .map(|(entry, bytes)| Source {
                name: format!("{name}:{}", entry.file),
                bytes,
                // Verifying the pack hashed every component; loading need not hash it again.
                digest: Some(format!("sha256:{}", entry.sha256)),
            })
            .collect();
        let rules = self.load_sources(&sources)?;
        for (source, (entry, _)) in sources.iter().zip(&verified.components) {
            let rule = rules
                .rules()
                .iter()
                .find(|r| r.source() == source.name)
                .expect("every component was loaded");
            matches_entry(rule, entry)?;
        }
        Ok(LoadedPack {
            rules,
            signer: verified.signer,
        })
    }
}

impl Runtime {
    /// Verifies and loads the pack file `bytes` like [`Runtime::load_pack`], then compiles its
    /// components to native code for this machine into `dir` (see
    /// [`Runtime::with_precompiled`]). Only a pack that loads is compiled. Returns the files
    /// written.
    pub fn precompile_pack(
        &self,
        name: &str,
        bytes: &[u8],
        trust: &Trust,
        dir: &std::path::Path,
    ) -> Result<Vec<std::path::PathBuf>, LoadError> {
        self.load_pack(name, bytes, trust)?;
        let verified = Pack::read(bytes, &ReadLimits::default())
            .and_then(|pack| pack.verify(trust))
            .map_err(|source| LoadError::Pack {
                name: name.to_owned(),
                source,
            })?;
        self.precompile(
            verified
                .components
                .iter()
                .map(|(entry, bytes)| (entry.file.as_str(), bytes.as_slice())),
            dir,
        )
    }
}

/// Refuses a rule whose description differs from its signed manifest entry: the manifest is
/// what a vendor reviews and trusts, so it must say what the component does.
fn matches_entry(rule: &LoadedRule, entry: &ComponentEntry) -> Result<(), LoadError> {
    let d = rule.description();
    let articles: Vec<String> = d.articles.iter().map(|a| a.number.clone()).collect();
    let fields: [(&'static str, String, String); 4] = [
        ("id", entry.id.clone(), d.id.clone()),
        ("version", entry.version.clone(), d.version.clone()),
        ("instrument", entry.instrument.clone(), d.instrument.clone()),
        ("articles", entry.articles.join(","), articles.join(",")),
    ];
    match fields
        .into_iter()
        .find(|(_, listed, described)| listed != described)
    {
        Some((field, listed, described)) => Err(LoadError::ManifestMismatch {
            name: rule.source().to_owned(),
            field,
            listed,
            described,
        }),
        None => Ok(()),
    }
}
