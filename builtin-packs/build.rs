//! Builds every crate in `guest-rules/` into a component, in one nested cargo invocation,
//! groups them into the named packs of `src/membership.rs`, packs each group into a signed
//! rule pack with `frt-pack` (the library behind `frt pack`), and generates `pack.rs`, which
//! embeds the components, the packs and the public key that verifies them.
//!
//! The signing key is made afresh for every build and thrown away: an open-source build can
//! keep no secret, so the signature proves only that the embedded packs are the ones this
//! build made (the binary checks its own packs' integrity before loading them), not who built
//! them.

use std::fmt::Write;
use std::path::{Path, PathBuf};

use frt_guest_build::{BuiltGuest, CrateInfo};
use frt_pack::{ComponentEntry, Pack, RuleInfo, SecretKey};

include!("src/membership.rs");

fn main() {
    println!("cargo::rerun-if-changed=src/membership.rs");
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap())
        .join("..")
        .canonicalize()
        .unwrap();
    let built = frt_guest_build::build_script(&root, "guest-rules");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let public_key = write_packs(&root, &built, &out_dir).unwrap_or_else(|message| {
        println!("cargo::error={message}");
        std::process::exit(1)
    });
    std::fs::write(out_dir.join("pack.rs"), code(&built, &public_key)).unwrap();
}

/// The pack a rule crate belongs to: the first whose prefixes match its name.
fn pack_of(package: &str) -> Result<&'static str, String> {
    PACK_MEMBERS
        .iter()
        .find(|(_, _, _, prefixes)| prefixes.iter().any(|p| package.starts_with(p)))
        .map(|(name, ..)| *name)
        .ok_or_else(|| {
            format!(
                "rule crate `{package}` belongs to no built-in pack; add its prefix to `builtin-packs/src/membership.rs`"
            )
        })
}

/// Writes `<pack>.frtpack` for every built-in pack, all signed by one key made for this
/// build, and returns that key's public half.
fn write_packs(root: &Path, built: &[BuiltGuest], out_dir: &Path) -> Result<String, String> {
    let cargo = std::env::var("CARGO").expect("cargo sets CARGO");
    let infos = frt_guest_build::metadata::crate_infos(&cargo, &root.join("Cargo.toml"))
        .map_err(|e| e.to_string())?;
    let key = SecretKey::generate().map_err(|e| e.to_string())?;
    for guest in built {
        pack_of(&guest.package)?;
    }
    for (name, ..) in PACK_MEMBERS {
        let mut components = Vec::new();
        for guest in built.iter().filter(|g| pack_of(&g.package) == Ok(*name)) {
            let info = infos
                .iter()
                .find(|i| i.name == guest.package)
                .ok_or_else(|| format!("no package metadata for `{}`", guest.package))?;
            let bytes = std::fs::read(&guest.component)
                .map_err(|e| format!("`{}`: {e}", guest.component.display()))?;
            components.push((ComponentEntry::new(rule_info(info)?, &bytes), bytes));
        }
        let bytes = Pack::write(components, Some(&key)).map_err(|e| e.to_string())?;
        std::fs::write(out_dir.join(format!("{name}.frtpack")), bytes)
            .map_err(|e| format!("cannot write the `{name}` pack: {e}"))?;
    }
    Ok(key.public().to_string())
}

/// The manifest entry of a rule crate: id and version from the package, instrument and
/// articles from `[package.metadata.frt]`.
fn rule_info(info: &CrateInfo) -> Result<RuleInfo, String> {
    let missing = || {
        format!(
            "`{}` needs `[package.metadata.frt]` with `instrument = \"...\"` and `articles = [\"...\"]` for the built-in packs' manifests",
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
    let mut code = String::new();
    for (name, ..) in PACK_MEMBERS {
        let ident = name.to_uppercase().replace('-', "_");
        let _ = writeln!(
            code,
            "/// The components of the `{name}` pack, by package name.\npub static {ident}: &[(&str, &[u8])] = &["
        );
        for guest in built.iter().filter(|g| pack_of(&g.package) == Ok(*name)) {
            let path = guest.component.display().to_string();
            let _ = writeln!(code, "    ({:?}, include_bytes!({path:?})),", guest.package);
        }
        code.push_str("];\n");
        let _ = writeln!(
            code,
            "/// The `{name}` pack as one signed rule pack file (`frt/pack/v1`).\npub static {ident}_FILE: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{name}.frtpack\"));"
        );
    }
    code.push_str(
        "/// Every built-in pack: name, English and Chinese title, components, signed pack file.\npub static PACKS: &[Pack] = &[\n",
    );
    for (name, en, zh, _) in PACK_MEMBERS {
        let ident = name.to_uppercase().replace('-', "_");
        let _ = writeln!(
            code,
            "    Pack {{ name: {name:?}, title: ({en:?}, {zh:?}), components: {ident}, file: {ident}_FILE }},"
        );
    }
    code.push_str("];\n");
    let _ = writeln!(
        code,
        "/// The public key that verifies every built-in pack's [`Pack::file`], made for this build only.\npub const PUBLIC_KEY: &str = {public_key:?};"
    );
    code
}
