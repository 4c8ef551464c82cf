//! Shanghai Municipal Data Regulations (《上海市数据条例》), Art. 23: image capture and
//! identity recognition equipment in public places, residential compounds and office
//! buildings.
//!
//! > 在商场、超市、公园、景区、公共文化体育场馆、宾馆等公共场所，以及居住小区、商务楼宇等区域，
//! > 安装图像采集、个人身份识别设备，应当为维护公共安全所必需，遵守国家有关规定，并设置显著标识。
//! > 所收集的个人图像、身份识别信息，只能用于维护公共安全的目的，不得用于其他目的；取得个人单独
//! > 同意的除外。
//! > 前款规定的公共场所或者区域，不得以图像采集、个人身份识别技术作为出入该场所或者区域的唯一
//! > 验证方式。
//!
//! Whether the Regulations were revised after the 2021 text is unconfirmed, so this rule says
//! so in its description and reports `needs_review` where it would report `violation`.

use frt_sdk::prelude::*;

/// The instrument id.
pub const INSTRUMENT: &str = "CN-SH-DATA-2021";

/// 23(1): installed because public safety requires it.
pub const PUBLIC_SAFETY: Obligation = Obligation::new("cn-sh-23-public-safety", "23")
    .paragraph(1)
    .title("Necessary for public safety", "为维护公共安全所必需");

/// 23(1): a conspicuous sign.
pub const SIGNAGE: Obligation = Obligation::new("cn-sh-23-signage", "23")
    .paragraph(1)
    .severity(Severity::Medium)
    .title("Conspicuous sign", "设置显著标识");

/// 23(2): images used for public safety only, unless separately consented.
pub const USE_LIMITED: Obligation = Obligation::new("cn-sh-23-use-limited", "23")
    .paragraph(2)
    .title("Used only for public safety", "只能用于维护公共安全");

/// 23(3): face recognition is never the only way in.
pub const NOT_ONLY_ENTRY: Obligation = Obligation::new("cn-sh-23-not-only-entry", "23")
    .paragraph(3)
    .title(
        "Not the only way to verify entry",
        "不得作为唯一出入验证方式",
    );

/// The rule.
#[derive(Debug)]
pub struct Art23;

impl Rule for Art23 {
    fn describe() -> RuleDescription {
        describe("cn-sh-data-art23", "0.1.0", INSTRUMENT)
            .title(
                "Shanghai: image capture in public places, compounds and office buildings",
                "上海：公共场所、居住小区和商务楼宇的图像采集与身份识别",
            )
            .article(
                "23",
                "Installing image-capture or personal identity recognition equipment in malls, supermarkets, parks, scenic areas, public cultural and sports venues, hotels and other public places, and in residential compounds, office buildings and other areas, shall be necessary for maintaining public safety, comply with relevant national provisions, and carry a conspicuous sign. The personal images and identity information collected may be used only to maintain public safety and not for other purposes, unless the individual gives separate consent. In the public places and areas above, image capture or personal identity recognition shall not be the only way to verify entry to or exit from the place or area.",
                "在商场、超市、公园、景区、公共文化体育场馆、宾馆等公共场所，以及居住小区、商务楼宇等区域，安装图像采集、个人身份识别设备，应当为维护公共安全所必需，遵守国家有关规定，并设置显著标识。所收集的个人图像、身份识别信息，只能用于维护公共安全的目的，不得用于其他目的；取得个人单独同意的除外。\n前款规定的公共场所或者区域，不得以图像采集、个人身份识别技术作为出入该场所或者区域的唯一验证方式。",
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
        &[PUBLIC_SAFETY, SIGNAGE, USE_LIMITED, NOT_ONLY_ENTRY]
    }

    fn check(input: &Input) -> Vec<Finding> {
        law::decide::<Self>(input, |input| {
            match covered(input) {
            Some(true) => vec![
                public_safety(input),
                signage(input),
                use_limited(input),
                not_only_entry(input),
            ],
            Some(false) => Self::obligations()
                .iter()
                .map(|o| {
                    law::not_applicable(
                        o,
                        ("The device is neither in a public place nor in a residential compound or office building, so Art. 23 does not reach it.", "设备既不在公共场所，也不在居住小区、商务楼宇等区域，第二十三条不适用。"),
                        &["/siting/venue", "/siting/public_place"],
                    )
                })
                .collect(),
            None => Self::obligations()
                .iter()
                .map(|o| {
                    o.needs_review(
                        "Where the device is installed is not stated, so whether Art. 23 reaches it is unknown.",
                        "未说明设备安装场所，无法确定是否适用第二十三条。",
                    )
                    .evidence_all(["/siting/venue", "/siting/public_place"])
                    .remediation("State `siting.venue` and `siting.public_place`.", "填写 `siting.venue` 和 `siting.public_place`。")
                    .build()
                })
                .collect(),
        }
        })
    }
}

frt_sdk::export_rule!(Art23);

/// Whether the device is in a place Art. 23 lists (or a similar public place).
fn covered(input: &Input) -> Option<bool> {
    let siting = input.siting.as_ref();
    let venue = siting.and_then(|s| s.venue);
    let public = siting.and_then(|s| s.public_place);
    let listed = venue.map(|v| {
        matches!(
            v,
            Venue::Mall
                | Venue::Supermarket
                | Venue::Park
                | Venue::ScenicArea
                | Venue::SportsVenue
                | Venue::HotelLobby
                | Venue::ResidentialCompound
                | Venue::OfficeBuilding
        )
    });
    match (listed, public) {
        (Some(true), _) | (_, Some(true)) => Some(true),
        (Some(false), Some(false)) => Some(false),
        _ => None,
    }
}

fn public_safety(input: &Input) -> Finding {
    let necessary = input
        .siting
        .as_ref()
        .and_then(|s| s.public_safety_necessity);
    let capture = input.activity.as_ref().and_then(|a| a.capture);
    let evidence = ["/siting/public_safety_necessity", "/activity/capture"];
    let finding = match (necessary, capture) {
        (Some(true), _) => PUBLIC_SAFETY.satisfied(
            "The equipment is installed because public safety requires it.",
            "设备系为维护公共安全所必需而安装。",
        ),
        (Some(false), Some(Capture::Passive)) => PUBLIC_SAFETY
            .violation(
                "The equipment captures passers-by for a purpose other than public safety, which Art. 23(1) does not allow in these places.",
                "设备以非配合方式采集过往人员图像，且并非为维护公共安全所必需，不符合第二十三条第一款。",
            )
            .remediation("Limit the equipment to public safety, or remove it.", "将设备限于维护公共安全用途，或予以拆除。"),
        (Some(false), _) => PUBLIC_SAFETY
            .needs_review(
                "The equipment serves a purpose other than public safety; people present their faces themselves or it is not stated. Whether Art. 23(1) reaches equipment people choose to use is a reading a reviewer makes.",
                "设备并非用于维护公共安全，且由个人主动配合或未说明采集方式。第二十三条第一款是否适用于个人自主使用的设备需人工判断。",
            )
            .remediation("Record why the equipment is lawful here, and keep a non-face way for those who decline.", "记录设备在此合法使用的理由，并为拒绝者保留非人脸方式。"),
        (None, _) => PUBLIC_SAFETY
            .needs_review("Whether public safety requires the equipment is not stated.", "未说明设备是否为维护公共安全所必需。")
            .remediation("State `siting.public_safety_necessity`.", "填写 `siting.public_safety_necessity`。"),
    };
    finding.evidence_all(evidence).into()
}

fn signage(input: &Input) -> Finding {
    let signage = input.siting.as_ref().and_then(|s| s.signage);
    law::require(
        &SIGNAGE,
        signage,
        &["/siting/signage"],
        &Words {
            met: (
                "A conspicuous sign marks the equipment.",
                "已设置显著标识。",
            ),
            unmet: (
                "No conspicuous sign marks the equipment, which Art. 23(1) requires.",
                "未设置显著标识，不符合第二十三条第一款。",
            ),
            unknown: (
                "Whether a conspicuous sign marks the equipment is not stated.",
                "未说明是否设置显著标识。",
            ),
            fix: (
                "Put up a conspicuous sign and state `siting.signage`.",
                "设置显著标识并填写 `siting.signage`。",
            ),
        },
    )
}

fn use_limited(input: &Input) -> Finding {
    let holds = facts::public_safety_use_only(input);
    law::require(
        &USE_LIMITED,
        holds,
        &facts::PUBLIC_SAFETY_USE_EVIDENCE,
        &Words {
            met: (
                "The images serve public safety only, or each person gave separate consent to the other use.",
                "所收集图像仅用于维护公共安全，或已就其他用途取得个人单独同意。",
            ),
            unmet: (
                "The images serve a purpose other than public safety without each person's separate consent, which Art. 23(2) forbids.",
                "所收集图像用于维护公共安全以外的目的，且未取得个人单独同意，违反第二十三条第二款。",
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

fn not_only_entry(input: &Input) -> Finding {
    let purpose = input.activity.as_ref().and_then(|a| a.purpose_category);
    match purpose {
        Some(PurposeCategory::AccessControl) => {}
        Some(other) => {
            return law::not_applicable(
                &NOT_ONLY_ENTRY,
                (
                    &format!("The equipment does not control entry (its purpose is `{other}`)."),
                    &format!("设备不用于出入验证（用途为 `{other}`）。"),
                ),
                &["/activity/purpose_category"],
            );
        }
        None => {
            return NOT_ONLY_ENTRY
                .needs_review(
                    "Whether the equipment controls entry is not stated.",
                    "未说明设备是否用于出入验证。",
                )
                .evidence("/activity/purpose_category")
                .remediation(
                    "State `activity.purpose_category`.",
                    "填写 `activity.purpose_category`。",
                )
                .into();
        }
    }
    let holds = facts::way_in_without_face(input);
    law::require(
        &NOT_ONLY_ENTRY,
        holds,
        &facts::WAY_IN_EVIDENCE,
        &Words {
            met: (
                "People can enter by a way other than face recognition.",
                "可通过人脸识别以外的方式出入。",
            ),
            unmet: (
                "Face recognition is the only way to enter, which Art. 23(3) forbids in these places, residential compounds and office buildings included.",
                "人脸识别为唯一出入验证方式，第二十三条第三款禁止在上述场所（含居住小区、商务楼宇）如此设置。",
            ),
            unknown: (
                "Whether people can enter without face recognition is not stated.",
                "未说明能否不经人脸识别出入。",
            ),
            fix: (
                "Offer another way to enter (card, code, guard check) and state `alternatives.offered` and `alternatives.offered_on_refusal`.",
                "提供其他出入验证方式（门卡、密码、人工核验），并填写 `alternatives.offered` 和 `alternatives.offered_on_refusal`。",
            ),
        },
    )
}
