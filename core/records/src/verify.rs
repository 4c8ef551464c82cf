//! Verifying a log's chain.

use std::path::Path;

use crate::log::{Pointer, io, log_path, read_pointer};
use crate::record::{GENESIS, Record};
use crate::{ANCHOR_FILE, HEAD_FILE, Problem, RecordsError};

/// A log that verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verification {
    /// How many records it holds.
    pub records: usize,
    /// The `seq` of the first record (more than 1 after a prune).
    pub first_seq: Option<u64>,
    /// The last record's `seq` and `hash`.
    pub last: Option<(u64, String)>,
    /// The last record was written but `head.json` not yet updated: the writer stopped
    /// between the two steps. The record is complete and chained; the next append updates
    /// the head.
    pub head_lags: bool,
    pub(crate) records_read: Vec<Record>,
}

/// The `seq` and `prev` of the first record after `anchor` (or of a new log).
pub(crate) fn expected_start(anchor: Option<&Pointer>) -> (u64, String) {
    match anchor {
        Some(a) => (a.seq + 1, a.hash.clone()),
        None => (1, GENESIS.to_owned()),
    }
}

/// Checks every record's hash, sequence and link to the one before, and that the last record
/// is the one `head.json` names. Returns [`RecordsError::Broken`] with the first break.
pub fn verify(dir: &Path) -> Result<Verification, RecordsError> {
    let path = log_path(dir);
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(io("read", &path)(e)),
    };
    let anchor = read_pointer(dir, ANCHOR_FILE)?;
    let head = read_pointer(dir, HEAD_FILE)?;
    let broken = |line: usize, problem: Problem| RecordsError::Broken {
        dir: dir.to_owned(),
        line,
        problem,
    };
    let mut lines: Vec<&[u8]> = bytes.split(|b| *b == b'\n').collect();
    // The piece after the last newline: empty for a log whose last write completed.
    let torn = lines.pop().filter(|rest| !rest.is_empty());
    let mut records: Vec<Record> = Vec::with_capacity(lines.len());
    let mut expected = expected_start(anchor.as_ref());
    for (i, line) in lines.iter().enumerate() {
        let record: Record = serde_json::from_slice(line).map_err(|e| {
            broken(
                i + 1,
                Problem::Unreadable {
                    reason: e.to_string(),
                },
            )
        })?;
        // A prune that stopped before rewriting the log leaves its anchor and the whole log.
        if i == 0 && record.seq == 1 && record.prev == GENESIS {
            expected = (1, GENESIS.to_owned());
        }
        check_link(&record, &expected).map_err(|p| broken(i + 1, reordered(p, &lines[i + 1..])))?;
        expected = (record.seq + 1, record.hash.clone());
        records.push(record);
    }
    if let Some(torn) = torn {
        let problem = Problem::TornTail {
            bytes: torn.len(),
            intact: records.len(),
        };
        return Err(broken(records.len() + 1, problem));
    }
    let head_lags = check_head(head.as_ref(), &expected, records.last())
        .map_err(|p| broken(records.len().max(1), p))?;
    Ok(Verification {
        records: records.len(),
        first_seq: records.first().map(|r| r.seq),
        last: records.last().map(|r| (r.seq, r.hash.clone())),
        head_lags,
        records_read: records,
    })
}

/// A gap whose missing records turn up later is a reordering, not a removal.
fn reordered(problem: Problem, later: &[&[u8]]) -> Problem {
    #[derive(serde::Deserialize)]
    struct Seq {
        seq: u64,
    }
    let Problem::Missing { from, to, seq } = problem else {
        return problem;
    };
    let turns_up = later.iter().any(|line| {
        serde_json::from_slice::<Seq>(line).is_ok_and(|r| (from..=to).contains(&r.seq))
    });
    if turns_up {
        Problem::OutOfOrder {
            seq,
            expected: from,
        }
    } else {
        Problem::Missing { from, to, seq }
    }
}

fn check_link(record: &Record, (seq, prev): &(u64, String)) -> Result<(), Problem> {
    let computed = record.computed_hash();
    if computed != record.hash {
        return Err(Problem::Edited {
            seq: record.seq,
            stored: record.hash.clone(),
            computed,
        });
    }
    if record.seq > *seq {
        return Err(Problem::Missing {
            from: *seq,
            to: record.seq - 1,
            seq: record.seq,
        });
    }
    if record.seq < *seq {
        return Err(Problem::OutOfOrder {
            seq: record.seq,
            expected: *seq,
        });
    }
    if record.prev != *prev {
        return Err(Problem::ChainBroken {
            seq: record.seq,
            prev: record.prev.clone(),
            expected: prev.clone(),
        });
    }
    Ok(())
}

/// Whether the head lags the last record by one; an error when it names another record.
/// `next` is the `seq` and `prev` a record after the last would have.
fn check_head(
    head: Option<&Pointer>,
    next: &(u64, String),
    last: Option<&Record>,
) -> Result<bool, Problem> {
    let (next_seq, last_hash) = next;
    let last_seq = next_seq - 1;
    let (head_seq, head_hash) = match head {
        Some(h) => (h.seq, h.hash.clone()),
        None => (0, GENESIS.to_owned()),
    };
    if head_seq == last_seq && head_hash == *last_hash {
        return Ok(false);
    }
    if let Some(last) = last
        && head_seq + 1 == last.seq
        && head_hash == last.prev
    {
        return Ok(true);
    }
    if head_seq > last_seq {
        return Err(Problem::Truncated {
            from: last_seq + 1,
            to: head_seq,
        });
    }
    Err(Problem::HeadMismatch {
        seq: last_seq,
        hash: last_hash.clone(),
        head_seq,
        head_hash,
    })
}
