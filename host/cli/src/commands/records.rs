//! `frt records`: the hash-chained assessment log that `frt check --record DIR` writes.

use std::path::PathBuf;

use frt_records::{Record, RecordsError};
use frt_runtime::Date;

use super::check::parse_date;
use crate::exit;

/// `frt records` subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List the records, oldest first, after verifying the chain.
    List {
        /// The log's directory.
        dir: PathBuf,
        /// Print the records as JSON Lines instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Print one record as JSON.
    Show {
        /// The record's `seq`, or the start of its hash (at least 4 hex digits).
        id: String,
        /// The log's directory.
        #[arg(long, value_name = "DIR")]
        dir: PathBuf,
    },
    /// Check the chain; exit 1 and name the first break if it is damaged.
    Verify {
        /// The log's directory.
        dir: PathBuf,
    },
    /// Remove records written before a date; refuses anything younger than three years.
    Prune {
        /// The log's directory.
        dir: PathBuf,
        /// Remove records written before this day.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        before: Date,
    },
}

/// Runs `frt records`. A damaged log exits 1; unreadable files and refused prunes exit 2.
pub fn run(command: Command) -> anyhow::Result<u8> {
    let result = match command {
        Command::List { dir, json } => frt_records::list(&dir).map(|records| {
            for r in &records {
                if json {
                    println!("{}", serde_json::to_string(r).expect("a record is JSON"));
                } else {
                    println!("{}", row(r));
                }
            }
        }),
        Command::Show { id, dir } => frt_records::show(&dir, &id).map(|r| {
            println!(
                "{}",
                serde_json::to_string_pretty(&r).expect("a record is JSON")
            );
        }),
        Command::Verify { dir } => frt_records::verify(&dir).map(|v| {
            let last = v.last.map_or("none".to_owned(), |(seq, hash)| {
                format!("record {seq}, `{hash}`")
            });
            println!("ok: {} records intact; last: {last}", v.records);
            if v.head_lags {
                println!(
                    "note: the last record was written but `head.json` not yet updated (a writer stopped between the two steps); the next append updates it"
                );
            }
        }),
        Command::Prune { dir, before } => {
            frt_records::prune(&dir, before, frt_runtime::today_utc()).map(|o| {
                println!("removed {} records, kept {}", o.removed, o.kept);
            })
        }
    };
    match result {
        Ok(()) => Ok(exit::OK),
        Err(e) => {
            anstream::eprintln!("error: {e}");
            if let Some(help) = help(&e) {
                anstream::eprintln!("  = help: {help}");
            }
            Ok(match e {
                RecordsError::Broken { .. } => exit::NON_COMPLIANT,
                _ => exit::USAGE,
            })
        }
    }
}

fn help(e: &RecordsError) -> Option<&'static str> {
    match e {
        RecordsError::Broken { .. } => Some(
            "the log was changed after it was written, or a write was cut off; keep a copy as evidence and restore the log from a backup",
        ),
        RecordsError::TooYoung { .. } => Some(
            "records are kept at least three years (PIPL Art. 56); choose an earlier `--before`",
        ),
        _ => None,
    }
}

fn row(r: &Record) -> String {
    format!(
        "{:>6}  {}  {}  {}  {:<14} {}",
        r.seq,
        r.short_id(),
        r.time,
        r.as_of,
        r.verdict,
        r.declaration
    )
}
