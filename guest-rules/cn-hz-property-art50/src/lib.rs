//! Hangzhou Property Management Regulations (《杭州市物业管理条例》), Art. 50(2): a property
//! service provider may not force owners or occupants to give face or other biometric data to
//! enter the managed area or use its shared parts.
//!
//! > 物业服务人不得强制业主、非业主使用人通过提供人脸、指纹等生物信息方式进入物业管理区域或者
//! > 使用共有部分。
//!
//! See `README.md` beside this file for what the obligation checks and why.

use frt_sdk::prelude::*;

/// The instrument id.
pub const INSTRUMENT: &str = "CN-HZ-PROPERTY-2021";

/// 50(2): no forced biometric entry.
pub const NO_FORCED_BIOMETRICS: Obligation = Obligation::new("cn-hz-50-no-forced-biometrics", "50")
    .paragraph(2)
    .title(
        "Biometric entry is never forced on owners or occupants",
        "不得强制业主、非业主使用人通过生物信息方式进入物业管理区域",
    );

/// The rule.
#[derive(Debug)]
pub struct Art50;

impl Rule for Art50 {
    fn describe() -> RuleDescription {
        describe("cn-hz-property-art50", "0.1.0", INSTRUMENT)
            .title(
                "Hangzhou property management: no forced face entry",
                "杭州物业管理：不得强制刷脸进入",
            )
            .article(
                "50",
                "(2) A property service provider shall not force owners or non-owner occupants to enter the property management area or use the shared parts by providing face, fingerprint or other biometric information.",
                "物业服务人不得强制业主、非业主使用人通过提供人脸、指纹等生物信息方式进入物业管理区域或者使用共有部分。",
            )
            .jurisdiction("CN", Some("CN-ZJ"), Some("Hangzhou"))
            .effective_from(Date::new(2022, 3, 1).expect("a valid date"))
            .source("https://github.com/LawRefBook/Laws/blob/2f4c5c23716267af9dbebbbbd6cbbf732b101981/DLC/浙江地方法规/地方性法规/浙江/杭州市物业管理条例(2021-08-09).md")
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[NO_FORCED_BIOMETRICS]
    }

    fn check(input: &Input) -> Vec<Finding> {
        law::decide::<Self>(input, |input| vec![no_forced_biometrics(input)])
    }
}

frt_sdk::export_rule!(Art50);

const WORDS: Words = Words {
    met: (
        "The property service provider offers owners and occupants a way in without giving their face.",
        "物业服务人为业主、非业主使用人提供了无需提供人脸的进入方式。",
    ),
    unmet: (
        "The property service provider makes face recognition the way in: owners or occupants who refuse it get no other way to enter, which Art. 50(2) forbids.",
        "物业服务人将人脸识别作为进入方式，拒绝刷脸的业主或非业主使用人无其他进入方式，违反第五十条第二款。",
    ),
    unknown: (
        "Whether owners and occupants who refuse face recognition can still enter (by card, key, code or a guard) is not stated.",
        "未说明拒绝刷脸的业主、非业主使用人能否以门卡、钥匙、密码或人工核验等方式进入。",
    ),
    fix: (
        "Offer a non-biometric way in (card, key, code, guard check) to every owner and occupant who asks, and state `alternatives.offered` and `alternatives.offered_on_refusal`.",
        "为提出要求的每位业主、非业主使用人提供非生物识别的进入方式（门卡、钥匙、密码、人工核验），并填写 `alternatives.offered` 和 `alternatives.offered_on_refusal`。",
    ),
};

fn no_forced_biometrics(input: &Input) -> Finding {
    let sector = input.handler.as_ref().and_then(|h| h.sector);
    match sector {
        None => {
            return NO_FORCED_BIOMETRICS
                .needs_review(
                    "Whether the operator is a property service provider (物业服务人) is not stated, so whether Art. 50(2) binds it is unknown.",
                    "未说明运营者是否为物业服务人，无法确定是否适用第五十条第二款。",
                )
                .evidence("/handler/sector")
                .remediation("State `handler.sector`.", "填写 `handler.sector`。")
                .into();
        }
        Some(Sector::PropertyManagement) => {}
        Some(other) => {
            return law::not_applicable(
                &NO_FORCED_BIOMETRICS,
                (
                    &format!(
                        "Art. 50(2) binds property service providers; the operator's sector is `{other}`."
                    ),
                    &format!("第五十条第二款约束物业服务人；运营者所属行业为 `{other}`。"),
                ),
                &["/handler/sector"],
            );
        }
    }
    let evidence: Vec<&str> = std::iter::once("/handler/sector")
        .chain(facts::WAY_IN_EVIDENCE)
        .collect();
    law::require(
        &NO_FORCED_BIOMETRICS,
        facts::way_in_without_face(input),
        &evidence,
        &WORDS,
    )
}
