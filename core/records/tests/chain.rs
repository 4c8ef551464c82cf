//! The chain under edits, deletions, reordering, truncation and torn writes, on real files.

use std::path::Path;

use frt_records::{
    HEAD_FILE, LOG_FILE, NewRecord, Problem, RecordsError, RuleDigest, append, append_at, list,
    prune, show, verify,
};
use time::macros::datetime;

fn new_record(n: usize) -> NewRecord {
    NewRecord {
        as_of: "2026-05-01".parse().unwrap(),
        declaration: format!("gate-{n}"),
        declaration_sha256: format!("sha256:{n:064x}"),
        report_sha256: format!("sha256:{:064x}", n + 1000),
        verdict: "needs_review".into(),
        rules: vec![RuleDigest {
            id: "cn-frt-art13".into(),
            version: "0.1.0".into(),
            digest: "sha256:ab".into(),
        }],
        engine_version: "0.1.0".into(),
        waivers_sha256: None,
    }
}

fn log_of(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for i in 1..=n {
        append(dir.path(), &new_record(i)).unwrap();
    }
    dir
}

fn lines(dir: &Path) -> Vec<String> {
    std::fs::read_to_string(dir.join(LOG_FILE))
        .unwrap()
        .lines()
        .map(|l| format!("{l}\n"))
        .collect()
}

fn write_lines(dir: &Path, lines: &[String]) {
    std::fs::write(dir.join(LOG_FILE), lines.concat()).unwrap();
}

fn first_break(dir: &Path) -> (usize, Problem) {
    match verify(dir) {
        Err(RecordsError::Broken { line, problem, .. }) => (line, problem),
        other => panic!("expected a break, got {other:?}"),
    }
}

#[test]
fn an_intact_log_verifies_and_lists() {
    let dir = log_of(5);
    let v = verify(dir.path()).unwrap();
    assert_eq!((v.records, v.first_seq, v.head_lags), (5, Some(1), false));
    let records = list(dir.path()).unwrap();
    assert_eq!(records.len(), 5);
    assert_eq!(show(dir.path(), "3").unwrap(), records[2]);
    assert_eq!(show(dir.path(), records[4].short_id()).unwrap(), records[4]);
    assert!(matches!(
        show(dir.path(), "99"),
        Err(RecordsError::NotFound(_))
    ));
}

#[test]
fn an_edited_record_is_named() {
    let dir = log_of(4);
    let mut l = lines(dir.path());
    l[1] = l[1].replace("needs_review", "compliant");
    write_lines(dir.path(), &l);
    let (line, problem) = first_break(dir.path());
    assert_eq!(line, 2);
    assert!(
        matches!(problem, Problem::Edited { seq: 2, .. }),
        "{problem}"
    );
}

#[test]
fn an_edited_and_rehashed_record_breaks_the_next_link() {
    let dir = log_of(4);
    let records = list(dir.path()).unwrap();
    let mut forged = records[1].clone();
    forged.verdict = "compliant".into();
    forged.hash = forged.computed_hash();
    let mut l = lines(dir.path());
    l[1] = format!("{}\n", serde_json::to_string(&forged).unwrap());
    write_lines(dir.path(), &l);
    let (line, problem) = first_break(dir.path());
    assert_eq!(line, 3);
    assert!(
        matches!(problem, Problem::ChainBroken { seq: 3, .. }),
        "{problem}"
    );
}

#[test]
fn a_removed_record_is_a_gap() {
    let dir = log_of(5);
    let mut l = lines(dir.path());
    l.remove(2);
    write_lines(dir.path(), &l);
    let (line, problem) = first_break(dir.path());
    assert_eq!(line, 3);
    assert_eq!(
        problem,
        Problem::Missing {
            from: 3,
            to: 3,
            seq: 4
        }
    );
}

#[test]
fn reordered_records_are_out_of_order() {
    let dir = log_of(5);
    let mut l = lines(dir.path());
    l.swap(1, 3);
    write_lines(dir.path(), &l);
    let (line, problem) = first_break(dir.path());
    assert_eq!(line, 2);
    assert_eq!(
        problem,
        Problem::OutOfOrder {
            seq: 4,
            expected: 2
        }
    );
}

#[test]
fn records_cut_from_the_end_are_caught_by_the_head() {
    let dir = log_of(5);
    let l = lines(dir.path());
    write_lines(dir.path(), &l[..3]);
    let (_, problem) = first_break(dir.path());
    assert_eq!(problem, Problem::Truncated { from: 4, to: 5 });
    // The writer refuses too, with the same break.
    let err = append(dir.path(), &new_record(9)).unwrap_err();
    assert!(
        err.to_string().contains("were removed from the end"),
        "{err}"
    );
}

#[test]
fn a_torn_last_record_is_reported_at_every_cut() {
    let dir = log_of(3);
    let full = std::fs::read(dir.path().join(LOG_FILE)).unwrap();
    let last_start = lines(dir.path())[..2].concat().len();
    // Every cut inside the last record, newline excluded, is a torn tail.
    for cut in last_start + 1..full.len() {
        std::fs::write(dir.path().join(LOG_FILE), &full[..cut]).unwrap();
        let (line, problem) = first_break(dir.path());
        assert_eq!(line, 3, "cut at {cut}");
        assert_eq!(
            problem,
            Problem::TornTail {
                bytes: cut - last_start,
                intact: 2
            },
            "cut at {cut}"
        );
        assert!(append(dir.path(), &new_record(9)).is_err(), "cut at {cut}");
    }
}

#[test]
fn a_head_one_behind_is_a_writer_stopped_between_steps() {
    let dir = log_of(3);
    let records = list(dir.path()).unwrap();
    let head = format!("{{\"seq\":2,\"hash\":\"{}\"}}", records[1].hash);
    std::fs::write(dir.path().join(HEAD_FILE), head).unwrap();
    let v = verify(dir.path()).unwrap();
    assert!(v.head_lags);
    let next = append(dir.path(), &new_record(4)).unwrap();
    assert_eq!(
        (next.seq, next.prev.as_str()),
        (4, records[2].hash.as_str())
    );
    assert!(!verify(dir.path()).unwrap().head_lags);
}

#[test]
fn pruning_keeps_three_years_and_the_chain() {
    let dir = tempfile::tempdir().unwrap();
    let times = [
        datetime!(2021-03-01 10:00 UTC),
        datetime!(2022-06-01 10:00 UTC),
        datetime!(2023-05-02 10:00 UTC),
        datetime!(2026-04-30 10:00 UTC),
    ];
    for (i, t) in times.iter().enumerate() {
        append_at(dir.path(), &new_record(i), *t).unwrap();
    }
    let today = "2026-05-01".parse().unwrap();
    let young = prune(dir.path(), "2023-05-02".parse().unwrap(), today).unwrap_err();
    assert!(
        young.to_string().contains("younger than 3 years"),
        "{young}"
    );
    assert_eq!(list(dir.path()).unwrap().len(), 4, "nothing removed");
    let outcome = prune(dir.path(), "2023-05-01".parse().unwrap(), today).unwrap();
    assert_eq!((outcome.removed, outcome.kept), (2, 2));
    let v = verify(dir.path()).unwrap();
    assert_eq!((v.records, v.first_seq), (2, Some(3)));
    let next = append(dir.path(), &new_record(9)).unwrap();
    assert_eq!(next.seq, 5);
    assert_eq!(verify(dir.path()).unwrap().records, 3);
}
