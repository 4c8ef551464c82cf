//! Builds rule crates into WebAssembly components.
//!
//! A rule crate compiles for `wasm32-unknown-unknown` to a core module that carries its
//! `frt:rule` world in a custom section (wit-bindgen puts it there); [`componentize`] wraps
//! that module into a component. The result imports nothing: no WASI, no clock, no
//! randomness. Build scripts use [`build_guests`] so that `cargo build` of the workspace
//! produces the components with no manual step.

//!
//! [`build_crate`] builds one rule crate that lives on its own (its own `[workspace]`), as
//! `frt build` does. Every component gets its crate's name, version, authors, licence,
//! repository and description in the standard custom sections (see [`metadata`]).

#![deny(missing_docs)]

pub mod metadata;

use std::path::{Path, PathBuf};
use std::process::Command;

pub use metadata::CrateInfo;

/// The target rule crates are compiled for.
pub const TARGET: &str = "wasm32-unknown-unknown";

/// The cargo profile rule crates are compiled with (see the workspace `Cargo.toml`).
pub const PROFILE: &str = "guest";

/// The shadow stack of a rule component, in bytes (Rust's default is 1 MiB). Rules recurse
/// little (a declaration is a few levels deep), and the stack sits below the data, so an
/// overflow traps rather than corrupting memory.
pub const STACK_BYTES: u32 = 256 << 10;

/// The linear memory a rule component is instantiated with, in bytes: the stack, the data
/// and a heap that holds a whole check of a typical declaration. The SDK's allocator uses it
/// before it grows memory, so a check runs without `memory.grow`, and the host recycles the
/// instance's memory without changing page protections (see `frt-runtime`).
pub const INITIAL_MEMORY_BYTES: u32 = 2 << 20;

/// Why rule components could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    /// The Rust target for WebAssembly is not installed.
    #[error("the `{TARGET}` target is not installed; run `rustup target add {TARGET}`")]
    MissingTarget,
    /// `cargo` could not be started.
    #[error("could not run `{cargo}`: {source}")]
    Spawn {
        /// The cargo binary.
        cargo: String,
        /// The error.
        source: std::io::Error,
    },
    /// `cargo build` failed; its output was printed.
    #[error(
        "building rule crates {packages} for `{TARGET}` failed (see the compiler output above)"
    )]
    Cargo {
        /// The packages.
        packages: String,
    },
    /// The built module could not be read or the component written.
    #[error("`{path}`: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The error.
        source: std::io::Error,
    },
    /// `cargo metadata` failed or said something unreadable.
    #[error("cannot read the package metadata of `{path}`: {message}")]
    Metadata {
        /// The manifest.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// No package of that name in the workspace.
    #[error("`{manifest}` has no package `{package}`")]
    NoPackage {
        /// The manifest.
        manifest: PathBuf,
        /// The package.
        package: String,
    },
    /// The crate built no WebAssembly module: its library is not a `cdylib`.
    #[error(
        "`{package}` built no WebAssembly module at `{path}`; a rule crate's `[lib]` needs `crate-type = [\"cdylib\", \"rlib\"]`"
    )]
    NoModule {
        /// The package.
        package: String,
        /// Where the module was expected.
        path: PathBuf,
    },
    /// The module is not a valid `frt:rule` guest.
    #[error("`{path}` cannot be made into a component: {message}")]
    Componentize {
        /// The module.
        path: PathBuf,
        /// What wit-component said.
        message: String,
    },
}

/// A rule component on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuiltGuest {
    /// The package name, such as `cn-frt-art13`.
    pub package: String,
    /// The component file.
    pub component: PathBuf,
}

/// Whether the WebAssembly target's standard library is installed for `rustc`.
pub fn target_installed(rustc: &str) -> bool {
    let sysroot = Command::new(rustc)
        .args(["--print", "sysroot"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned());
    sysroot.is_some_and(|root| {
        Path::new(&root)
            .join("lib/rustlib")
            .join(TARGET)
            .join("lib")
            .is_dir()
    })
}

/// Compiles `packages` of the workspace at `manifest` for WebAssembly into `target_dir`, and
/// writes one component per package into `out_dir`.
///
/// `cargo` is the cargo binary to run (build scripts pass `$CARGO`).
pub fn build_guests(
    cargo: &str,
    manifest: &Path,
    packages: &[String],
    target_dir: &Path,
    out_dir: &Path,
) -> Result<Vec<BuiltGuest>, BuildError> {
    compile(cargo, manifest, packages, target_dir)?;
    let infos = metadata::crate_infos(cargo, manifest)?;
    packages
        .iter()
        .map(|package| {
            let info =
                infos
                    .iter()
                    .find(|i| i.name == *package)
                    .ok_or_else(|| BuildError::NoPackage {
                        manifest: manifest.to_owned(),
                        package: package.clone(),
                    })?;
            wrap(info, target_dir, out_dir)
        })
        .collect()
}

/// Builds the one rule crate at `crate_dir` (a crate with its own `[workspace]`, as `frt new`
/// makes) into a component in `out_dir`; its package metadata comes with it.
pub fn build_crate(
    cargo: &str,
    crate_dir: &Path,
    target_dir: &Path,
    out_dir: &Path,
) -> Result<(BuiltGuest, CrateInfo), BuildError> {
    let manifest = crate_dir.join("Cargo.toml");
    let infos = metadata::crate_infos(cargo, &manifest)?;
    let manifest_path = std::path::absolute(&manifest).unwrap_or(manifest.clone());
    let info = infos
        .into_iter()
        .find(|i| Path::new(&i.manifest_path) == manifest_path)
        .ok_or_else(|| BuildError::Metadata {
            path: manifest.clone(),
            message: "it is not a package manifest".to_owned(),
        })?;
    compile(
        cargo,
        &manifest,
        std::slice::from_ref(&info.name),
        target_dir,
    )?;
    let built = wrap(&info, target_dir, out_dir)?;
    Ok((built, info))
}

fn compile(
    cargo: &str,
    manifest: &Path,
    packages: &[String],
    target_dir: &Path,
) -> Result<(), BuildError> {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned());
    if !target_installed(&rustc) {
        return Err(BuildError::MissingTarget);
    }
    let mut cmd = Command::new(cargo);
    cmd.arg("build")
        .arg("--manifest-path")
        .arg(manifest)
        .args(["--target", TARGET, "--profile", PROFILE])
        .arg("--target-dir")
        .arg(target_dir);
    // The guest profile, for crates whose manifest does not define it; the workspace's own
    // definition is the same.
    for setting in [
        "profile.guest.inherits=\"release\"",
        "profile.guest.opt-level=3",
        "profile.guest.debug=false",
        "profile.guest.strip=true",
        "profile.guest.panic=\"abort\"",
        "profile.guest.lto=true",
        "profile.guest.codegen-units=1",
    ] {
        cmd.args(["--config", setting]);
    }
    for p in packages {
        cmd.args(["-p", p]);
    }
    // Flags meant for the host build must not leak into the WebAssembly build; paths are
    // remapped so the same sources give the same component bytes (and digests) anywhere.
    cmd.env("CARGO_ENCODED_RUSTFLAGS", rustflags(manifest));
    for var in [
        "RUSTFLAGS",
        "CARGO_BUILD_TARGET",
        "CARGO_TARGET_DIR",
        "CARGO_BUILD_RUSTFLAGS",
        "RUSTC_WORKSPACE_WRAPPER",
    ] {
        cmd.env_remove(var);
    }
    let status = cmd.status().map_err(|source| BuildError::Spawn {
        cargo: cargo.to_owned(),
        source,
    })?;
    if !status.success() {
        return Err(BuildError::Cargo {
            packages: packages.join(", "),
        });
    }
    Ok(())
}

/// Wraps the module cargo built for `info` into a component with its metadata.
fn wrap(info: &CrateInfo, target_dir: &Path, out_dir: &Path) -> Result<BuiltGuest, BuildError> {
    let module = target_dir
        .join(TARGET)
        .join(PROFILE)
        .join(format!("{}.wasm", info.name.replace('-', "_")));
    if !module.is_file() {
        return Err(BuildError::NoModule {
            package: info.name.clone(),
            path: module,
        });
    }
    let bytes = read(&module)?;
    let componentize_error = |message| BuildError::Componentize {
        path: module.clone(),
        message,
    };
    let component = componentize(&bytes).map_err(componentize_error)?;
    let component = metadata::embed(&component, info).map_err(componentize_error)?;
    let path = out_dir.join(format!("{}.wasm", info.name));
    std::fs::write(&path, component).map_err(|source| BuildError::Io {
        path: path.clone(),
        source,
    })?;
    Ok(BuiltGuest {
        package: info.name.clone(),
        component: path,
    })
}

/// `--remap-path-prefix` for the workspace and cargo's home, and the memory layout of a rule
/// component, separated as cargo expects.
fn rustflags(manifest: &Path) -> String {
    let workspace = manifest.parent().unwrap_or(Path::new("."));
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")));
    let mut flags = vec![
        format!("--remap-path-prefix={}=/frt", workspace.display()),
        format!("-Clink-arg=-zstack-size={STACK_BYTES}"),
        format!("-Clink-arg=--initial-memory={INITIAL_MEMORY_BYTES}"),
    ];
    if let Some(home) = cargo_home {
        flags.push(format!("--remap-path-prefix={}=/cargo", home.display()));
    }
    flags.join("\u{1f}")
}

fn read(path: &Path) -> Result<Vec<u8>, BuildError> {
    std::fs::read(path).map_err(|source| BuildError::Io {
        path: path.to_owned(),
        source,
    })
}

/// Wraps a core module built with wit-bindgen into a component.
pub fn componentize(module: &[u8]) -> Result<Vec<u8>, String> {
    wit_component::ComponentEncoder::default()
        .validate(true)
        .module(module)
        .and_then(|encoder| encoder.encode())
        .map_err(|e| format!("{e:#}"))
}

/// The rule crates under `dir`: every subdirectory with a `Cargo.toml`, by name.
pub fn crates_in(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.join("Cargo.toml").is_file()
            && let Some(name) = path.file_name().and_then(|n| n.to_str())
        {
            names.push(name.to_owned());
        }
    }
    names.sort();
    Ok(names)
}

/// For build scripts: builds every rule crate in `crates_dir` (relative to the workspace root
/// `root`) into `$OUT_DIR`, asks cargo to rerun when the crates, the SDK, the model or the
/// WIT change, and on failure prints the one-line fix as `cargo::error` and exits.
pub fn build_script(root: &Path, crates_dir: &str) -> Vec<BuiltGuest> {
    for dir in [crates_dir, "sdk", "core/model", "wit", "Cargo.toml"] {
        println!("cargo::rerun-if-changed={}", root.join(dir).display());
    }
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let cargo = std::env::var("CARGO").expect("cargo sets CARGO");
    let result = crates_in(&root.join(crates_dir))
        .map_err(|source| BuildError::Io {
            path: root.join(crates_dir),
            source,
        })
        .and_then(|packages| {
            build_guests(
                &cargo,
                &root.join("Cargo.toml"),
                &packages,
                &root.join("target/guests"),
                &out_dir,
            )
        });
    result.unwrap_or_else(|err| {
        println!("cargo::error={err}");
        std::process::exit(1)
    })
}

/// For build scripts of crates that test or measure with guests: [`build_script`], then
/// `$OUT_DIR/guests.rs` with one constant per guest holding the path of its component
/// (`FLOOR_RULE` for `floor-rule`), for the crate to `include!`.
pub fn guest_paths_script(root: &Path, crates_dir: &str) {
    let mut code = String::new();
    for guest in build_script(root, crates_dir) {
        let name = guest.package.to_uppercase().replace('-', "_");
        code.push_str(&format!(
            "/// The component built from `{crates_dir}/{}`.\npub const {name}: &str = {:?};\n",
            guest.package,
            guest.component.display().to_string()
        ));
    }
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let path = out_dir.join("guests.rs");
    if let Err(err) = std::fs::write(&path, code) {
        println!("cargo::error=cannot write `{}`: {err}", path.display());
        std::process::exit(1)
    }
}
