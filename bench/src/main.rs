//! `frt-bench`: measures the frt host against the same rules called natively and against a
//! Rego peer evaluated by regorus, on the same declarations, in one run.
//!
//! ```text
//! cargo run --release -p frt-bench -- [--json] [--quick]
//! ```

// The JSON report is one `json!` literal, deeper than the default limit.
#![recursion_limit = "256"]

use std::time::Instant;

use anyhow::Context;
use frt_bench::declarations;
use frt_bench::encodings;
use frt_bench::native;
use frt_bench::rego::RegoPeer;
use frt_bench::stats::Samples;
use frt_model::Declaration;
use frt_runtime::{FailurePolicy, Isolation, RulePack, Runtime, Trust};
use serde_json::json;

/// The benchmark's own guests (`bench/guests/`), built by `build.rs`.
mod guests {
    include!(concat!(env!("OUT_DIR"), "/guests.rs"));
}

/// Rounds over the declarations for latencies.
const ROUNDS: usize = 40;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let quick = args.iter().any(|a| a == "--quick");
    if let Some(other) = args
        .iter()
        .find(|a| !matches!(a.as_str(), "--json" | "--quick"))
    {
        anyhow::bail!("unknown argument `{other}`; usage: frt-bench [--json] [--quick]");
    }
    let rounds = if quick { 2 } else { ROUNDS };
    let results = run(rounds)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&results.json())?);
    } else {
        results.print();
    }
    Ok(())
}

/// The national pack's signed file and the key that verifies it.
fn national_file() -> anyhow::Result<(&'static [u8], Trust)> {
    let pack = &frt_builtin_packs::PACKS[0];
    let key = frt_builtin_packs::PUBLIC_KEY.parse()?;
    Ok((
        pack.file,
        Trust {
            trusted: vec![key],
            allow_unsigned: false,
        },
    ))
}

/// The national pack's components whose rule ids are in `ids`.
fn subset_pack(runtime: &Runtime, ids: &[&str]) -> anyhow::Result<RulePack> {
    let components = frt_builtin_packs::PACKS[0]
        .components
        .iter()
        .filter(|(name, _)| ids.contains(name));
    Ok(runtime.load_bytes(components.map(|(n, b)| (*n, *b)))?)
}

/// One declaration with its document, as the host makes it.
struct Case {
    declaration: Declaration,
    document: String,
}

fn case(declaration: &Declaration) -> Case {
    let mut declaration = declaration.clone();
    declaration.as_of = Some(
        declaration
            .as_of
            .unwrap_or_else(|| "2026-05-01".parse().expect("a date")),
    );
    let document = serde_json::to_string(&declaration).expect("a declaration is JSON");
    Case {
        declaration,
        document,
    }
}

/// Everything measured.
struct Results {
    declarations: usize,
    rules: usize,
    isolated: Samples,
    warm: Samples,
    /// One check's rules spread over two threads.
    isolated_2t: Samples,
    warm_2t: Samples,
    native: Samples,
    native_typed: Samples,
    shared_isolated: Samples,
    shared_warm: Samples,
    shared_native: Samples,
    regorus: Samples,
    cold_wasm: Samples,
    cold_cache: Samples,
    throughput: [f64; 2],
    warm_throughput: [f64; 2],
    /// The batch checked one declaration after another with `check` (isolated, warm).
    one_by_one: [f64; 2],
    /// One rule that decides nothing without reading (`floor-rule`), isolated and warm.
    floor: [Samples; 2],
    /// One rule that reads the declaration and decides nothing (`reader-rule`).
    reader: [Samples; 2],
    /// As many copies of `reader-rule` as the pack has rules, checked in turn, per copy.
    readers: [Samples; 2],
    /// Reading one declaration natively in each form it could cross the boundary in: name,
    /// latencies, total bytes of the corpus in that form (none for the typed copy).
    forms: Vec<(&'static str, Samples, Option<usize>)>,
    by_rules: Vec<(usize, f64, f64)>,
    by_size: Vec<(usize, f64, f64, f64)>,
}

fn run(rounds: usize) -> anyhow::Result<Results> {
    let declarations: Vec<Declaration> = declarations::repository()?
        .into_iter()
        .map(|(_, d)| d)
        .collect();
    let cases: Vec<Case> = declarations.iter().map(case).collect();
    let (file, trust) = national_file()?;

    // (e) Cold start: a new runtime and the whole pack, verified and loaded.
    let mut cold_wasm = Samples::default();
    for _ in 0..1 {
        let start = Instant::now();
        let runtime = Runtime::new()?;
        runtime.load_pack("cn-measures", file, &trust)?;
        cold_wasm.push(start.elapsed());
    }
    let cache = tempfile::tempdir()?;
    let components = frt_builtin_packs::PACKS[0].components;
    Runtime::new()?.precompile(components.iter().map(|(n, b)| (*n, *b)), cache.path())?;
    // Every pack measured below loads from the cache: compiling is measured above only.
    let runtime = Runtime::new()?.with_precompiled(cache.path());
    let mut cold_cache = Samples::default();
    for _ in 0..if rounds > 2 { 20 } else { 2 } {
        let start = Instant::now();
        let runtime = Runtime::new()?.with_precompiled(cache.path());
        let pack = runtime.load_pack("cn-measures", file, &trust)?;
        cold_cache.push(start.elapsed());
        anyhow::ensure!(
            pack.rules.rules().iter().all(|r| r.precompiled()),
            "the precompiled cache was not used"
        );
    }

    // (a), (b): the national pack, isolated and warm.
    let pack = runtime.load_pack("cn-measures", file, &trust)?.rules;
    let warm = pack.clone().with_isolation(Isolation::Warm);
    let isolated_samples = Samples::measure(rounds, &cases, |c| {
        pack.check(&c.declaration, None);
    });
    // Warm instances are made by the first round.
    Samples::measure(1, &cases, |c| {
        warm.check(&c.declaration, None);
    });
    let warm_samples = Samples::measure(rounds, &cases, |c| {
        warm.check(&c.declaration, None);
    });
    let spread = pack.clone().with_threads(2);
    let isolated_2t = Samples::measure(rounds, &cases, |c| {
        spread.check(&c.declaration, None);
    });
    let warm_spread = warm.clone().with_threads(2);
    // The second thread needs warm instances of its own.
    Samples::measure(1, &cases, |c| {
        warm_spread.check(&c.declaration, None);
    });
    let warm_2t = Samples::measure(rounds, &cases, |c| {
        warm_spread.check(&c.declaration, None);
    });

    // (c): the same rule crates, native.
    let rules = native::national();
    let native_samples = Samples::measure(rounds, &cases, |c| {
        let d = &c.declaration;
        let document = serde_json::to_string(d).expect("JSON");
        native::check_document(&rules, &d.id, d.as_of.expect("set"), &document);
    });
    let native_typed = Samples::measure(rounds, &cases, |c| {
        native::check_typed(&rules, &c.declaration);
    });

    // (d): the shared subset: Arts. 8, 13 and 15 in every form, and in Rego.
    let shared = subset_pack(&runtime, &frt_bench::SHARED)?;
    let shared_warm = shared.clone().with_isolation(Isolation::Warm);
    let shared_rules = native::subset(&frt_bench::SHARED);
    let shared_isolated = Samples::measure(rounds, &cases, |c| {
        shared.check(&c.declaration, None);
    });
    Samples::measure(1, &cases, |c| {
        shared_warm.check(&c.declaration, None);
    });
    let shared_warm_samples = Samples::measure(rounds, &cases, |c| {
        shared_warm.check(&c.declaration, None);
    });
    let shared_native = Samples::measure(rounds, &cases, |c| {
        let d = &c.declaration;
        let document = serde_json::to_string(d).expect("JSON");
        native::check_document(&shared_rules, &d.id, d.as_of.expect("set"), &document);
    });
    let mut peer = RegoPeer::new()?;
    let mut failed = None;
    let regorus = Samples::measure(rounds, &cases, |c| {
        let document = serde_json::to_string(&c.declaration).expect("JSON");
        if let Err(e) = peer.statuses(&document) {
            failed = Some(e);
        }
    });
    if let Some(e) = failed {
        return Err(e).context("regorus failed");
    }

    // Throughput: batches of checks spread over one and two threads.
    let batch: Vec<Declaration> = (0..rounds.max(4) * 5)
        .flat_map(|_| cases.iter().map(|c| c.declaration.clone()))
        .collect();
    let per_second = |pack: &RulePack, threads: usize| {
        let start = Instant::now();
        pack.check_batch(&batch, None, FailurePolicy::FailClosed, threads);
        batch.len() as f64 / start.elapsed().as_secs_f64()
    };
    let throughput = [per_second(&pack, 1), per_second(&pack, 2)];
    let warm_throughput = [per_second(&warm, 1), per_second(&warm, 2)];
    let one_by_one_per_second = |pack: &RulePack| {
        let start = Instant::now();
        for declaration in &batch {
            pack.check(declaration, None);
        }
        batch.len() as f64 / start.elapsed().as_secs_f64()
    };
    let one_by_one = [one_by_one_per_second(&pack), one_by_one_per_second(&warm)];

    // Where a rule's time goes: the sandbox alone, and reading the declaration in it.
    let floor = one_rule(guests::FLOOR_RULE, 1, rounds, &cases)?;
    let reader = one_rule(guests::READER_RULE, 1, rounds, &cases)?;
    let readers = one_rule(guests::READER_RULE, pack.rules().len(), rounds, &cases)?;

    // (f) The forms the declaration could cross the boundary in, read natively.
    let forms = forms(rounds, &cases)?;

    // How the cost grows: with the number of rules, and with the declaration's size.
    let ids: Vec<&str> = pack
        .rules()
        .iter()
        .map(|r| r.description().id.as_str())
        .collect();
    let middle = &cases[cases.len() / 2];
    let mut by_rules = Vec::new();
    for n in [1, 3, 7, ids.len()] {
        let subset = subset_pack(&runtime, &ids[..n])?;
        let native_subset = native::subset(&ids[..n]);
        let wasm = Samples::measure(rounds * 10, std::slice::from_ref(middle), |c| {
            subset.check(&c.declaration, None);
        });
        let native = Samples::measure(rounds * 10, std::slice::from_ref(middle), |c| {
            let d = &c.declaration;
            let document = serde_json::to_string(d).expect("JSON");
            native::check_document(&native_subset, &d.id, d.as_of.expect("set"), &document);
        });
        by_rules.push((n, wasm.p50(), native.p50()));
    }
    let mut by_size = Vec::new();
    for bytes in [0, 16 << 10, 64 << 10, 256 << 10] {
        let grown = case(&declarations::grown(&middle.declaration, bytes));
        let one = std::slice::from_ref(&grown);
        let isolated = Samples::measure(rounds * 2, one, |c| {
            pack.check(&c.declaration, None);
        });
        let warm_grown = Samples::measure(rounds * 2, one, |c| {
            warm.check(&c.declaration, None);
        });
        let native_grown = Samples::measure(rounds * 2, one, |c| {
            let d = &c.declaration;
            let document = serde_json::to_string(d).expect("JSON");
            native::check_document(&rules, &d.id, d.as_of.expect("set"), &document);
        });
        by_size.push((
            grown.document.len(),
            isolated.p50(),
            warm_grown.p50(),
            native_grown.p50(),
        ));
    }

    Ok(Results {
        declarations: cases.len(),
        rules: pack.rules().len(),
        isolated: isolated_samples,
        isolated_2t,
        warm_2t,
        warm: warm_samples,
        native: native_samples,
        native_typed,
        shared_isolated,
        shared_warm: shared_warm_samples,
        shared_native,
        regorus,
        cold_wasm,
        cold_cache,
        throughput,
        warm_throughput,
        one_by_one,
        floor,
        reader,
        readers,
        forms,
        by_rules,
        by_size,
    })
}

/// Reading each declaration of `cases` natively from every form in `encodings`.
fn forms(
    rounds: usize,
    cases: &[Case],
) -> anyhow::Result<Vec<(&'static str, Samples, Option<usize>)>> {
    let encoded: Vec<encodings::Encoded> = cases
        .iter()
        .map(|c| encodings::encode(&c.declaration))
        .collect::<anyhow::Result<_>>()?;
    let mut out = Vec::new();
    for encodings::Form { name, read, size } in encodings::FORMS {
        let mut failed = None;
        let samples = Samples::measure(rounds * 10, &encoded, |e| match read(e) {
            Ok(d) => drop(std::hint::black_box(d)),
            Err(err) => failed = Some(err),
        });
        if let Some(err) = failed {
            return Err(err.context(format!("reading {name}")));
        }
        out.push((name, samples, Some(encoded.iter().map(size).sum())));
    }
    let copies = Samples::measure(rounds * 10, cases, |c| {
        drop(std::hint::black_box(c.declaration.clone()));
    });
    out.push(("typed copy (the floor of WIT records)", copies, None));
    Ok(out)
}

/// The latency per rule of checking `cases` against `copies` copies of the single rule built
/// at `path`, each loaded on its own as a pack's rules are, and checked in turn: isolated,
/// then warm.
fn one_rule(
    path: &str,
    copies: usize,
    rounds: usize,
    cases: &[Case],
) -> anyhow::Result<[Samples; 2]> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read `{path}`"))?;
    // Compiled once and deserialized for every copy, as the pack's rules are loaded.
    let cache = tempfile::tempdir()?;
    Runtime::new()?.precompile([(path, bytes.as_slice())], cache.path())?;
    let runtime = Runtime::new()?.with_precompiled(cache.path());
    let isolated = (0..copies)
        .map(|_| runtime.load_bytes([(path, bytes.as_slice())]))
        .collect::<Result<Vec<_>, _>>()?;
    let warm: Vec<RulePack> = isolated
        .iter()
        .map(|p| p.clone().with_isolation(Isolation::Warm))
        .collect();
    let check = |packs: &[RulePack]| {
        Samples::measure(rounds, cases, |c| {
            for pack in packs {
                pack.check(&c.declaration, None);
            }
        })
        .per(copies)
    };
    check(&warm);
    Ok([check(&isolated), check(&warm)])
}

fn ms(d: f64) -> f64 {
    d / 1000.0
}

/// Rounds to two decimals for the JSON output.
fn r2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

impl Results {
    fn json(&self) -> serde_json::Value {
        json!({
            "profile": if cfg!(debug_assertions) { "dev" } else { "release" },
            "declarations": self.declarations,
            "rules": self.rules,
            "isolated_p50_us": r2(self.isolated.p50()),
            "isolated_p99_us": r2(self.isolated.p99()),
            "warm_p50_us": r2(self.warm.p50()),
            "warm_p99_us": r2(self.warm.p99()),
            "isolated_2t_p50_us": r2(self.isolated_2t.p50()),
            "warm_2t_p50_us": r2(self.warm_2t.p50()),
            "native_p50_us": r2(self.native.p50()),
            "native_p99_us": r2(self.native.p99()),
            "native_typed_p50_us": r2(self.native_typed.p50()),
            "shared_isolated_p50_us": r2(self.shared_isolated.p50()),
            "shared_warm_p50_us": r2(self.shared_warm.p50()),
            "shared_native_p50_us": r2(self.shared_native.p50()),
            "regorus_p50_us": r2(self.regorus.p50()),
            "regorus_p99_us": r2(self.regorus.p99()),
            "cold_start_wasm_ms": r2(ms(self.cold_wasm.p50())),
            "cold_start_cache_ms": r2(ms(self.cold_cache.p50())),
            "throughput_1t": r2(self.throughput[0]),
            "throughput_2t": r2(self.throughput[1]),
            "throughput_scaling": r2(self.throughput[1] / self.throughput[0]),
            "warm_throughput_1t": r2(self.warm_throughput[0]),
            "warm_throughput_2t": r2(self.warm_throughput[1]),
            "one_by_one_throughput": r2(self.one_by_one[0]),
            "warm_one_by_one_throughput": r2(self.one_by_one[1]),
            "ratio_isolated_to_native": r2(self.isolated.p50() / self.native.p50()),
            "ratio_warm_to_native": r2(self.warm.p50() / self.native.p50()),
            "ratio_shared_isolated_to_regorus": r2(self.shared_isolated.p50() / self.regorus.p50()),
            "ratio_shared_warm_to_regorus": r2(self.shared_warm.p50() / self.regorus.p50()),
            "notes": {
                "native_p50_us": "full pack: the rule crates called natively on the same JSON document, report assembled",
                "isolated_2t_p50_us": "full pack: one check's rules evaluated on two threads (RulePack::with_threads)",
                "native_typed_p50_us": "full pack: natively on the typed declaration, no JSON",
                "regorus_p50_us": "shared subset (Arts. 8, 13, 15): compare with shared_*_p50_us",
            },
            "per_rule": {
                "floor_isolated_p50_us": r2(self.floor[0].p50()),
                "floor_warm_p50_us": r2(self.floor[1].p50()),
                "reader_isolated_p50_us": r2(self.reader[0].p50()),
                "reader_warm_p50_us": r2(self.reader[1].p50()),
                "reader_copies_isolated_p50_us": r2(self.readers[0].p50()),
                "reader_copies_warm_p50_us": r2(self.readers[1].p50()),
                "pack_isolated_p50_us": r2(self.isolated.p50() / self.rules as f64),
                "pack_warm_p50_us": r2(self.warm.p50() / self.rules as f64),
                "native_reading_p50_us": r2((self.native.p50() - self.native_typed.p50()) / self.rules as f64),
                "native_p50_us": r2(self.native.p50() / self.rules as f64),
            },
            "reading_p50_us": self.forms.iter().map(|(name, s, bytes)| json!({
                "form": name, "p50_us": r2(s.p50()), "corpus_bytes": bytes,
            })).collect::<Vec<_>>(),
            "by_rules": self.by_rules.iter().map(|(n, wasm, native)| json!({
                "rules": n, "isolated_p50_us": r2(*wasm), "native_p50_us": r2(*native),
            })).collect::<Vec<_>>(),
            "by_declaration_bytes": self.by_size.iter().map(|(bytes, iso, warm, native)| json!({
                "bytes": bytes, "isolated_p50_us": r2(*iso), "warm_p50_us": r2(*warm), "native_p50_us": r2(*native),
            })).collect::<Vec<_>>(),
        })
    }

    /// Where one rule's time goes, from the benchmark's own guests and the pack's average.
    fn print_per_rule(&self) {
        let n = self.rules as f64;
        println!();
        println!(
            "{:<52} {:>10} {:>10}",
            "per rule, p50 µs", "isolated", "warm"
        );
        let row = |name: &str, isolated: f64, warm: f64| {
            println!("{name:<52} {isolated:>10.1} {warm:>10.1}");
        };
        row(
            "sandbox alone (floor-rule: reads and decides nothing)",
            self.floor[0].p50(),
            self.floor[1].p50(),
        );
        row(
            "reads the declaration, decides nothing (reader-rule)",
            self.reader[0].p50(),
            self.reader[1].p50(),
        );
        row(
            &format!(
                "the same rule, {} copies checked in turn, per copy",
                self.rules
            ),
            self.readers[0].p50(),
            self.readers[1].p50(),
        );
        row(
            "national pack, average rule (full pack / rules)",
            self.isolated.p50() / n,
            self.warm.p50() / n,
        );
        println!(
            "native, average rule: {:.1} µs, of which reading the declaration {:.1} µs",
            self.native.p50() / n,
            (self.native.p50() - self.native_typed.p50()) / n
        );
    }

    fn print(&self) {
        let profile = if cfg!(debug_assertions) {
            "dev"
        } else {
            "release"
        };
        println!(
            "frt-bench: {} declarations, national pack of {} rules, {} profile, {} cores",
            self.declarations,
            self.rules,
            profile,
            std::thread::available_parallelism().map_or(1, |n| n.get())
        );
        println!();
        println!(
            "{:<44} {:>10} {:>10} {:>10}",
            "per check", "p50 µs", "p99 µs", "x native"
        );
        let row = |name: &str, s: &Samples, base: &Samples| {
            println!(
                "{:<44} {:>10.1} {:>10.1} {:>10.2}",
                name,
                s.p50(),
                s.p99(),
                s.p50() / base.p50()
            );
        };
        row("(a) full pack, isolated", &self.isolated, &self.native);
        row("(b) full pack, warm", &self.warm, &self.native);
        row(
            "    full pack, isolated, 2 threads per check",
            &self.isolated_2t,
            &self.native,
        );
        row(
            "    full pack, warm, 2 threads per check",
            &self.warm_2t,
            &self.native,
        );
        row(
            "(c) full pack, native (JSON document)",
            &self.native,
            &self.native,
        );
        row(
            "    full pack, native (typed, no JSON)",
            &self.native_typed,
            &self.native,
        );
        row(
            "    Arts. 8/13/15, isolated",
            &self.shared_isolated,
            &self.shared_native,
        );
        row(
            "    Arts. 8/13/15, warm",
            &self.shared_warm,
            &self.shared_native,
        );
        row(
            "    Arts. 8/13/15, native",
            &self.shared_native,
            &self.shared_native,
        );
        row(
            "(d) Arts. 8/13/15, Rego (regorus)",
            &self.regorus,
            &self.shared_native,
        );
        println!();
        println!(
            "regorus / isolated on Arts. 8/13/15: {:.2}x; regorus / warm: {:.2}x",
            self.regorus.p50() / self.shared_isolated.p50(),
            self.regorus.p50() / self.shared_warm.p50()
        );
        println!();
        println!(
            "(e) cold start, whole pack: from .wasm {:.1} ms, from the precompiled cache {:.1} ms",
            ms(self.cold_wasm.p50()),
            ms(self.cold_cache.p50())
        );
        println!(
            "throughput, isolated: {:.0} checks/s with 1 thread, {:.0} with 2 ({:.2}x)",
            self.throughput[0],
            self.throughput[1],
            self.throughput[1] / self.throughput[0]
        );
        println!(
            "throughput, warm:     {:.0} checks/s with 1 thread, {:.0} with 2 ({:.2}x)",
            self.warm_throughput[0],
            self.warm_throughput[1],
            self.warm_throughput[1] / self.warm_throughput[0]
        );
        println!(
            "the same checks one after another (RulePack::check): {:.0} checks/s isolated, {:.0} warm",
            self.one_by_one[0], self.one_by_one[1]
        );
        self.print_per_rule();
        println!();
        println!(
            "{:<44} {:>10} {:>14}",
            "(f) reading one declaration, native", "p50 µs", "corpus bytes"
        );
        for (name, samples, bytes) in &self.forms {
            let bytes = bytes.map_or_else(|| "-".to_owned(), |b| b.to_string());
            println!("{name:<44} {:>10.2} {bytes:>14}", samples.p50());
        }
        println!();
        println!(
            "{:<10} {:>16} {:>16}",
            "rules", "isolated p50 µs", "native p50 µs"
        );
        for (n, wasm, native) in &self.by_rules {
            println!("{n:<10} {wasm:>16.1} {native:>16.1}");
        }
        println!();
        println!(
            "{:<10} {:>16} {:>16} {:>16}",
            "bytes", "isolated p50 µs", "warm p50 µs", "native p50 µs"
        );
        for (bytes, iso, warm, native) in &self.by_size {
            println!("{bytes:<10} {iso:>16.1} {warm:>16.1} {native:>16.1}");
        }
        println!();
        let targets = [
            (
                "isolated full-pack p50 under 200 µs",
                self.isolated.p50() < 200.0,
            ),
            (
                "warm within 2x of native",
                self.warm.p50() <= 2.0 * self.native.p50(),
            ),
            (
                "faster than regorus on the shared subset (isolated)",
                self.shared_isolated.p50() < self.regorus.p50(),
            ),
            (
                "cold start from the cache under 20 ms",
                ms(self.cold_cache.p50()) < 20.0,
            ),
            (
                "2 threads at least 1.7x 1 thread",
                self.throughput[1] >= 1.7 * self.throughput[0],
            ),
        ];
        for (target, met) in targets {
            println!("{} {target}", if met { "met    " } else { "NOT met" });
        }
    }
}
