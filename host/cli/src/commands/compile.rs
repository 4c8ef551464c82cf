//! `frt compile`: precompile rule packs to native code for this machine, so later runs load
//! them without compiling.

use std::path::PathBuf;

use anyhow::Context;
use frt_runtime::Limits;

use crate::exit;

/// Arguments of `frt compile`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    rules: super::source::RulesArgs,
    /// Where to write the native code; defaults to the `precompiled` directory of the cache
    /// (`FRT_CACHE_DIR`, else `$XDG_CACHE_HOME/frt`, else `~/.cache/frt`), which every frt
    /// command reads.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
}

/// Runs `frt compile`: verifies and loads the built-in packs (or the pack given with
/// `--rules`), compiles them for this machine and writes the native code with an index keyed
/// by the engine's compatibility hash. Exit 0, or 2 with the reason.
pub fn run(args: Args) -> anyhow::Result<u8> {
    let out = match args.out {
        Some(dir) => std::path::absolute(&dir).unwrap_or(dir),
        None => super::precompiled_dir(&super::cache_dir().context(
            "the cache is off (`FRT_CACHE_DIR=off`) or has no place; give a directory with `--out`",
        )?),
    };
    let runtime = frt_runtime::Runtime::with_limits(Limits::default())?;
    let written = match &args.rules.rules {
        None => runtime.precompile_builtin(&out)?,
        Some(path) => {
            anyhow::ensure!(
                !path.is_dir(),
                "`{}` is a directory; `frt compile` takes a pack file (see `frt pack`)",
                path.display()
            );
            let trust = args.rules.trust()?;
            let bytes =
                std::fs::read(path).with_context(|| format!("cannot read `{}`", path.display()))?;
            runtime.precompile_pack(&path.display().to_string(), &bytes, &trust, &out)?
        }
    };
    println!(
        "compiled {} rules for this machine into `{}`",
        written.len(),
        out.display()
    );
    Ok(exit::OK)
}
