//! Shenzhen Special Economic Zone Data Regulations (《深圳经济特区数据条例》), Art. 20: the data
//! of children under fourteen is handled as sensitive data, with the guardian's express
//! consent before processing.
//!
//! > 处理不满十四周岁未成年人个人数据的，按照处理敏感个人数据的有关规定执行，并应当在处理前征得
//! > 其监护人的明示同意。
//!
//! Later revisions of the Regulations are unconfirmed, so the rule says so and reports
//! `needs_review` where it would report `violation`.

use frt_sdk::prelude::*;

/// The instrument id.
pub const INSTRUMENT: &str = "CN-SZ-DATA-2021";

/// 20: the guardian's express consent before processing a child's data.
pub const GUARDIAN_CONSENT: Obligation = Obligation::new("cn-sz-20-guardian-consent", "20").title(
    "Guardian's express consent for children under 14",
    "处理不满十四周岁未成年人数据须征得监护人明示同意",
);

/// The rule.
#[derive(Debug)]
pub struct Art20;

impl Rule for Art20 {
    fn describe() -> RuleDescription {
        describe("cn-sz-data-art20", "0.1.0", INSTRUMENT)
            .title("Shenzhen: children under 14", "深圳：不满十四周岁未成年人")
            .article(
                "20",
                "Processing the personal data of minors under the age of fourteen shall follow the provisions on processing sensitive personal data, and the express consent of their guardian shall be obtained before processing.",
                "处理不满十四周岁未成年人个人数据的，按照处理敏感个人数据的有关规定执行，并应当在处理前征得其监护人的明示同意。",
            )
            .jurisdiction("CN", Some("CN-GD"), Some("Shenzhen"))
            .effective_from(Date::new(2022, 1, 1).expect("a valid date"))
            .source("https://github.com/LawRefBook/Laws/blob/2f4c5c23716267af9dbebbbbd6cbbf732b101981/DLC/广东地方法规/地方性法规/广东/深圳经济特区数据条例(2021-07-06).md")
            .source("http://www.sznews.com/zhuanti/content/2021-07/07/content_24368291.htm")
            .unconfirmed(
                "Whether the Regulations were revised after the 2021 text is not confirmed; confirm the article is in force as quoted.",
                "未能确认《条例》在2021年文本之后是否修订；请确认该条仍按所引文本有效。",
            )
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[GUARDIAN_CONSENT]
    }

    fn check(input: &Input) -> Vec<Finding> {
        law::decide::<Self>(input, |input| vec![guardian_consent(input)])
    }
}

frt_sdk::export_rule!(Art20);

fn guardian_consent(input: &Input) -> Finding {
    let subjects = input.subjects.clone().unwrap_or_default();
    match subjects.minors_under_14 {
        Some(MinorsPresence::None) => law::not_applicable(
            &GUARDIAN_CONSENT,
            (
                "No child under fourteen is processed.",
                "不处理不满十四周岁未成年人的数据。",
            ),
            &["/subjects/minors_under_14"],
        ),
        None => GUARDIAN_CONSENT
            .needs_review(
                "Whether children under fourteen may be processed is not stated.",
                "未说明是否可能处理不满十四周岁未成年人的数据。",
            )
            .evidence("/subjects/minors_under_14")
            .remediation(
                "State `subjects.minors_under_14`.",
                "填写 `subjects.minors_under_14`。",
            )
            .into(),
        Some(_) => law::require(
            &GUARDIAN_CONSENT,
            subjects.guardian_consent,
            &["/subjects/minors_under_14", "/subjects/guardian_consent"],
            &Words {
                met: (
                    "A guardian's express consent is obtained before a child's face data is processed.",
                    "处理儿童人脸数据前已征得监护人明示同意。",
                ),
                unmet: (
                    "Children under fourteen may be processed without their guardian's express consent, which Art. 20 requires beforehand.",
                    "可能在未征得监护人明示同意的情况下处理不满十四周岁未成年人的数据，违反第二十条。",
                ),
                unknown: (
                    "Whether a guardian's express consent is obtained for children under fourteen is not stated.",
                    "未说明是否就不满十四周岁未成年人征得监护人明示同意。",
                ),
                fix: (
                    "Obtain the guardian's express consent before processing, and state `subjects.guardian_consent`.",
                    "处理前征得监护人明示同意，并填写 `subjects.guardian_consent`。",
                ),
            },
        ),
    }
}
