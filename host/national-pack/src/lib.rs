//! The built-in rule packs, compiled from `guest-rules/` when this crate is built.
//!
//! The national pack (`cn-measures`: one component per article of the Measures,
//! 《人脸识别技术应用安全管理办法》) is the default of every frt host and stays available as
//! [`COMPONENTS`]. Beside it, named packs hold the other instruments (see [`PACKS`] and
//! `src/membership.rs`, which assigns rule crates to packs by name prefix):
//!
//! | pack | instruments |
//! |---|---|
//! | `cn-measures` | the Measures (`cn-frt-*`) |
//! | `cn-national-law` | PIPL, SPC 2021 face-recognition provisions (`cn-pipl-*`, `cn-spc-*`) |
//! | `cn-regional` | Shanghai, Shenzhen, Hangzhou, Tianjin regulations (`cn-sh-*`, `cn-sz-*`, `cn-hz-*`, `cn-tj-*`) |
//! | `us-states` | Illinois BIPA, Texas CUBI (`us-*`) |
//! | `eu` | EU AI Act Art. 5 (`eu-*`) |
//!
//! Pack names are stable: hosts and users select packs by them (`frt check --pack NAME`).
//! All components are built in one nested cargo invocation. Hosts load these bytes like any
//! other component, through the same checks; being built in only spares users files to ship.

#![deny(missing_docs)]

include!("membership.rs");

/// A built-in pack.
#[derive(Debug, Clone, Copy)]
pub struct Pack {
    /// Stable name, such as `cn-regional`.
    pub name: &'static str,
    /// English and Chinese title.
    pub title: (&'static str, &'static str),
    /// The components, by package name.
    pub components: &'static [(&'static str, &'static [u8])],
}

include!(concat!(env!("OUT_DIR"), "/pack.rs"));

/// The national pack's components (the `cn-measures` pack), by package name.
pub static COMPONENTS: &[(&str, &[u8])] = CN_MEASURES;
