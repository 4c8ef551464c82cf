//! Appending to a log and reading it.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::record::{GENESIS, NewRecord, Record};
use crate::verify::{expected_start, verify};
use crate::{ANCHOR_FILE, HEAD_FILE, LOCK_FILE, LOG_FILE, RecordsError};

/// `head.json` and `anchor.json`: a record named by its `seq` and `hash`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Pointer {
    pub seq: u64,
    pub hash: String,
    /// For the anchor: the `--before` date of the prune that wrote it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pruned_before: Option<String>,
}

pub(crate) fn io(action: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> RecordsError {
    let path = path.to_owned();
    move |source| RecordsError::Io {
        action,
        path,
        source,
    }
}

pub(crate) fn log_path(dir: &Path) -> PathBuf {
    dir.join(LOG_FILE)
}

/// Takes the log's writer lock; it is released when the file is dropped.
pub(crate) fn lock(dir: &Path) -> Result<File, RecordsError> {
    std::fs::create_dir_all(dir).map_err(io("create", dir))?;
    let path = dir.join(LOCK_FILE);
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(io("open", &path))?;
    file.lock().map_err(io("lock", &path))?;
    Ok(file)
}

/// Reads `head.json` or `anchor.json`, if present.
pub(crate) fn read_pointer(dir: &Path, name: &str) -> Result<Option<Pointer>, RecordsError> {
    let path = dir.join(name);
    match std::fs::read_to_string(&path) {
        Ok(text) => serde_json::from_str(&text)
            .map(Some)
            .map_err(|e| RecordsError::BadMetadata {
                path,
                reason: e.to_string(),
            }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(io("read", &path)(e)),
    }
}

/// Replaces `dir/name` with `bytes` atomically and durably: a temporary file, fsync, rename,
/// fsync of the directory.
pub(crate) fn write_atomic(dir: &Path, name: &str, bytes: &[u8]) -> Result<(), RecordsError> {
    let tmp = dir.join(format!(".{name}.tmp"));
    let mut file = File::create(&tmp).map_err(io("create", &tmp))?;
    file.write_all(bytes).map_err(io("write", &tmp))?;
    file.sync_all().map_err(io("sync", &tmp))?;
    let path = dir.join(name);
    std::fs::rename(&tmp, &path).map_err(io("rename", &path))?;
    sync_dir(dir)
}

pub(crate) fn write_pointer(dir: &Path, name: &str, p: &Pointer) -> Result<(), RecordsError> {
    let json = serde_json::to_string(p).expect("a pointer is JSON");
    write_atomic(dir, name, json.as_bytes())
}

pub(crate) fn sync_dir(dir: &Path) -> Result<(), RecordsError> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io("sync", dir))
}

/// Appends a record for `new` written now.
pub fn append(dir: &Path, new: &NewRecord) -> Result<Record, RecordsError> {
    append_at(dir, new, OffsetDateTime::now_utc())
}

/// Appends a record for `new` with the time `at` (tests and imports; [`append`] uses the
/// clock). The record is on disk (fsync) when this returns. Refuses, with the break
/// [`verify`] finds, to append to a log whose tail is damaged.
pub fn append_at(dir: &Path, new: &NewRecord, at: OffsetDateTime) -> Result<Record, RecordsError> {
    let _lock = lock(dir)?;
    let path = log_path(dir);
    let mut file = OpenOptions::new()
        .create(true)
        .read(true)
        .append(true)
        .open(&path)
        .map_err(io("open", &path))?;
    let (seq, prev) = match next_link(dir, &mut file)? {
        Some(link) => link,
        // The tail is not as it should be: let a full verification name the break.
        None => return Err(damaged(dir)),
    };
    let time = at
        .to_offset(time::UtcOffset::UTC)
        .format(&Rfc3339)
        .expect("a time formats as RFC 3339");
    let record = Record::new(new, seq, time, prev);
    // One write of the whole line, newline last: a cut-off write leaves a line without its
    // newline, which verification reports as torn.
    file.write_all(record.to_line().as_bytes())
        .map_err(io("write", &path))?;
    file.sync_data().map_err(io("sync", &path))?;
    if seq == 1 {
        sync_dir(dir)?;
    }
    let head = Pointer {
        seq,
        hash: record.hash.clone(),
        pruned_before: None,
    };
    write_pointer(dir, HEAD_FILE, &head)?;
    Ok(record)
}

fn damaged(dir: &Path) -> RecordsError {
    match verify(dir) {
        Err(e) => e,
        Ok(_) => RecordsError::BadMetadata {
            path: dir.join(HEAD_FILE),
            reason: "the log's tail does not match its head".to_owned(),
        },
    }
}

/// The `seq` and `prev` of the next record, or `None` when the tail is damaged: a torn last
/// line, a last record whose hash is wrong, or a head that names another record.
fn next_link(dir: &Path, file: &mut File) -> Result<Option<(u64, String)>, RecordsError> {
    let anchor = read_pointer(dir, ANCHOR_FILE)?;
    let head = read_pointer(dir, HEAD_FILE)?;
    let Some(tail) = last_line(file).map_err(io("read", &log_path(dir)))? else {
        let (seq, prev) = expected_start(anchor.as_ref());
        let head_ok = head.is_none_or(|h| h.seq + 1 == seq && h.hash == prev);
        return Ok(head_ok.then_some((seq, prev)));
    };
    let Some(line) = tail.strip_suffix('\n') else {
        return Ok(None);
    };
    let Ok(last) = serde_json::from_str::<Record>(line) else {
        return Ok(None);
    };
    let head_ok = match &head {
        Some(h) => {
            (h.seq == last.seq && h.hash == last.hash)
                || (h.seq + 1 == last.seq && h.hash == last.prev)
        }
        None => last.seq == 1 && last.prev == GENESIS,
    };
    let intact = last.computed_hash() == last.hash && head_ok;
    Ok(intact.then(|| (last.seq + 1, last.hash)))
}

/// The last line of the file (with its newline, if it has one), reading backwards in chunks
/// so appends stay fast on long logs.
fn last_line(file: &mut File) -> std::io::Result<Option<String>> {
    let len = file.seek(SeekFrom::End(0))?;
    if len == 0 {
        return Ok(None);
    }
    let mut buf: Vec<u8> = Vec::new();
    let mut end = len;
    loop {
        let start = end.saturating_sub(8192);
        let mut chunk = vec![0; (end - start) as usize];
        file.seek(SeekFrom::Start(start))?;
        file.read_exact(&mut chunk)?;
        chunk.extend_from_slice(&buf);
        buf = chunk;
        // The newline that ends the line before the last one, ignoring the file's final byte.
        let search = &buf[..buf.len() - 1];
        if let Some(i) = search.iter().rposition(|b| *b == b'\n') {
            buf.drain(..=i);
            break;
        }
        if start == 0 {
            break;
        }
        end = start;
    }
    Ok(Some(String::from_utf8_lossy(&buf).into_owned()))
}

/// Every record of the log, after verifying the chain: a damaged log is an error, never a
/// partial list.
pub fn list(dir: &Path) -> Result<Vec<Record>, RecordsError> {
    Ok(verify(dir)?.records_read)
}

/// The record whose `seq` is `id`, or whose hash starts with `id` (at least 4 hex digits,
/// with or without `sha256:`).
pub fn show(dir: &Path, id: &str) -> Result<Record, RecordsError> {
    let records = list(dir)?;
    if let Ok(seq) = id.parse::<u64>()
        && let Some(r) = records.iter().find(|r| r.seq == seq)
    {
        return Ok(r.clone());
    }
    let prefix = id
        .strip_prefix("sha256:")
        .unwrap_or(id)
        .to_ascii_lowercase();
    if prefix.len() < 4 || !prefix.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(RecordsError::NotFound(id.to_owned()));
    }
    let mut found = records
        .into_iter()
        .filter(|r| r.hash.trim_start_matches("sha256:").starts_with(&prefix));
    match (found.next(), found.next()) {
        (Some(r), None) => Ok(r),
        (Some(_), Some(_)) => Err(RecordsError::Ambiguous(id.to_owned())),
        (None, _) => Err(RecordsError::NotFound(id.to_owned())),
    }
}
