//! Errors of loading rules and checking declarations.

use std::path::PathBuf;

/// Why a rule could not be loaded. Each names the component.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// The WebAssembly engine could not be set up.
    #[error("cannot set up the WebAssembly engine: {0}")]
    Engine(String),
    /// A file or directory could not be read.
    #[error("cannot read `{path}`: {source}")]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The error.
        source: std::io::Error,
    },
    /// The component is larger than the limit.
    #[error("`{name}` is {size} bytes, more than the limit of {limit} bytes")]
    TooLarge {
        /// The component.
        name: String,
        /// Its size.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// The bytes are not a valid WebAssembly component.
    #[error("`{name}` is not a valid WebAssembly component: {message}")]
    Compile {
        /// The component.
        name: String,
        /// What the compiler said.
        message: String,
    },
    /// The component imports something; rules must import nothing.
    #[error("{}", frt_report::contract::import_refusal(.name, .kind, .import))]
    Import {
        /// The component.
        name: String,
        /// `function`, `interface` or `item`.
        kind: &'static str,
        /// The first import found.
        import: String,
    },
    /// The component does not implement the `frt:rule@0.1.0` world.
    #[error("`{name}` does not implement the `frt:rule@0.1.0` world: {message}")]
    WrongWorld {
        /// The component.
        name: String,
        /// What does not match.
        message: String,
    },
    /// Calling `describe` failed.
    #[error("`{name}` failed to describe itself: {message}")]
    Describe {
        /// The component.
        name: String,
        /// The trap or error.
        message: String,
    },
    /// The rule's self-description is malformed.
    #[error("`{name}` describes itself wrongly: {problem}")]
    Description {
        /// The component.
        name: String,
        /// What is wrong.
        problem: String,
    },
    /// Two rules share an id.
    #[error("two rules have the id `{id}`: `{first}` and `{second}`")]
    DuplicateId {
        /// The id.
        id: String,
        /// The first component.
        first: String,
        /// The second component.
        second: String,
    },
    /// A rule pack could not be read or is not trusted: a bad signature, a digest that does
    /// not match, an unsigned pack where a signed one is required, a malformed file.
    #[error("cannot load the rule pack `{name}`: {source}")]
    Pack {
        /// The pack.
        name: String,
        /// Why.
        source: frt_pack::PackError,
    },
    /// A component of a pack describes itself differently from the pack's manifest.
    #[error(
        "`{name}` describes itself with {field} `{described}`, but the pack's manifest says `{listed}`"
    )]
    ManifestMismatch {
        /// The component.
        name: String,
        /// `id`, `version`, `instrument` or `articles`.
        field: &'static str,
        /// What the manifest says.
        listed: String,
        /// What the component says.
        described: String,
    },
}
