//! The forms a declaration could cross the sandbox boundary in, and what reading each costs a
//! rule, measured natively on the same declarations.
//!
//! JSON text is the contract (`wit/rule.wit`). MessagePack (with field names) and CBOR are
//! self-describing binary forms that would evolve the way JSON does: a rule reads the fields
//! it knows and skips the rest. A typed copy of the parsed declaration is the floor that WIT
//! records could reach: the canonical ABI copies every string into the rule's memory and
//! parses nothing, but every new field of the declaration would change the contract.

use frt_model::Declaration;

/// One declaration in every form measured.
#[derive(Debug, Clone)]
pub struct Encoded {
    /// Compact JSON, as the host gives it to rules.
    pub json: String,
    /// MessagePack, structs as maps with their field names.
    pub msgpack: Vec<u8>,
    /// CBOR.
    pub cbor: Vec<u8>,
}

/// `declaration` in every form.
pub fn encode(declaration: &Declaration) -> anyhow::Result<Encoded> {
    let mut cbor = Vec::new();
    ciborium::into_writer(declaration, &mut cbor)?;
    Ok(Encoded {
        json: serde_json::to_string(declaration)?,
        msgpack: rmp_serde::to_vec_named(declaration)?,
        cbor,
    })
}

/// Reads the JSON form.
pub fn from_json(e: &Encoded) -> anyhow::Result<Declaration> {
    Ok(serde_json::from_str(&e.json)?)
}

/// Reads the MessagePack form.
pub fn from_msgpack(e: &Encoded) -> anyhow::Result<Declaration> {
    Ok(rmp_serde::from_slice(&e.msgpack)?)
}

/// Reads the CBOR form.
pub fn from_cbor(e: &Encoded) -> anyhow::Result<Declaration> {
    Ok(ciborium::from_reader(e.cbor.as_slice())?)
}

/// A form the benchmark reads: its name, how to read it and its size in bytes.
#[derive(Debug, Clone, Copy)]
pub struct Form {
    /// The form's name, as the table prints it.
    pub name: &'static str,
    /// Reads the declaration from this form.
    pub read: fn(&Encoded) -> anyhow::Result<Declaration>,
    /// The bytes of this form.
    pub size: fn(&Encoded) -> usize,
}

/// Every form, the contract's first.
pub const FORMS: [Form; 3] = [
    Form {
        name: "JSON text (the contract)",
        read: from_json,
        size: |e| e.json.len(),
    },
    Form {
        name: "MessagePack, named fields",
        read: from_msgpack,
        size: |e| e.msgpack.len(),
    },
    Form {
        name: "CBOR",
        read: from_cbor,
        size: |e| e.cbor.len(),
    },
];
