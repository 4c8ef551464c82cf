//! The manifest: what a pack holds, with a digest per component. Its bytes are what the
//! signature covers.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::{FRT_RULE_VERSION, PackError};

/// The manifest's schema identifier.
pub const SCHEMA: &str = "frt/pack/v1";

/// What a pack holds. Written as `manifest.json`, the first entry of the pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// Always `frt/pack/v1`.
    pub schema: String,
    /// The `frt:rule` WIT version the components implement, such as `0.1.0`.
    pub frt_rule: String,
    /// One entry per component, in the order of the pack.
    pub components: Vec<ComponentEntry>,
}

/// One component of a pack: what the rule says it is, and the digest of its bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComponentEntry {
    /// The entry's file name in the pack, `ID.wasm`.
    pub file: String,
    /// The rule's id, as its `describe` returns it.
    pub id: String,
    /// The rule's version.
    pub version: String,
    /// The instrument the rule applies.
    pub instrument: String,
    /// The articles it decides.
    pub articles: Vec<String>,
    /// SHA-256 of the component's bytes, in lowercase hex.
    pub sha256: String,
    /// The component's size in bytes.
    pub size: u64,
}

/// What a rule says it is, for its manifest entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleInfo {
    /// The rule's id.
    pub id: String,
    /// The rule's version.
    pub version: String,
    /// The instrument it applies.
    pub instrument: String,
    /// The articles it decides.
    pub articles: Vec<String>,
}

impl ComponentEntry {
    /// The entry for a component with `bytes` that describes itself as `info`.
    pub fn new(info: RuleInfo, bytes: &[u8]) -> ComponentEntry {
        ComponentEntry {
            file: format!("{}.wasm", info.id),
            id: info.id,
            version: info.version,
            instrument: info.instrument,
            articles: info.articles,
            sha256: sha256_hex(bytes),
            size: bytes.len() as u64,
        }
    }

    /// Checks `bytes` against the entry's digest and size.
    pub fn check(&self, bytes: &[u8]) -> Result<(), PackError> {
        let actual = sha256_hex(bytes);
        if actual != self.sha256 || bytes.len() as u64 != self.size {
            return Err(PackError::Digest {
                file: self.file.clone(),
                expected: self.sha256.clone(),
                actual,
            });
        }
        Ok(())
    }
}

impl Manifest {
    /// A manifest for `components`, for the `frt:rule` version this library implements.
    pub fn new(components: Vec<ComponentEntry>) -> Manifest {
        Manifest {
            schema: SCHEMA.to_owned(),
            frt_rule: FRT_RULE_VERSION.to_owned(),
            components,
        }
    }

    /// The bytes written as `manifest.json` and signed: pretty JSON with fields in a fixed
    /// order, so the same manifest always gives the same bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = serde_json::to_vec_pretty(self).expect("a manifest is JSON");
        bytes.push(b'\n');
        bytes
    }

    /// Reads `manifest.json` and checks its schema, its `frt:rule` version and its ids.
    pub fn from_bytes(bytes: &[u8]) -> Result<Manifest, PackError> {
        let manifest: Manifest =
            serde_json::from_slice(bytes).map_err(|e| PackError::Manifest(e.to_string()))?;
        if manifest.schema != SCHEMA {
            return Err(PackError::Schema(manifest.schema));
        }
        if !rule_version_compatible(&manifest.frt_rule) {
            return Err(PackError::RuleVersion {
                pack: manifest.frt_rule,
                host: FRT_RULE_VERSION,
            });
        }
        for (i, entry) in manifest.components.iter().enumerate() {
            if !crate::is_component_file(&entry.file) {
                return Err(PackError::BadEntryName(entry.file.clone()));
            }
            if manifest.components[..i].iter().any(|e| e.id == entry.id) {
                return Err(PackError::DuplicateId(entry.id.clone()));
            }
        }
        Ok(manifest)
    }
}

/// Whether a host implementing [`FRT_RULE_VERSION`] loads rules written against `version`:
/// below 1.0 the major and minor versions must match (a minor bump is breaking); from 1.0 the
/// major must match and the minor be no newer than the host's. Patch versions never matter.
pub fn rule_version_compatible(version: &str) -> bool {
    let parse = |v: &str| -> Option<(u64, u64)> {
        let mut parts = v.split('.');
        let major = parts.next()?.parse().ok()?;
        let minor = parts.next()?.parse().ok()?;
        let patch_ok = parts.next().is_some_and(|p| p.parse::<u64>().is_ok());
        (patch_ok && parts.next().is_none()).then_some((major, minor))
    };
    let (Some((major, minor)), Some((host_major, host_minor))) =
        (parse(version), parse(FRT_RULE_VERSION))
    else {
        return false;
    };
    if host_major == 0 {
        major == 0 && minor == host_minor
    } else {
        major == host_major && minor <= host_minor
    }
}

/// SHA-256 of `bytes` in lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry() -> ComponentEntry {
        ComponentEntry::new(
            RuleInfo {
                id: "acme-signage".into(),
                version: "0.1.0".into(),
                instrument: "ACME-2026".into(),
                articles: vec!["1".into()],
            },
            b"component bytes",
        )
    }

    #[test]
    fn manifest_bytes_are_stable_and_read_back() {
        let manifest = Manifest::new(vec![entry()]);
        assert_eq!(manifest.to_bytes(), manifest.clone().to_bytes());
        assert_eq!(
            Manifest::from_bytes(&manifest.to_bytes()).unwrap(),
            manifest
        );
        let text = String::from_utf8(manifest.to_bytes()).unwrap();
        assert!(
            text.starts_with("{\n  \"schema\": \"frt/pack/v1\",\n  \"frt_rule\": \"0.1.0\","),
            "{text}"
        );
    }

    #[test]
    fn digest_mismatch_names_the_file() {
        let err = entry().check(b"component bytez").unwrap_err().to_string();
        assert!(err.starts_with("the component `acme-signage.wasm` does not match its digest in the manifest: expected sha256:"), "{err}");
    }

    #[test]
    fn wrong_schema_rule_version_and_ids_are_refused() {
        let mut m = Manifest::new(vec![entry()]);
        m.schema = "frt/pack/v2".into();
        assert!(
            matches!(Manifest::from_bytes(&m.to_bytes()), Err(PackError::Schema(s)) if s == "frt/pack/v2")
        );
        let mut m = Manifest::new(vec![entry()]);
        m.frt_rule = "0.2.0".into();
        assert_eq!(
            Manifest::from_bytes(&m.to_bytes()).unwrap_err().to_string(),
            "the pack's rules are written against `frt:rule@0.2.0`; this host implements `frt:rule@0.1.0`"
        );
        let m = Manifest::new(vec![entry(), entry()]);
        assert!(
            matches!(Manifest::from_bytes(&m.to_bytes()), Err(PackError::DuplicateId(id)) if id == "acme-signage")
        );
        let mut m = Manifest::new(vec![entry()]);
        m.components[0].file = "../x.wasm".into();
        assert!(matches!(
            Manifest::from_bytes(&m.to_bytes()),
            Err(PackError::BadEntryName(_))
        ));
        assert!(matches!(
            Manifest::from_bytes(b"{\"schema\": 1}"),
            Err(PackError::Manifest(_))
        ));
    }

    #[test]
    fn rule_versions_follow_the_compatibility_promise() {
        assert!(rule_version_compatible("0.1.0"));
        assert!(rule_version_compatible("0.1.7"));
        assert!(!rule_version_compatible("0.2.0"));
        assert!(!rule_version_compatible("1.0.0"));
        assert!(!rule_version_compatible("0.1"));
        assert!(!rule_version_compatible("0.1.0.0"));
    }
}
