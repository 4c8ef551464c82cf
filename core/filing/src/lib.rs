//! The Art. 15 filing helper: from a declaration, what a personal information handler needs
//! for the provincial cyberspace office (省级网信部门).
//!
//! [`guide`] says whether filing is due, the deadline (30 working days from the day the stored
//! count reached 100,000 persons, on the State Council's holiday schedule from
//! [`frt_sdk::calendar`], the same calendar the Art. 15 rule uses), the office, and for each of
//! the five materials of Art. 15(1) what the declaration already states and what is missing.
//! [`FilingGuide::to_markdown`] renders it in Chinese and English; the type serialises to JSON.
//! Pure Rust with no runtime, so a browser can run it too.
//!
//! The applicability gates (territory, research, anonymised output, entry into force) are
//! the check's business (`frt check`); this helper assumes the Measures apply.
//!
//! ```
//! let source = "schema: frt/declaration/v1\nid: gate-7\nsubjects: { persons_stored: 120000, threshold_reached_on: 2026-02-02 }\n";
//! let declaration = frt_model::parse::parse(source, frt_model::parse::Format::Yaml)?.declaration;
//! let guide = frt_filing::guide(&declaration, "2026-03-01".parse()?);
//! assert_eq!(guide.status, frt_filing::DueStatus::Due);
//! assert_eq!(guide.deadline, Some("2026-03-20".parse()?));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#![deny(missing_docs)]

mod guide;
mod markdown;
mod materials;
mod office;

pub use guide::{DueStatus, Fact, FilingGuide, Material, THRESHOLD, WORKING_DAYS, guide};
pub use office::office;
