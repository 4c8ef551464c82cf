//! A rule that describes itself properly and then panics in `check`, which traps the
//! instance.

use frt_sdk::prelude::*;

const NOTHING: Obligation = Obligation::new("test-trap-1", "1");

/// The rule.
#[derive(Debug)]
pub struct Trap;

impl Rule for Trap {
    fn describe() -> RuleDescription {
        describe("test-trap", "0.1.0", "TEST")
            .title("Traps on every check", "每次检查都会陷入异常")
            .article("1", "Nothing.", "无。")
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[NOTHING]
    }

    fn check(input: &Input) -> Vec<Finding> {
        panic!("deliberate failure while checking `{}`", input.id)
    }
}

frt_sdk::export_rule!(Trap);
