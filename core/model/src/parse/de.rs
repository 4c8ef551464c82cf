//! A serde `Deserializer` over the positioned tree, so every error knows its field path and
//! source position, and unknown keys and values are caught with the list of allowed ones.

use std::fmt::Display;

use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor};

use super::error::{ErrorKind, ParseError};
use super::node::{Key, Node, Value};

impl de::Error for ParseError {
    fn custom<T: Display>(msg: T) -> ParseError {
        ParseError::new(ErrorKind::InvalidValue(msg.to_string()))
    }

    fn missing_field(field: &'static str) -> ParseError {
        ParseError::new(ErrorKind::MissingField(field))
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> ParseError {
        ParseError::new(ErrorKind::UnknownValue {
            value: variant.to_owned(),
            expected: expected.to_vec(),
        })
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> ParseError {
        ParseError::new(ErrorKind::UnknownField {
            field: field.to_owned(),
            expected: expected.to_vec(),
        })
    }
}

/// Escapes a key for a JSON Pointer (RFC 6901).
pub(crate) fn pointer_token(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

pub(crate) struct NodeDe<'a> {
    pub node: &'a Node,
    pub path: String,
}

impl<'a> NodeDe<'a> {
    fn child(&self, node: &'a Node, token: &str) -> NodeDe<'a> {
        NodeDe {
            node,
            path: format!("{}/{}", self.path, pointer_token(token)),
        }
    }

    fn place(&self, err: ParseError) -> ParseError {
        err.with_place(&self.path, self.node.pos)
    }

    fn wrong_type(&self, expected: &str) -> ParseError {
        let found = match &self.node.value {
            Value::Bool(b) => format!("a boolean `{b}`"),
            Value::Int(i) => format!("an integer `{i}`"),
            Value::Float(f) => format!("a number `{f}`"),
            Value::Str(s) => format!("a string `{s}`"),
            other => other.kind().to_owned(),
        };
        self.place(ParseError::new(ErrorKind::InvalidType {
            expected: expected.to_owned(),
            found,
        }))
    }

    fn unsigned(&self, max: u64) -> Result<u64, ParseError> {
        match self.node.value {
            Value::Int(i) if (0..=i128::from(max)).contains(&i) => Ok(i as u64),
            Value::Int(i) => {
                let range = if max == u64::MAX {
                    "0 or more".to_owned()
                } else {
                    format!("from 0 to {max}")
                };
                Err(self.place(ParseError::new(ErrorKind::InvalidValue(format!(
                    "`{i}` is out of range, expected a whole number {range}"
                )))))
            }
            _ => Err(self.wrong_type("a whole number")),
        }
    }

    fn signed(&self) -> Result<i64, ParseError> {
        match self.node.value {
            Value::Int(i) => i64::try_from(i).map_err(|_| {
                self.place(ParseError::new(ErrorKind::InvalidValue(format!(
                    "`{i}` is out of range"
                ))))
            }),
            _ => Err(self.wrong_type("a whole number")),
        }
    }
}

macro_rules! unsigned {
    ($($method:ident => $ty:ty, $visit:ident;)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ParseError> {
            let n = self.unsigned(<$ty>::MAX as u64)?;
            visitor.$visit(n as $ty).map_err(|e| self.place(e))
        }
    )*};
}

macro_rules! signed {
    ($($method:ident),*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ParseError> {
            let n = self.signed()?;
            visitor.visit_i64(n).map_err(|e| self.place(e))
        }
    )*};
}

impl<'de, 'a> de::Deserializer<'de> for NodeDe<'a> {
    type Error = ParseError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ParseError> {
        let result = match &self.node.value {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Int(i) => match (i64::try_from(*i), u64::try_from(*i)) {
                (Ok(n), _) => visitor.visit_i64(n),
                (_, Ok(n)) => visitor.visit_u64(n),
                _ => visitor.visit_f64(*i as f64),
            },
            Value::Float(f) => visitor.visit_f64(*f),
            Value::Str(s) => visitor.visit_str(s),
            Value::Seq(items) => visitor.visit_seq(Seq {
                de: &self,
                items: items.iter().enumerate(),
            }),
            Value::Map(entries) => visitor.visit_map(Map {
                de: &self,
                entries: entries.iter(),
                value: None,
            }),
        };
        result.map_err(|e| self.place(e))
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ParseError> {
        match self.node.value {
            Value::Bool(b) => visitor.visit_bool(b).map_err(|e| self.place(e)),
            _ => Err(self.wrong_type("a boolean")),
        }
    }

    unsigned! {
        deserialize_u8 => u8, visit_u8;
        deserialize_u16 => u16, visit_u16;
        deserialize_u32 => u32, visit_u32;
        deserialize_u64 => u64, visit_u64;
    }

    signed!(
        deserialize_i8,
        deserialize_i16,
        deserialize_i32,
        deserialize_i64
    );

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ParseError> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ParseError> {
        let n = match self.node.value {
            Value::Int(i) => i as f64,
            Value::Float(f) if f.is_finite() => f,
            Value::Float(_) => {
                return Err(self.place(ParseError::new(ErrorKind::InvalidValue(
                    "expected a finite number".to_owned(),
                ))));
            }
            _ => return Err(self.wrong_type("a number")),
        };
        visitor.visit_f64(n).map_err(|e| self.place(e))
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ParseError> {
        match &self.node.value {
            Value::Str(s) => visitor.visit_str(s).map_err(|e| self.place(e)),
            _ => Err(self.wrong_type("a string")),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ParseError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ParseError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ParseError> {
        match self.node.value {
            Value::Null => visitor.visit_none().map_err(|e| self.place(e)),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ParseError> {
        match &self.node.value {
            Value::Seq(items) => visitor
                .visit_seq(Seq {
                    de: &self,
                    items: items.iter().enumerate(),
                })
                .map_err(|e| self.place(e)),
            _ => Err(self.wrong_type("a list")),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ParseError> {
        match &self.node.value {
            Value::Map(entries) => visitor
                .visit_map(Map {
                    de: &self,
                    entries: entries.iter(),
                    value: None,
                })
                .map_err(|e| self.place(e)),
            _ => Err(self.wrong_type("a mapping")),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ParseError> {
        let Value::Map(entries) = &self.node.value else {
            return Err(self.wrong_type("a mapping"));
        };
        if let Some((key, _)) = entries
            .iter()
            .find(|(k, _)| !fields.contains(&k.name.as_str()))
        {
            let err = ParseError::new(ErrorKind::UnknownField {
                field: key.name.clone(),
                expected: fields.to_vec(),
            });
            let path = format!("{}/{}", self.path, pointer_token(&key.name));
            return Err(err.with_place(&path, key.pos));
        }
        self.deserialize_map(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ParseError> {
        let Value::Str(s) = &self.node.value else {
            let expected = format!("one of {}", quoted(variants));
            return Err(self.wrong_type(&expected));
        };
        if !variants.contains(&s.as_str()) {
            return Err(self.place(ParseError::new(ErrorKind::UnknownValue {
                value: s.clone(),
                expected: variants.to_vec(),
            })));
        }
        visitor
            .visit_enum(s.as_str().into_deserializer())
            .map_err(|e| self.place(e))
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ParseError> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        i128 u128 char bytes byte_buf unit unit_struct newtype_struct tuple tuple_struct
    }
}

fn quoted(items: &[&str]) -> String {
    items
        .iter()
        .map(|s| format!("`{s}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

struct Seq<'a, 'b, I> {
    de: &'b NodeDe<'a>,
    items: I,
}

impl<'de, 'a, I: Iterator<Item = (usize, &'a Node)>> SeqAccess<'de> for Seq<'a, '_, I> {
    type Error = ParseError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, ParseError> {
        match self.items.next() {
            None => Ok(None),
            Some((index, node)) => seed
                .deserialize(self.de.child(node, &index.to_string()))
                .map(Some),
        }
    }
}

struct Map<'a, 'b, I> {
    de: &'b NodeDe<'a>,
    entries: I,
    value: Option<(&'a Key, &'a Node)>,
}

impl<'de, 'a, I: Iterator<Item = &'a (Key, Node)>> MapAccess<'de> for Map<'a, '_, I> {
    type Error = ParseError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, ParseError> {
        let Some((key, node)) = self.entries.next() else {
            return Ok(None);
        };
        self.value = Some((key, node));
        let de: de::value::StrDeserializer<'_, ParseError> = key.name.as_str().into_deserializer();
        seed.deserialize(de).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, ParseError> {
        let (key, node) = self
            .value
            .take()
            .expect("serde asks for a value after its key");
        seed.deserialize(self.de.child(node, &key.name))
    }
}
