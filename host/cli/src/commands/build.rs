//! `frt build`: build a rule crate into a component and check it loads in the real host.

use std::path::{Path, PathBuf};

use anyhow::Context;
use frt_guest_build::BuiltGuest;
use frt_runtime::{Limits, LoadedRule, RulePack};

use crate::exit;

/// Arguments of `frt build`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The rule crate (default: the current directory).
    #[arg(default_value = ".")]
    pub path: PathBuf,
    /// Where to write the component (default: `PATH/target/frt`).
    #[arg(long, short, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

/// A rule crate built and loaded.
pub struct Built {
    /// The component on disk.
    pub guest: BuiltGuest,
    /// The component loaded by the host, alone in its pack.
    pub pack: RulePack,
}

/// Builds the crate at `args.path`, then loads the component through the host's checks
/// (imports, world, self-description).
pub fn build(args: &Args) -> anyhow::Result<Built> {
    let crate_dir = &args.path;
    anyhow::ensure!(
        crate_dir.join("Cargo.toml").is_file(),
        "`{}` is not a rule crate: it has no `Cargo.toml`",
        crate_dir.display()
    );
    let target_dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| crate_dir.join("target"));
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| crate_dir.join("target/frt"));
    std::fs::create_dir_all(&out).with_context(|| format!("cannot create `{}`", out.display()))?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let (guest, _) = frt_guest_build::build_crate(&cargo, crate_dir, &absolute(&target_dir), &out)?;
    let bytes = std::fs::read(&guest.component)
        .with_context(|| format!("cannot read `{}`", guest.component.display()))?;
    let runtime = super::runtime(Limits::default())?;
    let pack = runtime
        .load_bytes([(
            guest.component.display().to_string().as_str(),
            bytes.as_slice(),
        )])
        .context("the component was built but the host refuses it")?;
    Ok(Built { guest, pack })
}

/// Runs `frt build`.
pub fn run(args: Args) -> anyhow::Result<u8> {
    let built = build(&args)?;
    let rule = &built.pack.rules()[0];
    println!("built {}", built.guest.component.display());
    print!("{}", summary(rule, &built.guest.component));
    Ok(exit::OK)
}

/// A rule's description in a few lines.
pub fn summary(rule: &LoadedRule, component: &Path) -> String {
    let d = rule.description();
    let articles: Vec<_> = d.articles.iter().map(|a| a.number.as_str()).collect();
    let size = std::fs::metadata(component).map(|m| m.len()).unwrap_or(0);
    format!(
        "  rule        {} {}\n  instrument  {}, art. {}\n  title       {} / {}\n  component   {size} bytes, {}\n",
        d.id,
        d.version,
        d.instrument,
        articles.join(", "),
        d.title.en,
        d.title.zh,
        rule.digest()
    )
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_owned())
}
