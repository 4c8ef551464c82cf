//! `frt bench`: measure how fast a declaration is checked on this machine, for vendors to
//! size a device or a service.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context;
use frt_runtime::{FailurePolicy, Format, Isolation, Limits, PackChoice};

use crate::exit;

/// How rules are instantiated while measuring.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Mode {
    /// A fresh instance for every rule of every check (the default of every frt host).
    Isolated,
    /// Instances reused across checks (trusted packs only; see the runtime's `Isolation`).
    Warm,
}

/// Arguments of `frt bench`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The declaration to check (YAML or JSON).
    declaration: PathBuf,
    /// How rules are instantiated.
    #[arg(long, value_enum, default_value_t = Mode::Isolated)]
    mode: Mode,
    /// How many checks to time.
    #[arg(long, default_value_t = 500, value_parser = clap::value_parser!(u32).range(1..))]
    checks: u32,
    /// Print the numbers as JSON.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    rules: super::source::RulesArgs,
}

/// Runs `frt bench`: loads the rules (timing it), checks the declaration `--checks` times on
/// one thread and prints the start time, p50 and p99 per check and checks per second. Exit
/// 0, or 2 when the declaration or rules cannot be read.
pub fn run(args: Args) -> anyhow::Result<u8> {
    let source = std::fs::read_to_string(&args.declaration)
        .with_context(|| format!("cannot read `{}`", args.declaration.display()))?;
    let start = Instant::now();
    let runtime = super::runtime(Limits::default())?;
    let rules = args.rules.load(&runtime)?;
    let load_ms = start.elapsed().as_secs_f64() * 1e3;
    let isolation = match args.mode {
        Mode::Isolated => Isolation::Isolated,
        Mode::Warm => Isolation::Warm,
    };
    let rules = rules.with_isolation(isolation);
    let declaration = runtime
        .parse(&source, Format::from_path(&args.declaration))
        .with_context(|| format!("cannot read `{}`", args.declaration.display()))?
        .declaration;
    let check = || {
        rules.check(
            &declaration,
            None,
            FailurePolicy::FailClosed,
            &PackChoice::ByJurisdiction,
        )
    };
    // The first check makes warm instances and touches every page once.
    let report = check()?;
    let mut micros = Vec::with_capacity(args.checks as usize);
    let all = Instant::now();
    for _ in 0..args.checks {
        let one = Instant::now();
        check()?;
        micros.push(one.elapsed().as_secs_f64() * 1e6);
    }
    let per_second = f64::from(args.checks) / all.elapsed().as_secs_f64();
    micros.sort_by(f64::total_cmp);
    let at =
        |p: f64| micros[((p * micros.len() as f64).ceil() as usize).clamp(1, micros.len()) - 1];
    let (p50, p99) = (at(0.50), at(0.99));
    let rules_run = report.rules.len();
    let mode = match args.mode {
        Mode::Isolated => "isolated",
        Mode::Warm => "warm",
    };
    if args.json {
        let value = serde_json::json!({
            "declaration": args.declaration.display().to_string(),
            "mode": mode,
            "rules": rules_run,
            "checks": args.checks,
            "load_ms": load_ms,
            "p50_us": p50,
            "p99_us": p99,
            "checks_per_second": per_second,
        });
        println!("{}", serde_json::to_string_pretty(&value)?);
    } else {
        println!(
            "{}: {rules_run} rules, {mode}, {} checks on one thread",
            args.declaration.display(),
            args.checks
        );
        println!("  start (runtime and rules)  {load_ms:>10.1} ms");
        println!("  p50 per check              {p50:>10.1} µs");
        println!("  p99 per check              {p99:>10.1} µs");
        println!("  checks per second          {per_second:>10.0}");
    }
    Ok(exit::OK)
}
