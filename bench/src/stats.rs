//! Timing samples and their percentiles.

use std::time::{Duration, Instant};

/// Durations of repeated runs of one operation.
#[derive(Debug, Clone, Default)]
pub struct Samples {
    micros: Vec<f64>,
}

impl Samples {
    /// Runs `f` once per item of `inputs`, `rounds` times over, timing each run.
    pub fn measure<T>(rounds: usize, inputs: &[T], mut f: impl FnMut(&T)) -> Samples {
        let mut micros = Vec::with_capacity(rounds * inputs.len());
        for _ in 0..rounds {
            for input in inputs {
                let start = Instant::now();
                f(input);
                micros.push(start.elapsed().as_secs_f64() * 1e6);
            }
        }
        Samples { micros }
    }

    /// These samples divided by `n`: the time of one of `n` equal parts of each run.
    pub fn per(self, n: usize) -> Samples {
        let n = n.max(1) as f64;
        Samples {
            micros: self.micros.into_iter().map(|m| m / n).collect(),
        }
    }

    /// Adds one duration.
    pub fn push(&mut self, d: Duration) {
        self.micros.push(d.as_secs_f64() * 1e6);
    }

    /// The `p`-th percentile (0 to 100) in microseconds, nearest rank; 0 without samples.
    pub fn percentile(&self, p: f64) -> f64 {
        if self.micros.is_empty() {
            return 0.0;
        }
        let mut sorted = self.micros.clone();
        sorted.sort_by(f64::total_cmp);
        let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
        sorted[rank.clamp(1, sorted.len()) - 1]
    }

    /// The median, in microseconds.
    pub fn p50(&self) -> f64 {
        self.percentile(50.0)
    }

    /// The 99th percentile, in microseconds.
    pub fn p99(&self) -> f64 {
        self.percentile(99.0)
    }

    /// How many samples.
    pub fn len(&self) -> usize {
        self.micros.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.micros.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_take_the_nearest_rank() {
        let samples = Samples {
            micros: (1..=100).map(f64::from).collect(),
        };
        assert_eq!(samples.p50(), 50.0);
        assert_eq!(samples.p99(), 99.0);
        assert_eq!(samples.percentile(100.0), 100.0);
        assert_eq!(Samples::default().p50(), 0.0);
    }
}
