//! Making and freeing an engine: a loaded set of rules.

use std::ffi::c_char;
use std::path::Path;

use frt_runtime::{Limits, LoadError, PublicKey, Rules, Runtime, Trust};

use crate::boundary::{guard, guard_infallible, optional_str, required_str};
use crate::error::Error;

/// An engine: the loaded rules and the wasmtime host that runs them. Opaque to C.
///
/// It is `Send + Sync`: one engine may check declarations from many threads at once.
#[derive(Debug)]
pub struct FrtEngine {
    pub(crate) runtime: Runtime,
    pub(crate) rules: Rules,
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
            Ok(into_handle(runtime, Rules::Catalog(catalog)))
        },
    )
}

/// Makes an engine with the rule components in the directory `path` (`*.wasm`, loaded in
/// file-name order, as `frt check --rules DIR` does); every rule runs on every check. A
/// directory carries no signature: to load rules you can verify, use
/// `frt_engine_new_from_pack`.
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
            Ok(into_handle(runtime, Rules::Pack(pack)))
        },
    )
}

/// Makes an engine with the rule pack file at `path` (an `frt/pack/v1` file written by
/// `frt pack`); every rule in it runs on every check.
///
/// The pack is verified before any rule loads, as `frt check --rules PACK` does:
/// `trusted_keys` is `NULL` or the text of one or more public key files (`frt keygen`), one
/// key per line. With a trusted key, only a pack signed by one of them loads. Without one, a
/// signed pack loads with its digests checked but its signer unverified, and an unsigned
/// pack loads only when `allow_unsigned` is true. A signature or digest that does not match
/// fails with `FRT_STATUS_LOAD_FAILED`, and `frt_last_error()` names the component.
///
/// `cache_dir` is as for `frt_engine_new_builtin`. Returns `NULL` on failure; free with
/// `frt_engine_free`.
///
/// # Safety
///
/// `path` is a NUL-terminated string; `trusted_keys` and `cache_dir` are `NULL` or ones.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn frt_engine_new_from_pack(
    path: *const c_char,
    trusted_keys: *const c_char,
    allow_unsigned: bool,
    cache_dir: *const c_char,
) -> *mut FrtEngine {
    guard(
        |_| std::ptr::null_mut(),
        || {
            // SAFETY: the caller promises NUL-terminated strings (the last two may be NULL).
            let (path, keys, cache_dir) = unsafe {
                (
                    required_str(path, "path")?,
                    optional_str(trusted_keys, "trusted_keys")?,
                    optional_str(cache_dir, "cache_dir")?,
                )
            };
            let trust = Trust {
                trusted: parse_keys(keys.unwrap_or(""))?,
                allow_unsigned,
            };
            let bytes = std::fs::read(path).map_err(|e| Error::Argument {
                name: "path",
                message: format!("cannot read `{path}`: {e}"),
            })?;
            let runtime = runtime(cache_dir)?;
            let pack = runtime.load_pack(path, &bytes, &trust)?.rules;
            Ok(into_handle(runtime, Rules::Pack(pack)))
        },
    )
}

/// The public keys in `text`, one per non-empty line.
fn parse_keys(text: &str) -> Result<Vec<PublicKey>, Error> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| {
            line.trim().parse().map_err(|e| Error::Argument {
                name: "trusted_keys",
                message: format!("line {}: {e}", i + 1),
            })
        })
        .collect()
}

/// Frees an engine. `engine` may be `NULL`. No other thread may be using it. Leaves
/// `frt_last_error()` as it was.
///
/// # Safety
///
/// `engine` is `NULL` or came from `frt_engine_new_builtin`, `frt_engine_new_from_dir` or
/// `frt_engine_new_from_pack` and was not freed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn frt_engine_free(engine: *mut FrtEngine) {
    guard_infallible(|| {
        if !engine.is_null() {
            // SAFETY: the caller promises it came from `into_handle` and is freed once.
            drop(unsafe { Box::from_raw(engine) });
        }
    })
}
