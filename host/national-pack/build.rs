//! Builds every crate in `guest-rules/` into a component and generates `pack.rs`, which
//! embeds them.

use std::fmt::Write;
use std::path::PathBuf;

fn main() {
    let crate_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let root = crate_dir.join("../..").canonicalize().unwrap();
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    for dir in ["guest-rules", "sdk", "core/model", "wit"] {
        println!("cargo::rerun-if-changed={}", root.join(dir).display());
    }
    let rules = root.join("guest-rules");
    let packages = frt_guest_build::crates_in(&rules).expect("guest-rules/ is readable");
    let built = frt_guest_build::build_guests(
        &std::env::var("CARGO").unwrap(),
        &root.join("Cargo.toml"),
        &packages,
        &root.join("target/guests"),
        &out_dir,
    )
    .unwrap_or_else(|e| frt_guest_build::fail_build_script(&e));

    let mut code = String::from(
        "/// The national pack's components, by package name.\npub static COMPONENTS: &[(&str, &[u8])] = &[\n",
    );
    for guest in built {
        let _ = writeln!(
            code,
            "    ({:?}, include_bytes!({:?})),",
            guest.package,
            guest.component.display().to_string()
        );
    }
    code.push_str("];\n");
    std::fs::write(out_dir.join("pack.rs"), code).unwrap();
}
