//! Facts several instruments turn on, read from a declaration the same way everywhere.
//!
//! Each returns `Some(true)` or `Some(false)` when the declaration decides the fact and `None`
//! when it does not, so the rule can say `needs_review` naming the fields.

use frt_model::{Declaration, PurposeCategory};

/// The fields [`way_in_without_face`] reads.
pub const WAY_IN_EVIDENCE: [&str; 3] = [
    "/alternatives/offered",
    "/alternatives/offered_on_refusal",
    "/practices/refusal_denies_service",
];

/// Whether a person who refuses face recognition still has a way in (or to the service):
/// `false` when refusal shuts them out or no other way is offered, `true` when another way is
/// offered on refusal. Shanghai Art. 23(3), Hangzhou Art. 50(2), SPC 2021 Art. 10.
pub fn way_in_without_face(d: &Declaration) -> Option<bool> {
    let alternatives = d.alternatives.as_ref();
    let offered = alternatives.and_then(|a| a.offered.as_ref());
    let on_refusal = alternatives.and_then(|a| a.offered_on_refusal);
    let denies = d.practices.as_ref().and_then(|p| p.refusal_denies_service);
    if denies == Some(true) || on_refusal == Some(false) || offered.is_some_and(|o| o.is_empty()) {
        return Some(false);
    }
    (on_refusal == Some(true)).then_some(true)
}

/// The fields [`public_safety_use_only`] reads.
pub const PUBLIC_SAFETY_USE_EVIDENCE: [&str; 3] = [
    "/activity/purpose_category",
    "/activity/secondary_purposes",
    "/consent/separate",
];

/// Whether images from a public place serve public safety only, or each person separately
/// consented to the other use (PIPL Art. 26, Shanghai Art. 23(2)).
pub fn public_safety_use_only(d: &Declaration) -> Option<bool> {
    let activity = d.activity.clone().unwrap_or_default();
    let other_purpose = match (
        activity.purpose_category,
        activity.secondary_purposes.as_ref(),
    ) {
        (Some(PurposeCategory::PublicSafety), Some(more)) => {
            Some(more.iter().any(|p| *p != PurposeCategory::PublicSafety))
        }
        (Some(PurposeCategory::PublicSafety), None) | (None, _) => None,
        (Some(_), _) => Some(true),
    };
    match other_purpose? {
        false => Some(true),
        true => d.consent.as_ref().and_then(|c| c.separate),
    }
}

/// Whether every disclosure of face data rests on a stated ground: `true` when nothing is
/// disclosed or grounds are listed, `false` when data is disclosed with no ground (BIPA
/// 14/15(d), CUBI §503.001(c)(1), SPC 2021 Art. 2(6)).
pub fn disclosure_grounded(d: &Declaration) -> Option<bool> {
    let disclosure = d.disclosure.as_ref()?;
    match (disclosure.disclosed?, disclosure.grounds.as_ref()) {
        (false, _) => Some(true),
        (true, Some(grounds)) => Some(!grounds.is_empty()),
        (true, None) => None,
    }
}
