//! Why a pack could not be written, read or trusted.

/// Why a pack could not be written, read or trusted. Each names the entry, the component or
/// the key concerned.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PackError {
    /// The file does not start with the pack's magic bytes.
    #[error("not an frt rule pack: the file does not start with `FRTPACK1`")]
    NotAPack,
    /// The file ends inside an entry.
    #[error("the pack is truncated inside {0}")]
    Truncated(String),
    /// Bytes follow the end marker.
    #[error("the pack has {0} bytes of trailing data after its end marker")]
    TrailingData(usize),
    /// An entry's name is not one a pack may hold.
    #[error(
        "the pack holds an entry named `{0}`; entries are `manifest.json`, `signature.json` and `NAME.wasm` with NAME of lowercase letters, digits, `-` and `_`"
    )]
    BadEntryName(String),
    /// Two entries share a name.
    #[error("the pack holds two entries named `{0}`")]
    DuplicateEntry(String),
    /// An entry is larger than the limit.
    #[error("the entry `{name}` is {size} bytes, more than the limit of {limit} bytes")]
    EntryTooLarge {
        /// The entry.
        name: String,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The pack holds more entries than the limit.
    #[error("the pack holds more than {0} entries")]
    TooManyEntries(usize),
    /// `manifest.json` is missing or not the first entry.
    #[error("the pack's first entry must be `manifest.json`")]
    NoManifest,
    /// `manifest.json` is not a valid manifest.
    #[error("`manifest.json` is not a valid pack manifest: {0}")]
    Manifest(String),
    /// The manifest's `schema` is not one this library reads.
    #[error("`manifest.json` has schema `{0}`; this host reads `frt/pack/v1`")]
    Schema(String),
    /// The manifest is for an `frt:rule` version this host does not implement.
    #[error(
        "the pack's rules are written against `frt:rule@{pack}`; this host implements `frt:rule@{host}`"
    )]
    RuleVersion {
        /// The version the manifest names.
        pack: String,
        /// The version the host implements.
        host: &'static str,
    },
    /// `signature.json` is malformed.
    #[error("`signature.json` is malformed: {0}")]
    SignatureFormat(String),
    /// The signature does not verify: the manifest or the signature was changed.
    #[error(
        "the signature over `manifest.json` is invalid: the manifest or the signature was altered after signing"
    )]
    BadSignature,
    /// The pack was signed by a key that is not trusted.
    #[error("the pack is signed by `{0}`, which is not one of the trusted keys")]
    UntrustedSigner(String),
    /// The pack is unsigned and unsigned packs are not allowed.
    #[error("the pack is unsigned{}", if *.trusted_keys { " and trusted keys are configured, so only a pack signed by one of them loads" } else { "; sign it with `frt pack --key`, or allow unsigned packs explicitly" })]
    Unsigned {
        /// Whether trusted keys were configured (then unsigned packs never load).
        trusted_keys: bool,
    },
    /// A component's bytes do not match the manifest.
    #[error(
        "the component `{file}` does not match its digest in the manifest: expected sha256:{expected}, found sha256:{actual}"
    )]
    Digest {
        /// The component's file name.
        file: String,
        /// The digest in the manifest.
        expected: String,
        /// The digest of the bytes in the pack.
        actual: String,
    },
    /// The manifest lists a component the pack does not hold.
    #[error("the manifest lists `{0}`, which the pack does not hold")]
    MissingComponent(String),
    /// The pack holds a component the manifest does not list.
    #[error("the pack holds `{0}`, which the manifest does not list")]
    UnlistedComponent(String),
    /// Two components of the manifest share an id.
    #[error("two components of the manifest have the id `{0}`")]
    DuplicateId(String),
    /// A key file or key text is malformed.
    #[error("{0}")]
    Key(String),
    /// The system's random number generator failed.
    #[error("cannot generate a key: the system's random number generator failed: {0}")]
    Random(String),
}
