//! `frt check`: check declarations and print reports.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::ValueEnum;
use frt_model::Lang;
use frt_model::parse::SourceMap;
use frt_report::render::{self, SarifInput, SarifOptions, TextOptions};
use frt_runtime::{
    Date, FailurePolicy, Format, Limits, Parsed, Report, RuleDescription, RulePack, Verdict,
};

use crate::diagnostics::render_parse_error;
use crate::exit;

/// Arguments of `frt check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Declaration files (`.yaml`, `.yml` or `.json`); `-` reads YAML or JSON from stdin.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    #[command(flatten)]
    rules: super::source::RulesArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    format: OutputFormat,
    /// Language of the report (text, SARIF, JUnit and Markdown).
    #[arg(long, value_enum, default_value_t = LangArg::En)]
    lang: LangArg,
    /// The day the assessment speaks for (overrides the declaration's `as_of`).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    as_of: Option<Date>,
    /// When to colour the text report.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    color: ColorArg,
    /// Report a rule that fails and carry on: its `error` finding stays in the report but
    /// weighs like `needs_review`, and the exit status follows the verdict. By default a
    /// failed rule makes the verdict non-compliant and the exit status 3.
    #[arg(long)]
    fail_open: bool,
    /// Wall-clock time one rule may take for one declaration, in milliseconds.
    #[arg(long, value_name = "MS")]
    rule_deadline_ms: Option<u64>,
    /// Fuel (roughly, WebAssembly instructions) one rule may use for one declaration.
    #[arg(long, value_name = "UNITS")]
    rule_fuel: Option<u64>,
    /// The largest declaration accepted, in bytes.
    #[arg(long, value_name = "BYTES")]
    max_input_bytes: Option<usize>,
}

impl Args {
    fn limits(&self) -> Limits {
        let mut limits = Limits::default();
        if let Some(ms) = self.rule_deadline_ms {
            limits.deadline = std::time::Duration::from_millis(ms);
        }
        if let Some(fuel) = self.rule_fuel {
            limits.fuel = fuel;
        }
        if let Some(bytes) = self.max_input_bytes {
            limits.input.max_bytes = bytes;
        }
        limits
    }

    fn policy(&self) -> FailurePolicy {
        if self.fail_open {
            FailurePolicy::FailOpen
        } else {
            FailurePolicy::FailClosed
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum OutputFormat {
    /// A table grouped by article.
    Text,
    /// `frt/report/v1` JSON (an array of reports when several files are checked).
    Json,
    /// SARIF 2.1.0, for code review tools: results at the lines of the declaration.
    Sarif,
    /// JUnit XML, one test case per obligation, for CI dashboards.
    Junit,
    /// Markdown, a report to read and sign, quoting the articles.
    Markdown,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum LangArg {
    /// English.
    En,
    /// Chinese.
    Zh,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ColorArg {
    /// Colour when writing to a terminal and `NO_COLOR` is not set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

fn parse_date(s: &str) -> Result<Date, String> {
    s.parse().map_err(|e: frt_model::InvalidDate| e.to_string())
}

/// Runs `frt check`.
pub fn run(args: Args) -> anyhow::Result<u8> {
    let pack = args.rules.load(args.limits())?;
    let mut code = exit::OK;
    let mut checked = Vec::new();
    for path in &args.files {
        match read_declaration(&pack, path) {
            Ok(parsed) => {
                let report = pack.check_with_policy(&parsed.declaration, args.as_of, args.policy());
                code = exit::worse(code, exit_code(&report));
                checked.push(Checked {
                    report,
                    source_map: parsed.source_map,
                    file: path.display().to_string(),
                });
            }
            Err(message) => {
                anstream::eprint!("{message}");
                code = exit::worse(code, exit::USAGE);
            }
        }
    }
    let descriptions: Vec<RuleDescription> = pack
        .rules()
        .iter()
        .map(|r| r.description().clone())
        .collect();
    let out = render_all(&checked, &descriptions, &args);
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(out.as_bytes())?;
    stdout.flush()?;
    Ok(code)
}

/// A declaration checked: its report and where its fields were written.
struct Checked {
    report: Report,
    source_map: SourceMap,
    file: String,
}

fn read_declaration(pack: &RulePack, path: &PathBuf) -> Result<Parsed, String> {
    let is_stdin = path.as_os_str() == "-";
    let source = if is_stdin {
        std::io::read_to_string(std::io::stdin())
    } else {
        std::fs::read_to_string(path)
    }
    .map_err(|e| format!("error: cannot read `{}`: {e}\n", path.display()))?;
    let format = if is_stdin && source.trim_start().starts_with('{') {
        Format::Json
    } else {
        Format::from_path(path)
    };
    pack.runtime()
        .parse(&source, format)
        .map_err(|e| render_parse_error(path, &source, &e))
}

fn exit_code(report: &Report) -> u8 {
    if report.summary.error > 0 && report.failure_policy.is_fail_closed() {
        exit::RULE_FAILED
    } else if report.verdict == Verdict::NonCompliant {
        exit::NON_COMPLIANT
    } else {
        exit::OK
    }
}

fn render_all(checked: &[Checked], descriptions: &[RuleDescription], args: &Args) -> String {
    let lang = match args.lang {
        LangArg::En => Lang::En,
        LangArg::Zh => Lang::Zh,
    };
    let reports: Vec<Report> = checked.iter().map(|c| c.report.clone()).collect();
    match args.format {
        // Several files give an array even when only one could be read, so the shape of the
        // output depends on the command line alone.
        OutputFormat::Json => match reports.as_slice() {
            [one] if args.files.len() == 1 => render::json(one),
            many => {
                let mut s = serde_json::to_string_pretty(many).expect("reports are JSON");
                s.push('\n');
                s
            }
        },
        OutputFormat::Text => {
            let options = TextOptions {
                lang,
                color: use_color(args.color),
            };
            join(reports.iter().map(|r| render::text(r, &options)))
        }
        OutputFormat::Sarif => {
            let inputs: Vec<SarifInput<'_>> = checked
                .iter()
                .map(|c| SarifInput {
                    report: &c.report,
                    source_map: &c.source_map,
                    file: &c.file,
                })
                .collect();
            let options = SarifOptions {
                lang,
                descriptions,
                tool_version: env!("CARGO_PKG_VERSION"),
            };
            render::sarif(&inputs, &options)
        }
        OutputFormat::Junit => render::junit(&reports, lang),
        OutputFormat::Markdown => join(
            reports
                .iter()
                .map(|r| render::markdown(r, descriptions, lang)),
        ),
    }
}

fn join(parts: impl Iterator<Item = String>) -> String {
    parts.collect::<Vec<_>>().join("\n")
}

fn use_color(choice: ColorArg) -> bool {
    match choice {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    }
}
