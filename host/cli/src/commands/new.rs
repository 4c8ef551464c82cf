//! `frt new`: scaffold a rule crate that builds and passes its tests unchanged.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

use crate::exit;

/// Arguments of `frt new`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The rule's id and crate name: lowercase letters, digits and `-`, starting with a
    /// letter, such as `acme-signage`.
    name: String,
    /// The directory to create (default: `./NAME`). It must not exist or be empty.
    #[arg(long, value_name = "DIR")]
    path: Option<PathBuf>,
    /// The frt SDK's source directory (`sdk/` of the frt repository) to depend on. Default:
    /// the SDK this `frt` was built from.
    #[arg(long, value_name = "PATH")]
    sdk: Option<PathBuf>,
}

/// The SDK source this binary was built from, if it is still there.
fn default_sdk() -> Option<PathBuf> {
    let sdk = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../sdk");
    sdk.join("Cargo.toml")
        .is_file()
        .then(|| sdk.canonicalize().unwrap_or(sdk))
}

/// A file of the scaffold: its path in the crate and its template.
const FILES: &[(&str, &str)] = &[
    (
        "Cargo.toml",
        include_str!("../../templates/new/Cargo.toml.tmpl"),
    ),
    (
        "src/lib.rs",
        include_str!("../../templates/new/lib.rs.tmpl"),
    ),
    (
        "tests/fixtures.rs",
        include_str!("../../templates/new/fixtures.rs.tmpl"),
    ),
    (
        "README.md",
        include_str!("../../templates/new/README.md.tmpl"),
    ),
    (
        "fixtures/no-sign.yaml",
        include_str!("../../templates/new/no-sign.yaml"),
    ),
    (
        "fixtures/signposted.yaml",
        include_str!("../../templates/new/signposted.yaml"),
    ),
    (
        "fixtures/signage-unknown.yaml",
        include_str!("../../templates/new/signage-unknown.yaml"),
    ),
    (
        "fixtures/private-office.yaml",
        include_str!("../../templates/new/private-office.yaml"),
    ),
    (".gitignore", "/target\n"),
];

/// Runs `frt new`.
pub fn run(args: Args) -> anyhow::Result<u8> {
    check_name(&args.name)?;
    let dir = args
        .path
        .clone()
        .unwrap_or_else(|| PathBuf::from(&args.name));
    let sdk = match &args.sdk {
        Some(sdk) => sdk.canonicalize().with_context(|| format!("cannot find the SDK at `{}`", sdk.display()))?,
        None => default_sdk().context(
            "the SDK this `frt` was built from is gone; pass `--sdk PATH` with the `sdk/` directory of the frt repository",
        )?,
    };
    if !sdk.join("Cargo.toml").is_file() {
        bail!(
            "`{}` is not the frt SDK: it has no `Cargo.toml`",
            sdk.display()
        );
    }
    if dir.read_dir().is_ok_and(|mut d| d.next().is_some()) {
        bail!("`{}` already exists and is not empty", dir.display());
    }
    let vars = Vars {
        name: args.name.clone(),
        sdk: sdk.display().to_string(),
    };
    for (path, template) in FILES {
        write(&dir.join(path), &vars.fill(template))?;
    }
    copy_lockfile(&sdk, &dir)?;
    println!("created rule crate `{}` in `{}`", args.name, dir.display());
    println!(
        "next: cd {} && cargo test && frt build && frt test",
        dir.display()
    );
    Ok(exit::OK)
}

/// The frt workspace's lock file pins the versions the SDK is tested with; the new crate
/// starts from it (cargo drops what it does not use), so it builds offline from the same
/// sources and shares compiled dependencies.
fn copy_lockfile(sdk: &Path, dir: &Path) -> anyhow::Result<()> {
    let lock = sdk.join("../Cargo.lock");
    if lock.is_file() {
        std::fs::copy(&lock, dir.join("Cargo.lock"))
            .with_context(|| format!("cannot copy `{}`", lock.display()))?;
    }
    Ok(())
}

fn write(path: &Path, text: &str) -> anyhow::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create `{}`", parent.display()))?;
    }
    std::fs::write(path, text).with_context(|| format!("cannot write `{}`", path.display()))
}

fn check_name(name: &str) -> anyhow::Result<()> {
    let valid = name.starts_with(|c: char| c.is_ascii_lowercase())
        && !name.ends_with('-')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !valid {
        bail!(
            "`{name}` is not a rule name: use lowercase letters, digits and `-`, starting with a letter, such as `acme-signage`"
        );
    }
    Ok(())
}

/// What the templates' `{{...}}` placeholders become.
struct Vars {
    name: String,
    sdk: String,
}

impl Vars {
    fn fill(&self, template: &str) -> String {
        template
            .replace("{{name}}", &self.name)
            .replace("{{crate}}", &self.name.replace('-', "_"))
            .replace("{{type}}", &type_name(&self.name))
            .replace("{{title}}", &self.name)
            .replace("{{sdk}}", &self.sdk.replace('\\', "/"))
    }
}

/// `acme-signage` → `AcmeSignage`.
fn type_name(name: &str) -> String {
    name.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_types() {
        assert_eq!(type_name("acme-signage"), "AcmeSignage");
        assert_eq!(type_name("rule2"), "Rule2");
    }

    #[test]
    fn bad_names_are_refused() {
        for bad in ["Acme", "1rule", "acme_sign", "acme-", "", "a/b"] {
            assert!(check_name(bad).is_err(), "{bad}");
        }
        check_name("acme-signage-2").unwrap();
    }
}
