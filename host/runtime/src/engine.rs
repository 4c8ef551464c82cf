//! The wasmtime configuration rules run under: fuel and epoch deadlines, and instance
//! allocation fitted to rule components so that a fresh instance per evaluation stays cheap.
//! `BENCHMARKS.md` measures each choice.

use wasmtime::{Cache, Config};

use crate::limits::Limits;

/// Concurrent rule instances the pooling allocator holds slots for: isolated checks use one
/// per rule evaluated at a time, warm packs keep one per rule and thread.
const POOL_INSTANCES: u32 = 256;

/// Bytes of a recycled memory slot kept mapped, where the kernel can say which pages the
/// last instance wrote: the 2 MiB a component built by `frt-guest-build` is instantiated with
/// (its stack, data and the heap of a typical check).
const KEEP_RESIDENT_BYTES: usize = 2 << 20;

/// Bytes of a recycled table slot kept mapped, under the same condition.
const TABLE_KEEP_RESIDENT_BYTES: usize = 64 << 10;

/// The engine configuration: the component model, fuel and epoch deadlines, and instance
/// allocation fitted to rule components (one core module with one memory and one table, plus
/// the small shims the component model adds).
pub(crate) fn config(limits: &Limits, cache: Option<Cache>, pooling: bool) -> Config {
    let mut config = Config::new();
    config.wasm_component_model(true);
    config.consume_fuel(true);
    config.epoch_interruption(true);
    // Linear memories start from a copy-on-write image of their data segments.
    config.memory_init_cow(true);
    config.cache(cache);
    if pooling {
        let mut pool = wasmtime::PoolingAllocationConfig::new();
        pool.total_component_instances(POOL_INSTANCES)
            .total_core_instances(POOL_INSTANCES * 4)
            .total_memories(POOL_INSTANCES)
            .total_tables(POOL_INSTANCES * 2)
            .max_core_instances_per_component(crate::store::MAX_INSTANCES as u32)
            .max_memories_per_component(crate::store::MAX_MEMORIES as u32)
            .max_tables_per_component(crate::store::MAX_TABLES as u32)
            .max_memories_per_module(1)
            .max_tables_per_module(crate::store::MAX_TABLES as u32)
            .max_memory_size(limits.memory_bytes)
            .table_elements(limits.table_elements)
            // Keep freed slots mapped for the next instance of the same rule.
            .max_unused_warm_slots(POOL_INSTANCES);
        // Resetting a slot by dropping its pages costs the next instance a page fault per
        // page it touches (a third of an isolated evaluation). Where the kernel can list the
        // pages an instance wrote (the PAGEMAP_SCAN ioctl of Linux 6.7 and later, probed
        // here as wasmtime uses it), wasmtime restores just those and the slot stays
        // mapped. Elsewhere it would clear the whole kept region, which is slower than the
        // page faults, so nothing is kept.
        if wasmtime::PoolingAllocationConfig::is_pagemap_scan_available() {
            pool.linear_memory_keep_resident(KEEP_RESIDENT_BYTES)
                .table_keep_resident(TABLE_KEEP_RESIDENT_BYTES)
                .pagemap_scan(wasmtime::Enabled::Auto);
        }
        config.allocation_strategy(wasmtime::InstanceAllocationStrategy::Pooling(pool));
    }
    config
}
