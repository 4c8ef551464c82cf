//! Component loading from arbitrary bytes, and checking with whatever loads.
//!
//! Properties: the host never panics on a component's bytes; it either refuses them with an
//! error naming the file, or loads a rule that checks a declaration without taking the host
//! down (a misbehaving rule becomes an `error` finding).

#![no_main]

use std::sync::LazyLock;

use frt_runtime::{Format, Runtime};
use libfuzzer_sys::fuzz_target;

static RUNTIME: LazyLock<Runtime> = LazyLock::new(|| Runtime::new().expect("the engine starts"));

const DECLARATION: &str = include_str!("../../examples/declarations/p01-hotel-lobby-kiosk.yaml");

fuzz_target!(|data: &[u8]| {
    match RUNTIME.load_bytes([("fuzz.wasm", data)]) {
        Ok(pack) => {
            let parsed = RUNTIME
                .parse(DECLARATION, Format::Yaml)
                .expect("the example parses");
            let report = pack.check(&parsed.declaration, None);
            assert_eq!(report.rules.len(), 1);
        }
        Err(error) => {
            let message = error.to_string();
            assert!(
                message.contains("fuzz.wasm"),
                "error does not name the file: {message}"
            );
        }
    }
});
