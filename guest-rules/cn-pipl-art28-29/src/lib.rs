//! Personal Information Protection Law (《个人信息保护法》), Arts. 28 and 29: face information
//! is sensitive personal information, processed only with a specific purpose, sufficient
//! necessity and strict protection, and with the person's separate consent.
//!
//! > 第二十八条 敏感个人信息是一旦泄露或者非法使用，容易导致自然人的人格尊严受到侵害或者人身、
//! > 财产安全受到危害的个人信息，包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪
//! > 轨迹等信息，以及不满十四周岁未成年人的个人信息。
//! > 只有在具有特定的目的和充分的必要性，并采取严格保护措施的情形下，个人信息处理者方可处理
//! > 敏感个人信息。
//! >
//! > 第二十九条 处理敏感个人信息应当取得个人的单独同意；法律、行政法规规定处理敏感个人信息
//! > 应当取得书面同意的，从其规定。
//!
//! The Measures' Arts. 4 and 6 restate these duties for face recognition. This rule decides the
//! same facts to the same verdicts and says so in its findings; what it adds is the law's reach:
//! from 2021-11-01 (the Measures apply from 2025-06-01), and to research and algorithm training,
//! which the Measures' Art. 2(2) leaves out. See `README.md` beside this file.

use frt_sdk::prelude::*;

/// The instrument id.
pub const INSTRUMENT: &str = "CN-PIPL-2021";

/// 28(2): a specific purpose and sufficient necessity.
pub const PURPOSE_NECESSITY: Obligation = Obligation::new("cn-pipl-28-purpose-necessity", "28")
    .paragraph(2)
    .title(
        "Specific purpose and sufficient necessity",
        "具有特定的目的和充分的必要性",
    );

/// 29: separate consent, where processing rests on consent.
pub const SEPARATE_CONSENT: Obligation = Obligation::new("cn-pipl-29-separate-consent", "29")
    .title("Separate consent", "取得个人的单独同意");

/// 29: written consent where a law or administrative regulation requires it.
pub const WRITTEN: Obligation = Obligation::new("cn-pipl-29-written", "29").title(
    "Written consent where law requires",
    "法律规定时取得书面同意",
);

/// The rule.
#[derive(Debug)]
pub struct Art28And29;

impl Rule for Art28And29 {
    fn describe() -> RuleDescription {
        describe("cn-pipl-art28-29", "0.1.0", INSTRUMENT)
            .title(
                "PIPL: face information as sensitive personal information",
                "《个人信息保护法》：人脸信息属于敏感个人信息",
            )
            .article(
                "28",
                "Sensitive personal information is personal information that, once leaked or illegally used, easily harms the dignity of natural persons or endangers their personal or property safety, including biometric recognition, religious belief, specific identity, medical health, financial accounts, whereabouts and other information, as well as the personal information of minors under the age of fourteen. Personal information handlers may process sensitive personal information only where there is a specific purpose and sufficient necessity, and strict protection measures are taken.",
                "敏感个人信息是一旦泄露或者非法使用，容易导致自然人的人格尊严受到侵害或者人身、财产安全受到危害的个人信息，包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等信息，以及不满十四周岁未成年人的个人信息。\n只有在具有特定的目的和充分的必要性，并采取严格保护措施的情形下，个人信息处理者方可处理敏感个人信息。",
            )
            .article(
                "29",
                "Processing sensitive personal information requires the individual's separate consent; where laws or administrative regulations require written consent for processing sensitive personal information, those provisions prevail.",
                "处理敏感个人信息应当取得个人的单独同意；法律、行政法规规定处理敏感个人信息应当取得书面同意的，从其规定。",
            )
            .jurisdiction("CN", None, None)
            .effective_from(Date::new(2021, 11, 1).expect("a valid date"))
            .source("https://github.com/LawRefBook/Laws/blob/2f4c5c23716267af9dbebbbbd6cbbf732b101981/行政法/个人信息保护法(2021-08-20).md")
            .source("https://m.mp.oeeee.com/a/BAAFRD000020210820587619.html")
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[PURPOSE_NECESSITY, SEPARATE_CONSENT, WRITTEN]
    }

    fn check(input: &Input) -> Vec<Finding> {
        law::decide::<Self>(input, |input| {
            vec![
                purpose_necessity(input),
                law::on_consent(&SEPARATE_CONSENT, input, || separate_consent(input)),
                law::on_consent(&WRITTEN, input, || written(input)),
            ]
        })
    }
}

frt_sdk::export_rule!(Art28And29);

fn purpose_necessity(input: &Input) -> Finding {
    law::require(
        &PURPOSE_NECESSITY,
        facts::purpose_and_necessity(input),
        &facts::PURPOSE_NECESSITY_EVIDENCE,
        &Words {
            met: facts::PURPOSE_NECESSITY_MET,
            unmet: (
                "The purpose is declared but blank: face information, which is sensitive, is processed without a specific purpose, contrary to Art. 28(2) (the Measures' Art. 4 decides the same fact).",
                "目的字段为空：在无特定目的的情况下处理属于敏感个人信息的人脸信息，不符合第二十八条第二款（《办法》第四条对同一事实作出判断）。",
            ),
            unknown: (
                "A specific purpose, an explained necessity, or an impact assessment that weighs it, is not stated, so Art. 28(2)'s specific purpose and sufficient necessity are not shown (as the Measures' Art. 4 finds on the same facts).",
                "未说明特定目的、必要性理由或对其进行评估的影响评估，无法证明符合第二十八条第二款关于特定目的和充分必要性的要求（《办法》第四条依同一事实作出相同判断）。",
            ),
            fix: facts::PURPOSE_NECESSITY_FIX,
        },
    )
}

fn separate_consent(input: &Input) -> Finding {
    law::require(
        &SEPARATE_CONSENT,
        input.consent.as_ref().and_then(|c| c.separate),
        &["/legal_basis/basis", "/consent/separate"],
        &Words {
            met: (
                "Processing rests on consent, and the person separately consents to the processing of their face information.",
                "处理基于个人同意，已就人脸信息处理取得个人的单独同意。",
            ),
            unmet: (
                "Processing rests on consent, but no separate consent is obtained for face information, which is sensitive (`consent.separate: false`), contrary to Art. 29 (the Measures' Art. 6(1) decides the same fact).",
                "处理基于个人同意，但未就属于敏感个人信息的人脸信息取得单独同意（`consent.separate: false`），不符合第二十九条（《办法》第六条第一款对同一事实作出判断）。",
            ),
            unknown: (
                "Processing rests on consent; whether it is a separate consent for face information is not stated.",
                "处理基于个人同意，但未说明是否就人脸信息取得单独同意。",
            ),
            fix: (
                "Ask for a separate consent to face processing, apart from any other terms, and state `consent.separate`.",
                "就人脸信息处理单独征得同意，不与其他条款捆绑，并填写 `consent.separate`。",
            ),
        },
    )
}

fn written(input: &Input) -> Finding {
    let consent = input.consent.clone().unwrap_or_default();
    let law = consent
        .written_required_by
        .as_deref()
        .map(str::trim)
        .filter(|l| !l.is_empty());
    if law.is_none() {
        return law::not_applicable(
            &WRITTEN,
            (
                "No law or administrative regulation requiring written consent is cited (`consent.written_required_by` absent).",
                "未援引要求取得书面同意的法律、行政法规（未填写 `consent.written_required_by`）。",
            ),
            &["/consent/written_required_by"],
        );
    }
    law::require(
        &WRITTEN,
        consent.written,
        &["/consent/written_required_by", "/consent/written"],
        &Words {
            met: (
                "A cited law requires written consent, and consent is given in writing.",
                "所援引的法律要求取得书面同意，已取得书面同意。",
            ),
            unmet: (
                "A cited law requires written consent, but consent is not given in writing, contrary to Art. 29 (the Measures' Art. 6(1) decides the same fact).",
                "所援引的法律要求取得书面同意，但未取得书面同意，不符合第二十九条（《办法》第六条第一款对同一事实作出判断）。",
            ),
            unknown: (
                "A cited law requires written consent; whether consent is given in writing is not stated.",
                "所援引的法律要求取得书面同意，但未说明是否已取得书面同意。",
            ),
            fix: (
                "Obtain consent in writing (a signed form or an equivalent electronic record) before processing, and state `consent.written`.",
                "在处理前以书面形式（签字表格或等效的电子记录）取得同意，并填写 `consent.written`。",
            ),
        },
    )
}
