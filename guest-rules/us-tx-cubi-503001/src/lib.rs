//! Texas Business and Commerce Code §503.001, the Capture or Use of Biometric Identifier Act
//! (CUBI): capture of a record of face geometry for a commercial purpose.
//!
//! See `README.md` beside this file for what each obligation checks and why.

use frt_sdk::prelude::*;

/// The instrument id.
pub const INSTRUMENT: &str = "US-TX-CUBI";

/// The longest face data may outlive its purpose (§503.001(c)(3)).
pub const ONE_YEAR_DAYS: u64 = 365;

/// (b): informed before capture, and consent.
pub const NOTICE_CONSENT: Obligation = Obligation::new("us-tx-503001-notice-consent", "503.001(b)")
    .title("Notice and consent before capture", "采集前告知并取得同意");

/// (b-1): from 2026-01-01, an image online or in another public source is not notice or
/// consent, unless the person made it public.
pub const PUBLIC_IMAGES: Obligation = Obligation::new("us-tx-503001-public-images", "503.001(b-1)")
    .title(
        "A public image is not notice or consent",
        "公开可得的图像不构成告知或同意",
    );

/// The first day (b-1) applies.
pub fn public_images_from() -> Date {
    Date::new(2026, 1, 1).expect("a valid date")
}

/// (c)(1): no sale, lease or disclosure but on a listed ground.
pub const DISCLOSURE: Obligation = Obligation::new("us-tx-503001-disclosure", "503.001(c)").title(
    "No sale; disclosure only on a listed ground",
    "不得出售；仅依法定事由披露",
);

/// (c)(2): reasonable care, as for other confidential information.
pub const CARE: Obligation = Obligation::new("us-tx-503001-care", "503.001(c)")
    .severity(Severity::Medium)
    .title("Reasonable care", "合理注意");

/// (c)(3): destroyed within a reasonable time, at most a year after the purpose expires.
pub const DESTRUCTION: Obligation = Obligation::new("us-tx-503001-destruction", "503.001(c)")
    .title(
        "Destroyed within a year after the purpose expires",
        "目的届满后一年内销毁",
    );

/// The rule.
#[derive(Debug)]
pub struct Cubi;

impl Rule for Cubi {
    fn describe() -> RuleDescription {
        describe("us-tx-cubi-503001", "0.1.0", INSTRUMENT)
            .title(
                "Texas CUBI: notice and consent, public images, disclosure, care, destruction",
                "得克萨斯州CUBI：告知与同意、公开图像、披露、注意义务、销毁",
            )
            .article("503.001(b)", "A person may not capture a biometric identifier of an individual for a commercial purpose unless the person: (1) informs the individual before capturing the biometric identifier; and (2) receives the individual's consent to capture the biometric identifier.", "任何人不得为商业目的采集个人的生物识别标识符，除非：(1)在采集前告知本人；且(2)取得本人同意。")
            .article("503.001(b-1)", "For purposes of Subsection (b), an individual has not been informed of and has not provided consent for the capture or storage of a biometric identifier of an individual for a commercial purpose based solely on the existence of an image or other media containing one or more biometric identifiers of the individual on the Internet or other publicly available source unless the image or other media was made publicly available by the individual to whom the biometric identifiers relate. (In force from 2026-01-01.)", "就(b)款而言，不得仅因含有个人生物识别标识符的图像或其他媒体存在于互联网或其他公开来源，即认为已告知本人或本人已同意为商业目的采集或存储其生物识别标识符，除非该图像或媒体系由本人公开。（自2026年1月1日起施行。）")
            .article("503.001(c)", "A person who possesses a biometric identifier of an individual that is captured for a commercial purpose: (1) may not sell, lease, or otherwise disclose the biometric identifier to another person unless the individual consents for identification in the case of disappearance or death, the disclosure completes a financial transaction the individual requested or authorized, is required or permitted by a federal or state statute, or is made to a law enforcement agency under a warrant; (2) shall store, transmit, and protect it from disclosure using reasonable care and in a manner that is the same as or more protective than the manner in which the person stores, transmits, and protects any other confidential information the person possesses; and (3) shall destroy it within a reasonable time, but not later than the first anniversary of the date the purpose for collecting the identifier expires.", "为商业目的采集的生物识别标识符的持有人：(1)除法定情形外不得出售、出租或以其他方式披露；(2)应以合理注意并不低于其他机密信息的方式存储、传输和保护；(3)应在合理期限内、最迟于收集目的届满之日起一年内销毁。")
            .jurisdiction("US", Some("US-TX"), None)
            .source("https://statutes.capitol.texas.gov/GetStatute.aspx?Code=BC&Date=5%2F31%2F2025&Value=503.001")
            .source("https://www.mondaq.com/unitedstates/data-protection/1178700/texas-ag-dont-mess-with-texans-biometric-info")
            .source("https://zwillgen.com/ftc-state-ag/dont-mess-with-texas-cubi-settlement-marks-state-tough-biometric-privacy-enforcer")
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[NOTICE_CONSENT, PUBLIC_IMAGES, DISCLOSURE, CARE, DESTRUCTION]
    }

    fn check(input: &Input) -> Vec<Finding> {
        law::decide::<Self>(input, |input| {
            let commercial = input.activity.as_ref().and_then(|a| a.commercial);
            let every =
                |f: &dyn Fn(&Obligation) -> Finding| Self::obligations().iter().map(f).collect();
            match commercial {
                Some(true) => vec![
                    notice_consent(input),
                    public_images(input),
                    disclosure(input),
                    care(input),
                    destruction(input),
                ],
                Some(false) => every(&|o| {
                    law::not_applicable(
                        o,
                        (
                            "CUBI governs capture for a commercial purpose; this capture is not commercial.",
                            "CUBI规范为商业目的的采集；本采集不具商业目的。",
                        ),
                        &["/activity/commercial"],
                    )
                }),
                None => every(&|o| {
                    o.needs_review("Whether faces are captured for a commercial purpose is not stated, so whether CUBI applies is unknown.", "未说明是否为商业目的采集人脸，无法确定是否适用CUBI。")
                        .evidence("/activity/commercial")
                        .remediation("State `activity.commercial`.", "填写 `activity.commercial`。")
                        .build()
                }),
            }
        })
    }
}

frt_sdk::export_rule!(Cubi);

fn notice_consent(input: &Input) -> Finding {
    let notice = input.notice.clone().unwrap_or_default();
    let consent = input.consent.as_ref().and_then(|c| c.explicit);
    let facts = [notice.given, notice.before_processing, consent];
    let holds = if facts.contains(&Some(false)) {
        Some(false)
    } else {
        facts.iter().all(|f| *f == Some(true)).then_some(true)
    };
    law::require(
        &NOTICE_CONSENT,
        holds,
        &[
            "/notice/given",
            "/notice/before_processing",
            "/consent/explicit",
        ],
        &Words {
            met: (
                "People are informed before capture and consent to it.",
                "采集前已告知并取得同意。",
            ),
            unmet: (
                "Face geometry is captured for a commercial purpose without informing people first or without their consent, which §503.001(b) forbids.",
                "为商业目的采集面部几何特征，但未事先告知或未取得同意，违反§503.001(b)。",
            ),
            unknown: (
                "Whether people are informed before capture and consent to it is not fully stated.",
                "未完整说明采集前是否告知并取得同意。",
            ),
            fix: (
                "Inform each person before capture and obtain consent; state `notice.given`, `notice.before_processing` and `consent.explicit`.",
                "采集前告知本人并取得同意，并填写 `notice.given`、`notice.before_processing` 和 `consent.explicit`。",
            ),
        },
    )
}

fn public_images(input: &Input) -> Finding {
    let o = &PUBLIC_IMAGES;
    if input.as_of < public_images_from() {
        return law::not_applicable(
            o,
            (
                "(b-1) applies from 2026-01-01; before then the statute does not say whether a public image is notice or consent.",
                "(b-1)款自2026年1月1日起施行；此前法律未规定公开图像是否构成告知或同意。",
            ),
            &["/as_of"],
        );
    }
    let activity = input.activity.clone().unwrap_or_default();
    let evidence = [
        "/activity/image_sources",
        "/activity/collection_targeted",
        "/notice/given",
        "/consent/explicit",
    ];
    let notice = input.notice.as_ref().and_then(|n| n.given);
    let consent = input.consent.as_ref().and_then(|c| c.explicit);
    if notice == Some(true) && consent == Some(true) {
        return o
            .satisfied(
                "Each person is informed and consents; notice and consent do not rest on their images being public.",
                "已告知本人并取得其同意；告知与同意并非以图像公开为依据。",
            )
            .evidence_all(evidence)
            .into();
    }
    let Some(sources) = activity.image_sources else {
        return o
            .needs_review(
                "Notice and consent are not both shown, and where the face images come from is not stated, so whether they would rest on images found online is unknown.",
                "未证明已告知并取得同意，且未说明人脸图像的来源，无法判断告知或同意是否仅以网上可得的图像为依据。",
            )
            .evidence("/activity/image_sources")
            .remediation("State `activity.image_sources`.", "填写 `activity.image_sources`。")
            .into();
    };
    let online = sources.contains(&ImageSource::InternetScraping);
    let elsewhere = sources.contains(&ImageSource::ThirdParty);
    if !online && !elsewhere {
        return law::not_applicable(
            o,
            (
                "No face images come from the internet or another organisation, so no notice or consent can rest on a public image.",
                "人脸图像既不来自互联网也不来自其他组织，告知或同意不可能以公开图像为依据。",
            ),
            &["/activity/image_sources"],
        );
    }
    let finding = match (notice, consent) {
        (Some(false), _) | (_, Some(false)) if online && activity.collection_targeted == Some(false) => o
            .violation(
                "Face images are scraped in bulk from the internet and the people in them are neither informed nor asked: since 2026-01-01 an image being online is not notice or consent (§503.001(b-1)), and a bulk scrape cannot show each person made their image public.",
                "从互联网批量抓取人脸图像，且未告知图像中的个人或取得其同意：自2026年1月1日起，图像在网上可得不构成告知或同意（§503.001(b-1)），批量抓取亦无法证明每张图像均由本人公开。",
            )
            .remediation(
                "Stop building templates from scraped images, delete those already made, and capture only after notice and consent; state `activity.image_sources`, `notice.given` and `consent.explicit`.",
                "停止以抓取的图像生成模板，删除已生成的模板，仅在告知并取得同意后采集；填写 `activity.image_sources`、`notice.given` 和 `consent.explicit`。",
            ),
        (Some(false), _) | (_, Some(false)) => o
            .needs_review(
                "Face images come from the internet or another organisation and the people in them are not informed or do not consent; since 2026-01-01 a public image is not notice or consent unless the person made it public themselves (§503.001(b-1)), which a reviewer checks image by image.",
                "人脸图像来自互联网或其他组织，且未告知图像中的个人或未取得其同意；自2026年1月1日起，公开图像不构成告知或同意，除非由本人公开（§503.001(b-1)），需人工逐一核查。",
            )
            .remediation(
                "Show that each person made their image public, or inform them and obtain consent before capture; state `activity.collection_targeted`.",
                "证明每张图像均由本人公开，或在采集前告知并取得同意；填写 `activity.collection_targeted`。",
            ),
        _ => o
            .needs_review(
                "Face images come from the internet or another organisation; whether the people in them are informed and consent, rather than their images merely being public, is not stated.",
                "人脸图像来自互联网或其他组织；未说明是否告知图像中的个人并取得其同意，而非仅以图像公开为依据。",
            )
            .remediation(
                "State `notice.given` and `consent.explicit`.",
                "填写 `notice.given` 和 `consent.explicit`。",
            ),
    };
    finding.evidence_all(evidence).into()
}

fn disclosure(input: &Input) -> Finding {
    let sold = input.disclosure.as_ref().and_then(|d| d.sold);
    let holds = match (sold, facts::disclosure_grounded(input)) {
        (Some(true), _) | (_, Some(false)) => Some(false),
        (Some(false), Some(true)) => Some(true),
        _ => None,
    };
    law::require(
        &DISCLOSURE,
        holds,
        &[
            "/disclosure/sold",
            "/disclosure/disclosed",
            "/disclosure/grounds",
        ],
        &Words {
            met: (
                "Face data is not sold, and disclosed only on a ground §503.001(c)(1) lists, if at all.",
                "人脸数据未被出售，且仅依§503.001(c)(1)所列事由披露（如有）。",
            ),
            unmet: (
                "Face data is sold, leased or disclosed without a ground §503.001(c)(1) lists.",
                "人脸数据被出售、出租或在无§503.001(c)(1)所列事由时被披露。",
            ),
            unknown: (
                "Whether face data is sold or disclosed, and on what ground, is not stated.",
                "未说明人脸数据是否被出售或披露及其事由。",
            ),
            fix: (
                "Stop any sale and disclose only on a listed ground; state `disclosure.sold`, `disclosure.disclosed` and `disclosure.grounds`.",
                "停止出售，仅依法定事由披露，并填写 `disclosure.sold`、`disclosure.disclosed` 和 `disclosure.grounds`。",
            ),
        },
    )
}

fn care(input: &Input) -> Finding {
    let care = input
        .security
        .as_ref()
        .and_then(|s| s.protected_as_confidential);
    law::require(
        &CARE,
        care,
        &["/security/protected_as_confidential"],
        &Words {
            met: (
                "Face data is protected with reasonable care, at least as well as other confidential information.",
                "人脸数据以合理注意且不低于其他机密信息的方式保护。",
            ),
            unmet: (
                "Face data is protected less well than other confidential information, contrary to §503.001(c)(2).",
                "人脸数据的保护低于其他机密信息，违反§503.001(c)(2)。",
            ),
            unknown: (
                "Whether face data is protected at least as well as other confidential information is not stated.",
                "未说明人脸数据的保护是否不低于其他机密信息。",
            ),
            fix: (
                "Protect face data like other confidential information, and state `security.protected_as_confidential`.",
                "按其他机密信息的标准保护人脸数据，并填写 `security.protected_as_confidential`。",
            ),
        },
    )
}

fn destruction(input: &Input) -> Finding {
    let s = input.storage.clone().unwrap_or_default();
    let holds = if s.retention_indefinite == Some(true)
        || s.days_kept_after_purpose_ends
            .is_some_and(|d| d > ONE_YEAR_DAYS)
    {
        Some(false)
    } else if s.deleted_when_purpose_ends == Some(true) || s.days_kept_after_purpose_ends.is_some()
    {
        Some(true)
    } else {
        None
    };
    law::require(
        &DESTRUCTION,
        holds,
        &[
            "/storage/days_kept_after_purpose_ends",
            "/storage/deleted_when_purpose_ends",
            "/storage/retention_indefinite",
        ],
        &Words {
            met: (
                "Face data is destroyed within a year after its purpose expires.",
                "人脸数据在目的届满后一年内销毁。",
            ),
            unmet: (
                "Face data is kept without limit or more than a year after its purpose expires, contrary to §503.001(c)(3).",
                "人脸数据无期限保存或在目的届满后保存超过一年，违反§503.001(c)(3)。",
            ),
            unknown: (
                "How long face data is kept after its purpose expires is not stated.",
                "未说明目的届满后人脸数据保存多久。",
            ),
            fix: (
                "Destroy face data within a reasonable time and at most a year after the purpose expires; state `storage.days_kept_after_purpose_ends`.",
                "在合理期限内、最迟于目的届满后一年内销毁，并填写 `storage.days_kept_after_purpose_ends`。",
            ),
        },
    )
}
