//! The request handlers.

use std::time::Instant;

use axum::body::Body;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use frt_model::Date;
use frt_model::parse::{Format, parse};
use frt_report::render;
use frt_runtime::{FailurePolicy, PackChoice};
use serde::Deserialize;

use crate::{ApiError, OPENAPI, Service};

fn json(status: StatusCode, body: String) -> Response {
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

/// Query parameters of `POST /v1/check`.
#[derive(Debug, Deserialize)]
pub(crate) struct CheckQuery {
    as_of: Option<String>,
}

fn format_of(headers: &HeaderMap) -> Result<Format, ApiError> {
    let media = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            v.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        });
    match media.as_deref() {
        Some("application/json") => Ok(Format::Json),
        Some("application/yaml" | "application/x-yaml" | "text/yaml" | "text/x-yaml") => {
            Ok(Format::Yaml)
        }
        other => Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            format!(
                "unsupported content type `{}`, expected `application/json` or `application/yaml`",
                other.unwrap_or("")
            ),
        )),
    }
}

pub(crate) async fn check(
    State(service): State<Service>,
    Query(query): Query<CheckQuery>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let inner = &service.inner;
    let format = format_of(&headers)?;
    let as_of = match query.as_of {
        None => None,
        Some(s) => Some(s.parse::<Date>().map_err(|e| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                "invalid_parameter",
                format!("`as_of`: {e}"),
            )
        })?),
    };
    let limit = inner.config.max_body_bytes;
    let bytes = axum::body::to_bytes(body, limit).await.map_err(|_| {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
            format!("the request body is larger than the limit of {limit} bytes"),
        )
    })?;
    let source = std::str::from_utf8(&bytes).map_err(|e| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "syntax_error",
            format!("the body is not UTF-8: {e}"),
        )
    })?;
    let declaration = parse(source, format)
        .map_err(|e| ApiError::declaration(&e))?
        .declaration;

    let Ok(permit) = inner.permits.clone().try_acquire_owned() else {
        inner.metrics.record_rejected();
        return Err(ApiError::busy("too many checks in flight; retry shortly"));
    };
    let started = Instant::now();
    let rules = inner.rules.clone();
    let task = tokio::task::spawn_blocking(move || {
        let _permit = permit;
        rules.check(
            &declaration,
            as_of,
            FailurePolicy::FailClosed,
            &PackChoice::ByJurisdiction,
        )
    });
    let report = match tokio::time::timeout(inner.config.check_deadline, task).await {
        Ok(Ok(Ok(report))) => report,
        Ok(Ok(Err(e))) => {
            return Err(ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                e.to_string(),
            ));
        }
        Ok(Err(e)) => {
            return Err(ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                format!("the check failed: {e}"),
            ));
        }
        Err(_) => {
            inner.metrics.record_rejected();
            return Err(ApiError::busy(
                "the check did not finish within the deadline",
            ));
        }
    };
    inner
        .metrics
        .record_check(report.verdict, report.summary.error, started.elapsed());
    Ok(json(StatusCode::OK, render::json(&report)))
}

pub(crate) async fn rules(State(service): State<Service>) -> Response {
    let list = service.inner.rules.listing();
    json(
        StatusCode::OK,
        serde_json::to_string_pretty(&list).expect("JSON"),
    )
}

pub(crate) async fn schema() -> Response {
    let schema = frt_model::declaration_schema();
    json(
        StatusCode::OK,
        serde_json::to_string_pretty(&schema).expect("JSON"),
    )
}

pub(crate) async fn openapi() -> Response {
    json(StatusCode::OK, OPENAPI.to_owned())
}

pub(crate) async fn healthz() -> Response {
    json(StatusCode::OK, r#"{"status":"ok"}"#.to_owned())
}

pub(crate) async fn readyz(State(service): State<Service>) -> Response {
    let rules = service.inner.rules.loaded().len();
    if rules == 0 {
        return ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "not_ready",
            "no rules are loaded",
        )
        .into_response();
    }
    json(
        StatusCode::OK,
        format!(r#"{{"status":"ready","rules":{rules}}}"#),
    )
}

pub(crate) async fn metrics(State(service): State<Service>) -> Response {
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        service.inner.metrics.render(),
    )
        .into_response()
}

pub(crate) async fn not_found() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "not_found",
        "no such endpoint; see `/v1/openapi.json`",
    )
}
