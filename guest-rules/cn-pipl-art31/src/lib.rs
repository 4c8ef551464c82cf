//! Personal Information Protection Law (《个人信息保护法》), Art. 31: personal information of
//! children under fourteen.
//!
//! > 第三十一条 个人信息处理者处理不满十四周岁未成年人个人信息的，应当取得未成年人的父母或者
//! > 其他监护人的同意。
//! > 个人信息处理者处理不满十四周岁未成年人个人信息的，应当制定专门的个人信息处理规则。
//!
//! The Measures' Art. 7 restates both paragraphs for face information. Guardian consent is
//! decided on the same facts and to the same verdict (only where processing rests on consent),
//! and the finding says so; the dedicated rules are required here without the Measures' list of
//! topics. What the rule adds is the law's reach: from 2021-11-01, and to research and training.
//! See `README.md` beside this file.

use frt_sdk::prelude::*;

/// The instrument id.
pub const INSTRUMENT: &str = "CN-PIPL-2021";

/// 31(1): a parent's or guardian's consent.
pub const GUARDIAN_CONSENT: Obligation = Obligation::new("cn-pipl-31-guardian-consent", "31")
    .paragraph(1)
    .title("Guardian consent", "取得父母或者其他监护人的同意");

/// 31(2): dedicated processing rules for children's personal information.
pub const MINOR_RULES: Obligation = Obligation::new("cn-pipl-31-minor-rules", "31")
    .paragraph(2)
    .title(
        "Dedicated processing rules for children",
        "制定专门的个人信息处理规则",
    );

/// The rule.
#[derive(Debug)]
pub struct Art31;

impl Rule for Art31 {
    fn describe() -> RuleDescription {
        describe("cn-pipl-art31", "0.1.0", INSTRUMENT)
            .title(
                "PIPL: personal information of children under fourteen",
                "《个人信息保护法》：不满十四周岁未成年人的个人信息",
            )
            .article(
                "31",
                "Personal information handlers that process the personal information of minors under the age of fourteen shall obtain the consent of the minor's parents or other guardians. Personal information handlers that process the personal information of minors under the age of fourteen shall formulate dedicated rules for processing personal information.",
                "个人信息处理者处理不满十四周岁未成年人个人信息的，应当取得未成年人的父母或者其他监护人的同意。\n个人信息处理者处理不满十四周岁未成年人个人信息的，应当制定专门的个人信息处理规则。",
            )
            .jurisdiction("CN", None, None)
            .effective_from(Date::new(2021, 11, 1).expect("a valid date"))
            .source("https://github.com/LawRefBook/Laws/blob/2f4c5c23716267af9dbebbbbd6cbbf732b101981/行政法/个人信息保护法(2021-08-20).md")
            .source("https://m.mp.oeeee.com/a/BAAFRD000020210820587619.html")
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[GUARDIAN_CONSENT, MINOR_RULES]
    }

    fn check(input: &Input) -> Vec<Finding> {
        law::decide::<Self>(input, |input| {
            let minors = input.subjects.as_ref().and_then(|s| s.minors_under_14);
            match minors {
                Some(MinorsPresence::None) => Self::obligations()
                    .iter()
                    .map(|o| {
                        law::not_applicable(
                            o,
                            (
                                "No children under fourteen are processed (`subjects.minors_under_14: none`).",
                                "不处理不满十四周岁未成年人的个人信息（`subjects.minors_under_14: none`）。",
                            ),
                            &["/subjects/minors_under_14"],
                        )
                    })
                    .collect(),
                Some(_) => vec![
                    law::on_consent(&GUARDIAN_CONSENT, input, || guardian_consent(input)),
                    minor_rules(input),
                ],
                None => Self::obligations()
                    .iter()
                    .map(|o| {
                        o.needs_review(
                            "Whether children under fourteen are among the people processed is not stated, so whether Art. 31 applies is unknown.",
                            "未说明处理对象是否包括不满十四周岁的未成年人，无法确定是否适用第三十一条。",
                        )
                        .evidence("/subjects/minors_under_14")
                        .remediation(
                            "State `subjects.minors_under_14` (`none`, `possible` or `targeted`).",
                            "填写 `subjects.minors_under_14`（`none`、`possible` 或 `targeted`）。",
                        )
                        .build()
                    })
                    .collect(),
            }
        })
    }
}

frt_sdk::export_rule!(Art31);

fn guardian_consent(input: &Input) -> Finding {
    let mut evidence = vec!["/legal_basis/basis"];
    evidence.extend(facts::GUARDIAN_EVIDENCE);
    law::require(
        &GUARDIAN_CONSENT,
        facts::guardian_consent(input),
        &evidence,
        &Words {
            met: (
                "Children under fourteen may be processed; processing rests on consent, and a parent's or guardian's consent is obtained for them.",
                "处理对象可能包括不满十四周岁的未成年人；处理基于个人同意，已取得其父母或者其他监护人的同意。",
            ),
            unmet: (
                "Children under fourteen may be processed on consent, but no parent's or guardian's consent is obtained for them, contrary to Art. 31(1) (the Measures' Art. 7(1) decides the same fact).",
                "基于个人同意处理可能包括不满十四周岁未成年人的个人信息，但未取得其父母或者其他监护人的同意，不符合第三十一条第一款（《办法》第七条第一款对同一事实作出判断）。",
            ),
            unknown: (
                "Children under fourteen may be processed on consent; whether a parent's or guardian's consent is obtained is not stated.",
                "基于个人同意处理可能包括不满十四周岁未成年人的个人信息，但未说明是否已取得其父母或者其他监护人的同意。",
            ),
            fix: (
                "Obtain a parent's or guardian's consent before processing a child's face, with an age check to tell who needs it; state `subjects.guardian_consent`.",
                "在处理儿童人脸信息前取得其父母或者其他监护人的同意，并通过年龄核验确定适用对象；填写 `subjects.guardian_consent`。",
            ),
        },
    )
}

fn minor_rules(input: &Input) -> Finding {
    let rules = input.subjects.as_ref().and_then(|s| s.minor_rules.as_ref());
    law::require(
        &MINOR_RULES,
        rules.map(|r| !r.is_empty()),
        &["/subjects/minors_under_14", "/subjects/minor_rules"],
        &Words {
            met: (
                "Dedicated rules govern the processing of children's personal information; which topics they must cover is the Measures' Art. 7(2)'s question.",
                "已制定未成年人个人信息专门处理规则；规则应涵盖的方面由《办法》第七条第二款判断。",
            ),
            unmet: (
                "Children under fourteen may be processed, but no dedicated rules govern their personal information (`subjects.minor_rules: []`), contrary to Art. 31(2) (the Measures' Art. 7(2) decides the same fact for face information).",
                "处理对象可能包括不满十四周岁的未成年人，但未制定专门的个人信息处理规则（`subjects.minor_rules: []`），不符合第三十一条第二款（《办法》第七条第二款对人脸信息的同一事实作出判断）。",
            ),
            unknown: (
                "Children under fourteen may be processed; whether dedicated rules govern their personal information is not stated.",
                "处理对象可能包括不满十四周岁的未成年人，但未说明是否已制定专门的个人信息处理规则。",
            ),
            fix: (
                "Adopt dedicated rules for children's personal information (storage, use, transfer, disclosure) and list their topics in `subjects.minor_rules`.",
                "制定未成年人个人信息专门处理规则（存储、使用、转移、披露），并在 `subjects.minor_rules` 中列明其涵盖的方面。",
            ),
        },
    )
}
