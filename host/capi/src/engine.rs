//! Making and freeing an engine: a loaded set of rules.

use std::ffi::c_char;
use std::path::Path;

use frt_runtime::{Catalog, Limits, LoadError, RulePack, Runtime};

use crate::boundary::{guard, guard_infallible, optional_str, required_str};

/// An engine: the loaded rules and the wasmtime host that runs them. Opaque to C.
///
/// It is `Send + Sync`: one engine may check declarations from many threads at once.
#[derive(Debug)]
pub struct FrtEngine {
    pub(crate) runtime: Runtime,
    pub(crate) rules: Rules,
}

/// The rules an engine runs.
#[derive(Debug)]
pub(crate) enum Rules {
    /// The built-in packs, chosen by the declaration's jurisdiction as `frt check` does.
    Builtin(Catalog),
    /// A directory of components, every rule of which runs.
    Dir(RulePack),
}

// An engine is shared between threads by C code: keep that true.
const _: fn() = || {
    fn shareable<T: Send + Sync>() {}
    shareable::<FrtEngine>();
};

fn runtime(cache_dir: Option<&str>) -> Result<Runtime, LoadError> {
    match cache_dir {
        Some(dir) => Runtime::with_cache(Limits::default(), Path::new(dir)),
        None => Runtime::with_limits(Limits::default()),
    }
}

fn into_handle(runtime: Runtime, rules: Rules) -> *mut FrtEngine {
    Box::into_raw(Box::new(FrtEngine { runtime, rules }))
}

/// Makes an engine with the rule packs built into the library. Like `frt check`, each check
/// runs the packs whose instruments reach the declaration's `jurisdiction` (the Measures for
/// a deployment in China, with the national-law and regional packs that apply), and the
/// report is the one `frt check --format json` prints.
///
/// `cache_dir` may be `NULL`; otherwise compiled rules are kept in that directory (created if
/// missing) so the next start loads them instead of compiling them again.
///
/// Returns `NULL` on failure; `frt_last_error()` says why. Free with `frt_engine_free`.
///
/// # Safety
///
/// `cache_dir` is `NULL` or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn frt_engine_new_builtin(cache_dir: *const c_char) -> *mut FrtEngine {
    guard(
        |_| std::ptr::null_mut(),
        || {
            // SAFETY: the caller promises NULL or a NUL-terminated string.
            let cache_dir = unsafe { optional_str(cache_dir, "cache_dir") }?;
            let runtime = runtime(cache_dir)?;
            let catalog = runtime.builtin_packs()?;
            Ok(into_handle(runtime, Rules::Builtin(catalog)))
        },
    )
}

/// Makes an engine with the rules at `path`.
///
/// Today `path` is a directory of rule components (`*.wasm`, loaded in file-name order, as
/// `frt check --rules DIR` does). When signed pack files exist, a path to a pack file will be
/// accepted here too, with no change to this signature; today a path that is not a
/// directory fails with `FRT_STATUS_LOAD_FAILED`.
///
/// `cache_dir` is as for `frt_engine_new_builtin`. Returns `NULL` on failure; free with
/// `frt_engine_free`.
///
/// # Safety
///
/// `path` is a NUL-terminated string; `cache_dir` is `NULL` or one.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn frt_engine_new_from_dir(
    path: *const c_char,
    cache_dir: *const c_char,
) -> *mut FrtEngine {
    guard(
        |_| std::ptr::null_mut(),
        || {
            // SAFETY: the caller promises NUL-terminated strings (cache_dir may be NULL).
            let (path, cache_dir) = unsafe {
                (
                    required_str(path, "path")?,
                    optional_str(cache_dir, "cache_dir")?,
                )
            };
            let runtime = runtime(cache_dir)?;
            let pack = runtime.load_dir(Path::new(path))?;
            Ok(into_handle(runtime, Rules::Dir(pack)))
        },
    )
}

/// Frees an engine. `engine` may be `NULL`. No other thread may be using it. Leaves
/// `frt_last_error()` as it was.
///
/// # Safety
///
/// `engine` is `NULL` or came from `frt_engine_new_builtin` or `frt_engine_new_from_dir` and
/// was not freed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn frt_engine_free(engine: *mut FrtEngine) {
    guard_infallible(|| {
        if !engine.is_null() {
            // SAFETY: the caller promises it came from `into_handle` and is freed once.
            drop(unsafe { Box::from_raw(engine) });
        }
    })
}
