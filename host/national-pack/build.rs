//! Builds every crate in `guest-rules/` into a component and generates `pack.rs`, which
//! embeds them.

use std::fmt::Write;
use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("../..");
    let built = frt_guest_build::build_script(&root.canonicalize().unwrap(), "guest-rules");
    let mut code = String::from(
        "/// The national pack's components, by package name.\npub static COMPONENTS: &[(&str, &[u8])] = &[\n",
    );
    for guest in &built {
        let path = guest.component.display().to_string();
        let _ = writeln!(code, "    ({:?}, include_bytes!({path:?})),", guest.package);
    }
    code.push_str("];\n");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::write(out_dir.join("pack.rs"), code).unwrap();
}
