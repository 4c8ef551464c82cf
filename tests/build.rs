//! Builds the test guests in `guests/` into components and generates `guests.rs`, with one
//! constant per guest holding the path of its component.

use std::fmt::Write;
use std::path::PathBuf;

fn main() {
    let tests_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let root = tests_dir.parent().unwrap().to_owned();
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    for dir in ["tests/guests", "sdk", "core/model", "wit"] {
        println!("cargo::rerun-if-changed={}", root.join(dir).display());
    }
    let packages =
        frt_guest_build::crates_in(&tests_dir.join("guests")).expect("tests/guests/ is readable");
    let built = frt_guest_build::build_guests(
        &std::env::var("CARGO").unwrap(),
        &root.join("Cargo.toml"),
        &packages,
        &root.join("target/guests"),
        &out_dir,
    )
    .unwrap_or_else(|e| frt_guest_build::fail_build_script(&e));
    let mut code = String::new();
    for guest in built {
        let name = guest.package.to_uppercase().replace('-', "_");
        let _ = writeln!(
            code,
            "/// The component built from `tests/guests/{}`.\npub const {name}: &str = {:?};",
            guest.package,
            guest.component.display().to_string()
        );
    }
    std::fs::write(out_dir.join("guests.rs"), code).unwrap();
}
