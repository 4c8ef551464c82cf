//! `frt schema`: print the JSON Schemas generated from the Rust types.

use clap::ValueEnum;

use crate::exit;

/// Arguments of `frt schema`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Which schema.
    #[arg(value_enum)]
    which: Which,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Which {
    /// `frt/declaration/v1`, for editors to validate and complete declarations.
    Declaration,
    /// `frt/report/v1`.
    Report,
}

/// Runs `frt schema`.
pub fn run(args: Args) -> anyhow::Result<u8> {
    let schema = match args.which {
        Which::Declaration => frt_model::declaration_schema(),
        Which::Report => frt_report::report_schema(),
    };
    println!("{}", serde_json::to_string_pretty(&schema)?);
    Ok(exit::OK)
}
