//! Art. 9 of the Measures: an impact assessment before processing, records of processing,
//! both kept three years, and a new assessment after changes.
//!
//! > 第九条 个人信息处理者应用人脸识别技术处理人脸信息，应当事前进行个人信息保护影响评估，
//! > 并对处理情况进行记录。个人信息保护影响评估主要包括下列内容：
//! > （一）人脸信息的处理目的、处理方式是否合法、正当、必要；
//! > （二）对个人权益带来的影响，以及降低不利影响的措施是否有效；
//! > （三）发生人脸信息泄露、篡改、丢失、毁损或者被非法获取、出售、使用的风险以及可能造成的
//! > 危害；
//! > （四）所采取的保护措施是否合法、有效并与风险程度相适应。
//! > 个人信息保护影响评估报告和处理情况记录应当至少保存3年。处理人脸信息的目的、方式发生变化，
//! > 或者发生重大安全事件的，应当重新进行个人信息保护影响评估。
//!
//! Every duty here rests on the handler itself: for an entrusted processor a violation becomes
//! `needs_review` for the principal ([`measures::for_entrusted_processor`]). See `README.md`.

use frt_sdk::prelude::*;

/// The minimum years the assessment report and the processing records are kept.
pub const MIN_RETENTION_YEARS: f64 = 3.0;

/// 9(1): the impact assessment is done before processing begins.
pub const PRIOR_ASSESSMENT: Obligation = Obligation::new("cn-frt-9-prior-assessment", "9")
    .paragraph(1)
    .handler_duty()
    .title(
        "Impact assessment before processing",
        "事前进行个人信息保护影响评估",
    );

/// 9(1) items 1–4: what the assessment covers.
pub const CONTENTS: Obligation = Obligation::new("cn-frt-9-assessment-contents", "9")
    .paragraph(1)
    .severity(Severity::Medium)
    .handler_duty()
    .title("Contents of the assessment", "影响评估的内容");

/// 9(1): processing is recorded.
pub const RECORDS: Obligation = Obligation::new("cn-frt-9-records", "9")
    .paragraph(1)
    .severity(Severity::Medium)
    .handler_duty()
    .title("Processing recorded", "对处理情况进行记录");

/// 9(2): the assessment report and the records are kept at least three years.
pub const RETENTION: Obligation = Obligation::new("cn-frt-9-retention", "9")
    .paragraph(2)
    .severity(Severity::Medium)
    .handler_duty()
    .title(
        "Report and records kept three years",
        "评估报告和处理情况记录至少保存3年",
    );

/// 9(2): a new assessment after a change of purpose or method, or a major security incident.
pub const REASSESSMENT: Obligation = Obligation::new("cn-frt-9-reassessment", "9")
    .paragraph(2)
    .handler_duty()
    .title("Reassessment after changes", "发生变化后重新评估");

/// The rule.
#[derive(Debug)]
pub struct Art9;

impl Rule for Art9 {
    fn describe() -> RuleDescription {
        describe("cn-frt-art9", "0.1.0", measures::INSTRUMENT)
            .title(
                "Impact assessment in advance; records kept three years",
                "事前影响评估；评估报告和处理记录保存3年",
            )
            .article(
                "9",
                "A personal information handler applying face recognition technology to process face information shall conduct a personal information protection impact assessment in advance and keep records of the processing. The impact assessment shall mainly include: (1) whether the purpose and method of processing face information are lawful, legitimate and necessary; (2) the impact on individuals' rights and interests, and whether the measures to reduce adverse effects are effective; (3) the risks of face information being leaked, tampered with, lost, damaged, or illegally obtained, sold or used, and the harm that may result; (4) whether the protective measures taken are lawful, effective and proportionate to the level of risk. The impact assessment report and the processing records shall be kept for at least 3 years. Where the purpose or method of processing face information changes, or a major security incident occurs, the impact assessment shall be conducted again.",
                "个人信息处理者应用人脸识别技术处理人脸信息，应当事前进行个人信息保护影响评估，并对处理情况进行记录。个人信息保护影响评估主要包括下列内容：\n（一）人脸信息的处理目的、处理方式是否合法、正当、必要；\n（二）对个人权益带来的影响，以及降低不利影响的措施是否有效；\n（三）发生人脸信息泄露、篡改、丢失、毁损或者被非法获取、出售、使用的风险以及可能造成的危害；\n（四）所采取的保护措施是否合法、有效并与风险程度相适应。\n个人信息保护影响评估报告和处理情况记录应当至少保存3年。处理人脸信息的目的、方式发生变化，或者发生重大安全事件的，应当重新进行个人信息保护影响评估。",
            )
            .jurisdiction("CN", None, None)
            .effective_from(measures::in_force())
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[PRIOR_ASSESSMENT, CONTENTS, RECORDS, RETENTION, REASSESSMENT]
    }

    fn check(input: &Input) -> Vec<Finding> {
        measures::decide(input, Self::obligations(), |input| {
            let assessment = input.assessment.clone().unwrap_or_default();
            let changes = assessment.changes.as_deref().unwrap_or_default();
            vec![
                prior_assessment(&assessment, changes),
                contents(assessment.covers.as_deref()),
                records(assessment.records_kept),
                retention(assessment.retained_years),
                reassessment(assessment.completed_on, changes),
            ]
        })
    }
}

frt_sdk::export_rule!(Art9);

const COMPLETED: &str = "/assessment/completed_on";
const STARTED: &str = "/assessment/processing_started_on";
const CHANGES: &str = "/assessment/changes";

fn change_name(kind: ChangeKind) -> (&'static str, &'static str) {
    match kind {
        ChangeKind::Purpose => ("a change of purpose", "处理目的变化"),
        ChangeKind::Method => ("a change of method", "处理方式变化"),
        ChangeKind::MajorIncident => ("a major security incident", "重大安全事件"),
    }
}

/// The changes listed, as `kind on date` in English and Chinese.
fn list_changes<'a>(changes: impl Iterator<Item = &'a AssessmentChange>) -> (String, String) {
    let (en, zh): (Vec<_>, Vec<_>) = changes
        .map(|c| {
            let (en, zh) = change_name(c.kind);
            (format!("{en} on {}", c.date), format!("{}{zh}", c.date))
        })
        .unzip();
    (en.join("; "), zh.join("、"))
}

fn prior_assessment(assessment: &Assessment, changes: &[AssessmentChange]) -> Finding {
    let o = &PRIOR_ASSESSMENT;
    let finding = match (assessment.completed_on, assessment.processing_started_on) {
        (None, started) => o
            .needs_review(
                "When the personal information protection impact assessment was completed is not stated, so whether one was done before processing is unknown.",
                "未说明个人信息保护影响评估的完成日期，无法确定是否在处理前进行了评估。",
            )
            .remediation(
                "Carry out the impact assessment before processing if it has not been done, and state `assessment.completed_on` (and `assessment.processing_started_on`).",
                "如尚未评估，应在处理前进行个人信息保护影响评估，并填写 `assessment.completed_on`（及 `assessment.processing_started_on`）。",
            )
            .evidence(COMPLETED)
            .evidence_all(started.is_none().then_some(STARTED)),
        (Some(completed), None) => o
            .needs_review(
                format!("The impact assessment was completed on {completed}, but when processing began is not stated, so whether the assessment came first is unknown."),
                format!("影响评估于{completed}完成，但未说明处理开始日期，无法确定评估是否在处理之前。"),
            )
            .remediation(
                "State `assessment.processing_started_on`.",
                "填写 `assessment.processing_started_on`。",
            )
            .evidence_all([COMPLETED, STARTED]),
        (Some(completed), Some(started)) if completed > started => {
            let between: Vec<_> = changes
                .iter()
                .filter(|c| started <= c.date && c.date <= completed)
                .collect();
            if between.is_empty() {
                o.violation(
                    format!("The impact assessment was completed on {completed}, after processing began on {started}; Art. 9(1) requires it in advance."),
                    format!("影响评估于{completed}完成，晚于{started}开始处理的日期；第九条第一款要求事前评估。"),
                )
                .remediation(
                    "Record the late assessment and the reason; before any new processing of face information, complete the impact assessment first.",
                    "记录逾期评估的情况及原因；今后开展人脸信息处理前，应先完成影响评估。",
                )
                .evidence_all([COMPLETED, STARTED])
            } else {
                let (en, zh) = list_changes(between.into_iter());
                o.needs_review(
                    format!("The impact assessment date {completed} is after processing began on {started}, but it follows {en}, so it may be the new assessment Art. 9(2) requires; whether an assessment was also done before processing began is not stated."),
                    format!("影响评估日期{completed}晚于{started}开始处理的日期，但在{zh}之后，可能是第九条第二款要求的重新评估；未说明处理开始前是否也进行了评估。"),
                )
                .remediation(
                    "Check that an impact assessment was completed before processing first began, and keep that report as well.",
                    "核实处理开始前已完成影响评估，并一并留存该评估报告。",
                )
                .evidence_all([COMPLETED, STARTED, CHANGES])
            }
        }
        (Some(completed), Some(started)) => o
            .satisfied(
                format!("The impact assessment was completed on {completed}, before processing began on {started}."),
                format!("影响评估于{completed}完成，早于{started}开始处理的日期。"),
            )
            .evidence_all([COMPLETED, STARTED]),
    };
    finding.into()
}

fn topic_name(topic: AssessmentTopic) -> (&'static str, &'static str) {
    match topic {
        AssessmentTopic::LawfulnessNecessity => (
            "(1) whether the purpose and method are lawful, legitimate and necessary",
            "（一）处理目的、处理方式是否合法、正当、必要",
        ),
        AssessmentTopic::RightsImpactMitigation => (
            "(2) the impact on individuals' rights and whether the mitigating measures are effective",
            "（二）对个人权益的影响及降低不利影响的措施是否有效",
        ),
        AssessmentTopic::SecurityRisks => (
            "(3) the risks of leakage, tampering, loss, damage or unlawful use, and the harm they may cause",
            "（三）泄露、篡改、丢失、毁损或者被非法获取、出售、使用的风险及可能造成的危害",
        ),
        AssessmentTopic::ProtectionAdequacy => (
            "(4) whether the protective measures are lawful, effective and proportionate to the risk",
            "（四）保护措施是否合法、有效并与风险程度相适应",
        ),
    }
}

fn contents(covers: Option<&[AssessmentTopic]>) -> Finding {
    let o = &CONTENTS;
    let Some(covers) = covers else {
        return o
            .needs_review(
                "What the impact assessment covers is not stated.",
                "未说明影响评估涵盖的内容。",
            )
            .remediation("State `assessment.covers`.", "填写 `assessment.covers`。")
            .evidence("/assessment/covers")
            .into();
    };
    let missing: Vec<_> = AssessmentTopic::ALL
        .iter()
        .filter(|t| !covers.contains(t))
        .map(|t| topic_name(*t))
        .collect();
    let finding = if missing.is_empty() {
        o.satisfied(
            "The impact assessment covers all four items of Art. 9(1).",
            "影响评估涵盖第九条第一款所列全部四项内容。",
        )
    } else {
        let en: Vec<_> = missing.iter().map(|m| m.0).collect();
        let zh: Vec<_> = missing.iter().map(|m| m.1).collect();
        o.violation(
            format!("The impact assessment does not cover: {}.", en.join("; ")),
            format!("影响评估未涵盖：{}。", zh.join("；")),
        )
        .remediation(
            "Extend the impact assessment to the missing items and update `assessment.covers`.",
            "补充影响评估中缺少的内容，并更新 `assessment.covers`。",
        )
    };
    finding.evidence("/assessment/covers").into()
}

fn records(kept: Option<bool>) -> Finding {
    let o = &RECORDS;
    let finding = match kept {
        Some(true) => o.satisfied("Processing of face information is recorded.", "已对人脸信息处理情况进行记录。"),
        Some(false) => o
            .violation(
                "Processing of face information is not recorded; Art. 9(1) requires records of the processing.",
                "未对人脸信息处理情况进行记录；第九条第一款要求对处理情况进行记录。",
            )
            .remediation(
                "Record the processing of face information (what is collected, compared, stored and deleted, when and by whom) and keep the records at least 3 years.",
                "对人脸信息处理情况进行记录（采集、比对、存储、删除的内容、时间和操作人），并至少保存3年。",
            ),
        None => o
            .needs_review(
                "Whether processing of face information is recorded is not stated.",
                "未说明是否对人脸信息处理情况进行记录。",
            )
            .remediation("State `assessment.records_kept`.", "填写 `assessment.records_kept`。"),
    };
    finding.evidence("/assessment/records_kept").into()
}

fn retention(years: Option<f64>) -> Finding {
    let o = &RETENTION;
    let finding = match years {
        Some(y) if y >= MIN_RETENTION_YEARS => o.satisfied(
            format!("The impact assessment report and the processing records are kept for {}, which meets the minimum of 3 years in Art. 9(2).", years_en(y)),
            format!("影响评估报告和处理情况记录保存{y}年，达到第九条第二款要求的至少3年。"),
        ),
        Some(y) => o
            .violation(
                format!("The impact assessment report and the processing records are kept for {}; Art. 9(2) requires at least 3 years.", years_en(y)),
                format!("影响评估报告和处理情况记录保存{y}年；第九条第二款要求至少保存3年。"),
            )
            .remediation(
                "Keep the impact assessment report and the processing records for at least 3 years, and update `assessment.retained_years`.",
                "将影响评估报告和处理情况记录至少保存3年，并更新 `assessment.retained_years`。",
            ),
        None => o
            .needs_review(
                "How long the impact assessment report and the processing records are kept is not stated.",
                "未说明影响评估报告和处理情况记录的保存期限。",
            )
            .remediation("State `assessment.retained_years`.", "填写 `assessment.retained_years`。"),
    };
    finding.evidence("/assessment/retained_years").into()
}

fn reassessment(completed: Option<Date>, changes: &[AssessmentChange]) -> Finding {
    let o = &REASSESSMENT;
    if changes.is_empty() {
        return o
            .not_applicable(
                "No change of purpose or method and no major security incident is recorded, so no new assessment is due.",
                "未记录处理目的、处理方式变化或重大安全事件，无需重新评估。",
            )
            .evidence(CHANGES)
            .into();
    }
    let Some(completed) = completed else {
        let (en, zh) = list_changes(changes.iter());
        return o
            .needs_review(
                format!("Events that call for a new assessment are recorded ({en}), but when the impact assessment was completed is not stated, so whether it was redone afterwards is unknown."),
                format!("记录了{zh}，但未说明影响评估的完成日期，无法确定此后是否重新评估。"),
            )
            .remediation(
                "State `assessment.completed_on` (the date of the latest assessment); if none followed the changes, carry out a new one.",
                "填写 `assessment.completed_on`（最近一次评估的日期）；如变化后未重新评估，应重新进行评估。",
            )
            .evidence_all([CHANGES, COMPLETED])
            .into();
    };
    let later: Vec<_> = changes.iter().filter(|c| c.date > completed).collect();
    let finding = if later.is_empty() {
        let (en, zh) = list_changes(changes.iter());
        o.satisfied(
            format!("The impact assessment was completed on {completed}, on or after every recorded change ({en})."),
            format!("影响评估于{completed}完成，不早于所记录的各项变化（{zh}）。"),
        )
    } else {
        let (en, zh) = list_changes(later.into_iter());
        o.violation(
            format!("The impact assessment was last completed on {completed}, before {en}; Art. 9(2) requires a new assessment after such a change or incident."),
            format!("影响评估最近一次于{completed}完成，早于{zh}；第九条第二款要求发生上述情形后重新进行评估。"),
        )
        .remediation(
            "Carry out a new impact assessment that takes the changes into account, and update `assessment.completed_on`.",
            "针对上述变化重新进行个人信息保护影响评估，并更新 `assessment.completed_on`。",
        )
    };
    finding.evidence_all([CHANGES, COMPLETED]).into()
}

/// A number of years in English.
fn years_en(y: f64) -> String {
    if y == 1.0 {
        "1 year".to_owned()
    } else {
        format!("{y} years")
    }
}
