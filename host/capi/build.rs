//! Generates the C header from the crate's `extern "C"` items into `$OUT_DIR/frt.h`.
//!
//! The checked-in `include/frt.h` is compared with it by `tests/header.rs`, which rewrites it
//! when `FRT_BLESS_HEADER=1`: a build never edits the source tree, and the header cannot drift.
//! cbindgen parses only this crate's `src/` (no dependencies), so this stays cheap.

fn main() {
    let crate_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo::rerun-if-changed=src");
    println!("cargo::rerun-if-changed=cbindgen.toml");
    let config = cbindgen::Config::from_file(format!("{crate_dir}/cbindgen.toml"))
        .expect("cbindgen.toml is valid");
    cbindgen::Builder::new()
        .with_crate(&crate_dir)
        .with_config(config)
        .generate()
        .expect("the C ABI can be expressed in a header")
        .write_to_file(format!("{out_dir}/frt.h"));
}
