//! The frt data model: the deployment declaration and the vocabulary of findings.
//!
//! This crate is what every part of frt agrees on. Hosts read declarations with it, rule
//! components (compiled to WebAssembly) decode the declaration the host hands them into the
//! same types, and reports are assembled from its [`Finding`]s. It has no WebAssembly runtime
//! in it, so it builds for any target.
//!
//! # Concepts
//!
//! - A [`Declaration`] (`frt/declaration/v1`) states the facts of one facial-recognition
//!   deployment. An absent field is an *unknown* fact, never a default.
//! - A [`Finding`] is one obligation as a rule decided it: a [`Status`], a [`Severity`], a
//!   bilingual message ([`Localized`]) and the JSON Pointers it rests on.
//! - A [`RuleDescription`] is what a rule says about itself: id, version, instrument, the
//!   articles it applies with their text, and where and from when it applies.
//! - [`select`] decides which rules reach a declaration's place and date: pure, so every
//!   host (and the browser) selects the same rules.
//!
//! # Example
//!
//! ```
//! # #[cfg(feature = "parse")] {
//! use frt_model::parse::{parse, Format};
//!
//! let parsed = parse("schema: frt/declaration/v1\nid: gate-7\nsiting: { venue: park }\n", Format::Yaml)?;
//! assert_eq!(parsed.declaration.id, "gate-7");
//! assert_eq!(parsed.source_map.locate("/siting/venue").line, 3);
//!
//! let err = parse("schema: frt/declaration/v1\nid: gate-7\nsiting: { venue: prak }\n", Format::Yaml)
//!     .unwrap_err();
//! assert_eq!(err.path(), Some("/siting/venue"));
//! assert_eq!(err.help().unwrap().split('?').next(), Some("did you mean `park`"));
//! # }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#![deny(missing_docs)]

mod date;
mod declaration;
mod finding;
#[cfg(feature = "parse")]
pub mod parse;
mod rule;
pub mod select;

pub use date::{Date, InvalidDate, Weekday};
pub use declaration::*;
pub use finding::{Finding, Lang, Localized, Severity, Status};
pub use rule::{ArticleText, Jurisdiction as RuleJurisdiction, RuleDescription};

/// JSON Schemas for the declaration and the rule description.
#[cfg(feature = "schema")]
pub fn declaration_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Declaration)).expect("a schema is JSON")
}
