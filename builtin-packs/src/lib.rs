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
//!
//! The build packs each group with `frt-pack` into [`Pack::file`], a signed `frt/pack/v1`
//! file like the ones `frt pack` writes, signed with a key made for that build alone
//! ([`PUBLIC_KEY`]): the host verifies each pack's signature and digests before loading it,
//! so a damaged binary is refused, but the key proves nothing about who built it (an
//! open-source build keeps no secret). The `components` of each pack hold the same component
//! bytes, one by one, for tests that load or alter single rules.

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
    /// The same components as one signed rule pack (`frt/pack/v1`), verified by
    /// [`PUBLIC_KEY`].
    pub file: &'static [u8],
}

include!(concat!(env!("OUT_DIR"), "/pack.rs"));

/// The national pack's components (the `cn-measures` pack), by package name.
pub static COMPONENTS: &[(&str, &[u8])] = CN_MEASURES;

/// The national pack (`cn-measures`) as one signed rule pack file.
pub static PACK: &[u8] = CN_MEASURES_FILE;
