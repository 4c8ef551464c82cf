//! Reading a declaration from YAML or JSON source.
//!
//! The source is read once into a tree that remembers positions, then deserialised into
//! [`Declaration`] and checked. Every error names the field path (a JSON Pointer) and the line
//! and column, and unknown keys or values come with the allowed ones and a "did you mean".

mod de;
mod error;
mod lines;
mod node;
mod validate;

use std::collections::BTreeMap;

use serde::Deserialize;

pub use error::{ErrorKind, ParseError};
pub use lines::{line_count, source_line};

use crate::Declaration;
use node::{Node, TreeLimits, Value};

/// A line and column in a source file, both counted from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// The line, from 1.
    pub line: usize,
    /// The column (in characters), from 1.
    pub column: usize,
}

impl std::fmt::Display for Position {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// The syntax of a declaration's source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// YAML 1.2 (core schema).
    Yaml,
    /// JSON.
    Json,
}

impl Format {
    /// JSON for a `.json` file name, YAML otherwise.
    pub fn from_path(path: &std::path::Path) -> Format {
        match path.extension().and_then(|e| e.to_str()) {
            Some(ext) if ext.eq_ignore_ascii_case("json") => Format::Json,
            _ => Format::Yaml,
        }
    }
}

/// Bounds on what a declaration's source may hold, checked while it is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InputLimits {
    /// The largest source accepted, in bytes.
    pub max_bytes: usize,
    /// The deepest nesting of lists and mappings.
    pub max_depth: usize,
    /// The longest string, in bytes.
    pub max_string_bytes: usize,
}

impl Default for InputLimits {
    /// 1 MiB of source, 32 levels, strings up to 64 KiB: ten times what a large real
    /// declaration needs.
    fn default() -> InputLimits {
        InputLimits {
            max_bytes: 1 << 20,
            max_depth: 32,
            max_string_bytes: 64 << 10,
        }
    }
}

/// A declaration read from source, with the position of each of its fields.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// The declaration.
    pub declaration: Declaration,
    /// Where each field was written.
    pub source_map: SourceMap,
}

/// Where each field of a declaration was written in its source.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SourceMap {
    positions: BTreeMap<String, Position>,
}

impl SourceMap {
    /// The position of the field at `pointer`, or of its nearest ancestor that was written
    /// (so a missing field points at the section that should hold it).
    pub fn locate(&self, pointer: &str) -> Position {
        let mut p = pointer;
        loop {
            if let Some(pos) = self.positions.get(p) {
                return *pos;
            }
            match p.rfind('/') {
                Some(i) => p = &p[..i],
                None => return Position { line: 1, column: 1 },
            }
        }
    }

    /// Whether the field at `pointer` was written.
    pub fn contains(&self, pointer: &str) -> bool {
        self.positions.contains_key(pointer)
    }

    fn record(&mut self, node: &Node, path: String) {
        match &node.value {
            Value::Seq(items) => {
                for (i, item) in items.iter().enumerate() {
                    self.record(item, format!("{path}/{i}"));
                }
            }
            Value::Map(entries) => {
                for (key, value) in entries {
                    let child = format!("{path}/{}", de::pointer_token(&key.name));
                    // A field's place is where its key is written.
                    self.positions.insert(child.clone(), key.pos);
                    self.record(value, child);
                }
            }
            _ => {}
        }
        self.positions.entry(path).or_insert(node.pos);
    }
}

/// Reads a declaration with the default [`InputLimits`].
pub fn parse(source: &str, format: Format) -> Result<Parsed, ParseError> {
    parse_with_limits(source, format, InputLimits::default())
}

/// Reads a declaration, refusing sources beyond `limits`.
pub fn parse_with_limits(
    source: &str,
    format: Format,
    limits: InputLimits,
) -> Result<Parsed, ParseError> {
    let (declaration, source_map) = parse_document::<Declaration>(source, format, limits)?;
    validate::check(&declaration, &source_map)?;
    Ok(Parsed {
        declaration,
        source_map,
    })
}

/// Reads any document type from YAML or JSON source through the same positioned tree as
/// declarations, so its errors name the field path, line and column, unknown keys and values
/// come with the allowed ones, and YAML is read with the core schema. Other `frt` documents
/// (waiver files) are read with it; checks the type cannot express are the caller's, with
/// [`ParseError::invalid_value`] and the returned [`SourceMap`].
pub fn parse_document<T: serde::de::DeserializeOwned>(
    source: &str,
    format: Format,
    limits: InputLimits,
) -> Result<(T, SourceMap), ParseError> {
    if source.len() > limits.max_bytes {
        return Err(ParseError::new(ErrorKind::TooLarge {
            size: source.len(),
            limit: limits.max_bytes,
        }));
    }
    if format == Format::Json {
        check_json_syntax(source)?;
    }
    let tree = node::read(
        source,
        TreeLimits {
            max_depth: limits.max_depth,
            max_string_bytes: limits.max_string_bytes,
        },
    )?;
    let mut source_map = SourceMap::default();
    source_map.record(&tree, String::new());
    let value = T::deserialize(de::NodeDe {
        node: &tree,
        path: String::new(),
    })?;
    Ok((value, source_map))
}

/// JSON's own parser gives JSON users JSON's error messages; the tree is then read by the
/// YAML reader, which accepts every JSON document.
fn check_json_syntax(source: &str) -> Result<(), ParseError> {
    let mut de = serde_json::Deserializer::from_str(source);
    let result = serde::de::IgnoredAny::deserialize(&mut de).and_then(|_| de.end());
    result.map_err(|e| {
        let message = e.to_string();
        let message = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(m, _)| m)
            .to_owned();
        let offset = lines::offset_of_json_position(source, e.line(), e.column());
        ParseError::at(
            ErrorKind::JsonSyntax(message),
            lines::position_of(source, offset),
        )
    })
}
