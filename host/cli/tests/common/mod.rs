//! Running the real `frt` binary, shared by the command-line tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// One compilation cache for the whole test run, so each rule is compiled once.
pub fn cache_dir() -> &'static Path {
    static DIR: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    DIR.get_or_init(|| tempfile::tempdir().unwrap()).path()
}

pub fn frt(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_frt"))
        .args(args)
        .current_dir(dir)
        .env("FRT_CACHE_DIR", cache_dir())
        .env_remove("NO_COLOR")
        .output()
        .expect("frt runs")
}

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// The public scenarios' directory.
pub fn examples() -> PathBuf {
    root().join("examples/declarations")
}
