//! The words every renderer uses for waivers, in English and Chinese.

use frt_model::Lang;

use crate::{FindingWaiver, Waiver, WaiverReview, WaiverState};

/// One line on a waived finding: who accepted it, until when and why, or that the waiver
/// expired and the finding counts again.
pub(crate) fn waiver_note(w: &FindingWaiver, lang: Lang) -> String {
    let (expires, approver, why) = (w.expires, &w.approver, &w.justification);
    match (w.state, lang) {
        (WaiverState::Active, Lang::En) => {
            format!("waived until {expires}, approved by {approver}: {why}")
        }
        (WaiverState::Active, Lang::Zh) => {
            format!("已豁免至{expires}，批准人{approver}：{why}")
        }
        (WaiverState::Expired, Lang::En) => format!(
            "waiver expired on {expires} (approved by {approver}): the finding counts again"
        ),
        (WaiverState::Expired, Lang::Zh) => {
            format!("豁免已于{expires}到期（批准人{approver}），本项重新计入结论")
        }
    }
}

/// A waiver that matched nothing.
pub(crate) fn unused_note(w: &Waiver, lang: Lang) -> String {
    let (o, d, e) = (&w.obligation, &w.declaration, w.expires);
    match lang {
        Lang::En => format!(
            "unused waiver: `{o}` for `{d}` (until {e}) matched no violation or needs-review finding"
        ),
        Lang::Zh => format!("未使用的豁免：`{d}` 的 `{o}`（至{e}）未匹配任何违规或待审查项"),
    }
}

/// `Waivers: 1 active · 0 expired · 1 unused`.
pub(crate) fn review_line(r: &WaiverReview, lang: Lang) -> String {
    let (a, e, u) = (r.active.len(), r.expired.len(), r.unused.len());
    match lang {
        Lang::En => format!("Waivers: {a} active · {e} expired · {u} unused"),
        Lang::Zh => format!("豁免：{a} 项有效 · {e} 项到期 · {u} 项未使用"),
    }
}
