//! The national rule pack: one component per article of the Measures
//! (《人脸识别技术应用安全管理办法》), compiled from `guest-rules/` when this crate is built.
//!
//! Hosts load these bytes like any other component, through the same checks; being built in
//! only spares users a file to ship. The pack is the default of every frt host.
//!
//! The build packs the components with `frt-pack` into [`PACK`], a signed `frt/pack/v1` file
//! like the ones `frt pack` writes, and signs it with a key made for that build alone
//! ([`PUBLIC_KEY`]): the host verifies the pack's signature and digests before loading it, so
//! a damaged binary is refused, but the key proves nothing about who built it (an
//! open-source build keeps no secret). [`COMPONENTS`] holds the same component bytes, one by
//! one, for tests that load or alter single rules.

#![deny(missing_docs)]

include!(concat!(env!("OUT_DIR"), "/pack.rs"));
