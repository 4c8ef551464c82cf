//! Art. 13 of the Measures: devices in public places, never in private spaces.
//!
//! > 第十三条 在公共场所安装人脸识别设备，应当为维护公共安全所必需，依法合理确定人脸信息采集
//! > 区域，并设置显著提示标识。
//! > 任何组织和个人不得在宾馆客房、公共浴室、公共更衣室、公共卫生间等公共场所中的私密空间内部
//! > 安装人脸识别设备。
//!
//! See `README.md` beside this file for what each obligation checks and why.

use frt_sdk::prelude::*;

/// 13(2): no device inside a private space of a public place. No exception.
pub const PRIVATE_SPACE: Obligation = Obligation::new("cn-frt-13-private-space", "13")
    .paragraph(2)
    .severity(Severity::Blocking)
    .title("No device inside a private space", "不得在私密空间内部安装");

/// 13(1): a device in a public place must be necessary for public safety.
pub const PUBLIC_SAFETY: Obligation = Obligation::new("cn-frt-13-public-safety", "13")
    .paragraph(1)
    .title("Necessary for public safety", "为维护公共安全所必需");

/// 13(1): the collection area is determined and limited.
pub const CAPTURE_AREA: Obligation = Obligation::new("cn-frt-13-capture-area", "13")
    .paragraph(1)
    .severity(Severity::Medium)
    .title("Collection area determined", "合理确定采集区域");

/// 13(1): a conspicuous sign warns people.
pub const SIGNAGE: Obligation = Obligation::new("cn-frt-13-signage", "13")
    .paragraph(1)
    .severity(Severity::Medium)
    .title("Conspicuous signs", "设置显著提示标识");

/// The rule.
#[derive(Debug)]
pub struct Art13;

impl Rule for Art13 {
    fn describe() -> RuleDescription {
        describe("cn-frt-art13", "0.1.0", measures::INSTRUMENT)
            .title(
                "Face recognition in public places and private spaces",
                "公共场所与私密空间的人脸识别设备",
            )
            .article(
                "13",
                "Installing face recognition devices in public places shall be necessary for maintaining public safety; the collection area for face information shall be reasonably determined according to law, and conspicuous signs shall be set up. No organisation or individual may install face recognition devices inside private spaces within public places, such as hotel guest rooms, public baths, public changing rooms and public toilets.",
                "在公共场所安装人脸识别设备，应当为维护公共安全所必需，依法合理确定人脸信息采集区域，并设置显著提示标识。\n任何组织和个人不得在宾馆客房、公共浴室、公共更衣室、公共卫生间等公共场所中的私密空间内部安装人脸识别设备。",
            )
            .jurisdiction("CN", None, None)
            .effective_from(measures::in_force())
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[PRIVATE_SPACE, PUBLIC_SAFETY, CAPTURE_AREA, SIGNAGE]
    }

    fn check(input: &Input) -> Vec<Finding> {
        measures::decide(input, Self::obligations(), |input| {
            let siting = input.siting.clone().unwrap_or_default();
            let capture = input.activity.as_ref().and_then(|a| a.capture);
            vec![
                private_space(siting.venue),
                public_safety(&siting, capture),
                in_public_place(
                    &CAPTURE_AREA,
                    &siting,
                    siting.capture_area_defined,
                    "/siting/capture_area_defined",
                    AREA,
                ),
                in_public_place(&SIGNAGE, &siting, siting.signage, "/siting/signage", SIGNS),
            ]
        })
    }
}

frt_sdk::export_rule!(Art13);

fn private_space(venue: Option<Venue>) -> Finding {
    let finding = match venue {
        Some(v) if v.is_private_space() => PRIVATE_SPACE
            .violation(
                format!("The device is installed in `{v}`, a private space inside a public place, where Art. 13(2) forbids face recognition devices without exception."),
                format!("设备安装于 `{v}`，属于公共场所中的私密空间，第十三条第二款禁止在其内部安装人脸识别设备，且无例外。"),
            )
            .remediation(
                "Remove the device from the private space; no consent or notice makes it lawful.",
                "从私密空间内拆除该设备；任何同意或告知均不能使其合法。",
            ),
        Some(v) => PRIVATE_SPACE.satisfied(
            format!("The venue `{v}` is not a private space."),
            format!("安装场所 `{v}` 不属于私密空间。"),
        ),
        None => PRIVATE_SPACE
            .needs_review(
                "The venue is not stated, so it is unknown whether the device sits inside a private space such as a guest room, bath, changing room or toilet.",
                "未说明安装场所，无法确定设备是否位于宾馆客房、公共浴室、公共更衣室、公共卫生间等私密空间内部。",
            )
            .remediation("State `siting.venue`.", "填写 `siting.venue`。"),
    };
    finding.evidence("/siting/venue").into()
}

fn public_safety(siting: &Siting, capture: Option<Capture>) -> Finding {
    let evidence = ["/siting/public_place", "/siting/public_safety_necessity"];
    let finding = match (siting.public_place, siting.public_safety_necessity, capture) {
        (None, ..) => return unknown_place(&PUBLIC_SAFETY),
        (Some(false), ..) => return not_public(&PUBLIC_SAFETY),
        (Some(true), Some(true), _) => PUBLIC_SAFETY.satisfied(
            "The device in a public place is installed because public safety requires it.",
            "公共场所的设备系为维护公共安全所必需而安装。",
        ),
        (Some(true), None, _) => PUBLIC_SAFETY
            .needs_review(
                "The device is in a public place, but whether public safety requires it is not stated.",
                "设备位于公共场所，但未说明是否为维护公共安全所必需。",
            )
            .remediation(
                "State `siting.public_safety_necessity` and keep the reasoning on file.",
                "填写 `siting.public_safety_necessity`，并留存论证材料。",
            ),
        (Some(true), Some(false), Some(Capture::Passive)) => PUBLIC_SAFETY
            .violation(
                "The device in a public place captures faces of passers-by (passive capture) for a purpose other than public safety, which Art. 13(1) does not allow.",
                "公共场所的设备以非配合方式采集过往人员人脸，且并非为维护公共安全所必需，不符合第十三条第一款。",
            )
            .remediation(
                "Stop passive capture in the public place, or limit the device to a public-safety purpose decided under law.",
                "停止在公共场所的非配合式采集，或将设备限于依法确定的公共安全用途。",
            )
            .evidence("/activity/capture"),
        (Some(true), Some(false), Some(Capture::Cooperative)) => PUBLIC_SAFETY
            .needs_review(
                "The device in a public place serves a purpose other than public safety, but people present their faces to it themselves. Whether Art. 13(1) reaches a device people choose to use is open to interpretation; a reviewer decides.",
                "公共场所的设备并非用于维护公共安全，但由个人主动配合刷脸。第十三条第一款是否适用于个人自主选择使用的设备存在解释空间，需人工判断。",
            )
            .remediation(
                "Record why the device is lawful in a public place (for example, that people choose it over an equal alternative), or move it out of the public area.",
                "记录设备在公共场所合法使用的理由（例如个人可在同等替代方式之间自主选择），或将其移出公共区域。",
            )
            .evidence("/activity/capture"),
        (Some(true), Some(false), None) => PUBLIC_SAFETY
            .needs_review(
                "The device in a public place serves a purpose other than public safety, and whether people present their faces themselves is not stated.",
                "公共场所的设备并非用于维护公共安全，且未说明是否由个人主动配合采集。",
            )
            .remediation("State `activity.capture`.", "填写 `activity.capture`。")
            .evidence("/activity/capture"),
    };
    finding.evidence_all(evidence).into()
}

/// Words for a duty that holds in public places, in English and Chinese.
struct Duty {
    met: (&'static str, &'static str),
    unmet: (&'static str, &'static str),
    unknown: (&'static str, &'static str),
    fix: (&'static str, &'static str),
}

const AREA: Duty = Duty {
    met: (
        "The collection area in the public place is determined and limited.",
        "已依法合理确定公共场所的人脸信息采集区域。",
    ),
    unmet: (
        "The device is in a public place, but its collection area is not determined and limited.",
        "设备位于公共场所，但未合理确定人脸信息采集区域。",
    ),
    unknown: (
        "The device is in a public place; whether its collection area is determined and limited is not stated.",
        "设备位于公共场所，未说明是否已合理确定人脸信息采集区域。",
    ),
    fix: (
        "Determine and limit the area the device collects faces from (angle, range, masking), record it, and state `siting.capture_area_defined`.",
        "确定并限制设备的采集区域（角度、范围、遮蔽），予以记录，并填写 `siting.capture_area_defined`。",
    ),
};

const SIGNS: Duty = Duty {
    met: (
        "Conspicuous signs warn people in the public place.",
        "已在公共场所设置显著提示标识。",
    ),
    unmet: (
        "The device is in a public place, but no conspicuous sign warns people.",
        "设备位于公共场所，但未设置显著提示标识。",
    ),
    unknown: (
        "The device is in a public place; whether conspicuous signs warn people is not stated.",
        "设备位于公共场所，未说明是否设置显著提示标识。",
    ),
    fix: (
        "Put up conspicuous signs where people enter the collection area, and state `siting.signage`.",
        "在进入采集区域处设置显著提示标识，并填写 `siting.signage`。",
    ),
};

fn in_public_place(
    obligation: &Obligation,
    siting: &Siting,
    fact: Option<bool>,
    pointer: &str,
    duty: Duty,
) -> Finding {
    let finding = match (siting.public_place, fact) {
        (None, _) => return unknown_place(obligation),
        (Some(false), _) => return not_public(obligation),
        (Some(true), Some(true)) => obligation.satisfied(duty.met.0, duty.met.1),
        (Some(true), Some(false)) => obligation
            .violation(duty.unmet.0, duty.unmet.1)
            .remediation(duty.fix.0, duty.fix.1),
        (Some(true), None) => obligation
            .needs_review(duty.unknown.0, duty.unknown.1)
            .remediation(duty.fix.0, duty.fix.1),
    };
    finding
        .evidence_all(["/siting/public_place", pointer])
        .into()
}

fn unknown_place(obligation: &Obligation) -> Finding {
    obligation
        .needs_review(
            "Whether the device is in a public place is not stated, so the public-place duties of Art. 13(1) cannot be decided.",
            "未说明设备是否位于公共场所，无法判断第十三条第一款的义务。",
        )
        .remediation("State `siting.public_place`.", "填写 `siting.public_place`。")
        .evidence("/siting/public_place")
        .into()
}

fn not_public(obligation: &Obligation) -> Finding {
    obligation
        .not_applicable(
            "The device is not in a public place, so the public-place duties of Art. 13(1) do not apply.",
            "设备不位于公共场所，第十三条第一款的义务不适用。",
        )
        .evidence("/siting/public_place")
        .into()
}
