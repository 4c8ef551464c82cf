//! The national rule pack: one component per article of the Measures
//! (《人脸识别技术应用安全管理办法》), compiled from `guest-rules/` when this crate is built.
//!
//! Hosts load these bytes like any other component, through the same checks; being built in
//! only spares users a file to ship. The pack is the default of every frt host.

#![deny(missing_docs)]

include!(concat!(env!("OUT_DIR"), "/pack.rs"));
