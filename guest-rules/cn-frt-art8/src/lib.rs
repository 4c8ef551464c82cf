//! Art. 8 of the Measures: face information stays on the device and is kept no longer than
//! necessary.
//!
//! > 第八条 除法律、行政法规另有规定或者取得个人单独同意外，人脸信息应当存储于人脸识别设备
//! > 内，不得通过互联网对外传输。
//! > 除法律、行政法规另有规定外，人脸信息的保存期限不得超过实现处理目的所必需的最短时间。
//!
//! See `README.md` beside this file for what each obligation checks and why.

use frt_sdk::prelude::*;

/// 8(1): face information is stored in the device and not sent out over the internet, unless
/// a law or administrative regulation provides otherwise or the individual separately consents.
pub const ON_DEVICE: Obligation = Obligation::new("cn-frt-8-on-device", "8")
    .paragraph(1)
    .title(
        "Stored on the device, not sent over the internet",
        "存储于设备内，不得通过互联网对外传输",
    );

/// 8(2): face information is kept no longer than the shortest time the purpose needs.
pub const RETENTION: Obligation = Obligation::new("cn-frt-8-retention", "8")
    .paragraph(2)
    .title(
        "Shortest necessary retention",
        "保存期限为实现目的所必需的最短时间",
    );

/// The rule.
#[derive(Debug)]
pub struct Art8;

impl Rule for Art8 {
    fn describe() -> RuleDescription {
        describe("cn-frt-art8", "0.1.0", measures::INSTRUMENT)
            .title(
                "Face information kept on the device, for the shortest time",
                "人脸信息存储于设备内并以最短期限保存",
            )
            .article(
                "8",
                "Except where laws or administrative regulations provide otherwise or the individual's separate consent has been obtained, face information shall be stored within the face recognition device and shall not be transmitted externally through the internet. Except where laws or administrative regulations provide otherwise, the retention period of face information shall not exceed the shortest time necessary to achieve the purpose of processing.",
                "除法律、行政法规另有规定或者取得个人单独同意外，人脸信息应当存储于人脸识别设备内，不得通过互联网对外传输。\n除法律、行政法规另有规定外，人脸信息的保存期限不得超过实现处理目的所必需的最短时间。",
            )
            .jurisdiction("CN", None, None)
            .effective_from(measures::in_force())
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[ON_DEVICE, RETENTION]
    }

    fn check(input: &Input) -> Vec<Finding> {
        measures::decide(input, Self::obligations(), |input| {
            let storage = input.storage.clone().unwrap_or_default();
            vec![on_device(&storage), retention(&storage)]
        })
    }
}

frt_sdk::export_rule!(Art8);

const LOCATION: &str = "/storage/location";
const TRANSMISSION: &str = "/storage/internet_transmission";
const BASIS: &str = "/storage/transmission_basis";
const CITATION: &str = "/storage/transmission_citation";

/// Where face information goes, as far as the declaration says.
enum Exposure {
    /// Stored on the device and not sent over the internet.
    OnDevice,
    /// Stored off the device or sent over the internet: what happens, in English and Chinese.
    Leaves(String, String),
    /// Not enough is stated to tell: the missing fields.
    Unknown(Vec<&'static str>),
}

fn exposure(storage: &Storage) -> Exposure {
    let (location, sent) = (storage.location, storage.internet_transmission);
    let mut en = Vec::new();
    let mut zh = Vec::new();
    if let Some(l) = location.filter(|l| *l != StorageLocation::OnDevice) {
        en.push(format!(
            "is stored in `{l}` rather than on the face recognition device"
        ));
        zh.push(format!("存储于 `{l}`，不在人脸识别设备内"));
    }
    if sent == Some(true) {
        en.push("is sent out over the internet".to_owned());
        zh.push("通过互联网对外传输".to_owned());
    }
    if !en.is_empty() {
        return Exposure::Leaves(
            format!("Face information {}", en.join(" and ")),
            format!("人脸信息{}", zh.join("，且")),
        );
    }
    match (location, sent) {
        (Some(StorageLocation::OnDevice), Some(false)) => Exposure::OnDevice,
        _ => Exposure::Unknown(
            [
                (location.is_none(), LOCATION),
                (sent.is_none(), TRANSMISSION),
            ]
            .into_iter()
            .filter_map(|(missing, pointer)| missing.then_some(pointer))
            .collect(),
        ),
    }
}

fn on_device(storage: &Storage) -> Finding {
    let o = &ON_DEVICE;
    let facts = [LOCATION, TRANSMISSION];
    let (what_en, what_zh) = match exposure(storage) {
        Exposure::OnDevice => {
            return o
                .satisfied(
                    "Face information is stored on the face recognition device and is not sent out over the internet.",
                    "人脸信息存储于人脸识别设备内，不通过互联网对外传输。",
                )
                .evidence_all(facts)
                .into();
        }
        Exposure::Leaves(en, zh) => (en, zh),
        Exposure::Unknown(missing) => return unknown_exposure(storage, missing),
    };
    let finding = match storage.transmission_basis {
        Some(TransmissionBasis::SeparateConsent) => o.satisfied(
            format!("{what_en}; this rests on the individual's separate consent, which Art. 8(1) allows (Art. 6 checks the consent itself)."),
            format!("{what_zh}；其依据为个人单独同意，符合第八条第一款（同意本身由第六条检查）。"),
        ),
        Some(TransmissionBasis::Law) => match storage.transmission_citation.as_deref() {
            Some(citation) => o
                .needs_review(
                    format!("{what_en}; this relies on `{citation}`. Whether that law or administrative regulation provides for it must be verified."),
                    format!("{what_zh}；其依据为 `{citation}`。需核实该法律、行政法规是否确有此规定。"),
                )
                .remediation(
                    "Have the cited provision checked: it must be a law or administrative regulation that allows storing face information off the device or sending it over the internet; keep the analysis on file.",
                    "核实所引用的规定：须为允许在设备外存储或通过互联网传输人脸信息的法律、行政法规；留存分析材料。",
                ),
            None => o
                .violation(
                    format!("{what_en}; this is said to rest on a law, but no law or administrative regulation is named."),
                    format!("{what_zh}；声称有法律依据，但未指明任何法律、行政法规。"),
                )
                .remediation(
                    "Name the law or administrative regulation in `storage.transmission_citation`; without one, keep face information on the device or obtain the individual's separate consent.",
                    "在 `storage.transmission_citation` 中写明所依据的法律、行政法规；如无依据，应将人脸信息存储于设备内，或取得个人单独同意。",
                ),
        },
        Some(TransmissionBasis::None) => o
            .violation(
                format!("{what_en}, with neither a law or administrative regulation providing for it nor the individual's separate consent."),
                format!("{what_zh}，既无法律、行政法规规定，也未取得个人单独同意。"),
            )
            .remediation(
                "Keep face information on the face recognition device and stop sending it over the internet, or obtain each individual's separate consent first.",
                "将人脸信息存储于人脸识别设备内并停止通过互联网对外传输，或事先取得个人单独同意。",
            ),
        None => o
            .needs_review(
                format!("{what_en}; what permits this (a law or administrative regulation, or separate consent) is not stated."),
                format!("{what_zh}；未说明其依据（法律、行政法规规定或个人单独同意）。"),
            )
            .remediation(
                "State `storage.transmission_basis` (and `storage.transmission_citation` for a law).",
                "填写 `storage.transmission_basis`（依据法律的，同时填写 `storage.transmission_citation`）。",
            ),
    };
    let finding = finding.evidence_all(facts).evidence(BASIS);
    if storage.transmission_basis == Some(TransmissionBasis::Law) {
        return finding.evidence(CITATION).into();
    }
    finding.into()
}

/// Where face information goes is not fully stated: only separate consent, which permits
/// storage off the device and transmission alike, decides the duty.
fn unknown_exposure(storage: &Storage, missing: Vec<&'static str>) -> Finding {
    let o = &ON_DEVICE;
    let names: Vec<_> = missing
        .iter()
        .map(|p| format!("`{}`", p.trim_start_matches('/').replace('/', ".")))
        .collect();
    let (fields, fields_zh) = (names.join(", "), names.join("、"));
    let finding = if storage.transmission_basis == Some(TransmissionBasis::SeparateConsent) {
        o.satisfied(
            format!("Where face information is stored or whether it is sent over the internet is not fully stated ({fields} missing), but the individual's separate consent permits both (Art. 6 checks the consent itself)."),
            format!("未完整说明人脸信息的存储位置或是否通过互联网传输（缺少 {fields_zh}），但已取得个人单独同意，两者均被允许（同意本身由第六条检查）。"),
        )
        .evidence(BASIS)
    } else {
        o.needs_review(
            format!("Whether face information stays on the face recognition device is unknown: {fields} not stated."),
            format!("无法确定人脸信息是否存储于人脸识别设备内：未填写 {fields_zh}。"),
        )
        .remediation(
            format!("State {fields}."),
            format!("填写 {fields_zh}。"),
        )
    };
    finding.evidence_all(missing).into()
}

fn retention(storage: &Storage) -> Finding {
    let o = &RETENTION;
    if storage.retention_indefinite == Some(true) {
        return o
            .violation(
                "Face information is kept without a time limit; Art. 8(2) allows no longer than the shortest time necessary to achieve the purpose.",
                "人脸信息无期限保存；第八条第二款要求保存期限不得超过实现处理目的所必需的最短时间。",
            )
            .remediation(
                "Set the shortest retention period the purpose needs, state it in `storage.retention_days`, and delete face information once the purpose is achieved.",
                "确定实现目的所必需的最短保存期限，填写 `storage.retention_days`，并在目的实现后删除人脸信息。",
            )
            .evidence("/storage/retention_indefinite")
            .into();
    }
    let evidence = [
        "/storage/retention_days",
        "/storage/deleted_when_purpose_ends",
    ];
    if let (Some(days), Some(true)) = (storage.retention_days, storage.deleted_when_purpose_ends) {
        let (en, zh) = if days == 0 {
            (
                "Face information is not kept after the comparison (0 days) and is deleted once the purpose is achieved.".to_owned(),
                "人脸信息在比对后不予保存（0天），目的实现后即予删除。".to_owned(),
            )
        } else {
            (
                format!(
                    "Face information is kept for {days} days and deleted once the purpose is achieved."
                ),
                format!("人脸信息保存{days}天，目的实现后即予删除。"),
            )
        };
        return o.satisfied(en, zh).evidence_all(evidence).into();
    }
    let mut issues: Vec<(&str, &str)> = Vec::new();
    if storage.retention_days.is_none() {
        issues.push(("no retention period is stated", "未说明保存期限"));
    }
    match storage.deleted_when_purpose_ends {
        Some(true) => {}
        Some(false) => issues.push((
            "face information is not deleted once the purpose is achieved, so it is likely kept longer than necessary unless a law or administrative regulation requires it",
            "目的实现后不删除人脸信息，除非法律、行政法规另有规定，很可能超过必需的最短时间",
        )),
        None => issues.push((
            "whether face information is deleted once the purpose is achieved is not stated",
            "未说明目的实现后是否删除人脸信息",
        )),
    }
    let en: Vec<_> = issues.iter().map(|i| i.0).collect();
    let zh: Vec<_> = issues.iter().map(|i| i.1).collect();
    o.needs_review(
        format!("Whether face information is kept no longer than necessary cannot be confirmed: {}.", en.join("; ")),
        format!("无法确认人脸信息的保存期限未超过必需的最短时间：{}。", zh.join("；")),
    )
    .remediation(
        "State `storage.retention_days` as the shortest period the purpose needs and delete face information once the purpose is achieved (`storage.deleted_when_purpose_ends: true`), or record the law or administrative regulation that requires keeping it longer.",
        "将 `storage.retention_days` 设为实现目的所必需的最短期限，并在目的实现后删除人脸信息（`storage.deleted_when_purpose_ends: true`）；如法律、行政法规要求更长保存，记录其依据。",
    )
    .evidence_all(evidence)
    .into()
}
