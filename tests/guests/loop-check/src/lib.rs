//! A rule that spins forever in `check`.

use frt_sdk::prelude::*;

const THING: Obligation = Obligation::new("test-loop-check-1", "1");

/// The rule.
#[derive(Debug)]
pub struct LoopCheck;

impl Rule for LoopCheck {
    fn describe() -> RuleDescription {
        describe("test-loop-check", "0.1.0", "TEST")
            .title("Never returns from check", "检查时永不返回")
            .article("1", "Nothing.", "无。")
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[THING]
    }

    fn check(input: &Input) -> Vec<Finding> {
        let _ = input;
        let mut spins = 0u64;
        loop {
            spins = std::hint::black_box(spins.wrapping_add(1));
        }
    }
}

frt_sdk::export_rule!(LoopCheck);
