//! `frt check --record` and `frt records`: the chain under edits, deletions, reordering,
//! truncation and a writer killed while it writes.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod common;
use common::{cache_dir, examples, frt, stderr, stdout};

const P01: &str = "p01-hotel-lobby-kiosk.yaml";

fn record(dir: &Path, times: usize) {
    for _ in 0..times {
        let out = frt(
            &[
                "check",
                P01,
                "--format",
                "json",
                "--record",
                dir.to_str().unwrap(),
            ],
            &examples(),
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
}

fn log(dir: &Path) -> Vec<String> {
    std::fs::read_to_string(dir.join("records.jsonl"))
        .unwrap()
        .lines()
        .map(|l| format!("{l}\n"))
        .collect()
}

fn verify(dir: &Path) -> std::process::Output {
    frt(&["records", "verify", dir.to_str().unwrap()], dir)
}

#[test]
fn records_list_show_and_verify() {
    let dir = tempfile::tempdir().unwrap();
    record(dir.path(), 3);
    let d = dir.path().to_str().unwrap();
    let ok = verify(dir.path());
    assert_eq!(ok.status.code(), Some(0), "{}", stderr(&ok));
    assert!(
        stdout(&ok).starts_with("ok: 3 records intact"),
        "{}",
        stdout(&ok)
    );
    let list = frt(&["records", "list", d], dir.path());
    assert_eq!(stdout(&list).lines().count(), 3);
    let json = frt(&["records", "list", d, "--json"], dir.path());
    let first: serde_json::Value =
        serde_json::from_str(stdout(&json).lines().next().unwrap()).unwrap();
    assert_eq!(first["declaration"], "p01-hotel-lobby-kiosk");
    assert_eq!(first["verdict"], "needs_review");
    // p01 is in Shanghai: the Measures (13 rules), PIPL Arts. 26, 28-29 and 31, SPC Arts. 2-4
    // and 10, and Shanghai Arts. 22 and 23 ran.
    assert_eq!(first["rules"].as_array().unwrap().len(), 20);
    assert!(
        first["declaration_sha256"]
            .as_str()
            .unwrap()
            .starts_with("sha256:")
    );
    // The report digest is the digest of what `check --format json` printed.
    let report = frt(&["check", P01, "--format", "json"], &examples());
    let digest = frt_records::sha256(stdout(&report).as_bytes());
    assert_eq!(first["report_sha256"], digest.as_str());
    let short = &first["hash"].as_str().unwrap()[7..19];
    let show = frt(&["records", "show", short, "--dir", d], dir.path());
    let shown: serde_json::Value = serde_json::from_str(&stdout(&show)).unwrap();
    assert_eq!(shown, first);
}

#[test]
fn verify_names_the_first_break() {
    let dir = tempfile::tempdir().unwrap();
    record(dir.path(), 4);
    let original = log(dir.path());
    let cases: Vec<(&str, Vec<String>, &str)> = vec![
        (
            "edited",
            {
                let mut l = original.clone();
                l[1] = l[1].replace("\"needs_review\"", "\"compliant\"");
                l
            },
            "at line 2: record 2 was edited",
        ),
        (
            "removed",
            {
                let mut l = original.clone();
                l.remove(1);
                l
            },
            "at line 2: records 2 to 2 are missing before record 3",
        ),
        (
            "reordered",
            {
                let mut l = original.clone();
                l.swap(1, 2);
                l
            },
            "at line 2: record 3 is out of order: record 2 was expected here",
        ),
        (
            "truncated",
            original[..2].to_vec(),
            "records 3 to 4 were removed from the end",
        ),
        (
            "torn",
            {
                let mut l = original.clone();
                let last = l.pop().unwrap();
                l.push(last[..last.len() / 2].to_owned());
                l
            },
            "at line 4: the last record is torn",
        ),
    ];
    for (name, lines, expected) in cases {
        std::fs::write(dir.path().join("records.jsonl"), lines.concat()).unwrap();
        let out = verify(dir.path());
        assert_eq!(out.status.code(), Some(1), "{name}");
        assert!(stderr(&out).contains(expected), "{name}: {}", stderr(&out));
        // `list` never shows a damaged log as if it were whole.
        let list = frt(
            &["records", "list", dir.path().to_str().unwrap()],
            dir.path(),
        );
        assert_eq!(list.status.code(), Some(1), "{name}");
        assert!(stdout(&list).is_empty(), "{name}");
    }
    // And `check --record` refuses to write after a damaged tail.
    let out = frt(
        &["check", P01, "--record", dir.path().to_str().unwrap()],
        &examples(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("the last record is torn"),
        "{}",
        stderr(&out)
    );
}

/// A writer appending in a loop, killed (SIGKILL) at a random moment: the log either verifies
/// (the kill fell between records) or reports exactly its last record as torn. Never anything
/// else, and never silently.
#[test]
fn a_killed_writer_loses_at_most_the_record_being_written() {
    // Compile the rules into the shared cache first, so the writers start writing at once.
    record(tempfile::tempdir().unwrap().path(), 1);
    let mut outcomes = (0, 0);
    for round in 0..6u64 {
        let dir = tempfile::tempdir().unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_frt"))
            .args([
                "check",
                P01,
                "--format",
                "json",
                "--record-repeat",
                "1000000",
                "--record",
            ])
            .arg(dir.path())
            .current_dir(examples())
            .env("FRT_CACHE_DIR", cache_dir())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let log_path = dir.path().join("records.jsonl");
        let start = Instant::now();
        // Wait for some records, then a little more that varies by round.
        while std::fs::metadata(&log_path).map_or(0, |m| m.len()) < 20_000 {
            if let Some(status) = child.try_wait().unwrap() {
                panic!("the writer stopped before it was killed: {status}");
            }
            assert!(
                start.elapsed() < Duration::from_secs(300),
                "the writer wrote too little in 300 s"
            );
            std::thread::sleep(Duration::from_millis(5));
        }
        std::thread::sleep(Duration::from_millis(7 * round + 3));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let bytes = std::fs::read(&log_path).unwrap();
        let complete = bytes.iter().filter(|b| **b == b'\n').count();
        let out = verify(dir.path());
        match out.status.code() {
            Some(0) => {
                assert!(bytes.ends_with(b"\n"));
                assert!(
                    stdout(&out).starts_with(&format!("ok: {complete} records intact")),
                    "{}",
                    stdout(&out)
                );
                outcomes.0 += 1;
            }
            Some(1) => {
                let expected = format!("at line {}: the last record is torn", complete + 1);
                assert!(stderr(&out).contains(&expected), "{}", stderr(&out));
                assert!(
                    stderr(&out).contains(&format!("the {complete} records before it are intact"))
                );
                outcomes.1 += 1;
            }
            other => panic!("verify exited {other:?}: {}", stderr(&out)),
        }
    }
    eprintln!(
        "killed writers: {} clean cuts, {} torn last records",
        outcomes.0, outcomes.1
    );
}

#[test]
fn prune_refuses_records_younger_than_three_years() {
    let dir = tempfile::tempdir().unwrap();
    let new = |n: u32| frt_records::NewRecord {
        as_of: "2022-01-01".parse().unwrap(),
        declaration: format!("gate-{n}"),
        declaration_sha256: "sha256:00".into(),
        report_sha256: "sha256:00".into(),
        verdict: "compliant".into(),
        rules: vec![],
        engine_version: "0.1.0".into(),
        waivers_sha256: None,
    };
    let old = time::OffsetDateTime::from_unix_timestamp(1_600_000_000).unwrap(); // 2020-09-13
    frt_records::append_at(dir.path(), &new(1), old).unwrap();
    frt_records::append_at(dir.path(), &new(2), old).unwrap();
    record(dir.path(), 1);
    let d = dir.path().to_str().unwrap();
    let today = time::OffsetDateTime::now_utc().date();
    let too_young = format!("{}", today.replace_year(today.year() - 2).unwrap());
    let refused = frt(&["records", "prune", d, "--before", &too_young], dir.path());
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).contains("younger than 3 years"),
        "{}",
        stderr(&refused)
    );
    let pruned = frt(
        &["records", "prune", d, "--before", "2021-01-01"],
        dir.path(),
    );
    assert_eq!(pruned.status.code(), Some(0), "{}", stderr(&pruned));
    assert_eq!(stdout(&pruned), "removed 2 records, kept 1\n");
    let ok = verify(dir.path());
    assert_eq!(ok.status.code(), Some(0), "{}", stderr(&ok));
    record(dir.path(), 1);
    assert!(stdout(&verify(dir.path())).starts_with("ok: 2 records intact; last: record 4"));
}
