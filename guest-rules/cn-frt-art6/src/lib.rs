//! Art. 6 of the Measures: separate, informed, voluntary and explicit consent, and a
//! convenient way to withdraw it.
//!
//! > 第六条 基于个人同意处理人脸信息的，应当取得个人在充分知情的前提下自愿、明确作出的单独
//! > 同意。法律、行政法规规定处理人脸信息应当取得个人书面同意的，从其规定。
//! > 基于个人同意处理人脸信息的，个人有权撤回同意，个人信息处理者应当提供便捷的撤回同意的
//! > 方式。个人撤回同意，不影响撤回前基于个人同意已进行的个人信息处理活动的效力。
//!
//! The article applies only where processing rests on consent (`legal_basis.basis:
//! consent`). Whether consent is *informed* is judged on Art. 5's notice, decided by
//! [`frt_sdk::notice`] exactly as the Art. 5 rule decides it. See `README.md`.

use frt_sdk::notice::{self, Duty, Outcome};
use frt_sdk::prelude::*;
use frt_sdk::text::and_list;

/// The legal basis is stated, and cited where it rests on law; it decides whether Art. 6
/// applies.
pub const LEGAL_BASIS: Obligation = Obligation::new("cn-frt-6-legal-basis", "6")
    .paragraph(1)
    .title("Legal basis stated", "处理依据明确");

/// 6(1): a separate consent, fully informed, voluntary and explicit.
pub const CONSENT: Obligation = Obligation::new("cn-frt-6-consent", "6").paragraph(1).title(
    "Separate, informed, voluntary and explicit consent",
    "充分知情、自愿、明确的单独同意",
);

/// 6(1): written consent where a law or administrative regulation requires it.
pub const WRITTEN: Obligation = Obligation::new("cn-frt-6-written", "6").paragraph(1).title(
    "Written consent where law requires",
    "法律规定时取得书面同意",
);

/// 6(2): a convenient way to withdraw consent.
pub const WITHDRAWAL: Obligation = Obligation::new("cn-frt-6-withdrawal", "6")
    .paragraph(2)
    .title("Convenient withdrawal", "提供便捷的撤回同意方式");

/// The rule.
#[derive(Debug)]
pub struct Art6;

impl Rule for Art6 {
    fn describe() -> RuleDescription {
        describe("cn-frt-art6", "0.1.0", measures::INSTRUMENT)
            .title("Separate consent and its withdrawal", "单独同意与撤回同意")
            .article(
                "6",
                "Where face information is processed on the basis of individual consent, a separate consent made voluntarily and explicitly by the individual on the premise of being fully informed shall be obtained. Where laws or administrative regulations provide that written consent of the individual shall be obtained for processing face information, those provisions prevail. Where face information is processed on the basis of individual consent, the individual has the right to withdraw consent, and the personal information handler shall provide a convenient way to withdraw it. Withdrawal of consent does not affect the validity of processing carried out on the basis of the consent before withdrawal.",
                "基于个人同意处理人脸信息的，应当取得个人在充分知情的前提下自愿、明确作出的单独同意。法律、行政法规规定处理人脸信息应当取得个人书面同意的，从其规定。\n基于个人同意处理人脸信息的，个人有权撤回同意，个人信息处理者应当提供便捷的撤回同意的方式。个人撤回同意，不影响撤回前基于个人同意已进行的个人信息处理活动的效力。",
            )
            .jurisdiction("CN", None, None)
            .effective_from(measures::in_force())
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[LEGAL_BASIS, CONSENT, WRITTEN, WITHDRAWAL]
    }

    fn check(input: &Input) -> Vec<Finding> {
        measures::decide(input, Self::obligations(), |input| {
            let basis = input.legal_basis.clone().unwrap_or_default();
            match basis.basis {
                Some(Basis::Consent) => {
                    let consent = input.consent.clone().unwrap_or_default();
                    vec![
                        LEGAL_BASIS
                            .satisfied(
                                "Processing rests on the individual's consent (`legal_basis.basis: consent`), so Art. 6 applies.",
                                "处理依据为个人同意（`legal_basis.basis: consent`），适用第六条。",
                            )
                            .evidence("/legal_basis/basis")
                            .into(),
                        consent_given(input, &consent),
                        written(&consent),
                        withdrawal(&consent),
                    ]
                }
                Some(other) => other_basis(other, basis.citation.as_deref()),
                None => basis_unknown(),
            }
        })
    }
}

frt_sdk::export_rule!(Art6);

/// The three consent duties, not applicable for `why`.
fn consent_duties_not_applicable(en: &str, zh: &str) -> [Finding; 3] {
    [&CONSENT, &WRITTEN, &WITHDRAWAL].map(|o| {
        o.not_applicable(en, zh)
            .evidence("/legal_basis/basis")
            .into()
    })
}

fn other_basis(basis: Basis, citation: Option<&str>) -> Vec<Finding> {
    let citation = citation.map(str::trim).filter(|c| !c.is_empty());
    let needs_citation = matches!(basis, Basis::StatutoryDuty | Basis::OtherLaw);
    let finding = match citation {
        None if needs_citation => LEGAL_BASIS
            .needs_review(
                format!("Processing rests on `{basis}`, not consent, but no law is cited (`legal_basis.citation` missing), so whether that basis holds cannot be checked."),
                format!("处理依据为 `{basis}` 而非个人同意，但未援引具体法律（缺少 `legal_basis.citation`），无法核实该依据是否成立。"),
            )
            .remediation(
                "Cite the law or administrative regulation that requires or allows the processing in `legal_basis.citation`; if none does, processing needs the individual's consent under Art. 6.",
                "在 `legal_basis.citation` 中写明要求或允许该处理的法律、行政法规；如无此依据，处理应当依照第六条取得个人同意。",
            )
            .evidence("/legal_basis/citation"),
        Some(law) => LEGAL_BASIS.not_applicable(
            format!("Processing rests on `{basis}` under `{law}`, not on consent, so the consent duties of Art. 6 do not apply."),
            format!("处理依据为 `{basis}`（`{law}`），并非个人同意，第六条关于同意的规定不适用。"),
        )
        .evidence("/legal_basis/citation"),
        None => LEGAL_BASIS.not_applicable(
            format!("Processing rests on `{basis}`, not on consent, so the consent duties of Art. 6 do not apply."),
            format!("处理依据为 `{basis}`，并非个人同意，第六条关于同意的规定不适用。"),
        ),
    };
    let mut findings = vec![finding.evidence("/legal_basis/basis").into()];
    findings.extend(consent_duties_not_applicable(
        &format!("Processing rests on `{basis}`, not on consent; Art. 6 governs only processing based on consent."),
        &format!("处理依据为 `{basis}`，并非个人同意；第六条仅适用于基于个人同意的处理。"),
    ));
    findings
}

fn basis_unknown() -> Vec<Finding> {
    let mut findings = vec![LEGAL_BASIS
        .needs_review(
            "The legal basis of processing is not stated (`legal_basis.basis` missing), so whether the consent duties of Art. 6 apply is unknown.",
            "未说明处理依据（缺少 `legal_basis.basis`），无法判断是否适用第六条关于同意的规定。",
        )
        .remediation(
            "State `legal_basis.basis`; if it is not `consent`, cite the law relied on in `legal_basis.citation`.",
            "填写 `legal_basis.basis`；如依据不是 `consent`，在 `legal_basis.citation` 中写明所依据的法律。",
        )
        .evidence("/legal_basis/basis")
        .into()];
    findings.extend(consent_duties_not_applicable(
        "Whether this duty applies depends on the legal basis, which is not stated; see `cn-frt-6-legal-basis`.",
        "本项义务是否适用取决于处理依据，而处理依据未说明；见 `cn-frt-6-legal-basis`。",
    ));
    findings
}

/// A consent quality stated as a boolean.
struct Quality {
    pointer: &'static str,
    value: Option<bool>,
    /// What it means when `false`, e.g. "it is bundled with other consents".
    not_en: &'static str,
    not_zh: &'static str,
}

/// Why consent is not, or may not be, fully informed: the Art. 5 notice duties that fall
/// short, with the status each gives here.
fn informed(input: &Input) -> Vec<(Duty, Outcome, Status)> {
    // For an entrusted processor the notice is the principal's duty: Art. 5 reports its
    // breaches for review, and so does this judgment, which rests on Art. 5's results.
    let entrusted =
        input.handler.as_ref().and_then(|h| h.role) == Some(HandlerRole::EntrustedProcessor);
    notice::shortfalls(input.notice.as_ref())
        .into_iter()
        .map(|(duty, outcome)| {
            let status = match outcome.status() {
                Status::Violation if entrusted => Status::NeedsReview,
                s => s,
            };
            (duty, outcome, status)
        })
        .collect()
}

/// Short descriptions of notice shortfalls, in English and Chinese.
fn shortfall_words(shortfalls: &[&(Duty, Outcome, Status)]) -> (String, String) {
    let en: Vec<_> = shortfalls
        .iter()
        .map(|(d, _, _)| format!("{} ({})", d.title().0, d.citation().0))
        .collect();
    let zh: Vec<_> = shortfalls
        .iter()
        .map(|(d, _, _)| format!("{}（{}）", d.title().1, d.citation().1))
        .collect();
    (en.join("; "), zh.join("；"))
}

fn consent_given(input: &Input, consent: &Consent) -> Finding {
    let qualities = [
        Quality {
            pointer: "/consent/separate",
            value: consent.separate,
            not_en: "it is not a separate consent for face processing (`consent.separate: false`)",
            not_zh: "未就人脸信息处理取得单独同意（`consent.separate: false`）",
        },
        Quality {
            pointer: "/consent/voluntary",
            value: consent.voluntary,
            not_en: "it is not freely given (`consent.voluntary: false`)",
            not_zh: "同意并非自愿作出（`consent.voluntary: false`）",
        },
        Quality {
            pointer: "/consent/explicit",
            value: consent.explicit,
            not_en: "it is not given by an explicit act (`consent.explicit: false`)",
            not_zh: "同意并非明确作出（`consent.explicit: false`）",
        },
    ];
    let shortfalls = informed(input);
    let mut wrong_en: Vec<String> = qualities
        .iter()
        .filter(|q| q.value == Some(false))
        .map(|q| q.not_en.to_owned())
        .collect();
    let mut wrong_zh: Vec<String> = qualities
        .iter()
        .filter(|q| q.value == Some(false))
        .map(|q| q.not_zh.to_owned())
        .collect();
    let breached: Vec<_> = shortfalls
        .iter()
        .filter(|s| s.2 == Status::Violation)
        .collect();
    if !breached.is_empty() {
        let (en, zh) = shortfall_words(&breached);
        wrong_en.push(format!(
            "it is not fully informed, because the Art. 5 notice falls short on {en}"
        ));
        wrong_zh.push(format!(
            "同意并非在充分知情的前提下作出，第五条的告知存在缺陷：{zh}"
        ));
    }
    let missing: Vec<_> = qualities
        .iter()
        .filter(|q| q.value.is_none())
        .map(|q| q.pointer)
        .collect();
    let undecided: Vec<_> = shortfalls
        .iter()
        .filter(|s| s.1.status() == Status::NeedsReview)
        .collect();
    let for_principal: Vec<_> = shortfalls
        .iter()
        .filter(|s| s.1.status() == Status::Violation && s.2 == Status::NeedsReview)
        .collect();
    let mut unknown_en: Vec<String> = Vec::new();
    let mut unknown_zh: Vec<String> = Vec::new();
    let mut fix_en: Vec<String> = Vec::new();
    let mut fix_zh: Vec<String> = Vec::new();
    if !missing.is_empty() {
        let names: Vec<_> = missing.iter().map(|p| format!("`{}`", field(p))).collect();
        let verb = if names.len() == 1 { "is" } else { "are" };
        unknown_en.push(format!("{} {verb} not stated", and_list(&names)));
        unknown_zh.push(format!("未说明 {}", names.join("、")));
        fix_en.push(format!("State {}.", and_list(&names)));
        fix_zh.push(format!("填写 {}。", names.join("、")));
    }
    if !undecided.is_empty() {
        let (en, zh) = shortfall_words(&undecided);
        unknown_en.push(format!("whether consent is fully informed is open, because the Art. 5 notice facts are not stated for {en}"));
        unknown_zh.push(format!(
            "无法判断同意是否在充分知情的前提下作出，因第五条告知的相关事实未说明：{zh}"
        ));
        fix_en.push("State the notice facts Art. 5 is decided on (`notice.given`, `notice.before_processing`, `notice.contents`).".to_owned());
        fix_zh.push("填写第五条告知的相关事实（`notice.given`、`notice.before_processing`、`notice.contents`）。".to_owned());
    }
    if !for_principal.is_empty() {
        let (en, zh) = shortfall_words(&for_principal);
        unknown_en.push(format!("whether consent is fully informed is for the principal to confirm, because the Art. 5 notice, the handler's duty, falls short on {en}"));
        unknown_zh.push(format!("同意是否在充分知情的前提下作出需由委托方确认，因第五条的告知（由个人信息处理者承担）存在缺陷：{zh}"));
        fix_en.push(
            "Ask the principal to complete the Art. 5 notice before consent is asked for."
                .to_owned(),
        );
        fix_zh.push("请委托方在征得同意前完整履行第五条的告知义务。".to_owned());
    }

    // The notice facts consent was judged on: those that fall short, or all of them.
    let notice_evidence: Vec<&str> = if shortfalls.is_empty() {
        Duty::ALL
            .iter()
            .flat_map(|d| d.evidence())
            .copied()
            .collect()
    } else {
        shortfalls
            .iter()
            .flat_map(|(d, o, _)| match o {
                Outcome::Unknown { missing } => missing.clone(),
                _ => d.evidence().to_vec(),
            })
            .collect()
    };
    let finding = if !wrong_en.is_empty() {
        let also = if unknown_en.is_empty() {
            (String::new(), String::new())
        } else {
            (
                format!(" Also open: {}.", unknown_en.join("; ")),
                format!("此外：{}。", unknown_zh.join("；")),
            )
        };
        CONSENT
            .violation(
                format!("Consent does not meet Art. 6(1): {}.{}", wrong_en.join("; "), also.0),
                format!("同意不符合第六条第一款：{}。{}", wrong_zh.join("；"), also.1),
            )
            .remediation(
                "Ask for a separate consent to face processing, by an explicit act (an unticked box, a button), with no penalty for refusing, after a complete Art. 5 notice; record it in `consent`.",
                "在完整履行第五条告知后，就人脸信息处理单独征得同意：须由个人主动明确作出（如未预先勾选的选项、按钮），拒绝不受不利影响；并在 `consent` 中记录。",
            )
    } else if !unknown_en.is_empty() {
        CONSENT
            .needs_review(
                format!(
                    "Whether consent meets Art. 6(1) cannot be decided: {}.",
                    unknown_en.join("; ")
                ),
                format!(
                    "无法判断同意是否符合第六条第一款：{}。",
                    unknown_zh.join("；")
                ),
            )
            .remediation(fix_en.join(" "), fix_zh.join(""))
    } else {
        CONSENT.satisfied(
            "Consent is a separate consent for face processing, freely given by an explicit act, after a notice that meets Art. 5(1) before processing and on items 1 to 4.",
            "已在符合第五条第一款（处理前告知及第一至四项）的告知后，取得个人自愿、明确作出的单独同意。",
        )
    };
    let evidence: Vec<&str> = qualities
        .iter()
        .filter(|q| q.value != Some(true))
        .map(|q| q.pointer)
        .collect();
    let evidence = if evidence.is_empty() {
        qualities.iter().map(|q| q.pointer).collect()
    } else {
        evidence
    };
    finding
        .evidence_all(evidence)
        .evidence_all(notice_evidence)
        .evidence("/legal_basis/basis")
        .into()
}

/// A JSON Pointer as a dotted field name, `/consent/separate` → `consent.separate`.
fn field(pointer: &str) -> String {
    pointer.trim_start_matches('/').replace('/', ".")
}

fn written(consent: &Consent) -> Finding {
    let law = consent
        .written_required_by
        .as_deref()
        .map(str::trim)
        .filter(|l| !l.is_empty());
    let Some(law) = law else {
        return WRITTEN
            .not_applicable(
                "No law or administrative regulation requiring written consent is cited (`consent.written_required_by` absent).",
                "未援引要求取得书面同意的法律、行政法规（未填写 `consent.written_required_by`）。",
            )
            .evidence("/consent/written_required_by")
            .into();
    };
    let finding = match consent.written {
        Some(true) => WRITTEN.satisfied(
            format!("`{law}` requires written consent, and consent is given in writing."),
            format!("`{law}` 要求取得书面同意，已取得书面同意。"),
        ),
        Some(false) => WRITTEN
            .violation(
                format!("`{law}` requires written consent, but consent is not given in writing (`consent.written: false`)."),
                format!("`{law}` 要求取得书面同意，但未取得书面同意（`consent.written: false`）。"),
            )
            .remediation(
                "Obtain consent in writing (a signed form or an equivalent electronic record) before processing, and set `consent.written`.",
                "在处理前以书面形式（签字表格或等效的电子记录）取得同意，并填写 `consent.written`。",
            ),
        None => WRITTEN
            .needs_review(
                format!("`{law}` requires written consent; whether consent is given in writing is not stated."),
                format!("`{law}` 要求取得书面同意，未说明是否已取得书面同意。"),
            )
            .remediation("State `consent.written`.", "填写 `consent.written`。"),
    };
    finding
        .evidence_all(["/consent/written_required_by", "/consent/written"])
        .into()
}

fn withdrawal(consent: &Consent) -> Finding {
    let evidence = [
        "/consent/withdrawal_available",
        "/consent/withdrawal_harder_than_consent",
    ];
    let channel = consent
        .withdrawal_channel
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty());
    let finding = match (consent.withdrawal_available, consent.withdrawal_harder_than_consent) {
        (Some(false), _) => WITHDRAWAL
            .violation(
                "People have no way to withdraw their consent (`consent.withdrawal_available: false`); Art. 6(2) requires a convenient one.",
                "个人无法撤回同意（`consent.withdrawal_available: false`）；第六条第二款要求提供便捷的撤回同意的方式。",
            )
            .remediation(
                "Provide a way to withdraw consent that is as easy as giving it (the same screen or app, one step), stop processing and delete the face information on withdrawal, and record it in `consent.withdrawal_available` and `consent.withdrawal_channel`.",
                "提供与给予同意同样便捷的撤回方式（同一界面或应用、一步完成），撤回后停止处理并删除人脸信息，并在 `consent.withdrawal_available`、`consent.withdrawal_channel` 中记录。",
            ),
        (None, _) => WITHDRAWAL
            .needs_review(
                "Whether people can withdraw their consent is not stated.",
                "未说明个人能否撤回同意。",
            )
            .remediation(
                "State `consent.withdrawal_available` and `consent.withdrawal_channel`.",
                "填写 `consent.withdrawal_available` 和 `consent.withdrawal_channel`。",
            ),
        (Some(true), Some(true)) => WITHDRAWAL
            .needs_review(
                "A way to withdraw consent exists, but it takes more effort than consenting (`consent.withdrawal_harder_than_consent: true`); a reviewer judges whether it is still the convenient way Art. 6(2) requires.",
                "已提供撤回同意的方式，但撤回比给予同意更为繁琐（`consent.withdrawal_harder_than_consent: true`）；需人工判断其是否仍属于第六条第二款要求的便捷方式。",
            )
            .remediation(
                "Make withdrawing as easy as consenting: the same channel and no more steps.",
                "使撤回同意与给予同意同样便捷：相同渠道，步骤不多于给予同意。",
            ),
        (Some(true), None) => WITHDRAWAL
            .needs_review(
                "A way to withdraw consent exists, but whether it takes more effort than consenting is not stated.",
                "已提供撤回同意的方式，但未说明撤回是否比给予同意更为繁琐。",
            )
            .remediation(
                "State `consent.withdrawal_harder_than_consent`.",
                "填写 `consent.withdrawal_harder_than_consent`。",
            ),
        (Some(true), Some(false)) => match channel {
            Some(c) => WITHDRAWAL.satisfied(
                format!("People can withdraw consent (`{c}`) as easily as they gave it."),
                format!("个人可以撤回同意（`{c}`），且撤回与给予同意同样便捷。"),
            ),
            None => WITHDRAWAL.satisfied(
                "People can withdraw consent as easily as they gave it.",
                "个人可以撤回同意，且撤回与给予同意同样便捷。",
            ),
        },
    };
    finding.evidence_all(evidence).into()
}
