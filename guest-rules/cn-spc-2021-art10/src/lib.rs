//! Provisions of the Supreme People's Court on civil cases involving face recognition
//! (《最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定》),
//! Art. 10: a property service company or other building manager that makes face recognition
//! the only way for owners or occupants to enter.
//!
//! > 物业服务企业或者其他建筑物管理人以人脸识别作为业主或者物业使用人出入物业服务区域的唯一验证
//! > 方式，不同意的业主或者物业使用人请求其提供其他合理验证方式的，人民法院依法予以支持。

use frt_sdk::prelude::*;

/// The instrument id.
pub const INSTRUMENT: &str = "CN-SPC-FRT-2021";

/// 10(1): another reasonable way to verify entry.
pub const OTHER_VERIFICATION: Obligation = Obligation::new("cn-spc-10-other-verification", "10")
    .paragraph(1)
    .title(
        "Another reasonable way for owners and occupants to enter",
        "为业主或物业使用人提供其他合理验证方式",
    );

/// The rule.
#[derive(Debug)]
pub struct Art10;

impl Rule for Art10 {
    fn describe() -> RuleDescription {
        describe("cn-spc-2021-art10", "0.1.0", INSTRUMENT)
            .title(
                "SPC 2021: face recognition as the only way into a property",
                "最高法2021年司法解释：人脸识别作为物业区域唯一验证方式",
            )
            .article(
                "10",
                "Where a property service enterprise or other building manager uses face recognition as the only way for owners or property users to verify entry to and exit from the property service area, and an owner or property user who does not agree requests another reasonable way of verification, the people's court shall support the request according to law. Where a property service enterprise or other building manager infringes the face information of owners or property users in the manner of Art. 2, the people's court shall support their request for liability.",
                "物业服务企业或者其他建筑物管理人以人脸识别作为业主或者物业使用人出入物业服务区域的唯一验证方式，不同意的业主或者物业使用人请求其提供其他合理验证方式的，人民法院依法予以支持。\n物业服务企业或者其他建筑物管理人存在本规定第二条规定的情形，当事人请求物业服务企业或者其他建筑物管理人承担侵权责任的，人民法院依法予以支持。",
            )
            .jurisdiction("CN", None, None)
            .effective_from(Date::new(2021, 8, 1).expect("a valid date"))
            .source("https://github.com/LawRefBook/Laws/blob/2f4c5c23716267af9dbebbbbd6cbbf732b101981/司法解释/最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定(2021-07-27).md")
            .source("https://dawo-lf.com/zh/?p=4315")
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[OTHER_VERIFICATION]
    }

    fn check(input: &Input) -> Vec<Finding> {
        law::decide::<Self>(input, |input| vec![other_verification(input)])
    }
}

frt_sdk::export_rule!(Art10);

const WORDS: Words = Words {
    met: (
        "Owners and occupants who decline face recognition have another way to enter.",
        "不同意人脸识别的业主或物业使用人可通过其他方式出入。",
    ),
    unmet: (
        "Face recognition is the only way for owners or occupants to enter the property; under Art. 10 a court will order another reasonable way for anyone who objects, and the manager is exposed to claims.",
        "人脸识别是业主或物业使用人出入物业服务区域的唯一验证方式；依第十条，不同意者请求提供其他合理验证方式的，人民法院予以支持，管理人面临诉讼风险。",
    ),
    unknown: (
        "Whether owners and occupants can enter without face recognition is not stated.",
        "未说明业主或物业使用人能否不经人脸识别出入。",
    ),
    fix: (
        "Offer another reasonable way to enter (card, code, key, guard check); state `alternatives.offered` and `alternatives.offered_on_refusal`.",
        "提供其他合理验证方式（门卡、密码、钥匙、人工核验），并填写 `alternatives.offered` 和 `alternatives.offered_on_refusal`。",
    ),
};

fn other_verification(input: &Input) -> Finding {
    let sector = input.handler.as_ref().and_then(|h| h.sector);
    let manages = sector.map(|s| s == Sector::PropertyManagement);
    match manages {
        Some(true) => {
            let evidence: Vec<&str> = std::iter::once("/handler/sector")
                .chain(facts::WAY_IN_EVIDENCE)
                .collect();
            law::require(&OTHER_VERIFICATION, facts::way_in_without_face(input), &evidence, &WORDS)
        }
        Some(false) => law::not_applicable(
            &OTHER_VERIFICATION,
            ("Art. 10 concerns property service enterprises and building managers; the handler is not one.", "第十条针对物业服务企业或其他建筑物管理人；处理者不属于此类。"),
            &["/handler/sector"],
        ),
        None => OTHER_VERIFICATION
            .needs_review(
                "Whether the handler is a property service enterprise or building manager is not stated.",
                "未说明处理者是否为物业服务企业或其他建筑物管理人。",
            )
            .evidence_all(["/handler/sector", "/siting/venue"])
            .remediation("State `handler.sector`.", "填写 `handler.sector`。")
            .into(),
    }
}
