//! `frt filing`: what a handler needs to file under Art. 15.

use std::path::PathBuf;

use clap::ValueEnum;
use frt_runtime::{Date, Format};

use super::check::parse_date;
use crate::diagnostics::render_parse_error;
use crate::exit;

/// Arguments of `frt filing`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The declaration (`.yaml`, `.yml` or `.json`).
    declaration: PathBuf,
    /// Output format; both are in Chinese and English.
    #[arg(long, value_enum, default_value_t = FilingFormat::Markdown)]
    format: FilingFormat,
    /// The day to compute for (overrides the declaration's `as_of`; default today, UTC).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    as_of: Option<Date>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FilingFormat {
    /// Markdown, Chinese and English side by side.
    Markdown,
    /// JSON.
    Json,
}

/// Runs `frt filing`.
pub fn run(args: Args) -> anyhow::Result<u8> {
    let path = &args.declaration;
    let source = match std::fs::read_to_string(path) {
        Ok(source) => source,
        Err(e) => {
            anstream::eprintln!("error: cannot read `{}`: {e}", path.display());
            return Ok(exit::USAGE);
        }
    };
    let parsed = match frt_runtime::parse(&source, Format::from_path(path)) {
        Ok(parsed) => parsed,
        Err(e) => {
            anstream::eprint!("{}", render_parse_error(path, &source, &e));
            return Ok(exit::USAGE);
        }
    };
    let d = &parsed.declaration;
    let as_of = args
        .as_of
        .or(d.as_of)
        .unwrap_or_else(frt_runtime::today_utc);
    let guide = frt_filing::guide(d, as_of);
    print!(
        "{}",
        match args.format {
            FilingFormat::Markdown => guide.to_markdown(),
            FilingFormat::Json => guide.to_json(),
        }
    );
    Ok(exit::OK)
}
