//! Rules written to misbehave, and bytes that are not rules: the host stays up and bounded,
//! says what went wrong, keeps every other rule's findings and checks the next declaration
//! normally.

use std::time::{Duration, Instant};

use frt_model::Status;
use frt_runtime::{
    Declaration, FailurePolicy, Format, Limits, LoadError, Report, Runtime, Verdict, parse,
};
use frt_tests::guests;

const LOCKER: &str = "
schema: frt/declaration/v1
id: locker-camera
as_of: 2026-05-01
jurisdiction: { country: CN }
siting: { public_place: true, venue: public_changing_room }
";

const LOBBY: &str = "
schema: frt/declaration/v1
id: hotel-lobby
as_of: 2026-05-01
jurisdiction: { country: CN }
siting: { public_place: true, venue: hotel_lobby }
";

/// How far past its deadline a check may return: the other rules' work and a loaded machine.
const SLACK: Duration = Duration::from_secs(20);

/// A runtime under `limits` that shares compiled rules with the other tests through
/// wasmtime's cache, so the national pack is compiled once per test run, not once per test.
fn runtime(limits: Limits) -> Runtime {
    let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("frt-rule-cache");
    Runtime::with_cache(limits, &cache).unwrap()
}

fn declaration(source: &str) -> Declaration {
    parse(source, Format::Yaml).unwrap().declaration
}

fn national() -> Vec<(String, Vec<u8>)> {
    frt_builtin_packs::COMPONENTS
        .iter()
        .map(|(n, b)| (format!("{n}.wasm"), b.to_vec()))
        .collect()
}

fn read(path: &str) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

/// Limits with a short deadline, so that a spinning rule is stopped quickly.
fn short_deadline() -> Limits {
    Limits {
        deadline: Duration::from_millis(300),
        fuel: u64::MAX / 2,
        ..Limits::default()
    }
}

/// Loads the national pack with the guest at `path`, checks two declarations and shows that
/// the guest's failure is one `error` finding whose message holds `reason`, that every
/// national finding is as without the guest, and that the host returned in time. Returns
/// the first report.
fn contained(limits: Limits, path: &str, id: &str, reason: &str) -> Report {
    let runtime = runtime(limits);
    let alone = runtime.national_pack().unwrap();
    let mut components = national();
    components.push(("hostile.wasm".into(), read(path)));
    let pack = runtime
        .load_bytes(components.iter().map(|(n, b)| (n.as_str(), b.as_slice())))
        .unwrap();
    let mut first = None;
    for source in [LOCKER, LOBBY, LOCKER] {
        let declaration = declaration(source);
        let started = Instant::now();
        let report = pack.check(&declaration, None);
        assert!(
            started.elapsed() < limits.deadline + SLACK,
            "`{id}` held the host for {:?}",
            started.elapsed()
        );
        let errors: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.status == Status::Error)
            .collect();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].rule, id);
        let message = &errors[0].message.en;
        assert!(message.contains(&format!("`{id}`")), "{message}");
        assert!(message.contains(reason), "{message}");
        assert_eq!(report.verdict, Verdict::NonCompliant);
        let others: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.rule != id)
            .cloned()
            .collect();
        assert_eq!(others, alone.check(&declaration, None).findings);
        first.get_or_insert(report);
    }
    first.unwrap()
}

#[test]
fn an_endless_loop_in_check_is_stopped_by_the_deadline() {
    contained(
        short_deadline(),
        guests::LOOP_CHECK,
        "test-loop-check",
        "ran past its deadline: 300 ms of wall-clock time",
    );
}

#[test]
fn an_endless_loop_in_check_is_stopped_by_the_fuel() {
    let limits = Limits {
        fuel: 20_000_000,
        ..Limits::default()
    };
    contained(
        limits,
        guests::LOOP_CHECK,
        "test-loop-check",
        "ran out of fuel: its CPU budget of 20000000 units",
    );
}

#[test]
fn a_rule_that_allocates_without_end_is_trapped_at_the_memory_cap() {
    let limits = Limits {
        memory_bytes: 16 << 20,
        ..Limits::default()
    };
    contained(
        limits,
        guests::MEMORY_HOG,
        "test-memory-hog",
        "past the limit of 16777216 bytes",
    );
}

#[test]
fn endless_recursion_traps_the_rule_not_the_host() {
    contained(
        Limits::default(),
        guests::DEEP_RECURSION,
        "test-deep-recursion",
        "it trapped",
    );
}

#[test]
fn a_panic_traps_the_rule_not_the_host() {
    contained(
        Limits::default(),
        guests::TRAP_RULE,
        "test-trap",
        "it trapped",
    );
}

#[test]
fn too_many_findings_are_refused() {
    contained(
        Limits::default(),
        guests::MANY_FINDINGS,
        "test-many-findings",
        "it returned 100000 findings, more than the limit of 1000",
    );
}

#[test]
fn a_huge_string_is_refused() {
    contained(
        Limits::default(),
        guests::HUGE_STRINGS,
        "test-huge-strings",
        "a string of 1048576 bytes, more than the limit of 16384",
    );
}

#[test]
fn the_output_of_a_rule_is_capped_in_total() {
    let limits = Limits {
        max_string_bytes: 2 << 20,
        max_output_bytes: 1 << 20,
        ..Limits::default()
    };
    contained(
        limits,
        guests::HUGE_STRINGS,
        "test-huge-strings",
        "bytes of text, more than the limit of 1048576",
    );
}

#[test]
fn bytes_that_are_not_utf8_are_refused() {
    let report = contained(
        Limits::default(),
        guests::RAW_STRINGS,
        "test-raw-strings",
        "it failed",
    );
    let error = report
        .findings
        .iter()
        .find(|f| f.status == Status::Error)
        .unwrap();
    assert!(
        error.message.en.to_lowercase().contains("utf-8"),
        "{}",
        error.message.en
    );
}

#[test]
fn failing_open_keeps_the_error_but_not_the_non_compliant_verdict() {
    let runtime = runtime(Limits::default());
    let pack = runtime
        .load_bytes([("trap.wasm", read(guests::TRAP_RULE).as_slice())])
        .unwrap();
    let declaration = declaration(LOBBY);
    let closed = pack.check(&declaration, None);
    let open = pack.check_with_policy(&declaration, None, FailurePolicy::FailOpen);
    assert_eq!(closed.findings, open.findings);
    assert_eq!(open.summary.error, 1);
    assert_eq!(closed.verdict, Verdict::NonCompliant);
    assert_eq!(open.verdict, Verdict::NeedsReview);
    assert_eq!(open.failure_policy, FailurePolicy::FailOpen);
}

/// Loading `bytes` as `name` fails with the error `check` accepts, and the same runtime
/// then loads and runs the national pack normally.
fn refused(limits: Limits, name: &str, bytes: &[u8], check: impl Fn(&LoadError)) {
    let runtime = runtime(limits);
    let started = Instant::now();
    let err = runtime.load_bytes([(name, bytes)]).unwrap_err();
    assert!(started.elapsed() < limits.deadline + SLACK);
    assert!(err.to_string().contains(&format!("`{name}`")), "{err}");
    check(&err);
    let report = runtime
        .national_pack()
        .unwrap()
        .check(&declaration(LOCKER), None);
    assert_eq!(report.summary.error, 0);
    assert_eq!(report.verdict, Verdict::NonCompliant);
}

#[test]
fn an_endless_loop_in_describe_stops_loading_at_the_deadline() {
    refused(
        short_deadline(),
        "loop-describe.wasm",
        &read(guests::LOOP_DESCRIBE),
        |err| {
            assert!(matches!(err, LoadError::Describe { .. }), "{err:?}");
            assert!(err.to_string().contains("ran past its deadline"), "{err}");
        },
    );
}

#[test]
fn an_endless_loop_in_describe_stops_loading_when_the_fuel_runs_out() {
    refused(
        Limits::default(),
        "loop-describe.wasm",
        &read(guests::LOOP_DESCRIBE),
        |err| {
            assert!(matches!(err, LoadError::Describe { .. }), "{err:?}");
            assert!(err.to_string().contains("ran out of fuel"), "{err}");
        },
    );
}

#[test]
fn a_component_importing_the_wasi_filesystem_is_refused() {
    refused(
        Limits::default(),
        "fs.wasm",
        &read(guests::WASI_FILESYSTEM),
        |err| {
            assert!(matches!(err, LoadError::Import { .. }), "{err:?}");
            assert!(err.to_string().contains("`wasi:filesystem/"), "{err}");
        },
    );
}

#[test]
fn a_component_importing_wasi_sockets_is_refused() {
    refused(
        Limits::default(),
        "net.wasm",
        &read(guests::WASI_SOCKETS),
        |err| {
            assert!(matches!(err, LoadError::Import { .. }), "{err:?}");
            assert!(err.to_string().contains("`wasi:sockets/"), "{err}");
        },
    );
}

#[test]
fn a_component_for_another_major_version_of_the_world_is_refused() {
    refused(
        Limits::default(),
        "v1.wasm",
        &read(guests::RULE_V1),
        |err| {
            assert!(matches!(err, LoadError::WrongWorld { .. }), "{err:?}");
            assert!(err.to_string().contains("`frt:rule@0.1.0`"), "{err}");
        },
    );
}

#[test]
fn a_component_for_another_world_is_refused() {
    // The smallest valid component: it exports nothing.
    refused(
        Limits::default(),
        "empty.wasm",
        b"\0asm\x0d\0\x01\0",
        |err| {
            assert!(matches!(err, LoadError::WrongWorld { .. }), "{err:?}");
        },
    );
}

#[test]
fn truncated_and_corrupt_components_are_refused() {
    let real = read(guests::TRAP_RULE);
    let compile = |err: &LoadError| assert!(matches!(err, LoadError::Compile { .. }), "{err:?}");
    refused(
        Limits::default(),
        "truncated.wasm",
        &real[..real.len() / 3],
        compile,
    );
    let mut corrupt = real.clone();
    let middle = corrupt.len() / 2;
    for byte in &mut corrupt[middle..middle + 64] {
        *byte = !*byte;
    }
    refused(Limits::default(), "corrupt.wasm", &corrupt, compile);
}

#[test]
fn a_component_over_the_size_limit_is_refused_before_compiling() {
    let limits = Limits {
        max_component_bytes: 1 << 10,
        ..Limits::default()
    };
    let err = runtime(limits)
        .load_bytes([("big.wasm", read(guests::TRAP_RULE).as_slice())])
        .unwrap_err();
    assert!(matches!(err, LoadError::TooLarge { .. }), "{err:?}");
    assert!(err.to_string().contains("limit of 1024 bytes"), "{err}");
}

#[test]
fn a_rule_keeps_no_state_from_one_check_to_the_next() {
    let runtime = runtime(Limits::default());
    let pack = runtime
        .load_bytes([("stateful.wasm", read(guests::STATEFUL_RULE).as_slice())])
        .unwrap();
    for source in [LOCKER, LOBBY, LOCKER, LOBBY] {
        let report = pack.check(&declaration(source), None);
        let [finding] = report.findings.as_slice() else {
            panic!("{:?}", report.findings)
        };
        // Every check meets a fresh instance: its first check, with nothing seen before.
        assert_eq!(
            finding.message.en,
            "check 1 of this instance; no declaration before"
        );
    }
}

#[test]
fn declarations_beyond_the_input_limits_are_refused_by_the_runtime() {
    let refusal = |edit: fn(&mut Limits)| {
        let mut limits = Limits::default();
        edit(&mut limits);
        runtime(limits)
            .parse(LOCKER, Format::Yaml)
            .unwrap_err()
            .to_string()
    };
    let size = refusal(|l| l.input.max_bytes = 64);
    assert!(size.contains("limit of 64 bytes"), "{size}");
    let depth = refusal(|l| l.input.max_depth = 1);
    assert!(depth.contains('1'), "{depth}");
    let string = refusal(|l| l.input.max_string_bytes = 5);
    assert!(string.contains("longer than 5 bytes"), "{string}");
    assert!(
        runtime(Limits::default())
            .parse(LOCKER, Format::Yaml)
            .is_ok()
    );
}
