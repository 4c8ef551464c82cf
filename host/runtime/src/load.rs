//! Loading rule components: compile, inspect imports, type-check the world, ask the rule to
//! describe itself and check what it says.

use std::path::Path;

use wasmtime::component::types::ComponentItem;
use wasmtime::component::{Component, Linker};
use wasmtime::{Cache, CacheConfig, Engine};

use frt_model::parse::{Format, ParseError, Parsed};

use crate::error::LoadError;
use crate::limits::Limits;
use crate::pack::{LoadedRule, RulePack, bindings};
use crate::store::{failure_reason, new_store};
use crate::ticker::Ticker;

/// The compiler and the limits rules run under. Cheap to clone; share one per process.
#[derive(Clone)]
pub struct Runtime {
    pub(crate) engine: Engine,
    pub(crate) linker: std::sync::Arc<Linker<crate::store::StoreState>>,
    pub(crate) limits: Limits,
    /// Advances the engine's epoch for rule deadlines while any clone of the runtime lives.
    _ticker: std::sync::Arc<Ticker>,
    /// Rules precompiled by `frt compile` for this engine, if a cache was given.
    pub(crate) precompiled: Option<std::sync::Arc<crate::precompiled::Precompiled>>,
}

impl std::fmt::Debug for Runtime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Runtime")
            .field("limits", &self.limits)
            .finish_non_exhaustive()
    }
}

impl Runtime {
    /// A runtime with the default [`Limits`].
    pub fn new() -> Result<Runtime, LoadError> {
        Runtime::with_limits(Limits::default())
    }

    /// A runtime with `limits`.
    pub fn with_limits(limits: Limits) -> Result<Runtime, LoadError> {
        Runtime::with_options(limits, None)
    }

    /// A runtime with `limits` that keeps compiled rules in `cache_dir` (an absolute path),
    /// so a rule is compiled once per machine rather than once per process. The cache is
    /// wasmtime's own: entries are keyed by the component's bytes, the compiler settings and
    /// the wasmtime version, and a stale or damaged entry is compiled again.
    pub fn with_cache(limits: Limits, cache_dir: &Path) -> Result<Runtime, LoadError> {
        Runtime::with_options(limits, Some(cache_dir))
    }

    fn with_options(limits: Limits, cache_dir: Option<&Path>) -> Result<Runtime, LoadError> {
        let engine_error = |e: wasmtime::Error| LoadError::Engine(format!("{e:#}"));
        let cache = match cache_dir {
            Some(dir) => {
                let mut cache = CacheConfig::new();
                cache.with_directory(dir);
                Some(Cache::new(cache).map_err(engine_error)?)
            }
            None => None,
        };
        // The pooling allocator reserves its slots' address space up front; where that is
        // refused (a small address space, a strict overcommit policy), fall back to
        // allocating each instance on demand. Both keep one store per evaluation.
        let engine = Engine::new(&crate::engine::config(&limits, cache.clone(), true))
            .or_else(|_| Engine::new(&crate::engine::config(&limits, cache, false)))
            .map_err(engine_error)?;
        // Rules import nothing, so the linker stays empty: nothing can be reached from inside.
        let linker = std::sync::Arc::new(Linker::new(&engine));
        let ticker = Ticker::start(engine.clone())
            .map_err(|e| LoadError::Engine(format!("cannot start the deadline clock: {e}")))?;
        Ok(Runtime {
            engine,
            linker,
            limits,
            _ticker: std::sync::Arc::new(ticker),
            precompiled: None,
        })
    }

    /// This runtime, loading rules from the native code `frt compile` wrote into `dir` when
    /// it was compiled for this engine (see [`Runtime::precompile`]), and compiling the rest.
    /// Rules load the same either way; only the time to load differs. A missing directory
    /// or an index for another engine means every rule is compiled.
    pub fn with_precompiled(mut self, dir: &Path) -> Runtime {
        self.precompiled =
            crate::precompiled::Precompiled::open(&self.engine, dir).map(std::sync::Arc::new);
        self
    }

    /// Compiles `components` (as `(name, bytes)`) to native code for this machine and engine
    /// into `dir`, and records them in its index, for [`Runtime::with_precompiled`]. Check
    /// the components first (load them, or verify their pack): this compiles whatever it is
    /// given. Returns the files written.
    pub fn precompile<'a>(
        &self,
        components: impl IntoIterator<Item = (&'a str, &'a [u8])>,
        dir: &Path,
    ) -> Result<Vec<std::path::PathBuf>, LoadError> {
        crate::precompiled::precompile(&self.engine, dir, components)
    }

    /// The limits in force.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Reads a declaration under this runtime's [`Limits::input`].
    pub fn parse(&self, source: &str, format: Format) -> Result<Parsed, ParseError> {
        frt_model::parse::parse_with_limits(source, format, self.limits.input)
    }

    /// The national rule pack (`cn-measures`) built into this library. Its signature (by the
    /// key made for the build that embedded it) and digests are verified before any rule
    /// loads.
    #[cfg(feature = "national-pack")]
    pub fn national_pack(&self) -> Result<RulePack, LoadError> {
        let national = &frt_builtin_packs::PACKS[0];
        Ok(self.load_builtin(national)?.pack)
    }

    /// Every built-in pack, by name (`cn-measures`, `cn-national-law`, `cn-regional`,
    /// `us-states`, `eu`), for checks that select packs by the declaration's jurisdiction.
    /// Each is verified like [`Runtime::national_pack`].
    #[cfg(feature = "national-pack")]
    pub fn builtin_packs(&self) -> Result<crate::Catalog, LoadError> {
        let packs = frt_builtin_packs::PACKS
            .iter()
            .map(|p| self.load_builtin(p))
            .collect::<Result<Vec<_>, LoadError>>()?;
        Ok(crate::Catalog::new(packs))
    }

    /// Compiles every built-in pack to native code for this machine into `dir`, for
    /// [`Runtime::with_precompiled`]: what `frt compile` does. Each pack is verified and
    /// loaded first. Returns the files written.
    #[cfg(feature = "national-pack")]
    pub fn precompile_builtin(&self, dir: &Path) -> Result<Vec<std::path::PathBuf>, LoadError> {
        let mut written = Vec::new();
        for builtin in frt_builtin_packs::PACKS {
            self.load_builtin(builtin)?;
            written.extend(self.precompile(builtin.components.iter().map(|(n, b)| (*n, *b)), dir)?);
        }
        Ok(written)
    }

    #[cfg(feature = "national-pack")]
    fn load_builtin(
        &self,
        builtin: &frt_builtin_packs::Pack,
    ) -> Result<crate::NamedPack, LoadError> {
        let key = frt_builtin_packs::PUBLIC_KEY
            .parse()
            .map_err(|source| LoadError::Pack {
                name: builtin.name.to_owned(),
                source,
            })?;
        let trust = frt_pack::Trust {
            trusted: vec![key],
            allow_unsigned: false,
        };
        let loaded = self.load_pack(builtin.name, builtin.file, &trust)?;
        Ok(crate::NamedPack {
            name: builtin.name.to_owned(),
            title: frt_model::Localized::new(builtin.title.0, builtin.title.1),
            pack: loaded.rules,
        })
    }

    /// Every `.wasm` component in `dir`, in file-name order.
    pub fn load_dir(&self, dir: &Path) -> Result<RulePack, LoadError> {
        let io = |source| LoadError::Io {
            path: dir.to_owned(),
            source,
        };
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .map_err(io)?
            .map(|entry| entry.map(|e| e.path()))
            .collect::<Result<_, _>>()
            .map_err(io)?;
        paths.retain(|p| p.extension().is_some_and(|e| e == "wasm"));
        paths.sort();
        let files = paths
            .into_iter()
            .map(|path| {
                let bytes = std::fs::read(&path).map_err(|source| LoadError::Io {
                    path: path.clone(),
                    source,
                })?;
                Ok((path.display().to_string(), bytes))
            })
            .collect::<Result<Vec<_>, LoadError>>()?;
        self.load_bytes(files.iter().map(|(n, b)| (n.as_str(), b.as_slice())))
    }

    /// Components given as `(name, bytes)`; `name` is used in errors and nowhere else.
    pub fn load_bytes<'a>(
        &self,
        components: impl IntoIterator<Item = (&'a str, &'a [u8])>,
    ) -> Result<RulePack, LoadError> {
        let sources: Vec<Source<'a>> = components
            .into_iter()
            .map(|(name, bytes)| Source {
                name: name.to_owned(),
                bytes,
                digest: None,
            })
            .collect();
        self.load_sources(&sources)
    }

    /// Loads `sources` on every core: compiling (or deserializing) and describing one rule
    /// does not depend on another. The first failure in the order of `sources` is the error.
    pub(crate) fn load_sources(&self, sources: &[Source<'_>]) -> Result<RulePack, LoadError> {
        let loaded = crate::parallel::map(sources, crate::parallel::available(), |source| {
            self.load_one(source)
        });
        let mut rules: Vec<LoadedRule> = Vec::with_capacity(loaded.len());
        for rule in loaded {
            let rule = rule?;
            if let Some(first) = rules
                .iter()
                .find(|r| r.description.id == rule.description.id)
            {
                return Err(LoadError::DuplicateId {
                    id: rule.description.id.clone(),
                    first: first.source.clone(),
                    second: rule.source.clone(),
                });
            }
            rules.push(rule);
        }
        rules.sort_by(|a, b| frt_report::compare_articles(&a.description.id, &b.description.id));
        Ok(RulePack::new(self.clone(), rules))
    }

    fn load_one(&self, source: &Source<'_>) -> Result<LoadedRule, LoadError> {
        let (name, bytes) = (source.name.as_str(), source.bytes);
        if bytes.len() > self.limits.max_component_bytes {
            return Err(LoadError::TooLarge {
                name: name.to_owned(),
                size: bytes.len(),
                limit: self.limits.max_component_bytes,
            });
        }
        let digest = source
            .digest
            .clone()
            .unwrap_or_else(|| crate::precompiled::digest(bytes));
        let cached = self
            .precompiled
            .as_ref()
            .and_then(|p| p.component(&self.engine, &digest));
        let precompiled = cached.is_some();
        let component = match cached {
            Some(component) => component,
            None => Component::new(&self.engine, bytes).map_err(|e| LoadError::Compile {
                name: name.to_owned(),
                message: format!("{e:#}"),
            })?,
        };
        refuse_imports(&self.engine, &component, name)?;
        let wrong_world = |e: wasmtime::Error| LoadError::WrongWorld {
            name: name.to_owned(),
            message: format!("{e:#}"),
        };
        let instance_pre = self
            .linker
            .instantiate_pre(&component)
            .map_err(wrong_world)?;
        let pre = bindings::RulePre::new(instance_pre).map_err(wrong_world)?;
        let mut store = new_store(self);
        let described = pre
            .instantiate(&mut store)
            .and_then(|instance| instance.call_describe(&mut store));
        let description = described.map_err(|e| LoadError::Describe {
            name: name.to_owned(),
            message: failure_reason(&store, &e),
        })?;
        let description = crate::pack::description_from_wit(description).map_err(|problem| {
            LoadError::Description {
                name: name.to_owned(),
                problem,
            }
        })?;
        Ok(LoadedRule {
            description,
            digest,
            source: name.to_owned(),
            pre,
            precompiled,
            warm: std::sync::Mutex::new(Vec::new()),
        })
    }
}

/// A component to load.
pub(crate) struct Source<'a> {
    /// The name used in errors and as the rule's source.
    pub(crate) name: String,
    pub(crate) bytes: &'a [u8],
    /// `sha256:` and the digest of `bytes`, where a verified pack already computed it.
    pub(crate) digest: Option<String>,
}

/// Refuses a component with any import, naming the first one.
fn refuse_imports(engine: &Engine, component: &Component, name: &str) -> Result<(), LoadError> {
    let ty = component.component_type();
    let mut imports = ty.imports(engine);
    if let Some((import, item)) = imports.next() {
        let kind = match item.ty {
            ComponentItem::ComponentFunc(_) | ComponentItem::CoreFunc(_) => "function",
            ComponentItem::ComponentInstance(_) => "interface",
            _ => "item",
        };
        return Err(LoadError::Import {
            name: name.to_owned(),
            kind,
            import: import.to_owned(),
        });
    }
    Ok(())
}
