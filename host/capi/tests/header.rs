//! The checked-in `include/frt.h` is what cbindgen generates from the source today.

#[test]
fn checked_in_header_matches_a_fresh_generation() {
    let fresh = include_str!(concat!(env!("OUT_DIR"), "/frt.h"));
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/include/frt.h");
    if std::env::var_os("FRT_BLESS_HEADER").is_some_and(|v| v == "1") {
        std::fs::write(path, fresh).expect("include/frt.h is writable");
    }
    let checked_in = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        checked_in == fresh,
        "include/frt.h is out of date with src/; regenerate it with \
         `FRT_BLESS_HEADER=1 cargo test -p frt-capi --test header` and commit it"
    );
}
