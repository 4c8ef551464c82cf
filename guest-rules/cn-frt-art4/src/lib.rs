//! Art. 4 of the Measures: a specific purpose, sufficient necessity, the least impact.
//!
//! > 第四条 应用人脸识别技术处理人脸信息，应当具有特定的目的和充分的必要性，采取对个人权益
//! > 影响最小的方式，并实施严格保护措施。
//!
//! The strict protection measures are decided by Art. 14's rule; where face information is
//! stored is Art. 8's question. See `README.md` beside this file for what each obligation
//! checks and why.

use frt_sdk::prelude::*;

/// A specific purpose (特定的目的).
pub const SPECIFIC_PURPOSE: Obligation =
    Obligation::new("cn-frt-4-specific-purpose", "4").title("Specific purpose", "具有特定的目的");

/// Sufficient necessity (充分的必要性).
pub const NECESSITY: Obligation =
    Obligation::new("cn-frt-4-necessity", "4").title("Sufficient necessity", "具有充分的必要性");

/// The way with the least impact on personal rights (对个人权益影响最小的方式).
pub const LEAST_IMPACT: Obligation = Obligation::new("cn-frt-4-least-impact", "4")
    .title("Least impact on rights", "采取对个人权益影响最小的方式");

/// The rule.
#[derive(Debug)]
pub struct Art4;

impl Rule for Art4 {
    fn describe() -> RuleDescription {
        describe("cn-frt-art4", "0.1.0", measures::INSTRUMENT)
            .title(
                "Specific purpose, sufficient necessity, least impact",
                "特定目的、充分必要、影响最小",
            )
            .article(
                "4",
                "Processing face information by applying face recognition technology shall have a specific purpose and sufficient necessity, adopt the way with the least impact on personal rights and interests, and implement strict protection measures.",
                "应用人脸识别技术处理人脸信息，应当具有特定的目的和充分的必要性，采取对个人权益影响最小的方式，并实施严格保护措施。",
            )
            .jurisdiction("CN", None, None)
            .effective_from(measures::in_force())
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[SPECIFIC_PURPOSE, NECESSITY, LEAST_IMPACT]
    }

    fn check(input: &Input) -> Vec<Finding> {
        measures::decide(input, Self::obligations(), |input| {
            let activity = input.activity.clone().unwrap_or_default();
            let covers = input.assessment.as_ref().and_then(|a| a.covers.as_deref());
            vec![
                specific_purpose(&activity),
                necessity(&activity, covers),
                least_impact(&activity),
            ]
        })
    }
}

frt_sdk::export_rule!(Art4);

fn specific_purpose(activity: &Activity) -> Finding {
    let o = &SPECIFIC_PURPOSE;
    let Some(purpose) = activity.purpose.as_deref() else {
        return o
            .needs_review(
                "The purpose of the face recognition is not stated, so whether it is specific cannot be decided.",
                "未说明应用人脸识别技术的目的，无法判断是否具有特定的目的。",
            )
            .remediation(
                "State the specific purpose in `activity.purpose` and its kind in `activity.purpose_category`.",
                "在 `activity.purpose` 中写明具体目的，并在 `activity.purpose_category` 中填写目的类别。",
            )
            .evidence("/activity/purpose")
            .into();
    };
    let purpose = purpose.trim();
    let finding = if purpose.is_empty() {
        o.violation(
            "The purpose is declared but left blank: face recognition without a stated purpose has no specific purpose.",
            "已填写目的字段但内容为空：未说明目的的人脸识别不具有特定的目的。",
        )
        .remediation(
            "Decide and write down the one specific purpose the face recognition serves in `activity.purpose`; stop processing until it is defined.",
            "确定并在 `activity.purpose` 中写明人脸识别所服务的具体目的；在目的明确前停止处理。",
        )
    } else {
        match activity.purpose_category {
            Some(PurposeCategory::Other) => o
                .needs_review(
                    format!("The purpose `{purpose}` falls in the category `other`; a reviewer must judge whether it is specific enough."),
                    format!("目的 `{purpose}` 属于 `other` 类别，需人工判断其是否足够特定。"),
                )
                .remediation(
                    "Have a reviewer confirm that the purpose is specific and limited; choose a precise `activity.purpose_category` where one fits.",
                    "请人工确认该目的具体、有限；如有合适的类别，请在 `activity.purpose_category` 中选择更准确的类别。",
                ),
            Some(category) => o.satisfied(
                format!("The purpose `{purpose}` is stated, in the category `{category}`."),
                format!("已说明目的 `{purpose}`，类别为 `{category}`。"),
            ),
            None => o
                .needs_review(
                    format!("The purpose `{purpose}` is stated but its category is not, so whether it is specific is left to a reviewer."),
                    format!("已说明目的 `{purpose}`，但未说明目的类别，需人工判断其是否足够特定。"),
                )
                .remediation(
                    "State `activity.purpose_category`.",
                    "填写 `activity.purpose_category`。",
                ),
        }
    };
    finding
        .evidence_all(["/activity/purpose", "/activity/purpose_category"])
        .into()
}

fn necessity(activity: &Activity, covers: Option<&[AssessmentTopic]>) -> Finding {
    let o = &NECESSITY;
    let rationale = activity
        .necessity
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty());
    let Some(rationale) = rationale else {
        return o
            .needs_review(
                "No reason is given why face recognition is necessary for the purpose, so sufficient necessity cannot be shown.",
                "未说明人脸识别对实现该目的为何必要，无法证明具有充分的必要性。",
            )
            .remediation(
                "State in `activity.necessity` why the purpose cannot be met without face recognition, and assess it in the impact assessment.",
                "在 `activity.necessity` 中说明不使用人脸识别为何无法实现该目的，并在个人信息保护影响评估中予以评估。",
            )
            .evidence("/activity/necessity")
            .into();
    };
    let finding = match covers {
        Some(c) if c.contains(&AssessmentTopic::LawfulnessNecessity) => o.satisfied(
            format!("The necessity is explained (`{rationale}`) and the impact assessment covers `lawfulness_necessity`."),
            format!("已说明必要性（`{rationale}`），且个人信息保护影响评估涵盖 `lawfulness_necessity`。"),
        ),
        Some(_) => o
            .needs_review(
                format!("The necessity is explained (`{rationale}`), but the impact assessment does not cover `lawfulness_necessity`, so nothing shows the reason was weighed."),
                format!("已说明必要性（`{rationale}`），但个人信息保护影响评估未涵盖 `lawfulness_necessity`，无法证明已对该理由进行评估。"),
            )
            .remediation(
                "Assess the lawfulness, legitimacy and necessity of the purpose and method in the impact assessment, and add `lawfulness_necessity` to `assessment.covers`.",
                "在个人信息保护影响评估中评估处理目的、处理方式的合法性、正当性和必要性，并在 `assessment.covers` 中加入 `lawfulness_necessity`。",
            ),
        None => o
            .needs_review(
                format!("The necessity is explained (`{rationale}`), but what the impact assessment covers is not stated, so nothing shows the reason was weighed."),
                format!("已说明必要性（`{rationale}`），但未说明个人信息保护影响评估的内容，无法证明已对该理由进行评估。"),
            )
            .remediation(
                "State `assessment.covers`; the assessment must cover `lawfulness_necessity`.",
                "填写 `assessment.covers`；评估应当涵盖 `lawfulness_necessity`。",
            ),
    };
    finding
        .evidence_all(["/activity/necessity", "/assessment/covers"])
        .into()
}

/// Purposes a 1:1 comparison serves, where a 1:N search is more than needed.
const ONE_TO_ONE_PURPOSES: [PurposeCategory; 3] = [
    PurposeCategory::IdentityVerification,
    PurposeCategory::Payment,
    PurposeCategory::Attendance,
];

/// Something that makes a reviewer look at the least-impact question.
struct Concern {
    en: String,
    zh: String,
    fix_en: &'static str,
    fix_zh: &'static str,
    evidence: &'static [&'static str],
}

fn least_impact(activity: &Activity) -> Finding {
    let o = &LEAST_IMPACT;
    if activity.least_intrusive == Some(false) {
        return o
            .violation(
                "The declaration states that face recognition is not the way with the least impact on people's rights (`least_intrusive: false`).",
                "声明表明人脸识别并非对个人权益影响最小的方式（`least_intrusive: false`）。",
            )
            .remediation(
                "Use the less intrusive way that meets the purpose, or show in the impact assessment why no such way exists and state `activity.least_intrusive`.",
                "采用能够实现目的且影响更小的方式，或在影响评估中论证不存在此类方式，并填写 `activity.least_intrusive`。",
            )
            .evidence("/activity/least_intrusive")
            .into();
    }
    let concerns = concerns(activity);
    if concerns.is_empty() {
        return o
            .satisfied(
                "A less intrusive way was weighed and face recognition has the least impact; no raw face images are kept, and no 1:N search serves a purpose a 1:1 comparison meets.",
                "已权衡影响更小的方式，人脸识别为影响最小的方式；未保留原始人脸图像，也未以一对多辨识实现一对一验证即可满足的目的。",
            )
            .evidence_all([
                "/activity/least_intrusive",
                "/activity/raw_images_retained",
                "/activity/modes",
                "/activity/purpose_category",
            ])
            .into();
    }
    let en: Vec<_> = concerns.iter().map(|c| c.en.as_str()).collect();
    let zh: Vec<_> = concerns.iter().map(|c| c.zh.as_str()).collect();
    let fix_en: Vec<_> = concerns.iter().map(|c| c.fix_en).collect();
    let fix_zh: Vec<_> = concerns.iter().map(|c| c.fix_zh).collect();
    o.needs_review(
        format!(
            "Whether the way chosen has the least impact on people's rights needs review: {}.",
            en.join("; ")
        ),
        format!(
            "所采用的方式是否对个人权益影响最小需人工判断：{}。",
            zh.join("；")
        ),
    )
    .remediation(fix_en.join(" "), fix_zh.join(""))
    .evidence_all(concerns.iter().flat_map(|c| c.evidence.iter().copied()))
    .into()
}

fn concerns(activity: &Activity) -> Vec<Concern> {
    let mut concerns = Vec::new();
    if activity.least_intrusive.is_none() {
        concerns.push(Concern {
            en: "whether a less intrusive way was weighed is not stated".into(),
            zh: "未说明是否已权衡影响更小的方式".into(),
            fix_en: "Weigh the less intrusive ways of meeting the purpose and state `activity.least_intrusive`.",
            fix_zh: "权衡实现目的的其他影响更小的方式，并填写 `activity.least_intrusive`。",
            evidence: &["/activity/least_intrusive"],
        });
    }
    match activity.raw_images_retained {
        Some(true) => concerns.push(Concern {
            en: "raw face images are kept after the comparison (`raw_images_retained: true`)".into(),
            zh: "比对后仍保留原始人脸图像（`raw_images_retained: true`）".into(),
            fix_en: "Delete raw face images once the comparison is done, or record why keeping them is necessary.",
            fix_zh: "比对完成后删除原始人脸图像，或记录保留的必要性。",
            evidence: &["/activity/raw_images_retained"],
        }),
        None => concerns.push(Concern {
            en: "whether raw face images are kept after the comparison is not stated".into(),
            zh: "未说明比对后是否保留原始人脸图像".into(),
            fix_en: "State `activity.raw_images_retained`.",
            fix_zh: "填写 `activity.raw_images_retained`。",
            evidence: &["/activity/raw_images_retained"],
        }),
        Some(false) => {}
    }
    let identifies = activity
        .modes
        .as_ref()
        .map(|m| m.contains(&Mode::Identification));
    let category = activity.purpose_category;
    let one_to_one = category.map(|c| ONE_TO_ONE_PURPOSES.contains(&c));
    match (identifies, one_to_one, category) {
        (Some(true), Some(true), Some(c)) => concerns.push(Concern {
            en: format!("a 1:N search (`identification`) serves `{c}`, which a 1:1 comparison (`verification`) would meet"),
            zh: format!("以一对多辨识（`identification`）实现 `{c}`，而一对一验证（`verification`）即可满足"),
            fix_en: "Use a 1:1 comparison against the person's own stored face, or record why a 1:N search is needed.",
            fix_zh: "改为与本人已存储人脸进行一对一比对，或记录必须进行一对多辨识的理由。",
            evidence: &["/activity/modes", "/activity/purpose_category"],
        }),
        (None, Some(true), Some(c)) => concerns.push(Concern {
            en: format!("the purpose is `{c}`, which a 1:1 comparison meets, but the comparison modes are not stated"),
            zh: format!("目的为 `{c}`，一对一验证即可满足，但未说明比对方式"),
            fix_en: "State `activity.modes`.",
            fix_zh: "填写 `activity.modes`。",
            evidence: &["/activity/modes", "/activity/purpose_category"],
        }),
        (Some(true), None, _) => concerns.push(Concern {
            en: "a 1:N search (`identification`) is used, but the purpose category is not stated, so whether a 1:1 comparison would do is unknown".into(),
            zh: "使用一对多辨识（`identification`），但未说明目的类别，无法判断一对一验证是否即可满足".into(),
            fix_en: "State `activity.purpose_category`.",
            fix_zh: "填写 `activity.purpose_category`。",
            evidence: &["/activity/modes", "/activity/purpose_category"],
        }),
        _ => {}
    }
    concerns
}
