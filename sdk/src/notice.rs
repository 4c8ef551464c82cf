//! The notice of Art. 5(1), decided once for the two articles that rely on it.
//!
//! > 第五条 个人信息处理者应用人脸识别技术处理人脸信息前，应当以显著方式、清晰易懂的语言真实、
//! > 准确、完整地向个人告知下列事项：（一）个人信息处理者的名称或者姓名和联系方式；（二）人脸
//! > 信息的处理目的、处理方式，处理的人脸信息保存期限；（三）处理人脸信息的必要性以及对个人
//! > 权益的影响；（四）个人依法行使权利的方式和程序；……
//!
//! Art. 5 requires the notice; Art. 6 requires consent given "在充分知情的前提下" (fully
//! informed), which is judged on the same facts: whether notice is given before processing,
//! and whether it states items one to four. Both rules call [`decide`] so they can never
//! disagree about the notice.
//!
//! The decision is about facts, not words: it says which duty is met, breached, undecided or
//! exempt, and which JSON Pointers of the declaration show it. Each rule writes its own
//! findings from that.
//!
//! ```
//! use frt_sdk::model::{Notice, NoticeContent};
//! use frt_sdk::notice::{self, Duty, Outcome};
//!
//! let given = Notice {
//!     given: Some(true),
//!     before_processing: Some(true),
//!     contents: Some(vec![NoticeContent::HandlerIdentity, NoticeContent::Purpose]),
//!     ..Default::default()
//! };
//! assert_eq!(notice::decide(Some(&given), Duty::BeforeProcessing), Outcome::Met);
//! assert_eq!(
//!     notice::decide(Some(&given), Duty::PurposeMethodRetention),
//!     Outcome::Lacks { contents: vec![NoticeContent::Method, NoticeContent::RetentionPeriod] },
//! );
//! assert_eq!(notice::shortfalls(Some(&given)).len(), 3);
//! ```

use frt_model::{Notice, NoticeContent, Status};

/// A duty of Art. 5(1) that also decides whether consent is informed (Art. 6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Duty {
    /// Notice is given, and reaches people before processing (the opening words of 5(1)).
    BeforeProcessing,
    /// Item 1: the handler's name and contact details.
    HandlerIdentity,
    /// Item 2: the purpose and method of processing, and the retention period.
    PurposeMethodRetention,
    /// Item 3: why processing is necessary, and its impact on the person's rights.
    NecessityImpact,
    /// Item 4: how and by what procedure people exercise their rights.
    RightsExercise,
}

impl Duty {
    /// Every duty, in the order of the text.
    pub const ALL: [Duty; 5] = [
        Duty::BeforeProcessing,
        Duty::HandlerIdentity,
        Duty::PurposeMethodRetention,
        Duty::NecessityImpact,
        Duty::RightsExercise,
    ];

    /// The item (项) of Art. 5(1), for items one to four.
    pub const fn item(self) -> Option<u32> {
        match self {
            Duty::BeforeProcessing => None,
            Duty::HandlerIdentity => Some(1),
            Duty::PurposeMethodRetention => Some(2),
            Duty::NecessityImpact => Some(3),
            Duty::RightsExercise => Some(4),
        }
    }

    /// The `notice.contents` tags an item requires; none for [`Duty::BeforeProcessing`].
    pub const fn contents(self) -> &'static [NoticeContent] {
        match self {
            Duty::BeforeProcessing => &[],
            Duty::HandlerIdentity => &[NoticeContent::HandlerIdentity],
            Duty::PurposeMethodRetention => &[
                NoticeContent::Purpose,
                NoticeContent::Method,
                NoticeContent::RetentionPeriod,
            ],
            Duty::NecessityImpact => &[NoticeContent::Necessity, NoticeContent::RightsImpact],
            Duty::RightsExercise => &[NoticeContent::RightsExercise],
        }
    }

    /// The declaration fields the duty is decided on, as JSON Pointers.
    pub const fn evidence(self) -> &'static [&'static str] {
        match self {
            Duty::BeforeProcessing => &["/notice/given", "/notice/before_processing"],
            _ => &["/notice/contents"],
        }
    }

    /// Where the duty stands in the text, in English and Chinese, such as `Art. 5(1) item 2`
    /// and `第五条第一款第二项`.
    pub const fn citation(self) -> (&'static str, &'static str) {
        match self {
            Duty::BeforeProcessing => ("Art. 5(1)", "第五条第一款"),
            Duty::HandlerIdentity => ("Art. 5(1) item 1", "第五条第一款第一项"),
            Duty::PurposeMethodRetention => ("Art. 5(1) item 2", "第五条第一款第二项"),
            Duty::NecessityImpact => ("Art. 5(1) item 3", "第五条第一款第三项"),
            Duty::RightsExercise => ("Art. 5(1) item 4", "第五条第一款第四项"),
        }
    }

    /// What the duty asks for, in English and Chinese, without the article reference.
    pub const fn title(self) -> (&'static str, &'static str) {
        match self {
            Duty::BeforeProcessing => ("notice given before processing", "处理前告知"),
            Duty::HandlerIdentity => (
                "the handler's name and contact details",
                "个人信息处理者的名称或者姓名和联系方式",
            ),
            Duty::PurposeMethodRetention => (
                "the purpose and method of processing and the retention period",
                "人脸信息的处理目的、处理方式和保存期限",
            ),
            Duty::NecessityImpact => (
                "the necessity of processing and its impact on the person's rights",
                "处理人脸信息的必要性以及对个人权益的影响",
            ),
            Duty::RightsExercise => (
                "how and by what procedure people exercise their rights",
                "个人依法行使权利的方式和程序",
            ),
        }
    }
}

/// What a notice content tag means, in English and Chinese.
pub const fn content_title(content: NoticeContent) -> (&'static str, &'static str) {
    match content {
        NoticeContent::HandlerIdentity => (
            "the handler's name and contact details",
            "处理者名称和联系方式",
        ),
        NoticeContent::Purpose => ("the purpose", "处理目的"),
        NoticeContent::Method => ("the method", "处理方式"),
        NoticeContent::RetentionPeriod => ("the retention period", "保存期限"),
        NoticeContent::Necessity => ("the necessity", "处理的必要性"),
        NoticeContent::RightsImpact => ("the impact on rights", "对个人权益的影响"),
        NoticeContent::RightsExercise => ("how to exercise rights", "行使权利的方式和程序"),
    }
}

/// How one duty stands for a declaration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The duty is met.
    Met,
    /// Stated facts show the duty is breached: the JSON Pointers of the facts that are `false`
    /// (for [`Duty::BeforeProcessing`]).
    Breached {
        /// The facts stated as `false`.
        false_facts: Vec<&'static str>,
    },
    /// The notice does not state these contents (for items one to four).
    Lacks {
        /// The tags missing from `notice.contents`.
        contents: Vec<NoticeContent>,
    },
    /// No notice is given at all (`notice.given: false`), so nothing of the item is told.
    NotGiven,
    /// Deciding facts are not stated.
    Unknown {
        /// The JSON Pointers of the missing fields.
        missing: Vec<&'static str>,
    },
    /// A law cited in `notice.exemption_citation` allows not informing (Art. 5(3)); the duty
    /// does not apply, subject to a check of the citation.
    Exempt {
        /// The law cited.
        citation: String,
    },
}

impl Outcome {
    /// The report status the outcome stands for: `satisfied`, `violation`, `needs_review` or
    /// (for an exemption) `not_applicable`.
    pub fn status(&self) -> Status {
        match self {
            Outcome::Met => Status::Satisfied,
            Outcome::Breached { .. } | Outcome::Lacks { .. } | Outcome::NotGiven => {
                Status::Violation
            }
            Outcome::Unknown { .. } => Status::NeedsReview,
            Outcome::Exempt { .. } => Status::NotApplicable,
        }
    }
}

/// The law cited to exempt from notice (Art. 5(3)), if any: `notice.exemption_citation`
/// when it is present and not blank. A blank citation cites nothing.
pub fn exemption(notice: Option<&Notice>) -> Option<&str> {
    notice
        .and_then(|n| n.exemption_citation.as_deref())
        .map(str::trim)
        .filter(|c| !c.is_empty())
}

/// Decides one duty for the declaration's `notice` section (absent when not stated).
pub fn decide(notice: Option<&Notice>, duty: Duty) -> Outcome {
    if let Some(citation) = exemption(notice) {
        return Outcome::Exempt {
            citation: citation.to_owned(),
        };
    }
    let given = notice.and_then(|n| n.given);
    match duty {
        Duty::BeforeProcessing => {
            let before = notice.and_then(|n| n.before_processing);
            let facts = [
                ("/notice/given", given),
                ("/notice/before_processing", before),
            ];
            let false_facts: Vec<_> = facts
                .iter()
                .filter(|(_, v)| *v == Some(false))
                .map(|(p, _)| *p)
                .collect();
            // Notice that is not given cannot reach people before processing.
            if !false_facts.is_empty() {
                return Outcome::Breached { false_facts };
            }
            let missing: Vec<_> = facts
                .iter()
                .filter(|(_, v)| v.is_none())
                .map(|(p, _)| *p)
                .collect();
            if missing.is_empty() {
                Outcome::Met
            } else {
                Outcome::Unknown { missing }
            }
        }
        _ => {
            if given == Some(false) {
                return Outcome::NotGiven;
            }
            let Some(stated) = notice.and_then(|n| n.contents.as_deref()) else {
                return Outcome::Unknown {
                    missing: vec!["/notice/contents"],
                };
            };
            let contents: Vec<_> = duty
                .contents()
                .iter()
                .copied()
                .filter(|c| !stated.contains(c))
                .collect();
            if contents.is_empty() {
                Outcome::Met
            } else {
                Outcome::Lacks { contents }
            }
        }
    }
}

/// Decides every duty, in the order of the text.
pub fn decide_all(notice: Option<&Notice>) -> [(Duty, Outcome); 5] {
    Duty::ALL.map(|duty| (duty, decide(notice, duty)))
}

/// The duties that keep consent from being informed (Art. 6): those breached (`violation`)
/// or undecided (`needs_review`), in the order of the text. Met and exempt duties do not
/// count; nor do the other duties of Art. 5 (form, changes, accessibility).
pub fn shortfalls(notice: Option<&Notice>) -> Vec<(Duty, Outcome)> {
    decide_all(notice)
        .into_iter()
        .filter(|(_, o)| matches!(o.status(), Status::Violation | Status::NeedsReview))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL_CONTENTS: [NoticeContent; 7] = [
        NoticeContent::HandlerIdentity,
        NoticeContent::Purpose,
        NoticeContent::Method,
        NoticeContent::RetentionPeriod,
        NoticeContent::Necessity,
        NoticeContent::RightsImpact,
        NoticeContent::RightsExercise,
    ];

    fn complete() -> Notice {
        Notice {
            given: Some(true),
            before_processing: Some(true),
            contents: Some(ALL_CONTENTS.to_vec()),
            ..Default::default()
        }
    }

    #[test]
    fn a_complete_notice_meets_every_duty() {
        let notice = complete();
        for (duty, outcome) in decide_all(Some(&notice)) {
            assert_eq!(outcome, Outcome::Met, "{duty:?}");
        }
        assert!(shortfalls(Some(&notice)).is_empty());
    }

    #[test]
    fn the_items_cover_every_content_tag_once() {
        let mut tags: Vec<_> = Duty::ALL
            .iter()
            .flat_map(|d| d.contents())
            .copied()
            .collect();
        tags.sort();
        assert_eq!(tags, ALL_CONTENTS.to_vec());
        assert_eq!(NoticeContent::ALL.len(), ALL_CONTENTS.len());
    }

    #[test]
    fn no_notice_section_leaves_every_duty_undecided() {
        assert_eq!(
            decide(None, Duty::BeforeProcessing),
            Outcome::Unknown {
                missing: vec!["/notice/given", "/notice/before_processing"]
            }
        );
        for duty in &Duty::ALL[1..] {
            assert_eq!(
                decide(None, *duty),
                Outcome::Unknown {
                    missing: vec!["/notice/contents"]
                }
            );
        }
        assert_eq!(shortfalls(None).len(), 5);
    }

    #[test]
    fn notice_after_capture_is_breached() {
        let notice = Notice {
            before_processing: Some(false),
            ..complete()
        };
        assert_eq!(
            decide(Some(&notice), Duty::BeforeProcessing),
            Outcome::Breached {
                false_facts: vec!["/notice/before_processing"]
            }
        );
        assert_eq!(
            decide(Some(&notice), Duty::HandlerIdentity),
            Outcome::Met,
            "the items are about what the notice says, not when"
        );
    }

    #[test]
    fn a_false_fact_outweighs_a_missing_one() {
        let notice = Notice {
            given: Some(false),
            ..Default::default()
        };
        assert_eq!(
            decide(Some(&notice), Duty::BeforeProcessing),
            Outcome::Breached {
                false_facts: vec!["/notice/given"]
            }
        );
    }

    #[test]
    fn before_processing_unknown_when_one_fact_is_missing() {
        let notice = Notice {
            before_processing: None,
            ..complete()
        };
        assert_eq!(
            decide(Some(&notice), Duty::BeforeProcessing),
            Outcome::Unknown {
                missing: vec!["/notice/before_processing"]
            }
        );
    }

    #[test]
    fn no_notice_tells_none_of_the_items() {
        let notice = Notice {
            given: Some(false),
            ..complete()
        };
        for duty in &Duty::ALL[1..] {
            assert_eq!(decide(Some(&notice), *duty), Outcome::NotGiven);
            assert_eq!(decide(Some(&notice), *duty).status(), Status::Violation);
        }
    }

    #[test]
    fn missing_contents_are_named() {
        let notice = Notice {
            contents: Some(vec![NoticeContent::HandlerIdentity, NoticeContent::Purpose]),
            ..complete()
        };
        assert_eq!(decide(Some(&notice), Duty::HandlerIdentity), Outcome::Met);
        assert_eq!(
            decide(Some(&notice), Duty::PurposeMethodRetention),
            Outcome::Lacks {
                contents: vec![NoticeContent::Method, NoticeContent::RetentionPeriod]
            }
        );
        assert_eq!(
            decide(Some(&notice), Duty::NecessityImpact),
            Outcome::Lacks {
                contents: vec![NoticeContent::Necessity, NoticeContent::RightsImpact]
            }
        );
        let short: Vec<_> = shortfalls(Some(&notice))
            .into_iter()
            .map(|(d, _)| d)
            .collect();
        assert_eq!(
            short,
            [
                Duty::PurposeMethodRetention,
                Duty::NecessityImpact,
                Duty::RightsExercise
            ]
        );
    }

    #[test]
    fn an_empty_list_lacks_everything() {
        let notice = Notice {
            contents: Some(vec![]),
            ..complete()
        };
        assert_eq!(
            decide(Some(&notice), Duty::RightsExercise),
            Outcome::Lacks {
                contents: vec![NoticeContent::RightsExercise]
            }
        );
    }

    #[test]
    fn a_cited_exemption_makes_every_duty_not_applicable() {
        let notice = Notice {
            given: Some(false),
            exemption_citation: Some(" PIPL Art. 18 ".into()),
            ..Default::default()
        };
        assert_eq!(exemption(Some(&notice)), Some("PIPL Art. 18"));
        for (_, outcome) in decide_all(Some(&notice)) {
            assert_eq!(
                outcome,
                Outcome::Exempt {
                    citation: "PIPL Art. 18".into()
                }
            );
            assert_eq!(outcome.status(), Status::NotApplicable);
        }
        assert!(shortfalls(Some(&notice)).is_empty());
    }

    #[test]
    fn a_blank_citation_exempts_nothing() {
        let notice = Notice {
            exemption_citation: Some("  ".into()),
            ..complete()
        };
        assert_eq!(exemption(Some(&notice)), None);
        assert_eq!(decide(Some(&notice), Duty::BeforeProcessing), Outcome::Met);
    }

    #[test]
    fn items_and_titles() {
        assert_eq!(Duty::BeforeProcessing.item(), None);
        assert_eq!(Duty::RightsExercise.item(), Some(4));
        assert!(Duty::ALL.iter().all(|d| !d.title().0.is_empty()));
        assert_eq!(
            Duty::NecessityImpact.citation(),
            ("Art. 5(1) item 3", "第五条第一款第三项")
        );
        assert_eq!(Duty::HandlerIdentity.evidence(), ["/notice/contents"]);
    }
}
