//! The frt rule SDK: write a rule as a plain Rust type, test it natively, ship it as a
//! sandboxed WebAssembly component.
//!
//! A rule decides the obligations of one article (or a tightly related group of articles) for
//! one deployment declaration. Hosts load rules as components of the `frt:rule` world, which
//! imports nothing; this crate hides that boundary.
//!
//! # Concepts
//!
//! - [`Rule`]: the one trait. `describe` says what the rule is; `check` decides every
//!   obligation for an [`Input`] (the typed [`Declaration`] with its `as_of` date).
//! - [`Obligation`]: a duty the rule decides, with a stable id, its place in the article and a
//!   severity. Its builders ([`Obligation::satisfied`], [`Obligation::violation`], …) make
//!   [`Finding`]s; [`FindingBuilder::evidence`] and [`FindingBuilder::remediation`] finish them.
//! - [`measures`]: what every rule of the Measures shares: the applicability gates of
//!   Arts. 2, 19 and 20 and the handling of entrusted processors.
//! - [`law`]: what rules of other instruments (PIPL, regional regulations, foreign law)
//!   share: the effective-date and jurisdiction gates, unconfirmed citations, and
//!   [`law::require`] for a duty one fact decides.
//! - [`facts`]: facts several instruments turn on (a way in without face recognition, use
//!   limited to public safety, grounded disclosure), read the same way by every rule.
//! - [`calendar`]: PRC working days, for deadlines counted in 工作日.
//! - [`export_rule!`]: turns the type into the component's exports.
//! - Memory: on WebAssembly the SDK sets the component's global allocator (dlmalloc, using
//!   the initial memory `frt-guest-build` gives a component before growing it), which keeps
//!   a check free of `memory.grow` and the host's instances cheap to recycle. A rule crate
//!   sets no allocator of its own.
//! - `testing` (feature `testing`): run a rule on a YAML fixture in a unit test.
//!
//! # Example
//!
//! ```
//! use frt_sdk::prelude::*;
//!
//! const SIGNAGE: Obligation = Obligation::new("acme-1-signage", "1")
//!     .severity(Severity::Medium)
//!     .title("A sign warns people", "设置提示标识");
//!
//! struct Signage;
//!
//! impl Rule for Signage {
//!     fn describe() -> RuleDescription {
//!         describe("acme-signage", "0.1.0", "ACME-2026")
//!             .title("Signs", "提示标识")
//!             .article("1", "Devices shall be signposted.", "设备应当设置提示标识。")
//!             .build()
//!     }
//!
//!     fn obligations() -> &'static [Obligation] {
//!         &[SIGNAGE]
//!     }
//!
//!     fn check(input: &Input) -> Vec<Finding> {
//!         let finding = match input.siting.as_ref().and_then(|s| s.signage) {
//!             Some(true) => SIGNAGE.satisfied("A sign warns people.", "已设置提示标识。"),
//!             Some(false) => SIGNAGE
//!                 .violation("No sign warns people.", "未设置提示标识。")
//!                 .remediation("Put up a sign.", "设置提示标识。"),
//!             None => SIGNAGE
//!                 .needs_review("Signage is not stated.", "未说明是否设置提示标识。")
//!                 .remediation("State `siting.signage`.", "填写 `siting.signage`。"),
//!         };
//!         vec![finding.evidence("/siting/signage").into()]
//!     }
//! }
//!
//! frt_sdk::export_rule!(Signage);
//!
//! let declaration = Declaration {
//!     schema: "frt/declaration/v1".into(),
//!     id: "gate-7".into(),
//!     as_of: Some("2026-05-01".parse().unwrap()),
//!     ..Default::default()
//! };
//! let findings = Signage::check(&Input::new(&declaration).unwrap());
//! assert_eq!(findings[0].status, Status::NeedsReview);
//! ```

#![deny(missing_docs)]

// The generated bindings name this crate by its path, inside it as well as in rule crates.
extern crate self as frt_sdk;

pub mod calendar;
mod describe;
pub mod facts;
#[doc(hidden)]
pub mod guest;
pub mod law;
pub mod measures;
pub mod notice;
mod obligation;
#[cfg(feature = "testing")]
pub mod testing;
pub mod text;

use std::ops::Deref;

/// The allocator of every rule component: dlmalloc, as the standard library uses, but a
/// version that first hands out the memory the component is instantiated with (sized by
/// `frt-guest-build`) and only then grows it. A check then runs without `memory.grow`, so the
/// host can recycle an instance's memory without changing page protections, which would
/// serialise every thread of the host on its address space.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: dlmalloc::GlobalDlmalloc = dlmalloc::GlobalDlmalloc;

pub use describe::{DescriptionBuilder, describe};
pub use frt_model::{
    self as model, ArticleText, Date, Declaration, Finding, Localized, RuleDescription,
    RuleJurisdiction, Severity, Status,
};
pub use obligation::{FindingBuilder, Obligation};

/// A rule: one article (or a tightly related group) decided for one declaration.
pub trait Rule {
    /// What the rule is: id, version, instrument, articles with their text, jurisdictions.
    fn describe() -> RuleDescription;

    /// Every obligation the rule decides, in the order of the text.
    fn obligations() -> &'static [Obligation];

    /// Decides the obligations for `input`. A rule is a pure function of its input.
    fn check(input: &Input) -> Vec<Finding>;
}

/// A declaration as a rule sees it: validated by the host and with its `as_of` date set.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    declaration: &'a Declaration,
    /// The day the assessment speaks for. Rules never read a clock.
    pub as_of: Date,
}

/// Why a declaration cannot be given to a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingAsOf;

impl std::fmt::Display for MissingAsOf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the declaration has no `as_of` date; the host sets it before any rule runs")
    }
}

impl std::error::Error for MissingAsOf {}

impl<'a> Input<'a> {
    /// The input for `declaration`, which must carry its `as_of` date.
    pub fn new(declaration: &'a Declaration) -> Result<Input<'a>, MissingAsOf> {
        let as_of = declaration.as_of.ok_or(MissingAsOf)?;
        Ok(Input { declaration, as_of })
    }

    /// The declaration.
    pub fn declaration(&self) -> &'a Declaration {
        self.declaration
    }
}

impl Deref for Input<'_> {
    type Target = Declaration;

    fn deref(&self) -> &Declaration {
        self.declaration
    }
}

/// Everything a rule module usually needs.
pub mod prelude {
    pub use crate::facts;
    pub use crate::law::{self, Words};
    pub use crate::measures::{self, Gate};
    pub use crate::model::{self, *};
    pub use crate::{FindingBuilder, Input, Obligation, Rule, describe};
}
