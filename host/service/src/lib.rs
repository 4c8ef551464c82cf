//! The frt check service: an HTTP API that checks deployment declarations against a rule
//! pack, for cloud platforms that check many tenants' declarations.
//!
//! # Concepts
//!
//! - The service is stateless: rules come from the built-in national pack or a directory
//!   given at start, and every request is checked on its own, so it scales by running more
//!   replicas behind any load balancer.
//! - [`ServiceConfig`] bounds what one replica accepts: request body size, checks in flight
//!   (beyond that it answers `503` with `Retry-After` at once rather than queueing without
//!   bound) and a deadline per check.
//! - Errors are JSON with a stable shape: `code`, `message`, and for declaration errors
//!   `path`, `line` and `column`.
//!
//! # Endpoints
//!
//! | method and path | what |
//! |---|---|
//! | `POST /v1/check` | a declaration (`application/json` or `application/yaml`) in, an `frt/report/v1` report out |
//! | `GET /v1/rules` | the loaded rules' descriptions, digests and packs |
//! | `GET /v1/schema/declaration` | the declaration's JSON Schema |
//! | `GET /v1/openapi.json` | the OpenAPI document of this API |
//! | `GET /healthz`, `GET /readyz` | liveness and readiness |
//! | `GET /metrics` | Prometheus metrics: checks by verdict, rule errors, latency, rules loaded |
//!
//! # Example
//!
//! ```no_run
//! use frt_service::{ServiceConfig, Service};
//!
//! # async fn run() -> std::io::Result<()> {
//! // Every built-in pack; each check runs those its declaration's jurisdiction selects.
//! let packs = frt_runtime::Runtime::new().unwrap().builtin_packs().unwrap();
//! let service = Service::new(packs, ServiceConfig::default());
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8734").await?;
//! service.serve(listener, std::future::pending()).await
//! # }
//! ```

#![deny(missing_docs)]

mod error;
mod handlers;
mod metrics;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::routing::{get, post};
use frt_runtime::Rules;
use tokio::sync::Semaphore;

pub use error::{ApiError, Place};

/// The default address of `frt serve`.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8734";

/// The OpenAPI document of the API.
pub const OPENAPI: &str = include_str!("../openapi.json");

/// What one replica accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServiceConfig {
    /// The largest request body, in bytes.
    pub max_body_bytes: usize,
    /// Checks in flight at once; more are refused with `503` and `Retry-After`.
    pub max_concurrent_checks: usize,
    /// The longest one check may take before it is answered with `503`.
    pub check_deadline: Duration,
}

impl Default for ServiceConfig {
    /// 1 MiB bodies, 64 checks in flight, 10 s per check.
    fn default() -> ServiceConfig {
        ServiceConfig {
            max_body_bytes: 1 << 20,
            max_concurrent_checks: 64,
            check_deadline: Duration::from_secs(10),
        }
    }
}

/// The service: a rule pack, limits and metrics.
#[derive(Debug, Clone)]
pub struct Service {
    pub(crate) inner: Arc<Inner>,
}

#[derive(Debug)]
pub(crate) struct Inner {
    pub rules: Rules,
    pub config: ServiceConfig,
    pub permits: Arc<Semaphore>,
    pub metrics: metrics::Metrics,
}

impl Service {
    /// A service checking against `rules`: a catalog of packs (each check runs those its
    /// declaration's jurisdiction selects, as `frt check` does) or one pack run whole.
    pub fn new(rules: impl Into<Rules>, config: ServiceConfig) -> Service {
        let rules = rules.into();
        let loaded = rules.loaded().len();
        Service {
            inner: Arc::new(Inner {
                rules,
                permits: Arc::new(Semaphore::new(config.max_concurrent_checks)),
                config,
                metrics: metrics::Metrics::new(loaded),
            }),
        }
    }

    /// The HTTP routes.
    pub fn router(&self) -> Router {
        Router::new()
            .route("/v1/check", post(handlers::check))
            .route("/v1/rules", get(handlers::rules))
            .route("/v1/schema/declaration", get(handlers::schema))
            .route("/v1/openapi.json", get(handlers::openapi))
            .route("/healthz", get(handlers::healthz))
            .route("/readyz", get(handlers::readyz))
            .route("/metrics", get(handlers::metrics))
            .fallback(handlers::not_found)
            .with_state(self.clone())
    }

    /// Serves on `listener` until `shutdown` completes, then finishes the checks in flight.
    pub async fn serve(
        self,
        listener: tokio::net::TcpListener,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        axum::serve(listener, self.router())
            .with_graceful_shutdown(shutdown)
            .await
    }
}
