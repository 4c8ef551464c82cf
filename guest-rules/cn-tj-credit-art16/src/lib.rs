//! Tianjin Municipal Social Credit Regulations (《天津市社会信用条例》), Art. 16(2): providers of
//! market credit information must not collect biometric information.
//!
//! > 市场信用信息提供单位……不得采集自然人的宗教信仰、血型、疾病和病史、生物识别信息以及法律、
//! > 行政法规规定禁止采集的其他信息。
//!
//! Later revisions of the Regulations are unconfirmed, so the rule says so and reports
//! `needs_review` where it would report `violation`.

use frt_sdk::prelude::*;

/// The instrument id.
pub const INSTRUMENT: &str = "CN-TJ-CREDIT-2020";

/// 16(2): no biometric collection by market credit information providers.
pub const NO_BIOMETRICS: Obligation = Obligation::new("cn-tj-16-no-biometrics", "16")
    .paragraph(2)
    .severity(Severity::Blocking)
    .title(
        "Credit information providers collect no biometric information",
        "市场信用信息提供单位不得采集生物识别信息",
    );

/// The rule.
#[derive(Debug)]
pub struct Art16;

impl Rule for Art16 {
    fn describe() -> RuleDescription {
        describe("cn-tj-credit-art16", "0.1.0", INSTRUMENT)
            .title(
                "Tianjin social credit: no biometric collection by credit information providers",
                "天津社会信用：市场信用信息提供单位不得采集生物识别信息",
            )
            .article(
                "16",
                "Providers of market credit information collecting the credit information of natural persons shall obtain their consent and agree on the purpose. They shall not collect natural persons' religious beliefs, blood type, illness and medical history, biometric information, or other information whose collection laws and administrative regulations prohibit. Income, deposits, securities, commercial insurance, real estate and tax information may be collected only with written consent after the person is clearly told the possible adverse consequences.",
                "市场信用信息提供单位采集自然人信用信息的，应当经本人同意并约定用途。\n市场信用信息提供单位不得采集自然人的宗教信仰、血型、疾病和病史、生物识别信息以及法律、行政法规规定禁止采集的其他信息。\n（第三款：收入、存款、有价证券、商业保险、不动产和纳税数额等信息，应当明确告知本人可能产生的不利后果并取得其书面同意后方可采集。）",
            )
            .jurisdiction("CN", Some("CN-TJ"), None)
            .effective_from(Date::new(2021, 1, 1).expect("a valid date"))
            .source("https://zh.wikisource.org/zh-hans/天津市社会信用条例")
            .source("http://m.fww.org.cn/2020/1203/71697_4.html")
            .unconfirmed(
                "Whether the Regulations were revised after their 2020 adoption is not confirmed; confirm Art. 16 is in force as quoted.",
                "未能确认《条例》2020年通过后是否修订；请确认第十六条仍按所引文本有效。",
            )
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[NO_BIOMETRICS]
    }

    fn check(input: &Input) -> Vec<Finding> {
        law::decide::<Self>(input, |input| vec![no_biometrics(input)])
    }
}

frt_sdk::export_rule!(Art16);

fn no_biometrics(input: &Input) -> Finding {
    let finding = match input.handler.as_ref().and_then(|h| h.sector) {
        Some(Sector::CreditReporting) => NO_BIOMETRICS
            .violation(
                "A provider of market credit information collects face information, a kind of biometric information Art. 16(2) forbids it to collect at all; consent does not cure it.",
                "市场信用信息提供单位采集人脸信息，属于第十六条第二款禁止采集的生物识别信息；取得同意亦不能使其合法。",
            )
            .remediation(
                "Stop collecting faces for credit information and delete those collected.",
                "停止为信用信息目的采集人脸，并删除已采集的人脸信息。",
            ),
        Some(other) => NO_BIOMETRICS.not_applicable(
            format!("Art. 16(2) binds providers of market credit information; the handler's sector is `{other}`."),
            format!("第十六条第二款约束市场信用信息提供单位；处理者所属行业为 `{other}`。"),
        ),
        None => NO_BIOMETRICS
            .needs_review(
                "Whether the handler provides market credit information is not stated; if it does, Art. 16(2) forbids it to collect faces.",
                "未说明处理者是否为市场信用信息提供单位；如是，第十六条第二款禁止其采集人脸。",
            )
            .remediation("State `handler.sector`.", "填写 `handler.sector`。"),
    };
    finding.evidence("/handler/sector").into()
}
