//! Art. 12 of the Measures: nobody may mislead, defraud or coerce people into face verification.
//!
//! > 第十二条 任何组织和个人不得以办理业务、提升服务质量等为由，误导、欺诈、胁迫个人接受人脸
//! > 识别技术验证个人身份。
//!
//! See `README.md` beside this file for what each obligation checks and why.

use frt_sdk::prelude::*;

/// No coercion: refusing face recognition must not cost people the service when it can be
/// provided another way.
pub const NO_COERCION: Obligation = Obligation::new("cn-frt-12-no-coercion", "12").title(
    "No coercion into face verification",
    "不得胁迫个人接受人脸识别",
);

/// No misleading or fraudulent claims, in particular that face recognition is required.
pub const NO_MISLEADING: Obligation = Obligation::new("cn-frt-12-no-misleading", "12").title(
    "No misleading claim that face recognition is required",
    "不得误导、欺诈个人接受人脸识别",
);

/// No nudging: no pre-ticked consent, no asking again after a refusal.
pub const NO_NUDGING: Obligation = Obligation::new("cn-frt-12-no-nudging", "12")
    .severity(Severity::Medium)
    .title(
        "No pre-ticked consent or repeated prompts",
        "不得预先勾选同意或反复诱导",
    );

/// The rule.
#[derive(Debug)]
pub struct Art12;

impl Rule for Art12 {
    fn describe() -> RuleDescription {
        describe("cn-frt-art12", "0.1.0", measures::INSTRUMENT)
            .title(
                "No misleading, fraud or coercion into face verification",
                "不得误导、欺诈、胁迫个人接受人脸识别",
            )
            .article(
                "12",
                "No organisation or individual may mislead, defraud or coerce individuals into accepting identity verification by face recognition technology on the grounds of handling business, improving service quality or the like.",
                "任何组织和个人不得以办理业务、提升服务质量等为由，误导、欺诈、胁迫个人接受人脸识别技术验证个人身份。",
            )
            .jurisdiction("CN", None, None)
            .effective_from(measures::in_force())
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[NO_COERCION, NO_MISLEADING, NO_NUDGING]
    }

    fn check(input: &Input) -> Vec<Finding> {
        measures::decide(input, Self::obligations(), |input| {
            let practices = input.practices.clone().unwrap_or_default();
            let feasible = input.alternatives.as_ref().and_then(|a| a.non_frt_feasible);
            vec![
                no_coercion(practices.refusal_denies_service, feasible),
                no_misleading(
                    practices.claims_mandatory,
                    practices.mandatory_claim_citation.as_deref(),
                ),
                no_nudging(practices.consent_prechecked, practices.repeated_prompts),
            ]
        })
    }
}

frt_sdk::export_rule!(Art12);

fn no_coercion(refusal_denies_service: Option<bool>, non_frt_feasible: Option<bool>) -> Finding {
    let o = &NO_COERCION;
    let finding = match (refusal_denies_service, non_frt_feasible) {
        (None, _) => {
            return o
                .needs_review(
                    "Whether refusing face recognition means no service is not stated, so whether people are coerced into it is unknown.",
                    "未说明拒绝人脸识别是否即无法获得服务，无法判断是否胁迫个人接受人脸识别。",
                )
                .remediation(
                    "State `practices.refusal_denies_service`.",
                    "填写 `practices.refusal_denies_service`。",
                )
                .evidence("/practices/refusal_denies_service")
                .into();
        }
        (Some(false), _) => {
            return o
                .satisfied(
                    "People who refuse face recognition still get the service (`practices.refusal_denies_service: false`).",
                    "拒绝人脸识别的个人仍可获得服务（`practices.refusal_denies_service: false`）。",
                )
                .evidence("/practices/refusal_denies_service")
                .into();
        }
        (Some(true), Some(true)) => o
            .violation(
                "Refusing face recognition means no service (`practices.refusal_denies_service: true`), although the purpose can be met without it (`alternatives.non_frt_feasible: true`): people are forced to accept face verification, which Art. 12 forbids.",
                "拒绝人脸识别即无法获得服务（`practices.refusal_denies_service: true`），而该目的无需人脸识别即可实现（`alternatives.non_frt_feasible: true`）：个人被迫接受人脸识别验证身份，违反第十二条。",
            )
            .remediation(
                "Serve people who refuse face recognition by another way (ID document, card, manual check) and state `practices.refusal_denies_service: false`.",
                "为拒绝人脸识别的个人提供其他方式（身份证件、卡片、人工核验）办理，并填写 `practices.refusal_denies_service: false`。",
            ),
        (Some(true), None) => o
            .needs_review(
                "Refusing face recognition means no service (`practices.refusal_denies_service: true`), and whether the purpose can be met without face recognition is not stated, so whether people are coerced is unknown.",
                "拒绝人脸识别即无法获得服务（`practices.refusal_denies_service: true`），但未说明该目的能否以非人脸识别方式实现，无法判断是否构成胁迫。",
            )
            .remediation(
                "State `alternatives.non_frt_feasible`; where another way is feasible, offer it to people who refuse.",
                "填写 `alternatives.non_frt_feasible`；如存在可行的其他方式，应向拒绝人脸识别的个人提供。",
            ),
        (Some(true), Some(false)) => o
            .needs_review(
                "Refusing face recognition means no service (`practices.refusal_denies_service: true`), and the declaration says the purpose cannot be met without it (`alternatives.non_frt_feasible: false`). Whether withholding the service is coercion when no other way exists is open to interpretation; a reviewer decides.",
                "拒绝人脸识别即无法获得服务（`practices.refusal_denies_service: true`），且声明称该目的无法以非人脸识别方式实现（`alternatives.non_frt_feasible: false`）。在没有其他方式时拒绝提供服务是否构成胁迫存在解释空间，需人工判断。",
            )
            .remediation(
                "Record why no other way is feasible (for example a national rule that requires face verification) and have a reviewer confirm it; otherwise offer another way.",
                "记录无法采用其他方式的理由（例如国家规定要求人脸识别验证），并由人工复核确认；否则应提供其他方式。",
            ),
    };
    finding
        .evidence_all([
            "/practices/refusal_denies_service",
            "/alternatives/non_frt_feasible",
        ])
        .into()
}

fn no_misleading(claims_mandatory: Option<bool>, citation: Option<&str>) -> Finding {
    let o = &NO_MISLEADING;
    let citation = citation.map(str::trim).filter(|c| !c.is_empty());
    let finding = match (claims_mandatory, citation) {
        (None, _) => o
            .needs_review(
                "Whether people are told that face recognition is required is not stated.",
                "未说明是否向个人声称必须接受人脸识别。",
            )
            .remediation(
                "State `practices.claims_mandatory`.",
                "填写 `practices.claims_mandatory`。",
            ),
        (Some(false), _) => o.satisfied(
            "People are not told that face recognition is required (`practices.claims_mandatory: false`).",
            "未向个人声称必须接受人脸识别（`practices.claims_mandatory: false`）。",
        ),
        (Some(true), None) => o
            .violation(
                "People are told that face recognition is required, but no rule requiring it is cited: the claim misleads them into face verification, which Art. 12 forbids.",
                "向个人声称必须接受人脸识别，但未援引任何要求人脸识别的规定：该说法误导个人接受人脸识别验证身份，违反第十二条。",
            )
            .remediation(
                "Stop telling people face recognition is required, or cite the law or national rule that requires it in `practices.mandatory_claim_citation`.",
                "停止告诉个人必须接受人脸识别，或在 `practices.mandatory_claim_citation` 中写明要求人脸识别的法律或国家规定。",
            ),
        (Some(true), Some(c)) => o
            .needs_review(
                format!("People are told that face recognition is required, citing `{c}`. Whether that rule really requires face verification for this service must be checked; if it does not, the claim misleads."),
                format!("向个人声称必须接受人脸识别，援引的规定为 `{c}`。需核实该规定是否确实要求本业务进行人脸识别验证；如不要求，该说法构成误导。"),
            )
            .remediation(
                "Have a lawyer confirm that the cited rule makes face verification mandatory here; if it does not, stop saying so.",
                "请法务人员确认所援引的规定确实要求此处进行人脸识别验证；如不要求，应停止作此表述。",
            ),
    };
    let finding = finding.evidence("/practices/claims_mandatory");
    if claims_mandatory == Some(true) {
        finding
            .evidence("/practices/mandatory_claim_citation")
            .into()
    } else {
        finding.into()
    }
}

fn no_nudging(prechecked: Option<bool>, repeated: Option<bool>) -> Finding {
    let o = &NO_NUDGING;
    let evidence = [
        "/practices/consent_prechecked",
        "/practices/repeated_prompts",
    ];
    let mut found = (Vec::new(), Vec::new());
    if prechecked == Some(true) {
        found.0.push("the consent box is ticked in advance");
        found.1.push("同意选项被预先勾选");
    }
    if repeated == Some(true) {
        found.0.push("people are asked again after refusing");
        found.1.push("个人拒绝后被反复要求");
    }
    let finding = if !found.0.is_empty() {
        o.needs_review(
            format!("{}: this may steer people into face verification. Whether it amounts to misleading or coercion under Art. 12 is a matter of judgement; a reviewer decides.", capitalise(&found.0.join(", and "))),
            format!("{}：可能诱导个人接受人脸识别验证。是否构成第十二条所禁止的误导或胁迫需人工判断。", found.1.join("，且")),
        )
        .remediation(
            "Leave the consent box unticked and accept a refusal without asking again; state `practices.consent_prechecked: false` and `practices.repeated_prompts: false`.",
            "不预先勾选同意选项，个人拒绝后不再反复要求；并填写 `practices.consent_prechecked: false` 和 `practices.repeated_prompts: false`。",
        )
    } else if prechecked.is_none() || repeated.is_none() {
        let missing: Vec<_> = [
            (prechecked, "`practices.consent_prechecked`"),
            (repeated, "`practices.repeated_prompts`"),
        ]
        .iter()
        .filter(|(v, _)| v.is_none())
        .map(|(_, name)| *name)
        .collect();
        o.needs_review(
            format!(
                "Whether people are nudged into face recognition is unknown: {} {} not stated.",
                missing.join(" and "),
                if missing.len() == 1 { "is" } else { "are" }
            ),
            format!(
                "无法判断是否诱导个人接受人脸识别：未填写 {}。",
                missing.join(" 和 ")
            ),
        )
        .remediation(
            format!("State {}.", missing.join(" and ")),
            format!("填写 {}。", missing.join(" 和 ")),
        )
    } else {
        o.satisfied(
            "The consent box is not ticked in advance and people are not asked again after refusing.",
            "同意选项未被预先勾选，个人拒绝后也不会被反复要求。",
        )
    };
    finding.evidence_all(evidence).into()
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
