//! Shenzhen Special Economic Zone Data Regulations (《深圳经济特区数据条例》), Arts. 12 and 19:
//! face data may not be the price of a core service, and whoever asks for express consent to
//! process it must offer a way that uses no biometric data.
//!
//! > 第十二条 ……不得以自然人不同意处理个人数据为由，拒绝向其提供相关核心功能或者服务。但是，
//! > 该个人数据为提供相关核心功能或者服务所必需的除外。
//! > 第十九条 ……应当在征得该自然人明示同意时，提供处理其他非生物识别数据的替代方案。但是，处理
//! > 生物识别数据为处理个人数据目的所必需，且不能为其他个人数据所替代的除外。……不得用于其他目的。
//!
//! Later revisions of the Regulations are unconfirmed, so the rule says so and reports
//! `needs_review` where it would report `violation`.

use frt_sdk::prelude::*;

/// The instrument id.
pub const INSTRUMENT: &str = "CN-SZ-DATA-2021";

/// 12: no refusal of a core service to those who decline.
pub const CORE_SERVICE: Obligation = Obligation::new("cn-sz-12-core-service", "12")
    .title("No refusal of core service", "不得拒绝提供核心功能或服务");

/// 19(1): a non-biometric alternative with the request for express consent.
pub const ALTERNATIVE: Obligation = Obligation::new("cn-sz-19-alternative", "19")
    .paragraph(1)
    .title(
        "A non-biometric alternative",
        "提供非生物识别数据的替代方案",
    );

/// 19(2): no other purpose without express consent.
pub const OTHER_PURPOSE: Obligation = Obligation::new("cn-sz-19-other-purpose", "19")
    .paragraph(2)
    .title(
        "No other purpose without express consent",
        "未经明示同意不得用于其他目的",
    );

/// The rule.
#[derive(Debug)]
pub struct Art19;

impl Rule for Art19 {
    fn describe() -> RuleDescription {
        describe("cn-sz-data-art19", "0.1.0", INSTRUMENT)
            .title(
                "Shenzhen: no forced face data, a non-biometric alternative",
                "深圳：不得强制处理人脸数据，提供非生物识别替代方案",
            )
            .article("12", "A data processor shall not refuse to provide the relevant core functions or services to a natural person on the ground that the person does not consent to the processing of personal data, unless the personal data is necessary for providing those core functions or services.", "……不得以自然人不同意处理个人数据为由，拒绝向其提供相关核心功能或者服务。但是，该个人数据为提供相关核心功能或者服务所必需的除外。")
            .article("19", "Where biometric data is processed, an alternative that processes other, non-biometric data shall be offered when the natural person's express consent is sought, unless processing biometric data is necessary for the purpose and cannot be replaced by other personal data. Biometric data shall be processed only for the purpose for which express consent was given and not for other purposes without it.", "处理生物识别数据的，应当在征得该自然人明示同意时，提供处理其他非生物识别数据的替代方案。但是，处理生物识别数据为处理个人数据目的所必需，且不能为其他个人数据所替代的除外。\n处理生物识别数据，不得用于明示同意范围以外的其他目的。")
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
        &[CORE_SERVICE, ALTERNATIVE, OTHER_PURPOSE]
    }

    fn check(input: &Input) -> Vec<Finding> {
        law::decide::<Self>(input, |input| {
            vec![
                core_service(input),
                alternative(input),
                other_purpose(input),
            ]
        })
    }
}

frt_sdk::export_rule!(Art19);

/// `Some(true)` when face data cannot be replaced for the purpose (the exception of both
/// articles), from `alternatives.non_frt_feasible`.
fn irreplaceable(input: &Input) -> Option<bool> {
    input
        .alternatives
        .as_ref()
        .and_then(|a| a.non_frt_feasible)
        .map(|feasible| !feasible)
}

fn exception(obligation: &Obligation) -> Finding {
    law::not_applicable(
        obligation,
        (
            "Face data is stated to be necessary for the purpose and irreplaceable by other data, the exception the article makes.",
            "声明人脸数据为目的所必需且不能为其他数据替代，属于本条规定的例外。",
        ),
        &["/alternatives/non_frt_feasible"],
    )
}

fn core_service(input: &Input) -> Finding {
    if irreplaceable(input) == Some(true) {
        return exception(&CORE_SERVICE);
    }
    let denies = input
        .practices
        .as_ref()
        .and_then(|p| p.refusal_denies_service);
    law::require(
        &CORE_SERVICE,
        denies.map(|d| !d),
        &[
            "/practices/refusal_denies_service",
            "/alternatives/non_frt_feasible",
        ],
        &Words {
            met: (
                "People who decline face processing still get the core service.",
                "不同意处理人脸数据的个人仍可获得核心功能或服务。",
            ),
            unmet: (
                "People who decline face processing are refused the core service, though face data is not necessary for it, which Art. 12 forbids.",
                "不同意处理人脸数据的个人被拒绝提供核心功能或服务，而人脸数据并非提供该服务所必需，违反第十二条。",
            ),
            unknown: (
                "Whether people who decline face processing still get the core service is not stated.",
                "未说明不同意处理人脸数据的个人能否获得核心功能或服务。",
            ),
            fix: (
                "Serve people who decline by another way, and state `practices.refusal_denies_service`.",
                "以其他方式为拒绝者提供服务，并填写 `practices.refusal_denies_service`。",
            ),
        },
    )
}

fn alternative(input: &Input) -> Finding {
    if irreplaceable(input) == Some(true) {
        return exception(&ALTERNATIVE);
    }
    let offered = input
        .alternatives
        .as_ref()
        .and_then(|a| a.offered.as_ref())
        .map(|o| !o.is_empty());
    law::require(
        &ALTERNATIVE,
        offered,
        &["/alternatives/offered", "/alternatives/non_frt_feasible"],
        &Words {
            met: (
                "A non-biometric alternative is offered when consent is sought.",
                "征得明示同意时已提供非生物识别替代方案。",
            ),
            unmet: (
                "No non-biometric alternative is offered when express consent to face processing is sought, which Art. 19(1) requires.",
                "征得人脸数据处理明示同意时未提供非生物识别替代方案，违反第十九条第一款。",
            ),
            unknown: (
                "Whether a non-biometric alternative is offered is not stated.",
                "未说明是否提供非生物识别替代方案。",
            ),
            fix: (
                "Offer a non-biometric way (password, SMS code, ID check) beside face recognition; state `alternatives.offered`.",
                "在人脸识别之外提供非生物识别方式（密码、短信验证码、证件核验），并填写 `alternatives.offered`。",
            ),
        },
    )
}

fn other_purpose(input: &Input) -> Finding {
    let more = input
        .activity
        .as_ref()
        .and_then(|a| a.secondary_purposes.as_ref())
        .map(|p| !p.is_empty());
    let explicit = input.consent.as_ref().and_then(|c| c.explicit);
    let holds = match more {
        Some(false) => Some(true),
        Some(true) => explicit,
        None => None,
    };
    law::require(
        &OTHER_PURPOSE,
        holds,
        &["/activity/secondary_purposes", "/consent/explicit"],
        &Words {
            met: (
                "Face data serves only the purpose consented to, or the other use has express consent.",
                "人脸数据仅用于同意范围内的目的，或其他用途已取得明示同意。",
            ),
            unmet: (
                "Face data is used for other purposes without express consent, which Art. 19(2) forbids.",
                "人脸数据未经明示同意被用于其他目的，违反第十九条第二款。",
            ),
            unknown: (
                "Whether face data serves other purposes is not stated.",
                "未说明人脸数据是否用于其他目的。",
            ),
            fix: (
                "Use face data only as consented, and state `activity.secondary_purposes`.",
                "仅在同意范围内使用人脸数据，并填写 `activity.secondary_purposes`。",
            ),
        },
    )
}
