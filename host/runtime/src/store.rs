//! One store per evaluation: its fuel, its deadline, its memory and table caps, and the
//! words for what a rule did when it broke one of them.

use wasmtime::{ResourceLimiter, Store};

use crate::limits::Limits;
use crate::load::Runtime;

/// Core instances one rule may hold (its module and the component model's adapter shims).
pub(crate) const MAX_INSTANCES: usize = 16;
/// Linear memories one rule may hold.
pub(crate) const MAX_MEMORIES: usize = 4;
/// Tables one rule may hold.
pub(crate) const MAX_TABLES: usize = 16;

/// What a store holds: the caps of its one evaluation and which of them the rule hit.
pub(crate) struct StoreState {
    limits: Limits,
    refused: Option<Refused>,
}

/// A growth the limiter refused.
#[derive(Debug, Clone, Copy)]
enum Refused {
    Memory(usize),
    Table(usize),
}

impl ResourceLimiter for StoreState {
    fn memory_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        if desired > self.limits.memory_bytes {
            self.refused = Some(Refused::Memory(desired));
            // Trapping at once, rather than letting `memory.grow` return -1, stops a rule
            // that would otherwise retry or carry on with a broken allocator.
            return Err(wasmtime::Error::msg("memory limit reached"));
        }
        Ok(true)
    }

    fn table_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        if desired > self.limits.table_elements {
            self.refused = Some(Refused::Table(desired));
            return Err(wasmtime::Error::msg("table limit reached"));
        }
        Ok(true)
    }

    fn instances(&self) -> usize {
        MAX_INSTANCES
    }

    fn memories(&self) -> usize {
        MAX_MEMORIES
    }

    fn tables(&self) -> usize {
        MAX_TABLES
    }
}

/// A fresh store for one evaluation: full fuel, a deadline starting now, fresh caps.
pub(crate) fn new_store(runtime: &Runtime) -> Store<StoreState> {
    let limits = runtime.limits;
    let state = StoreState {
        limits,
        refused: None,
    };
    let mut store = Store::new(&runtime.engine, state);
    store.limiter(|s| s);
    store
        .set_fuel(limits.fuel)
        .expect("fuel is enabled in the engine config");
    store.set_epoch_deadline(limits.deadline_ticks());
    store.epoch_deadline_trap();
    store
}

/// Readies a kept store for another evaluation: full fuel, a deadline starting now, and no
/// memory of a refused growth.
pub(crate) fn renew_store(store: &mut Store<StoreState>, runtime: &Runtime) {
    let limits = runtime.limits;
    store.data_mut().limits = limits;
    store.data_mut().refused = None;
    store
        .set_fuel(limits.fuel)
        .expect("fuel is enabled in the engine config");
    store.set_epoch_deadline(limits.deadline_ticks());
}

/// Why a call into a rule failed, in words that name the limit it broke.
pub(crate) fn failure_reason(store: &Store<StoreState>, e: &wasmtime::Error) -> String {
    let limits = &store.data().limits;
    match store.data().refused {
        Some(Refused::Memory(desired)) => {
            return format!(
                "it tried to grow its memory to {desired} bytes, past the limit of {} bytes",
                limits.memory_bytes
            );
        }
        Some(Refused::Table(desired)) => {
            return format!(
                "it tried to grow a table to {desired} elements, past the limit of {}",
                limits.table_elements
            );
        }
        None => {}
    }
    match e.downcast_ref::<wasmtime::Trap>() {
        Some(wasmtime::Trap::OutOfFuel) => format!(
            "it ran out of fuel: its CPU budget of {} units for one check",
            limits.fuel
        ),
        Some(wasmtime::Trap::Interrupt) => format!(
            "it ran past its deadline: {} ms of wall-clock time for one check",
            limits.deadline.as_millis()
        ),
        Some(trap) => format!("it trapped: {trap}"),
        None => format!("it failed: {e:#}"),
    }
}
