//! One record and its hash.

use frt_model::Date;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The `prev` of the first record of a log.
pub const GENESIS: &str = "sha256:0000000000000000000000000000000000000000000000000000000000000000";

/// A rule that ran, down to its bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDigest {
    /// The rule's id.
    pub id: String,
    /// The rule's version.
    pub version: String,
    /// `sha256:` and the hex digest of the component.
    pub digest: String,
}

/// What one check contributes to a record; [`crate::append`] adds the time and the chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRecord {
    /// The day the report speaks for.
    pub as_of: Date,
    /// The declaration's id.
    pub declaration: String,
    /// `sha256:` and the hex SHA-256 of the declaration's source bytes.
    pub declaration_sha256: String,
    /// `sha256:` and the hex SHA-256 of the `frt/report/v1` JSON.
    pub report_sha256: String,
    /// The report's verdict.
    pub verdict: String,
    /// The rules that ran.
    pub rules: Vec<RuleDigest>,
    /// The version of the engine (the `frt` binary or library) that checked.
    pub engine_version: String,
    /// `sha256:` and the hex SHA-256 of the waiver file applied, if any.
    pub waivers_sha256: Option<String>,
}

/// One line of the log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// 1 for the first record ever written to the log, then one more for each.
    pub seq: u64,
    /// When the record was written, RFC 3339 in UTC.
    pub time: String,
    /// The day the report speaks for.
    pub as_of: Date,
    /// The declaration's id.
    pub declaration: String,
    /// `sha256:` and the hex SHA-256 of the declaration's source bytes.
    pub declaration_sha256: String,
    /// `sha256:` and the hex SHA-256 of the `frt/report/v1` JSON.
    pub report_sha256: String,
    /// The report's verdict.
    pub verdict: String,
    /// The rules that ran.
    pub rules: Vec<RuleDigest>,
    /// The version of the engine that checked.
    pub engine_version: String,
    /// `sha256:` and the hex SHA-256 of the waiver file applied, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waivers_sha256: Option<String>,
    /// The `hash` of the record before, or [`GENESIS`].
    pub prev: String,
    /// `sha256:` and the hex SHA-256 of this record's compact JSON without `hash`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub hash: String,
}

impl Record {
    pub(crate) fn new(new: &NewRecord, seq: u64, time: String, prev: String) -> Record {
        let mut record = Record {
            seq,
            time,
            as_of: new.as_of,
            declaration: new.declaration.clone(),
            declaration_sha256: new.declaration_sha256.clone(),
            report_sha256: new.report_sha256.clone(),
            verdict: new.verdict.clone(),
            rules: new.rules.clone(),
            engine_version: new.engine_version.clone(),
            waivers_sha256: new.waivers_sha256.clone(),
            prev,
            hash: String::new(),
        };
        record.hash = record.computed_hash();
        record
    }

    /// The hash the record's content gives: equal to `hash` unless the record was edited.
    pub fn computed_hash(&self) -> String {
        let body = Record {
            hash: String::new(),
            ..self.clone()
        };
        sha256(
            serde_json::to_string(&body)
                .expect("a record is JSON")
                .as_bytes(),
        )
    }

    /// The record as one line of the log, newline included.
    pub(crate) fn to_line(&self) -> String {
        let mut line = serde_json::to_string(self).expect("a record is JSON");
        line.push('\n');
        line
    }

    /// A short id for people: the first 12 hex digits of the hash.
    pub fn short_id(&self) -> &str {
        let hex = self.hash.strip_prefix("sha256:").unwrap_or(&self.hash);
        &hex[..hex.len().min(12)]
    }

    /// The calendar day of `time`.
    pub fn day(&self) -> Option<Date> {
        self.time.get(..10)?.parse().ok()
    }
}

/// `sha256:` and the hex SHA-256 of `bytes`.
pub fn sha256(bytes: &[u8]) -> String {
    format!("sha256:{}", hex::encode(Sha256::digest(bytes)))
}
