//! Builds the test guests in `guests/` into components and generates `guests.rs`, with one
//! constant per guest holding the path of its component.

use std::fmt::Write;
use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("..");
    let built = frt_guest_build::build_script(&root.canonicalize().unwrap(), "tests/guests");
    let mut code = String::new();
    for guest in &built {
        let name = guest.package.to_uppercase().replace('-', "_");
        let path = guest.component.display().to_string();
        let _ = writeln!(
            code,
            "/// The component built from `tests/guests/{}`.\npub const {name}: &str = {path:?};",
            guest.package
        );
    }
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::write(out_dir.join("guests.rs"), code).unwrap();
}
