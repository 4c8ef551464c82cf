//! A rule that keeps a counter and the id of the last declaration it saw in statics, and reports them: were an instance reused across checks, one declaration would leak into the report of the next.

use frt_sdk::prelude::*;

use std::sync::Mutex;
use std::sync::atomic::{AtomicU32, Ordering};

/// Checks this instance has run.
static CHECKS: AtomicU32 = AtomicU32::new(0);

/// The id of the declaration of the previous check.
static PREVIOUS: Mutex<Option<String>> = Mutex::new(None);

const THING: Obligation = Obligation::new("test-stateful-1", "1");

/// The rule.
#[derive(Debug)]
pub struct TryLeak;

impl Rule for TryLeak {
    fn describe() -> RuleDescription {
        describe("test-stateful", "0.1.0", "TEST")
            .title("Remembers the previous check", "记住上一次检查")
            .article("1", "Nothing.", "无。")
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[THING]
    }

    fn check(input: &Input) -> Vec<Finding> {
        let count = CHECKS.fetch_add(1, Ordering::SeqCst) + 1;
        let previous = PREVIOUS
            .lock()
            .map(|mut p| p.replace(input.id.clone()))
            .unwrap_or_default();
        let seen = match previous {
            None => "no declaration before".to_owned(),
            Some(id) => format!("the previous declaration was `{id}`"),
        };
        let message = format!("check {count} of this instance; {seen}");
        vec![THING.satisfied(message.clone(), message).build()]
    }
}

frt_sdk::export_rule!(TryLeak);
