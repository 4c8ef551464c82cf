//! `frt pack`: pack a directory of rule components into one signed file.

use std::path::{Path, PathBuf};

use anyhow::Context;
use frt_pack::{ComponentEntry, Pack, RuleInfo, SecretKey};
use frt_runtime::Limits;

use crate::exit;

/// Arguments of `frt pack`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A directory of rule components (`.wasm`), such as `frt build`'s `target/frt`.
    dir: PathBuf,
    /// The secret key file to sign with (`frt keygen`).
    #[arg(long, value_name = "KEYFILE", required_unless_present = "unsigned")]
    key: Option<PathBuf>,
    /// Write an unsigned pack (hosts load it only with `--allow-unsigned`).
    #[arg(long, conflicts_with = "key")]
    unsigned: bool,
    /// The pack file to write.
    #[arg(long, short, value_name = "PACK")]
    out: PathBuf,
}

/// Runs `frt pack`.
pub fn run(args: Args) -> anyhow::Result<u8> {
    let key = args.key.as_deref().map(read_secret_key).transpose()?;
    // Every component goes through the host's checks, and its manifest entry is what the
    // component itself says it is.
    let runtime = super::runtime(Limits::default())?;
    let rules = runtime
        .load_dir(&args.dir)
        .with_context(|| format!("cannot load the components in `{}`", args.dir.display()))?;
    anyhow::ensure!(
        !rules.rules().is_empty(),
        "`{}` holds no `.wasm` component",
        args.dir.display()
    );
    let components = rules
        .rules()
        .iter()
        .map(|rule| {
            let d = rule.description();
            let bytes = std::fs::read(rule.source())
                .with_context(|| format!("cannot read `{}`", rule.source()))?;
            let info = RuleInfo {
                id: d.id.clone(),
                version: d.version.clone(),
                instrument: d.instrument.clone(),
                articles: d.articles.iter().map(|a| a.number.clone()).collect(),
            };
            Ok((ComponentEntry::new(info, &bytes), bytes))
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let file = Pack::write(components, key.as_ref())?;
    std::fs::write(&args.out, &file)
        .with_context(|| format!("cannot write `{}`", args.out.display()))?;
    let signer = key.map_or_else(
        || "unsigned".to_owned(),
        |k| format!("signed by {}", k.public()),
    );
    println!(
        "wrote {} ({} rules, {} bytes, {signer})",
        args.out.display(),
        rules.rules().len(),
        file.len()
    );
    for rule in rules.rules() {
        println!(
            "  {} {}  {}",
            rule.description().id,
            rule.description().version,
            rule.digest()
        );
    }
    Ok(exit::OK)
}

fn read_secret_key(path: &Path) -> anyhow::Result<SecretKey> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the key file `{}`", path.display()))?;
    text.parse()
        .with_context(|| format!("`{}` is not a secret key file", path.display()))
}
