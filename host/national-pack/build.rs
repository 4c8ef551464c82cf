//! Builds every crate in `guest-rules/` into a component, in one nested cargo invocation, and
//! generates `pack.rs`, which embeds them grouped into the named packs of
//! `src/membership.rs`.

use std::fmt::Write;
use std::path::PathBuf;

include!("src/membership.rs");

fn pack_of(package: &str) -> &'static str {
    PACK_MEMBERS
        .iter()
        .find(|(_, _, _, prefixes)| prefixes.iter().any(|p| package.starts_with(p)))
        .map(|(name, ..)| *name)
        .unwrap_or_else(|| {
            println!(
                "cargo::error=rule crate `{package}` belongs to no built-in pack; add its prefix to `host/national-pack/src/membership.rs`"
            );
            std::process::exit(1)
        })
}

fn main() {
    println!("cargo::rerun-if-changed=src/membership.rs");
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("../..");
    let built = frt_guest_build::build_script(&root.canonicalize().unwrap(), "guest-rules");
    let mut code = String::new();
    for (name, ..) in PACK_MEMBERS {
        let ident = name.to_uppercase().replace('-', "_");
        let _ = writeln!(
            code,
            "/// The components of the `{name}` pack, by package name.\npub static {ident}: &[(&str, &[u8])] = &["
        );
        for guest in built.iter().filter(|g| pack_of(&g.package) == *name) {
            let path = guest.component.display().to_string();
            let _ = writeln!(code, "    ({:?}, include_bytes!({path:?})),", guest.package);
        }
        code.push_str("];\n");
    }
    code.push_str("/// Every built-in pack: name, English and Chinese title, components.\npub static PACKS: &[Pack] = &[\n");
    for (name, en, zh, _) in PACK_MEMBERS {
        let ident = name.to_uppercase().replace('-', "_");
        let _ = writeln!(
            code,
            "    Pack {{ name: {name:?}, title: ({en:?}, {zh:?}), components: {ident} }},"
        );
    }
    code.push_str("];\n");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::write(out_dir.join("pack.rs"), code).unwrap();
}
