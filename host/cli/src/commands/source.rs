//! Where rules come from: the built-in packs, a directory of components, or a pack file
//! verified against the trusted keys.

use std::path::{Path, PathBuf};

use anyhow::Context;
use frt_runtime::{PublicKey, Rules, Runtime, Signer, Trust};

/// The environment variable listing trusted public key files, separated like `PATH`.
pub const TRUSTED_KEYS_VAR: &str = "FRT_TRUSTED_KEYS";

/// Which rules to load, and which signers to trust.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct RulesArgs {
    /// A rule pack file (`.frtpack`, see `frt pack`) or a directory of rule components
    /// (`.wasm`) to use instead of the built-in packs; every rule in it runs.
    #[arg(long, value_name = "PACK|DIR")]
    pub rules: Option<PathBuf>,
    /// A public key file (`frt keygen`) whose signatures are trusted; repeatable. Adds to
    /// the key files listed in `FRT_TRUSTED_KEYS`. With any trusted key, only packs signed by
    /// one of them load.
    #[arg(long, value_name = "KEYFILE")]
    pub trusted: Vec<PathBuf>,
    /// Load an unsigned pack (only when no trusted key is configured).
    #[arg(long)]
    pub allow_unsigned: bool,
}

impl RulesArgs {
    /// The trust these arguments and `FRT_TRUSTED_KEYS` configure.
    pub fn trust(&self) -> anyhow::Result<Trust> {
        let from_env: Vec<PathBuf> = std::env::var_os(TRUSTED_KEYS_VAR)
            .map(|v| {
                std::env::split_paths(&v)
                    .filter(|p| !p.as_os_str().is_empty())
                    .collect()
            })
            .unwrap_or_default();
        let trusted = self
            .trusted
            .iter()
            .chain(&from_env)
            .map(|path| read_public_key(path))
            .collect::<anyhow::Result<_>>()?;
        Ok(Trust {
            trusted,
            allow_unsigned: self.allow_unsigned,
        })
    }

    /// Loads the rules on `runtime`, telling stderr when a pack's signer is not verified.
    pub fn load(&self, runtime: &Runtime) -> anyhow::Result<Rules> {
        let Some(path) = &self.rules else {
            return Ok(runtime.builtin_packs()?.into());
        };
        let trust = self.trust()?;
        if path.is_dir() {
            anyhow::ensure!(
                trust.trusted.is_empty(),
                "`{}` is a directory of components, which carries no signature, and trusted keys are configured; pack it with `frt pack` and sign it",
                path.display()
            );
            return Ok(runtime
                .load_dir(path)
                .with_context(|| format!("cannot load rules from `{}`", path.display()))?
                .into());
        }
        let bytes =
            std::fs::read(path).with_context(|| format!("cannot read `{}`", path.display()))?;
        let loaded = runtime.load_pack(&path.display().to_string(), &bytes, &trust)?;
        note_signer(path, &loaded.signer);
        Ok(loaded.rules.into())
    }
}

/// Reads a public key file.
pub fn read_public_key(path: &Path) -> anyhow::Result<PublicKey> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the key file `{}`", path.display()))?;
    text.parse::<PublicKey>()
        .with_context(|| format!("`{}` is not a public key file", path.display()))
}

/// What stderr says about a loaded pack's signer, when it is not a trusted key.
pub fn signer_note(path: &Path, signer: &Signer) -> Option<String> {
    match signer {
        Signer::Trusted(_) => None,
        Signer::Unverified(key) => Some(format!(
            "note: `{}` is signed by `{key}`, but no trusted key is configured, so who signed it is not verified (its digests are); pass `--trusted KEYFILE` or set `{TRUSTED_KEYS_VAR}`",
            path.display()
        )),
        Signer::Unsigned => Some(format!(
            "warning: `{}` is unsigned; it was loaded because of `--allow-unsigned`",
            path.display()
        )),
    }
}

fn note_signer(path: &Path, signer: &Signer) {
    if let Some(note) = signer_note(path, signer) {
        eprintln!("{note}");
    }
}
