//! The real service on a loopback port, driven by a real HTTP client.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use frt_service::{Service, ServiceConfig};

struct Server {
    addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Server {
    fn start(config: ServiceConfig) -> Server {
        let pack = frt_runtime::Runtime::new()
            .unwrap()
            .national_pack()
            .unwrap();
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                addr_tx.send(listener.local_addr().unwrap()).unwrap();
                let shutdown = async move {
                    let _ = stop_rx.await;
                };
                Service::new(pack, config)
                    .serve(listener, shutdown)
                    .await
                    .unwrap();
            });
        });
        Server {
            addr: addr_rx.recv().unwrap(),
            stop: Some(stop_tx),
            thread: Some(thread),
        }
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.stop.take().unwrap().send(());
        self.thread.take().unwrap().join().unwrap();
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into()
}

fn post(
    server: &Server,
    path: &str,
    content_type: &str,
    body: &str,
) -> (u16, String, Option<String>) {
    let mut response = agent()
        .post(&server.url(path))
        .header("content-type", content_type)
        .send(body)
        .unwrap();
    let retry = response
        .headers()
        .get("retry-after")
        .map(|v| v.to_str().unwrap().to_owned());
    (
        response.status().as_u16(),
        response.body_mut().read_to_string().unwrap(),
        retry,
    )
}

fn get(server: &Server, path: &str) -> (u16, String) {
    let mut response = agent().get(&server.url(path)).call().unwrap();
    (
        response.status().as_u16(),
        response.body_mut().read_to_string().unwrap(),
    )
}

fn example(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/declarations")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn checks_yaml_and_json_and_reports_like_the_library() {
    let server = Server::start(ServiceConfig::default());
    let yaml = example("p02-park-annual-pass.yaml");
    let (status, body, _) = post(&server, "/v1/check", "application/yaml", &yaml);
    assert_eq!(status, 200, "{body}");
    let declaration = frt_runtime::parse(&yaml, frt_runtime::Format::Yaml)
        .unwrap()
        .declaration;
    let pack = frt_runtime::Runtime::new()
        .unwrap()
        .national_pack()
        .unwrap();
    assert_eq!(
        body,
        frt_report::render::json(&pack.check(&declaration, None))
    );

    let json = serde_json::to_string(&declaration).unwrap();
    let (status, from_json, _) = post(
        &server,
        "/v1/check?as_of=2026-01-15",
        "application/json; charset=utf-8",
        &json,
    );
    assert_eq!(status, 200);
    assert_eq!(from_json, body);
}

#[test]
fn errors_have_a_stable_shape_and_the_right_status() {
    let server = Server::start(ServiceConfig {
        max_body_bytes: 4096,
        ..ServiceConfig::default()
    });
    let cases = [
        (
            "application/yaml",
            "schema: frt/declaration/v1\nid: x\nsiting: { venue: prak }\n",
            422,
            "invalid_declaration",
        ),
        (
            "application/yaml",
            "schema: [unclosed\n",
            400,
            "syntax_error",
        ),
        (
            "application/json",
            "{\"schema\": \"frt/declaration/v1\",}",
            400,
            "syntax_error",
        ),
        (
            "text/plain",
            "schema: frt/declaration/v1\nid: x\n",
            415,
            "unsupported_media_type",
        ),
    ];
    for (content_type, body, status, code) in cases {
        let (got, text, _) = post(&server, "/v1/check", content_type, body);
        assert_eq!(got, status, "{text}");
        let error: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(error["code"], code, "{text}");
        assert!(error["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
    let (_, text, _) = post(&server, "/v1/check", "application/yaml", cases[0].1);
    let error: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(error["path"], "/siting/venue");
    assert_eq!(
        (error["line"].as_u64(), error["column"].as_u64()),
        (Some(3), Some(18))
    );
    assert!(error["help"].as_str().unwrap().contains("`park`"));

    let big = format!(
        "schema: frt/declaration/v1\nid: x\nname: {}\n",
        "a".repeat(5000)
    );
    let (status, text, _) = post(&server, "/v1/check", "application/yaml", &big);
    assert_eq!(status, 413, "{text}");
    let (status, _) = get(&server, "/v1/nothing");
    assert_eq!(status, 404);
    let (status, text, _) = post(
        &server,
        "/v1/check?as_of=tomorrow",
        "application/yaml",
        "schema: frt/declaration/v1\nid: x\n",
    );
    assert_eq!(status, 400, "{text}");
}

#[test]
fn rules_schema_openapi_health_and_metrics() {
    let server = Server::start(ServiceConfig::default());
    let (status, body) = get(&server, "/v1/rules");
    assert_eq!(status, 200);
    let rules: Vec<serde_json::Value> = serde_json::from_str(&body).unwrap();
    assert_eq!(rules.len(), 13);
    let (status, body) = get(&server, "/v1/schema/declaration");
    assert_eq!(status, 200);
    assert!(body.contains("\"frt/declaration/v1\""));
    assert_eq!(get(&server, "/healthz").0, 200);
    assert_eq!(get(&server, "/readyz").0, 200);

    // The OpenAPI document is valid JSON and describes every route the router serves.
    let (status, body) = get(&server, "/v1/openapi.json");
    assert_eq!(status, 200);
    let doc: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    for path in [
        "/v1/check",
        "/v1/rules",
        "/v1/schema/declaration",
        "/v1/openapi.json",
        "/healthz",
        "/readyz",
        "/metrics",
    ] {
        assert!(
            doc["paths"].get(path).is_some(),
            "{path} missing from the OpenAPI document"
        );
        let method = if path == "/v1/check" { "post" } else { "get" };
        let (status, _) = if method == "get" {
            get(&server, path)
        } else {
            (200, String::new())
        };
        assert_eq!(status, 200, "{path}");
    }

    post(
        &server,
        "/v1/check",
        "application/yaml",
        &example("p04-changing-room-camera.yaml"),
    );
    let (_, metrics) = get(&server, "/metrics");
    assert!(
        metrics.contains("frt_checks_total{verdict=\"non_compliant\"} 1"),
        "{metrics}"
    );
    assert!(
        metrics.contains("frt_check_duration_seconds_count 1"),
        "{metrics}"
    );
    assert!(metrics.contains("frt_rules_loaded 13"), "{metrics}");
}

#[test]
fn at_its_limit_the_service_refuses_with_retry_after_instead_of_queueing() {
    let server = Server::start(ServiceConfig {
        max_concurrent_checks: 1,
        ..ServiceConfig::default()
    });
    let yaml = example("p01-hotel-lobby-kiosk.yaml");
    let statuses: Vec<(u16, Option<String>)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..16)
            .map(|_| {
                s.spawn(|| {
                    let (status, _, retry) = post(&server, "/v1/check", "application/yaml", &yaml);
                    (status, retry)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert!(
        statuses.iter().all(|(s, _)| *s == 200 || *s == 503),
        "{statuses:?}"
    );
    assert!(statuses.iter().any(|(s, _)| *s == 200));
    for (status, retry) in &statuses {
        if *status == 503 {
            assert_eq!(retry.as_deref(), Some("1"));
        }
    }
    let (_, metrics) = get(&server, "/metrics");
    let rejected = statuses.iter().filter(|(s, _)| *s == 503).count();
    assert!(
        metrics.contains(&format!("frt_checks_rejected_total {rejected}")),
        "{metrics}"
    );
}

/// A bounded load run on loopback: 400 checks from 4 client threads. Prints throughput and
/// p99 (the README records them) and shows no error and no growth of resident memory once
/// warm.
#[test]
fn sustained_load_has_no_errors_and_no_memory_growth() {
    let server = Server::start(ServiceConfig::default());
    let bodies: Vec<String> = [
        "p01-hotel-lobby-kiosk.yaml",
        "p02-park-annual-pass.yaml",
        "p03-supermarket-pay.yaml",
        "p06-unknown-facts.yaml",
    ]
    .iter()
    .map(|n| example(n))
    .collect();
    let run = |per_thread: usize| -> Vec<Duration> {
        std::thread::scope(|s| {
            let handles: Vec<_> = (0..4)
                .map(|t| {
                    let body = &bodies[t % bodies.len()];
                    let server = &server;
                    s.spawn(move || {
                        (0..per_thread)
                            .map(|_| {
                                let start = Instant::now();
                                let (status, text, _) =
                                    post(server, "/v1/check", "application/yaml", body);
                                assert_eq!(status, 200, "{text}");
                                start.elapsed()
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap())
                .collect()
        })
    };
    run(25);
    let before = resident_kib();
    let started = Instant::now();
    let mut latencies = run(100);
    let elapsed = started.elapsed();
    let after = resident_kib();
    latencies.sort();
    let p99 = latencies[latencies.len() * 99 / 100];
    println!(
        "load: {} checks in {:.2} s = {:.0} checks/s, p50 {:?}, p99 {:?}, rss {} -> {} KiB",
        latencies.len(),
        elapsed.as_secs_f64(),
        latencies.len() as f64 / elapsed.as_secs_f64(),
        latencies[latencies.len() / 2],
        p99,
        before,
        after
    );
    assert!(
        after < before + 32 * 1024,
        "resident memory grew from {before} KiB to {after} KiB"
    );
}

fn resident_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmRSS:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}
