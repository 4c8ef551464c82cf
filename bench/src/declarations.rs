//! The declarations measured: the examples and scenarios of the repository, and larger ones
//! made from them.

use std::path::{Path, PathBuf};

use frt_model::Declaration;
use frt_model::parse::{Format, InputLimits, parse_with_limits};

/// The repository root (this crate lives in `bench`).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every `*.yaml` declaration of `examples/declarations` and `tests/scenarios`, by file name.
pub fn repository() -> anyhow::Result<Vec<(String, Declaration)>> {
    let mut out = Vec::new();
    for dir in ["examples/declarations", "tests/scenarios"] {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(root().join(dir))?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<_, _>>()?;
        paths.retain(|p| p.extension().is_some_and(|e| e == "yaml"));
        paths.sort();
        for path in paths {
            let source = std::fs::read_to_string(&path)?;
            let parsed = parse_with_limits(&source, Format::Yaml, InputLimits::default())
                .map_err(|e| anyhow::anyhow!("`{}`: {e}", path.display()))?;
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            out.push((name, parsed.declaration));
        }
    }
    Ok(out)
}

/// `base` grown to about `bytes` bytes of JSON: its free-text facts (the handler's name, the
/// purpose, the citations) padded with text, as a declaration with long descriptions would
/// be. The schema has no unbounded lists of items, so text is what makes a declaration large.
pub fn grown(base: &Declaration, bytes: usize) -> Declaration {
    let mut value = serde_json::to_value(base).expect("a declaration is JSON");
    let have = value.to_string().len();
    let pad = "面部识别设备说明 description of the deployment "
        .repeat(bytes.saturating_sub(have) / 60 + 1);
    let text = &pad[..pad.floor_char_boundary(bytes.saturating_sub(have))];
    value["handler"]["name"] = serde_json::Value::String(text.to_owned());
    serde_json::from_value(value).expect("still a declaration")
}
