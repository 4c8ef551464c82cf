//! An append-only log of `frt check` assessments, each record chained to the one before by
//! its SHA-256 hash, so that edited, removed, reordered or truncated records are detected.
//!
//! # Format
//!
//! A log is a directory:
//!
//! - `records.jsonl`: one [`Record`] per line (JSON Lines). Each record carries `seq` (1, 2,
//!   …), `prev` (the `hash` of the record before it, or [`GENESIS`]) and `hash`: `sha256:`
//!   and the hex SHA-256 of the record's compact JSON without its `hash` field. A record is
//!   written with one `write` of the whole line, newline last, then `fsync`: a crash loses at
//!   most the record being written, and a cut-off write is a last line without its newline,
//!   which [`verify`] reports as torn.
//! - `head.json`: the `seq` and `hash` of the last record, replaced atomically after each
//!   append, so records removed from the end are detected too.
//! - `anchor.json` (after [`prune`]): the `seq` and `hash` of the last pruned record, where
//!   the remaining chain starts.
//! - `lock`: taken exclusively by every writer, so concurrent appends serialise.
//!
//! Nothing is ever accepted silently: [`append`] refuses to write after a damaged tail, and
//! [`verify`] names the first break, its line and what is wrong.
//!
//! # Example
//!
//! ```
//! use frt_records::{append, verify, NewRecord, RuleDigest};
//!
//! let dir = tempfile::tempdir()?;
//! let record = NewRecord {
//!     as_of: "2026-05-01".parse()?,
//!     declaration: "gate-7".into(),
//!     declaration_sha256: "sha256:ab".into(),
//!     report_sha256: "sha256:cd".into(),
//!     verdict: "needs_review".into(),
//!     rules: vec![RuleDigest { id: "cn-frt-art13".into(), version: "0.1.0".into(), digest: "sha256:ef".into() }],
//!     engine_version: "0.1.0".into(),
//!     waivers_sha256: None,
//! };
//! let first = append(dir.path(), &record)?;
//! let second = append(dir.path(), &record)?;
//! assert_eq!(second.prev, first.hash);
//! assert_eq!(verify(dir.path())?.records, 2);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#![deny(missing_docs)]

mod error;
mod log;
mod prune;
mod record;
mod verify;

pub use error::{Problem, RecordsError};
pub use log::{append, append_at, list, show};
pub use prune::{PruneOutcome, RETENTION_YEARS, prune};
pub use record::{GENESIS, NewRecord, Record, RuleDigest, sha256};
pub use verify::{Verification, verify};

/// The file that holds the records.
pub const LOG_FILE: &str = "records.jsonl";
/// The file that names the last record.
pub const HEAD_FILE: &str = "head.json";
/// The file that names the last pruned record.
pub const ANCHOR_FILE: &str = "anchor.json";
/// The file every writer locks.
pub const LOCK_FILE: &str = "lock";
