//! Personal Information Protection Law (《个人信息保护法》), Art. 26: image capture and
//! personal identity recognition equipment in public places.
//!
//! > 在公共场所安装图像采集、个人身份识别设备，应当为维护公共安全所必需，遵守国家有关规定，
//! > 并设置显著的提示标识。所收集的个人图像、身份识别信息只能用于维护公共安全的目的，不得用于
//! > 其他目的；取得个人单独同意的除外。
//!
//! The Measures' Art. 13 restates the first sentence for face recognition devices; this rule
//! adds what the Measures do not: the limit on using the images for anything but public
//! safety, and the law's own date (2021-11-01), which reaches deployments the Measures
//! (2025-06-01) do not.

use frt_sdk::prelude::*;

/// The instrument id.
pub const INSTRUMENT: &str = "CN-PIPL-2021";

/// 26: installed because public safety requires it.
pub const PUBLIC_SAFETY: Obligation = Obligation::new("cn-pipl-26-public-safety", "26")
    .title("Necessary for public safety", "为维护公共安全所必需");

/// 26: a conspicuous notice sign.
pub const SIGNAGE: Obligation = Obligation::new("cn-pipl-26-signage", "26")
    .severity(Severity::Medium)
    .title("Conspicuous notice sign", "设置显著的提示标识");

/// 26: images used for public safety only, unless separately consented.
pub const USE_LIMITED: Obligation = Obligation::new("cn-pipl-26-use-limited", "26")
    .title("Used only for public safety", "只能用于维护公共安全的目的");

/// The rule.
#[derive(Debug)]
pub struct Art26;

impl Rule for Art26 {
    fn describe() -> RuleDescription {
        describe("cn-pipl-art26", "0.1.0", INSTRUMENT)
            .title(
                "PIPL: image capture and identity recognition in public places",
                "《个人信息保护法》：公共场所图像采集与身份识别",
            )
            .article(
                "26",
                "Installing image-capture or personal identity recognition equipment in public places shall be necessary for maintaining public safety, comply with relevant State provisions, and carry conspicuous notice signs. Personal images and identity information collected may be used only to maintain public safety and not for other purposes, unless the individual's separate consent is obtained.",
                "在公共场所安装图像采集、个人身份识别设备，应当为维护公共安全所必需，遵守国家有关规定，并设置显著的提示标识。所收集的个人图像、身份识别信息只能用于维护公共安全的目的，不得用于其他目的；取得个人单独同意的除外。",
            )
            .jurisdiction("CN", None, None)
            .effective_from(Date::new(2021, 11, 1).expect("a valid date"))
            .source("https://github.com/LawRefBook/Laws/blob/2f4c5c23716267af9dbebbbbd6cbbf732b101981/行政法/个人信息保护法(2021-08-20).md")
            .source("https://m.mp.oeeee.com/a/BAAFRD000020210820587619.html")
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[PUBLIC_SAFETY, SIGNAGE, USE_LIMITED]
    }

    fn check(input: &Input) -> Vec<Finding> {
        law::decide::<Self>(input, |input| {
            match input.siting.as_ref().and_then(|s| s.public_place) {
                Some(true) => vec![public_safety(input), signage(input), use_limited(input)],
                Some(false) => every(|o| {
                    law::not_applicable(
                        o,
                        (
                            "The equipment is not in a public place, so Art. 26 does not apply.",
                            "设备不在公共场所，第二十六条不适用。",
                        ),
                        &["/siting/public_place"],
                    )
                }),
                None => every(|o| {
                    o.needs_review(
                        "Whether the equipment is in a public place is not stated, so whether Art. 26 applies is unknown.",
                        "未说明设备是否位于公共场所，无法确定是否适用第二十六条。",
                    )
                    .evidence("/siting/public_place")
                    .remediation("State `siting.public_place`.", "填写 `siting.public_place`。")
                    .build()
                }),
            }
        })
    }
}

frt_sdk::export_rule!(Art26);

/// One finding per obligation, all for the same reason.
fn every(f: impl Fn(&Obligation) -> Finding) -> Vec<Finding> {
    Art26::obligations().iter().map(f).collect()
}

fn public_safety(input: &Input) -> Finding {
    let necessary = input
        .siting
        .as_ref()
        .and_then(|s| s.public_safety_necessity);
    let capture = input.activity.as_ref().and_then(|a| a.capture);
    let finding = match (necessary, capture) {
        (Some(true), _) => PUBLIC_SAFETY.satisfied(
            "The equipment in the public place is installed because public safety requires it.",
            "公共场所的设备系为维护公共安全所必需而安装。",
        ),
        (Some(false), Some(Capture::Passive)) => PUBLIC_SAFETY
            .violation(
                "The equipment in a public place captures passers-by for a purpose other than public safety, which Art. 26 does not allow.",
                "公共场所的设备以非配合方式采集过往人员图像，且并非为维护公共安全所必需，不符合第二十六条。",
            )
            .remediation("Limit the equipment to public safety, or remove it from the public place.", "将设备限于维护公共安全用途，或将其移出公共场所。"),
        (Some(false), _) => PUBLIC_SAFETY
            .needs_review(
                "The equipment in a public place serves another purpose, and people present their faces themselves or it is not stated; whether Art. 26 reaches equipment people choose to use is a reading a reviewer makes.",
                "公共场所的设备用于其他目的，且由个人主动配合或未说明采集方式；第二十六条是否适用于个人自主使用的设备需人工判断。",
            )
            .remediation("Record why the equipment is lawful in the public place, and state `activity.capture`.", "记录设备在公共场所合法使用的理由，并填写 `activity.capture`。"),
        (None, _) => PUBLIC_SAFETY
            .needs_review("Whether public safety requires the equipment is not stated.", "未说明设备是否为维护公共安全所必需。")
            .remediation("State `siting.public_safety_necessity`.", "填写 `siting.public_safety_necessity`。"),
    };
    finding
        .evidence_all([
            "/siting/public_place",
            "/siting/public_safety_necessity",
            "/activity/capture",
        ])
        .into()
}

fn signage(input: &Input) -> Finding {
    let signage = input.siting.as_ref().and_then(|s| s.signage);
    law::require(
        &SIGNAGE,
        signage,
        &["/siting/public_place", "/siting/signage"],
        &Words {
            met: (
                "Conspicuous notice signs mark the equipment.",
                "已设置显著的提示标识。",
            ),
            unmet: (
                "No conspicuous notice sign marks the equipment in the public place, which Art. 26 requires.",
                "公共场所的设备未设置显著的提示标识，不符合第二十六条。",
            ),
            unknown: (
                "Whether conspicuous notice signs mark the equipment is not stated.",
                "未说明是否设置显著的提示标识。",
            ),
            fix: (
                "Put up conspicuous notice signs and state `siting.signage`.",
                "设置显著的提示标识并填写 `siting.signage`。",
            ),
        },
    )
}

fn use_limited(input: &Input) -> Finding {
    law::require(
        &USE_LIMITED,
        facts::public_safety_use_only(input),
        &facts::PUBLIC_SAFETY_USE_EVIDENCE,
        &Words {
            met: (
                "The images serve public safety only, or each person separately consented to the other use.",
                "所收集图像仅用于维护公共安全，或已就其他用途取得个人单独同意。",
            ),
            unmet: (
                "Images from the public place serve another purpose without each person's separate consent, which Art. 26 forbids.",
                "公共场所收集的图像用于其他目的，且未取得个人单独同意，违反第二十六条。",
            ),
            unknown: (
                "Whether the images serve only public safety, or separate consent covers the other use, is not stated.",
                "未说明图像是否仅用于维护公共安全，或其他用途是否取得单独同意。",
            ),
            fix: (
                "Use the images for public safety only, or obtain separate consent for any other use; state `activity.secondary_purposes` and `consent.separate`.",
                "仅将图像用于维护公共安全，或就其他用途取得单独同意，并填写 `activity.secondary_purposes` 和 `consent.separate`。",
            ),
        },
    )
}
