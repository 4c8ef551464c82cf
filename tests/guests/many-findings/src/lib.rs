//! A rule that answers every check with a hundred thousand findings.

use frt_sdk::prelude::*;

const THING: Obligation = Obligation::new("test-many-findings-1", "1");

/// The rule.
#[derive(Debug)]
pub struct ManyFindings;

impl Rule for ManyFindings {
    fn describe() -> RuleDescription {
        describe("test-many-findings", "0.1.0", "TEST")
            .title("Returns a hundred thousand findings", "返回十万条结论")
            .article("1", "Nothing.", "无。")
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[THING]
    }

    fn check(input: &Input) -> Vec<Finding> {
        (0..100_000)
            .map(|i| {
                THING
                    .satisfied(format!("copy {i} for `{}`", input.id), "副本")
                    .build()
            })
            .collect()
    }
}

frt_sdk::export_rule!(ManyFindings);
