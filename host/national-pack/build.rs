//! Builds every crate in `guest-rules/` into a component, packs them into a signed rule pack
//! with `frt-pack` (the library behind `frt pack`), and generates `pack.rs`, which embeds the
//! components, the pack and the public key that verifies it.
//!
//! The signing key is made afresh for every build and thrown away: an open-source build can
//! keep no secret, so the signature proves only that the embedded pack is the one this build
//! made (the binary checks its own pack's integrity before loading it), not who built it.

use std::fmt::Write;
use std::path::{Path, PathBuf};

use frt_guest_build::{BuiltGuest, CrateInfo};
use frt_pack::{ComponentEntry, Pack, RuleInfo, SecretKey};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap())
        .join("../..")
        .canonicalize()
        .unwrap();
    let built = frt_guest_build::build_script(&root, "guest-rules");
    let cargo = std::env::var("CARGO").expect("cargo sets CARGO");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let pack = pack(&cargo, &root, &built).unwrap_or_else(|message| {
        println!("cargo::error={message}");
        std::process::exit(1)
    });
    std::fs::write(out_dir.join("national.frtpack"), pack.bytes).unwrap();
    std::fs::write(out_dir.join("pack.rs"), code(&built, &pack.public_key)).unwrap();
}

struct SignedPack {
    bytes: Vec<u8>,
    public_key: String,
}

fn pack(cargo: &str, root: &Path, built: &[BuiltGuest]) -> Result<SignedPack, String> {
    let infos = frt_guest_build::metadata::crate_infos(cargo, &root.join("Cargo.toml"))
        .map_err(|e| e.to_string())?;
    let components = built
        .iter()
        .map(|guest| {
            let info = infos
                .iter()
                .find(|i| i.name == guest.package)
                .ok_or_else(|| format!("no package metadata for `{}`", guest.package))?;
            let bytes = std::fs::read(&guest.component)
                .map_err(|e| format!("`{}`: {e}", guest.component.display()))?;
            Ok((ComponentEntry::new(rule_info(info)?, &bytes), bytes))
        })
        .collect::<Result<Vec<_>, String>>()?;
    let key = SecretKey::generate().map_err(|e| e.to_string())?;
    let bytes = Pack::write(components, Some(&key)).map_err(|e| e.to_string())?;
    Ok(SignedPack {
        bytes,
        public_key: key.public().to_string(),
    })
}

/// The manifest entry of a rule crate: id and version from the package, instrument and
/// articles from `[package.metadata.frt]`.
fn rule_info(info: &CrateInfo) -> Result<RuleInfo, String> {
    let missing = || {
        format!(
            "`{}` needs `[package.metadata.frt]` with `instrument = \"...\"` and `articles = [\"...\"]` for the national pack's manifest",
            info.manifest_path
        )
    };
    let instrument = info.frt["instrument"].as_str().ok_or_else(missing)?;
    let articles = info.frt["articles"]
        .as_array()
        .and_then(|a| a.iter().map(|v| v.as_str().map(str::to_owned)).collect())
        .ok_or_else(missing)?;
    Ok(RuleInfo {
        id: info.name.clone(),
        version: info.version.clone(),
        instrument: instrument.to_owned(),
        articles,
    })
}

fn code(built: &[BuiltGuest], public_key: &str) -> String {
    let mut code = String::from(
        "/// The national pack's components, by package name.\npub static COMPONENTS: &[(&str, &[u8])] = &[\n",
    );
    for guest in built {
        let path = guest.component.display().to_string();
        let _ = writeln!(code, "    ({:?}, include_bytes!({path:?})),", guest.package);
    }
    code.push_str("];\n");
    let _ = writeln!(
        code,
        "/// The same components as one signed rule pack (`frt/pack/v1`).\npub static PACK: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/national.frtpack\"));"
    );
    let _ = writeln!(
        code,
        "/// The public key that verifies [`PACK`], made for this build only.\npub const PUBLIC_KEY: &str = {public_key:?};"
    );
    code
}
