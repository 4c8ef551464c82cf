//! Illinois Biometric Information Privacy Act (BIPA), 740 ILCS 14/15 (a)–(e): what a private
//! entity in possession of biometric identifiers (a scan of face geometry) must do.
//!
//! See `README.md` beside this file for what each obligation checks and why.

use frt_sdk::prelude::*;

/// The instrument id.
pub const INSTRUMENT: &str = "US-IL-BIPA";

/// Three years, the longest BIPA lets data outlive the last interaction (14/15(a)).
pub const THREE_YEARS_DAYS: u64 = 3 * 365;

/// 15(a): a written retention and destruction policy available to the public.
pub const POLICY: Obligation = Obligation::new("us-il-bipa-15a-policy", "15(a)")
    .severity(Severity::Medium)
    .title(
        "Public written retention policy",
        "公开的书面保存与销毁政策",
    );

/// 15(a): destruction when the purpose is met or within three years of the last interaction.
pub const DESTRUCTION: Obligation = Obligation::new("us-il-bipa-15a-destruction", "15(a)").title(
    "Destroyed at purpose end or within three years",
    "目的实现时或最后一次互动后三年内销毁",
);

/// 15(b)(1)–(2): written notice of collection, purpose and term, before collection.
pub const NOTICE: Obligation = Obligation::new("us-il-bipa-15b-notice", "15(b)")
    .title("Written notice before collection", "采集前书面告知");

/// 15(b)(3): a written release before collection.
pub const RELEASE: Obligation = Obligation::new("us-il-bipa-15b-release", "15(b)")
    .title("Written release before collection", "采集前取得书面授权");

/// 15(c): no sale, lease, trade or profit.
pub const NO_SALE: Obligation = Obligation::new("us-il-bipa-15c-no-sale", "15(c)")
    .severity(Severity::Blocking)
    .title("No sale or profit", "不得出售或牟利");

/// 15(d): disclosure only on a listed ground.
pub const DISCLOSURE: Obligation = Obligation::new("us-il-bipa-15d-disclosure", "15(d)")
    .title("Disclosure only on a listed ground", "仅依法定事由披露");

/// 15(e): reasonable care, at least as for other confidential information.
pub const CARE: Obligation = Obligation::new("us-il-bipa-15e-care", "15(e)")
    .severity(Severity::Medium)
    .title("Reasonable standard of care", "合理注意标准");

/// The rule.
#[derive(Debug)]
pub struct Bipa15;

impl Rule for Bipa15 {
    fn describe() -> RuleDescription {
        describe("us-il-bipa-15", "0.1.0", INSTRUMENT)
            .title(
                "Illinois BIPA: retention, notice and release, no sale, disclosure, care",
                "伊利诺伊州《生物识别信息隐私法》：保存、告知与授权、禁止出售、披露、注意义务",
            )
            .article("15(a)", "A private entity in possession of biometric identifiers or biometric information must develop a written policy, made available to the public, establishing a retention schedule and guidelines for permanently destroying them when the initial purpose for collecting or obtaining them has been satisfied or within 3 years of the individual's last interaction with the private entity, whichever occurs first.", "私营实体须制定并公开书面政策，规定保存期限，并在收集目的实现时或个人最后一次与该实体互动后三年内（以先到者为准）永久销毁生物识别信息。")
            .article("15(b)", "No private entity may collect, capture, purchase, receive through trade, or otherwise obtain a person's biometric identifier or biometric information unless it first: (1) informs the subject in writing that it is being collected or stored; (2) informs the subject in writing of the specific purpose and length of term for which it is being collected, stored, and used; and (3) receives a written release executed by the subject.", "私营实体在采集前须：(1)书面告知正在采集或存储；(2)书面告知具体目的和期限；(3)取得本人签署的书面授权。")
            .article("15(c)", "No private entity in possession of a biometric identifier or biometric information may sell, lease, trade, or otherwise profit from it.", "私营实体不得出售、出租、交易生物识别信息或以其他方式从中牟利。")
            .article("15(d)", "No private entity in possession of a biometric identifier or biometric information may disclose, redisclose, or otherwise disseminate it unless the subject consents, the disclosure completes a financial transaction the subject requested, it is required by law, or it is required by a valid warrant or subpoena.", "除经本人同意、为完成本人请求的金融交易、法律要求或依有效令状、传票外，不得披露或传播生物识别信息。")
            .article("15(e)", "A private entity in possession of a biometric identifier or biometric information shall store, transmit, and protect it from disclosure using the reasonable standard of care within the private entity's industry, and in a manner that is the same as or more protective than the manner in which it stores, transmits, and protects other confidential and sensitive information.", "私营实体须以本行业合理注意标准存储、传输和保护生物识别信息，且保护程度不低于其他机密敏感信息。")
            .jurisdiction("US", Some("US-IL"), None)
            .effective_from(Date::new(2008, 10, 3).expect("a valid date"))
            .source("http://ilga.gov/legislation/ilcs/fulltext.asp?DocName=074000140K15")
            .source("http://laws9.com/statutes/illinois/chapter740/3004")
            .source("https://www.lexology.com/library/detail.aspx?g=856bff63-3c27-4fec-b462-9de24d6a065f")
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[
            POLICY,
            DESTRUCTION,
            NOTICE,
            RELEASE,
            NO_SALE,
            DISCLOSURE,
            CARE,
        ]
    }

    fn check(input: &Input) -> Vec<Finding> {
        law::decide::<Self>(input, |input| {
            if input.handler.as_ref().and_then(|h| h.sector) == Some(Sector::Government) {
                return Self::obligations()
                    .iter()
                    .map(|o| {
                        law::not_applicable(
                            o,
                            ("BIPA binds private entities; a State or local government agency is excluded (14/10).", "BIPA约束私营实体；州或地方政府机构不在其列（14/10）。"),
                            &["/handler/sector"],
                        )
                    })
                    .collect();
            }
            vec![
                policy(input),
                destruction(input),
                notice(input),
                release(input),
                no_sale(input),
                disclosure(input),
                care(input),
            ]
        })
    }
}

frt_sdk::export_rule!(Bipa15);

fn policy(input: &Input) -> Finding {
    let public = input
        .storage
        .as_ref()
        .and_then(|s| s.retention_policy_public);
    law::require(
        &POLICY,
        public,
        &["/storage/retention_policy_public"],
        &Words {
            met: (
                "A written retention and destruction policy is available to the public.",
                "已公开书面保存与销毁政策。",
            ),
            unmet: (
                "No written retention and destruction policy is available to the public, which 14/15(a) requires of every private entity holding face geometry.",
                "未公开书面保存与销毁政策，违反14/15(a)。",
            ),
            unknown: (
                "Whether a written retention and destruction policy is available to the public is not stated.",
                "未说明是否公开书面保存与销毁政策。",
            ),
            fix: (
                "Publish a written retention schedule and destruction guidelines, and state `storage.retention_policy_public`.",
                "公开书面保存期限和销毁规则，并填写 `storage.retention_policy_public`。",
            ),
        },
    )
}

fn destruction(input: &Input) -> Finding {
    let storage = input.storage.clone().unwrap_or_default();
    let evidence = [
        "/storage/deleted_when_purpose_ends",
        "/storage/days_kept_after_last_interaction",
        "/storage/retention_indefinite",
    ];
    let within = storage
        .days_kept_after_last_interaction
        .map(|d| d <= THREE_YEARS_DAYS);
    let holds = if storage.retention_indefinite == Some(true)
        || storage.deleted_when_purpose_ends == Some(false)
        || within == Some(false)
    {
        Some(false)
    } else {
        (storage.deleted_when_purpose_ends == Some(true) && within == Some(true)).then_some(true)
    };
    law::require(
        &DESTRUCTION,
        holds,
        &evidence,
        &Words {
            met: (
                "Face data is destroyed when its purpose is met and never kept beyond three years after the last interaction.",
                "人脸数据在目的实现时销毁，且不超过最后一次互动后三年。",
            ),
            unmet: (
                "Face data is kept past its purpose, without limit, or longer than three years after the person's last interaction, which 14/15(a) forbids.",
                "人脸数据在目的实现后仍保存、无期限保存或超过最后一次互动后三年，违反14/15(a)。",
            ),
            unknown: (
                "Whether face data is destroyed at the end of its purpose and within three years of the last interaction is not stated.",
                "未说明人脸数据是否在目的实现时且在最后一次互动后三年内销毁。",
            ),
            fix: (
                "Destroy face data when the purpose is met and at most three years after the last interaction; state `storage.deleted_when_purpose_ends` and `storage.days_kept_after_last_interaction`.",
                "在目的实现时且最迟于最后一次互动后三年内销毁，并填写 `storage.deleted_when_purpose_ends` 和 `storage.days_kept_after_last_interaction`。",
            ),
        },
    )
}

fn notice(input: &Input) -> Finding {
    let n = input.notice.clone().unwrap_or_default();
    let states = |c: NoticeContent| n.contents.as_ref().map(|list| list.contains(&c));
    let facts = [
        n.given,
        n.in_writing,
        n.before_processing,
        states(NoticeContent::Purpose),
        states(NoticeContent::RetentionPeriod),
    ];
    let holds = if facts.contains(&Some(false)) {
        Some(false)
    } else {
        facts.iter().all(|f| *f == Some(true)).then_some(true)
    };
    law::require(
        &NOTICE,
        holds,
        &[
            "/notice/given",
            "/notice/in_writing",
            "/notice/before_processing",
            "/notice/contents",
        ],
        &Words {
            met: (
                "People are told in writing, before capture, that face data is collected, for what purpose and for how long.",
                "采集前已书面告知采集事实、目的和期限。",
            ),
            unmet: (
                "People are not told in writing, before capture, that face data is collected, its purpose and how long it is kept, as 14/15(b)(1)–(2) require.",
                "采集前未书面告知采集事实、目的和期限，违反14/15(b)(1)–(2)。",
            ),
            unknown: (
                "Whether people are told in writing, before capture, of the collection, its purpose and its term is not fully stated.",
                "未完整说明采集前是否书面告知采集事实、目的和期限。",
            ),
            fix: (
                "Give a written notice before capture stating the collection, the specific purpose and the retention term; state `notice.in_writing`, `notice.before_processing` and `notice.contents`.",
                "采集前书面告知采集事实、具体目的和保存期限，并填写 `notice.in_writing`、`notice.before_processing` 和 `notice.contents`。",
            ),
        },
    )
}

fn release(input: &Input) -> Finding {
    let release = input.consent.as_ref().and_then(|c| c.written_release);
    law::require(
        &RELEASE,
        release,
        &["/consent/written_release"],
        &Words {
            met: (
                "A written release is obtained from each person before capture.",
                "采集前已取得本人书面授权。",
            ),
            unmet: (
                "Face geometry is captured without a written release executed by the person, which 14/15(b)(3) requires before any capture.",
                "未取得本人签署的书面授权即采集面部几何特征，违反14/15(b)(3)。",
            ),
            unknown: (
                "Whether a written release is obtained before capture is not stated.",
                "未说明采集前是否取得书面授权。",
            ),
            fix: (
                "Obtain a written release (for employees, one executed as a condition of employment) before the first capture, and state `consent.written_release`.",
                "首次采集前取得书面授权（雇员可在雇佣条件中签署），并填写 `consent.written_release`。",
            ),
        },
    )
}

fn no_sale(input: &Input) -> Finding {
    let sold = input.disclosure.as_ref().and_then(|d| d.sold);
    law::require(
        &NO_SALE,
        sold.map(|s| !s),
        &["/disclosure/sold"],
        &Words {
            met: (
                "Face data is not sold, leased, traded or otherwise turned to profit.",
                "人脸数据未被出售、出租、交易或用于牟利。",
            ),
            unmet: (
                "Face data is sold, leased, traded or otherwise turned to profit, which 14/15(c) forbids outright.",
                "人脸数据被出售、出租、交易或用于牟利，14/15(c)明确禁止。",
            ),
            unknown: (
                "Whether face data is sold or otherwise turned to profit is not stated.",
                "未说明人脸数据是否被出售或用于牟利。",
            ),
            fix: (
                "Stop any sale or profit from face data, and state `disclosure.sold`.",
                "停止出售或利用人脸数据牟利，并填写 `disclosure.sold`。",
            ),
        },
    )
}

fn disclosure(input: &Input) -> Finding {
    let holds = facts::disclosure_grounded(input);
    law::require(
        &DISCLOSURE,
        holds,
        &["/disclosure/disclosed", "/disclosure/grounds"],
        &Words {
            met: (
                "Face data is disclosed to no one, or only on a ground 14/15(d) lists.",
                "人脸数据未被披露，或仅依14/15(d)所列事由披露。",
            ),
            unmet: (
                "Face data is disclosed to others without consent, a requested financial transaction, a law or a warrant or subpoena, which 14/15(d) forbids.",
                "人脸数据在无同意、无请求的金融交易、无法律要求或令状传票的情况下被披露，违反14/15(d)。",
            ),
            unknown: (
                "Whether face data is disclosed, and on what ground, is not stated.",
                "未说明人脸数据是否被披露及其事由。",
            ),
            fix: (
                "Disclose face data only with consent or another 14/15(d) ground; state `disclosure.disclosed` and `disclosure.grounds`.",
                "仅在取得同意或具备14/15(d)其他事由时披露，并填写 `disclosure.disclosed` 和 `disclosure.grounds`。",
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
                "Face data is protected with the industry's reasonable care and at least as well as other confidential data.",
                "人脸数据按行业合理注意标准保护，且不低于其他机密信息。",
            ),
            unmet: (
                "Face data is protected less well than the industry's reasonable care or than other confidential data, contrary to 14/15(e).",
                "人脸数据的保护低于行业合理注意标准或其他机密信息，违反14/15(e)。",
            ),
            unknown: (
                "Whether face data is protected with reasonable care and as well as other confidential data is not stated.",
                "未说明人脸数据是否按合理注意标准并不低于其他机密信息进行保护。",
            ),
            fix: (
                "Protect face data at least as well as other confidential data, and state `security.protected_as_confidential`.",
                "对人脸数据的保护不低于其他机密信息，并填写 `security.protected_as_confidential`。",
            ),
        },
    )
}
