//! Bytes handed to C: the report.

/// Bytes owned by the library, such as a report. `data[len]` is a NUL byte (not counted in
/// `len`), so the bytes can also be printed as a C string. Free with `frt_buffer_free`.
/// A zeroed `frt_buffer` (`{0}`) is empty and may be freed.
#[repr(C)]
#[derive(Debug)]
pub struct FrtBuffer {
    /// The bytes, or `NULL` when empty.
    pub data: *mut u8,
    /// How many bytes, not counting the final NUL.
    pub len: usize,
}

impl FrtBuffer {
    /// Hands `text` to C, with a final NUL.
    pub(crate) fn from_string(text: String) -> FrtBuffer {
        let mut bytes = text.into_bytes();
        let len = bytes.len();
        bytes.push(0);
        let data = Box::into_raw(bytes.into_boxed_slice()).cast::<u8>();
        FrtBuffer { data, len }
    }
}

/// Frees the bytes of `buffer` and sets it to empty (`data = NULL`, `len = 0`), so freeing it
/// twice is harmless. `buffer` may be `NULL`, and so may its `data`. Leaves `frt_last_error()`
/// as it was.
///
/// # Safety
///
/// `buffer` is `NULL` or points to an `frt_buffer` that is zeroed or was filled in by this
/// library and not changed since.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn frt_buffer_free(buffer: *mut FrtBuffer) {
    crate::boundary::guard_infallible(|| {
        // SAFETY: the caller promises `buffer` is NULL or a valid, exclusive frt_buffer.
        let Some(buffer) = (unsafe { buffer.as_mut() }) else {
            return;
        };
        if !buffer.data.is_null() {
            let slice = std::ptr::slice_from_raw_parts_mut(buffer.data, buffer.len + 1);
            // SAFETY: `data` came from `Box::into_raw` of a boxed slice of `len + 1` bytes
            // in `from_string`, and it is freed once: it is set to NULL just below.
            drop(unsafe { Box::from_raw(slice) });
        }
        buffer.data = std::ptr::null_mut();
        buffer.len = 0;
    })
}
