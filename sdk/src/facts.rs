//! Facts several instruments turn on, read from a declaration the same way everywhere.
//!
//! Each returns `Some(true)` or `Some(false)` when the declaration decides the fact and `None`
//! when it does not, so the rule can say `needs_review` naming the fields.

use frt_model::{AssessmentTopic, Declaration, MinorsPresence, PurposeCategory};

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

/// The fields [`purpose_and_necessity`] reads.
pub const PURPOSE_NECESSITY_EVIDENCE: [&str; 4] = [
    "/activity/purpose",
    "/activity/purpose_category",
    "/activity/necessity",
    "/assessment/covers",
];

/// What a rule says when [`purpose_and_necessity`] holds, in English and Chinese.
pub const PURPOSE_NECESSITY_MET: (&str, &str) = (
    "The purpose is specific and the necessity is explained and weighed in the impact assessment.",
    "目的特定，必要性已说明并经个人信息保护影响评估。",
);

/// What to do when [`purpose_and_necessity`] fails or is unknown, in English and Chinese.
pub const PURPOSE_NECESSITY_FIX: (&str, &str) = (
    "State `activity.purpose` with a precise `activity.purpose_category`, explain `activity.necessity`, and cover `lawfulness_necessity` in the impact assessment (`assessment.covers`).",
    "填写 `activity.purpose` 并选择准确的 `activity.purpose_category`，在 `activity.necessity` 中说明必要性，并在影响评估中涵盖 `lawfulness_necessity`（`assessment.covers`）。",
);

/// Whether processing has a specific purpose and a sufficient necessity that was weighed,
/// decided as the Measures' Art. 4 rule decides its two duties: `false` when the purpose is
/// declared but blank; `true` when a purpose of a named category (not `other`) is stated, the
/// necessity is explained and the impact assessment covers `lawfulness_necessity`; otherwise
/// unknown (PIPL Art. 28(2), Shanghai Art. 22).
pub fn purpose_and_necessity(d: &Declaration) -> Option<bool> {
    let activity = d.activity.as_ref();
    let purpose = activity.and_then(|a| a.purpose.as_deref()).map(str::trim);
    if purpose == Some("") {
        return Some(false);
    }
    let named = activity
        .and_then(|a| a.purpose_category)
        .is_some_and(|c| c != PurposeCategory::Other);
    let explained = activity
        .and_then(|a| a.necessity.as_deref())
        .is_some_and(|n| !n.trim().is_empty());
    let weighed = d
        .assessment
        .as_ref()
        .and_then(|a| a.covers.as_ref())
        .is_some_and(|c| c.contains(&AssessmentTopic::LawfulnessNecessity));
    (purpose.is_some() && named && explained && weighed).then_some(true)
}

/// The fields [`guardian_consent`] reads.
pub const GUARDIAN_EVIDENCE: [&str; 2] =
    ["/subjects/minors_under_14", "/subjects/guardian_consent"];

/// Whether every child under fourteen whose face may be processed has a parent's or
/// guardian's consent: `true` when no child is processed or the consent is obtained, `false`
/// when children may be processed without it (Measures Art. 7(1), PIPL Art. 31(1), SPC 2021
/// Art. 2(3)).
pub fn guardian_consent(d: &Declaration) -> Option<bool> {
    let subjects = d.subjects.as_ref();
    match subjects.and_then(|s| s.minors_under_14)? {
        MinorsPresence::None => Some(true),
        MinorsPresence::Possible | MinorsPresence::Targeted => {
            subjects.and_then(|s| s.guardian_consent)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use frt_model::{Activity, Assessment, Subjects};

    #[test]
    fn purpose_and_necessity_needs_every_fact() {
        let mut d = Declaration {
            activity: Some(Activity {
                purpose: Some("door access for staff".into()),
                purpose_category: Some(PurposeCategory::AccessControl),
                necessity: Some("badges are shared".into()),
                ..Default::default()
            }),
            ..Default::default()
        };
        assert_eq!(purpose_and_necessity(&d), None);
        d.assessment = Some(Assessment {
            covers: Some(vec![AssessmentTopic::LawfulnessNecessity]),
            ..Default::default()
        });
        assert_eq!(purpose_and_necessity(&d), Some(true));
        d.activity.as_mut().unwrap().purpose = Some("  ".into());
        assert_eq!(purpose_and_necessity(&d), Some(false));
    }

    #[test]
    fn guardian_consent_only_counts_where_children_are_processed() {
        let with = |minors, consent| Declaration {
            subjects: Some(Subjects {
                minors_under_14: minors,
                guardian_consent: consent,
                ..Default::default()
            }),
            ..Default::default()
        };
        assert_eq!(
            guardian_consent(&with(Some(MinorsPresence::None), Some(false))),
            Some(true)
        );
        assert_eq!(
            guardian_consent(&with(Some(MinorsPresence::Targeted), Some(false))),
            Some(false)
        );
        assert_eq!(
            guardian_consent(&with(Some(MinorsPresence::Possible), None)),
            None
        );
        assert_eq!(guardian_consent(&with(None, Some(true))), None);
    }
}
