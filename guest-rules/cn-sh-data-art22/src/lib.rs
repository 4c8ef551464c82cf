//! Shanghai Municipal Data Regulations (《上海市数据条例》), Art. 22: biometric information.
//!
//! > 处理自然人生物识别信息的，应当具有特定的目的和充分的必要性，并采取严格的保护措施。处理
//! > 生物识别信息应当取得个人的单独同意；法律、行政法规另有规定的，从其规定。
//!
//! Separate consent here is not limited to processing that rests on consent: it is required
//! unless a law or administrative regulation provides otherwise. That is what this rule adds
//! to the Measures' Art. 6, which asks for separate consent only where consent is the basis.
//! Whether the Regulations were revised after the 2021 text is unconfirmed, so this rule says
//! so in its description and reports `needs_review` where it would report `violation`. See
//! `README.md` beside this file.

use frt_sdk::prelude::*;

/// The instrument id.
pub const INSTRUMENT: &str = "CN-SH-DATA-2021";

/// 22: a specific purpose and sufficient necessity.
pub const PURPOSE_NECESSITY: Obligation = Obligation::new("cn-sh-22-purpose-necessity", "22")
    .title(
        "Specific purpose and sufficient necessity",
        "具有特定的目的和充分的必要性",
    );

/// 22: the person's separate consent, unless a law or administrative regulation provides
/// otherwise.
pub const SEPARATE_CONSENT: Obligation = Obligation::new("cn-sh-22-separate-consent", "22")
    .title("Separate consent", "取得个人的单独同意");

/// The rule.
#[derive(Debug)]
pub struct Art22;

impl Rule for Art22 {
    fn describe() -> RuleDescription {
        describe("cn-sh-data-art22", "0.1.0", INSTRUMENT)
            .title(
                "Shanghai: biometric information needs purpose, necessity and separate consent",
                "上海：处理生物识别信息的目的、必要性与单独同意",
            )
            .article(
                "22",
                "Processing a natural person's biometric information shall have a specific purpose and sufficient necessity, and strict protection measures shall be taken. Processing biometric information requires the individual's separate consent, unless laws or administrative regulations provide otherwise.",
                "处理自然人生物识别信息的，应当具有特定的目的和充分的必要性，并采取严格的保护措施。处理生物识别信息应当取得个人的单独同意；法律、行政法规另有规定的，从其规定。",
            )
            .jurisdiction("CN", Some("CN-SH"), None)
            .effective_from(Date::new(2022, 1, 1).expect("a valid date"))
            .source("https://github.com/LawRefBook/Laws/blob/2f4c5c23716267af9dbebbbbd6cbbf732b101981/DLC/上海地方法规/地方性法规/上海/上海市数据条例(2021-11-25).md")
            .source("http://www.sc2p.com/yule/20211208/28862.html")
            .unconfirmed(
                "Whether the Regulations were revised after the 2021 text is not confirmed (one copy found); confirm the article is still in force as quoted.",
                "未能确认《条例》在2021年文本之后是否修订（仅见一个版本）；请确认该条仍按所引文本有效。",
            )
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[PURPOSE_NECESSITY, SEPARATE_CONSENT]
    }

    fn check(input: &Input) -> Vec<Finding> {
        law::decide::<Self>(input, |input| {
            vec![purpose_necessity(input), separate_consent(input)]
        })
    }
}

frt_sdk::export_rule!(Art22);

fn purpose_necessity(input: &Input) -> Finding {
    law::require(
        &PURPOSE_NECESSITY,
        facts::purpose_and_necessity(input),
        &facts::PURPOSE_NECESSITY_EVIDENCE,
        &Words {
            met: facts::PURPOSE_NECESSITY_MET,
            unmet: (
                "The purpose is declared but blank: biometric information processed without a specific purpose, contrary to Art. 22 (the Measures' Art. 4 decides the same fact).",
                "目的字段为空：在无特定目的的情况下处理生物识别信息，不符合第二十二条（《办法》第四条对同一事实作出判断）。",
            ),
            unknown: (
                "A specific purpose, an explained necessity, or an impact assessment that weighs it, is not stated, so Art. 22's specific purpose and sufficient necessity are not shown (as the Measures' Art. 4 finds on the same facts).",
                "未说明特定目的、必要性理由或对其进行评估的影响评估，无法证明符合第二十二条关于特定目的和充分必要性的要求（《办法》第四条依同一事实作出相同判断）。",
            ),
            fix: facts::PURPOSE_NECESSITY_FIX,
        },
    )
}

fn separate_consent(input: &Input) -> Finding {
    let o = &SEPARATE_CONSENT;
    let basis = input.legal_basis.clone().unwrap_or_default();
    let separate = input.consent.as_ref().and_then(|c| c.separate);
    let citation = basis
        .citation
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty());
    let evidence = [
        "/legal_basis/basis",
        "/legal_basis/citation",
        "/consent/separate",
    ];
    match (basis.basis, citation) {
        (Some(b @ (Basis::StatutoryDuty | Basis::OtherLaw)), Some(law)) => {
            return o
                .not_applicable(
                    format!("Processing rests on `{b}` under `{law}`: a law provides otherwise, which Art. 22 allows; the citation is to be checked."),
                    format!("处理依据为 `{b}`（`{law}`）：属于第二十二条允许的法律另有规定的情形；该依据有待核实。"),
                )
                .evidence_all(evidence)
                .into();
        }
        (Some(b @ (Basis::StatutoryDuty | Basis::OtherLaw)), None) => {
            return o
                .needs_review(
                    format!("Processing rests on `{b}`, but no law is cited, so whether a law provides otherwise than separate consent cannot be checked."),
                    format!("处理依据为 `{b}`，但未援引具体法律，无法核实是否属于法律另有规定而无需单独同意的情形。"),
                )
                .evidence_all(evidence)
                .remediation(
                    "Cite the law or administrative regulation in `legal_basis.citation`; if none applies, obtain separate consent.",
                    "在 `legal_basis.citation` 中写明法律或行政法规；如无此依据，应取得单独同意。",
                )
                .into();
        }
        (Some(b), _) if b != Basis::Consent && separate != Some(true) => {
            return o
                .needs_review(
                    format!("Processing rests on `{b}` without separate consent. Art. 22 asks for separate consent to biometric processing unless a law provides otherwise; whether PIPL Art. 13's grounds other than consent count as such a law for biometric information is a reading a reviewer makes."),
                    format!("处理依据为 `{b}`，未取得单独同意。第二十二条要求处理生物识别信息取得单独同意，法律另有规定的除外；《个人信息保护法》第十三条规定的同意以外的处理依据对生物识别信息是否构成此类规定，需人工判断。"),
                )
                .evidence_all(evidence)
                .remediation(
                    "Obtain separate consent to the biometric processing, or record the law that provides otherwise; state `consent.separate`.",
                    "就生物识别信息处理取得单独同意，或记录法律另有规定的依据，并填写 `consent.separate`。",
                )
                .into();
        }
        _ => {}
    }
    law::require(
        o,
        separate,
        &evidence,
        &Words {
            met: (
                "The person separately consents to the processing of their biometric information.",
                "已就生物识别信息处理取得个人的单独同意。",
            ),
            unmet: (
                "Biometric information is processed without the person's separate consent, and no law providing otherwise is cited, contrary to Art. 22.",
                "处理生物识别信息未取得个人的单独同意，且未援引法律另有规定，不符合第二十二条。",
            ),
            unknown: (
                "Whether the person separately consents to the processing of their biometric information is not stated.",
                "未说明是否就生物识别信息处理取得个人的单独同意。",
            ),
            fix: (
                "Ask for a separate consent to the biometric processing, apart from any other terms, and state `consent.separate`.",
                "就生物识别信息处理单独征得同意，不与其他条款捆绑，并填写 `consent.separate`。",
            ),
        },
    )
}
