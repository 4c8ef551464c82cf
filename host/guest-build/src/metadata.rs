//! What cargo knows about a rule crate (name, version, authors, licence, repository,
//! description, `[package.metadata.frt]`), and writing it into the component's standard
//! custom sections.

use std::path::Path;
use std::process::Command;

use wasm_metadata::{AddMetadata, AddMetadataField, Authors, Description, Licenses, Source, Version};

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
        .args(["metadata", "--format-version", "1", "--no-deps", "--manifest-path"])
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
        return Err(metadata_error(String::from_utf8_lossy(&output.stderr).trim().to_owned()));
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

/// Writes `info` into `component`'s custom sections: the component name, and the OCI
/// annotations `version`, `authors`, `licenses`, `source` and `description`.
pub fn embed(component: &[u8], info: &CrateInfo) -> Result<Vec<u8>, String> {
    let mut add = AddMetadata::default();
    add.name = AddMetadataField::Set(info.name.clone());
    add.version = AddMetadataField::Set(Version::new(info.version.clone()));
    add.processed_by = vec![(
        "frt-guest-build".to_owned(),
        env!("CARGO_PKG_VERSION").to_owned(),
    )];
    if let Some(authors) = &info.authors {
        add.authors = AddMetadataField::Set(Authors::new(authors.clone()));
    }
    if let Some(license) = &info.license {
        let licenses = Licenses::new(license)
            .map_err(|e| format!("`package.license` `{license}` is not an SPDX expression: {e}"))?;
        add.licenses = AddMetadataField::Set(licenses);
    }
    if let Some(repository) = &info.repository {
        let source = Source::new(repository)
            .map_err(|e| format!("`package.repository` `{repository}` is not a URL: {e}"))?;
        add.source = AddMetadataField::Set(source);
    }
    if let Some(description) = &info.description {
        add.description = AddMetadataField::Set(Description::new(description.clone()));
    }
    add.to_wasm(component).map_err(|e| format!("{e:#}"))
}

/// The metadata embedded in a component, as `(field, value)` pairs for display.
pub fn read_embedded(component: &[u8]) -> Vec<(&'static str, String)> {
    let Ok(payload) = wasm_metadata::Payload::from_binary(component) else {
        return Vec::new();
    };
    let m = payload.metadata();
    let mut out = Vec::new();
    let mut push = |field, value: Option<String>| {
        if let Some(v) = value {
            out.push((field, v));
        }
    };
    push("name", m.name.clone());
    push("version", m.version.as_ref().map(ToString::to_string));
    push("authors", m.authors.as_ref().map(ToString::to_string));
    push("licenses", m.licenses.as_ref().map(ToString::to_string));
    push("source", m.source.as_ref().map(ToString::to_string));
    push("description", m.description.as_ref().map(ToString::to_string));
    out
}
