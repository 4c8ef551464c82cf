//! The frt native host: loads sandboxed rule components with wasmtime and checks deployment
//! declarations against them.
//!
//! # Concepts
//!
//! - A [`Runtime`] owns the compiler and the limits every rule runs under. Make one and share
//!   it: it is cheap to clone and safe to use from many threads.
//! - A [`RulePack`] is a set of loaded rules: the built-in national pack
//!   ([`Runtime::national_pack`]), a directory of `.wasm` components ([`Runtime::load_dir`]) or
//!   components given as bytes ([`Runtime::load_bytes`]) or a signed rule pack file
//!   ([`Runtime::load_pack`], verified against the trusted keys first). Loading refuses a component that
//!   imports anything, one that is not an `frt:rule` component, and one whose
//!   self-description is malformed, naming the file.
//! - A [`Catalog`] holds named packs ([`Runtime::builtin_packs`]: `cn-measures`,
//!   `cn-national-law`, `cn-regional`, `us-states`, `eu`). [`Catalog::check`] runs the packs
//!   whose instruments reach the declaration's `jurisdiction` (or those a [`PackChoice`]
//!   names), and the report lists every pack and why it applied or not.
//! - [`RulePack::check`] evaluates every rule against a declaration, each in a fresh
//!   instance (a trap poisons a wasmtime store, so no store outlives one evaluation), and
//!   assembles a [`Report`]. A rule that traps or returns an error becomes an `error`
//!   finding; the other rules' findings are unaffected.
//! - Every evaluation runs under the runtime's [`Limits`]: fuel and a wall-clock deadline per
//!   call (the deadline is enforced by epoch interruption, driven by a clock thread the
//!   runtime owns and stops when its last clone is dropped), memory and table caps that trap
//!   the rule rather than the host, and caps on the findings and text a rule returns. The
//!   `error` finding names the bound that was broken.
//! - A failed rule is fail-closed by default: the verdict is `non_compliant`.
//!   [`RulePack::check_with_policy`] with [`FailurePolicy::FailOpen`] keeps the `error`
//!   finding but weighs it like `needs_review`, and the report records the policy.
//!
//! # Example
//!
//! ```
//! use frt_runtime::{Runtime, parse, Format};
//!
//! let runtime = Runtime::new()?;
//! let pack = runtime.national_pack()?;
//! let source = "
//! schema: frt/declaration/v1
//! id: changing-room-locker
//! as_of: 2026-05-01
//! jurisdiction: { country: CN }
//! siting: { public_place: true, venue: public_changing_room }
//! ";
//! let declaration = parse(source, Format::Yaml)?.declaration;
//! let report = pack.check(&declaration, None);
//! assert_eq!(report.verdict, frt_runtime::Verdict::NonCompliant);
//! assert!(report.findings.iter().any(|f| f.obligation == "cn-frt-13-private-space"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#![deny(missing_docs)]

mod catalog;
mod engine;
mod error;
mod limits;
mod load;
mod pack;
mod parallel;
mod precompiled;
mod rules;
mod signed;
mod store;
mod ticker;

pub use catalog::{Catalog, NamedPack};
pub use error::LoadError;
pub use frt_model::parse::{Format, InputLimits, ParseError, Parsed, parse, parse_with_limits};
pub use frt_model::{Date, Declaration, RuleDescription};
pub use frt_pack::{PackError, PublicKey, Signer, Trust};
pub use frt_report::select::{PackChoice, UnknownPack};
pub use frt_report::{FailurePolicy, PackSelection, Report, ReportFinding, Verdict};
pub use limits::Limits;
pub use load::Runtime;
pub use pack::{Isolation, LoadedRule, RulePack};
pub use rules::{Rules, listing};
pub use signed::LoadedPack;

/// Today's date in UTC, for declarations without `as_of` when no date is given.
pub fn today_utc() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let epoch = Date::new(1970, 1, 1).expect("a valid date");
    epoch.add_days((secs / 86_400) as i64)
}
