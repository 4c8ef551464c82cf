//! The bounds every rule evaluation runs within.

/// Bounds on what a rule may consume and return. The defaults leave the national pack far
/// from every limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Fuel (roughly, WebAssembly instructions) for one call of a rule.
    pub fuel: u64,
    /// Linear memory of one rule instance, in bytes.
    pub memory_bytes: usize,
    /// Table elements of one rule instance.
    pub table_elements: usize,
    /// Findings one rule may return for one declaration.
    pub max_findings: usize,
    /// Bytes of one string a rule returns.
    pub max_string_bytes: usize,
    /// The largest component accepted, in bytes.
    pub max_component_bytes: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            fuel: 500_000_000,
            memory_bytes: 64 << 20,
            table_elements: 10_000,
            max_findings: 1_000,
            max_string_bytes: 16 << 10,
            max_component_bytes: 16 << 20,
        }
    }
}
