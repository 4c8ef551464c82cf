//! Returns a finding whose message holds bytes that are not UTF-8, written past the type
//! system where the contract asks for a string.
#![cfg(target_arch = "wasm32")]
#![allow(unsafe_code, missing_docs, missing_debug_implementations)]

wit_bindgen::generate!({
    path: "../../../wit",
    world: "rule",
});

struct Component;

fn text(en: &str, zh: &str) -> Localized {
    Localized {
        en: en.into(),
        zh: zh.into(),
    }
}

impl Guest for Component {
    fn describe() -> Description {
        Description {
            id: "test-raw-strings".into(),
            version: "0.1.0".into(),
            instrument: "TEST".into(),
            articles: vec![Article {
                number: "1".into(),
                text: text("Nothing.", "无。"),
            }],
            title: text("Returns bytes that are not UTF-8", "返回非 UTF-8 字节"),
            jurisdictions: vec![],
            effective_from: None,
            sources: Vec::new(),
            unconfirmed: None,
        }
    }

    fn check(_declaration: String) -> Result<Vec<Finding>, RuleError> {
        // SAFETY: deliberately false; the host must refuse what crosses the boundary.
        let broken = unsafe { String::from_utf8_unchecked(vec![0xff, 0xfe, b'x', 0xc3]) };
        Ok(vec![Finding {
            obligation: "test-raw-strings-1".into(),
            article: "1".into(),
            paragraph: None,
            item: None,
            status: Status::Satisfied,
            severity: Severity::Info,
            message: Localized {
                en: broken,
                zh: "无".into(),
            },
            evidence: vec![],
            remediation: None,
        }])
    }
}

export!(Component);
