//! The scope of the Measures (Art. 2), the definitions that decide it (Art. 19) and entry into
//! force (Art. 20).
//!
//! > 第二条 在中华人民共和国境内应用人脸识别技术处理人脸信息的活动，适用本办法。
//! > 在中华人民共和国境内为从事人脸识别技术研发、算法训练活动应用人脸识别技术处理人脸信息
//! > 的，不适用本办法的规定。
//! >
//! > 第十九条 （二）人脸信息，是指以电子或者其他方式记录的与已识别或者可识别的自然人有关的
//! > 面部特征生物识别信息，不包括匿名化处理后的信息。
//! >
//! > 第二十条 本办法自2025年6月1日起施行。
//!
//! Every article rule runs the same gates ([`frt_sdk::measures::gate`]) and, when a gate
//! holds, reports its obligations `not_applicable`. This rule says once, in its own findings,
//! which exclusion decided: the research exclusion of Art. 2(2), and the face-information
//! definition of Art. 19(2), whose finding needs review because the PIPL may still apply and
//! the anonymisation must be real. It is deliberately not wrapped in `measures::decide`: its
//! face-information finding must appear exactly when that gate holds. See `README.md`.

use frt_sdk::prelude::*;

/// 2(2): research, development and algorithm training are outside the Measures.
pub const RESEARCH: Obligation = Obligation::new("cn-frt-2-research", "2")
    .paragraph(2)
    .title(
        "Research, development and algorithm training excluded",
        "研发、算法训练活动不适用",
    );

/// 19(2): anonymised output, or detection and attribute analysis that identify nobody, is not
/// face information.
pub const FACE_INFORMATION: Obligation = Obligation::new("cn-frt-19-face-information", "19")
    .item(2)
    .title("Face information is processed", "是否处理人脸信息");

/// The rule.
#[derive(Debug)]
pub struct MeasuresScope;

impl Rule for MeasuresScope {
    fn describe() -> RuleDescription {
        describe("cn-frt-scope", "0.1.0", measures::INSTRUMENT)
            .title(
                "Scope of the Measures and the definition of face information",
                "《办法》的适用范围与人脸信息的定义",
            )
            .article(
                "2",
                "These Measures apply to activities of processing face information by applying face recognition technology within the territory of the People's Republic of China. They do not apply to processing face information by applying face recognition technology within the territory of the People's Republic of China for the research and development of face recognition technology or for algorithm training.",
                "在中华人民共和国境内应用人脸识别技术处理人脸信息的活动，适用本办法。\n在中华人民共和国境内为从事人脸识别技术研发、算法训练活动应用人脸识别技术处理人脸信息的，不适用本办法的规定。",
            )
            .article(
                "19",
                "The following terms in these Measures mean: (1) personal information handler: an organisation or individual that independently decides the purpose and method of processing in personal information processing activities; (2) face information: biometric information of facial features, recorded electronically or otherwise, relating to an identified or identifiable natural person, excluding information that has been anonymised; (3) face recognition technology: individual biometric recognition technology that uses face information to recognise the identity of an individual; (4) face recognition device: a terminal device that applies face recognition technology to recognise the identity of an individual; (5) verifying personal identity: a one-to-one comparison of collected face information with specific face information stored in an information system, to confirm and check whether the two are the same person; (6) identifying a specific individual: a one-to-many comparison of collected face information with face information within a specific range stored in an information system, to find and recognise an individual with a specific identity.",
                "本办法下列术语的含义：\n（一）个人信息处理者，是指在个人信息处理活动中自主决定处理目的、处理方式的组织、个人。\n（二）人脸信息，是指以电子或者其他方式记录的与已识别或者可识别的自然人有关的面部特征生物识别信息，不包括匿名化处理后的信息。\n（三）人脸识别技术，是指以人脸信息作为识别个体身份的个体生物特征识别技术。\n（四）人脸识别设备，是指应用人脸识别技术识别个体身份的终端设备。\n（五）验证个人身份，是指通过收集获得的人脸信息与信息系统存储的特定人脸信息进行“一对一”比对，确认和核对两者是否为同一人。\n（六）辨识特定个人，是指通过收集获得的人脸信息与信息系统存储的特定范围内人脸信息进行“一对多”比对，发现和识别具有特定身份的个人。",
            )
            .article(
                "20",
                "These Measures take effect on 1 June 2025.",
                "本办法自2025年6月1日起施行。",
            )
            .jurisdiction("CN", None, None)
            .effective_from(measures::in_force())
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[RESEARCH, FACE_INFORMATION]
    }

    fn check(input: &Input) -> Vec<Finding> {
        if let Some((reason, evidence)) = outside_time_or_territory(input) {
            return Self::obligations()
                .iter()
                .map(|o| {
                    o.not_applicable(reason.en.clone(), reason.zh.clone())
                        .evidence_all(evidence.iter().copied())
                        .build()
                })
                .collect();
        }
        let activity = input.activity.clone().unwrap_or_default();
        vec![research(activity.scope), face_information(&activity)]
    }
}

frt_sdk::export_rule!(MeasuresScope);

/// The reason the Measures do not apply at all, when it is the date (Art. 20) or the place
/// (Art. 2(1)).
fn outside_time_or_territory(input: &Input) -> Option<(Localized, Vec<&'static str>)> {
    let abroad = input
        .jurisdiction
        .as_ref()
        .and_then(|j| j.country.as_deref())
        .is_some_and(|c| c != "CN");
    if input.as_of >= measures::in_force() && !abroad {
        return None;
    }
    // The shared gate checks the date first, then the country, and words the reason.
    match measures::gate(input) {
        Gate::NotApplicable { reason, evidence } => Some((reason, evidence)),
        Gate::Applies | Gate::Unknown { .. } => None,
    }
}

fn research(scope: Option<Scope>) -> Finding {
    let finding = match scope {
        Some(Scope::RdTraining) => RESEARCH.not_applicable(
            "The activity is research, development or algorithm training (`activity.scope: rd_training`), so the Measures do not apply to it (Art. 2(2)) and Arts. 4–15 are not applicable. Other law, such as the PIPL, still applies to the face information it processes.",
            "该活动属于人脸识别技术研发、算法训练（`activity.scope: rd_training`），不适用《办法》（第二条第二款），第四条至第十五条不适用。其处理的人脸信息仍适用《个人信息保护法》等其他法律。",
        ),
        Some(Scope::Production) => RESEARCH.not_applicable(
            "The activity is in production (`activity.scope: production`), not research or algorithm training, so the exclusion of Art. 2(2) does not apply and the articles of the Measures decide.",
            "该活动为实际应用（`activity.scope: production`），不属于研发、算法训练，第二条第二款的除外规定不适用，由《办法》各条判断。",
        ),
        None => RESEARCH.not_applicable(
            "The activity's scope is not stated, so it is treated as production: the exclusion of Art. 2(2) does not apply and the articles of the Measures decide.",
            "未说明活动范围，按实际应用处理：第二条第二款的除外规定不适用，由《办法》各条判断。",
        ),
    };
    finding.evidence("/activity/scope").into()
}

/// The evidence that the activity handles no face information (Art. 19(2)), as the shared
/// gate decides it: anonymised output only, or a stated list of modes none of which
/// identifies anyone.
fn not_face_information(activity: &Activity) -> Option<&'static str> {
    if activity.anonymized == Some(true) {
        return Some("/activity/anonymized");
    }
    let modes = activity.modes.as_ref()?;
    let identifies = modes
        .iter()
        .any(|m| matches!(m, Mode::Verification | Mode::Identification));
    (!modes.is_empty() && !identifies).then_some("/activity/modes")
}

fn face_information(activity: &Activity) -> Finding {
    let o = &FACE_INFORMATION;
    if activity.scope == Some(Scope::RdTraining) {
        return o
            .not_applicable(
                "The activity is research, development or algorithm training, which Art. 2(2) places outside the Measures before any definition is applied; whether it processes face information does not change that.",
                "该活动属于研发、算法训练，依第二条第二款已不适用《办法》；是否处理人脸信息不影响这一结论。",
            )
            .evidence("/activity/scope")
            .into();
    }
    let modes = activity.modes.as_deref().unwrap_or_default();
    let Some(pointer) = not_face_information(activity) else {
        if modes.is_empty() {
            return o
                .not_applicable(
                    "The activity's modes are not stated, so the face-information exclusion of Art. 19(2) is not applied: the activity is treated as processing face information and the articles of the Measures decide.",
                    "未说明识别方式，不适用第十九条第二项的排除：按处理人脸信息对待，由《办法》各条判断。",
                )
                .evidence_all(["/activity/modes", "/activity/anonymized"])
                .into();
        }
        return o
            .not_applicable(
                format!("The activity compares faces to verify or identify people ({}), so it processes face information (Art. 19(2)) and the articles of the Measures decide.", tags(modes)),
                format!("该活动通过人脸比对验证或辨识个人（{}），处理的是人脸信息（第十九条第二项），由《办法》各条判断。", tags_zh(modes)),
            )
            .evidence_all(["/activity/modes", "/activity/anonymized"])
            .into();
    };
    let (what_en, what_zh) = if pointer == "/activity/anonymized" {
        (
            "The activity produces only anonymised output (`activity.anonymized: true`)".to_owned(),
            "该活动仅产生匿名化处理后的结果（`activity.anonymized: true`）".to_owned(),
        )
    } else {
        (
            format!(
                "The activity only runs {}, and nobody is identified",
                tags(modes)
            ),
            format!("该活动仅进行 {}，不识别任何个人", tags_zh(modes)),
        )
    };
    let mut en = format!(
        "{what_en}, so it processes no face information as Art. 19(2) defines it and the duties of the Measures (Arts. 4–15) do not apply. The PIPL may still apply to the images it captures. Confirm that the output is truly anonymised and that nobody is identified, not even later or by combining it with other data."
    );
    let mut zh = format!(
        "{what_zh}，不属于第十九条第二项所定义的人脸信息，《办法》第四条至第十五条规定的义务不适用。其采集的图像仍可能适用《个人信息保护法》。请确认结果确已匿名化、不识别任何个人，包括事后识别或与其他数据结合后识别。"
    );
    let identifying: Vec<Mode> = modes
        .iter()
        .copied()
        .filter(|m| matches!(m, Mode::Verification | Mode::Identification))
        .collect();
    if !identifying.is_empty() {
        en.push_str(&format!(
            " The declared modes include {}, which identify people; the declaration contradicts itself on this point.",
            tags(&identifying)
        ));
        zh.push_str(&format!(
            "声明的识别方式包含 {}，会识别个人；声明在此处自相矛盾。",
            tags_zh(&identifying)
        ));
    }
    let finding = o
        .needs_review(en, zh)
        .remediation(
            "Document how the output is anonymised (no face templates or images kept, no re-identification possible) and have it reviewed; if anyone can be identified, treat the activity as processing face information and meet Arts. 4–15.",
            "记录匿名化处理的方法（不保存人脸特征或图像，无法重新识别）并经人工复核；如能识别任何个人，应按处理人脸信息对待，履行第四条至第十五条的义务。",
        )
        .evidence(pointer);
    if modes.is_empty() {
        finding.into()
    } else {
        finding.evidence("/activity/modes").into()
    }
}

/// The modes as a list of tags, for English text.
fn tags(modes: &[Mode]) -> String {
    join(modes, ", ")
}

/// The modes as a list of tags, for Chinese text.
fn tags_zh(modes: &[Mode]) -> String {
    join(modes, "、")
}

fn join(modes: &[Mode], separator: &str) -> String {
    modes
        .iter()
        .map(|m| format!("`{m}`"))
        .collect::<Vec<_>>()
        .join(separator)
}
