//! Checks a type cannot express: fixed values, ranges and code shapes.

use super::SourceMap;
use super::error::ParseError;
use crate::{DECLARATION_SCHEMA, Declaration};

pub(super) fn check(d: &Declaration, map: &SourceMap) -> Result<(), ParseError> {
    let fail = |path: &str, message: String| {
        Err(ParseError::invalid_value(message, path, map.locate(path)))
    };
    if d.schema != DECLARATION_SCHEMA {
        return fail(
            "/schema",
            format!(
                "unsupported schema `{}`, expected `{DECLARATION_SCHEMA}`",
                d.schema
            ),
        );
    }
    if d.id.trim().is_empty() {
        return fail("/id", "the id must not be empty".to_owned());
    }
    if let Some(j) = &d.jurisdiction {
        if let Some(c) = &j.country
            && (c.len() != 2 || !c.bytes().all(|b| b.is_ascii_uppercase()))
        {
            return fail(
                "/jurisdiction/country",
                format!("`{c}` is not an ISO 3166-1 alpha-2 code such as `CN`"),
            );
        }
        if let Some(r) = &j.region {
            let ok = r.split_once('-').is_some_and(|(country, sub)| {
                country.len() == 2
                    && country.bytes().all(|b| b.is_ascii_uppercase())
                    && (1..=3).contains(&sub.len())
                    && sub
                        .bytes()
                        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            });
            if !ok {
                return fail(
                    "/jurisdiction/region",
                    format!("`{r}` is not an ISO 3166-2 code such as `CN-ZJ`"),
                );
            }
        }
    }
    if let Some(level) = d.security.as_ref().and_then(|s| s.mlps_level)
        && !(1..=5).contains(&level)
    {
        return fail(
            "/security/mlps_level",
            format!("`{level}` is out of range, expected a level from 1 to 5"),
        );
    }
    if let Some(years) = d.assessment.as_ref().and_then(|a| a.retained_years)
        && years < 0.0
    {
        return fail(
            "/assessment/retained_years",
            format!("`{years}` is negative"),
        );
    }
    Ok(())
}
