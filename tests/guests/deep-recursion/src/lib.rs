//! A rule that recurses without end in `check`, with a frame that cannot be optimised away.

use frt_sdk::prelude::*;

/// Recurses `n` times, keeping an array alive in every frame.
#[inline(never)]
fn depth(n: u64) -> u64 {
    let frame = std::hint::black_box([n; 16]);
    if n == 0 {
        return 0;
    }
    depth(std::hint::black_box(n - 1)).wrapping_add(frame[(n % 16) as usize])
}

const THING: Obligation = Obligation::new("test-deep-recursion-1", "1");

/// The rule.
#[derive(Debug)]
pub struct DeepRecursion;

impl Rule for DeepRecursion {
    fn describe() -> RuleDescription {
        describe("test-deep-recursion", "0.1.0", "TEST")
            .title("Recurses without end", "无限递归")
            .article("1", "Nothing.", "无。")
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[THING]
    }

    fn check(input: &Input) -> Vec<Finding> {
        let depth = depth(std::hint::black_box(u64::MAX));
        vec![
            THING
                .satisfied(format!("depth {depth} of {}", input.id), "不会到达")
                .build(),
        ]
    }
}

frt_sdk::export_rule!(DeepRecursion);
