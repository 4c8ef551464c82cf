//! Removing old records while keeping the rest verifiable.

use std::path::Path;

use frt_model::Date;

use crate::log::{Pointer, lock, write_atomic, write_pointer};
use crate::{ANCHOR_FILE, LOG_FILE, RecordsError, verify};

/// How long records are kept at least, in years: PIPL Art. 56 keeps impact assessment reports
/// and processing records for three years, and Art. 9 of the Measures relies on it.
pub const RETENTION_YEARS: u32 = 3;

/// What a prune removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PruneOutcome {
    /// How many records were removed.
    pub removed: usize,
    /// How many remain.
    pub kept: usize,
}

/// Removes the records written before `before` (by their `time`), refusing when `before` is
/// later than `today` less [`RETENTION_YEARS`] years, so nothing younger than that is ever
/// removed. The log is verified first; the remaining records are kept byte for byte and the
/// last removed record becomes the anchor the chain starts from.
pub fn prune(dir: &Path, before: Date, today: Date) -> Result<PruneOutcome, RecordsError> {
    let latest_allowed = years_before(today, RETENTION_YEARS);
    if before > latest_allowed {
        return Err(RecordsError::TooYoung {
            before,
            latest_allowed,
            years: RETENTION_YEARS,
        });
    }
    let _lock = lock(dir)?;
    let verified = verify(dir)?;
    let mut removed = Vec::new();
    let mut kept = Vec::new();
    for record in verified.records_read {
        let day = record.day().ok_or_else(|| RecordsError::BadTime {
            seq: record.seq,
            time: record.time.clone(),
        })?;
        // Records are appended in time order, so the old ones form a prefix.
        if day < before && kept.is_empty() {
            removed.push(record);
        } else {
            kept.push(record);
        }
    }
    let Some(last_removed) = removed.last() else {
        return Ok(PruneOutcome {
            removed: 0,
            kept: kept.len(),
        });
    };
    // The anchor first: a crash before the log is rewritten leaves the whole log, which
    // still verifies from its first record.
    let anchor = Pointer {
        seq: last_removed.seq,
        hash: last_removed.hash.clone(),
        pruned_before: Some(before.to_string()),
    };
    write_pointer(dir, ANCHOR_FILE, &anchor)?;
    let text: String = kept.iter().map(|r| r.to_line()).collect();
    write_atomic(dir, LOG_FILE, text.as_bytes())?;
    Ok(PruneOutcome {
        removed: removed.len(),
        kept: kept.len(),
    })
}

/// The same day `years` years earlier (28 February for 29 February).
fn years_before(day: Date, years: u32) -> Date {
    let year = day.year() - years as i32;
    Date::new(year, day.month(), day.day())
        .or_else(|| Date::new(year, day.month(), day.day() - 1))
        .expect("the day before 29 February exists")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_years_back_is_the_same_day() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(years_before(d("2026-05-01"), 3), d("2023-05-01"));
        assert_eq!(years_before(d("2028-02-29"), 3), d("2025-02-28"));
    }
}
