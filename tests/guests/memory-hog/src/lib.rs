//! A rule that hoards a mebibyte more on every turn of an endless loop in `check`.

use frt_sdk::prelude::*;

const THING: Obligation = Obligation::new("test-memory-hog-1", "1");

/// The rule.
#[derive(Debug)]
pub struct MemoryHog;

impl Rule for MemoryHog {
    fn describe() -> RuleDescription {
        describe("test-memory-hog", "0.1.0", "TEST")
            .title("Allocates without end", "无限分配内存")
            .article("1", "Nothing.", "无。")
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[THING]
    }

    fn check(input: &Input) -> Vec<Finding> {
        let _ = input;
        let mut hoard: Vec<Vec<u8>> = Vec::new();
        loop {
            hoard.push(std::hint::black_box(vec![1u8; 1 << 20]));
        }
    }
}

frt_sdk::export_rule!(MemoryHog);
