//! `frt verify`: check a rule pack's signature and digests, load it, and show what it holds.

use std::path::PathBuf;

use anyhow::Context;
use frt_pack::{Pack, ReadLimits};
use frt_runtime::{Limits, Signer};

use crate::exit;

/// Arguments of `frt verify`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The pack file.
    pack: PathBuf,
    /// A public key file whose signature is trusted; repeatable. Adds to `FRT_TRUSTED_KEYS`.
    #[arg(long, value_name = "KEYFILE")]
    trusted: Vec<PathBuf>,
    /// Accept an unsigned pack (only when no trusted key is configured).
    #[arg(long)]
    allow_unsigned: bool,
}

/// Runs `frt verify`: exit 0 when the pack verifies and every rule loads, else an error
/// naming what failed (exit 2).
pub fn run(args: Args) -> anyhow::Result<u8> {
    let rules_args = super::source::RulesArgs {
        rules: Some(args.pack.clone()),
        trusted: args.trusted.clone(),
        allow_unsigned: args.allow_unsigned,
    };
    let trust = rules_args.trust()?;
    let bytes = std::fs::read(&args.pack)
        .with_context(|| format!("cannot read `{}`", args.pack.display()))?;
    let name = args.pack.display().to_string();
    let runtime = super::runtime(Limits::default())?;
    let loaded = runtime.load_pack(&name, &bytes, &trust)?;
    // Read again for the manifest and the components' embedded metadata; `load_pack` has
    // verified the same bytes.
    let verified = Pack::read(&bytes, &ReadLimits::default())?.verify(&trust)?;
    println!("{name}: verified");
    println!("  schema      {}", verified.manifest.schema);
    println!("  frt:rule    {}", verified.manifest.frt_rule);
    println!("  signer      {}", signer_line(&loaded.signer));
    for (entry, component) in &verified.components {
        println!(
            "  {} {}  ({}, art. {})",
            entry.id,
            entry.version,
            entry.instrument,
            entry.articles.join(", ")
        );
        println!("    sha256:{}  {} bytes", entry.sha256, entry.size);
        for (field, value) in frt_guest_build::metadata::read_embedded(component) {
            println!("    {field:<12}{value}");
        }
    }
    if let Some(note) = super::source::signer_note(&args.pack, &loaded.signer) {
        eprintln!("{note}");
    }
    Ok(exit::OK)
}

fn signer_line(signer: &Signer) -> String {
    match signer {
        Signer::Trusted(key) => format!("{key} (trusted)"),
        Signer::Unverified(key) => format!("{key} (not verified: no trusted key configured)"),
        Signer::Unsigned => "none (unsigned)".to_owned(),
    }
}
