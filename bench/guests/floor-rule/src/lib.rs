//! The least a rule can be: it describes itself and returns no findings, without reading the
//! declaration. Checked through the host, it measures the sandbox's own cost per rule: a
//! store and an instance, the document copied in, the call and its return.
#![cfg(target_arch = "wasm32")]

use frt_sdk::guest::bindings::{self as wit, Guest};
use frt_sdk::prelude::*;

/// The rule.
struct Floor;

impl Rule for Floor {
    fn describe() -> RuleDescription {
        describe("bench-floor", "0.1.0", "BENCH")
            .title("Decides nothing", "不作判断")
            .article("1", "Nothing.", "无。")
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[]
    }

    fn check(_: &Input) -> Vec<Finding> {
        Vec::new()
    }
}

impl Guest for Floor {
    fn describe() -> wit::Description {
        frt_sdk::guest::describe::<Floor>()
    }

    fn check(_declaration: String) -> Result<Vec<wit::Finding>, wit::RuleError> {
        Ok(Vec::new())
    }
}

frt_sdk::guest::bindings::export_bindings!(Floor with_types_in frt_sdk::guest::bindings);
