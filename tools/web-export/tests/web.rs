//! Runs the browser host's tests (`npm test` in `host/web`): the build with this crate's
//! binary, the reports against `frt check --format json` for every scenario, the rule
//! contract, and the playground in headless Chromium. Needs Node.js and npm, and Chromium at
//! `/usr/bin/chromium` (or `$CHROMIUM`); `.ci/run` installs them. Installs the npm packages
//! (`npm install`, which keeps to the lock; see `.ci/run` for why not `npm ci`) when
//! `host/web/node_modules` is missing.

use std::path::{Path, PathBuf};
use std::process::Command;

fn web() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../host/web")
}

fn npm(args: &[&str]) -> Command {
    let mut cmd = Command::new("npm");
    cmd.args(args).current_dir(web());
    cmd
}

#[test]
fn the_browser_host_reports_as_the_cli_and_the_playground_works_in_chromium() {
    let export = PathBuf::from(env!("CARGO_BIN_EXE_frt-web-export"));
    // `cargo test --workspace` builds every binary of the workspace next to this one.
    let frt = export.with_file_name(format!("frt{}", std::env::consts::EXE_SUFFIX));
    assert!(
        frt.is_file(),
        "the `frt` binary is missing at `{}`; run the workspace's tests (`cargo test --workspace`) or build it first",
        frt.display()
    );
    let node = Command::new("node").arg("--version").output();
    assert!(
        node.is_ok_and(|o| o.status.success()),
        "Node.js is needed for the browser host's tests; install Node.js 20 and npm (`.ci/run` expects them)"
    );
    if !web().join("node_modules").is_dir() {
        let status = npm(&["install", "--no-audit", "--no-fund"])
            .status()
            .expect("npm runs");
        assert!(status.success(), "`npm install` in `host/web` failed");
    }
    let status = npm(&["test"])
        .env("FRT_BIN", &frt)
        .env("FRT_WEB_EXPORT", &export)
        .status()
        .expect("npm runs");
    assert!(
        status.success(),
        "`npm test` in `host/web` failed (its output is above)"
    );
}
