//! Art. 7 of the Measures: children under fourteen.
//!
//! > 第七条 基于个人同意处理不满十四周岁未成年人人脸信息的，应当取得未成年人的父母或者其他
//! > 监护人的同意。
//! > 个人信息处理者应用人脸识别技术处理不满十四周岁未成年人人脸信息的，应当在存储、使用、
//! > 转移、披露等方面制定专门的处理规则，依法保护未成年人个人信息安全。
//!
//! Guardian consent (7(1)) is needed only where processing rests on consent; dedicated rules
//! (7(2)) are needed whatever the basis, and are the handler's own duty. See `README.md`.

use frt_sdk::prelude::*;
use frt_sdk::text::and_list;

/// 7(1): a parent's or guardian's consent, where processing rests on consent.
pub const GUARDIAN_CONSENT: Obligation = Obligation::new("cn-frt-7-guardian-consent", "7")
    .paragraph(1)
    .title("Guardian consent", "取得父母或者其他监护人的同意");

/// 7(2): dedicated processing rules for children's face information.
pub const MINOR_RULES: Obligation = Obligation::new("cn-frt-7-minor-rules", "7")
    .paragraph(2)
    .handler_duty()
    .title(
        "Dedicated rules for minors",
        "制定未成年人人脸信息专门处理规则",
    );

/// The rule.
#[derive(Debug)]
pub struct Art7;

impl Rule for Art7 {
    fn describe() -> RuleDescription {
        describe("cn-frt-art7", "0.1.0", measures::INSTRUMENT)
            .title("Children under fourteen", "不满十四周岁的未成年人")
            .article(
                "7",
                "Where the face information of minors under the age of fourteen is processed on the basis of consent, the consent of the minor's parents or other guardians shall be obtained. A personal information handler that processes the face information of minors under the age of fourteen by applying face recognition technology shall formulate dedicated processing rules covering storage, use, transfer, disclosure and other aspects, and protect the security of minors' personal information according to law.",
                "基于个人同意处理不满十四周岁未成年人人脸信息的，应当取得未成年人的父母或者其他监护人的同意。\n个人信息处理者应用人脸识别技术处理不满十四周岁未成年人人脸信息的，应当在存储、使用、转移、披露等方面制定专门的处理规则，依法保护未成年人个人信息安全。",
            )
            .jurisdiction("CN", None, None)
            .effective_from(measures::in_force())
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[GUARDIAN_CONSENT, MINOR_RULES]
    }

    fn check(input: &Input) -> Vec<Finding> {
        measures::decide(input, Self::obligations(), |input| {
            let subjects = input.subjects.clone().unwrap_or_default();
            let basis = input.legal_basis.as_ref().and_then(|b| b.basis);
            vec![guardian_consent(&subjects, basis), minor_rules(&subjects)]
        })
    }
}

frt_sdk::export_rule!(Art7);

/// How children under fourteen are among the people processed, in English and Chinese.
fn minors_words(minors: MinorsPresence) -> (&'static str, &'static str) {
    match minors {
        MinorsPresence::Targeted => (
            "The service is aimed at children under fourteen (`subjects.minors_under_14: targeted`)",
            "该服务面向不满十四周岁的未成年人（`subjects.minors_under_14: targeted`）",
        ),
        _ => (
            "Children under fourteen may be among the people processed (`subjects.minors_under_14: possible`)",
            "处理对象可能包括不满十四周岁的未成年人（`subjects.minors_under_14: possible`）",
        ),
    }
}

fn no_minors(o: &Obligation) -> Finding {
    o.not_applicable(
        "No children under fourteen are processed (`subjects.minors_under_14: none`).",
        "不处理不满十四周岁未成年人的人脸信息（`subjects.minors_under_14: none`）。",
    )
    .evidence("/subjects/minors_under_14")
    .into()
}

fn minors_unknown(o: &Obligation) -> Finding {
    o.needs_review(
        "Whether children under fourteen are among the people processed is not stated.",
        "未说明处理对象是否包括不满十四周岁的未成年人。",
    )
    .remediation(
        "State `subjects.minors_under_14` (`none`, `possible` or `targeted`).",
        "填写 `subjects.minors_under_14`（`none`、`possible` 或 `targeted`）。",
    )
    .evidence("/subjects/minors_under_14")
    .into()
}

fn guardian_consent(subjects: &Subjects, basis: Option<Basis>) -> Finding {
    let o = &GUARDIAN_CONSENT;
    if let Some(b) = basis.filter(|b| *b != Basis::Consent) {
        return o
            .not_applicable(
                format!("Processing rests on `{b}`, not on consent; Art. 7(1) requires a guardian's consent only where processing rests on consent."),
                format!("处理依据为 `{b}`，并非个人同意；第七条第一款仅在基于个人同意处理时要求取得监护人同意。"),
            )
            .evidence("/legal_basis/basis")
            .into();
    }
    let minors = match subjects.minors_under_14 {
        Some(MinorsPresence::None) => return no_minors(o),
        None if basis.is_none() => {
            return o
                .needs_review(
                    "Whether children under fourteen are among the people processed is not stated, nor is the legal basis, so whether a guardian's consent is required (Art. 7(1)) is unknown.",
                    "未说明处理对象是否包括不满十四周岁的未成年人，也未说明处理依据，无法判断是否需要取得监护人同意（第七条第一款）。",
                )
                .remediation(
                    "State `subjects.minors_under_14` and `legal_basis.basis`.",
                    "填写 `subjects.minors_under_14` 和 `legal_basis.basis`。",
                )
                .evidence_all(["/subjects/minors_under_14", "/legal_basis/basis"])
                .into();
        }
        None => return minors_unknown(o),
        Some(m) => m,
    };
    let (who_en, who_zh) = minors_words(minors);
    let evidence = ["/subjects/minors_under_14", "/legal_basis/basis"];
    let finding = match (basis, subjects.guardian_consent) {
        (None, _) => o
            .needs_review(
                format!("{who_en}, but the legal basis is not stated, so whether a guardian's consent is required (Art. 7(1)) is unknown."),
                format!("{who_zh}，但未说明处理依据，无法判断是否需要取得监护人同意（第七条第一款）。"),
            )
            .remediation(
                "State `legal_basis.basis`; where it is `consent`, obtain and record a parent's or guardian's consent for children under fourteen.",
                "填写 `legal_basis.basis`；如依据为 `consent`，应当就不满十四周岁的未成年人取得并记录父母或者其他监护人的同意。",
            ),
        (_, Some(true)) => o.satisfied(
            format!("{who_en}; processing rests on consent, and a parent's or guardian's consent is obtained for them."),
            format!("{who_zh}；处理基于个人同意，已取得其父母或者其他监护人的同意。"),
        ),
        (_, Some(false)) => o
            .violation(
                format!("{who_en}; processing rests on consent, but no parent's or guardian's consent is obtained for them (`subjects.guardian_consent: false`)."),
                format!("{who_zh}；处理基于个人同意，但未取得其父母或者其他监护人的同意（`subjects.guardian_consent: false`）。"),
            )
            .remediation(
                "Obtain a parent's or guardian's consent before processing a child's face, with an age check to tell who needs it; stop processing children's faces until then.",
                "在处理儿童人脸信息前取得其父母或者其他监护人的同意，并通过年龄核验确定适用对象；在此之前停止处理儿童人脸信息。",
            ),
        (_, None) => o
            .needs_review(
                format!("{who_en}; processing rests on consent, but whether a parent's or guardian's consent is obtained is not stated."),
                format!("{who_zh}；处理基于个人同意，但未说明是否已取得其父母或者其他监护人的同意。"),
            )
            .remediation("State `subjects.guardian_consent`.", "填写 `subjects.guardian_consent`。"),
    };
    finding
        .evidence_all(evidence)
        .evidence("/subjects/guardian_consent")
        .into()
}

fn topic_name(topic: MinorRule) -> (&'static str, &'static str) {
    match topic {
        MinorRule::Storage => ("storage", "存储"),
        MinorRule::Use => ("use", "使用"),
        MinorRule::Transfer => ("transfer", "转移"),
        MinorRule::Disclosure => ("disclosure", "披露"),
    }
}

fn minor_rules(subjects: &Subjects) -> Finding {
    let o = &MINOR_RULES;
    let minors = match subjects.minors_under_14 {
        Some(MinorsPresence::None) => return no_minors(o),
        None => return minors_unknown(o),
        Some(m) => m,
    };
    let (who_en, who_zh) = minors_words(minors);
    let Some(rules) = subjects.minor_rules.as_deref() else {
        return o
            .needs_review(
                format!("{who_en}, but whether dedicated processing rules for their face information exist is not stated."),
                format!("{who_zh}，但未说明是否已制定未成年人人脸信息的专门处理规则。"),
            )
            .remediation(
                "State `subjects.minor_rules`, listing the topics (`storage`, `use`, `transfer`, `disclosure`) the dedicated rules cover.",
                "填写 `subjects.minor_rules`，列明专门处理规则涵盖的方面（`storage`、`use`、`transfer`、`disclosure`）。",
            )
            .evidence_all(["/subjects/minors_under_14", "/subjects/minor_rules"])
            .into();
    };
    let missing: Vec<_> = MinorRule::ALL
        .iter()
        .filter(|t| !rules.contains(t))
        .map(|t| topic_name(*t))
        .collect();
    let finding = if missing.is_empty() {
        o.satisfied(
            format!("{who_en}; dedicated processing rules cover storage, use, transfer and disclosure of their face information."),
            format!("{who_zh}；已在存储、使用、转移、披露方面制定未成年人人脸信息的专门处理规则。"),
        )
    } else {
        let en: Vec<_> = missing.iter().map(|m| format!("`{}`", m.0)).collect();
        let en = and_list(&en);
        let zh: Vec<_> = missing.iter().map(|m| m.1).collect();
        o.violation(
            format!("{who_en}, but the dedicated processing rules Art. 7(2) requires do not cover {en}."),
            format!("{who_zh}，但第七条第二款要求的专门处理规则未涵盖{}方面。", zh.join("、")),
        )
        .remediation(
            "Adopt dedicated rules for children's face information covering storage, use, transfer and disclosure (who may access it, how long it is kept, when it may be shared), and list them in `subjects.minor_rules`.",
            "制定涵盖存储、使用、转移、披露等方面的未成年人人脸信息专门处理规则（访问权限、保存期限、可共享情形等），并在 `subjects.minor_rules` 中列明。",
        )
    };
    finding
        .evidence_all(["/subjects/minors_under_14", "/subjects/minor_rules"])
        .into()
}
