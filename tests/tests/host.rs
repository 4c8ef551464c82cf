//! The wasmtime host against real components: the national pack, a rule that traps, a rule
//! that imports WASI, and bytes that are not a rule at all.

use frt_model::Status;
use frt_runtime::{Format, LoadError, Runtime, parse};
use frt_tests::guests;

const DECLARATION: &str = "
schema: frt/declaration/v1
id: locker-camera
as_of: 2026-05-01
jurisdiction: { country: CN }
siting: { public_place: true, venue: public_changing_room }
";

#[test]
fn a_component_importing_wasi_is_refused_with_the_import_named() {
    let bytes = std::fs::read(guests::WASI_IMPORT).unwrap();
    let err = Runtime::new()
        .unwrap()
        .load_bytes([("wasi-import.wasm", bytes.as_slice())])
        .unwrap_err();
    assert!(matches!(err, LoadError::Import { .. }), "{err:?}");
    let message = err.to_string();
    assert!(message.contains("`wasi-import.wasm`"), "{message}");
    assert!(
        message.contains("`wasi:cli/environment@0.2.0`"),
        "{message}"
    );
}

#[test]
fn a_trapping_rule_becomes_an_error_finding_and_the_others_survive() {
    let runtime = Runtime::new().unwrap();
    let trap = std::fs::read(guests::TRAP_RULE).unwrap();
    let national = runtime.national_pack().unwrap();
    let alone = national.check(&parse(DECLARATION, Format::Yaml).unwrap().declaration, None);

    let mut components: Vec<(String, Vec<u8>)> = national_components();
    components.push(("trap-rule.wasm".into(), trap));
    let pack = runtime
        .load_bytes(components.iter().map(|(n, b)| (n.as_str(), b.as_slice())))
        .unwrap();
    let declaration = parse(DECLARATION, Format::Yaml).unwrap().declaration;
    let report = pack.check(&declaration, None);

    let errors: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.status == Status::Error)
        .collect();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].rule, "test-trap");
    assert!(
        errors[0].message.en.contains("trapped"),
        "{}",
        errors[0].message.en
    );
    assert_eq!(report.verdict, frt_runtime::Verdict::NonCompliant);
    // Every finding of the national pack is there, unchanged.
    let others: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.rule != "test-trap")
        .cloned()
        .collect();
    assert_eq!(others, alone.findings);

    // The next check on the same pack runs normally: the trap poisoned only its own store.
    let again = pack.check(&declaration, None);
    assert_eq!(again, report);
}

fn national_components() -> Vec<(String, Vec<u8>)> {
    frt_builtin_packs::COMPONENTS
        .iter()
        .map(|(n, b)| (n.to_string(), b.to_vec()))
        .collect()
}

#[test]
fn bytes_that_are_not_a_component_are_refused_with_the_file_named() {
    let runtime = Runtime::new().unwrap();
    let err = runtime
        .load_bytes([("junk.wasm", &b"not wasm at all"[..])])
        .unwrap_err();
    assert!(matches!(err, LoadError::Compile { .. }), "{err:?}");
    assert!(
        err.to_string()
            .starts_with("`junk.wasm` is not a valid WebAssembly component")
    );

    let (_, real) = frt_builtin_packs::COMPONENTS[0];
    let truncated = &real[..real.len() / 2];
    let err = runtime
        .load_bytes([("truncated.wasm", truncated)])
        .unwrap_err();
    assert!(matches!(err, LoadError::Compile { .. }), "{err:?}");
}

#[test]
fn a_component_of_another_world_is_refused() {
    // The smallest valid component: magic, component version, layer; it exports nothing.
    let empty: &[u8] = b"\0asm\x0d\0\x01\0";
    let err = Runtime::new()
        .unwrap()
        .load_bytes([("empty.wasm", empty)])
        .unwrap_err();
    assert!(matches!(err, LoadError::WrongWorld { .. }), "{err:?}");
    assert!(err.to_string().contains("`frt:rule@0.1.0`"), "{err}");
}

#[test]
fn two_rules_with_one_id_are_refused() {
    let (name, bytes) = frt_builtin_packs::COMPONENTS[0];
    let err = Runtime::new()
        .unwrap()
        .load_bytes([(name, bytes), ("copy.wasm", bytes)])
        .unwrap_err();
    assert!(matches!(err, LoadError::DuplicateId { .. }), "{err:?}");
}

#[test]
fn a_directory_of_components_loads_like_the_built_in_pack() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in frt_builtin_packs::COMPONENTS {
        std::fs::write(dir.path().join(format!("{name}.wasm")), bytes).unwrap();
    }
    std::fs::write(dir.path().join("README.txt"), "not a component").unwrap();
    let runtime = Runtime::new().unwrap();
    let from_dir = runtime.load_dir(dir.path()).unwrap();
    let built_in = runtime.national_pack().unwrap();
    let declaration = parse(DECLARATION, Format::Yaml).unwrap().declaration;
    assert_eq!(
        from_dir.check(&declaration, None),
        built_in.check(&declaration, None)
    );
    let ids: Vec<_> = from_dir
        .rules()
        .iter()
        .map(|r| r.description().id.as_str())
        .collect();
    assert!(
        ids.contains(&"cn-frt-art13") && ids.contains(&"cn-frt-art15"),
        "{ids:?}"
    );
}

#[test]
fn every_rule_describes_itself_with_its_article_text() {
    let pack = Runtime::new().unwrap().national_pack().unwrap();
    for rule in pack.rules() {
        let d = rule.description();
        assert_eq!(d.instrument, "CN-FRT-2025");
        assert!(rule.digest().starts_with("sha256:") && rule.digest().len() == 7 + 64);
        for article in &d.articles {
            assert!(
                !article.text.zh.is_empty() && !article.text.en.is_empty(),
                "{}",
                d.id
            );
        }
    }
}

#[test]
fn the_national_pack_decides_every_checkable_article() {
    let pack = Runtime::new().unwrap().national_pack().unwrap();
    let mut articles: Vec<String> = pack
        .rules()
        .iter()
        .filter(|r| r.description().id.starts_with("cn-frt-art"))
        .flat_map(|r| r.description().articles.iter().map(|a| a.number.clone()))
        .collect();
    articles.sort_by(|a, b| frt_report::compare_articles(a, b));
    let expected: Vec<String> = (4..=15).map(|n| n.to_string()).collect();
    assert_eq!(articles, expected, "one rule per article, Arts. 4 to 15");
    assert!(
        pack.rules()
            .iter()
            .any(|r| r.description().id == "cn-frt-scope")
    );
}
