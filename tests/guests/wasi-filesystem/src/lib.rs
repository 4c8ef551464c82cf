//! Lists the preopened directories through WASI inside `check`: exactly what a rule must not do.
#![cfg(target_arch = "wasm32")]
#![allow(unsafe_code, missing_docs, missing_debug_implementations)]

wit_bindgen::generate!({
    path: ["../../../wit", "wasi-filesystem.wit", "guest.wit"],
    world: "frt-test:wasi-filesystem/guest",
    generate_all,
});

struct Component;

impl Guest for Component {
    fn describe() -> Description {
        Description {
            id: "test-wasi-filesystem".into(),
            version: "0.1.0".into(),
            instrument: "TEST".into(),
            articles: vec![Article {
                number: "1".into(),
                text: Localized {
                    en: "Nothing.".into(),
                    zh: "无。".into(),
                },
            }],
            title: Localized {
                en: "Reaches outside the sandbox".into(),
                zh: "访问沙箱之外".into(),
            },
            jurisdictions: vec![],
            effective_from: None,
            sources: Vec::new(),
            unconfirmed: None,
        }
    }

    fn check(_declaration: String) -> Result<Vec<Finding>, RuleError> {
        let dirs = wasi::filesystem::preopens::get_directories();
        Err(RuleError::Internal(format!(
            "saw {} directories",
            dirs.len()
        )))
    }
}

export!(Component);
