//! Builds the benchmark's own guests in `guests/` into components and generates `guests.rs`,
//! with one constant per guest holding the path of its component.

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    frt_guest_build::guest_paths_script(&root.canonicalize().unwrap(), "bench/guests");
}
