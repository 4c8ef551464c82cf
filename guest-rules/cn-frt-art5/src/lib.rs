//! Art. 5 of the Measures: tell people before processing, in plain words, what happens.
//!
//! > 第五条 个人信息处理者应用人脸识别技术处理人脸信息前，应当以显著方式、清晰易懂的语言真实、
//! > 准确、完整地向个人告知下列事项：
//! > （一）个人信息处理者的名称或者姓名和联系方式；
//! > （二）人脸信息的处理目的、处理方式，处理的人脸信息保存期限；
//! > （三）处理人脸信息的必要性以及对个人权益的影响；
//! > （四）个人依法行使权利的方式和程序；
//! > （五）法律、行政法规规定应当告知的其他事项。
//! > 前款规定事项发生变更的，应当将变更部分告知个人。
//! > 法律、行政法规规定可以不向个人告知的，从其规定。
//! > 处理残疾人、老年人人脸信息的，还应当符合国家有关无障碍环境建设的规定。
//!
//! Whether notice is given before processing and states items one to four is decided by
//! [`frt_sdk::notice`], which Art. 6 uses too to judge whether consent is informed. Every
//! duty here rests on the handler itself. See `README.md` beside this file.

use frt_sdk::notice::{self, Duty, Outcome};
use frt_sdk::prelude::*;
use frt_sdk::text::and_list;

/// 5(1): notice is given, and reaches people before processing.
pub const BEFORE_PROCESSING: Obligation = Obligation::new("cn-frt-5-before-processing", "5")
    .paragraph(1)
    .handler_duty()
    .title("Notice given before processing", "处理前告知");

/// 5(1): in a conspicuous way and clear, easy language.
pub const CONSPICUOUS_PLAIN: Obligation = Obligation::new("cn-frt-5-conspicuous-plain", "5")
    .paragraph(1)
    .severity(Severity::Medium)
    .handler_duty()
    .title("Conspicuous and plain", "以显著方式、清晰易懂的语言告知");

/// 5(1) item 1: the handler's name and contact details.
pub const HANDLER_IDENTITY: Obligation = Obligation::new("cn-frt-5-handler-identity", "5")
    .paragraph(1)
    .item(1)
    .handler_duty()
    .title("Handler's name and contact", "处理者名称和联系方式");

/// 5(1) item 2: the purpose, the method and the retention period.
pub const PURPOSE_METHOD_RETENTION: Obligation =
    Obligation::new("cn-frt-5-purpose-method-retention", "5")
        .paragraph(1)
        .item(2)
        .handler_duty()
        .title(
            "Purpose, method and retention",
            "处理目的、处理方式和保存期限",
        );

/// 5(1) item 3: the necessity and the impact on people's rights.
pub const NECESSITY_IMPACT: Obligation = Obligation::new("cn-frt-5-necessity-impact", "5")
    .paragraph(1)
    .item(3)
    .handler_duty()
    .title(
        "Necessity and impact on rights",
        "必要性以及对个人权益的影响",
    );

/// 5(1) item 4: how to exercise rights.
pub const RIGHTS_EXERCISE: Obligation = Obligation::new("cn-frt-5-rights-exercise", "5")
    .paragraph(1)
    .item(4)
    .handler_duty()
    .title("How to exercise rights", "行使权利的方式和程序");

/// 5(2): changes are notified.
pub const CHANGE_NOTIFIED: Obligation = Obligation::new("cn-frt-5-change-notified", "5")
    .paragraph(2)
    .handler_duty()
    .title("Changes notified", "变更部分告知个人");

/// 5(3): a law that allows not informing people, checked by a reviewer.
pub const EXEMPTION: Obligation = Obligation::new("cn-frt-5-exemption", "5")
    .paragraph(3)
    .severity(Severity::Medium)
    .handler_duty()
    .title(
        "Exemption from notice by law",
        "法律、行政法规规定可以不告知",
    );

/// 5(4): accessibility for elderly and disabled people.
pub const ACCESSIBILITY: Obligation = Obligation::new("cn-frt-5-accessibility", "5")
    .paragraph(4)
    .severity(Severity::Medium)
    .handler_duty()
    .title(
        "Accessible to elderly and disabled people",
        "符合无障碍环境建设规定",
    );

/// The rule.
#[derive(Debug)]
pub struct Art5;

impl Rule for Art5 {
    fn describe() -> RuleDescription {
        describe("cn-frt-art5", "0.1.0", measures::INSTRUMENT)
            .title("Notice before processing", "处理前告知")
            .article(
                "5",
                "Before processing face information by applying face recognition technology, a personal information handler shall, in a conspicuous way and in clear and easily understood language, truthfully, accurately and completely inform individuals of the following: (1) the name and contact details of the handler; (2) the purpose and method of processing face information, and the retention period of the face information processed; (3) the necessity of processing face information and its impact on personal rights and interests; (4) the ways and procedures for individuals to exercise their rights according to law; (5) other matters that laws and administrative regulations require to be notified. Where the matters in the preceding paragraph change, individuals shall be informed of the changes. Where laws or administrative regulations provide that individuals need not be informed, those provisions prevail. Processing the face information of disabled or elderly people shall also comply with the state's provisions on the construction of an accessible environment.",
                "个人信息处理者应用人脸识别技术处理人脸信息前，应当以显著方式、清晰易懂的语言真实、准确、完整地向个人告知下列事项：\n（一）个人信息处理者的名称或者姓名和联系方式；\n（二）人脸信息的处理目的、处理方式，处理的人脸信息保存期限；\n（三）处理人脸信息的必要性以及对个人权益的影响；\n（四）个人依法行使权利的方式和程序；\n（五）法律、行政法规规定应当告知的其他事项。\n前款规定事项发生变更的，应当将变更部分告知个人。\n法律、行政法规规定可以不向个人告知的，从其规定。\n处理残疾人、老年人人脸信息的，还应当符合国家有关无障碍环境建设的规定。",
            )
            .jurisdiction("CN", None, None)
            .effective_from(measures::in_force())
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[
            BEFORE_PROCESSING,
            CONSPICUOUS_PLAIN,
            HANDLER_IDENTITY,
            PURPOSE_METHOD_RETENTION,
            NECESSITY_IMPACT,
            RIGHTS_EXERCISE,
            CHANGE_NOTIFIED,
            EXEMPTION,
            ACCESSIBILITY,
        ]
    }

    fn check(input: &Input) -> Vec<Finding> {
        measures::decide(input, Self::obligations(), |input| {
            let notice = input.notice.as_ref();
            vec![
                notice_duty(&BEFORE_PROCESSING, Duty::BeforeProcessing, notice),
                conspicuous_plain(notice),
                notice_duty(&HANDLER_IDENTITY, Duty::HandlerIdentity, notice),
                notice_duty(
                    &PURPOSE_METHOD_RETENTION,
                    Duty::PurposeMethodRetention,
                    notice,
                ),
                notice_duty(&NECESSITY_IMPACT, Duty::NecessityImpact, notice),
                notice_duty(&RIGHTS_EXERCISE, Duty::RightsExercise, notice),
                change_notified(notice),
                exemption(notice),
                accessibility(input),
            ]
        })
    }
}

frt_sdk::export_rule!(Art5);

/// A JSON Pointer as a dotted field name, `/notice/given` → `notice.given`.
fn field(pointer: &str) -> String {
    pointer.trim_start_matches('/').replace('/', ".")
}

/// Fields as a list of backticked names, such as "`notice.given` and `notice.contents`".
fn fields(pointers: &[&str]) -> String {
    let names: Vec<_> = pointers.iter().map(|p| format!("`{}`", field(p))).collect();
    let names: Vec<_> = names.iter().map(String::as_str).collect();
    and_list(&names)
}

/// Fields as Chinese-listed backticked names, such as "`notice.given`、`notice.contents`".
fn fields_zh(pointers: &[&str]) -> String {
    pointers
        .iter()
        .map(|p| format!("`{}`", field(p)))
        .collect::<Vec<_>>()
        .join("、")
}

/// The finding of a duty exempt under Art. 5(3).
fn exempt(o: &Obligation, citation: &str) -> Finding {
    o.not_applicable(
        format!("`notice.exemption_citation` cites `{citation}` as a law allowing individuals not to be informed (Art. 5(3)), so this notice duty does not apply; whether the citation holds is for review under `cn-frt-5-exemption`."),
        format!("`notice.exemption_citation` 援引 `{citation}` 作为可以不向个人告知的法律依据（第五条第三款），本项告知义务不适用；该依据是否成立，见 `cn-frt-5-exemption` 的人工核实。"),
    )
    .evidence("/notice/exemption_citation")
    .into()
}

/// The notice duties of Art. 5(1) shared with Art. 6: before processing, items 1–4.
fn notice_duty(o: &Obligation, duty: Duty, notice: Option<&Notice>) -> Finding {
    let (what_en, what_zh) = duty.title();
    let (cite_en, cite_zh) = duty.citation();
    let evidence = duty.evidence().iter().copied();
    let finding = match notice::decide(notice, duty) {
        Outcome::Exempt { citation } => return exempt(o, &citation),
        Outcome::Met if duty == Duty::BeforeProcessing => o.satisfied(
            "Individuals are told before processing, and the notice reaches them before any capture.",
            "已在处理前告知个人，且告知在采集之前送达。",
        ),
        Outcome::Met => o.satisfied(
            format!("The notice states {what_en}, as {cite_en} requires."),
            format!("告知内容包含{what_zh}，符合{cite_zh}的要求。"),
        ),
        Outcome::Breached { false_facts } => {
            let (en, zh) = if false_facts.contains(&"/notice/given") {
                (
                    "Individuals are not told before their face information is processed (`notice.given: false`).",
                    "未在处理人脸信息前告知个人（`notice.given: false`）。",
                )
            } else {
                (
                    "The notice reaches individuals only after capture has begun (`notice.before_processing: false`); Art. 5(1) requires it before processing.",
                    "告知在开始采集之后才送达个人（`notice.before_processing: false`）；第五条第一款要求在处理前告知。",
                )
            };
            o.violation(en, zh)
                .remediation(
                    "Inform individuals before any face is captured, for example by a sign or screen at the approach and in the app before the camera opens, and record it in `notice.given` and `notice.before_processing`.",
                    "在采集任何人脸之前告知个人，例如在进入区域前设置标识或屏幕提示、在应用开启摄像头前展示告知，并在 `notice.given`、`notice.before_processing` 中记录。",
                )
                .evidence_all(false_facts.iter().copied())
        }
        Outcome::Lacks { contents } => {
            let (en, zh): (Vec<_>, Vec<_>) =
                contents.iter().map(|c| notice::content_title(*c)).unzip();
            let tags: Vec<_> = contents.iter().map(|c| format!("`{c}`")).collect();
            o.violation(
                format!("The notice does not state {} ({}), which {cite_en} requires.", and_list(&en), tags.join(", ")),
                format!("告知内容缺少{}（{}），不符合{cite_zh}的要求。", zh.join("、"), tags.join("、")),
            )
            .remediation(
                format!("Add {} to the notice and list {} in `notice.contents`.", and_list(&en), and_list(&tags.iter().map(String::as_str).collect::<Vec<_>>())),
                format!("在告知中补充{}，并在 `notice.contents` 中列明 {}。", zh.join("、"), tags.join("、")),
            )
        }
        Outcome::NotGiven => o
            .violation(
                format!("No notice is given (`notice.given: false`), so individuals are not told {what_en} ({cite_en})."),
                format!("未进行告知（`notice.given: false`），个人未被告知{what_zh}（{cite_zh}）。"),
            )
            .remediation(
                format!("Give a notice before processing that states {what_en}."),
                format!("在处理前进行告知，并说明{what_zh}。"),
            )
            .evidence("/notice/given"),
        Outcome::Unknown { missing } => {
            let (en, zh) = if duty == Duty::BeforeProcessing {
                (
                    format!("Whether individuals are told before processing is not stated ({} missing).", fields(&missing)),
                    format!("未说明是否在处理前告知个人（缺少 {}）。", fields_zh(&missing)),
                )
            } else {
                (
                    format!("What the notice states is not given (`notice.contents` missing), so whether it tells people {what_en} ({cite_en}) is unknown."),
                    format!("未说明告知内容（缺少 `notice.contents`），无法判断是否告知了{what_zh}（{cite_zh}）。"),
                )
            };
            o.needs_review(en, zh)
                .remediation(
                    format!("State {}.", fields(&missing)),
                    format!("填写 {}。", fields_zh(&missing)),
                )
                .evidence_all(missing.iter().copied())
        }
    };
    finding.evidence_all(evidence).into()
}

fn conspicuous_plain(notice: Option<&Notice>) -> Finding {
    let o = &CONSPICUOUS_PLAIN;
    if let Some(citation) = notice::exemption(notice) {
        return exempt(o, citation);
    }
    let facts = [
        (
            "/notice/prominent",
            notice.and_then(|n| n.prominent),
            "shown in a conspicuous way",
            "以显著方式展示",
        ),
        (
            "/notice/plain_language",
            notice.and_then(|n| n.plain_language),
            "written in clear, easily understood language",
            "使用清晰易懂的语言",
        ),
    ];
    let evidence = ["/notice/prominent", "/notice/plain_language"];
    let not: Vec<_> = facts.iter().filter(|f| f.1 == Some(false)).collect();
    let missing: Vec<_> = facts
        .iter()
        .filter(|f| f.1.is_none())
        .map(|f| f.0)
        .collect();
    let finding = if !not.is_empty() {
        let (en, zh) = match not.as_slice() {
            [one] => (format!("not {}", one.2), format!("未{}", one.3)),
            _ => (
                "neither shown in a conspicuous way nor written in clear, easily understood language".to_owned(),
                "既未以显著方式展示，也未使用清晰易懂的语言".to_owned(),
            ),
        };
        o.needs_review(
            format!("Art. 5(1) requires notice in a conspicuous way and in clear, easily understood language, but the notice is {en}; a reviewer judges whether people can still notice and understand it."),
            format!("告知{zh}，不符合第五条第一款的要求；需人工判断个人能否注意到并理解告知内容。"),
        )
        .remediation(
            "Show the notice where people cannot miss it (at the approach, before the camera opens) in short, plain sentences, then set `notice.prominent` and `notice.plain_language`.",
            "将告知置于个人不会错过的位置（进入区域前、开启摄像头前），使用简短、通俗的语句，然后填写 `notice.prominent`、`notice.plain_language`。",
        )
    } else if !missing.is_empty() {
        o.needs_review(
            format!("Whether the notice is conspicuous and in plain language is not stated ({} missing).", fields(&missing)),
            format!("未说明告知是否显著、是否清晰易懂（缺少 {}）。", fields_zh(&missing)),
        )
        .remediation(
            format!("State {}.", fields(&missing)),
            format!("填写 {}。", fields_zh(&missing)),
        )
    } else {
        o.satisfied(
            "The notice is shown in a conspicuous way and written in clear, easily understood language.",
            "告知以显著方式展示，并使用清晰易懂的语言。",
        )
    };
    finding.evidence_all(evidence).into()
}

fn change_notified(notice: Option<&Notice>) -> Finding {
    let o = &CHANGE_NOTIFIED;
    if let Some(citation) = notice::exemption(notice) {
        return exempt(o, citation);
    }
    let Some(changed) = notice.and_then(|n| n.changed_on) else {
        return o
            .not_applicable(
                "No change of the notified matters is recorded (`notice.changed_on` absent).",
                "未记录告知事项发生变更（未填写 `notice.changed_on`）。",
            )
            .evidence("/notice/changed_on")
            .into();
    };
    let finding = match notice.and_then(|n| n.change_notified) {
        Some(true) => o.satisfied(
            format!("The notified matters changed on {changed} and the change was notified to individuals."),
            format!("告知事项于{changed}发生变更，变更部分已告知个人。"),
        ),
        Some(false) => o
            .violation(
                format!("The notified matters changed on {changed}, but the change was not notified to individuals (`notice.change_notified: false`)."),
                format!("告知事项于{changed}发生变更，但未将变更部分告知个人（`notice.change_notified: false`）。"),
            )
            .remediation(
                "Tell individuals what changed, in the same conspicuous and plain way as the original notice, and set `notice.change_notified`.",
                "以与原告知相同的显著、清晰易懂的方式将变更部分告知个人，并填写 `notice.change_notified`。",
            ),
        None => o
            .needs_review(
                format!("The notified matters changed on {changed}; whether the change was notified to individuals is not stated."),
                format!("告知事项于{changed}发生变更，未说明是否已将变更部分告知个人。"),
            )
            .remediation(
                "State `notice.change_notified`.",
                "填写 `notice.change_notified`。",
            ),
    };
    finding
        .evidence_all(["/notice/changed_on", "/notice/change_notified"])
        .into()
}

fn exemption(notice: Option<&Notice>) -> Finding {
    let o = &EXEMPTION;
    let cited = notice.and_then(|n| n.exemption_citation.as_deref());
    let finding = match (notice::exemption(notice), cited) {
        (Some(citation), _) => o
            .needs_review(
                format!("Individuals are not informed under `{citation}`, cited as a law that allows it (Art. 5(3)); the notice duties are treated as not applicable, which holds only if that law really allows not informing in this situation."),
                format!("依据 `{citation}` 不向个人告知（第五条第三款），告知义务按不适用处理；仅当该法律、行政法规确实允许在此情形下不告知时方能成立。"),
            )
            .remediation(
                "Have counsel verify that the cited law or administrative regulation allows not informing individuals here, and keep the opinion on file; otherwise give the notice of Art. 5(1).",
                "请法务核实所援引的法律、行政法规确实允许在此情形下不告知个人，并留存意见；否则应当按第五条第一款进行告知。",
            ),
        (None, Some(_)) => o
            .needs_review(
                "`notice.exemption_citation` is present but blank, so no law is cited and the notice duties apply.",
                "`notice.exemption_citation` 已填写但内容为空，未援引任何法律依据，告知义务仍然适用。",
            )
            .remediation(
                "Cite the law that allows not informing individuals, or remove `notice.exemption_citation`.",
                "写明允许不告知个人的法律依据，或删除 `notice.exemption_citation`。",
            ),
        (None, None) => o.not_applicable(
            "No law is cited that allows not informing individuals, so the notice duties apply.",
            "未援引可以不向个人告知的法律依据，告知义务适用。",
        ),
    };
    finding.evidence("/notice/exemption_citation").into()
}

fn accessibility(input: &Input) -> Finding {
    let o = &ACCESSIBILITY;
    let accessible = input.notice.as_ref().and_then(|n| n.accessible);
    let included = input.subjects.as_ref().and_then(|s| s.elderly_or_disabled);
    let evidence = ["/subjects/elderly_or_disabled", "/notice/accessible"];
    let fix = (
        "Make the notice and the face recognition flow usable by elderly and disabled people under the national accessibility rules (large type, voice prompts, assisted help), and state `notice.accessible`.",
        "按照国家无障碍环境建设的规定，使告知和人脸识别流程便于老年人、残疾人使用（大字、语音提示、人工协助等），并填写 `notice.accessible`。",
    );
    let finding = match (accessible, included) {
        (Some(true), _) => o.satisfied(
            "The notice is accessible to elderly and disabled people.",
            "告知方式便于老年人、残疾人获取。",
        ),
        (_, Some(false)) => o
            .not_applicable(
                "The population does not include elderly or disabled people (`subjects.elderly_or_disabled: false`).",
                "处理对象不包括老年人、残疾人（`subjects.elderly_or_disabled: false`）。",
            ),
        (Some(false), included) => o
            .needs_review(
                format!("The notice is not accessible to elderly and disabled people (`notice.accessible: false`), {}; a reviewer checks it against the national accessibility rules.", if included.is_some() { "and they are among the people processed" } else { "and whether they are among the people processed is not stated" }),
                format!("告知方式不便于老年人、残疾人获取（`notice.accessible: false`），{}；需对照国家无障碍环境建设的规定人工核查。", if included.is_some() { "且处理对象包括老年人、残疾人" } else { "且未说明处理对象是否包括老年人、残疾人" }),
            )
            .remediation(fix.0, fix.1),
        (None, Some(true)) => o
            .needs_review(
                "Elderly or disabled people are among the people processed, but whether the notice is accessible to them is not stated.",
                "处理对象包括老年人、残疾人，但未说明告知方式是否便于其获取。",
            )
            .remediation(fix.0, fix.1),
        (None, None) => o
            .needs_review(
                "Whether elderly or disabled people are among the people processed, and whether the notice is accessible to them, is not stated.",
                "未说明处理对象是否包括老年人、残疾人，也未说明告知方式是否便于其获取。",
            )
            .remediation(
                "State `subjects.elderly_or_disabled` and `notice.accessible`.",
                "填写 `subjects.elderly_or_disabled` 和 `notice.accessible`。",
            ),
    };
    finding.evidence_all(evidence).into()
}
