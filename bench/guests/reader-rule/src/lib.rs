//! A rule that reads the declaration as every SDK rule does (the SDK deserialises the JSON
//! document before `check` runs) and then decides nothing. Beside `floor-rule` it measures
//! what reading the declaration costs inside the sandbox.

use frt_sdk::prelude::*;

/// The rule.
#[derive(Debug)]
pub struct Reader;

impl Rule for Reader {
    fn describe() -> RuleDescription {
        describe("bench-reader", "0.1.0", "BENCH")
            .title(
                "Reads the declaration and decides nothing",
                "读取声明，不作判断",
            )
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

frt_sdk::export_rule!(Reader);
