//! `frt diff`: what changed between two reports.

use std::path::{Path, PathBuf};

use clap::ValueEnum;
use frt_model::Lang;
use frt_report::Report;
use frt_report::diff::diff;

use super::check::LangArg;
use crate::exit;

/// Arguments of `frt diff`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The earlier report (`frt check --format json`).
    old: PathBuf,
    /// The later report.
    new: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    format: DiffFormat,
    /// Language of the text and Markdown output.
    #[arg(long, value_enum, default_value_t = LangArg::En)]
    lang: LangArg,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum DiffFormat {
    /// One line per changed finding.
    Text,
    /// The diff as JSON.
    Json,
    /// A Markdown table.
    Markdown,
}

/// Runs `frt diff`: exit 1 when something got worse, 0 otherwise, 2 for unreadable reports.
pub fn run(args: Args) -> anyhow::Result<u8> {
    let (old, new) = match (read_report(&args.old), read_report(&args.new)) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(e), _) | (_, Err(e)) => {
            anstream::eprintln!("{e}");
            return Ok(exit::USAGE);
        }
    };
    let d = diff(&old, &new);
    let lang = Lang::from(args.lang);
    let out = match args.format {
        DiffFormat::Text => d.to_text(lang),
        DiffFormat::Json => d.to_json(),
        DiffFormat::Markdown => d.to_markdown(lang),
    };
    print!("{out}");
    Ok(if d.got_worse() {
        exit::NON_COMPLIANT
    } else {
        exit::OK
    })
}

fn read_report(path: &Path) -> Result<Report, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("error: cannot read `{}`: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| {
        let message = e.to_string();
        let message = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(m, _)| m);
        format!(
            "error: `{}` is not an `frt/report/v1` report: {message}\n  --> {}:{}:{}\n  = help: write a single report with `frt check --format json FILE > report.json`",
            path.display(),
            path.display(),
            e.line(),
            e.column()
        )
    })
}
