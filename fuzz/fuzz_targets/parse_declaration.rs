//! The declaration parser and validator on arbitrary text, as YAML and as JSON.
//!
//! Properties: parsing never panics, errors always name a position inside the source, and an
//! accepted declaration survives a round trip through its JSON form unchanged (what the host
//! hands to rules is what the user wrote).

#![no_main]

use frt_model::parse::{Format, InputLimits, line_count, parse_with_limits};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    // Small limits so the fuzzer also explores the refusals.
    let limits = InputLimits {
        max_bytes: 64 * 1024,
        max_depth: 12,
        max_string_bytes: 4 * 1024,
    };
    for format in [Format::Yaml, Format::Json] {
        match parse_with_limits(source, format, limits) {
            Ok(parsed) => round_trip(&parsed.declaration),
            Err(error) => {
                let Some(position) = error.position() else {
                    return;
                };
                let lines = line_count(source);
                assert!(
                    position.line >= 1 && position.line <= lines.max(1),
                    "error at line {} of a {lines}-line source: {error}",
                    position.line
                );
            }
        }
    }
});

fn round_trip(declaration: &frt_model::Declaration) {
    let json = serde_json::to_string(declaration).expect("a declaration serializes");
    let again = parse_with_limits(&json, Format::Json, InputLimits::default())
        .unwrap_or_else(|e| panic!("own JSON refused: {e}\n{json}"));
    assert_eq!(
        &again.declaration, declaration,
        "round trip changed the declaration"
    );
}
