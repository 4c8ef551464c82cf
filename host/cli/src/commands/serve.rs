//! `frt serve`: the check service over HTTP.

use std::net::SocketAddr;

use anyhow::Context;
use frt_service::{DEFAULT_LISTEN, Service, ServiceConfig};

use crate::exit;

/// Arguments of `frt serve`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The address to listen on.
    #[arg(long, value_name = "ADDR", default_value = DEFAULT_LISTEN)]
    listen: SocketAddr,
    #[command(flatten)]
    rules: super::source::RulesArgs,
    /// The largest request body, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = ServiceConfig::default().max_body_bytes)]
    max_body_bytes: usize,
    /// Checks in flight at once; more are answered `503` with `Retry-After`.
    #[arg(long, value_name = "N", default_value_t = ServiceConfig::default().max_concurrent_checks)]
    max_concurrent_checks: usize,
}

/// Runs `frt serve` until interrupted (Ctrl-C or SIGTERM), then finishes the checks in flight.
pub fn run(args: Args) -> anyhow::Result<u8> {
    let rules = args
        .rules
        .load(&super::runtime(frt_runtime::Limits::default())?)?;
    let config = ServiceConfig {
        max_body_bytes: args.max_body_bytes,
        max_concurrent_checks: args.max_concurrent_checks,
        ..ServiceConfig::default()
    };
    let runtime = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(args.listen)
            .await
            .with_context(|| format!("cannot listen on `{}`", args.listen))?;
        eprintln!(
            "frt serve: {} rules, listening on http://{}",
            rules.loaded().len(),
            listener.local_addr()?
        );
        Service::new(rules, config)
            .serve(listener, shutdown_signal())
            .await?;
        Ok::<_, anyhow::Error>(())
    })?;
    Ok(exit::OK)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}
