//! Art. 14 of the Measures: the security measures of a face recognition system, and classified
//! protection.
//!
//! > 第十四条 人脸识别技术应用系统应当采取数据加密、安全审计、访问控制、授权管理、入侵检测和
//! > 防御等措施保护人脸信息安全。涉及网络安全等级保护、关键信息基础设施的，应当按照国家有关
//! > 规定履行网络安全等级保护、关键信息基础设施保护义务。
//!
//! Each of the five named measures is its own obligation, so a report shows one finding per
//! missing measure. See `README.md` beside this file for what each obligation checks and why.

use frt_sdk::prelude::*;

/// Data encryption (数据加密).
pub const ENCRYPTION: Obligation =
    Obligation::new("cn-frt-14-encryption", "14").title("Data encryption", "数据加密");

/// Security audit (安全审计).
pub const SECURITY_AUDIT: Obligation =
    Obligation::new("cn-frt-14-security-audit", "14").title("Security audit", "安全审计");

/// Access control (访问控制).
pub const ACCESS_CONTROL: Obligation =
    Obligation::new("cn-frt-14-access-control", "14").title("Access control", "访问控制");

/// Authorisation management (授权管理).
pub const AUTHORIZATION_MANAGEMENT: Obligation =
    Obligation::new("cn-frt-14-authorization-management", "14")
        .title("Authorisation management", "授权管理");

/// Intrusion detection and prevention (入侵检测和防御).
pub const INTRUSION_DETECTION: Obligation = Obligation::new("cn-frt-14-intrusion-detection", "14")
    .title("Intrusion detection and prevention", "入侵检测和防御");

/// Classified protection (网络安全等级保护): the system is graded and the level filed.
pub const CLASSIFIED_PROTECTION: Obligation =
    Obligation::new("cn-frt-14-classified-protection", "14")
        .severity(Severity::Medium)
        .title(
            "Classified protection graded and filed",
            "履行网络安全等级保护义务",
        );

/// The rule.
#[derive(Debug)]
pub struct Art14;

impl Rule for Art14 {
    fn describe() -> RuleDescription {
        describe("cn-frt-art14", "0.1.0", measures::INSTRUMENT)
            .title(
                "Security measures of face recognition systems",
                "人脸识别技术应用系统的安全保护措施",
            )
            .article(
                "14",
                "A face recognition technology application system shall take measures such as data encryption, security audit, access control, authorisation management, and intrusion detection and prevention to protect the security of face information. Where classified protection of cybersecurity or critical information infrastructure is involved, the obligations of classified protection of cybersecurity and of critical information infrastructure protection shall be performed in accordance with the relevant provisions of the State.",
                "人脸识别技术应用系统应当采取数据加密、安全审计、访问控制、授权管理、入侵检测和防御等措施保护人脸信息安全。涉及网络安全等级保护、关键信息基础设施的，应当按照国家有关规定履行网络安全等级保护、关键信息基础设施保护义务。",
            )
            .jurisdiction("CN", None, None)
            .effective_from(measures::in_force())
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[
            ENCRYPTION,
            SECURITY_AUDIT,
            ACCESS_CONTROL,
            AUTHORIZATION_MANAGEMENT,
            INTRUSION_DETECTION,
            CLASSIFIED_PROTECTION,
        ]
    }

    fn check(input: &Input) -> Vec<Finding> {
        measures::decide(input, Self::obligations(), |input| {
            let security = input.security.clone().unwrap_or_default();
            let cii_operator = input.handler.as_ref().and_then(|h| h.cii_operator);
            let mut findings: Vec<Finding> = MEASURES
                .iter()
                .map(|m| measure(m, security.measures.as_deref()))
                .collect();
            findings.push(classified_protection(&security, cii_operator));
            findings
        })
    }
}

frt_sdk::export_rule!(Art14);

/// One of the five measures Art. 14 names, with what to do when it is missing.
struct Measure {
    obligation: Obligation,
    tag: SecurityMeasure,
    name: (&'static str, &'static str),
    fix: (&'static str, &'static str),
}

const MEASURES: [Measure; 5] = [
    Measure {
        obligation: ENCRYPTION,
        tag: SecurityMeasure::Encryption,
        name: ("data encryption", "数据加密"),
        fix: (
            "Encrypt face information at rest and in transit, keep the keys apart from the data, and add `encryption` to `security.measures`.",
            "对存储和传输中的人脸信息进行加密，密钥与数据分开保管，并在 `security.measures` 中加入 `encryption`。",
        ),
    },
    Measure {
        obligation: SECURITY_AUDIT,
        tag: SecurityMeasure::SecurityAudit,
        name: ("security auditing", "安全审计"),
        fix: (
            "Log every access to and operation on face information, review the logs regularly, and add `security_audit` to `security.measures`.",
            "记录对人脸信息的每次访问和操作并定期审计日志，并在 `security.measures` 中加入 `security_audit`。",
        ),
    },
    Measure {
        obligation: ACCESS_CONTROL,
        tag: SecurityMeasure::AccessControl,
        name: ("access control", "访问控制"),
        fix: (
            "Restrict access to face information to the systems and staff that need it, and add `access_control` to `security.measures`.",
            "将人脸信息的访问限于确有需要的系统和人员，并在 `security.measures` 中加入 `access_control`。",
        ),
    },
    Measure {
        obligation: AUTHORIZATION_MANAGEMENT,
        tag: SecurityMeasure::AuthorizationManagement,
        name: ("authorisation management", "授权管理"),
        fix: (
            "Grant, review and revoke permissions to process face information through a documented approval process on least privilege, and add `authorization_management` to `security.measures`.",
            "按最小权限原则，通过书面审批流程授予、复核和撤销处理人脸信息的权限，并在 `security.measures` 中加入 `authorization_management`。",
        ),
    },
    Measure {
        obligation: INTRUSION_DETECTION,
        tag: SecurityMeasure::IntrusionDetection,
        name: ("intrusion detection and prevention", "入侵检测和防御"),
        fix: (
            "Deploy intrusion detection and prevention on the systems and networks that hold face information, and add `intrusion_detection` to `security.measures`.",
            "在存储人脸信息的系统和网络上部署入侵检测和防御措施，并在 `security.measures` 中加入 `intrusion_detection`。",
        ),
    },
];

fn measure(m: &Measure, measures: Option<&[SecurityMeasure]>) -> Finding {
    let o = &m.obligation;
    let (en, zh) = m.name;
    let finding = match measures {
        None => o
            .needs_review(
                format!("The security measures of the face recognition system are not stated, so whether it uses {en} is unknown."),
                format!("未说明人脸识别技术应用系统采取的安全措施，无法判断是否采取{zh}措施。"),
            )
            .remediation(
                "State `security.measures`: the measures among `encryption`, `security_audit`, `access_control`, `authorization_management` and `intrusion_detection` the system takes.",
                "填写 `security.measures`：系统在 `encryption`、`security_audit`、`access_control`、`authorization_management`、`intrusion_detection` 中采取了哪些措施。",
            ),
        Some(list) if list.contains(&m.tag) => o.satisfied(
            format!("The face recognition system uses {en} (`{}`) to protect face information.", m.tag),
            format!("人脸识别技术应用系统已采取{zh}措施（`{}`）保护人脸信息安全。", m.tag),
        ),
        Some(_) => o
            .violation(
                format!("The face recognition system does not use {en}: `{}` is missing from `security.measures`, and Art. 14 requires it to protect face information.", m.tag),
                format!("人脸识别技术应用系统未采取{zh}措施：`security.measures` 中缺少 `{}`，第十四条要求采取该措施保护人脸信息安全。", m.tag),
            )
            .remediation(m.fix.0, m.fix.1),
    };
    finding.evidence("/security/measures").into()
}

fn classified_protection(security: &Security, cii_operator: Option<bool>) -> Finding {
    let o = &CLASSIFIED_PROTECTION;
    let finding = match (security.mlps_level, security.mlps_filed) {
        (None, _) => o
            .needs_review(
                "The system's classified protection level (等级保护) is not stated, so whether the classified-protection duties are performed is unknown.",
                "未说明系统的网络安全等级保护级别，无法判断是否履行网络安全等级保护义务。",
            )
            .remediation(
                "Grade the system under the classified protection scheme, file the level with the public security organ where required, and state `security.mlps_level` and `security.mlps_filed`.",
                "按网络安全等级保护制度对系统定级，依规向公安机关备案，并填写 `security.mlps_level` 和 `security.mlps_filed`。",
            )
            .evidence("/security/mlps_level"),
        (Some(level), Some(true)) => o.satisfied(
            format!("The system is graded at classified protection level {level} and the level is filed with the public security organ."),
            format!("系统已定为网络安全等级保护第{}级，并已向公安机关备案。", level_zh(level)),
        ),
        (Some(level), None) => o
            .needs_review(
                format!("The system is graded at classified protection level {level}, but whether the level is filed with the public security organ is not stated."),
                format!("系统已定为网络安全等级保护第{}级，但未说明是否已向公安机关备案。", level_zh(level)),
            )
            .remediation("State `security.mlps_filed`.", "填写 `security.mlps_filed`。"),
        (Some(1), Some(false)) => o
            .needs_review(
                "The system is graded at classified protection level 1 and the level is not filed. The national rules ask for filing from level 2, but a system holding face information, which is sensitive personal information, is usually graded at level 2 or above; a reviewer confirms the grading.",
                "系统定为网络安全等级保护第一级且未备案。国家有关规定要求第二级以上备案，但存储人脸信息（敏感个人信息）的系统通常应定为第二级以上；需人工复核定级是否恰当。",
            )
            .remediation(
                "Have the grading reviewed by experts; if the system is level 2 or above, file the level with the public security organ.",
                "请专家评审定级结果；如系统应为第二级以上，向公安机关办理备案。",
            ),
        (Some(level), Some(false)) => o
            .violation(
                format!("The system is graded at classified protection level {level}, but the level is not filed with the public security organ, as the national classified-protection rules require."),
                format!("系统已定为网络安全等级保护第{}级，但未按国家有关规定向公安机关备案。", level_zh(level)),
            )
            .remediation(
                "File the classified protection level with the local public security organ, carry out the level's assessment, and state `security.mlps_filed: true`.",
                "向所在地公安机关办理等级保护备案，开展相应等级测评，并填写 `security.mlps_filed: true`。",
            ),
    };
    let finding = finding.evidence_all(["/security/mlps_level", "/security/mlps_filed"]);
    if cii_operator == Some(true) {
        let mut finding: Finding = finding.evidence("/handler/cii_operator").into();
        finding.message.en.push_str(" The handler also operates critical information infrastructure, so the critical-information-infrastructure protection duties apply as well; they are not checked here.");
        finding
            .message
            .zh
            .push_str("该处理者同时为关键信息基础设施运营者，还应履行关键信息基础设施保护义务；本检查不涵盖该部分。");
        return finding;
    }
    finding.into()
}

/// A classified protection level in Chinese numerals, as the scheme writes it (第三级).
fn level_zh(level: u8) -> String {
    match level {
        1 => "一".to_owned(),
        2 => "二".to_owned(),
        3 => "三".to_owned(),
        4 => "四".to_owned(),
        5 => "五".to_owned(),
        other => other.to_string(),
    }
}
