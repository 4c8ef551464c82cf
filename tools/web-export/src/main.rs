//! `frt-web-export OUT_DIR [--test-guests]`: writes into `OUT_DIR` what the browser host
//! (`host/web`) loads:
//!
//! - `rules/<package>.wasm`: every built-in rule component, the bytes the `frt` binary embeds
//!   (so digests, and reports, are the same);
//! - `packs.json`: the packs in report order, with titles, and for each rule its file and
//!   digest;
//! - `frt-web-core.wasm`: the report core component (`host/web/core-component`), and
//!   `frt-web-inspect.wasm`, the inspector of rules a user adds
//!   (`host/web/inspect-component`), built for `wasm32-unknown-unknown` with the rules'
//!   `guest` profile.
//!
//! With `--test-guests` it also builds the hostile and broken rules of `tests/guests/` into
//! `test-guests/`, for the browser tests (a rule that imports WASI must be refused).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use sha2::{Digest, Sha256};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(out), rest) = (args.next(), args.collect::<Vec<_>>()) else {
        eprintln!("usage: frt-web-export OUT_DIR [--test-guests]");
        return ExitCode::from(2);
    };
    match export(Path::new(&out), rest.iter().any(|a| a == "--test-guests")) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("cannot write `{}`: {e}", path.display()))
}

fn mkdir(path: &Path) -> Result<(), String> {
    std::fs::create_dir_all(path).map_err(|e| format!("cannot create `{}`: {e}", path.display()))
}

fn export(out: &Path, test_guests: bool) -> Result<(), String> {
    let rules_dir = out.join("rules");
    mkdir(&rules_dir)?;
    let mut packs = Vec::new();
    for pack in frt_builtin_packs::PACKS {
        let mut rules = Vec::new();
        for (package, bytes) in pack.components {
            let file = format!("{package}.wasm");
            write(&rules_dir.join(&file), bytes)?;
            rules.push(serde_json::json!({
                "package": package,
                "file": format!("rules/{file}"),
                "digest": format!("sha256:{}", hex::encode(Sha256::digest(bytes))),
                "bytes": bytes.len(),
            }));
        }
        packs.push(serde_json::json!({
            "name": pack.name,
            "title": { "en": pack.title.0, "zh": pack.title.1 },
            "rules": rules,
        }));
    }
    let manifest = serde_json::to_string_pretty(&serde_json::json!({ "packs": packs }))
        .expect("a manifest is JSON");
    write(&out.join("packs.json"), manifest.as_bytes())?;

    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let root = root
        .canonicalize()
        .map_err(|e| format!("cannot find the workspace: {e}"))?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let build = |packages: &[String], dir: &Path| {
        frt_guest_build::build_guests(
            &cargo,
            &root.join("Cargo.toml"),
            packages,
            &root.join("target/guests"),
            dir,
        )
        .map_err(|e| e.to_string())
    };
    build(
        &["frt-web-core".to_owned(), "frt-web-inspect".to_owned()],
        out,
    )?;
    if test_guests {
        let dir = out.join("test-guests");
        mkdir(&dir)?;
        let guests = frt_guest_build::crates_in(&root.join("tests/guests"))
            .map_err(|e| format!("cannot list `tests/guests`: {e}"))?;
        build(&guests, &dir)?;
    }
    Ok(())
}
