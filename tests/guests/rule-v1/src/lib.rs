//! A rule written against an imagined `frt:rule@1.0.0` whose `check` takes bytes.
#![cfg(target_arch = "wasm32")]
#![allow(unsafe_code, missing_docs, missing_debug_implementations)]

wit_bindgen::generate!({
    path: "rule-v1.wit",
    world: "frt:rule/rule@1.0.0",
});

struct Component;

impl Guest for Component {
    fn describe() -> Description {
        Description {
            id: "test-rule-v1".into(),
            version: "1.0.0".into(),
            instrument: "TEST".into(),
            articles: vec![Article {
                number: "1".into(),
                text: Localized {
                    en: "Nothing.".into(),
                    zh: "无。".into(),
                },
            }],
            title: Localized {
                en: "Written for frt:rule 1.0.0".into(),
                zh: "为 frt:rule 1.0.0 编写".into(),
            },
            jurisdictions: vec![],
            effective_from: None,
        }
    }

    fn check(declaration: Vec<u8>) -> Result<Vec<Finding>, RuleError> {
        Err(RuleError::Internal(format!(
            "read {} bytes",
            declaration.len()
        )))
    }
}

export!(Component);
