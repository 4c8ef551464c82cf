//! Art. 15 of the Measures: filing with the provincial cyberspace office once face
//! information of 100,000 persons is stored, and keeping the filing current.
//!
//! Deadlines are thirty working days (工作日), counted from the day after the triggering date
//! on the State Council's holiday schedule ([`frt_sdk::calendar`]). See `README.md`.

use frt_sdk::calendar;
use frt_sdk::prelude::*;

/// The stored count that triggers filing.
pub const THRESHOLD: u64 = 100_000;
/// Working days allowed for each filing step.
pub const WORKING_DAYS: u32 = 30;

/// 15(1): file within 30 working days of reaching 100,000 persons.
pub const FILING_DUE: Obligation = Obligation::new("cn-frt-15-filing-due", "15")
    .paragraph(1)
    .handler_duty()
    .title("Filing within 30 working days", "30个工作日内备案");

/// 15(1): file with a cyberspace office at provincial level or above.
pub const AUTHORITY: Obligation = Obligation::new("cn-frt-15-authority", "15")
    .paragraph(1)
    .severity(Severity::Medium)
    .handler_duty()
    .title("Provincial office or above", "向省级以上网信部门备案");

/// 15(1) items 1–5: the filing carries the five materials.
pub const MATERIALS: Obligation = Obligation::new("cn-frt-15-materials", "15")
    .paragraph(1)
    .severity(Severity::Medium)
    .handler_duty()
    .title("Filing materials", "备案材料");

/// 15(2): a substantive change is filed within 30 working days.
pub const CHANGE: Obligation = Obligation::new("cn-frt-15-change", "15")
    .paragraph(2)
    .severity(Severity::Medium)
    .handler_duty()
    .title("Changes filed", "备案变更");

/// 15(2): the filing is cancelled within 30 working days of stopping.
pub const DEREGISTRATION: Obligation = Obligation::new("cn-frt-15-deregistration", "15")
    .paragraph(2)
    .severity(Severity::Medium)
    .handler_duty()
    .title("Filing cancelled on termination", "终止后注销备案");

/// 15(2): face information is dealt with after stopping.
pub const DATA_DISPOSAL: Obligation = Obligation::new("cn-frt-15-data-disposal", "15")
    .paragraph(2)
    .handler_duty()
    .title(
        "Face information dealt with on termination",
        "终止后依法处理人脸信息",
    );

/// The rule.
#[derive(Debug)]
pub struct Art15;

impl Rule for Art15 {
    fn describe() -> RuleDescription {
        describe("cn-frt-art15", "0.1.0", measures::INSTRUMENT)
            .title("Filing at 100,000 persons", "存储10万人人脸信息的备案")
            .article(
                "15",
                "A personal information handler shall complete filing procedures with the cyberspace administration at or above the provincial level where it is located within 30 working days from the day the face information processed by face recognition technology reaches 100,000 persons in storage. The filing application shall submit: (1) basic information on the handler; (2) the purpose and method of processing face information; (3) the quantity of face information stored and the security protection measures; (4) the processing rules and operating procedures for face information; (5) the personal information protection impact assessment report. Where the filed information changes substantively, the change shall be filed within 30 working days of the change. Where the application of face recognition technology is terminated, the filing shall be cancelled within 30 working days of termination, and the face information dealt with according to law.",
                "个人信息处理者应当在应用人脸识别技术处理的人脸信息存储数量达到10万人之日起30个工作日内向所在地省级以上网信部门履行备案手续。申请备案应当提交下列材料：\n（一）个人信息处理者的基本情况；\n（二）人脸信息处理目的和处理方式；\n（三）人脸信息存储数量和安全保护措施；\n（四）人脸信息的处理规则和操作规程；\n（五）个人信息保护影响评估报告。\n备案信息发生实质性变更的，应当在变更之日起30个工作日内办理备案变更手续。终止应用人脸识别技术的，应当在终止之日起30个工作日内办理注销备案手续，并依法处理人脸信息。",
            )
            .jurisdiction("CN", None, None)
            .effective_from(measures::in_force())
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[
            FILING_DUE,
            AUTHORITY,
            MATERIALS,
            CHANGE,
            DEREGISTRATION,
            DATA_DISPOSAL,
        ]
    }

    fn check(input: &Input) -> Vec<Finding> {
        measures::decide(input, Self::obligations(), |input| {
            let filing = input.filing.clone().unwrap_or_default();
            let mut findings = vec![filing_due(input, filing.filed_on)];
            findings.extend(filed_details(&filing));
            findings.push(change(input, &filing));
            findings.extend(termination(input, &filing));
            findings
        })
    }
}

frt_sdk::export_rule!(Art15);

/// A step that must be taken within 30 working days of `trigger`.
struct Step<'a> {
    obligation: &'a Obligation,
    /// What triggered it and when, as the opening of every message.
    lead: (String, String),
    /// What must be done, e.g. "filing".
    step_en: &'a str,
    step_zh: &'a str,
    done_pointer: &'a str,
    evidence: &'a [&'a str],
}

/// Decides a 30-working-day step triggered on `trigger` and done on `done` (if at all).
fn deadline_step(input: &Input, step: Step, trigger: Date, done: Option<Date>) -> Finding {
    let o = step.obligation;
    let (lead_en, lead_zh) = (&step.lead.0, &step.lead.1);
    let Some(deadline) = calendar::add_working_days(trigger, WORKING_DAYS) else {
        return o
            .needs_review(
                format!("{lead_en}; the deadline of {WORKING_DAYS} working days runs into a year whose official holiday schedule this rule does not carry, so it cannot be computed."),
                format!("{lead_zh}；{WORKING_DAYS}个工作日的期限涉及本规则未收录官方节假日安排的年份，无法计算。"),
            )
            .remediation(
                "Compute the deadline on the official holiday schedule and check it by hand; update the rule when the schedule is published.",
                "请按官方节假日安排人工计算期限并核对；官方安排公布后更新本规则。",
            )
            .evidence_all(step.evidence.iter().copied())
            .evidence(step.done_pointer)
            .into();
    };
    let finding = match done {
        Some(day) if day <= deadline => o.satisfied(
            format!("{lead_en}; the {} was made on {day}, within the deadline of {deadline}.", step.step_en),
            format!("{lead_zh}；已于{day}完成{}，未超过{deadline}的期限。", step.step_zh),
        ),
        Some(day) => o
            .violation(
                format!("{lead_en}; the {} was made on {day}, after the deadline of {deadline} ({WORKING_DAYS} working days).", step.step_en),
                format!("{lead_zh}；{}于{day}完成，晚于{deadline}的期限（{WORKING_DAYS}个工作日）。", step.step_zh),
            )
            .remediation(
                "Record the late filing and the reason; make sure future filing steps meet the 30-working-day deadline.",
                "记录逾期办理情况及原因；确保今后的备案手续在30个工作日内完成。",
            ),
        None if input.as_of > deadline => o
            .violation(
                format!("{lead_en}; the deadline of {deadline} has passed and no {} is recorded.", step.step_en),
                format!("{lead_zh}；期限{deadline}已过，未见{}记录。", step.step_zh),
            )
            .remediation(
                format!("Complete the {} with the provincial cyberspace office now.", step.step_en),
                format!("立即向省级网信部门办理{}。", step.step_zh),
            ),
        None => o
            .needs_review(
                format!("{lead_en}; the {} is due by {deadline} and is not yet recorded.", step.step_en),
                format!("{lead_zh}；应于{deadline}前完成{}，目前尚无记录。", step.step_zh),
            )
            .remediation(
                format!("Complete the {} by {deadline}.", step.step_en),
                format!("请于{deadline}前完成{}。", step.step_zh),
            ),
    };
    finding
        .evidence_all(step.evidence.iter().copied())
        .evidence(step.done_pointer)
        .into()
}

fn filing_due(input: &Input, filed_on: Option<Date>) -> Finding {
    let subjects = input.subjects.clone().unwrap_or_default();
    let o = &FILING_DUE;
    let Some(count) = subjects.persons_stored else {
        return o
            .needs_review(
                "How many persons' face information is stored is not stated, so whether filing is due is unknown.",
                "未说明存储人脸信息的人数，无法判断是否需要备案。",
            )
            .remediation("State `subjects.persons_stored`.", "填写 `subjects.persons_stored`。")
            .evidence("/subjects/persons_stored")
            .into();
    };
    if count < THRESHOLD {
        return o
            .not_applicable(
                format!("Face information of {count} persons is stored, fewer than 100,000, so no filing is due."),
                format!("存储{count}人的人脸信息，少于10万人，无需备案。"),
            )
            .evidence("/subjects/persons_stored")
            .into();
    }
    let Some(reached) = subjects.threshold_reached_on else {
        return o
            .needs_review(
                format!("Face information of {count} persons is stored, so filing is due, but the day the count reached 100,000 is not stated, so the deadline cannot be computed."),
                format!("存储{count}人的人脸信息，需要备案，但未说明达到10万人的日期，无法计算期限。"),
            )
            .remediation("State `subjects.threshold_reached_on`.", "填写 `subjects.threshold_reached_on`。")
            .evidence_all(["/subjects/persons_stored", "/subjects/threshold_reached_on"])
            .into();
    };
    // The Measures have no transitional clause: a count reached earlier runs from the day
    // they came into force.
    let (trigger, lead) = if reached < measures::in_force() {
        let lead = (
            format!(
                "The stored count reached 100,000 persons on {reached}, before the Measures came into force; with no transitional clause the deadline runs from 2025-06-01"
            ),
            format!(
                "人脸信息存储数量于{reached}达到10万人，早于《办法》施行；因无过渡条款，期限自2025-06-01起算"
            ),
        );
        (measures::in_force(), lead)
    } else {
        let lead = (
            format!("The stored count reached 100,000 persons on {reached}"),
            format!("人脸信息存储数量于{reached}达到10万人"),
        );
        (reached, lead)
    };
    deadline_step(
        input,
        Step {
            obligation: o,
            lead,
            step_en: "filing",
            step_zh: "备案",
            done_pointer: "/filing/filed_on",
            evidence: &["/subjects/persons_stored", "/subjects/threshold_reached_on"],
        },
        trigger,
        filed_on,
    )
}

/// Authority and materials, decided once a filing exists.
fn filed_details(filing: &Filing) -> [Finding; 2] {
    if filing.filed_on.is_none() {
        let none = |o: &Obligation| -> Finding {
            o.not_applicable("No filing is recorded yet.", "尚无备案记录。")
                .evidence("/filing/filed_on")
                .into()
        };
        return [none(&AUTHORITY), none(&MATERIALS)];
    }
    [
        authority(filing.authority),
        materials(filing.materials.as_deref()),
    ]
}

fn authority(authority: Option<FilingAuthority>) -> Finding {
    let finding = match authority {
        Some(FilingAuthority::Municipal) => AUTHORITY
            .violation(
                "The filing was made with a municipal cyberspace office; Art. 15 requires the office at provincial level or above.",
                "备案系向市级网信部门办理；第十五条要求向省级以上网信部门备案。",
            )
            .remediation(
                "File with the provincial cyberspace office where the handler is located.",
                "向所在地省级网信部门办理备案。",
            ),
        Some(level) => AUTHORITY.satisfied(
            format!("The filing was made with a {level} cyberspace office."),
            format!("已向{}网信部门备案。", if level == FilingAuthority::National { "国家" } else { "省级" }),
        ),
        None => AUTHORITY
            .needs_review(
                "Which cyberspace office received the filing is not stated.",
                "未说明向哪一级网信部门备案。",
            )
            .remediation("State `filing.authority`.", "填写 `filing.authority`。"),
    };
    finding.evidence("/filing/authority").into()
}

fn material_name(m: FilingMaterial) -> (&'static str, &'static str) {
    match m {
        FilingMaterial::HandlerInfo => (
            "(1) basic information on the handler",
            "（一）个人信息处理者的基本情况",
        ),
        FilingMaterial::PurposeAndMethod => (
            "(2) purpose and method of processing",
            "（二）人脸信息处理目的和处理方式",
        ),
        FilingMaterial::CountAndSafeguards => (
            "(3) count stored and security measures",
            "（三）人脸信息存储数量和安全保护措施",
        ),
        FilingMaterial::RulesAndProcedures => (
            "(4) processing rules and operating procedures",
            "（四）人脸信息的处理规则和操作规程",
        ),
        FilingMaterial::ImpactAssessment => (
            "(5) impact assessment report",
            "（五）个人信息保护影响评估报告",
        ),
    }
}

fn materials(given: Option<&[FilingMaterial]>) -> Finding {
    let Some(given) = given else {
        return MATERIALS
            .needs_review(
                "The materials submitted with the filing are not stated.",
                "未说明备案时提交的材料。",
            )
            .remediation("State `filing.materials`.", "填写 `filing.materials`。")
            .evidence("/filing/materials")
            .into();
    };
    let missing: Vec<_> = FilingMaterial::ALL
        .iter()
        .filter(|m| !given.contains(m))
        .map(|m| material_name(*m))
        .collect();
    let finding = if missing.is_empty() {
        MATERIALS.satisfied(
            "The filing carries all five materials of Art. 15(1).",
            "备案材料齐全，包含第十五条第一款所列五项材料。",
        )
    } else {
        let en: Vec<_> = missing.iter().map(|m| m.0).collect();
        let zh: Vec<_> = missing.iter().map(|m| m.1).collect();
        MATERIALS
            .violation(
                format!("The filing lacks: {}.", en.join("; ")),
                format!("备案材料缺少：{}。", zh.join("、")),
            )
            .remediation(
                "Submit the missing materials to the cyberspace office.",
                "向网信部门补交所缺材料。",
            )
    };
    finding.evidence("/filing/materials").into()
}

fn change(input: &Input, filing: &Filing) -> Finding {
    let Some(changed) = filing.changed_on else {
        return CHANGE
            .not_applicable(
                "No substantive change of the filed facts is recorded.",
                "未记录备案信息的实质性变更。",
            )
            .evidence("/filing/changed_on")
            .into();
    };
    deadline_step(
        input,
        Step {
            obligation: &CHANGE,
            lead: (
                format!("The filed facts changed substantively on {changed}"),
                format!("备案信息于{changed}发生实质性变更"),
            ),
            step_en: "change filing",
            step_zh: "备案变更手续",
            done_pointer: "/filing/change_filed_on",
            evidence: &["/filing/changed_on"],
        },
        changed,
        filing.change_filed_on,
    )
}

fn termination(input: &Input, filing: &Filing) -> [Finding; 2] {
    let Some(terminated) = filing.terminated_on else {
        let none = |o: &Obligation| -> Finding {
            o.not_applicable(
                "Face recognition has not been terminated.",
                "未终止应用人脸识别技术。",
            )
            .evidence("/filing/terminated_on")
            .into()
        };
        return [none(&DEREGISTRATION), none(&DATA_DISPOSAL)];
    };
    let deregistration = deadline_step(
        input,
        Step {
            obligation: &DEREGISTRATION,
            lead: (
                format!("Face recognition was terminated on {terminated}"),
                format!("于{terminated}终止应用人脸识别技术"),
            ),
            step_en: "cancellation of the filing",
            step_zh: "注销备案手续",
            done_pointer: "/filing/deregistered_on",
            evidence: &["/filing/terminated_on"],
        },
        terminated,
        filing.deregistered_on,
    );
    let disposal = match filing.data_disposed {
        Some(true) => DATA_DISPOSAL.satisfied(
            "Face information was dealt with after termination.",
            "终止后已依法处理人脸信息。",
        ),
        Some(false) => DATA_DISPOSAL
            .violation(
                "Face recognition was terminated but the face information has not been dealt with.",
                "已终止应用人脸识别技术，但未依法处理人脸信息。",
            )
            .remediation(
                "Delete or anonymise the face information as the law requires, and record it.",
                "依法删除或匿名化处理人脸信息，并予以记录。",
            ),
        None => DATA_DISPOSAL
            .needs_review(
                "Face recognition was terminated; whether the face information was dealt with is not stated.",
                "已终止应用人脸识别技术，未说明是否已依法处理人脸信息。",
            )
            .remediation("State `filing.data_disposed`.", "填写 `filing.data_disposed`。"),
    };
    [
        deregistration,
        disposal
            .evidence_all(["/filing/terminated_on", "/filing/data_disposed"])
            .into(),
    ]
}
