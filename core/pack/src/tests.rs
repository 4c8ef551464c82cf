//! Signing and verification of whole packs.

use super::*;

fn component(id: &str, bytes: &[u8]) -> (ComponentEntry, Vec<u8>) {
    let info = RuleInfo {
        id: id.to_owned(),
        version: "0.1.0".to_owned(),
        instrument: "ACME-2026".to_owned(),
        articles: vec!["1".to_owned()],
    };
    (ComponentEntry::new(info, bytes), bytes.to_vec())
}

fn two_components() -> Vec<(ComponentEntry, Vec<u8>)> {
    vec![
        component("acme-a", b"first component"),
        component("acme-b", b"second component"),
    ]
}

fn trusting(key: &SecretKey) -> Trust {
    Trust {
        trusted: vec![key.public()],
        allow_unsigned: false,
    }
}

fn verify(file: &[u8], trust: &Trust) -> Result<VerifiedPack, PackError> {
    Pack::read(file, &ReadLimits::default())?.verify(trust)
}

/// The offset of the container entry `name` (its length prefix) in `file`.
fn entry_at(file: &[u8], name: &str) -> usize {
    let mut header = (name.len() as u16).to_be_bytes().to_vec();
    header.extend_from_slice(name.as_bytes());
    find(file, &header)
}

/// The offset of `needle` in `haystack`.
fn find(haystack: &[u8], needle: &[u8]) -> usize {
    haystack
        .windows(needle.len())
        .position(|w| w == needle)
        .expect("present")
}

#[test]
fn a_signed_pack_verifies_with_its_key() {
    let key = SecretKey::generate().unwrap();
    let file = Pack::write(two_components(), Some(&key)).unwrap();
    let pack = verify(&file, &trusting(&key)).unwrap();
    assert_eq!(pack.signer, Signer::Trusted(key.public()));
    let ids: Vec<_> = pack.components.iter().map(|(e, _)| e.id.as_str()).collect();
    assert_eq!(ids, ["acme-a", "acme-b"]);
    assert_eq!(pack.components[1].1, b"second component");
    assert_eq!(pack.manifest.frt_rule, FRT_RULE_VERSION);
}

#[test]
fn a_changed_component_is_named() {
    let key = SecretKey::generate().unwrap();
    let mut file = Pack::write(two_components(), Some(&key)).unwrap();
    let at = find(&file, b"second component");
    file[at] ^= 1;
    let err = verify(&file, &trusting(&key)).unwrap_err();
    assert!(
        matches!(&err, PackError::Digest { file, .. } if file == "acme-b.wasm"),
        "{err}"
    );
    // Without trusted keys the digests are still checked.
    assert!(matches!(
        verify(&file, &Trust::default()),
        Err(PackError::Digest { .. })
    ));
}

#[test]
fn a_changed_manifest_breaks_the_signature() {
    let key = SecretKey::generate().unwrap();
    let mut file = Pack::write(two_components(), Some(&key)).unwrap();
    let at = find(&file, b"ACME-2026");
    file[at] = b'X';
    assert!(matches!(
        verify(&file, &trusting(&key)),
        Err(PackError::BadSignature)
    ));
    assert!(matches!(
        verify(&file, &Trust::default()),
        Err(PackError::BadSignature)
    ));
}

#[test]
fn a_changed_signature_is_refused() {
    let key = SecretKey::generate().unwrap();
    let mut file = Pack::write(two_components(), Some(&key)).unwrap();
    let at = find(&file, b"\"signature\": \"") + 14;
    // Swap one hex digit for another, keeping the file well formed.
    file[at] = if file[at] == b'0' { b'1' } else { b'0' };
    assert!(matches!(
        verify(&file, &trusting(&key)),
        Err(PackError::BadSignature)
    ));
}

#[test]
fn a_manifest_rewritten_to_match_a_new_component_fails_the_signature() {
    // An attacker swaps a component and fixes its digest in the manifest: the digests match,
    // the signature does not.
    let key = SecretKey::generate().unwrap();
    let original = Pack::write(two_components(), Some(&key)).unwrap();
    let evil = Pack::write(
        vec![
            component("acme-a", b"first component"),
            component("acme-b", b"evil component!!"),
        ],
        None,
    )
    .unwrap();
    let signature_entry = {
        let at = entry_at(&original, "signature.json");
        let end = entry_at(&original, "acme-a.wasm");
        original[at..end].to_vec()
    };
    let manifest_end = entry_at(&evil, "acme-a.wasm");
    let mut forged = evil[..manifest_end].to_vec();
    forged.extend_from_slice(&signature_entry);
    forged.extend_from_slice(&evil[manifest_end..]);
    assert!(matches!(
        verify(&forged, &trusting(&key)),
        Err(PackError::BadSignature)
    ));
}

#[test]
fn a_foreign_key_is_refused_when_keys_are_trusted() {
    let author = SecretKey::generate().unwrap();
    let stranger = SecretKey::generate().unwrap();
    let file = Pack::write(two_components(), Some(&stranger)).unwrap();
    let err = verify(&file, &trusting(&author)).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "the pack is signed by `{}`, which is not one of the trusted keys",
            stranger.public()
        )
    );
    // With no trusted keys it loads, and says the signer is not verified.
    let pack = verify(&file, &Trust::default()).unwrap();
    assert_eq!(pack.signer, Signer::Unverified(stranger.public()));
}

#[test]
fn unsigned_packs_need_an_explicit_allowance_and_no_trusted_keys() {
    let key = SecretKey::generate().unwrap();
    let file = Pack::write(two_components(), None).unwrap();
    assert!(matches!(
        verify(&file, &Trust::default()),
        Err(PackError::Unsigned {
            trusted_keys: false
        })
    ));
    let allowed = Trust {
        trusted: vec![],
        allow_unsigned: true,
    };
    assert_eq!(verify(&file, &allowed).unwrap().signer, Signer::Unsigned);
    let both = Trust {
        trusted: vec![key.public()],
        allow_unsigned: true,
    };
    assert!(matches!(
        verify(&file, &both),
        Err(PackError::Unsigned { trusted_keys: true })
    ));
}

#[test]
fn components_must_match_the_manifest_one_to_one() {
    let file = Pack::write(two_components(), None).unwrap();
    let allowed = Trust {
        trusted: vec![],
        allow_unsigned: true,
    };
    // Drop the last component: the manifest lists one the pack does not hold.
    let at = entry_at(&file, "acme-b.wasm");
    let mut short = file[..at].to_vec();
    short.extend_from_slice(&0u16.to_be_bytes());
    assert!(
        matches!(verify(&short, &allowed), Err(PackError::MissingComponent(f)) if f == "acme-b.wasm")
    );
    // Rename it: the pack holds one the manifest does not list.
    let mut renamed = file.clone();
    let at = entry_at(&renamed, "acme-b.wasm");
    renamed[at + 2 + 5] = b'c';
    assert!(
        matches!(verify(&renamed, &allowed), Err(PackError::UnlistedComponent(f)) if f == "acme-c.wasm")
    );
}

#[test]
fn the_rule_version_constant_matches_the_wit() {
    let wit = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../wit/rule.wit"))
        .unwrap();
    assert!(wit.contains(&format!("package frt:rule@{FRT_RULE_VERSION};")));
}
