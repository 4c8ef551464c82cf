//! Provisions of the Supreme People's Court on civil cases involving face recognition
//! (《最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定》),
//! Arts. 2 and 4: the acts a court holds to infringe personality rights, and the consent a
//! court will not accept as a defence.
//!
//! > 第二条 信息处理者处理人脸信息有下列情形之一的，人民法院应当认定属于侵害自然人人格权益的
//! > 行为：……（二）未公开处理人脸信息的规则或者未明示处理的目的、方式、范围；（三）基于个人
//! > 同意处理人脸信息的，未征得自然人或者其监护人的单独同意，或者未按照法律、行政法规的规定征得
//! > 自然人或者其监护人的书面同意；（四）违反信息处理者明示或者双方约定的处理人脸信息的目的、
//! > 方式、范围等；……（六）违反法律、行政法规的规定或者双方的约定，向他人提供人脸信息；……
//! >
//! > 第四条 有下列情形之一，信息处理者以已征得自然人或者其监护人同意为由抗辩的，人民法院不予
//! > 支持：（一）信息处理者要求自然人同意处理其人脸信息才提供产品或者服务的，但是处理人脸信息
//! > 属于提供产品或者服务所必需的除外；（二）信息处理者以与其他授权捆绑等方式要求自然人同意处理
//! > 其人脸信息的；（三）强迫或者变相强迫自然人同意处理其人脸信息的其他情形。
//!
//! The two articles are one test of the same facts: Art. 2 names the infringing acts, Art. 4
//! takes away the consent that would answer them. Where the Measures decide the same fact
//! (Arts. 5, 6, 7 and 12), the finding says so and reaches the same verdict. See `README.md`
//! beside this file for what each obligation checks, what it adds, and what it leaves out.

use frt_sdk::notice::{self, Duty, Outcome};
use frt_sdk::prelude::*;

/// The instrument id.
pub const INSTRUMENT: &str = "CN-SPC-FRT-2021";

/// 2(2): processing rules published, purpose, method and scope stated.
pub const RULES_PUBLISHED: Obligation = Obligation::new("cn-spc-2-2-rules-published", "2")
    .item(2)
    .title(
        "Processing rules published; purpose, method and scope stated",
        "公开处理规则并明示处理目的、方式、范围",
    );

/// 2(3): separate consent of the person or their guardian; written consent where law
/// requires it.
pub const CONSENT: Obligation = Obligation::new("cn-spc-2-3-consent", "2").item(3).title(
    "Separate (or written) consent of the person or guardian",
    "征得自然人或者其监护人的单独同意或书面同意",
);

/// 2(4): processing kept to the purpose, method and scope stated.
pub const PURPOSE_KEPT: Obligation = Obligation::new("cn-spc-2-4-purpose-kept", "2")
    .item(4)
    .title(
        "Kept to the stated purpose, method and scope",
        "不违反明示或约定的处理目的、方式、范围",
    );

/// 2(6): face information given to others only as law or agreement allows.
pub const PROVISION: Obligation = Obligation::new("cn-spc-2-6-provision", "2").item(6).title(
    "Given to others only as law or agreement allows",
    "不违法或违约向他人提供人脸信息",
);

/// 4(1): consent is not made a condition of a product or service it is not necessary for.
pub const NOT_A_CONDITION: Obligation = Obligation::new("cn-spc-4-1-not-a-condition", "4")
    .item(1)
    .title(
        "Consent not a condition of the service",
        "不以同意处理人脸信息作为提供产品或服务的条件",
    );

/// 4(2): consent is not bundled with other authorisations.
pub const NOT_BUNDLED: Obligation = Obligation::new("cn-spc-4-2-not-bundled", "4")
    .item(2)
    .title("Consent not bundled", "不与其他授权捆绑");

/// 4(3): consent is not forced, openly or in disguise.
pub const NOT_FORCED: Obligation = Obligation::new("cn-spc-4-3-not-forced", "4")
    .item(3)
    .title("Consent not forced", "不强迫或者变相强迫同意");

/// The rule.
#[derive(Debug)]
pub struct Art2And4;

impl Rule for Art2And4 {
    fn describe() -> RuleDescription {
        describe("cn-spc-2021-art2-4", "0.1.0", INSTRUMENT)
            .title(
                "SPC 2021: infringing face processing, and consent that is no defence",
                "最高法2021年司法解释：侵害人格权益的人脸信息处理及无效的同意抗辩",
            )
            .article(
                "2",
                "Where an information processor processes face information in any of the following circumstances, the people's court shall find it an infringement of a natural person's personality rights and interests: (1) using face recognition for face verification, identification or analysis in business premises and public places such as hotels, shopping malls, banks, stations, airports, sports venues and entertainment venues in violation of laws or administrative regulations; (2) not disclosing the rules for processing face information, or not expressly stating the purpose, method and scope of processing; (3) where face information is processed on the basis of consent, not obtaining the separate consent of the natural person or their guardian, or not obtaining their written consent as laws or administrative regulations require; (4) violating the purpose, method or scope of processing the processor stated or the parties agreed; (5) failing to take the technical or other necessary measures to secure the face information it collects and stores, so that face information is leaked, altered or lost; (6) providing face information to others in violation of laws, administrative regulations or the parties' agreement; (7) processing face information against public order and good morals; (8) other processing that violates the principles of legality, propriety and necessity.",
                "信息处理者处理人脸信息有下列情形之一的，人民法院应当认定属于侵害自然人人格权益的行为：\n（一）在宾馆、商场、银行、车站、机场、体育场馆、娱乐场所等经营场所、公共场所违反法律、行政法规的规定使用人脸识别技术进行人脸验证、辨识或者分析；\n（二）未公开处理人脸信息的规则或者未明示处理的目的、方式、范围；\n（三）基于个人同意处理人脸信息的，未征得自然人或者其监护人的单独同意，或者未按照法律、行政法规的规定征得自然人或者其监护人的书面同意；\n（四）违反信息处理者明示或者双方约定的处理人脸信息的目的、方式、范围等；\n（五）未采取应有的技术措施或者其他必要措施确保其收集、存储的人脸信息安全，致使人脸信息泄露、篡改、丢失；\n（六）违反法律、行政法规的规定或者双方的约定，向他人提供人脸信息；\n（七）违背公序良俗处理人脸信息；\n（八）违反合法、正当、必要原则处理人脸信息的其他情形。",
            )
            .article(
                "4",
                "In any of the following circumstances, where the information processor pleads that it obtained the consent of the natural person or their guardian, the people's court shall not support the defence: (1) the processor requires the natural person to consent to processing of their face information before it provides a product or service, unless processing face information is necessary for providing the product or service; (2) the processor requires consent to processing of face information by bundling it with other authorisations or in similar ways; (3) other circumstances of forcing, or forcing in disguised form, the natural person to consent to processing of their face information.",
                "有下列情形之一，信息处理者以已征得自然人或者其监护人同意为由抗辩的，人民法院不予支持：\n（一）信息处理者要求自然人同意处理其人脸信息才提供产品或者服务的，但是处理人脸信息属于提供产品或者服务所必需的除外；\n（二）信息处理者以与其他授权捆绑等方式要求自然人同意处理其人脸信息的；\n（三）强迫或者变相强迫自然人同意处理其人脸信息的其他情形。",
            )
            .jurisdiction("CN", None, None)
            .effective_from(Date::new(2021, 8, 1).expect("a valid date"))
            .source("https://github.com/LawRefBook/Laws/blob/2f4c5c23716267af9dbebbbbd6cbbf732b101981/司法解释/最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定(2021-07-27).md")
            .source("https://dawo-lf.com/zh/?p=4315")
            .build()
    }

    fn obligations() -> &'static [Obligation] {
        &[
            RULES_PUBLISHED,
            CONSENT,
            PURPOSE_KEPT,
            PROVISION,
            NOT_A_CONDITION,
            NOT_BUNDLED,
            NOT_FORCED,
        ]
    }

    fn check(input: &Input) -> Vec<Finding> {
        law::decide::<Self>(input, |input| {
            vec![
                rules_published(input),
                law::on_consent(&CONSENT, input, || consent(input)),
                purpose_kept(input),
                provision(input),
                law::on_consent(&NOT_A_CONDITION, input, || not_a_condition(input)),
                law::on_consent(&NOT_BUNDLED, input, || not_bundled(input)),
                law::on_consent(&NOT_FORCED, input, || not_forced(input)),
            ]
        })
    }
}

frt_sdk::export_rule!(Art2And4);

/// 2(2), on the facts the Measures' Art. 5(1) item 2 is decided on.
fn rules_published(input: &Input) -> Finding {
    let o = &RULES_PUBLISHED;
    let outcome = notice::decide(input.notice.as_ref(), Duty::PurposeMethodRetention);
    let evidence = ["/notice/given", "/notice/contents"];
    let stated = |c: NoticeContent| !matches!(&outcome, Outcome::Lacks { contents } if contents.contains(&c));
    let finding = match &outcome {
        Outcome::Exempt { citation } => {
            return o
                .not_applicable(
                    format!("`{citation}` is cited as allowing processing without notice, so the rules need not be told to the person; the citation itself is checked under Measures Art. 5(3)."),
                    format!("援引 `{citation}` 作为无需告知的依据，无需向个人公开处理规则；该依据本身依《办法》第五条第三款核查。"),
                )
                .evidence("/notice/exemption_citation")
                .into();
        }
        Outcome::NotGiven => o
            .violation(
                "No notice is given (`notice.given: false`): the rules for processing face information are not made public, which Art. 2(2) holds to infringe personality rights (the Measures' Art. 5(1) decides the same fact).",
                "未进行告知（`notice.given: false`）：未公开处理人脸信息的规则，依第二条第二项属于侵害人格权益（《办法》第五条第一款对同一事实作出判断）。",
            ),
        Outcome::Lacks { .. } if !stated(NoticeContent::Purpose) || !stated(NoticeContent::Method) => o
            .violation(
                "The notice does not state the purpose or the method of processing, which Art. 2(2) holds to infringe personality rights (the Measures' Art. 5(1) item 2 decides the same fact).",
                "告知未明示处理目的或处理方式，依第二条第二项属于侵害人格权益（《办法》第五条第一款第二项对同一事实作出判断）。",
            ),
        Outcome::Unknown { .. } => o.needs_review(
            "Whether the rules for processing are published, and state the purpose and method, is not stated.",
            "未说明是否公开处理规则并明示处理目的和处理方式。",
        ),
        // Met, or only the retention period is missing (Art. 5(1) item 2 decides that).
        _ => {
            return o
                .satisfied(
                    "The notice states the purpose and method of processing.",
                    "告知已明示处理目的和处理方式。",
                )
                .evidence_all(evidence)
                .into();
        }
    };
    finding
        .evidence_all(evidence)
        .remediation(
            "Publish the rules for processing face information, stating its purpose, method and scope; state `notice.given` and `notice.contents`.",
            "公开人脸信息处理规则，明示处理目的、方式和范围，并填写 `notice.given` 和 `notice.contents`。",
        )
        .into()
}

/// 2(3): the person's separate consent, a guardian's for children, written where law asks.
fn consent(input: &Input) -> Finding {
    let consent = input.consent.clone().unwrap_or_default();
    let written_law = consent
        .written_required_by
        .as_deref()
        .map(str::trim)
        .filter(|l| !l.is_empty());
    let written = written_law.map(|_| consent.written);
    let facts = [
        consent.separate,
        facts::guardian_consent(input),
        written.unwrap_or(Some(true)),
    ];
    let holds = if facts.contains(&Some(false)) {
        Some(false)
    } else {
        facts.iter().all(|f| *f == Some(true)).then_some(true)
    };
    let mut evidence = vec!["/legal_basis/basis", "/consent/separate"];
    evidence.extend(facts::GUARDIAN_EVIDENCE);
    evidence.extend(["/consent/written_required_by", "/consent/written"]);
    law::require(
        &CONSENT,
        holds,
        &evidence,
        &Words {
            met: (
                "Processing rests on consent, and the consent is separate, a guardian's for children under fourteen, and written where a law requires it.",
                "处理基于个人同意，已取得单独同意，不满十四周岁者已取得监护人同意，法律要求书面同意的已取得书面同意。",
            ),
            unmet: (
                "Processing rests on consent, but the consent is not separate, or no guardian consents for children under fourteen, or it is not written where a law requires it: Art. 2(3) holds this to infringe personality rights (the Measures' Arts. 6(1) and 7(1) decide the same facts).",
                "处理基于个人同意，但未取得单独同意，或未就不满十四周岁者取得监护人同意，或法律要求书面同意而未取得：依第二条第三项属于侵害人格权益（《办法》第六条第一款、第七条第一款对同一事实作出判断）。",
            ),
            unknown: (
                "Processing rests on consent; whether the consent is separate, a guardian's for children under fourteen, and written where a law requires it, is not fully stated.",
                "处理基于个人同意，但未完整说明是否为单独同意、是否就不满十四周岁者取得监护人同意、法律要求时是否为书面同意。",
            ),
            fix: (
                "Ask for a separate consent to face processing (from a parent or guardian for children under fourteen, in writing where a law requires); state `consent.separate`, `subjects.minors_under_14`, `subjects.guardian_consent` and `consent.written`.",
                "就人脸信息处理单独征得同意（不满十四周岁者由父母或其他监护人同意，法律要求时以书面形式），并填写 `consent.separate`、`subjects.minors_under_14`、`subjects.guardian_consent` 和 `consent.written`。",
            ),
        },
    )
}

/// 2(4): face data also used for purposes other than the one stated.
fn purpose_kept(input: &Input) -> Finding {
    let activity = input.activity.clone().unwrap_or_default();
    let others = match (activity.purpose_category, activity.secondary_purposes) {
        (_, None) | (None, _) => None,
        (Some(main), Some(more)) => Some(more.iter().any(|p| *p != main)),
    };
    let holds = match others {
        Some(false) => Some(true),
        Some(true) => input.consent.as_ref().and_then(|c| c.separate),
        None => None,
    };
    law::require(
        &PURPOSE_KEPT,
        holds,
        &[
            "/activity/purpose_category",
            "/activity/secondary_purposes",
            "/consent/separate",
        ],
        &Words {
            met: (
                "Face data serves the stated purpose only, or the person separately agreed to each further purpose.",
                "人脸信息仅用于明示的目的，或个人已就其他目的单独同意。",
            ),
            unmet: (
                "Face data also serves purposes beyond the one stated (`activity.secondary_purposes`) without the person's separate consent, which Art. 2(4) holds to infringe personality rights.",
                "人脸信息还用于明示目的以外的其他目的（`activity.secondary_purposes`），且未取得个人单独同意，依第二条第四项属于侵害人格权益。",
            ),
            unknown: (
                "Whether face data serves any purpose beyond the one stated is not stated.",
                "未说明人脸信息是否用于明示目的以外的其他目的。",
            ),
            fix: (
                "Keep face data to the stated purpose, or state each further purpose and obtain separate consent for it; state `activity.purpose_category` and `activity.secondary_purposes`.",
                "将人脸信息限于明示的目的，或明示其他目的并单独征得同意，并填写 `activity.purpose_category` 和 `activity.secondary_purposes`。",
            ),
        },
    )
}

/// 2(6): face data sold, or given to others with no ground.
fn provision(input: &Input) -> Finding {
    let disclosure = input.disclosure.clone().unwrap_or_default();
    let consented = disclosure
        .grounds
        .as_ref()
        .is_some_and(|g| g.contains(&DisclosureGround::Consent));
    // Selling is giving to others; only the person's consent grounds it.
    let holds = if disclosure.sold == Some(true) && !consented {
        Some(false)
    } else {
        facts::disclosure_grounded(input)
    };
    law::require(
        &PROVISION,
        holds,
        &[
            "/disclosure/sold",
            "/disclosure/disclosed",
            "/disclosure/grounds",
        ],
        &Words {
            met: (
                "Face data is not given to others, or only on a stated ground (the person's consent, a law, a warrant).",
                "人脸信息未向他人提供，或仅依所述事由（个人同意、法律规定、令状）提供。",
            ),
            unmet: (
                "Face data is sold without the person's consent, or given to others on no stated ground, which Art. 2(6) holds to infringe personality rights.",
                "人脸信息未经个人同意被出售，或在无任何事由时向他人提供，依第二条第六项属于侵害人格权益。",
            ),
            unknown: (
                "Whether face data is sold or given to others, and on what ground, is not stated.",
                "未说明人脸信息是否被出售或向他人提供及其事由。",
            ),
            fix: (
                "Give face data to others only with the person's separate consent or as a law requires; state `disclosure.sold`, `disclosure.disclosed` and `disclosure.grounds`.",
                "仅在取得个人单独同意或法律要求时向他人提供人脸信息，并填写 `disclosure.sold`、`disclosure.disclosed` 和 `disclosure.grounds`。",
            ),
        },
    )
}

/// 4(1), on the facts the Measures' Art. 12 decides coercion on, with the same verdicts.
fn not_a_condition(input: &Input) -> Finding {
    let o = &NOT_A_CONDITION;
    let denies = input
        .practices
        .as_ref()
        .and_then(|p| p.refusal_denies_service);
    let feasible = input.alternatives.as_ref().and_then(|a| a.non_frt_feasible);
    let finding = match (denies, feasible) {
        (Some(false), _) => o.satisfied(
            "People who do not consent still get the product or service.",
            "不同意的个人仍可获得产品或服务。",
        ),
        (Some(true), Some(true)) => o
            .violation(
                "The service is given only to people who consent to face processing, though it can be given without it: under Art. 4(1) a court will not accept their consent as a defence (the Measures' Art. 12 decides the same facts).",
                "仅向同意处理人脸信息的个人提供服务，而该服务无需人脸信息即可提供：依第四条第一项，人民法院不支持以已征得同意为由的抗辩（《办法》第十二条对同一事实作出判断）。",
            )
            .remediation(
                "Serve people who do not consent by another way, and state `practices.refusal_denies_service: false`.",
                "以其他方式为不同意的个人提供服务，并填写 `practices.refusal_denies_service: false`。",
            ),
        (Some(true), Some(false)) => o
            .needs_review(
                "The service is given only to people who consent, and the declaration says it cannot be given without face data; Art. 4(1) excepts processing that is necessary for the service, which a reviewer confirms (as under the Measures' Art. 12).",
                "仅向同意的个人提供服务，且声明称无人脸信息无法提供该服务；第四条第一项对提供产品或服务所必需的处理作出例外，需人工确认（与《办法》第十二条相同）。",
            )
            .remediation(
                "Record why the service needs face data and have a reviewer confirm it; otherwise offer another way.",
                "记录该服务必需人脸信息的理由并由人工确认；否则应提供其他方式。",
            ),
        _ => o
            .needs_review(
                "Whether refusing consent means no service, and whether the service needs face data, is not stated.",
                "未说明不同意是否即无法获得服务，以及该服务是否必需人脸信息。",
            )
            .remediation(
                "State `practices.refusal_denies_service` and `alternatives.non_frt_feasible`.",
                "填写 `practices.refusal_denies_service` 和 `alternatives.non_frt_feasible`。",
            ),
    };
    finding
        .evidence_all([
            "/legal_basis/basis",
            "/practices/refusal_denies_service",
            "/alternatives/non_frt_feasible",
        ])
        .into()
}

/// 4(2): a consent that is not separate is bundled with other authorisations.
fn not_bundled(input: &Input) -> Finding {
    law::require(
        &NOT_BUNDLED,
        input.consent.as_ref().and_then(|c| c.separate),
        &["/legal_basis/basis", "/consent/separate"],
        &Words {
            met: (
                "Consent to face processing is asked for on its own.",
                "人脸信息处理的同意系单独征得。",
            ),
            unmet: (
                "Consent to face processing is bundled with other authorisations (`consent.separate: false`): under Art. 4(2) a court will not accept it as a defence.",
                "人脸信息处理的同意与其他授权捆绑（`consent.separate: false`）：依第四条第二项，人民法院不支持以此为由的抗辩。",
            ),
            unknown: (
                "Whether consent to face processing is asked for on its own is not stated.",
                "未说明人脸信息处理的同意是否单独征得。",
            ),
            fix: (
                "Ask for consent to face processing apart from every other authorisation, and state `consent.separate`.",
                "将人脸信息处理的同意与其他授权分开单独征得，并填写 `consent.separate`。",
            ),
        },
    )
}

/// 4(3): consent not freely given, or won by telling people face recognition is required
/// when no rule says so.
fn not_forced(input: &Input) -> Finding {
    let voluntary = input.consent.as_ref().and_then(|c| c.voluntary);
    let practices = input.practices.clone().unwrap_or_default();
    let cited = practices
        .mandatory_claim_citation
        .as_deref()
        .is_some_and(|c| !c.trim().is_empty());
    let pressed = practices.claims_mandatory.map(|claims| claims && !cited);
    let holds = match (voluntary, pressed) {
        (Some(false), _) | (_, Some(true)) => Some(false),
        (Some(true), Some(false)) => Some(true),
        _ => None,
    };
    law::require(
        &NOT_FORCED,
        holds,
        &[
            "/legal_basis/basis",
            "/consent/voluntary",
            "/practices/claims_mandatory",
            "/practices/mandatory_claim_citation",
        ],
        &Words {
            met: (
                "Consent is freely given, and nobody is told face recognition is required without a rule that says so.",
                "同意系自愿作出，且未在无依据的情况下声称必须接受人脸识别。",
            ),
            unmet: (
                "Consent is not freely given, or people are told face recognition is required with no rule cited: consent forced openly or in disguise is no defence under Art. 4(3) (the Measures' Arts. 6(1) and 12 decide the same facts).",
                "同意并非自愿作出，或在未援引任何规定的情况下声称必须接受人脸识别：依第四条第三项，强迫或变相强迫取得的同意不能作为抗辩（《办法》第六条第一款、第十二条对同一事实作出判断）。",
            ),
            unknown: (
                "Whether consent is freely given, and whether people are told face recognition is required, is not fully stated.",
                "未完整说明同意是否自愿作出，以及是否声称必须接受人脸识别。",
            ),
            fix: (
                "Let people refuse without pressure and stop claiming face recognition is required unless a rule says so; state `consent.voluntary` and `practices.claims_mandatory`.",
                "允许个人在无压力的情况下拒绝，除非有规定要求，不得声称必须接受人脸识别，并填写 `consent.voluntary` 和 `practices.claims_mandatory`。",
            ),
        },
    )
}
