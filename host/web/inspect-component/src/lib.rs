//! Refusing, before it runs, a component the native host refuses: one that imports anything
//! (with the native host's words), or one whose `describe` and `check` are not the contract's.
//! Built into the `frt:web-inspect` component (`wit/inspect.wit`) for the browser host, which
//! loads it only when a user adds a rule.

#![deny(missing_docs)]

use wasmparser::component_types::{ComponentDefinedType, ComponentValType};
use wasmparser::{
    ComponentExternalKind, ComponentTypeRef, Parser, Payload, PrimitiveValType, Validator,
    WasmFeatures,
};

/// Refuses the component `bytes` (called `name` in the message) if it imports anything,
/// naming the first import as the native host's loader does, or if it lacks the contract's
/// `describe: func()` and `check: func(declaration: string)`.
pub fn refuse_imports(name: &str, bytes: &[u8]) -> Result<(), String> {
    let invalid = |e: wasmparser::BinaryReaderError| {
        format!("`{name}` is not a valid WebAssembly component: {e}")
    };
    let types = Validator::new_with_features(WasmFeatures::all())
        .validate_all(bytes)
        .map_err(invalid)?;
    let mut depth = 0usize;
    let mut funcs = Vec::new();
    for payload in Parser::new(0).parse_all(bytes) {
        match payload.map_err(invalid)? {
            Payload::ModuleSection { .. } | Payload::ComponentSection { .. } => depth += 1,
            Payload::End(_) => depth = depth.saturating_sub(1),
            Payload::ComponentImportSection(section) if depth == 0 => {
                for import in section {
                    let import = import.map_err(invalid)?;
                    let kind = match import.ty {
                        // A type import names a type, not a capability: wasmtime lists no
                        // such import either.
                        ComponentTypeRef::Type(_) => continue,
                        ComponentTypeRef::Func(_) => "function",
                        ComponentTypeRef::Instance(_) => "interface",
                        _ => "item",
                    };
                    return Err(frt_report::contract::import_refusal(
                        name,
                        kind,
                        import.name.name,
                    ));
                }
            }
            Payload::ComponentExportSection(section) if depth == 0 => {
                for export in section {
                    let export = export.map_err(invalid)?;
                    if export.kind == ComponentExternalKind::Func {
                        funcs.push((export.name.name.to_owned(), export.index));
                    }
                }
            }
            _ => {}
        }
    }
    let wrong = |what: String| {
        Err(format!(
            "`{name}` does not implement the `frt:rule@0.1.0` world: {what}"
        ))
    };
    let types = types.as_ref();
    for (export, params) in [("describe", 0), ("check", 1)] {
        let Some(&(_, index)) = funcs.iter().find(|(n, _)| n == export) else {
            return wrong(format!("no exported function `{export}`"));
        };
        let ty = &types[types.component_function_at(index)];
        if ty.params.len() != params {
            return wrong(format!(
                "type-checking export func `{export}`: expected {params} parameters, found {}",
                ty.params.len()
            ));
        }
        if let Some((_, param)) = ty.params.first() {
            let found = match param {
                ComponentValType::Primitive(PrimitiveValType::String) => continue,
                ComponentValType::Primitive(p) => format!("{p:?}").to_lowercase(),
                ComponentValType::Type(id) => match &types[*id] {
                    ComponentDefinedType::List { .. } => "list".to_owned(),
                    ComponentDefinedType::Record(_) => "record".to_owned(),
                    ComponentDefinedType::Variant(_) => "variant".to_owned(),
                    ComponentDefinedType::Option { .. } => "option".to_owned(),
                    ComponentDefinedType::Result { .. } => "result".to_owned(),
                    _ => "another type".to_owned(),
                },
            };
            return wrong(format!(
                "type-checking export func `{export}`: expected `string` found `{found}`"
            ));
        }
    }
    Ok(())
}

#[allow(missing_docs, unsafe_code, clippy::all)]
mod bindings {
    wit_bindgen::generate!({
        path: "wit",
        world: "inspect",
    });
}

#[allow(unsafe_code)]
mod exports {
    use super::Inspect;
    use super::bindings;
    bindings::export!(Inspect with_types_in bindings);
}

struct Inspect;

impl bindings::Guest for Inspect {
    fn refuse_imports(name: String, component: Vec<u8>) -> Result<(), String> {
        refuse_imports(&name, &component)
    }
}
