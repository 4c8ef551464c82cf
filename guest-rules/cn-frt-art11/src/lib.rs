//! Art. 11 of the Measures: national identity channels are encouraged.
//!
//! > 第十一条 应用人脸识别技术验证个人身份、辨识特定个人的，鼓励优先使用国家人口基础信息库、
//! > 国家网络身份认证公共服务等渠道实施，减少人脸信息收集、存储，保护人脸信息安全。
//!
//! The article only encourages (鼓励): its finding is `satisfied` or `advisory`, never
//! `violation`, and never `needs_review` either (see `Art11::check`). It concerns verifying
//! identity and identifying individuals; the applicability gates ([`measures::decide`])
//! already take out deployments whose modes identify nobody.
//!
//! See `README.md` beside this file for what the obligation checks and why.

use frt_sdk::prelude::*;

/// Art. 11: verify or identify through national channels first (encouraged). A breach of an
/// encouraged practice is never more than advisory, hence severity `low`.
pub const NATIONAL_CHANNELS: Obligation = Obligation::new("cn-frt-11-national-channels", "11")
    .severity(Severity::Low)
    .title(
        "National identity channels encouraged",
        "鼓励优先使用国家人口基础信息库、国家网络身份认证公共服务等渠道",
    );

/// The rule.
#[derive(Debug)]
pub struct Art11;

impl Rule for Art11 {
    fn describe() -> RuleDescription {
        describe("cn-frt-art11", "0.1.0", measures::INSTRUMENT)
            .title(
                "National identity channels encouraged",
                "鼓励使用国家身份认证渠道",
            )
            .article(
                "11",
                "Where face recognition technology is applied to verify personal identity or to identify specific individuals, priority use of channels such as the national basic population information database and the national network identity authentication public service is encouraged, so as to reduce the collection and storage of face information and protect its security.",
                "应用人脸识别技术验证个人身份、辨识特定个人的，鼓励优先使用国家人口基础信息库、国家网络身份认证公共服务等渠道实施，减少人脸信息收集、存储，保护人脸信息安全。",
            )
            .jurisdiction("CN", None, None)
            .effective_from(measures::in_force())
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[NATIONAL_CHANNELS]
    }

    /// Where the gates leave it unknown whether the Measures apply (no
    /// `jurisdiction.country`), they would ask for review; an encouraged practice cannot
    /// require anything, so that finding is turned into an advisory with the same words.
    fn check(input: &Input) -> Vec<Finding> {
        measures::decide(input, Self::obligations(), |input| {
            let source = input.activity.as_ref().and_then(|a| a.identity_source);
            vec![national_channels(source)]
        })
        .into_iter()
        .map(encouraged_only)
        .collect()
    }
}

frt_sdk::export_rule!(Art11);

const SOURCE: &str = "/activity/identity_source";

/// What the encouraged practice asks, as a remediation.
const USE_NATIONAL: (&str, &str) = (
    "Consider verifying identity through the national network identity authentication public service or the national basic population information database first, as Art. 11 encourages.",
    "建议按照第十一条的鼓励，优先通过国家网络身份认证公共服务或国家人口基础信息库验证身份。",
);

/// The same, for a handler that keeps a face gallery of its own.
const REPLACE_GALLERY: (&str, &str) = (
    "Consider verifying identity through the national network identity authentication public service or the national basic population information database first, so that no face gallery of your own needs to be collected and stored.",
    "建议优先通过国家网络身份认证公共服务或国家人口基础信息库验证身份，从而无需自行收集、存储人脸库。",
);

fn national_channels(source: Option<IdentitySource>) -> Finding {
    let o = &NATIONAL_CHANNELS;
    let finding = match source {
        Some(
            s @ (IdentitySource::NationalPopulationDatabase
            | IdentitySource::NationalNetworkIdentityService),
        ) => o.satisfied(
            format!("Faces are compared through `{s}`, a national channel that Art. 11 encourages."),
            format!("通过 `{s}` 进行比对，属于第十一条鼓励优先使用的国家渠道。"),
        ),
        Some(IdentitySource::OwnGallery) => o
            .advisory(
                "Faces are compared against the handler's own gallery (`own_gallery`). Art. 11 encourages national channels first, to reduce collecting and storing face information.",
                "人脸与处理者自建人脸库（`own_gallery`）比对。第十一条鼓励优先使用国家渠道，以减少人脸信息的收集和存储。",
            )
            .remediation(REPLACE_GALLERY.0, REPLACE_GALLERY.1),
        Some(s @ IdentitySource::IdDocumentChip) => o
            .advisory(
                format!("Faces are compared against the photo in the identity document's chip (`{s}`), which is not one of the national channels Art. 11 encourages."),
                format!("人脸与身份证件芯片中的照片（`{s}`）比对，不属于第十一条鼓励优先使用的国家渠道。"),
            )
            .remediation(USE_NATIONAL.0, USE_NATIONAL.1),
        None => o
            .advisory(
                "What faces are compared against is not stated, so whether a national channel is used, as Art. 11 encourages, is unknown.",
                "未说明人脸与何种来源比对，无法确定是否使用了第十一条鼓励优先使用的国家渠道。",
            )
            .remediation(
                format!("State `activity.identity_source`. {}", USE_NATIONAL.0),
                format!("填写 `activity.identity_source`。{}", USE_NATIONAL.1),
            ),
    };
    finding.evidence(SOURCE).into()
}

/// An encouraged practice is never more than advisory.
fn encouraged_only(mut finding: Finding) -> Finding {
    if matches!(finding.status, Status::Violation | Status::NeedsReview) {
        finding.status = Status::Advisory;
        finding.severity = Severity::Low;
    }
    finding
}
