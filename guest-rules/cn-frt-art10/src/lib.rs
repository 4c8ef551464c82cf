//! Art. 10 of the Measures: face recognition is not the only way to verify identity, and
//! whoever refuses it gets another reasonable, convenient way.
//!
//! > 第十条 实现相同目的或者达到同等业务要求，存在其他非人脸识别技术方式的，不得将人脸识别
//! > 技术作为唯一验证方式。个人不同意通过人脸信息进行身份验证的，应当提供其他合理、便捷的方式。
//! > 国家对应用人脸识别技术验证个人身份另有规定的，从其规定。
//!
//! The article concerns verifying who someone is: it applies to `verification` and
//! `identification`. The applicability gates ([`measures::decide`]) already take out
//! deployments whose modes identify nobody, so every declaration that reaches this rule's
//! logic verifies or identifies someone, or does not say (and is then treated as doing so).
//!
//! See `README.md` beside this file for what each obligation checks and why.

use frt_sdk::prelude::*;

/// 10(1): where a non-face method would do, face recognition is not the only method.
pub const NOT_SOLE_METHOD: Obligation = Obligation::new("cn-frt-10-not-sole-method", "10")
    .paragraph(1)
    .title("Not the only verification method", "不得作为唯一验证方式");

/// 10(1): whoever refuses face verification is given another reasonable, convenient way.
pub const REFUSAL_ALTERNATIVE: Obligation = Obligation::new("cn-frt-10-refusal-alternative", "10")
    .paragraph(1)
    .title(
        "Another way for those who refuse",
        "个人不同意的，提供其他合理、便捷的方式",
    );

/// The rule.
#[derive(Debug)]
pub struct Art10;

impl Rule for Art10 {
    fn describe() -> RuleDescription {
        describe("cn-frt-art10", "0.1.0", measures::INSTRUMENT)
            .title(
                "Face recognition not the only way to verify",
                "人脸识别不得作为唯一验证方式",
            )
            .article(
                "10",
                "Where other methods that do not use face recognition technology exist to achieve the same purpose or meet the same business requirements, face recognition technology shall not be the only verification method. Where an individual does not agree to have their identity verified through face information, other reasonable and convenient methods shall be provided. Where the State has other provisions on verifying personal identity by face recognition technology, those provisions prevail.",
                "实现相同目的或者达到同等业务要求，存在其他非人脸识别技术方式的，不得将人脸识别技术作为唯一验证方式。个人不同意通过人脸信息进行身份验证的，应当提供其他合理、便捷的方式。\n国家对应用人脸识别技术验证个人身份另有规定的，从其规定。",
            )
            .jurisdiction("CN", None, None)
            .effective_from(measures::in_force())
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[NOT_SOLE_METHOD, REFUSAL_ALTERNATIVE]
    }

    fn check(input: &Input) -> Vec<Finding> {
        measures::decide(input, Self::obligations(), |input| {
            let alternatives = input.alternatives.clone().unwrap_or_default();
            vec![
                not_sole_method(&alternatives),
                refusal_alternative(&alternatives),
            ]
        })
    }
}

frt_sdk::export_rule!(Art10);

const FEASIBLE: &str = "/alternatives/non_frt_feasible";
const OFFERED: &str = "/alternatives/offered";
const ON_REFUSAL: &str = "/alternatives/offered_on_refusal";
const CONVENIENT: &str = "/alternatives/equally_convenient";
const STATE_RULE: &str = "/alternatives/state_rule_citation";

fn not_sole_method(alternatives: &Alternatives) -> Finding {
    let o = &NOT_SOLE_METHOD;
    if let Some(rule) = alternatives.state_rule_citation.as_deref() {
        return o
            .needs_review(
                format!("A national rule, `{rule}`, is cited as governing face verification here. Where the State has such a rule it prevails (Art. 10(2)), so whether face recognition may be the only method depends on that rule, which must be verified."),
                format!("声称国家规定 `{rule}` 适用于此处的人脸识别身份验证。国家另有规定的，从其规定（第十条第二款），因此人脸识别能否作为唯一验证方式取决于该规定，需予以核实。"),
            )
            .remediation(
                "Have the cited rule checked: it must be a national provision on verifying identity by face recognition that covers this deployment. If it does not, offer a non-face method.",
                "核实所引用的规定：须为国家关于应用人脸识别技术验证个人身份、且涵盖本场景的规定；如不适用，应提供非人脸识别的验证方式。",
            )
            .evidence(STATE_RULE)
            .into();
    }
    let finding = match (alternatives.non_frt_feasible, alternatives.offered.as_deref()) {
        (_, Some(offered)) if !offered.is_empty() => {
            let list = offered
                .iter()
                .map(|m| format!("`{m}`"))
                .collect::<Vec<_>>();
            o.satisfied(
                format!("Face recognition is not the only way to verify: {} also offered.", offered_en(&list)),
                format!("人脸识别并非唯一验证方式：同时提供 {}。", list.join("、")),
            )
            .evidence(OFFERED)
        }
        (Some(false), _) => o
            .not_applicable(
                "The declaration states that no method without face recognition can achieve the same purpose or meet the same business requirements, so Art. 10(1) does not forbid face recognition as the only method.",
                "申报称不存在可实现相同目的或达到同等业务要求的非人脸识别方式，第十条第一款关于不得作为唯一验证方式的规定不适用。",
            )
            .evidence_all([FEASIBLE, OFFERED]),
        (Some(true), Some(_)) => o
            .violation(
                "A method without face recognition could achieve the same purpose, but none is offered: face recognition is the only way to verify, which Art. 10(1) forbids.",
                "存在可实现相同目的的非人脸识别方式，但未提供任何此类方式，人脸识别成为唯一验证方式，违反第十条第一款。",
            )
            .remediation(
                "Offer at least one method that does not use face recognition (such as an ID document, card, password or manual check) and list it in `alternatives.offered`.",
                "提供至少一种非人脸识别的验证方式（如身份证件、卡片、密码或人工核验），并在 `alternatives.offered` 中列明。",
            )
            .evidence_all([FEASIBLE, OFFERED]),
        (Some(true), None) => o
            .needs_review(
                "A method without face recognition could achieve the same purpose, but which non-face methods are offered is not stated.",
                "存在可实现相同目的的非人脸识别方式，但未说明提供了哪些非人脸识别方式。",
            )
            .remediation("State `alternatives.offered`.", "填写 `alternatives.offered`。")
            .evidence_all([FEASIBLE, OFFERED]),
        (None, offered) => {
            let (en, zh) = if offered.is_some() {
                (
                    "No method without face recognition is offered, and whether one could achieve the same purpose is not stated, so whether face recognition may be the only method is unknown.",
                    "未提供非人脸识别方式，且未说明是否存在可实现相同目的的非人脸识别方式，无法确定人脸识别能否作为唯一验证方式。",
                )
            } else {
                (
                    "Whether a method without face recognition could achieve the same purpose, and which ones are offered, is not stated.",
                    "未说明是否存在可实现相同目的的非人脸识别方式，也未说明提供了哪些此类方式。",
                )
            };
            o.needs_review(en, zh)
                .remediation(
                    "State `alternatives.non_frt_feasible` and `alternatives.offered`.",
                    "填写 `alternatives.non_frt_feasible` 和 `alternatives.offered`。",
                )
                .evidence_all([FEASIBLE, OFFERED])
        }
    };
    finding.into()
}

/// "`a` is", "`a` and `b` are", "`a`, `b` and `c` are".
fn offered_en(list: &[String]) -> String {
    match list {
        [one] => format!("{one} is"),
        [rest @ .., last] => format!("{} and {last} are", rest.join(", ")),
        [] => String::new(),
    }
}

fn refusal_alternative(alternatives: &Alternatives) -> Finding {
    let o = &REFUSAL_ALTERNATIVE;
    let finding = match (alternatives.offered_on_refusal, alternatives.equally_convenient) {
        (Some(true), Some(true)) => o
            .satisfied(
                "A person who refuses face recognition is given another way that is reasonable and convenient.",
                "个人不同意人脸识别的，已提供其他合理、便捷的方式。",
            )
            .evidence_all([ON_REFUSAL, CONVENIENT]),
        (Some(true), Some(false)) => o
            .needs_review(
                "A person who refuses face recognition is given another way, but the declaration says it is not equally convenient (at the same place, at no extra cost and without a long wait). Whether it is still reasonable and convenient in the sense of Art. 10(1) is for a reviewer to judge.",
                "个人不同意人脸识别的，虽提供其他方式，但申报称该方式不如人脸识别便捷（同一地点、不额外收费、无需长时间等待）。是否仍属第十条第一款所称合理、便捷的方式，需人工判断。",
            )
            .remediation(
                "Make the other way as easy as face recognition: at the same place, at no extra cost and without a long wait; then set `alternatives.equally_convenient: true`.",
                "使替代方式与人脸识别同样便捷：同一地点办理、不额外收费、无需长时间等待；随后将 `alternatives.equally_convenient` 设为 `true`。",
            )
            .evidence_all([ON_REFUSAL, CONVENIENT]),
        (Some(true), None) => o
            .needs_review(
                "A person who refuses face recognition is given another way, but whether it is reasonable and convenient is not stated.",
                "个人不同意人脸识别的，提供了其他方式，但未说明该方式是否合理、便捷。",
            )
            .remediation(
                "State `alternatives.equally_convenient`.",
                "填写 `alternatives.equally_convenient`。",
            )
            .evidence_all([ON_REFUSAL, CONVENIENT]),
        (Some(false), _) => match alternatives.state_rule_citation.as_deref() {
            Some(rule) => o
                .needs_review(
                    format!("A person who refuses face recognition is given no other way. The national rule cited, `{rule}`, may require face verification here and would then prevail (Art. 10(2)); it must be verified."),
                    format!("个人不同意人脸识别的，未提供其他方式。所引用的国家规定 `{rule}` 可能要求此处使用人脸识别验证身份，如属实则从其规定（第十条第二款），需予以核实。"),
                )
                .remediation(
                    "Have the cited rule checked; unless it requires face verification for everyone here, give those who refuse another reasonable, convenient way.",
                    "核实所引用的规定；除非其要求此处所有人均须人脸识别验证，应为不同意者提供其他合理、便捷的方式。",
                )
                .evidence_all([ON_REFUSAL, STATE_RULE]),
            None => o
                .violation(
                    "A person who refuses face recognition is given no other way to verify their identity; Art. 10(1) requires another reasonable, convenient way.",
                    "个人不同意通过人脸信息进行身份验证的，未提供其他方式；第十条第一款要求提供其他合理、便捷的方式。",
                )
                .remediation(
                    "Give anyone who refuses face recognition another reasonable, convenient way (at the same place, at no extra cost, without a long wait), and state `alternatives.offered_on_refusal: true`.",
                    "为不同意人脸识别的个人提供其他合理、便捷的方式（同一地点、不额外收费、无需长时间等待），并将 `alternatives.offered_on_refusal` 设为 `true`。",
                )
                .evidence(ON_REFUSAL),
        },
        (None, _) => o
            .needs_review(
                "Whether a person who refuses face recognition is given another way is not stated.",
                "未说明个人不同意人脸识别时是否提供其他方式。",
            )
            .remediation(
                "State `alternatives.offered_on_refusal` (and `alternatives.equally_convenient`).",
                "填写 `alternatives.offered_on_refusal`（及 `alternatives.equally_convenient`）。",
            )
            .evidence(ON_REFUSAL),
    };
    finding.into()
}
