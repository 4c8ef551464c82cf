//! The reviewed SARIF snapshots of the public scenarios (`tests/tests/snapshots/`) are valid
//! SARIF 2.1.0: checked against the vendored schema, offline.

use serde_json::Value;

#[test]
fn scenario_sarif_snapshots_are_valid_sarif() {
    let manifest = env!("CARGO_MANIFEST_DIR");
    let schema_path = format!("{manifest}/tests/sarif-2.1.0-rtm.5.json");
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(schema_path).unwrap()).unwrap();
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.add_resource("sarif.json", schema).unwrap();
    let index = compiler.compile("sarif.json", &mut schemas).unwrap();

    let dir = std::path::Path::new(manifest).join("../../tests/tests/snapshots");
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !(name.starts_with("formats__") && name.ends_with(".sarif.snap")) {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        // An insta snapshot: a `---` delimited header, then the value.
        let body = text.splitn(3, "---\n").nth(2).unwrap();
        let log: Value = serde_json::from_str(body).unwrap();
        if let Err(e) = schemas.validate(&log, index) {
            panic!("{name} is not valid SARIF 2.1.0: {e:#}");
        }
        checked += 1;
    }
    assert!(checked >= 6, "only {checked} SARIF snapshots found");
}
