//! EU AI Act (Regulation (EU) 2024/1689), Art. 5(1)(e) and 5(1)(h): two prohibited practices
//! that face recognition meets, applying from 2025-02-02 (Art. 113(a)).
//!
//! See `README.md` beside this file for what each obligation checks and why.

use frt_sdk::prelude::*;

/// The instrument id.
pub const INSTRUMENT: &str = "EU-AI-ACT-2024";

/// The 27 member states, where the Regulation applies.
pub const MEMBER_STATES: [&str; 27] = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
    "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// 5(1)(e): no face database built or grown by untargeted scraping.
pub const SCRAPING: Obligation = Obligation::new("eu-ai-5-1e-scraping", "5(1)(e)")
    .severity(Severity::Blocking)
    .title(
        "No untargeted scraping of facial images",
        "不得无差别抓取人脸图像建立或扩充人脸识别数据库",
    );

/// 5(1)(h): no real-time remote biometric identification in public for law enforcement,
/// save the three exceptions.
pub const REALTIME_RBI: Obligation = Obligation::new("eu-ai-5-1h-realtime-rbi", "5(1)(h)")
    .severity(Severity::Blocking)
    .title(
        "No real-time remote biometric identification in public spaces for law enforcement",
        "不得为执法目的在公共场所使用实时远程生物识别",
    );

/// The rule.
#[derive(Debug)]
pub struct Art5;

impl Rule for Art5 {
    fn describe() -> RuleDescription {
        let mut builder = describe("eu-ai-act-art5", "0.1.0", INSTRUMENT)
            .title(
                "EU AI Act: prohibited face scraping and real-time remote identification",
                "欧盟《人工智能法》：禁止的人脸抓取与实时远程识别",
            )
            .article(
                "5(1)(e)",
                "The following AI practices shall be prohibited: ... (e) the placing on the market, the putting into service for this specific purpose, or the use of AI systems that create or expand facial recognition databases through the untargeted scraping of facial images from the internet or CCTV footage.",
                "禁止下列人工智能做法：……（e）投放市场、为此特定目的投入使用或使用通过从互联网或闭路电视录像中无差别抓取人脸图像来建立或扩充人脸识别数据库的人工智能系统。",
            )
            .article(
                "5(1)(h)",
                "The following AI practices shall be prohibited: ... (h) the use of 'real-time' remote biometric identification systems in publicly accessible spaces for the purposes of law enforcement, unless and in so far as such use is strictly necessary for one of the following objectives: (i) the targeted search for specific victims of abduction, trafficking in human beings or sexual exploitation of human beings, as well as the search for missing persons; (ii) the prevention of a specific, substantial and imminent threat to the life or physical safety of natural persons or a genuine and present or genuine and foreseeable threat of a terrorist attack; (iii) the localisation or identification of a person suspected of having committed a criminal offence, for the purpose of conducting a criminal investigation or prosecution or executing a criminal penalty for offences referred to in Annex II and punishable in the Member State concerned by a custodial sentence or a detention order for a maximum period of at least four years.",
                "禁止下列人工智能做法：……（h）为执法目的在公众可进入的场所使用\"实时\"远程生物识别系统，除非且仅在为下列目标之一严格必要的范围内：（i）有针对性地搜寻绑架、人口贩运、性剥削的特定受害者以及失踪人员；（ii）防止对自然人生命或人身安全的具体、重大且紧迫的威胁，或真实且现实存在或可预见的恐怖袭击威胁；（iii）为刑事调查、起诉或执行刑罚，对涉嫌实施附件二所列且在相关成员国可判处最高至少四年监禁的犯罪的人员进行定位或识别。",
            )
            .effective_from(Date::new(2025, 2, 2).expect("a valid date"))
            .source("https://www.regulation-ai.eu/en/articles/article-113/")
            .source("https://www.itlawfirm.it/en/legal-case-studies/ai/ai-act-prohibited-practices-prohibition-of-untargeted-scraping-of-facial-images")
            .source("https://www.itlawfirm.it/en/legal-case-studies/ai/ai-act-prohibited-practices-prohibition-of-real-time-remote-biometric-identification-systems-for-law-enforcement-purposes");
        for country in MEMBER_STATES {
            builder = builder.jurisdiction(country, None, None);
        }
        builder.build()
    }

    fn obligations() -> &'static [Obligation] {
        &[SCRAPING, REALTIME_RBI]
    }

    fn check(input: &Input) -> Vec<Finding> {
        law::decide::<Self>(input, |input| vec![scraping(input), realtime_rbi(input)])
    }
}

frt_sdk::export_rule!(Art5);

fn scraping(input: &Input) -> Finding {
    let activity = input.activity.clone().unwrap_or_default();
    let evidence = ["/activity/image_sources", "/activity/collection_targeted"];
    let Some(sources) = activity.image_sources else {
        return SCRAPING
            .needs_review(
                "Where the face images come from is not stated, so whether they are scraped from the internet or CCTV footage is unknown.",
                "未说明人脸图像来源，无法确定是否从互联网或监控录像中抓取。",
            )
            .evidence(evidence[0])
            .remediation("State `activity.image_sources`.", "填写 `activity.image_sources`。")
            .into();
    };
    if !sources.iter().any(|s| s.is_scraping()) {
        return SCRAPING
            .satisfied(
                "No face images are scraped from the internet or CCTV footage.",
                "未从互联网或监控录像中抓取人脸图像。",
            )
            .evidence(evidence[0])
            .into();
    }
    let identifies = activity.modes.as_ref().map(|m| {
        m.iter()
            .any(|m| matches!(m, Mode::Identification | Mode::Verification))
    });
    if identifies == Some(false) {
        return law::not_applicable(
            &SCRAPING,
            (
                "Images are scraped, but no facial recognition database is built: the system neither verifies nor identifies anyone.",
                "虽抓取图像，但系统不进行验证或识别，未建立人脸识别数据库。",
            ),
            &["/activity/image_sources", "/activity/modes"],
        );
    }
    let finding = match activity.collection_targeted {
        Some(false) => SCRAPING
            .violation(
                "Face images are scraped in bulk from the internet or CCTV footage to build or grow a face recognition database, a practice Art. 5(1)(e) prohibits outright.",
                "从互联网或监控录像中无差别抓取人脸图像以建立或扩充人脸识别数据库，属于第5条第1款(e)项明令禁止的做法。",
            )
            .remediation(
                "Stop the scraping and delete the database built from it; no consent or notice makes it lawful in the EU.",
                "停止抓取并删除由此建立的数据库；在欧盟，任何同意或告知均不能使其合法。",
            ),
        Some(true) => SCRAPING
            .needs_review(
                "Images are scraped only of specific, named persons. Art. 5(1)(e) bans untargeted scraping; whether this collection is truly targeted, and lawful under the GDPR, is for a reviewer.",
                "仅针对特定人员抓取图像。第5条第1款(e)项禁止的是无差别抓取；该收集是否确属有针对性、是否符合GDPR需人工判断。",
            )
            .remediation("Document how targets are chosen and the GDPR basis.", "记录目标人员的确定方式及GDPR依据。"),
        None => SCRAPING
            .needs_review(
                "Face images are scraped from the internet or CCTV footage; whether only specific persons are targeted is not stated.",
                "从互联网或监控录像中抓取人脸图像，但未说明是否仅针对特定人员。",
            )
            .remediation("State `activity.collection_targeted`.", "填写 `activity.collection_targeted`。"),
    };
    finding.evidence_all(evidence).into()
}

/// Why 5(1)(h) does not reach the use, or `None` when every element is present. A missing
/// element gives `Err` with the field.
fn outside_5_1_h(
    input: &Input,
) -> Result<Option<(&'static str, &'static str, &'static str)>, &'static str> {
    let activity = input.activity.clone().unwrap_or_default();
    let purpose = input.law_enforcement.as_ref().and_then(|l| l.purpose);
    let identifies = activity
        .modes
        .as_ref()
        .map(|m| m.contains(&Mode::Identification));
    let elements = [
        (
            purpose,
            "/law_enforcement/purpose",
            "The system is not used for law enforcement; Art. 5(1)(h) bans only law-enforcement use (other uses may be high-risk under Annex III).",
            "系统不用于执法；第5条第1款(h)项仅禁止执法用途（其他用途可能属于附件三的高风险系统）。",
        ),
        (
            activity.real_time,
            "/activity/real_time",
            "Identification is not in real time; identification after the fact is high-risk (Annex III point 1), not prohibited.",
            "识别并非实时；事后识别属于高风险（附件三第1点），不在禁止之列。",
        ),
        (
            identifies,
            "/activity/modes",
            "The system does not identify people (1:N); verification is not remote biometric identification.",
            "系统不进行1:N识别；验证不属于远程生物识别。",
        ),
        (
            activity.capture.map(|c| c == Capture::Passive),
            "/activity/capture",
            "People present their faces themselves; remote identification works without their active involvement.",
            "由个人主动配合刷脸；远程识别是在无需本人主动参与的情况下进行的。",
        ),
        (
            input.siting.as_ref().and_then(|s| s.public_place),
            "/siting/public_place",
            "The system is not in a publicly accessible space.",
            "系统不在公众可进入的场所。",
        ),
    ];
    if let Some((_, pointer, en, zh)) = elements.iter().find(|e| e.0 == Some(false)) {
        return Ok(Some((pointer, en, zh)));
    }
    match elements.iter().find(|e| e.0.is_none()) {
        Some((_, pointer, ..)) => Err(pointer),
        None => Ok(None),
    }
}

fn realtime_rbi(input: &Input) -> Finding {
    let outside = match outside_5_1_h(input) {
        Ok(outside) => outside,
        Err(missing) => {
            let field = missing.trim_start_matches('/').replace('/', ".");
            return REALTIME_RBI
                .needs_review(
                    format!("Whether this is real-time remote biometric identification in a public space for law enforcement is unknown: `{field}` is not stated."),
                    format!("无法确定是否属于为执法目的在公共场所使用实时远程生物识别：未填写 `{field}`。"),
                )
                .evidence(missing)
                .remediation(format!("State `{field}`."), format!("填写 `{field}`。"))
                .into();
        }
    };
    if let Some((pointer, en, zh)) = outside {
        return law::not_applicable(&REALTIME_RBI, (en, zh), &[pointer]);
    }
    let le = input.law_enforcement.clone().unwrap_or_default();
    let evidence = [
        "/law_enforcement/purpose",
        "/activity/real_time",
        "/activity/modes",
        "/activity/capture",
        "/siting/public_place",
        "/law_enforcement/exception",
        "/law_enforcement/prior_authorisation",
    ];
    let finding = match (le.exception, le.prior_authorisation) {
        (None, _) => REALTIME_RBI
            .violation(
                "Real-time remote biometric identification in a publicly accessible space for law enforcement, relying on none of the three exceptions: Art. 5(1)(h) prohibits it.",
                "为执法目的在公众可进入场所使用实时远程生物识别，且不属于三项例外之一：第5条第1款(h)项予以禁止。",
            )
            .remediation(
                "Switch off real-time identification, or confine each use to a targeted search, an imminent threat or a serious-crime suspect under national law, with prior authorisation.",
                "停止实时识别，或将每次使用限于依成员国法律、经事先授权的定向搜寻、紧迫威胁或重罪嫌疑人定位。",
            ),
        (Some(e), Some(false)) => REALTIME_RBI
            .violation(
                format!("Real-time remote identification for law enforcement relies on the `{e}` exception but is not authorised beforehand by a judicial or independent administrative authority."),
                format!("为执法目的的实时远程识别援引 `{e}` 例外，但未经司法机关或独立行政机关事先授权。"),
            )
            .remediation("Obtain authorisation before each use (urgent cases: within 24 hours, or stop).", "每次使用前取得授权（紧急情况须在24小时内补办，否则停止使用）。"),
        (Some(e), authorised) => REALTIME_RBI
            .needs_review(
                format!("Real-time remote identification for law enforcement relies on the `{e}` exception{}. Whether each use is strictly necessary, allowed by national law and limited in time, place and persons is for a reviewer.", if authorised == Some(true) { " with prior authorisation" } else { "; whether it is authorised beforehand is not stated" }),
                format!("为执法目的的实时远程识别援引 `{e}` 例外{}。每次使用是否严格必要、是否有成员国法律依据、是否在时间、地点和人员上受限，需人工判断。", if authorised == Some(true) { "，并经事先授权" } else { "；未说明是否经事先授权" }),
            )
            .remediation("Keep the authorisation, the necessity assessment and the limits of each use on file; state `law_enforcement.prior_authorisation`.", "留存每次使用的授权、必要性评估和限制条件，并填写 `law_enforcement.prior_authorisation`。"),
    };
    finding.evidence_all(evidence).into()
}
