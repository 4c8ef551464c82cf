//! What cargo knows about a rule crate (name, version, authors, licence, repository,
//! description, `[package.metadata.frt]`), and writing it into the component's standard
//! custom sections.

use std::path::Path;
use std::process::Command;

use wasm_metadata::{AddMetadata, AddMetadataField};

use crate::BuildError;

/// A rule crate's package metadata, from `cargo metadata`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CrateInfo {
    /// The package name.
    pub name: String,
    /// The package version.
    pub version: String,
    /// The authors, joined with `, `.
    pub authors: Option<String>,
    /// The SPDX licence expression.
    pub license: Option<String>,
    /// The repository URL.
    pub repository: Option<String>,
    /// The one-line description.
    pub description: Option<String>,
    /// The package's manifest file.
    pub manifest_path: String,
    /// `[package.metadata.frt]`, as JSON (`null` when absent).
    pub frt: serde_json::Value,
}

/// The packages of the workspace (or lone crate) at `manifest`, from `cargo metadata`.
pub fn crate_infos(cargo: &str, manifest: &Path) -> Result<Vec<CrateInfo>, BuildError> {
    let output = Command::new(cargo)
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--manifest-path",
        ])
        .arg(manifest)
        .env_remove("CARGO_TARGET_DIR")
        .output()
        .map_err(|source| BuildError::Spawn {
            cargo: cargo.to_owned(),
            source,
        })?;
    let metadata_error = |message: String| BuildError::Metadata {
        path: manifest.to_owned(),
        message,
    };
    if !output.status.success() {
        return Err(metadata_error(
            String::from_utf8_lossy(&output.stderr).trim().to_owned(),
        ));
    }
    let json: serde_json::Value =
        serde_json::from_slice(&output.stdout).map_err(|e| metadata_error(e.to_string()))?;
    let packages = json["packages"].as_array().cloned().unwrap_or_default();
    Ok(packages.iter().map(crate_info).collect())
}

fn crate_info(p: &serde_json::Value) -> CrateInfo {
    let text = |key: &str| p[key].as_str().map(str::to_owned);
    let authors: Vec<&str> = p["authors"]
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_str()).collect())
        .unwrap_or_default();
    CrateInfo {
        name: text("name").unwrap_or_default(),
        version: text("version").unwrap_or_default(),
        authors: (!authors.is_empty()).then(|| authors.join(", ")),
        license: text("license"),
        repository: text("repository"),
        description: text("description"),
        manifest_path: text("manifest_path").unwrap_or_default(),
        frt: p["metadata"]["frt"].clone(),
    }
}

/// Writes `info` into `component`'s custom sections: the component name and the producers
/// (through `wasm-metadata`), and the OCI annotation sections `version`, `authors`,
/// `licenses`, `source` and `description` (UTF-8 text, as `wasm-metadata` and
/// `wasm-tools metadata show` read them).
pub fn embed(component: &[u8], info: &CrateInfo) -> Result<Vec<u8>, String> {
    let mut add = AddMetadata::default();
    add.name = AddMetadataField::Set(info.name.clone());
    add.processed_by = vec![(
        "frt-guest-build".to_owned(),
        env!("CARGO_PKG_VERSION").to_owned(),
    )];
    let mut out = add.to_wasm(component).map_err(|e| format!("{e:#}"))?;
    let annotations = [
        ("version", Some(&info.version)),
        ("authors", info.authors.as_ref()),
        ("licenses", info.license.as_ref()),
        ("source", info.repository.as_ref()),
        ("description", info.description.as_ref()),
    ];
    for (name, value) in annotations {
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            custom_section(&mut out, name, value.as_bytes());
        }
    }
    Ok(out)
}

/// Appends a custom section (id 0) to a module or component.
fn custom_section(wasm: &mut Vec<u8>, name: &str, data: &[u8]) {
    let mut body = Vec::new();
    leb128(&mut body, name.len());
    body.extend_from_slice(name.as_bytes());
    body.extend_from_slice(data);
    wasm.push(0);
    leb128(wasm, body.len());
    wasm.extend_from_slice(&body);
}

fn leb128(out: &mut Vec<u8>, mut n: usize) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// The OCI annotations embedded at the top level of a component, as `(field, value)` pairs
/// for display. Malformed input gives what could be read.
pub fn read_embedded(wasm: &[u8]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = wasm.get(8..).unwrap_or_default();
    while let Some((&id, tail)) = rest.split_first() {
        let Some((size, tail)) = read_leb128(tail) else {
            break;
        };
        let Some((section, tail)) = (size <= tail.len()).then(|| tail.split_at(size)) else {
            break;
        };
        rest = tail;
        if id != 0 {
            continue;
        }
        let Some((len, section)) = read_leb128(section) else {
            break;
        };
        let Some(name) = section.get(..len).and_then(|n| std::str::from_utf8(n).ok()) else {
            break;
        };
        if ["version", "authors", "licenses", "source", "description"].contains(&name) {
            out.push((
                name.to_owned(),
                String::from_utf8_lossy(&section[len..]).into_owned(),
            ));
        }
    }
    out
}

fn read_leb128(bytes: &[u8]) -> Option<(usize, &[u8])> {
    let mut n = 0usize;
    for (i, &b) in bytes.iter().enumerate().take(5) {
        n |= usize::from(b & 0x7f) << (7 * i);
        if b & 0x80 == 0 {
            return Some((n, &bytes[i + 1..]));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotations_round_trip() {
        // The smallest component: the preamble alone.
        let component = b"\0asm\x0d\0\x01\0".to_vec();
        let info = CrateInfo {
            name: "acme-signage".into(),
            version: "0.3.1".into(),
            authors: Some("Acme Compliance <rules@acme.example>".into()),
            license: Some("Apache-2.0".into()),
            repository: Some("https://example.org/acme/rules".into()),
            description: Some("x".repeat(300)),
            ..CrateInfo::default()
        };
        let out = embed(&component, &info).unwrap();
        let read = read_embedded(&out);
        assert_eq!(
            read,
            vec![
                ("version".to_owned(), "0.3.1".to_owned()),
                (
                    "authors".to_owned(),
                    "Acme Compliance <rules@acme.example>".to_owned()
                ),
                ("licenses".to_owned(), "Apache-2.0".to_owned()),
                (
                    "source".to_owned(),
                    "https://example.org/acme/rules".to_owned()
                ),
                ("description".to_owned(), "x".repeat(300)),
            ]
        );
        // The name goes into the standard `component-name` section.
        let has = |needle: &[u8]| out.windows(needle.len()).any(|w| w == needle);
        assert!(has(b"component-name") && has(b"acme-signage"));
    }
}
