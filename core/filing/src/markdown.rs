//! The guide as Markdown, in Chinese and English side by side.

use std::fmt::Write;

use crate::FilingGuide;

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

impl FilingGuide {
    /// The guide as Markdown: the status, deadline and office, then each material with what
    /// the declaration states and what is missing, every line in Chinese and English.
    pub fn to_markdown(&self) -> String {
        let mut out = format!(
            "# 人脸识别技术应用备案（第十五条）/ Filing under Art. 15: `{}`\n\n",
            self.declaration
        );
        let _ = writeln!(out, "| | 中文 | English |\n|---|---|---|");
        let _ = writeln!(
            out,
            "| 评估日期 / As of | {} | {} |",
            self.as_of, self.as_of
        );
        let s = &self.summary;
        let _ = writeln!(out, "| 是否需要备案 / Filing due | {} | {} |", s.zh, s.en);
        if let Some(n) = self.persons_stored {
            let _ = writeln!(out, "| 存储人数 / Persons stored | {n} | {n} |");
        }
        if let Some(from) = self.counted_from {
            let _ = writeln!(
                out,
                "| 起算日 / Counted from | {from}（次日起算） | {from} (counting starts the next day) |"
            );
        }
        if let Some(deadline) = self.deadline {
            let _ = writeln!(
                out,
                "| 期限 / Deadline | {deadline}（30个工作日） | {deadline} (30 working days) |"
            );
        }
        if let Some(left) = self.working_days_left {
            let _ = writeln!(out, "| 剩余工作日 / Working days left | {left} | {left} |");
        }
        if let Some(filed) = self.filed_on {
            let _ = writeln!(out, "| 备案日期 / Filed on | {filed} | {filed} |");
        }
        let o = &self.office;
        let _ = writeln!(
            out,
            "| 受理机关 / Office | {} | {} |",
            cell(&o.zh),
            cell(&o.en)
        );
        let _ = writeln!(out, "\n## 备案材料 / Filing materials");
        for m in &self.materials {
            let _ = writeln!(out, "\n### {} / {}\n", m.title.zh, m.title.en);
            let submitted = match m.submitted {
                Some(true) => "已提交 / submitted",
                Some(false) => "**未提交 / not submitted**",
                None => "未说明 / not stated",
            };
            let _ = writeln!(out, "- 提交情况 / Submitted: {submitted}");
            let _ = writeln!(
                out,
                "- 需准备 / To prepare: {} / {}\n",
                m.document.zh, m.document.en
            );
            let _ = writeln!(out, "| 字段 / Field | 声明内容 / Declared |\n|---|---|");
            for f in &m.facts {
                let value = match &f.value {
                    Some(v) => cell(v),
                    None => "**缺失 / missing**".to_owned(),
                };
                let _ = writeln!(
                    out,
                    "| {} / {} (`{}`) | {value} |",
                    f.label.zh, f.label.en, f.pointer
                );
            }
        }
        let _ = writeln!(out, "\n## 缺失内容 / What is missing\n");
        let mut any = false;
        for m in &self.materials {
            let missing: Vec<String> = m.missing().map(|f| format!("`{}`", f.pointer)).collect();
            if m.submitted == Some(false) {
                any = true;
                let _ = writeln!(
                    out,
                    "- {}：尚未提交 / {}: not submitted",
                    m.title.zh, m.title.en
                );
            }
            if !missing.is_empty() {
                any = true;
                let _ = writeln!(
                    out,
                    "- {}：声明未填写 / {}: not stated: {}",
                    m.title.zh,
                    m.title.en,
                    missing.join(", ")
                );
            }
        }
        if !any {
            let _ = writeln!(
                out,
                "- 无 / Nothing: the declaration states every field the materials draw on."
            );
        }
        out
    }

    /// The guide as pretty JSON with a final newline.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("a guide is JSON");
        s.push('\n');
        s
    }
}
