//! A rule that spins forever in `describe`, so it never finishes loading.

use frt_sdk::prelude::*;

const THING: Obligation = Obligation::new("test-loop-describe-1", "1");

/// The rule.
#[derive(Debug)]
pub struct LoopDescribe;

impl Rule for LoopDescribe {
    fn describe() -> RuleDescription {
        let mut spins = 0u64;
        loop {
            spins = std::hint::black_box(spins.wrapping_add(1));
        }
    }

    fn obligations() -> &'static [Obligation] {
        &[THING]
    }

    fn check(input: &Input) -> Vec<Finding> {
        let _ = input;
        Vec::new()
    }
}

frt_sdk::export_rule!(LoopDescribe);
