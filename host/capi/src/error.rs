//! Status codes, the errors behind them, and the per-thread last error message.

use std::cell::RefCell;
use std::ffi::{CString, c_char};

/// What a call did. `FRT_STATUS_OK` is 0; every other value has a message in
/// `frt_last_error()`.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrtStatus {
    /// The call succeeded.
    Ok = 0,
    /// A required pointer argument was `NULL`.
    NullArgument = 1,
    /// An argument was malformed: a path or date that is not UTF-8, a date that is not
    /// `YYYY-MM-DD`.
    InvalidArgument = 2,
    /// The declaration is not UTF-8, not JSON, or breaks the `frt/declaration/v1` schema;
    /// the message names the field path, line and column.
    InvalidDeclaration = 3,
    /// The rules could not be loaded.
    LoadFailed = 4,
    /// A rule failed (trapped, ran out of fuel or time, returned an error). The report and the
    /// outcome are still filled in; failing closed, the verdict is non-compliant.
    RuleFailed = 5,
    /// The library panicked; the panic was stopped at the boundary.
    Panic = 6,
}

/// Why a call failed.
#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    /// A required pointer was `NULL`.
    #[error("`{0}` is NULL")]
    Null(&'static str),
    /// An argument was malformed.
    #[error("`{name}`: {message}")]
    Argument {
        /// The parameter.
        name: &'static str,
        /// What is wrong with it.
        message: String,
    },
    /// The declaration could not be read.
    #[error("invalid declaration: {0}")]
    Declaration(String),
    /// The rules could not be loaded.
    #[error(transparent)]
    Load(#[from] frt_runtime::LoadError),
    /// A rule failed; the report was still made.
    #[error("{0}")]
    RuleFailed(String),
    /// Something panicked.
    #[error("internal error: {0}")]
    Panic(String),
}

impl Error {
    pub(crate) fn status(&self) -> FrtStatus {
        match self {
            Error::Null(_) => FrtStatus::NullArgument,
            Error::Argument { .. } => FrtStatus::InvalidArgument,
            Error::Declaration(_) => FrtStatus::InvalidDeclaration,
            Error::Load(_) => FrtStatus::LoadFailed,
            Error::RuleFailed(_) => FrtStatus::RuleFailed,
            Error::Panic(_) => FrtStatus::Panic,
        }
    }
}

thread_local! {
    static LAST_ERROR: RefCell<Option<CString>> = const { RefCell::new(None) };
}

pub(crate) fn set_last_error(error: &Error) {
    // A message with a NUL inside would be cut short by C; replace NULs rather than lose it.
    let text = error.to_string().replace('\0', "\\0");
    let message = CString::new(text).unwrap_or_default();
    LAST_ERROR.with(|slot| *slot.borrow_mut() = Some(message));
}

pub(crate) fn clear_last_error() {
    LAST_ERROR.with(|slot| *slot.borrow_mut() = None);
}

/// The message of the last failed call on this thread, or `NULL` when the last call that can
/// fail (`frt_engine_new_*`, `frt_check`) succeeded; the frees leave it alone. The string
/// belongs to the library and stays valid until the next such call on the same thread; copy
/// it to keep it.
#[unsafe(no_mangle)]
pub extern "C" fn frt_last_error() -> *const c_char {
    LAST_ERROR.with(|slot| {
        slot.borrow()
            .as_ref()
            .map_or(std::ptr::null(), |s| s.as_ptr())
    })
}
