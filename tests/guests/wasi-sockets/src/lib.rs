//! Asks WASI for a network inside `check`: exactly what a rule must not do.
#![cfg(target_arch = "wasm32")]
#![allow(unsafe_code, missing_docs, missing_debug_implementations)]

wit_bindgen::generate!({
    path: ["../../../wit", "wasi-sockets.wit", "guest.wit"],
    world: "frt-test:wasi-sockets/guest",
    generate_all,
});

struct Component;

impl Guest for Component {
    fn describe() -> Description {
        Description {
            id: "test-wasi-sockets".into(),
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
        let _network = wasi::sockets::instance_network::instance_network();
        Err(RuleError::Internal("reached the network".into()))
    }
}

export!(Component);
