//! The Rego peer: Arts. 8, 13 and 15 written in Rego (`bench/rego/`), evaluated by
//! regorus. The policies decide the statuses of the rule crates' obligations on the shared
//! subset (everything but the Art. 15 deadlines counted in working days); they write no
//! messages.

use std::collections::BTreeMap;

/// The policies, by file name.
pub const POLICIES: [(&str, &str); 4] = [
    ("measures.rego", include_str!("../rego/measures.rego")),
    ("art8.rego", include_str!("../rego/art8.rego")),
    ("art13.rego", include_str!("../rego/art13.rego")),
    ("art15.rego", include_str!("../rego/art15.rego")),
];

/// The rules evaluated for one check.
const RULES: [&str; 3] = [
    "data.frt.art8.statuses",
    "data.frt.art13.statuses",
    "data.frt.art15.statuses",
];

/// A regorus engine with the policies loaded.
#[derive(Debug)]
pub struct RegoPeer {
    engine: regorus::Engine,
}

impl RegoPeer {
    /// Parses the policies.
    pub fn new() -> anyhow::Result<RegoPeer> {
        let mut engine = regorus::Engine::new();
        for (name, text) in POLICIES {
            engine.add_policy(name.to_owned(), text.to_owned())?;
        }
        Ok(RegoPeer { engine })
    }

    /// Evaluates the three articles on `document` (the JSON document the host gives
    /// components) and returns the statuses by obligation id, as the rule crates spell them
    /// in reports (`not_applicable`, `needs_review`, ...).
    pub fn statuses(&mut self, document: &str) -> anyhow::Result<BTreeMap<String, String>> {
        self.engine.set_input_json(document)?;
        let mut statuses = BTreeMap::new();
        for rule in RULES {
            let value = self.engine.eval_rule(rule.to_owned())?;
            let decided: BTreeMap<String, String> = serde_json::from_str(&value.to_json_str()?)?;
            statuses.extend(decided);
        }
        Ok(statuses)
    }
}
