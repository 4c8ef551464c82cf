//! Errors as the API reports them: a status and a JSON body of stable shape.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use frt_model::parse::{ErrorKind, ParseError};
use serde::Serialize;

/// An error answered to a client.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{message}")]
pub struct ApiError {
    #[serde(skip)]
    status: u16,
    /// A stable, machine-readable code such as `invalid_declaration`.
    pub code: &'static str,
    /// What is wrong, for people.
    pub message: String,
    /// Where in the declaration, and how to fix it, for declaration errors.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub place: Option<Box<Place>>,
}

/// Where a declaration error is, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Place {
    /// The JSON Pointer of the field at fault.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The line in the request body, for declaration errors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// The column in the request body, for declaration errors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    /// How to fix it, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
}

impl ApiError {
    pub(crate) fn new(
        status: StatusCode,
        code: &'static str,
        message: impl Into<String>,
    ) -> ApiError {
        ApiError {
            status: status.as_u16(),
            code,
            message: message.into(),
            place: None,
        }
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    pub(crate) fn declaration(e: &ParseError) -> ApiError {
        // Text that is not YAML or JSON at all is a bad request; a readable document that
        // breaks the schema is unprocessable.
        let (status, code) = match e.kind() {
            ErrorKind::Syntax(_) | ErrorKind::JsonSyntax(_) | ErrorKind::Empty => {
                (StatusCode::BAD_REQUEST, "syntax_error")
            }
            ErrorKind::TooLarge { .. } => (StatusCode::PAYLOAD_TOO_LARGE, "too_large"),
            _ => (StatusCode::UNPROCESSABLE_ENTITY, "invalid_declaration"),
        };
        ApiError {
            place: Some(Box::new(Place {
                path: e.path().map(str::to_owned),
                line: e.position().map(|p| p.line),
                column: e.position().map(|p| p.column),
                help: e.help(),
            })),
            ..ApiError::new(status, code, e.to_string())
        }
    }

    pub(crate) fn busy(message: &str) -> ApiError {
        ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "busy", message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let busy = self.status() == StatusCode::SERVICE_UNAVAILABLE;
        let mut response = (self.status(), axum::Json(&self)).into_response();
        if busy {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        }
        response
    }
}
