//! Errors in a declaration's source, with the place they were found.

use std::fmt;

use super::Position;

/// A declaration that cannot be used, and where the problem is.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    kind: ErrorKind,
    path: Option<String>,
    position: Option<Position>,
}

/// What is wrong with a declaration.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The text is not valid YAML.
    #[error("syntax error: {0}")]
    Syntax(String),
    /// The text is not valid JSON.
    #[error("syntax error: {0}")]
    JsonSyntax(String),
    /// The source is empty.
    #[error("the declaration is empty")]
    Empty,
    /// More than one YAML document.
    #[error("a declaration file holds one document, found a second")]
    MultipleDocuments,
    /// A YAML alias (`*name`).
    #[error("aliases (`*name`) are not supported in declarations")]
    Alias,
    /// A YAML tag other than `!!str`.
    #[error("the tag `{0}` is not supported in declarations")]
    Tag(String),
    /// A mapping key that is a list, mapping or null.
    #[error("a key must be a string, found {0}")]
    ComplexKey(&'static str),
    /// The same key twice in one mapping.
    #[error("duplicate key `{0}`")]
    DuplicateKey(String),
    /// Nesting deeper than the limit.
    #[error("nested deeper than {0} levels")]
    TooDeep(usize),
    /// A string longer than the limit.
    #[error("a string is longer than {0} bytes")]
    StringTooLong(usize),
    /// The source is larger than the limit.
    #[error("the declaration is {size} bytes, more than the limit of {limit} bytes")]
    TooLarge {
        /// The size of the source.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// A key the schema does not know.
    #[error("unknown field `{field}`")]
    UnknownField {
        /// The key as written.
        field: String,
        /// The keys allowed here.
        expected: Vec<&'static str>,
    },
    /// An enum value the schema does not know.
    #[error("unknown value `{value}`")]
    UnknownValue {
        /// The value as written.
        value: String,
        /// The values allowed here.
        expected: Vec<&'static str>,
    },
    /// A required field is absent.
    #[error("missing required field `{0}`")]
    MissingField(&'static str),
    /// A value of the wrong type.
    #[error("expected {expected}, found {found}")]
    InvalidType {
        /// What the schema wants.
        expected: String,
        /// What was written.
        found: String,
    },
    /// A value of the right type that the schema does not allow.
    #[error("{0}")]
    InvalidValue(String),
}

impl ParseError {
    pub(crate) fn at(kind: ErrorKind, position: Position) -> ParseError {
        ParseError {
            kind,
            path: None,
            position: Some(position),
        }
    }

    pub(crate) fn new(kind: ErrorKind) -> ParseError {
        ParseError {
            kind,
            path: None,
            position: None,
        }
    }

    /// A value of the right type that a check beyond the type refuses, at the field
    /// `path` (a JSON Pointer) written at `position`; `message` says why.
    pub fn invalid_value(message: impl Into<String>, path: &str, position: Position) -> ParseError {
        ParseError::new(ErrorKind::InvalidValue(message.into())).with_place(path, position)
    }

    pub(crate) fn with_place(mut self, path: &str, position: Position) -> ParseError {
        if self.path.is_none() {
            self.path = Some(path.to_owned());
        }
        if self.position.is_none() {
            self.position = Some(position);
        }
        self
    }

    /// What is wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The JSON Pointer of the field at fault (`""` for the whole document), when known.
    pub fn path(&self) -> Option<&str> {
        self.path.as_deref()
    }

    /// Where in the source the problem is, when known.
    pub fn position(&self) -> Option<Position> {
        self.position
    }

    /// A hint on how to fix the problem, when there is one.
    pub fn help(&self) -> Option<String> {
        match &self.kind {
            ErrorKind::UnknownField { field, expected } => Some(match closest(field, expected) {
                Some(near) => format!("did you mean `{near}`?"),
                None if expected.is_empty() => "this mapping takes no fields".to_owned(),
                None => format!(
                    "the fields allowed here are {}; vendor-specific data goes under the top-level `extensions`",
                    list(expected)
                ),
            }),
            ErrorKind::UnknownValue { value, expected } => Some(match closest(value, expected) {
                Some(near) => format!("did you mean `{near}`? allowed values: {}", list(expected)),
                None => format!("allowed values: {}", list(expected)),
            }),
            ErrorKind::InvalidType { expected, found } if expected == "a boolean" && found.starts_with("a string") => {
                Some("write `true` or `false`: declarations are read with the YAML 1.2 core schema, where `yes`, `no`, `on` and `off` are strings".to_owned())
            }
            ErrorKind::InvalidType { expected, found } if expected.starts_with("a string") && (found.starts_with("an integer") || found.starts_with("a number") || found.starts_with("a boolean")) => {
                Some("put the value in quotes to make it a string".to_owned())
            }
            ErrorKind::Alias | ErrorKind::Tag(_) => {
                Some("write the value out in full".to_owned())
            }
            ErrorKind::JsonSyntax(_) => Some(
                "look for a missing or trailing comma, or an unquoted key, near this place"
                    .to_owned(),
            ),
            ErrorKind::Syntax(_) => Some("check the indentation, quotes and brackets around this place; a comma inside a `{ ... }` mapping needs the value quoted".to_owned()),
            _ => None,
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.path.as_deref() {
            Some(path) if !path.is_empty() => write!(f, "`{path}`: {}", self.kind),
            _ => write!(f, "{}", self.kind),
        }
    }
}

impl std::error::Error for ParseError {}

fn list(items: &[&str]) -> String {
    items
        .iter()
        .map(|s| format!("`{s}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The allowed spelling closest to `given`, if it is close enough to be a likely typo.
fn closest<'a>(given: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (strsim::jaro_winkler(given, c), *c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}
