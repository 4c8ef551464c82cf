//! What `frt-bench` measures, as a library its tests share: the national pack's rule crates
//! called natively, the Rego peer of Arts. 8, 13 and 15 evaluated by regorus, the
//! declarations measured, and the statistics.
//!
//! See `BENCHMARKS.md` at the root of the repository for the method and the numbers.

#![deny(missing_docs)]

pub mod declarations;
pub mod encodings;
pub mod native;
pub mod rego;
pub mod stats;

/// The rule ids of the shared subset: the articles the Rego peer decides too.
pub const SHARED: [&str; 3] = ["cn-frt-art8", "cn-frt-art13", "cn-frt-art15"];
