//! What makes the host fast must not change what it says: warm instances, rules of one check
//! evaluated in parallel and batches spread over threads give the same reports, byte for
//! byte, as isolated sequential checks; precompiled native code is used only when it is
//! exactly what `frt compile` wrote for this engine.

use std::path::{Path, PathBuf};

use frt_runtime::{Declaration, FailurePolicy, Format, Isolation, RulePack, Runtime, Trust, parse};

/// Every declaration of the examples and scenarios.
fn declarations() -> Vec<Declaration> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut paths: Vec<PathBuf> = ["examples/declarations", "tests/scenarios"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(root.join(dir)).unwrap())
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    paths.sort();
    let declarations: Vec<Declaration> = paths
        .iter()
        .map(|p| {
            let source = std::fs::read_to_string(p).unwrap();
            parse(&source, Format::Yaml).unwrap().declaration
        })
        .collect();
    assert!(declarations.len() >= 20, "the corpora are missing");
    declarations
}

fn json(pack: &RulePack, declaration: &Declaration) -> String {
    serde_json::to_string(&pack.check(declaration, None)).unwrap()
}

fn national_trust() -> Trust {
    Trust {
        trusted: vec![frt_builtin_packs::PUBLIC_KEY.parse().unwrap()],
        allow_unsigned: false,
    }
}

#[test]
fn warm_instances_give_the_same_reports_as_isolated_ones_on_every_scenario() {
    let isolated = Runtime::new().unwrap().national_pack().unwrap();
    let warm = isolated.clone().with_isolation(Isolation::Warm);
    assert_eq!(warm.isolation(), Isolation::Warm);
    let declarations = declarations();
    // Twice over, so that the second round runs in instances the first one used.
    for round in 0..2 {
        for declaration in &declarations {
            assert_eq!(
                json(&warm, declaration),
                json(&isolated, declaration),
                "round {round}, `{}`",
                declaration.id
            );
        }
    }
}

#[test]
fn rules_evaluated_in_parallel_give_byte_identical_reports() {
    let pack = Runtime::new().unwrap().national_pack().unwrap();
    let declarations = declarations();
    for threads in [2, 3, 64] {
        let parallel = pack.clone().with_threads(threads);
        for declaration in &declarations {
            assert_eq!(
                json(&parallel, declaration),
                json(&pack, declaration),
                "{threads} threads, `{}`",
                declaration.id
            );
        }
    }
}

#[test]
fn a_batch_over_threads_gives_the_reports_of_single_checks_in_order() {
    let pack = Runtime::new().unwrap().national_pack().unwrap();
    let declarations = declarations();
    let alone: Vec<String> = declarations.iter().map(|d| json(&pack, d)).collect();
    for (isolation, threads) in [
        (Isolation::Isolated, 1),
        (Isolation::Isolated, 2),
        (Isolation::Warm, 1),
        (Isolation::Warm, 3),
    ] {
        let batch = pack.clone().with_isolation(isolation).check_batch(
            &declarations,
            None,
            FailurePolicy::FailClosed,
            threads,
        );
        let batch: Vec<String> = batch
            .iter()
            .map(|r| serde_json::to_string(r).unwrap())
            .collect();
        assert_eq!(batch, alone, "{isolation:?} on {threads} threads");
    }
}

/// A directory with the national pack precompiled by a runtime, and the files written.
fn compiled() -> (tempfile::TempDir, Runtime, Vec<PathBuf>) {
    let dir = tempfile::tempdir().unwrap();
    let runtime = Runtime::new().unwrap();
    let written = runtime
        .precompile_pack(
            "cn-measures",
            frt_builtin_packs::PACK,
            &national_trust(),
            dir.path(),
        )
        .unwrap();
    (dir, runtime, written)
}

/// The national pack loaded on a runtime that reads `dir`, with how many rules came from it.
fn load_precompiled(dir: &Path) -> (RulePack, usize) {
    let runtime = Runtime::new().unwrap().with_precompiled(dir);
    let pack = runtime
        .load_pack("cn-measures", frt_builtin_packs::PACK, &national_trust())
        .unwrap()
        .rules;
    let precompiled = pack.rules().iter().filter(|r| r.precompiled()).count();
    (pack, precompiled)
}

/// The `.cwasm` files in `dir`.
fn native_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "cwasm"))
        .collect();
    files.sort();
    files
}

#[test]
fn precompiled_rules_load_from_the_cache_and_decide_the_same() {
    let (dir, runtime, written) = compiled();
    let compiled = runtime.national_pack().unwrap();
    assert_eq!(written.len(), compiled.rules().len());
    assert!(compiled.rules().iter().all(|r| !r.precompiled()));

    let (cached, precompiled) = load_precompiled(dir.path());
    assert_eq!(precompiled, compiled.rules().len());
    for declaration in declarations() {
        assert_eq!(json(&cached, &declaration), json(&compiled, &declaration));
    }
}

#[test]
fn a_tampered_native_file_is_never_deserialized_and_its_rule_is_compiled() {
    let (dir, runtime, _) = compiled();
    let files = native_files(dir.path());
    // One file damaged, one replaced by another rule's (valid) native code.
    let mut damaged = std::fs::read(&files[0]).unwrap();
    let middle = damaged.len() / 2;
    damaged[middle] ^= 0xff;
    std::fs::write(&files[0], damaged).unwrap();
    std::fs::copy(&files[2], &files[1]).unwrap();

    let (pack, precompiled) = load_precompiled(dir.path());
    assert_eq!(precompiled, pack.rules().len() - 2);
    let reference = runtime.national_pack().unwrap();
    for declaration in declarations() {
        assert_eq!(json(&pack, &declaration), json(&reference, &declaration));
    }
}

#[test]
fn an_index_for_another_engine_or_writable_by_others_is_ignored() {
    let (dir, _, _) = compiled();
    let index_path = dir.path().join("index.json");
    let original = std::fs::read_to_string(&index_path).unwrap();

    let mut index: serde_json::Value = serde_json::from_str(&original).unwrap();
    index["engine"] = "0".repeat(64).into();
    std::fs::write(&index_path, index.to_string()).unwrap();
    let (pack, precompiled) = load_precompiled(dir.path());
    assert_eq!(precompiled, 0);
    assert_eq!(pack.rules().len(), 13);

    std::fs::write(&index_path, &original).unwrap();
    assert_eq!(load_precompiled(dir.path()).1, 13);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&index_path, std::fs::Permissions::from_mode(0o666)).unwrap();
        assert_eq!(load_precompiled(dir.path()).1, 0);
    }
}

#[test]
fn a_missing_cache_directory_means_compiling() {
    let dir = tempfile::tempdir().unwrap();
    let (pack, precompiled) = load_precompiled(&dir.path().join("absent"));
    assert_eq!(precompiled, 0);
    assert_eq!(pack.rules().len(), 13);
}
