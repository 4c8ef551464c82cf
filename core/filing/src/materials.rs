//! The five materials of Art. 15(1) and the declaration fields that speak to each.

use frt_model::{FilingMaterial, Localized};

/// A declaration field a material draws on: its JSON Pointer and what it is called in
/// English and Chinese.
pub(crate) type Field = (&'static str, &'static str, &'static str);

/// The material's title as Art. 15(1) words it.
pub(crate) fn title(m: FilingMaterial) -> Localized {
    let (en, zh) = match m {
        FilingMaterial::HandlerInfo => (
            "(1) Basic information on the personal information handler",
            "（一）个人信息处理者的基本情况",
        ),
        FilingMaterial::PurposeAndMethod => (
            "(2) Purpose and method of processing face information",
            "（二）人脸信息处理目的和处理方式",
        ),
        FilingMaterial::CountAndSafeguards => (
            "(3) Quantity of face information stored and security protection measures",
            "（三）人脸信息存储数量和安全保护措施",
        ),
        FilingMaterial::RulesAndProcedures => (
            "(4) Processing rules and operating procedures for face information",
            "（四）人脸信息的处理规则和操作规程",
        ),
        FilingMaterial::ImpactAssessment => (
            "(5) Personal information protection impact assessment report",
            "（五）个人信息保护影响评估报告",
        ),
    };
    Localized::new(en, zh)
}

/// The document the handler prepares for the material, beyond what the declaration states.
pub(crate) fn document(m: FilingMaterial) -> Localized {
    let (en, zh) = match m {
        FilingMaterial::HandlerInfo => (
            "The handler's registration details, a contact person and, for an entrusted processor, the principal handler.",
            "处理者的登记信息、联系人；受托处理的，还需写明委托方处理者。",
        ),
        FilingMaterial::PurposeAndMethod => (
            "A description of the specific purpose, why face recognition is necessary, and how faces are captured and compared.",
            "说明具体处理目的、使用人脸识别的必要性以及人脸采集和比对方式。",
        ),
        FilingMaterial::CountAndSafeguards => (
            "The number of persons stored and the security measures (encryption, audit, access control, authorisation management, intrusion detection) with the classified protection level.",
            "存储人数及安全保护措施（加密、安全审计、访问控制、授权管理、入侵检测）和网络安全等级保护级别。",
        ),
        FilingMaterial::RulesAndProcedures => (
            "The written processing rules and operating procedures for face information; the declaration records only parts of them.",
            "书面的人脸信息处理规则和操作规程；声明仅记录其中部分内容。",
        ),
        FilingMaterial::ImpactAssessment => (
            "The personal information protection impact assessment report itself.",
            "个人信息保护影响评估报告原件。",
        ),
    };
    Localized::new(en, zh)
}

/// The declaration fields each material draws on.
pub(crate) fn fields(m: FilingMaterial) -> &'static [Field] {
    match m {
        FilingMaterial::HandlerInfo => &[
            ("/handler/name", "legal name", "名称"),
            ("/handler/contact", "contact", "联系方式"),
            ("/handler/role", "role", "身份"),
            ("/handler/sector", "sector", "行业"),
            ("/jurisdiction/region", "region", "所在省份"),
            ("/jurisdiction/city", "city", "所在城市"),
        ],
        FilingMaterial::PurposeAndMethod => &[
            ("/activity/purpose", "purpose", "处理目的"),
            ("/activity/purpose_category", "kind of purpose", "目的类别"),
            ("/activity/necessity", "necessity", "必要性"),
            ("/activity/modes", "comparison modes", "比对方式"),
            ("/activity/capture", "capture", "采集方式"),
            ("/activity/identity_source", "compared against", "比对来源"),
            ("/legal_basis/basis", "legal basis", "处理依据"),
        ],
        FilingMaterial::CountAndSafeguards => &[
            ("/subjects/persons_stored", "persons stored", "存储人数"),
            ("/storage/location", "storage location", "存储位置"),
            (
                "/storage/retention_days",
                "retention (days)",
                "保存期限（天）",
            ),
            ("/security/measures", "security measures", "安全措施"),
            (
                "/security/mlps_level",
                "classified protection level",
                "等级保护级别",
            ),
        ],
        FilingMaterial::RulesAndProcedures => &[
            ("/notice/contents", "what the notice states", "告知内容"),
            ("/consent/separate", "separate consent", "单独同意"),
            (
                "/consent/withdrawal_channel",
                "how to withdraw consent",
                "撤回同意的方式",
            ),
            (
                "/storage/deleted_when_purpose_ends",
                "deleted when the purpose ends",
                "目的实现后删除",
            ),
            (
                "/assessment/records_kept",
                "processing recorded",
                "处理情况记录",
            ),
        ],
        FilingMaterial::ImpactAssessment => &[
            ("/assessment/completed_on", "completed on", "完成日期"),
            ("/assessment/covers", "what it covers", "评估内容"),
            (
                "/assessment/retained_years",
                "kept for (years)",
                "保存期限（年）",
            ),
        ],
    }
}
