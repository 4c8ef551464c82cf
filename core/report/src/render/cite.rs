//! Citations and article text shared by the renderers.

use frt_model::{Lang, RuleDescription};

use crate::ReportFinding;

/// `CN-FRT-2025 Art. 13(2)` or `CN-FRT-2025 第13条第2款`.
pub(crate) fn cite(f: &ReportFinding, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{} Art. {}", f.instrument, f.citation()),
        Lang::Zh => {
            let mut s = format!("{} 第{}条", f.instrument, f.article);
            if let Some(p) = f.paragraph {
                s.push_str(&format!("第{p}款"));
                if let Some(i) = f.item {
                    s.push_str(&format!("第{i}项"));
                }
            }
            s
        }
    }
}

/// `CN-FRT-2025 Art. 13` or `CN-FRT-2025 第13条`.
pub(crate) fn cite_article(instrument: &str, article: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{instrument} Art. {article}"),
        Lang::Zh => format!("{instrument} 第{article}条"),
    }
}

/// The text of `article` of `instrument`, as one of the rules that ran quotes it.
pub(crate) fn article_text<'a>(
    descriptions: &'a [RuleDescription],
    instrument: &str,
    article: &str,
    lang: Lang,
) -> Option<&'a str> {
    descriptions
        .iter()
        .filter(|d| d.instrument == instrument)
        .flat_map(|d| &d.articles)
        .find(|a| a.number == article)
        .map(|a| a.text.get(lang))
}
