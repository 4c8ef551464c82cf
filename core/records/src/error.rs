//! What can go wrong with a log.

use std::path::PathBuf;

use frt_model::Date;

/// An error reading, writing or checking a log.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RecordsError {
    /// The file system refused.
    #[error("cannot {action} `{}`: {source}", path.display())]
    Io {
        /// What was being done.
        action: &'static str,
        /// The file or directory.
        path: PathBuf,
        /// Why it failed.
        source: std::io::Error,
    },
    /// The log is damaged; nothing was written.
    #[error("the record log `{}` is damaged at line {line}: {problem}", dir.display())]
    Broken {
        /// The log's directory.
        dir: PathBuf,
        /// The line (1-based) of `records.jsonl` where the first break is.
        line: usize,
        /// What is wrong there.
        problem: Problem,
    },
    /// `head.json` or `anchor.json` is not what this crate writes.
    #[error("`{}` is unreadable: {reason}", path.display())]
    BadMetadata {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// No record has that id.
    #[error("no record `{0}` in the log")]
    NotFound(String),
    /// An id that matches more than one record.
    #[error("`{0}` matches more than one record; give more digits of the hash")]
    Ambiguous(String),
    /// Pruning would remove records younger than the retention period.
    #[error(
        "pruning before `{before}` would remove records younger than {years} years; the earliest allowed date is {latest_allowed}"
    )]
    TooYoung {
        /// The date asked for.
        before: Date,
        /// The latest `--before` date allowed today.
        latest_allowed: Date,
        /// The retention period.
        years: u32,
    },
    /// A record's `time` is not an RFC 3339 date.
    #[error("record {seq} has an unreadable time `{time}`")]
    BadTime {
        /// The record.
        seq: u64,
        /// The time as written.
        time: String,
    },
}

/// What is wrong at the first break of a log.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Problem {
    /// The last line has no newline: the write of that record was cut off.
    #[error(
        "the last record is torn: {bytes} bytes without a final newline (a write was cut off); the {intact} records before it are intact"
    )]
    TornTail {
        /// How many bytes the torn line has.
        bytes: usize,
        /// How many complete records precede it.
        intact: usize,
    },
    /// A line that is not a record.
    #[error("the line is not a record: {reason}")]
    Unreadable {
        /// Why.
        reason: String,
    },
    /// The content does not give the stored hash.
    #[error(
        "record {seq} was edited: its content hashes to `{computed}`, not its `hash` `{stored}`"
    )]
    Edited {
        /// The record.
        seq: u64,
        /// The hash stored in the record.
        stored: String,
        /// The hash its content gives.
        computed: String,
    },
    /// Records are missing before this one.
    #[error("records {from} to {to} are missing before record {seq}")]
    Missing {
        /// The first missing.
        from: u64,
        /// The last missing.
        to: u64,
        /// The record found.
        seq: u64,
    },
    /// A record out of order or repeated.
    #[error("record {seq} is out of order: record {expected} was expected here")]
    OutOfOrder {
        /// The record found.
        seq: u64,
        /// The record expected.
        expected: u64,
    },
    /// `prev` is not the hash of the record before.
    #[error(
        "record {seq} does not chain to the record before: its `prev` is `{prev}`, expected `{expected}`"
    )]
    ChainBroken {
        /// The record.
        seq: u64,
        /// Its `prev`.
        prev: String,
        /// The hash of the record before (or of the anchor).
        expected: String,
    },
    /// Records were removed from the end: `head.json` names a later record.
    #[error("records {from} to {to} were removed from the end: `head.json` names record {to}")]
    Truncated {
        /// The first missing.
        from: u64,
        /// The last missing, named by `head.json`.
        to: u64,
    },
    /// The last record is not the one `head.json` names.
    #[error(
        "the last record ({seq}, `{hash}`) is not the one `head.json` names ({head_seq}, `{head_hash}`)"
    )]
    HeadMismatch {
        /// The last record's seq.
        seq: u64,
        /// Its hash.
        hash: String,
        /// The head's seq.
        head_seq: u64,
        /// The head's hash.
        head_hash: String,
    },
}
