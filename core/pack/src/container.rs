//! The pack file: named entries, length-prefixed, in one file.
//!
//! ```text
//! pack   = magic entry* end
//! magic  = "FRTPACK1"                       (8 bytes)
//! entry  = name-length:u16 name data-length:u64 data   (big-endian lengths)
//! end    = 0x0000                            (a name of length 0), then the end of the file
//! ```
//!
//! The first entry is `manifest.json`; `signature.json` follows when the pack is signed; then
//! one `NAME.wasm` per component. Reading refuses names outside that set (so no path can
//! escape a directory it is unpacked into), duplicates, entries over the size limit, a file
//! that ends early and bytes after the end marker.

use crate::PackError;

pub(crate) const MAGIC: &[u8; 8] = b"FRTPACK1";
pub(crate) const MANIFEST: &str = "manifest.json";
pub(crate) const SIGNATURE: &str = "signature.json";
const MAX_MANIFEST_BYTES: u64 = 1 << 20;

/// Bounds on what reading a pack accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadLimits {
    /// The largest component, in bytes.
    pub max_component_bytes: u64,
    /// The most components.
    pub max_components: usize,
}

impl Default for ReadLimits {
    fn default() -> ReadLimits {
        ReadLimits {
            max_component_bytes: 16 << 20,
            max_components: 1024,
        }
    }
}

/// Writes `entries` as a pack file.
pub(crate) fn write(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    for (name, data) in entries {
        let name_len = u16::try_from(name.len()).expect("entry names are short");
        out.extend_from_slice(&name_len.to_be_bytes());
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&(data.len() as u64).to_be_bytes());
        out.extend_from_slice(data);
    }
    out.extend_from_slice(&0u16.to_be_bytes());
    out
}

/// Reads a pack file into its entries, in order.
pub(crate) fn read(bytes: &[u8], limits: &ReadLimits) -> Result<Vec<(String, Vec<u8>)>, PackError> {
    let mut rest = bytes
        .strip_prefix(MAGIC.as_slice())
        .ok_or(PackError::NotAPack)?;
    let mut entries: Vec<(String, Vec<u8>)> = Vec::new();
    loop {
        let place = || match entries.last() {
            Some((name, _)) => format!("the entry after `{name}`"),
            None => "the first entry".to_owned(),
        };
        let name_len = u16::from_be_bytes(take(&mut rest, 2, &place)?.try_into().expect("2 bytes"));
        if name_len == 0 {
            break;
        }
        let name = take(&mut rest, name_len.into(), &place)?;
        let name = String::from_utf8_lossy(name).into_owned();
        check_name(&name, entries.len())?;
        if entries.iter().any(|(n, _)| *n == name) {
            return Err(PackError::DuplicateEntry(name));
        }
        if entries.len() > limits.max_components + 1 {
            return Err(PackError::TooManyEntries(limits.max_components + 2));
        }
        let len = u64::from_be_bytes(take(&mut rest, 8, &place)?.try_into().expect("8 bytes"));
        let limit = if name.ends_with(".wasm") {
            limits.max_component_bytes
        } else {
            MAX_MANIFEST_BYTES
        };
        if len > limit {
            return Err(PackError::EntryTooLarge {
                name,
                size: len,
                limit,
            });
        }
        let in_entry = || format!("`{name}`");
        let data = take(
            &mut rest,
            usize::try_from(len).expect("bounded by the limit"),
            &in_entry,
        )?;
        entries.push((name, data.to_vec()));
    }
    if !rest.is_empty() {
        return Err(PackError::TrailingData(rest.len()));
    }
    match entries.first() {
        Some((name, _)) if name == MANIFEST => Ok(entries),
        _ => Err(PackError::NoManifest),
    }
}

fn take<'a>(
    rest: &mut &'a [u8],
    n: usize,
    place: &dyn Fn() -> String,
) -> Result<&'a [u8], PackError> {
    if rest.len() < n {
        return Err(PackError::Truncated(place()));
    }
    let (head, tail) = rest.split_at(n);
    *rest = tail;
    Ok(head)
}

/// Whether `name` may be the entry at `index`: the manifest first, the signature second, then
/// component files with a plain lowercase stem.
fn check_name(name: &str, index: usize) -> Result<(), PackError> {
    let ok = match name {
        MANIFEST => index == 0,
        SIGNATURE => index == 1,
        _ => index > 0 && is_component_file(name),
    };
    if ok {
        Ok(())
    } else if name == MANIFEST || name == SIGNATURE {
        Err(PackError::NoManifest)
    } else {
        Err(PackError::BadEntryName(name.to_owned()))
    }
}

/// Whether `name` is a component file name a pack may hold: `NAME.wasm`, NAME of lowercase
/// ASCII letters, digits, `-` and `_`, at most 128 characters.
pub fn is_component_file(name: &str) -> bool {
    name.strip_suffix(".wasm").is_some_and(|stem| {
        !stem.is_empty()
            && name.len() <= 128
            && stem
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits() -> ReadLimits {
        ReadLimits::default()
    }

    #[test]
    fn entries_round_trip() {
        let bytes = write(&[(MANIFEST, b"{}"), ("a.wasm", b"\0asm")]);
        let entries = read(&bytes, &limits()).unwrap();
        assert_eq!(
            entries,
            vec![
                (MANIFEST.to_owned(), b"{}".to_vec()),
                ("a.wasm".to_owned(), b"\0asm".to_vec())
            ]
        );
    }

    #[test]
    fn path_traversal_is_refused() {
        for name in [
            "../evil.wasm",
            "dir/a.wasm",
            "/abs.wasm",
            "A.wasm",
            ".wasm",
            "a.exe",
        ] {
            let bytes = write(&[(MANIFEST, b"{}"), (name, b"x")]);
            let err = read(&bytes, &limits()).unwrap_err();
            assert!(
                matches!(&err, PackError::BadEntryName(n) if n == name),
                "{name}: {err}"
            );
        }
    }

    #[test]
    fn duplicates_are_refused() {
        let bytes = write(&[(MANIFEST, b"{}"), ("a.wasm", b"x"), ("a.wasm", b"y")]);
        assert_eq!(
            read(&bytes, &limits()).unwrap_err().to_string(),
            "the pack holds two entries named `a.wasm`"
        );
    }

    #[test]
    fn oversized_entries_are_refused_before_reading_them() {
        let mut bytes = MAGIC.to_vec();
        bytes.extend_from_slice(&13u16.to_be_bytes());
        bytes.extend_from_slice(MANIFEST.as_bytes());
        bytes.extend_from_slice(&u64::MAX.to_be_bytes());
        let err = read(&bytes, &limits()).unwrap_err();
        assert!(
            matches!(err, PackError::EntryTooLarge { size: u64::MAX, .. }),
            "{err}"
        );
    }

    #[test]
    fn trailing_garbage_and_truncation_are_refused() {
        let mut bytes = write(&[(MANIFEST, b"{}"), ("a.wasm", b"x")]);
        bytes.push(7);
        assert_eq!(
            read(&bytes, &limits()).unwrap_err().to_string(),
            "the pack has 1 bytes of trailing data after its end marker"
        );
        let bytes = write(&[(MANIFEST, b"{}"), ("a.wasm", b"xyz")]);
        let cut = &bytes[..bytes.len() - 3];
        assert_eq!(
            read(cut, &limits()).unwrap_err().to_string(),
            "the pack is truncated inside `a.wasm`"
        );
    }

    #[test]
    fn the_manifest_comes_first() {
        let bytes = write(&[("a.wasm", b"x"), (MANIFEST, b"{}")]);
        assert!(matches!(
            read(&bytes, &limits()).unwrap_err(),
            PackError::BadEntryName(_)
        ));
        let bytes = write(&[]);
        assert!(matches!(
            read(&bytes, &limits()).unwrap_err(),
            PackError::NoManifest
        ));
        assert!(matches!(
            read(b"PK\x03\x04", &limits()).unwrap_err(),
            PackError::NotAPack
        ));
    }
}
