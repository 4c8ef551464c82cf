//! `frt check`: check declarations and print reports.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::ValueEnum;
use frt_model::Lang;
use frt_model::parse::SourceMap;
use frt_records::{NewRecord, RuleDigest};
use frt_report::render::{self, SarifInput, SarifOptions, TextOptions};
use frt_report::{Waivers, apply_waivers};
use frt_runtime::{
    Date, FailurePolicy, Format, Limits, PackChoice, Parsed, Report, RuleDescription, Runtime,
    Verdict,
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
    /// Run this built-in pack (repeatable) instead of the packs the declaration's
    /// jurisdiction selects: `cn-measures`, `cn-national-law`, `cn-regional`, `us-states`,
    /// `eu`.
    #[arg(long, value_name = "NAME", conflicts_with = "rules")]
    pack: Vec<String>,
    /// Run every built-in pack, whatever the declaration's jurisdiction.
    #[arg(long, conflicts_with_all = ["pack", "rules"])]
    all_packs: bool,
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
    /// A waiver file (`frt/waivers/v1`, YAML or JSON): accepted findings keep their status,
    /// gain a `waiver`, and the verdict leaves them out until the waiver expires.
    #[arg(long, value_name = "FILE")]
    waivers: Option<PathBuf>,
    /// Append one record per checked declaration to the hash-chained assessment log in DIR
    /// (created if missing).
    #[arg(long, value_name = "DIR")]
    record: Option<PathBuf>,
    /// Append each record this many times (for crash tests of the record log).
    #[arg(
        long,
        value_name = "N",
        hide = true,
        default_value_t = 1,
        requires = "record"
    )]
    record_repeat: u32,
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

    fn choice(&self) -> PackChoice {
        if self.all_packs {
            PackChoice::All
        } else if self.pack.is_empty() {
            PackChoice::ByJurisdiction
        } else {
            PackChoice::Named(self.pack.clone())
        }
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

/// `--lang`, shared by the commands that print for people.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum LangArg {
    /// English.
    En,
    /// Chinese.
    Zh,
}

impl From<LangArg> for Lang {
    fn from(lang: LangArg) -> Lang {
        match lang {
            LangArg::En => Lang::En,
            LangArg::Zh => Lang::Zh,
        }
    }
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

/// Parses `--as-of` and other date arguments.
pub(crate) fn parse_date(s: &str) -> Result<Date, String> {
    s.parse().map_err(|e: frt_model::InvalidDate| e.to_string())
}

/// Runs `frt check`.
pub fn run(args: Args) -> anyhow::Result<u8> {
    let waivers = match args.waivers.as_deref().map(read_waivers).transpose() {
        Ok(waivers) => waivers,
        Err(message) => {
            anstream::eprint!("{message}");
            return Ok(exit::USAGE);
        }
    };
    let runtime = super::runtime(args.limits())?;
    let rules = args.rules.load(&runtime)?;
    // Refuse a misspelt `--pack` before reading any declaration.
    rules.check_choice(&args.choice())?;
    let mut code = exit::OK;
    let mut checked = Vec::new();
    for path in &args.files {
        match read_declaration(&runtime, path) {
            Ok((parsed, source_sha256)) => {
                let mut report = rules.check(
                    &parsed.declaration,
                    args.as_of,
                    args.policy(),
                    &args.choice(),
                )?;
                if let Some(w) = &waivers {
                    apply_waivers(&mut report, &w.file.waivers);
                }
                code = exit::worse(code, exit_code(&report));
                checked.push(Checked {
                    report,
                    source_map: parsed.source_map,
                    file: path.display().to_string(),
                    source_sha256,
                });
            }
            Err(message) => {
                anstream::eprint!("{message}");
                code = exit::worse(code, exit::USAGE);
            }
        }
    }
    let descriptions = rules.descriptions();
    if let Some(w) = &waivers {
        warn_unmatched(w, &checked);
    }
    if let Some(dir) = &args.record {
        let waivers_sha256 = waivers.as_ref().map(|w| w.sha256.clone());
        record(dir, &checked, waivers_sha256, args.record_repeat)?;
    }
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
    source_sha256: String,
}

/// A waiver file read, and the digest of its bytes for the record log.
struct LoadedWaivers {
    file: Waivers,
    sha256: String,
}

fn read_waivers(path: &Path) -> Result<LoadedWaivers, String> {
    let source = std::fs::read_to_string(path)
        .map_err(|e| format!("error: cannot read waiver file `{}`: {e}\n", path.display()))?;
    let file = Waivers::parse(&source, Format::from_path(path))
        .map_err(|e| render_parse_error(path, &source, &e))?;
    Ok(LoadedWaivers {
        file,
        sha256: frt_records::sha256(source.as_bytes()),
    })
}

/// Waivers that name none of the declarations checked: each report lists its own unused
/// waivers, but these belong to no report.
fn warn_unmatched(waivers: &LoadedWaivers, checked: &[Checked]) {
    for (i, w) in waivers.file.waivers.iter().enumerate() {
        if !checked
            .iter()
            .any(|c| w.covers_declaration(&c.report.declaration))
        {
            anstream::eprintln!(
                "warning: unused waiver {i}: `{}` for `{}` names no declaration checked",
                w.obligation,
                w.declaration
            );
        }
    }
}

fn record(
    dir: &Path,
    checked: &[Checked],
    waivers_sha256: Option<String>,
    repeat: u32,
) -> anyhow::Result<()> {
    for c in checked {
        let r = &c.report;
        let new = NewRecord {
            as_of: r.as_of,
            declaration: r.declaration.clone(),
            declaration_sha256: c.source_sha256.clone(),
            report_sha256: frt_records::sha256(r.to_json().as_bytes()),
            verdict: r.verdict.as_str().to_owned(),
            rules: r
                .rules
                .iter()
                .map(|rule| RuleDigest {
                    id: rule.id.clone(),
                    version: rule.version.clone(),
                    digest: rule.digest.clone(),
                })
                .collect(),
            engine_version: env!("CARGO_PKG_VERSION").to_owned(),
            waivers_sha256: waivers_sha256.clone(),
        };
        for _ in 0..repeat {
            frt_records::append(dir, &new)?;
        }
    }
    Ok(())
}

fn read_declaration(runtime: &Runtime, path: &PathBuf) -> Result<(Parsed, String), String> {
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
    let parsed = runtime
        .parse(&source, format)
        .map_err(|e| render_parse_error(path, &source, &e))?;
    Ok((parsed, frt_records::sha256(source.as_bytes())))
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
    let lang = Lang::from(args.lang);
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
