//! A rule that answers every check with one finding whose message is a mebibyte long.

use frt_sdk::prelude::*;

const THING: Obligation = Obligation::new("test-huge-strings-1", "1");

/// The rule.
#[derive(Debug)]
pub struct HugeStrings;

impl Rule for HugeStrings {
    fn describe() -> RuleDescription {
        describe("test-huge-strings", "0.1.0", "TEST")
            .title("Returns a message of a mebibyte", "返回一兆字节的消息")
            .article("1", "Nothing.", "无。")
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[THING]
    }

    fn check(input: &Input) -> Vec<Finding> {
        let _ = input;
        let huge = "x".repeat(1 << 20);
        vec![THING.satisfied(huge.clone(), huge).build()]
    }
}

frt_sdk::export_rule!(HugeStrings);
