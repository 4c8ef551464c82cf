//! The boundary between C and Rust: panics stop here, errors become status codes, and C
//! strings are read with their `NULL` checked.

use std::ffi::{CStr, c_char};
use std::panic::{AssertUnwindSafe, catch_unwind};

use crate::error::{Error, clear_last_error, set_last_error};

/// Runs a fallible call's `body`: an error or a panic becomes `on_error(&error)` and the last
/// error message; success clears the last error.
pub(crate) fn guard<T>(
    on_error: impl FnOnce(&Error) -> T,
    body: impl FnOnce() -> Result<T, Error>,
) -> T {
    match run(body) {
        Ok(value) => {
            clear_last_error();
            value
        }
        Err(error) => {
            set_last_error(&error);
            on_error(&error)
        }
    }
}

/// Runs a call that cannot fail (a free), leaving the last error alone unless it panics, so C
/// code may free its buffers before it reads the message of the call that failed.
pub(crate) fn guard_infallible(body: impl FnOnce()) {
    if let Err(error) = run(|| {
        body();
        Ok(())
    }) {
        set_last_error(&error);
    }
}

fn run<T>(body: impl FnOnce() -> Result<T, Error>) -> Result<T, Error> {
    // Outputs are written only once a call has succeeded, so a panic leaves nothing
    // half-updated for C to see.
    catch_unwind(AssertUnwindSafe(body)).unwrap_or_else(|panic| {
        let message = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic without a message".to_owned());
        Err(Error::Panic(message))
    })
}

/// Reads the NUL-terminated UTF-8 string `ptr`, which may be `NULL`.
///
/// # Safety
///
/// `ptr` is `NULL` or points to a NUL-terminated string valid for the call.
pub(crate) unsafe fn optional_str<'a>(
    ptr: *const c_char,
    name: &'static str,
) -> Result<Option<&'a str>, Error> {
    if ptr.is_null() {
        return Ok(None);
    }
    // SAFETY: not NULL, and the caller promises a NUL-terminated string valid for the call.
    let bytes = unsafe { CStr::from_ptr(ptr) };
    bytes.to_str().map(Some).map_err(|e| Error::Argument {
        name,
        message: format!("not UTF-8: {e}"),
    })
}

/// Reads the NUL-terminated UTF-8 string `ptr`, which must not be `NULL`.
///
/// # Safety
///
/// As for [`optional_str`].
pub(crate) unsafe fn required_str<'a>(
    ptr: *const c_char,
    name: &'static str,
) -> Result<&'a str, Error> {
    // SAFETY: passed on from the caller.
    unsafe { optional_str(ptr, name) }?.ok_or(Error::Null(name))
}
