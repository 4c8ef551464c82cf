//! Rules precompiled to native code for this machine (`frt compile`), and loading them back.
//!
//! A precompiled directory holds one `<sha256 of the component>.cwasm` per rule and an
//! `index.json` that `frt compile` writes beside them:
//!
//! ```json
//! { "schema": "frt/precompiled/v1", "engine": "<hex>",
//!   "components": { "sha256:<component>": "sha256:<cwasm>" } }
//! ```
//!
//! `engine` is a digest of [`wasmtime::Engine::precompile_compatibility_hash`]: the wasmtime
//! version, the target and every compiler setting that shapes the code. A runtime whose
//! engine differs ignores the whole index. Native code is only deserialized when the
//! component being loaded (already verified, for a pack) has an entry and the `.cwasm` file's
//! bytes hash to the digest the index recorded when `frt compile` wrote them; anything else
//! (a missing, damaged or foreign file, an index that other users may write) is compiled from
//! the component as if there were no cache.
//!
//! The index is as trusted as the directory it lives in: whoever can rewrite both can make
//! the host run their native code. Keep the directory writable only by the user that runs
//! the host; an index that the group or others may write is ignored.

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use wasmtime::Engine;
use wasmtime::component::Component;

use crate::error::LoadError;

/// The schema of `index.json`.
const SCHEMA: &str = "frt/precompiled/v1";

/// The file that lists what a precompiled directory holds.
pub(crate) const INDEX: &str = "index.json";

/// A precompiled directory, as read when the runtime was made.
#[derive(Debug)]
pub(crate) struct Precompiled {
    dir: PathBuf,
    /// Component digest to `.cwasm` digest, for this engine only.
    components: BTreeMap<String, String>,
}

/// `sha256:` and the hex digest of `bytes`.
pub(crate) fn digest(bytes: &[u8]) -> String {
    format!("sha256:{}", hex::encode(Sha256::digest(bytes)))
}

/// A [`Hasher`] feeding SHA-256, so the engine's compatibility hash becomes a stable digest.
struct ShaHasher(Sha256);

impl Hasher for ShaHasher {
    fn finish(&self) -> u64 {
        let digest = self.0.clone().finalize();
        u64::from_le_bytes(digest[..8].try_into().expect("eight bytes"))
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }
}

/// The key of `engine`'s compiled code: a digest of its compatibility hash.
pub(crate) fn engine_key(engine: &Engine) -> String {
    let mut hasher = ShaHasher(Sha256::new());
    engine.precompile_compatibility_hash().hash(&mut hasher);
    hex::encode(hasher.0.finalize())
}

/// The file name of a component's native code.
fn file_name(component_digest: &str) -> String {
    format!("{}.cwasm", component_digest.trim_start_matches("sha256:"))
}

impl Precompiled {
    /// Reads `dir`'s index for `engine`. `None` when there is no usable index: none at all,
    /// one for another engine, one that is malformed or that others may write.
    pub(crate) fn open(engine: &Engine, dir: &Path) -> Option<Precompiled> {
        let path = dir.join(INDEX);
        if writable_by_others(&path) {
            return None;
        }
        let index: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).ok()?).ok()?;
        if index["schema"] != SCHEMA || index["engine"] != engine_key(engine).as_str() {
            return None;
        }
        let components = index["components"]
            .as_object()?
            .iter()
            .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned())))
            .collect();
        Some(Precompiled {
            dir: dir.to_owned(),
            components,
        })
    }

    /// The precompiled code of the component whose digest is `component_digest`, if the index
    /// lists it and the file holds exactly the bytes `frt compile` wrote.
    pub(crate) fn component(&self, engine: &Engine, component_digest: &str) -> Option<Component> {
        let expected = self.components.get(component_digest)?;
        let bytes = std::fs::read(self.dir.join(file_name(component_digest))).ok()?;
        if &digest(&bytes) != expected {
            return None;
        }
        deserialize(engine, &bytes)
    }
}

/// Deserializes native code that this cache wrote.
#[allow(unsafe_code)]
fn deserialize(engine: &Engine, bytes: &[u8]) -> Option<Component> {
    // SAFETY: wasmtime requires the bytes to come from `Engine::precompile_component` of a
    // compatible engine. The caller checked that they hash to the digest recorded by
    // `precompile` below when it wrote them with this engine's configuration (the index is
    // keyed by the engine's compatibility hash, and refused when others may write it);
    // wasmtime checks its version and settings header again and refuses a mismatch.
    unsafe { Component::deserialize(engine, bytes) }.ok()
}

/// Whether the group or others may write `path` (never on platforms without such bits).
fn writable_by_others(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o022 != 0)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

/// Compiles `components` to native code for `engine` into `dir` and adds them to its index
/// (replacing an index written for another engine). Returns the files written.
pub(crate) fn precompile<'a>(
    engine: &Engine,
    dir: &Path,
    components: impl IntoIterator<Item = (&'a str, &'a [u8])>,
) -> Result<Vec<PathBuf>, LoadError> {
    let io = |path: &Path| {
        let path = path.to_owned();
        move |source| LoadError::Io { path, source }
    };
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let key = engine_key(engine);
    let mut entries = Precompiled::open(engine, dir)
        .map(|p| p.components)
        .unwrap_or_default();
    let mut written = Vec::new();
    for (name, bytes) in components {
        let code = engine
            .precompile_component(bytes)
            .map_err(|e| LoadError::Compile {
                name: name.to_owned(),
                message: format!("{e:#}"),
            })?;
        let component_digest = digest(bytes);
        let path = dir.join(file_name(&component_digest));
        write_atomically(&path, &code).map_err(io(&path))?;
        entries.insert(component_digest, digest(&code));
        written.push(path);
    }
    let index = serde_json::json!({
        "schema": SCHEMA,
        "engine": key,
        "components": entries,
    });
    let path = dir.join(INDEX);
    let text = serde_json::to_vec_pretty(&index).expect("an index is JSON");
    write_atomically(&path, &text).map_err(io(&path))?;
    Ok(written)
}

/// Writes `bytes` to a temporary file beside `path` and renames it over `path`, so a reader
/// never sees half a file. The file is writable by its owner only.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&tmp, bytes)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o644))?;
    }
    std::fs::rename(&tmp, path)
}
