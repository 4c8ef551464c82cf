//! Signed frt rule packs: one file holding rule components, a manifest and an ed25519
//! signature over the manifest.
//!
//! A rule author builds components with `frt build`, makes a key once with `frt keygen`, and
//! ships `frt pack DIR --key KEY -o rules.frtpack`. A vendor who trusts the author's public key
//! loads the pack with `frt check --rules rules.frtpack --trusted author.pub`: the signature
//! proves the manifest is the author's, and the manifest's SHA-256 digests prove each
//! component is the one the author packed.
//!
//! # Format
//!
//! The file is a sequence of named, length-prefixed entries (see [`container`](crate#container)
//! below): `manifest.json` ([`Manifest`], schema `frt/pack/v1`), then `signature.json` when the
//! pack is signed, then one `ID.wasm` per component. The signature covers the exact bytes of
//! `manifest.json`; the manifest holds each component's id, version, instrument, articles,
//! size and SHA-256, and the `frt:rule` version they implement.
//!
//! # Container
//!
//! ```text
//! pack   = "FRTPACK1" entry* 0x0000
//! entry  = name-length:u16 name data-length:u64 data      (big-endian)
//! ```
//!
//! Reading refuses entry names other than `manifest.json`, `signature.json` and `NAME.wasm`
//! (lowercase letters, digits, `-`, `_`), duplicates, entries over the size limit, a file that
//! ends early and bytes after the end marker.
//!
//! # Example
//!
//! ```
//! use frt_pack::{ComponentEntry, Pack, ReadLimits, RuleInfo, SecretKey, Signer, Trust};
//!
//! let key = SecretKey::generate()?;
//! let info = RuleInfo {
//!     id: "acme-signage".into(),
//!     version: "0.1.0".into(),
//!     instrument: "ACME-2026".into(),
//!     articles: vec!["1".into()],
//! };
//! let component = b"\0asm...".to_vec();
//! let file = Pack::write(vec![(ComponentEntry::new(info, &component), component)], Some(&key))?;
//!
//! let trust = Trust { trusted: vec![key.public()], allow_unsigned: false };
//! let pack = Pack::read(&file, &ReadLimits::default())?.verify(&trust)?;
//! assert_eq!(pack.signer, Signer::Trusted(key.public()));
//! assert_eq!(pack.components[0].0.id, "acme-signage");
//!
//! // Flip the component's last byte (the file ends with the two-byte end marker).
//! let mut tampered = file.clone();
//! let at = file.len() - 3;
//! tampered[at] ^= 1;
//! let err = Pack::read(&tampered, &ReadLimits::default())?.verify(&trust).unwrap_err();
//! assert!(err.to_string().contains("`acme-signage.wasm` does not match its digest"));
//! # Ok::<(), frt_pack::PackError>(())
//! ```

#![deny(missing_docs)]

mod container;
mod error;
mod keys;
mod manifest;
mod signature;

pub use container::{ReadLimits, is_component_file};
pub use error::PackError;
pub use keys::{PublicKey, SecretKey};
pub use manifest::{
    ComponentEntry, Manifest, RuleInfo, SCHEMA, rule_version_compatible, sha256_hex,
};

/// The version of the `frt:rule` WIT package this library's hosts implement
/// (`package frt:rule@0.1.0;` in `wit/rule.wit`).
pub const FRT_RULE_VERSION: &str = "0.1.0";

/// The usual file extension of a pack.
pub const EXTENSION: &str = "frtpack";

/// A pack read from a file, not yet trusted: its manifest bytes, signature and components.
#[derive(Debug, Clone)]
pub struct Pack {
    manifest: Vec<u8>,
    signature: Option<Vec<u8>>,
    components: Vec<(String, Vec<u8>)>,
}

/// Which keys a host trusts, and whether it loads unsigned packs.
#[derive(Debug, Clone, Default)]
pub struct Trust {
    /// Keys whose signatures are trusted. When not empty, only packs signed by one of them
    /// load: unsigned packs and packs signed by any other key are refused.
    pub trusted: Vec<PublicKey>,
    /// Load unsigned packs (only when no trusted key is configured).
    pub allow_unsigned: bool,
}

/// Who signed a verified pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signer {
    /// A trusted key.
    Trusted(PublicKey),
    /// A key that is not known to be trusted (no trusted keys were configured). The
    /// signature and the digests are intact, but nothing says who made the key.
    Unverified(PublicKey),
    /// Nobody: the pack is unsigned and unsigned packs were allowed. The digests are intact.
    Unsigned,
}

/// A pack whose signature (as the [`Trust`] demands) and digests were checked.
#[derive(Debug, Clone)]
pub struct VerifiedPack {
    /// The manifest.
    pub manifest: Manifest,
    /// Who signed it.
    pub signer: Signer,
    /// Each component with its manifest entry, in the manifest's order.
    pub components: Vec<(ComponentEntry, Vec<u8>)>,
}

impl Pack {
    /// Writes a pack of `components`, signed with `key` when given.
    pub fn write(
        components: Vec<(ComponentEntry, Vec<u8>)>,
        key: Option<&SecretKey>,
    ) -> Result<Vec<u8>, PackError> {
        let (entries, bytes): (Vec<ComponentEntry>, Vec<Vec<u8>>) = components.into_iter().unzip();
        let manifest = Manifest::new(entries);
        let manifest_bytes = manifest.to_bytes();
        // Refuse what a reader would refuse, so a pack that is written also reads.
        Manifest::from_bytes(&manifest_bytes)?;
        let signature = key.map(|k| signature::sign(k, &manifest_bytes));
        let mut out: Vec<(&str, &[u8])> = vec![(container::MANIFEST, &manifest_bytes)];
        if let Some(s) = &signature {
            out.push((container::SIGNATURE, s));
        }
        for (entry, data) in manifest.components.iter().zip(&bytes) {
            out.push((&entry.file, data));
        }
        Ok(container::write(&out))
    }

    /// Reads a pack file: its entries only, nothing is trusted yet.
    pub fn read(bytes: &[u8], limits: &ReadLimits) -> Result<Pack, PackError> {
        let mut entries = container::read(bytes, limits)?.into_iter();
        let (_, manifest) = entries
            .next()
            .expect("the container checked the manifest is first");
        let mut entries = entries.peekable();
        let signature = entries
            .next_if(|(name, _)| name == container::SIGNATURE)
            .map(|(_, data)| data);
        Ok(Pack {
            manifest,
            signature,
            components: entries.collect(),
        })
    }

    /// Checks the signature as `trust` demands, then the manifest, then every component's
    /// digest. The first problem found is the error, naming the component or the key.
    pub fn verify(self, trust: &Trust) -> Result<VerifiedPack, PackError> {
        let signer = self.check_signature(trust)?;
        let manifest = Manifest::from_bytes(&self.manifest)?;
        let mut components = self.components;
        if let Some((file, _)) = components
            .iter()
            .find(|(file, _)| !manifest.components.iter().any(|e| e.file == *file))
        {
            return Err(PackError::UnlistedComponent(file.clone()));
        }
        let verified = manifest
            .components
            .iter()
            .map(|entry| {
                let at = components
                    .iter()
                    .position(|(file, _)| *file == entry.file)
                    .ok_or_else(|| PackError::MissingComponent(entry.file.clone()))?;
                let (_, bytes) = components.swap_remove(at);
                entry.check(&bytes)?;
                Ok((entry.clone(), bytes))
            })
            .collect::<Result<_, PackError>>()?;
        Ok(VerifiedPack {
            manifest,
            signer,
            components: verified,
        })
    }

    /// The key that signed the pack, if any, without checking the signature.
    pub fn claimed_signer(&self) -> Result<Option<PublicKey>, PackError> {
        self.signature.as_deref().map(signature::signer).transpose()
    }

    fn check_signature(&self, trust: &Trust) -> Result<Signer, PackError> {
        let Some(signature) = &self.signature else {
            return if trust.trusted.is_empty() && trust.allow_unsigned {
                Ok(Signer::Unsigned)
            } else {
                Err(PackError::Unsigned {
                    trusted_keys: !trust.trusted.is_empty(),
                })
            };
        };
        let key = signature::verify(signature, &self.manifest)?;
        if trust.trusted.contains(&key) {
            Ok(Signer::Trusted(key))
        } else if trust.trusted.is_empty() {
            Ok(Signer::Unverified(key))
        } else {
            Err(PackError::UntrustedSigner(key.to_string()))
        }
    }
}

#[cfg(test)]
mod tests;
