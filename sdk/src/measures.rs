//! What every rule of the Measures shares.
//!
//! 《人脸识别技术应用安全管理办法》 (the Measures for the Security Management of Facial
//! Recognition Technology Applications), CAC and MPS Order No. 19, in force 2025-06-01.
//!
//! Before any article applies, the Measures ask four questions ([`gate`]):
//!
//! 1. **In force** (Art. 20): an `as_of` before 2025-06-01 means no duty applies yet.
//! 2. **Territory** (Art. 2(1)): processing within the PRC. A `jurisdiction.country` other than
//!    `CN` means the Measures do not apply; an absent one means nobody knows.
//! 3. **Research and training** (Art. 2(2)): `activity.scope: rd_training` is outside the
//!    Measures (other law, such as the PIPL, still applies).
//! 4. **Face information** (Art. 19(2)): anonymised output only, or only `detection` and
//!    `attribute_analysis` that identify nobody, is not face information.
//!
//! [`decide`] runs the gates, then the article's own logic, then adjusts the result for an
//! entrusted processor (受托人), who cannot itself breach the duties the Measures place on the
//! handler (Arts. 5, 7(2), 9, 15): those findings become `needs_review` for the principal.

use frt_model::{Date, Finding, HandlerRole, Localized, Mode, Scope, Status};

use crate::{Input, Obligation};

/// The instrument id of the Measures.
pub const INSTRUMENT: &str = "CN-FRT-2025";

/// The day the Measures came into force (Art. 20).
pub fn in_force() -> Date {
    Date::new(2025, 6, 1).expect("a valid date")
}

/// Whether the Measures apply to a declaration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gate {
    /// They apply.
    Applies,
    /// They do not, for this reason, shown on every obligation.
    NotApplicable {
        /// Why.
        reason: Localized,
        /// The facts that decided it.
        evidence: Vec<&'static str>,
    },
    /// Whether they apply is unknown.
    Unknown {
        /// What is missing.
        reason: Localized,
        /// The missing fields.
        evidence: Vec<&'static str>,
    },
}

/// Decides whether the Measures apply to `input`.
pub fn gate(input: &Input) -> Gate {
    if input.as_of < in_force() {
        return not_applicable(
            format!(
                "The Measures apply from 2025-06-01 (Art. 20); this assessment speaks for {}.",
                input.as_of
            ),
            format!(
                "《办法》自2025年6月1日起施行（第二十条）；本评估日期为{}。",
                input.as_of
            ),
            vec!["/as_of"],
        );
    }
    let country = input
        .jurisdiction
        .as_ref()
        .and_then(|j| j.country.as_deref());
    if let Some(country) = country.filter(|c| *c != "CN") {
        return not_applicable(
            format!(
                "The Measures govern face recognition within the People's Republic of China (Art. 2); this deployment is in `{country}`."
            ),
            format!(
                "《办法》适用于在中华人民共和国境内应用人脸识别技术处理人脸信息的活动（第二条）；本部署位于 `{country}`。"
            ),
            vec!["/jurisdiction/country"],
        );
    }
    let activity = input.activity.as_ref();
    if activity.and_then(|a| a.scope) == Some(Scope::RdTraining) {
        return not_applicable(
            "Research, development and algorithm training are outside the Measures (Art. 2(2)); other law, such as the PIPL, still applies.".to_owned(),
            "为从事人脸识别技术研发、算法训练活动处理人脸信息的，不适用《办法》（第二条第二款）；《个人信息保护法》等其他法律仍然适用。".to_owned(),
            vec!["/activity/scope"],
        );
    }
    if let Some(evidence) = activity.and_then(not_face_information) {
        return not_applicable(
            "Only anonymised output, or only detection or attribute analysis that identifies nobody: this is not face information (Art. 19(2)), so the Measures' duties do not apply; the PIPL may still apply.".to_owned(),
            "仅产生匿名化结果，或仅进行不识别任何人的检测、属性分析：不属于人脸信息（第十九条第二项），《办法》规定的义务不适用；《个人信息保护法》仍可能适用。".to_owned(),
            evidence,
        );
    }
    if country.is_none() {
        return Gate::Unknown {
            reason: Localized::new(
                "Where the processing happens is not stated, so whether the Measures apply is unknown.",
                "未说明处理活动所在地，无法确定是否适用《办法》。",
            ),
            evidence: vec!["/jurisdiction/country"],
        };
    }
    Gate::Applies
}

fn not_applicable(en: String, zh: String, evidence: Vec<&'static str>) -> Gate {
    Gate::NotApplicable {
        reason: Localized::new(en, zh),
        evidence,
    }
}

/// The evidence that the activity handles no face information, if it does not (Art. 19(2)).
fn not_face_information(activity: &frt_model::Activity) -> Option<Vec<&'static str>> {
    if activity.anonymized == Some(true) {
        return Some(vec!["/activity/anonymized"]);
    }
    let modes = activity.modes.as_ref()?;
    let identifies = |m: &Mode| matches!(m, Mode::Verification | Mode::Identification);
    (!modes.is_empty() && !modes.iter().any(identifies)).then(|| vec!["/activity/modes"])
}

/// Decides an article of the Measures: the gates first, then `decide`, then the entrusted
/// processor adjustment.
pub fn decide(
    input: &Input,
    obligations: &[Obligation],
    decide: impl FnOnce(&Input) -> Vec<Finding>,
) -> Vec<Finding> {
    match gate(input) {
        Gate::Applies => for_entrusted_processor(input, obligations, decide(input)),
        Gate::NotApplicable { reason, evidence } => obligations
            .iter()
            .map(|o| {
                o.not_applicable(reason.en.clone(), reason.zh.clone())
                    .evidence_all(evidence.iter().copied())
                    .build()
            })
            .collect(),
        Gate::Unknown { reason, evidence } => obligations
            .iter()
            .map(|o| {
                o.needs_review(reason.en.clone(), reason.zh.clone())
                    .evidence_all(evidence.iter().copied())
                    .remediation(
                        "State `jurisdiction.country` (for example `CN`).",
                        "填写 `jurisdiction.country`（例如 `CN`）。",
                    )
                    .build()
            })
            .collect(),
    }
}

/// For an entrusted processor, turns a `violation` of a handler's own duty into
/// `needs_review` for the principal; other findings are unchanged.
pub fn for_entrusted_processor(
    input: &Input,
    obligations: &[Obligation],
    findings: Vec<Finding>,
) -> Vec<Finding> {
    let role = input.handler.as_ref().and_then(|h| h.role);
    if role != Some(HandlerRole::EntrustedProcessor) {
        return findings;
    }
    let is_handler_duty = |id: &str| obligations.iter().any(|o| o.id == id && o.handler_duty);
    findings
        .into_iter()
        .map(|mut f| {
            if f.status == Status::Violation && is_handler_duty(&f.obligation) {
                f.status = Status::NeedsReview;
                f.message.en.push_str(" This duty rests on the handler for whom the entrusted processor acts; confirm with the principal that it is met.");
                f.message.zh.push_str("该义务由委托处理的个人信息处理者承担；请与委托方确认已履行。");
                if !f.evidence.iter().any(|e| e == "/handler/principal") {
                    f.evidence.push("/handler/principal".to_owned());
                }
                if f.remediation.is_none() {
                    f.remediation = Some(Localized::new(
                        "Ask the principal to confirm and document compliance.",
                        "请委托方确认并记录其合规情况。",
                    ));
                }
            }
            f
        })
        .collect()
}
