//! Exit statuses, as the report specification defines them.

/// Compliant, or needs review.
pub const OK: u8 = 0;
/// Non-compliant.
pub const NON_COMPLIANT: u8 = 1;
/// Unusable input or arguments.
pub const USAGE: u8 = 2;
/// A rule module failed; the report says which.
pub const RULE_FAILED: u8 = 3;

/// How bad an exit status is, for combining the statuses of several files.
pub fn severity(code: u8) -> u8 {
    match code {
        USAGE => 3,
        RULE_FAILED => 2,
        NON_COMPLIANT => 1,
        _ => 0,
    }
}

/// The worse of two exit statuses.
pub fn worse(a: u8, b: u8) -> u8 {
    if severity(b) > severity(a) { b } else { a }
}
