//! Prometheus metrics, kept in atomics: no registry, no locks on the check path.

use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::time::Duration;

use frt_report::Verdict;

/// Upper bounds of the latency histogram, in seconds.
const BUCKETS: [f64; 10] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 5.0];

#[derive(Debug)]
pub(crate) struct Metrics {
    rules_loaded: usize,
    /// Checks by verdict: compliant, needs review, non-compliant.
    checks: [AtomicU64; 3],
    rule_errors: AtomicU64,
    rejected: AtomicU64,
    buckets: [AtomicU64; BUCKETS.len()],
    latency_micros: AtomicU64,
    latency_count: AtomicU64,
}

impl Metrics {
    pub fn new(rules_loaded: usize) -> Metrics {
        Metrics {
            rules_loaded,
            checks: Default::default(),
            rule_errors: AtomicU64::new(0),
            rejected: AtomicU64::new(0),
            buckets: Default::default(),
            latency_micros: AtomicU64::new(0),
            latency_count: AtomicU64::new(0),
        }
    }

    pub fn record_check(&self, verdict: Verdict, rule_errors: usize, took: Duration) {
        let slot = match verdict {
            Verdict::Compliant => 0,
            Verdict::NeedsReview => 1,
            Verdict::NonCompliant => 2,
        };
        self.checks[slot].fetch_add(1, Relaxed);
        self.rule_errors.fetch_add(rule_errors as u64, Relaxed);
        let secs = took.as_secs_f64();
        for (bound, count) in BUCKETS.iter().zip(&self.buckets) {
            if secs <= *bound {
                count.fetch_add(1, Relaxed);
            }
        }
        self.latency_micros
            .fetch_add(took.as_micros() as u64, Relaxed);
        self.latency_count.fetch_add(1, Relaxed);
    }

    pub fn record_rejected(&self) {
        self.rejected.fetch_add(1, Relaxed);
    }

    /// The Prometheus text exposition format.
    pub fn render(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "# HELP frt_checks_total Declarations checked, by verdict."
        );
        let _ = writeln!(s, "# TYPE frt_checks_total counter");
        for (verdict, count) in ["compliant", "needs_review", "non_compliant"]
            .iter()
            .zip(&self.checks)
        {
            let _ = writeln!(
                s,
                "frt_checks_total{{verdict=\"{verdict}\"}} {}",
                count.load(Relaxed)
            );
        }
        counter(
            &mut s,
            "frt_rule_errors_total",
            "Rule evaluations that failed (error findings).",
            &self.rule_errors,
        );
        counter(
            &mut s,
            "frt_checks_rejected_total",
            "Checks refused because the service was at its limit.",
            &self.rejected,
        );
        let _ = writeln!(
            s,
            "# HELP frt_check_duration_seconds Time to check one declaration."
        );
        let _ = writeln!(s, "# TYPE frt_check_duration_seconds histogram");
        for (bound, count) in BUCKETS.iter().zip(&self.buckets) {
            let _ = writeln!(
                s,
                "frt_check_duration_seconds_bucket{{le=\"{bound}\"}} {}",
                count.load(Relaxed)
            );
        }
        let total = self.latency_count.load(Relaxed);
        let _ = writeln!(
            s,
            "frt_check_duration_seconds_bucket{{le=\"+Inf\"}} {total}"
        );
        let sum = self.latency_micros.load(Relaxed) as f64 / 1e6;
        let _ = writeln!(s, "frt_check_duration_seconds_sum {sum}");
        let _ = writeln!(s, "frt_check_duration_seconds_count {total}");
        let _ = writeln!(s, "# HELP frt_rules_loaded Rules loaded in this replica.");
        let _ = writeln!(s, "# TYPE frt_rules_loaded gauge");
        let _ = writeln!(s, "frt_rules_loaded {}", self.rules_loaded);
        s
    }
}

fn counter(s: &mut String, name: &str, help: &str, value: &AtomicU64) {
    let _ = writeln!(s, "# HELP {name} {help}");
    let _ = writeln!(s, "# TYPE {name} counter");
    let _ = writeln!(s, "{name} {}", value.load(Relaxed));
}
