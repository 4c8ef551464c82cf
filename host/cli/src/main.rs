//! `frt`: check facial-recognition deployment declarations against the Measures.

mod commands;
mod diagnostics;
mod exit;

use clap::{Parser, Subcommand};

/// Check facial-recognition deployments against China's Measures for the Security Management of
/// Facial Recognition Technology Applications (人脸识别技术应用安全管理办法).
#[derive(Debug, Parser)]
#[command(name = "frt", version, about, max_term_width = 100)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check declarations and print a report.
    Check(commands::check::Args),
    /// Show what changed between two reports; exit 1 when something got worse.
    Diff(commands::diff::Args),
    /// Print what a handler needs to file under Art. 15, in Chinese and English.
    Filing(commands::filing::Args),
    /// Inspect, verify and prune the assessment log written by `check --record`.
    #[command(subcommand)]
    Records(commands::records::Command),
    /// Inspect the loaded rules.
    #[command(subcommand)]
    Rules(commands::rules::Command),
    /// Print a JSON Schema.
    Schema(commands::schema::Args),
    /// Serve the checks over HTTP.
    Serve(commands::serve::Args),
    /// Create a rule crate: SDK dependency, a rule, fixtures, a snapshot test and a rule doc.
    New(commands::new::Args),
    /// Build a rule crate into a WebAssembly component.
    Build(commands::build::Args),
    /// Run a rule crate's fixtures through the host against its built component.
    Test(commands::test::Args),
    /// Make an ed25519 key pair for signing rule packs.
    Keygen(commands::keygen::Args),
    /// Pack rule components into one signed file.
    Pack(commands::pack::Args),
    /// Verify a rule pack's signature and digests and show what it holds.
    Verify(commands::verify::Args),
    /// Precompile rule packs to native code for this machine, for fast starts.
    Compile(commands::compile::Args),
    /// Measure how fast declarations are checked on this machine.
    Bench(commands::bench::Args),
}

fn main() -> std::process::ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                exit::USAGE.into()
            } else {
                exit::OK.into()
            };
        }
    };
    let result = match cli.command {
        Command::Check(args) => commands::check::run(args),
        Command::Diff(args) => commands::diff::run(args),
        Command::Filing(args) => commands::filing::run(args),
        Command::Records(cmd) => commands::records::run(cmd),
        Command::Rules(cmd) => commands::rules::run(cmd),
        Command::Schema(args) => commands::schema::run(args),
        Command::Serve(args) => commands::serve::run(args),
        Command::New(args) => commands::new::run(args),
        Command::Build(args) => commands::build::run(args),
        Command::Test(args) => commands::test::run(args),
        Command::Keygen(args) => commands::keygen::run(args),
        Command::Pack(args) => commands::pack::run(args),
        Command::Verify(args) => commands::verify::run(args),
        Command::Compile(args) => commands::compile::run(args),
        Command::Bench(args) => commands::bench::run(args),
    };
    match result {
        Ok(code) => code.into(),
        Err(e) => {
            diagnostics::print_error(&e);
            exit::USAGE.into()
        }
    }
}
