//! Reads environment variables through WASI inside `check`: exactly what a rule must not do.
#![cfg(target_arch = "wasm32")]
#![allow(unsafe_code, missing_docs, missing_debug_implementations)]

wit_bindgen::generate!({
    path: ["../../../wit", "wasi-cli.wit", "guest.wit"],
    world: "frt-test:wasi-import/guest",
    generate_all,
});

struct Component;

impl Guest for Component {
    fn describe() -> Description {
        Description {
            id: "test-wasi-import".into(),
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
                en: "Reads the environment".into(),
                zh: "读取环境变量".into(),
            },
            jurisdictions: vec![],
            effective_from: None,
            sources: Vec::new(),
            unconfirmed: None,
        }
    }

    fn check(_declaration: String) -> Result<Vec<Finding>, RuleError> {
        let vars = wasi::cli::environment::get_environment();
        Err(RuleError::Internal(format!("saw {} variables", vars.len())))
    }
}

export!(Component);
