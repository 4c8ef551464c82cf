//! `frt keygen`: make an ed25519 key pair for signing rule packs.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use frt_pack::SecretKey;

use crate::exit;

/// Arguments of `frt keygen`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The files to write: `PREFIX.secret` (keep it private) and `PREFIX.pub` (publish it).
    #[arg(long, short, value_name = "PREFIX", default_value = "frt-key")]
    out: PathBuf,
}

/// Runs `frt keygen`.
pub fn run(args: Args) -> anyhow::Result<u8> {
    let secret_path = args.out.with_extension("secret");
    let public_path = args.out.with_extension("pub");
    let key = SecretKey::generate()?;
    write_new(&secret_path, &key.to_text(), true)?;
    write_new(&public_path, &key.public().to_string(), false)?;
    println!(
        "secret key: {} (keep it private; `frt pack --key` signs with it)",
        secret_path.display()
    );
    println!(
        "public key: {} (give it to those who load your packs: `--trusted`)",
        public_path.display()
    );
    println!("{}", key.public());
    Ok(exit::OK)
}

/// Writes `text` to a file that must not exist yet; a secret file is readable by its owner
/// only.
fn write_new(path: &PathBuf, text: &str, secret: bool) -> anyhow::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    if secret {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    #[cfg(not(unix))]
    let _ = secret;
    let mut file = options.open(path).with_context(|| {
        format!(
            "cannot create `{}` (an existing key is never overwritten)",
            path.display()
        )
    })?;
    writeln!(file, "{text}").with_context(|| format!("cannot write `{}`", path.display()))
}
