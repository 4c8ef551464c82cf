//! One module per subcommand.

pub mod check;
pub mod rules;
pub mod schema;

use std::path::Path;

use anyhow::Context;
use frt_runtime::{RulePack, Runtime};

/// Loads the rules from `dir`, or the built-in national pack.
pub fn load_rules(dir: Option<&Path>) -> anyhow::Result<RulePack> {
    let runtime = Runtime::new()?;
    match dir {
        Some(dir) => runtime
            .load_dir(dir)
            .with_context(|| format!("cannot load rules from `{}`", dir.display())),
        None => Ok(runtime.national_pack()?),
    }
}
