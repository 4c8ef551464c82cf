//! Loading signed rule packs: the built-in pack verifies, and a pack whose manifest says
//! something other than its components is refused, naming the component.

use frt_pack::{ComponentEntry, Pack, RuleInfo, SecretKey, Trust};
use frt_runtime::{LoadError, Runtime, Signer};

fn entry(id: &str, articles: &[&str], bytes: &[u8]) -> ComponentEntry {
    let info = RuleInfo {
        id: id.to_owned(),
        version: "0.1.0".to_owned(),
        instrument: "CN-FRT-2025".to_owned(),
        articles: articles.iter().map(|a| (*a).to_owned()).collect(),
    };
    ComponentEntry::new(info, bytes)
}

fn art13() -> &'static [u8] {
    frt_builtin_packs::COMPONENTS
        .iter()
        .find(|(name, _)| *name == "cn-frt-art13")
        .expect("the national pack has Art. 13")
        .1
}

#[test]
fn the_national_pack_is_a_verified_signed_pack() {
    let runtime = Runtime::new().unwrap();
    let key = frt_builtin_packs::PUBLIC_KEY.parse().unwrap();
    let trust = Trust {
        trusted: vec![key],
        allow_unsigned: false,
    };
    let loaded = runtime
        .load_pack("national", frt_builtin_packs::PACK, &trust)
        .unwrap();
    assert_eq!(loaded.signer, Signer::Trusted(key));
    assert_eq!(
        loaded.rules.rules().len(),
        frt_builtin_packs::COMPONENTS.len()
    );
    assert_eq!(
        runtime.national_pack().unwrap().rules().len(),
        loaded.rules.rules().len()
    );
}

#[test]
fn a_manifest_that_misdescribes_a_component_is_refused() {
    let runtime = Runtime::new().unwrap();
    let key = SecretKey::generate().unwrap();
    let trust = Trust {
        trusted: vec![key.public()],
        allow_unsigned: false,
    };
    let file = Pack::write(
        vec![(entry("cn-frt-art13", &["14"], art13()), art13().to_vec())],
        Some(&key),
    )
    .unwrap();
    let err = runtime
        .load_pack("lying.frtpack", &file, &trust)
        .unwrap_err();
    assert!(
        matches!(
            err,
            LoadError::ManifestMismatch {
                field: "articles",
                ..
            }
        ),
        "{err}"
    );
    assert_eq!(
        err.to_string(),
        "`lying.frtpack:cn-frt-art13.wasm` describes itself with articles `13`, but the pack's manifest says `14`"
    );
}

#[test]
fn a_pack_over_the_component_size_limit_is_refused_before_loading() {
    let limits = frt_runtime::Limits {
        max_component_bytes: 1000,
        ..Default::default()
    };
    let runtime = Runtime::with_limits(limits).unwrap();
    let file = Pack::write(
        vec![(entry("cn-frt-art13", &["13"], art13()), art13().to_vec())],
        None,
    )
    .unwrap();
    let trust = Trust {
        trusted: vec![],
        allow_unsigned: true,
    };
    let err = runtime
        .load_pack("big.frtpack", &file, &trust)
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with(
            "cannot load the rule pack `big.frtpack`: the entry `cn-frt-art13.wasm` is "
        ),
        "{err}"
    );
}
