//! Helpers the format tests share.

use serde_json::Value;

/// Checks `instance` against the vendored SARIF 2.1.0 schema.
pub fn check_sarif(instance: &Value) -> Result<(), String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/sarif-2.1.0-rtm.5.json");
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.add_resource("sarif.json", schema).unwrap();
    let index = compiler.compile("sarif.json", &mut schemas).unwrap();
    schemas
        .validate(instance, index)
        .map_err(|e| format!("{e:#}"))
}
