//! One module per subcommand.

pub mod bench;
pub mod build;
pub mod check;
pub mod compile;
pub mod diff;
pub mod filing;
pub mod keygen;
pub mod new;
pub mod pack;
pub mod records;
pub mod rules;
pub mod schema;
pub mod serve;
pub mod source;
pub mod test;
pub mod verify;

use std::path::PathBuf;

use frt_runtime::{Limits, Runtime};

/// A runtime under `limits` that keeps compiled rules in the cache directory, if any, and
/// loads the rules `frt compile` precompiled there.
pub fn runtime(limits: Limits) -> anyhow::Result<Runtime> {
    Ok(match cache_dir() {
        Some(cache) => {
            Runtime::with_cache(limits, &cache)?.with_precompiled(&precompiled_dir(&cache))
        }
        None => Runtime::with_limits(limits)?,
    })
}

/// Where `frt compile` writes native code, inside the cache directory.
pub fn precompiled_dir(cache: &std::path::Path) -> PathBuf {
    cache.join("precompiled")
}

/// Where compiled rules are kept between runs: `$FRT_CACHE_DIR`, else
/// `$XDG_CACHE_HOME/frt`, else `~/.cache/frt`. `FRT_CACHE_DIR=off` turns the cache off.
pub fn cache_dir() -> Option<PathBuf> {
    let from_env = |var: &str| {
        std::env::var_os(var)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    if let Some(dir) = from_env("FRT_CACHE_DIR") {
        return (dir.as_os_str() != "off").then(|| absolute(dir));
    }
    from_env("XDG_CACHE_HOME")
        .or_else(|| from_env("HOME").map(|h| h.join(".cache")))
        .map(|base| absolute(base.join("frt")))
}

fn absolute(dir: PathBuf) -> PathBuf {
    std::path::absolute(&dir).unwrap_or(dir)
}
