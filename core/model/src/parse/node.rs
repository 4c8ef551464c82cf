//! A YAML 1.2 (core schema) document tree that remembers where every value was written.
//!
//! JSON is read through the same tree (JSON is YAML 1.2 flow syntax), so both formats give the
//! same field paths and positions in errors.

use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

use super::Position;
use super::error::{ErrorKind, ParseError};

/// A value with the position where it starts.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Node {
    pub value: Value,
    pub pos: Position,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<(Key, Node)>),
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Key {
    pub name: String,
    pub pos: Position,
}

impl Value {
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Int(_) => "an integer",
            Value::Float(_) => "a number",
            Value::Str(_) => "a string",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }
}

/// Limits on what one document may hold, checked while it is read.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TreeLimits {
    pub max_depth: usize,
    pub max_string_bytes: usize,
}

fn position(mark: &Marker) -> Position {
    Position {
        line: mark.line(),
        column: mark.col() + 1,
    }
}

pub(crate) fn read(source: &str, limits: TreeLimits) -> Result<Node, ParseError> {
    let mut parser = Parser::new_from_str(source);
    let end = super::lines::position_of(source, source.len());
    let mut builder = Builder {
        stack: Vec::new(),
        root: None,
        limits,
    };
    loop {
        let (event, mark) = parser.next_token().map_err(|e| {
            // The scanner may place an error at the end of the input on a line of its own
            // making; the byte it stopped at is always inside the source.
            let index = e.marker().index();
            let offset = source
                .char_indices()
                .nth(index)
                .map_or(source.len(), |(b, _)| b);
            let pos = super::lines::position_of(source, offset);
            ParseError::at(ErrorKind::Syntax(e.info().to_owned()), pos)
        })?;
        // The reader marks the end of the input on a line past the last; stay inside.
        let pos = position(&mark).min(end);
        match event {
            Event::StreamEnd => break,
            Event::StreamStart | Event::Nothing | Event::DocumentEnd => {}
            Event::DocumentStart => {
                if builder.root.is_some() {
                    return Err(ParseError::at(ErrorKind::MultipleDocuments, pos));
                }
            }
            Event::Alias(_) => return Err(ParseError::at(ErrorKind::Alias, pos)),
            Event::Scalar(text, style, _anchor, tag) => {
                let tag = tag.map(|t| format!("{}{}", t.handle, t.suffix));
                let value = scalar(text, style, tag.as_deref(), pos, limits)?;
                builder.push_value(Node { value, pos })?;
            }
            Event::SequenceStart(..) => builder.open(Value::Seq(Vec::new()), pos)?,
            Event::MappingStart(..) => builder.open(Value::Map(Vec::new()), pos)?,
            Event::SequenceEnd | Event::MappingEnd => builder.close()?,
        }
    }
    builder
        .root
        .ok_or_else(|| ParseError::at(ErrorKind::Empty, Position { line: 1, column: 1 }))
}

struct Builder {
    /// Open collections, with the key a mapping is waiting to pair.
    stack: Vec<(Node, Option<Key>)>,
    root: Option<Node>,
    limits: TreeLimits,
}

impl Builder {
    fn open(&mut self, value: Value, pos: Position) -> Result<(), ParseError> {
        if self.stack.len() >= self.limits.max_depth {
            return Err(ParseError::at(
                ErrorKind::TooDeep(self.limits.max_depth),
                pos,
            ));
        }
        self.stack.push((Node { value, pos }, None));
        Ok(())
    }

    fn close(&mut self) -> Result<(), ParseError> {
        let (node, _) = self.stack.pop().expect("the parser balances collections");
        self.push_value(node)
    }

    fn push_value(&mut self, node: Node) -> Result<(), ParseError> {
        let Some((parent, pending_key)) = self.stack.last_mut() else {
            self.root = Some(node);
            return Ok(());
        };
        match &mut parent.value {
            Value::Seq(items) => items.push(node),
            Value::Map(entries) => match pending_key.take() {
                None => {
                    let name = key_name(&node)?;
                    if entries.iter().any(|(k, _)| k.name == name) {
                        return Err(ParseError::at(ErrorKind::DuplicateKey(name), node.pos));
                    }
                    // A block mapping's start is reported after its first key; errors about
                    // the mapping as a whole read better at the key.
                    if entries.is_empty() && node.pos < parent.pos {
                        parent.pos = node.pos;
                    }
                    *pending_key = Some(Key {
                        name,
                        pos: node.pos,
                    });
                }
                Some(key) => entries.push((key, node)),
            },
            _ => unreachable!("only collections are pushed on the stack"),
        }
        Ok(())
    }
}

fn key_name(node: &Node) -> Result<String, ParseError> {
    match &node.value {
        Value::Str(s) => Ok(s.clone()),
        Value::Bool(b) => Ok(b.to_string()),
        Value::Int(i) => Ok(i.to_string()),
        other => Err(ParseError::at(
            ErrorKind::ComplexKey(other.kind()),
            node.pos,
        )),
    }
}

fn scalar(
    text: String,
    style: TScalarStyle,
    tag: Option<&str>,
    pos: Position,
    limits: TreeLimits,
) -> Result<Value, ParseError> {
    if text.len() > limits.max_string_bytes {
        return Err(ParseError::at(
            ErrorKind::StringTooLong(limits.max_string_bytes),
            pos,
        ));
    }
    match tag {
        None => {}
        Some("!!str") => return Ok(Value::Str(text)),
        Some(other) => return Err(ParseError::at(ErrorKind::Tag(other.to_owned()), pos)),
    }
    if style != TScalarStyle::Plain {
        return Ok(Value::Str(text));
    }
    Ok(resolve_plain(text))
}

/// Resolves a plain scalar by the YAML 1.2 core schema: `yes`, `on` and dates stay strings.
fn resolve_plain(text: String) -> Value {
    match text.as_str() {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => {
            return Value::Float(f64::INFINITY);
        }
        "-.inf" | "-.Inf" | "-.INF" => return Value::Float(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Value::Float(f64::NAN),
        _ => {}
    }
    if let Some(int) = core_int(&text) {
        return Value::Int(int);
    }
    if is_core_float(&text)
        && let Ok(f) = text.parse::<f64>()
    {
        return Value::Float(f);
    }
    Value::Str(text)
}

fn core_int(text: &str) -> Option<i128> {
    if let Some(oct) = text.strip_prefix("0o") {
        return i128::from_str_radix(oct, 8).ok();
    }
    if let Some(hex) = text.strip_prefix("0x") {
        return i128::from_str_radix(hex, 16).ok();
    }
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// `[-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`
fn is_core_float(text: &str) -> bool {
    let s = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match mantissa.split_once('.') {
        Some(("", frac)) => digits(frac),
        Some((int, frac)) => digits(int) && (frac.is_empty() || digits(frac)),
        None => digits(mantissa),
    };
    let exponent_ok = exponent.is_none_or(|e| digits(e.strip_prefix(['-', '+']).unwrap_or(e)));
    mantissa_ok && exponent_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: &str) -> Value {
        resolve_plain(s.to_owned())
    }

    #[test]
    fn resolves_the_core_schema() {
        assert_eq!(plain("yes"), Value::Str("yes".into()));
        assert_eq!(plain("on"), Value::Str("on".into()));
        assert_eq!(plain("no"), Value::Str("no".into()));
        assert_eq!(plain("True"), Value::Bool(true));
        assert_eq!(plain("~"), Value::Null);
        assert_eq!(plain("0x1f"), Value::Int(31));
        assert_eq!(plain("-12"), Value::Int(-12));
        assert_eq!(plain("1.5e3"), Value::Float(1500.0));
        assert_eq!(plain(".5"), Value::Float(0.5));
        assert_eq!(plain("2026-03-01"), Value::Str("2026-03-01".into()));
        assert_eq!(plain("1_000"), Value::Str("1_000".into()));
    }
}
