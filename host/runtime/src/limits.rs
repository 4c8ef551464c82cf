//! The bounds every rule evaluation runs within.

use std::time::Duration;

use frt_model::parse::InputLimits;
use frt_report::contract::OutputLimits;

/// Bounds on what a rule may consume and return, and on the declarations a runtime reads.
/// The defaults leave the national pack far from every limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Fuel (roughly, WebAssembly instructions) for one call of a rule: the deterministic
    /// CPU budget.
    pub fuel: u64,
    /// Wall-clock time for one evaluation of a rule (instantiation and one call): the
    /// deadline that holds even when fuel is set high. Measured in ticks of
    /// [`Limits::EPOCH_TICK`], so it is honoured to within one tick.
    pub deadline: Duration,
    /// Linear memory of one rule instance, in bytes.
    pub memory_bytes: usize,
    /// Table elements of one rule instance.
    pub table_elements: usize,
    /// Findings one rule may return for one declaration.
    pub max_findings: usize,
    /// Bytes of one string a rule returns.
    pub max_string_bytes: usize,
    /// Bytes of all the strings of all the findings one rule returns for one declaration.
    pub max_output_bytes: usize,
    /// The largest component accepted, in bytes.
    pub max_component_bytes: usize,
    /// Bounds on a declaration's source, for [`Runtime::parse`](crate::Runtime::parse).
    pub input: InputLimits,
}

impl Limits {
    /// How often the runtime's clock advances the engine's epoch.
    pub const EPOCH_TICK: Duration = Duration::from_millis(10);

    /// The deadline in epoch ticks, at least one.
    pub(crate) fn deadline_ticks(&self) -> u64 {
        let ticks = self
            .deadline
            .as_nanos()
            .div_ceil(Self::EPOCH_TICK.as_nanos());
        u64::try_from(ticks).unwrap_or(u64::MAX).max(1)
    }

    /// The bounds on what a rule returns, as the report core checks them.
    pub(crate) fn output(&self) -> OutputLimits {
        OutputLimits {
            max_findings: self.max_findings,
            max_string_bytes: self.max_string_bytes,
            max_output_bytes: self.max_output_bytes,
        }
    }
}

impl Default for Limits {
    /// Generous bounds: every scenario of the national pack is checked under them in the
    /// tests without an `error` finding.
    fn default() -> Limits {
        let output = OutputLimits::default();
        Limits {
            fuel: 500_000_000,
            deadline: Duration::from_secs(10),
            memory_bytes: 64 << 20,
            table_elements: 10_000,
            max_findings: output.max_findings,
            max_string_bytes: output.max_string_bytes,
            max_output_bytes: output.max_output_bytes,
            max_component_bytes: 16 << 20,
            input: InputLimits::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_deadline_is_rounded_up_to_whole_ticks() {
        let mut limits = Limits::default();
        assert_eq!(limits.deadline_ticks(), 1_000);
        limits.deadline = Duration::from_millis(15);
        assert_eq!(limits.deadline_ticks(), 2);
        limits.deadline = Duration::ZERO;
        assert_eq!(limits.deadline_ticks(), 1);
    }
}
